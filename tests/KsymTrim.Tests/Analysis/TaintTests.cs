using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary>
/// The two ways the taint is computed agree: for every function, the on-demand <see cref="TaintView"/> (a search back
/// through what each instruction reads, falling back to the whole function's taint for a phi with a known incoming
/// value) gives, for every instruction, the answer of the whole-function propagation (<see cref="BitcodeModuleSet.Taint"/>).
/// Over every bitcode fixture, and the members of an LTO corpus when it is present.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class TaintTests
{
    private static IEnumerable<string> FixtureFiles() =>
        Directory.EnumerateFiles(TestPaths.Fixtures, "*.bc", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Test]
    public void On_demand_taint_equals_the_whole_function_taint_on_every_fixture()
    {
        var totals = new Counts();
        foreach (var file in FixtureFiles())
        {
            IReadOnlyList<BitcodeModule> modules;
            try { modules = BitcodeFile.Parse(File.ReadAllBytes(file), readFunctionBodies: true).Modules; }
            catch (Diagnostics.KsymFormatException) { continue; } // a fixture that is meant to be refused
            Compare(Path.GetFileName(file), modules, totals);
        }
        // the comparison means something only when both answers occur
        Assert.That(totals.Functions, Is.GreaterThan(100), "functions compared");
        Assert.That(totals.Tainted, Is.GreaterThan(0), "tainted instructions");
        Assert.That(totals.Untainted, Is.GreaterThan(0), "untainted instructions");
    }

    [Test]
    public void On_demand_taint_equals_the_whole_function_taint_on_the_corpus_members()
    {
        var corpus = TestPaths.RequireCorpus("lto-arm64");
        var totals = new Counts();
        foreach (var dir in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            var members = Path.Combine(dir, "members");
            if (!Directory.Exists(members)) continue;
            // all members of one module together: the set is what the analysis builds for them
            var modules = new List<BitcodeModule>();
            foreach (var file in Directory.EnumerateFiles(members, "*.o", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                if (bytes.Length < 4 || !bytes.AsSpan(0, 4).SequenceEqual((byte[])[0x42, 0x43, 0xC0, 0xDE])) continue;
                modules.AddRange(BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules);
            }
            Compare(Path.GetFileName(dir), modules, totals);
        }
        Assert.That(totals.Functions, Is.GreaterThan(1000), "functions compared");
        Assert.That(totals.Tainted, Is.GreaterThan(0), "tainted instructions");
        Assert.That(totals.Untainted, Is.GreaterThan(0), "untainted instructions");
    }

    [Test]
    public void An_on_demand_view_is_valid_until_the_next_is_made_from_the_same_scratch()
    {
        var m = BitcodeFile.Parse(File.ReadAllBytes(TestPaths.Fixture("constructs", "bcp-x86_64-clang14.bc")), readFunctionBodies: true).Modules.Single();
        var set = BitcodeModuleSet.From([m]);
        var scratch = new AnalysisScratch();
        var first = m.Functions!.First(f => f.Body is { } b && b.Instructions.Length > 0);
        var second = m.Functions!.Last(f => f.Body is { } b && b.Instructions.Length > 0);
        var older = set.TaintOf(m, first, first.Body!, scratch);
        bool answer = older.IsTainted(0);
        var newer = set.TaintOf(m, second, second.Body!, scratch);
        Assert.That(() => older.IsTainted(0), Throws.InstanceOf<InvalidOperationException>());
        Assert.That(() => newer.IsTainted(0), Throws.Nothing);
        Assert.That(set.TaintOf(m, first, first.Body!, new AnalysisScratch()).IsTainted(0), Is.EqualTo(answer), "another scratch");
    }

    private sealed class Counts
    {
        public int Functions, Tainted, Untainted;
    }

    private static void Compare(string what, IReadOnlyList<BitcodeModule> modules, Counts totals)
    {
        var set = BitcodeModuleSet.From(modules);
        var scratch = new AnalysisScratch();
        foreach (var m in modules)
        {
            if (m.Functions is null) continue;
            foreach (var f in m.Functions)
            {
                if (f.Body is not { } body) continue;
                var passes = set.Taint(m, f, body, scratch);
                var view = set.TaintOf(m, f, body, scratch);
                for (int i = 0; i < passes.Length; i++)
                {
                    if (view.IsTainted(i) != passes[i])
                        Assert.Fail($"{what}: {BitcodeModuleSet.NameOf(m, f)}: instruction {i}: on demand {!passes[i]}, whole function {passes[i]}");
                    if (passes[i]) totals.Tainted++; else totals.Untainted++;
                }
                Assert.That(view.IsTainted(passes.Length), Is.False, "out of range");
                totals.Functions++;
            }
        }
    }
}
