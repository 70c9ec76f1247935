using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary>
/// The folding rule of run-time bounds (<see cref="ValueBounds"/>), piece by piece, on the IR clang 14 and 22 made of
/// <c>Fixtures/src/folding/bound_*.c</c>: <c>alloc_bounded(n)</c> asks <c>is.constant((n + 1) * 8)</c>; the callers
/// read <c>n</c> from a global a member stores a literal to (so it may be constant, for all the analysis knows) and
/// check it first, <c>n != 0 &amp;&amp; n &lt;= 254</c>, which InstCombine writes <c>n - 255 &lt;u -254</c>; bound_big
/// also passes 1500. FoldingRuleTests checks the whole on bound_small (exact) and bound_big (kmalloc_large kept).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class ValueBoundsTests
{
    private static string Folding(string compiler, string file) => TestPaths.Fixture("folding", "clang-" + compiler, file);

    private sealed record Module(BitcodeModuleSet Set, BitcodeModule Lib, BitcodeModule Case);

    /// <summary>bound_lib with <paramref name="caller"/> (bound_small, bound_big or bound_shapes), read as one module.</summary>
    private static Module Load(string compiler, string caller)
    {
        var modules = new[] { "bound_lib", caller }
            .SelectMany(m => BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, m + ".o")), readFunctionBodies: true).Modules).ToList();
        return new Module(BitcodeModuleSet.From(modules), modules[0], modules[1]);
    }

    private static IrFunction Function(BitcodeModule m, string name) => m.Functions!.Single(f => BitcodeModuleSet.NameOf(m, f) == name);

    private static int CallOf(BitcodeModule m, IrBody body, string prefix) =>
        Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Call &&
            body.Operands[body.Instructions[i].First] is { Kind: IrValueKind.Global } g && m.GlobalValues[g.Index].Name.StartsWith(prefix, StringComparison.Ordinal));

    private static string? NameIn(BitcodeModule m, int g) => (uint)g < (uint)m.Globals.Length ? m.Globals[g].Name : null;

    /// <summary>What the caller passes: the mask bounds it to 0..32767 wherever it is; at the call, past the check, to
    /// 1..254 (the check's <c>add</c> of -255 and unsigned compare with a negative literal, read back).</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void The_checks_on_the_way_to_a_call_bound_what_it_passes(string compiler)
    {
        var m = Load(compiler, "bound_small");
        var f = Function(m.Case, "bound_small_caller");
        var body = f.Body!;
        int call = CallOf(m.Case, body, "alloc_bounded");
        var passed = body.Operands[body.Instructions[call].First + 1];
        var bounds = m.Set.BoundsIn(m.Case, f);
        Assert.That(bounds.Of(passed, 32), Is.EqualTo(new Interval(0, 32767)), "the mask");
        Assert.That(bounds.At(passed, 32, 0), Is.EqualTo(new Interval(0, 32767)), "before the check");
        Assert.That(bounds.At(passed, 32, body.Instructions[call].Block), Is.EqualTo(new Interval(1, 254)), "past it");
    }

    /// <summary>The argument's bounds are those of what every direct call passes, each at its call: 1..254 from the
    /// checked call, and with bound_big's literal 1500, 1..1500.</summary>
    [TestCase("14", "bound_small", 254L)]
    [TestCase("22", "bound_small", 254L)]
    [TestCase("14", "bound_big", 1500L)]
    [TestCase("22", "bound_big", 1500L)]
    public void What_every_call_passes_bounds_the_argument(string compiler, string caller, long hi)
    {
        var m = Load(compiler, caller);
        Assert.That(m.Set.ArgumentBounds("alloc_bounded", 0, 32), Is.EqualTo(new Interval(1, hi)));
        Assert.That(m.Set.ArgumentBounds("no_such_function", 0, 32), Is.Null, "no call: not known");
    }

    /// <summary>Assuming the argument within 1..254, the size <c>(n + 1) * 8</c> is within 16..2040 (through the
    /// <c>add nsw</c>, the <c>sext</c> and the <c>shl</c>); a value not computed from the argument alone has no
    /// bounds in that mode. Without the assumption, the size of any i32 fits no narrower bounds than its arithmetic.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_value_computed_from_the_root_alone_is_bounded_by_it(string compiler)
    {
        var m = Load(compiler, "bound_small");
        var f = Function(m.Lib, "alloc_bounded");
        var body = f.Body!;
        int test = CallOf(m.Lib, body, "llvm.is.constant.");
        var size = body.Operands[body.Instructions[test].First + 1];
        var root = new IrValue(IrValueKind.Argument, 0);
        Assert.That(PossibleConstants.InjectiveRoot(body, size), Is.EqualTo(root));
        var assuming = ValueBounds.Assuming(body, m.Lib.Types, g => NameIn(m.Lib, g), root, new Interval(1, 254));
        Assert.That(assuming.Of(size, 64), Is.EqualTo(new Interval(16, 2040)));
        Assert.That(assuming.Of(root, 32), Is.EqualTo(new Interval(1, 254)));
        Assert.That(assuming.Of(new IrValue(IrValueKind.Instruction, test), 1), Is.Null, "the test's own result");
        var plain = new ValueBounds(body, m.Lib.Types, g => NameIn(m.Lib, g), _ => 32, null);
        Assert.That(plain.Of(size, 64), Is.EqualTo(new Interval(-(1L << 31) * 8, ((1L << 31) - 1) * 8)), "n + 1 may wrap: any i32, times 8");
        Assert.That(plain.At(root, 32, body.Instructions[test].Block), Is.EqualTo(Interval.Full(32)));
    }

    /// <summary>The test's outcomes folded: false leaves __kmalloc only; true with the argument within 1..254 keeps
    /// kmalloc_small and drops kmalloc_large (no size in 16..2040 is large); within 1..1500 it keeps both.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void The_true_outcome_within_bounds_folds_the_compares_they_decide(string compiler)
    {
        var m = Load(compiler, "bound_small");
        var f = Function(m.Lib, "alloc_bounded");
        var body = f.Body!;
        var traits = FoldingTraitTable.Of(m.Lib.Globals);
        var scratch = new AnalysisScratch();
        int test = CallOf(m.Lib, body, "llvm.is.constant.");
        int kmalloc = CallOf(m.Lib, body, "__kmalloc"), small = CallOf(m.Lib, body, "kmalloc_small"), large = CallOf(m.Lib, body, "kmalloc_large");
        var root = new IrValue(IrValueKind.Argument, 0);
        bool[] Kept(TestOutcome outcome)
        {
            var fold = ConstantFolding.Fold(body, m.Lib.Types, traits, _ => false, scratch, outcome: outcome);
            return [fold.Keeps(kmalloc), fold.Keeps(small), fold.Keeps(large)];
        }
        TestOutcome Within(long hi) =>
            new(test, true, root, 0, ValueBounds.Assuming(body, m.Lib.Types, g => NameIn(m.Lib, g), root, new Interval(1, hi)));
        Assert.That(Kept(new TestOutcome(test, false, root, 0)), Is.EqualTo(new[] { true, false, false }), "false");
        Assert.That(Kept(Within(254)), Is.EqualTo(new[] { false, true, false }), "true within 1..254");
        Assert.That(Kept(Within(1500)), Is.EqualTo(new[] { false, true, true }), "true within 1..1500");
    }

    /// <summary>struct_size's pattern (<c>alloc_entries</c>): <c>select(overflow, 15, n * 24 + 16)</c> over
    /// <c>llvm.umul.with.overflow</c>. The caller checks <c>n &lt;= 300</c> as an i32 and passes it extended to i64, so
    /// the argument is 0..300; the product cannot overflow, the select never picks 15, and the size is 16..7216. With
    /// the argument up to 2^60 the product may overflow: no bounds.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_select_on_an_overflow_that_cannot_happen_picks_the_product(string compiler)
    {
        var m = Load(compiler, "bound_small");
        Assert.That(m.Set.ArgumentBounds("alloc_entries", 0, 64), Is.EqualTo(new Interval(0, 300)), "the check on the i32, through the zext");
        var f = Function(m.Lib, "alloc_entries");
        var body = f.Body!;
        int test = CallOf(m.Lib, body, "llvm.is.constant.");
        var size = body.Operands[body.Instructions[test].First + 1];
        Assert.That(body.Instructions[size.Index].Op, Is.EqualTo(IrOp.Select));
        Assert.That(m.Set.BoundsIn(m.Lib, f).At(size, 64, body.Instructions[test].Block), Is.EqualTo(new Interval(16, 7216)));
        var root = new IrValue(IrValueKind.Argument, 0);
        var huge = ValueBounds.Assuming(body, m.Lib.Types, g => NameIn(m.Lib, g), root, new Interval(0, 1L << 60));
        Assert.That(huge.Of(size, 64), Is.Null, "the product may overflow: either value");
    }

    /// <summary>Each shape the rule reads, on <c>bound_shapes.c</c>: the bounds of what each function passes to
    /// <c>sink()</c>, at that call. A mask, a remainder, a masked value divided; checks both ways, signed (InstCombine's
    /// <c>n + 5 &lt;=u 15</c>) and unsigned (<c>n - 31 &gt;=u -21</c>: a sum that may wrap, read back as a run); the smaller of
    /// a masked value and a count (clang 22's <c>umin</c>, clang 14's select); a product that may wrap: any int (extended
    /// as clang extends it).</summary>
    [TestCase("14", "shape_mask", 0L, 4080L)]
    [TestCase("22", "shape_mask", 0L, 4080L)]
    [TestCase("14", "shape_urem", 0L, 99L)]
    [TestCase("22", "shape_urem", 0L, 99L)]
    [TestCase("14", "shape_udiv", 0L, 4095L)]
    [TestCase("22", "shape_udiv", 0L, 4095L)]
    [TestCase("14", "shape_signed", -5L, 10L)]
    [TestCase("22", "shape_signed", -5L, 10L)]
    [TestCase("14", "shape_range", 10L, 30L)]
    [TestCase("22", "shape_range", 10L, 30L)]
    [TestCase("14", "shape_min", 0L, 63L)]
    [TestCase("22", "shape_min", 0L, 63L)]
    [TestCase("14", "shape_wrap", int.MinValue, int.MaxValue)]
    [TestCase("22", "shape_wrap", 0L, uint.MaxValue)] // (clang 22 extends it with zext nneg: signed overflow is undefined)
    public void Each_shape_bounds_what_it_passes(string compiler, string function, long lo, long hi)
    {
        var m = Load(compiler, "bound_shapes");
        var f = Function(m.Case, function);
        var body = f.Body!;
        int call = CallOf(m.Case, body, "sink");
        var passed = body.Operands[body.Instructions[call].First + 1];
        Assert.That(m.Set.BoundsIn(m.Case, f).At(passed, 64, body.Instructions[call].Block), Is.EqualTo(new Interval(lo, hi)));
    }

    /// <summary>A check in the function itself: bound_small_local's count, read from the global, is 0..31 past
    /// <c>n &gt;u 31</c> (clang folded the compare with the large size before the link: only the bounds are checked).</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_check_in_the_function_bounds_the_value_past_it(string compiler)
    {
        var m = Load(compiler, "bound_small");
        var f = Function(m.Case, "bound_small_local");
        var body = f.Body!;
        int load = Enumerable.Range(0, body.Instructions.Length).First(i => body.Instructions[i].Op == IrOp.Load);
        int test = CallOf(m.Case, body, "llvm.is.constant.");
        var bounds = m.Set.BoundsIn(m.Case, f);
        var count = new IrValue(IrValueKind.Instruction, load);
        Assert.That(bounds.Of(count, 32), Is.EqualTo(Interval.Full(32)), "a load: any i32");
        Assert.That(bounds.At(count, 32, body.Instructions[test].Block), Is.EqualTo(new Interval(0, 31)));
    }
}
