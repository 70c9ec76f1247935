using System.Globalization;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// <c>unused</c> over Debian's 6.1 amd64 modules with Debian's Module.symvers (linux-headers, fetched by
/// ../shared/corpus/fetch-debian-modules.sh): <c>used</c> and <c>unused</c> are disjoint and together are the
/// symvers exports. The counts go to the test output.
/// </summary>
[TestFixture]
[NonParallelizable]
public class DebianUnusedTests
{
    private static (string Modules, string Symvers) Corpus()
    {
        var dir = TestPaths.DebianModules;
        if (dir is null) Assert.Ignore("Debian modules are absent (run ../shared/corpus/fetch-debian-modules.sh /var/tmp/ksymtrim-debian)");
        var headers = Path.Combine(dir!, "usr", "src");
        var symvers = Directory.Exists(headers)
            ? Directory.EnumerateFiles(headers, "Module.symvers", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (symvers is null) Assert.Ignore($"no Module.symvers below {headers} (fetch-debian-modules.sh unpacks linux-headers there)");
        return (Path.Combine(dir!, "lib", "modules"), symvers!);
    }

    [Test]
    public void Used_plus_unused_is_the_symvers_exports()
    {
        var (modules, symvers) = Corpus();
        var used = ToolRunner.Run("used", "--symvers", symvers, modules);
        var unused = ToolRunner.Run("unused", "--symvers", symvers, modules);
        Assert.That(used.ExitCode, Is.EqualTo(0), used.Stderr);
        Assert.That(unused.ExitCode, Is.EqualTo(0), unused.Stderr);

        var exports = ModuleSymvers.LoadExports(symvers);
        var usedSet = used.StdoutLines.ToHashSet(StringComparer.Ordinal);
        var unusedSet = unused.StdoutLines.ToHashSet(StringComparer.Ordinal);
        var both = usedSet.Intersect(unusedSet, StringComparer.Ordinal).ToList();
        var union = usedSet.Union(unusedSet, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        string summary = unused.StderrLines[^1];
        TestContext.Out.WriteLine($"Debian {Path.GetFileName(Path.GetDirectoryName(symvers))}: {Directory.EnumerateFiles(modules, "*.ko", SearchOption.AllDirectories).Count():N0} modules");
        TestContext.Out.WriteLine($"symvers exports {exports.Count:N0}, used {usedSet.Count:N0}, unused {unusedSet.Count:N0}, used + unused {usedSet.Count + unusedSet.Count:N0}");
        TestContext.Out.WriteLine("stderr summary: " + summary);
        Assert.Multiple(() =>
        {
            Assert.That(unused.StdoutLines, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(unusedSet, Has.Count.EqualTo(unused.StdoutLines.Length), "unused lists a name twice");
            Assert.That(both, Is.Empty, "in both used and unused");
            Assert.That(union.Except(exports), Is.Empty, "listed but not exported");
            Assert.That(exports.Except(union), Is.Empty, "exported but in neither list");
            Assert.That(usedSet.Count + unusedSet.Count, Is.EqualTo(exports.Count));
            Assert.That(summary, Is.EqualTo(string.Create(CultureInfo.InvariantCulture,
                $"ksymtrim: {exports.Count:N0} exports, {usedSet.Count:N0} used, {unusedSet.Count:N0} unused")));
        });
    }

    [Test]
    public void Without_symvers_the_modules_own_exports_match_the_symvers_lines()
    {
        var (modules, symvers) = Corpus();
        // Without --symvers the exports are the modules' own (__ksymtab* sections): Module.symvers's lines whose
        // module is not vmlinux, with the same kind and namespace; the module is named by its file, symvers by its path.
        var fromModules = UnusedExports.Compute(new UsedSymbolsOptions { Inputs = [modules] });
        var fromSymvers = UnusedExports.Compute(new UsedSymbolsOptions { Inputs = [modules], Symvers = symvers });
        var moduleExports = ModuleSymvers.LoadEntries(symvers).Where(e => e.Module != "vmlinux").ToList();
        TestContext.Out.WriteLine($"module exports: {fromModules.ExportCount:N0} from __ksymtab sections, {moduleExports.Count:N0} in Module.symvers; " +
                                  $"{fromModules.UsedCount:N0} used, {fromModules.Unused.Count:N0} unused");
        Assert.Multiple(() =>
        {
            Assert.That(fromModules.Errors, Is.Empty);
            Assert.That(fromModules.ExportCount, Is.EqualTo(moduleExports.Count));
            Assert.That(fromModules.Unused.Select(e => (e.Name, UnusedExports.ModuleName(e.Module), e.Kind, e.Namespace)),
                Is.EqualTo(fromSymvers.Unused.Where(e => e.Module != "vmlinux").Select(e => (e.Name, UnusedExports.ModuleName(e.Module), e.Kind, e.Namespace))));
        });
    }
}
