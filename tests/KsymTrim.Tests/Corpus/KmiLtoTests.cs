using KsymTrim.Kbuild;
using KsymTrim.Tests.Oracle;
using KsymTrim.Tests.Support;
using KsymTrim.Tests.Tool;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// <c>ksymtrim kmi</c> on an LTO build before code generation: over each LTO corpus, each module's KMI list from its
/// bitcode (<c>MODULE.a</c>) holds every symbol of its list from the native object kbuild's LTO link made
/// (<c>native/MODULE.o</c>, named MODULE.ko as in the finished tree). The vmlinux is a stand-in that exports every
/// name any module's native object needs, so that the lists are as large as the modules allow.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class KmiLtoTests
{
    [TestCase("lto-x86_64")]
    [TestCase("lto-arm64")]
    [TestCase("lto-x86_64-612")]
    [TestCase("lto-arm64-612")]
    public void BitcodeList_HoldsTheNativeList(string corpus)
    {
        var dir = TestPaths.RequireCorpus(corpus);
        var modules = Directory.GetDirectories(dir).Where(d => File.Exists(Path.Combine(d, "truth.txt"))).Order(StringComparer.Ordinal).ToArray();
        Assert.That(modules, Is.Not.Empty);
        using var temp = new TempDirectory();
        var exports = modules.SelectMany(d => File.ReadAllLines(Path.Combine(d, "truth.txt"))).Where(l => l.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string vmlinux = temp["vmlinux"];
        SynthesizedObjects.WriteExportTable(vmlinux, exports);
        var natives = modules.Select(d => temp.Copy(Path.Combine(d, "native", Path.GetFileName(d) + ".o"), Path.Combine("native", Path.GetFileName(d) + ".ko"))).ToList();
        var bitcode = modules.Select(d => Path.Combine(d, Path.GetFileName(d) + ".a")).ToList();
        var options = new KmiOptions { EmitModuleSymbolLists = true, RuntimeLookups = false, ReportMissing = false };

        var native = KmiSymbolList.Compute(options with { Inputs = [vmlinux, .. natives] });
        var predicted = KmiSymbolList.Compute(options with { Inputs = [vmlinux, .. bitcode] });

        Assert.That(native.Errors, Is.Empty);
        Assert.That(predicted.Errors, Is.Empty);
        Assert.That(predicted.VendorModules, Is.EqualTo(native.VendorModules), "the same modules, by the same names");
        var byModule = predicted.ModuleLists.ToDictionary(m => m.Suffix, m => Names(m.Text), StringComparer.Ordinal);
        int nativeTotal = 0, extraTotal = 0;
        foreach (var m in native.ModuleLists)
        {
            var want = Names(m.Text);
            var got = byModule[m.Suffix];
            Assert.That(want.Except(got), Is.Empty, $"{m.Suffix}: symbols of the native list missing from the bitcode list");
            nativeTotal += want.Count;
            extraTotal += got.Except(want).Count();
        }
        TestContext.Out.WriteLine($"{corpus}: {native.ModuleLists.Count} modules, {nativeTotal} listed from native objects, {extraTotal} more from bitcode");
    }

    private static HashSet<string> Names(string list) =>
        list.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Length > 2).Select(l => l[2..]).ToHashSet(StringComparer.Ordinal);
}
