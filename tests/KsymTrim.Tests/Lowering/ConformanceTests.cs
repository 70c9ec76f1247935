using KsymTrim.Analysis;
using KsymTrim.Analysis.Lowering;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Lowering;

/// <summary>
/// The analyzer against llc-22 on small committed cases (Lowering/Conformance: cases/*.ll, assembled by
/// gen-truth.sh into out/*.bc, with llc-22's undefined symbols in out/*.llc22.txt): thread-local accesses, PIC,
/// exception handling, nobuiltin calls and library calls code generation replaces. Every symbol llc-22 references
/// must be predicted; a few precise expectations guard against predicting everything.
/// </summary>
[TestFixture]
public sealed class ConformanceTests
{
    private static string Dir => Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Lowering", "Conformance", "out");

    private static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(Dir, "*.bc").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileNameWithoutExtension(f)).SetName("Conformance_" + Path.GetFileNameWithoutExtension(f)));

    private static HashSet<string> Predicted(string name)
    {
        var modules = BitcodeFile.Parse(File.ReadAllBytes(Path.Combine(Dir, name + ".bc")), BitcodeReferenceAnalysis.ReadOptions).Modules;
        var linkage = BitcodeReferenceAnalysis.Linkage(modules, null, BitcodeModuleSet.From(modules));
        return linkage.Undefined.Concat(linkage.WeakUndefined).ToHashSet(StringComparer.Ordinal);
    }

    [TestCaseSource(nameof(Cases))]
    public void Every_symbol_llc_references_is_predicted(string name)
    {
        var truth = File.ReadAllLines(Path.Combine(Dir, name + ".llc22.txt")).Where(l => l.Length > 0).ToList();
        var predicted = Predicted(name);
        Assert.That(truth.Where(t => !predicted.Contains(t)), Is.Empty, () => "predicted: " + string.Join(" ", predicted.Order(StringComparer.Ordinal)));
    }

    [TestCase("tls-aarch64-pic", "__tls_get_addr")] // TLS descriptors
    [TestCase("tls-x86_64-pie", "__tls_get_addr")] // PIE: initial exec at most
    [TestCase("tls-x86_64-static", "__tls_get_addr")]
    [TestCase("tls-armv7-pic", "__emutls_get_address")]
    [TestCase("tls-android29-aarch64", "__emutls_get_address")] // ELF TLS from API 29
    [TestCase("tls-android-aarch64", "__emutls_v.le")] // defined with le
    [TestCase("tls-s390x-static", "__tls_get_offset")]
    [TestCase("eh-gxx-armv7", "_Unwind_Resume")] // __cxa_end_cleanup instead
    [TestCase("eh-gcc-armv7", "__cxa_end_cleanup")]
    [TestCase("eh-gxx-x86_64", "__cxa_end_cleanup")]
    [TestCase("got-x86_64-large-pic", "__tls_get_addr")]
    [TestCase("got-ppc32-pic", "_GLOBAL_OFFSET_TABLE_")] // -fPIC: .got2
    public void Is_not_predicted(string name, string symbol) =>
        Assert.That(Predicted(name), Does.Not.Contain(symbol));

    [Test]
    public void Tls_model_follows_TargetMachine_getTLSModel()
    {
        var shared = new RelocationFacts(Pic: true, Pie: false);
        var pie = new RelocationFacts(Pic: true, Pie: true);
        var stat = new RelocationFacts(Pic: false, Pie: false);
        Assert.Multiple(() =>
        {
            Assert.That(ThreadLocalRules.Model(shared, ThreadLocalMode.GeneralDynamic, false), Is.EqualTo(TlsAccess.GeneralDynamic));
            Assert.That(ThreadLocalRules.Model(shared, ThreadLocalMode.GeneralDynamic, true), Is.EqualTo(TlsAccess.LocalDynamic));
            Assert.That(ThreadLocalRules.Model(shared, ThreadLocalMode.InitialExec, false), Is.EqualTo(TlsAccess.InitialExec));
            Assert.That(ThreadLocalRules.Model(pie, ThreadLocalMode.GeneralDynamic, false), Is.EqualTo(TlsAccess.InitialExec));
            Assert.That(ThreadLocalRules.Model(pie, ThreadLocalMode.LocalDynamic, true), Is.EqualTo(TlsAccess.LocalExec));
            Assert.That(ThreadLocalRules.Model(stat, ThreadLocalMode.LocalDynamic, false), Is.EqualTo(TlsAccess.InitialExec));
        });
    }

    [TestCase("aarch64-unknown-linux-android", 22, true)]
    [TestCase("aarch64-unknown-linux-android29", 22, false)]
    [TestCase("aarch64-unknown-linux-android29", 16, true)]
    [TestCase("aarch64-unknown-linux-android29", 0, null)]
    [TestCase("armv7-unknown-linux-androideabi21", 19, true)]
    [TestCase("x86_64-unknown-openbsd", 16, true)]
    [TestCase("aarch64-unknown-linux-ohos", 16, false)]
    [TestCase("aarch64-unknown-linux-ohos", 19, true)]
    [TestCase("x86_64-unknown-linux-gnu", 0, false)]
    public void Emulated_tls_default_follows_the_triple(string triple, int llvm, bool? emulated) =>
        Assert.That(ThreadLocalRules.UsesEmulatedTls(CodegenTarget.FromTriple(triple, llvm)), Is.EqualTo(emulated));

    [Test]
    public void Thread_local_rows_cite_their_source()
    {
        foreach (var r in ThreadLocalRules.Rules)
            Assert.That(r.Rule, Does.Match(@"\w+(ISelLowering|MCInstLower|\.cpp)|Triple::"), r.Symbol);
        foreach (var r in LibraryCallRules.Rows)
            Assert.That(r.Source, Does.Contain("SelectionDAGBuilder"), r.Function);
    }
}
