using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Lowering;

/// <summary>
/// The whole analysis against llc-22 on a committed subset of LLVM's own CodeGen tests (LlvmCodeGen/, picked by
/// benchmarks/llvm-conformance/subset.py from a run of codegen.py over LLVM 19.1.7's tests): each case is one test
/// file compiled for one of its RUN lines' configurations, as bitcode that carries the configuration's triple, cpu
/// and features, with the symbols llc-22 -O2 made its object need that its IR does not name. Every one of them must
/// be predicted, but for the gaps known-gaps.tsv lists with their reason; a listed gap that is predicted now must
/// leave the list.
/// </summary>
[TestFixture]
public sealed class LlvmCodeGenTests
{
    private static string Dir => Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Lowering", "LlvmCodeGen");

    public sealed record Case(string Key, string Target, string Test, string Flags, string Triple, string[] Symbols)
    {
        public override string ToString() => $"{Test} {Flags}";
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.Exists(Path.Combine(Dir, file))
            ? File.ReadLines(Path.Combine(Dir, file)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            : [];

    public static IEnumerable<Case> Cases() =>
        Rows("cases.tsv").Select(f => new Case(f[0], f[1], f[2], f[3], f[4], f[5].Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>(case key, symbol) -> why the bitcode cannot show it.</summary>
    private static readonly Lazy<Dictionary<(string, string), string>> KnownGaps = new(() =>
        Rows("known-gaps.tsv").ToDictionary(f => (f[0], f[1]), f => f[2]));

    private static HashSet<string> Predicted(Case c) =>
        new ModuleAnalyzer().GetReferences(Path.Combine(Dir, c.Key + ".bc")).References.Select(r => r.Symbol).ToHashSet(StringComparer.Ordinal);

    [Test]
    public void The_subset_is_there() => Assert.That(Cases().Count(), Is.GreaterThan(50), "LlvmCodeGen/cases.tsv");

    [TestCaseSource(nameof(Cases))]
    public void Every_symbol_llc_adds_is_predicted(Case c)
    {
        var predicted = Predicted(c);
        var missed = c.Symbols.Where(s => !predicted.Contains(s) && !KnownGaps.Value.ContainsKey((c.Key, s))).ToList();
        Assert.That(missed, Is.Empty, $"{c.Triple}: llc-22 -O2 {c.Flags} {c.Test}");
    }

    [Test]
    public void Every_known_gap_is_still_a_gap()
    {
        var cases = Cases().ToDictionary(c => c.Key);
        var closed = new List<string>();
        foreach (var ((key, symbol), _) in KnownGaps.Value)
        {
            Assert.That(cases.ContainsKey(key), $"known-gaps.tsv names case {key}, which cases.tsv does not hold");
            if (Predicted(cases[key]).Contains(symbol)) closed.Add($"{key} {symbol}");
        }
        Assert.That(closed, Is.Empty, "predicted now: remove these lines from known-gaps.tsv");
    }
}
