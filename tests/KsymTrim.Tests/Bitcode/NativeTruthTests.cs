using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Bitcode;

/// <summary>
/// Every construct fixture (tests/KsymTrim.Tests/Fixtures/out/constructs and its sweeps/: C compiled to bitcode by clang 11 to 22
/// for each target, and the same bitcode compiled to an object by llc, whose undefined symbols are the
/// <c>.native-U.txt</c> truth): what the analysis predicts from the bitcode contains every symbol the native
/// object references. Extras are allowed (the model over-approximates where it cannot be exact) but listed.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class NativeTruthTests
{
    public static IEnumerable<TestCaseData> Fixtures()
    {
        var dir = Path.Combine(TestPaths.Fixtures, "constructs");
        if (!Directory.Exists(dir)) yield break;
        foreach (var truth in Directory.GetFiles(dir, "*.bc.native-U.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var bc = truth[..^".native-U.txt".Length];
            var name = Path.GetRelativePath(dir, bc).Replace('\\', '/');
            if (File.Exists(bc)) yield return new TestCaseData(name).SetName("Native_truth_" + name);
        }
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Prediction_contains_every_native_reference(string file)
    {
        var dir = Path.Combine(TestPaths.Fixtures, "constructs");
        var modules = BitcodeFile.Parse(File.ReadAllBytes(Path.Combine(dir, file)), readFunctionBodies: true).Modules;
        var linkage = BitcodeReferenceAnalysis.Linkage(modules, null, BitcodeModuleSet.From(modules));
        var predicted = linkage.Undefined.Concat(linkage.WeakUndefined).ToHashSet(StringComparer.Ordinal);
        var truth = File.ReadAllLines(Path.Combine(dir, file + ".native-U.txt")).Where(l => l.Length > 0).ToList();
        var missed = truth.Where(t => !predicted.Contains(t)).ToList();
        var extra = predicted.Where(p => !truth.Contains(p)).OrderBy(p => p, StringComparer.Ordinal).ToList();
        TestContext.Out.WriteLine($"truth {truth.Count}, predicted {predicted.Count}, extra: {string.Join(" ", extra)}");
        Assert.That(missed, Is.Empty, () => "missed; evidence so far:\n" +
            string.Join("\n", linkage.Evidence!.Select(r => $"{r.Symbol}\t{ReferenceSources.Name(r.Source)}\t{r.Detail}")));
    }
}
