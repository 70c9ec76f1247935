using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary>
/// <see cref="ConstantFolding"/> over the IR clang 14 made of <c>Fixtures/src/constructs/bcp.c</c> for x86_64 (its
/// <c>.ll</c> beside the <c>.bc</c> shows every instruction named here): <c>llvm.objectsize</c> and
/// <c>llvm.is.constant</c> fold when their operand is stable, the integer casts and compares that read them fold
/// after them, and the branches they decide leave blocks, calls and operand slots dead.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class ConstantFoldingTests
{
    private static readonly Lazy<BitcodeModule> Bcp = new(() =>
        BitcodeFile.Parse(File.ReadAllBytes(TestPaths.Fixture("constructs", "bcp-x86_64-clang14.bc")), readFunctionBodies: true).Modules.Single());

    private static readonly Func<IrValue, bool> Stable = _ => true, Unstable = _ => false;

    private static IrBody Body(string function)
    {
        var m = Bcp.Value;
        var f = m.Functions!.Single(f => BitcodeModuleSet.NameOf(m, f) == function);
        return f.Body ?? throw new AssertionException($"{function}: no body");
    }

    private static FoldView Fold(IrBody body, Func<IrValue, bool> stable, AnalysisScratch scratch) =>
        ConstantFolding.Fold(body, Bcp.Value.Types, FoldingTraitTable.Of(Bcp.Value.Globals), stable, scratch);

    /// <summary>The index of the call of the global whose name starts with <paramref name="callee"/> (exactly one).</summary>
    private static int CallOf(IrBody body, string callee)
    {
        var m = Bcp.Value;
        int found = -1;
        for (int i = 0; i < body.Instructions.Length; i++)
        {
            var inst = body.Instructions[i];
            if (inst.Op != IrOp.Call) continue;
            var c = body.OperandsOf(inst)[inst.CalleeOperand];
            if (c.Kind != IrValueKind.Global || !m.GlobalValues[c.Index].Name.StartsWith(callee, StringComparison.Ordinal)) continue;
            Assert.That(found, Is.EqualTo(-1), $"one call of {callee}");
            found = i;
        }
        Assert.That(found, Is.GreaterThanOrEqualTo(0), $"a call of {callee}");
        return found;
    }

    /// <summary>The first instruction after <paramref name="after"/> that is a <paramref name="op"/>.</summary>
    private static int Next(IrBody body, int after, IrOp op)
    {
        for (int i = after + 1; i < body.Instructions.Length; i++)
            if (body.Instructions[i].Op == op) return i;
        throw new AssertionException($"no {op} after instruction {after}");
    }

    private static long? ConstantOf(in FoldView fold, int instruction) => fold.IsConstant(instruction, out long v) ? v : null;

    [Test]
    public void Objectsize_of_a_stable_pointer_is_unknown_and_the_cast_and_compare_after_it_fold()
    {
        // copy_unknown: %4 = objectsize(%0, min false, ...); %5 = trunc i64 %4 to i32; %6 = icmp sgt i32 %5, -1
        var body = Body("copy_unknown");
        var fold = Fold(body, Stable, new AnalysisScratch());
        int size = CallOf(body, "llvm.objectsize.");
        int trunc = Next(body, size, IrOp.Cast), compare = Next(body, size, IrOp.Cmp);
        Assert.That(body.Instructions[trunc].Code, Is.EqualTo(0u), "trunc");
        Assert.That(trunc, Is.LessThan(compare));

        Assert.That(ConstantOf(fold, size), Is.EqualTo(-1L), "objectsize of an unknown object, max: -1");
        Assert.That(ConstantOf(fold, trunc), Is.EqualTo(0xFFFF_FFFFL), "trunc of -1 to i32, as an unsigned 32-bit value");
        Assert.That(ConstantOf(fold, compare), Is.EqualTo(0L), "icmp sgt i32 -1, -1 is false");
        // the false edge goes straight to raw_copy_from_user: both checks are dead, and so is the shift between them
        Assert.That(fold.Keeps(CallOf(body, "raw_copy_from_user")), Is.True);
        Assert.That(fold.Keeps(CallOf(body, "copy_overflow")), Is.False);
        Assert.That(fold.Keeps(CallOf(body, "__bad_copy_to")), Is.False);
        int shift = Next(body, compare, IrOp.Binary);
        Assert.That(fold.LiveBlocks[body.Instructions[shift].Block], Is.False, "the block after the true edge");
        Assert.That(ConstantOf(fold, shift), Is.Null, "an unreachable instruction has no value");
    }

    [Test]
    public void Objectsize_of_a_pointer_that_may_change_stays_unknown()
    {
        var body = Body("copy_unknown");
        var fold = Fold(body, Unstable, new AnalysisScratch());
        int size = CallOf(body, "llvm.objectsize.");
        Assert.That(ConstantOf(fold, size), Is.Null);
        Assert.That(ConstantOf(fold, Next(body, size, IrOp.Cmp)), Is.Null);
        Assert.That(fold.Keeps(CallOf(body, "copy_overflow")), Is.True);
        Assert.That(fold.Keeps(size), Is.True, "its result still decides a branch");
    }

    [Test]
    public void Is_constant_of_a_stable_argument_is_false_and_the_constant_branch_goes()
    {
        // alloc_arg: %2 = is.constant(i64 %0); br i1 %2, label %3 (big or small), label %9 (generic_alloc)
        var body = Body("alloc_arg");
        var fold = Fold(body, Stable, new AnalysisScratch());
        int test = CallOf(body, "llvm.is.constant.");
        int branch = Next(body, test, IrOp.Br);
        Assert.That(ConstantOf(fold, test), Is.EqualTo(0L));
        Assert.That(fold.Keeps(CallOf(body, "generic_alloc")), Is.True);
        Assert.That(fold.Keeps(CallOf(body, "big_alloc")), Is.False);
        Assert.That(fold.Keeps(CallOf(body, "small_alloc_const")), Is.False);
        // the intrinsic is pure and its value replaced by a constant: neither it nor the branch's condition remains
        Assert.That(fold.Keeps(test), Is.False, "the is.constant call");
        Assert.That(fold.Keeps(branch), Is.True, "the branch");
        Assert.That(fold.Reads(body.Instructions[branch].First), Is.False, "the branch's condition slot");
        Assert.That(fold.Reads(body.Instructions[branch].First + 2), Is.True, "the branch's false target");
    }

    [Test]
    public void Is_constant_of_a_loaded_value_that_may_change_keeps_every_branch()
    {
        // alloc_loaded: is.constant of a load from a global: folding is sound only if the caller says it is stable
        var body = Body("alloc_loaded");
        var stable = Fold(body, Stable, new AnalysisScratch());
        Assert.That(ConstantOf(stable, CallOf(body, "llvm.is.constant.")), Is.EqualTo(0L));
        Assert.That(stable.Keeps(CallOf(body, "big_alloc")), Is.False);

        var unstable = Fold(body, Unstable, new AnalysisScratch());
        Assert.That(ConstantOf(unstable, CallOf(body, "llvm.is.constant.")), Is.Null);
        foreach (var callee in new[] { "big_alloc", "small_alloc_const", "generic_alloc" })
            Assert.That(unstable.Keeps(CallOf(body, callee)), Is.True, callee);
        for (int b = 0; b < body.BlockCount; b++) Assert.That(unstable.LiveBlocks[b], Is.True, $"block {b}");
    }

    [Test]
    public void A_view_is_sliced_to_its_body_though_the_scratch_held_a_larger_one()
    {
        var scratch = new AnalysisScratch();
        var large = Body("copy_field");
        var small = Body("alloc_arg");
        Assert.That(large.Instructions.Length, Is.GreaterThan(small.Instructions.Length));
        Fold(large, Stable, scratch);
        var fold = Fold(small, Stable, scratch);
        Assert.That(fold.LiveInstructions.Length, Is.EqualTo(small.Instructions.Length));
        Assert.That(fold.UsedOperands.Length, Is.EqualTo(small.Operands.Length));
        Assert.That(fold.LiveBlocks.Length, Is.EqualTo(small.BlockCount));
        Assert.That(fold.UserStart.Length, Is.EqualTo(small.Instructions.Length + 1));
        Assert.That(fold.IsConstant(small.Instructions.Length, out _), Is.False, "out of range");
        // the same answer as a fold in a fresh scratch
        var fresh = Fold(small, Stable, new AnalysisScratch());
        Assert.That(fold.LiveInstructions.SequenceEqual(fresh.LiveInstructions), Is.True);
        Assert.That(fold.UsedOperands.SequenceEqual(fresh.UsedOperands), Is.True);
    }

    [Test]
    public void The_default_view_keeps_everything_and_knows_no_constant()
    {
        FoldView none = default;
        Assert.That(none.Folded, Is.False);
        Assert.That(none.Keeps(0), Is.True);
        Assert.That(none.Reads(0), Is.True);
        Assert.That(none.IsConstant(0, out _), Is.False);
    }
}
