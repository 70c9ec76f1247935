using KsymTrim.Analysis;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// The two halves of the run-time lookup analysis held against each other on the kernel's own LTO modules: for every
/// module of ../shared/corpus, the exports its bitcode members look up by name (<c>MODULE.a</c>) are the ones its
/// native object (<c>native/MODULE.o</c>, what kbuild's LTO link made of the same members) looks up. kvm is the
/// corpus's module that does (it finds VFIO's exports with symbol_get).
/// </summary>
[TestFixture]
public class LtoRuntimeLookupTests
{
    [TestCase("lto-x86_64")]
    [TestCase("lto-arm64")]
    [TestCase("lto-x86_64-612")]
    [TestCase("lto-arm64-612")]
    public void Bitcode_and_native_object_look_up_the_same_exports(string corpus)
    {
        var dir = TestPaths.RequireCorpus(corpus);
        var modules = Directory.GetDirectories(dir)
            .Where(d => File.Exists(Path.Combine(d, "native", Path.GetFileName(d) + ".o")))
            .OrderBy(d => d, StringComparer.Ordinal).ToArray();
        Assert.That(modules, Is.Not.Empty);
        var bitcode = modules.Select(d => Path.Combine(d, Path.GetFileName(d) + ".a")).ToArray();
        var native = modules.Select(d => Path.Combine(d, "native", Path.GetFileName(d) + ".o")).ToArray();
        var analyzer = new ModuleAnalyzer();
        var fromBitcode = analyzer.GetReferences(bitcode);
        var fromNative = analyzer.GetReferences(native);
        int withLookups = 0, names = 0;
        for (int i = 0; i < modules.Length; i++)
        {
            Assert.That(fromBitcode[i].Error, Is.Null, () => fromBitcode[i].Error!.Message);
            Assert.That(fromNative[i].Error, Is.Null, () => fromNative[i].Error!.Message);
            var b = Lookups(fromBitcode[i].References!);
            var n = Lookups(fromNative[i].References!);
            Assert.That(b, Is.EqualTo(n), $"{Path.GetFileName(modules[i])}: bitcode [{string.Join(' ', b)}], native [{string.Join(' ', n)}]");
            Assert.That(fromBitcode[i].References!.Warnings.Select(w => w.Function),
                Is.EquivalentTo(fromNative[i].References!.Warnings.Select(w => w.Function)), Path.GetFileName(modules[i]));
            if (b.Count > 0) { withLookups++; names += b.Count; }
        }
        TestContext.Out.WriteLine($"{corpus}: {modules.Length} modules, {withLookups} look exports up by name, {names} names");
        if (corpus == "lto-x86_64")
        {
            int kvm = Array.FindIndex(modules, d => Path.GetFileName(d) == "kvm");
            Assert.That(kvm, Is.GreaterThanOrEqualTo(0), "kvm is in the corpus");
            var kvmNames = Lookups(fromBitcode[kvm].References!);
            TestContext.Out.WriteLine("kvm: " + string.Join(' ', kvmNames));
            Assert.That(kvmNames, Does.Contain("vfio_file_set_kvm"));
        }
    }

    private static List<string> Lookups(ModuleReferences m) =>
        m.References.Where(r => r.Source == ReferenceSource.RuntimeLookup).Select(r => r.Symbol).ToList();
}
