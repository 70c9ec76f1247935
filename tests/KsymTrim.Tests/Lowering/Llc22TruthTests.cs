using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Lowering;

/// <summary>
/// The model against llc-22 over the constructs whose rules changed in LLVM 20..22 or that an llc-22 trial over
/// LLVM's CodeGen tests found unpredicted: Thumb-1 multiply and atomics, fixed-point division, sincos, i686 fp128
/// libm names, SystemZ i128 shifts without the vector facility, half fma and fmuladd, fp16 conversion intrinsics
/// and the AEABI half helpers, strict fma, SafeStack with a stack protector, split stacks with dynamic allocas.
/// Llc22/CASE.ll is one small module (triple and function attributes in the IR); CASE.bc is what llvm-as-22 made
/// of it and CASE.llc22.txt the undefined symbols llc-22 -O2 added to the object (Llc22/gen-llc22-truth.sh).
/// Every one must be among what <c>ksymtrim refs</c> predicts for CASE.bc, end to end.
/// </summary>
[TestFixture]
public sealed class Llc22TruthTests
{
    private static string Dir => Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Lowering", "Llc22");

    private static IEnumerable<string> Cases() =>
        Directory.GetFiles(Dir, "*.llc22.txt").Select(f => Path.GetFileName(f)[..^".llc22.txt".Length]).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Cases))]
    public void Refs_contain_what_llc22_added(string name)
    {
        var truth = File.ReadAllLines(Path.Combine(Dir, name + ".llc22.txt")).Where(l => l.Length > 0).ToList();
        var r = ToolRunner.Run("refs", Path.Combine(Dir, name + ".bc"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var predicted = r.StdoutLines.Select(l => l.Split('\t')[1]).ToHashSet(StringComparer.Ordinal);
        var missed = truth.Where(s => !predicted.Contains(s)).ToList();
        var extra = predicted.Where(s => !truth.Contains(s)).Order(StringComparer.Ordinal).ToList();
        TestContext.Out.WriteLine($"{name}: truth {truth.Count}, predicted {predicted.Count}, extra {extra.Count}: {string.Join(' ', extra)}");
        Assert.That(missed, Is.Empty, $"{name}: llc-22 references symbols the model does not predict");
    }

    [Test]
    public void Every_case_has_its_bitcode_and_truth()
    {
        var sources = Directory.GetFiles(Dir, "*.ll").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        Assert.That(sources, Is.Not.Empty);
        Assert.That(sources, Is.EqualTo(Cases().ToList()), "run Llc22/gen-llc22-truth.sh after adding or changing a case");
        foreach (var s in sources) Assert.That(File.Exists(Path.Combine(Dir, s + ".bc")), Is.True, s + ".bc");
    }
}
