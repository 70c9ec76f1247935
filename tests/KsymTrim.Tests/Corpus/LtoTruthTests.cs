using KsymTrim.Analysis;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// The measure: over the kernel's own Clang ThinLTO modules (../shared/corpus/lto-*), the references
/// predicted from the bitcode contain every undefined symbol of the native object kbuild's LTO link made
/// (<c>truth.txt</c>, <c>__this_module</c> aside), and the symbols predicted that the native object does not
/// reference stay at most 1% of the truth, summed over the modules.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class LtoTruthTests
{
    [TestCase("lto-x86_64")]
    [TestCase("lto-arm64")]
    [TestCase("lto-x86_64-612")]
    [TestCase("lto-arm64-612")]
    public void Predicted_references_contain_the_native_truth(string corpus)
    {
        var dir = TestPaths.RequireCorpus(corpus);
        var modules = Directory.GetDirectories(dir).Where(d => File.Exists(Path.Combine(d, "truth.txt"))).OrderBy(d => d, StringComparer.Ordinal).ToArray();
        Assert.That(modules, Is.Not.Empty);
        var inputs = modules.Select(d => Path.Combine(d, Path.GetFileName(d) + ".a")).ToArray();
        var results = new ModuleAnalyzer().GetReferences(inputs);

        int truthTotal = 0, missedTotal = 0, extraTotal = 0;
        var report = new List<string>();
        for (int i = 0; i < modules.Length; i++)
        {
            var r = results[i];
            Assert.That(r.Error, Is.Null, () => r.Error!.Message);
            var truth = File.ReadAllLines(Path.Combine(modules[i], "truth.txt")).Where(l => l.Length > 0 && l != "__this_module").ToHashSet(StringComparer.Ordinal);
            // the native truth is the object's undefined symbols: exports looked up by name at run time are not among them
            var ours = r.References!.References.Where(x => x.Symbol != "__this_module" && x.Source != ReferenceSource.RuntimeLookup).GroupBy(x => x.Symbol, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var missed = truth.Where(t => !ours.ContainsKey(t)).OrderBy(t => t, StringComparer.Ordinal).ToList();
            var extra = ours.Keys.Where(o => !truth.Contains(o)).OrderBy(o => o, StringComparer.Ordinal).ToList();
            truthTotal += truth.Count;
            missedTotal += missed.Count;
            extraTotal += extra.Count;
            string name = Path.GetFileName(modules[i]);
            foreach (var m in missed) report.Add($"MISSED {name}: {m}");
            foreach (var e in extra) report.Add($"extra  {name}: {e} ({ReferenceSources.Name(ours[e].Source)}: {ours[e].Detail})");
        }
        TestContext.Out.WriteLine($"{corpus}: {modules.Length} modules, truth {truthTotal}, missed {missedTotal}, extra {extraTotal} " +
                                  $"({100.0 * extraTotal / truthTotal:0.00}%)");
        foreach (var line in report) TestContext.Out.WriteLine(line);
        Assert.That(missedTotal, Is.Zero, () => string.Join("\n", report.Where(l => l.StartsWith("MISSED", StringComparison.Ordinal))));
        Assert.That(extraTotal, Is.LessThanOrEqualTo(truthTotal / 100), () => $"{extraTotal} extras over a truth of {truthTotal}:\n" + string.Join("\n", report));
    }
}
