using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;
using KsymTrim.Tests.Tool;

namespace KsymTrim.Tests.Kbuild;

/// <summary><see cref="UnusedExports"/>: the exports minus the used set <see cref="UsedSymbols"/> computes with the same options.</summary>
[TestFixture]
public class UnusedExportsTests
{
    private static string Mod(string name) => TestPaths.Fixture("modules", name);
    private static string Sample(string name) => Path.Combine(TestPaths.Samples, name);
    private static string Lookups => TestPaths.Fixture("lookups", "clang-14", "x86_64", "lookups.o");

    /// <summary>Used and unused are disjoint and together are the symvers exports.</summary>
    private static void AssertPartition(UsedSymbolsOptions options)
    {
        var exports = ModuleSymvers.LoadExports(options.Symvers!);
        var used = UsedSymbols.Compute(options).Symbols.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var unused = UnusedExports.Compute(options);
        var names = unused.Unused.Select(e => e.Name).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(used.Overlaps(names), Is.False, "used and unused overlap");
            Assert.That(used.Concat(names), Is.EquivalentTo(exports), "used + unused is not the exports");
            Assert.That(unused.ExportCount, Is.EqualTo(exports.Count));
            Assert.That(unused.UsedCount, Is.EqualTo(used.Count));
            Assert.That(unused.Errors, Is.Empty);
        });
    }

    [Test]
    public void Samples_WithSymvers_PartitionsTheExports()
    {
        AssertPartition(new UsedSymbolsOptions { ModulesOrder = Sample("modules.order"), Symvers = Sample("Module.symvers"), Config = Sample("auto.conf") });
        AssertPartition(new UsedSymbolsOptions { ModulesOrder = Sample("modules.order"), Symvers = Sample("Module.symvers") });
    }

    [Test]
    public void Samples_ModVersions_MakesModuleLayoutUsed()
    {
        var options = new UsedSymbolsOptions { ModulesOrder = Sample("modules.order"), Symvers = Sample("Module.symvers") };
        var without = UnusedExports.Compute(options).Unused.Select(e => e.Name);
        var with = UnusedExports.Compute(options with { Config = Sample("auto.conf") }).Unused.Select(e => e.Name);
        Assert.That(without, Does.Contain("module_layout"));
        Assert.That(with, Does.Not.Contain("module_layout"));
    }

    [Test]
    public void Samples_Records_CarryModuleKindAndNamespace()
    {
        var unused = UnusedExports.Compute(new UsedSymbolsOptions { ModulesOrder = Sample("modules.order"), Symvers = Sample("Module.symvers") });
        Assert.That(unused.Unused, Does.Contain(new KernelExport("dma_buf_get", "vmlinux", "EXPORT_SYMBOL_GPL", "DMA_BUF")));
        Assert.That(unused.ModuleCount, Is.EqualTo(4));
    }

    [Test]
    public void Whitelist_CountsAsUsed()
    {
        using var dir = new TempDirectory();
        string list = dir.Write("wl.txt", "schedule\n");
        var options = new UsedSymbolsOptions { ModulesOrder = Sample("modules.order"), Symvers = Sample("Module.symvers"), Whitelist = list };
        Assert.That(UnusedExports.Compute(options).Unused.Select(e => e.Name), Does.Not.Contain("schedule"));
        AssertPartition(options);
    }

    [Test]
    public void RuntimeLookups_AreUsedByDefault_NotWithNoRuntimeLookups()
    {
        using var dir = new TempDirectory();
        string symvers = dir.Write("Module.symvers",
            "0x1\tlk_get_a\tvmlinux\tEXPORT_SYMBOL_GPL\t\n0x2\tlk_req_b\tvmlinux\tEXPORT_SYMBOL\t\n0x3\tnobody_uses_me\tvmlinux\tEXPORT_SYMBOL\t\n");
        var options = new UsedSymbolsOptions { Inputs = [Lookups], Symvers = symvers };
        Assert.That(UnusedExports.Compute(options).Unused.Select(e => e.Name), Is.EqualTo(new[] { "nobody_uses_me" }));
        Assert.That(UnusedExports.Compute(options with { RuntimeLookups = false }).Unused.Select(e => e.Name),
            Is.EqualTo(new[] { "lk_get_a", "lk_req_b", "nobody_uses_me" }));
        AssertPartition(options);
        AssertPartition(options with { RuntimeLookups = false });
    }

    [Test]
    public void LinkerNames_AreIgnored_ModpostRulesAlways()
    {
        var options = new UsedSymbolsOptions { ModulesOrder = Sample("modules.order"), Symvers = Sample("Module.symvers") };
        Assert.That(UnusedExports.Compute(options with { LinkerNames = LinkerNameRules.GenAutoksyms }), Is.EqualTo(UnusedExports.Compute(options))
            .Using<UnusedExportsResult>((a, b) => a.Unused.SequenceEqual(b.Unused) && a.ExportCount == b.ExportCount));
    }

    [Test]
    public void WithoutSymvers_ExportsComeFromTheInputs()
    {
        // alpha exports alpha_helper in namespace ALPHA_NS; beta uses it.
        var alone = UnusedExports.Compute(new UsedSymbolsOptions { Inputs = [Mod("alpha.ko"), Mod("gamma.ko")] });
        Assert.That(alone.Unused, Is.EqualTo(new[] { new KernelExport("alpha_helper", "alpha", "EXPORT_SYMBOL", "ALPHA_NS") }));
        Assert.That((alone.ExportCount, alone.UsedCount), Is.EqualTo((1, 0)));

        var all = UnusedExports.Compute(new UsedSymbolsOptions { Inputs = [Mod("alpha.ko"), Mod("beta.ko")] });
        Assert.That(all.Unused, Is.Empty);
        Assert.That((all.ExportCount, all.UsedCount), Is.EqualTo((1, 1)));
    }

    [Test]
    public void WithoutSymvers_GplKind_FromTheSection()
    {
        var exports = UnusedExports.ReadExports(new ModuleInput(TestPaths.Fixture("x86_64", "symbols.o")));
        Assert.That(exports.Select(e => (e.Name, e.Kind)), Is.EquivalentTo(new[]
        {
            ("exported_data", "EXPORT_SYMBOL"), ("exported_fn", "EXPORT_SYMBOL"), ("exported_gpl_fn", "EXPORT_SYMBOL_GPL"),
        }));
        Assert.That(exports.Select(e => e.Module).Distinct(), Is.EqualTo(new[] { "symbols" }));
    }

    [Test]
    public void WithoutSymvers_Bitcode_IsAnErrorThatNamesTheFix()
    {
        var objtree = TestPaths.Fixture("kbuild", "objtree");
        var result = UnusedExports.Compute(new UsedSymbolsOptions { ModulesOrder = Path.Combine(objtree, "modules.order") });
        Assert.That(result.Errors, Is.Not.Empty);
        Assert.That(result.Errors.Select(e => e.Id), Is.All.EqualTo(DiagnosticId.Unsupported));
        Assert.That(result.Errors[0].Message, Does.Contain("--symvers"));
    }

    [Test]
    public void UnreadableModule_IsReportedOnce()
    {
        using var dir = new TempDirectory();
        string bad = dir.Write("bad.ko", "not an elf");
        var result = UnusedExports.Compute(new UsedSymbolsOptions { Inputs = [Mod("alpha.ko"), bad] });
        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(new[] { bad }));
        Assert.That(result.Unused.Select(e => e.Name), Is.EqualTo(new[] { "alpha_helper" }));
    }

    [Test]
    public void UnreadableMemberOfAModFile_IsReportedOnce()
    {
        // A module read from its .mod member list (modules.order names m.ko; neither m.ko nor m.o exists) whose
        // second member is not an object: the error names the member, and the module is not read again for exports.
        using var dir = new TempDirectory();
        dir.Copy(TestPaths.Fixture("x86_64", "symbols.o"), "drv/a.o");
        dir.Write("drv/b.o", "not an object");
        dir.Write("drv/m.mod", "drv/a.o\ndrv/b.o\n");
        string order = dir.Write("modules.order", "drv/m.ko\n");
        var result = UnusedExports.Compute(new UsedSymbolsOptions { ModulesOrder = order, Inputs = [Mod("alpha.ko")] });
        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].Path, Does.EndWith("b.o"));
    }

    [TestCase("drivers/net/dummy.ko", "dummy")]
    [TestCase("dummy.ko.xz", "dummy")]
    [TestCase("a/b/snd-hda.ko.zst", "snd-hda")]
    [TestCase("drivers/alpha/alpha.o", "alpha")]
    [TestCase("gamma.mod", "gamma")]
    [TestCase("msr.a", "msr")]
    [TestCase("plain", "plain")]
    public void ModuleName_DropsTheSuffixes(string path, string name) =>
        Assert.That(UnusedExports.ModuleName(path), Is.EqualTo(name));
}
