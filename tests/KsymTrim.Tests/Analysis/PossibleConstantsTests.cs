using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.IO;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary>
/// The folding rule of the tests' outcomes, piece by piece, on the IR clang 14 and 22 made of
/// <c>Fixtures/src/folding/case_lib.c</c> (its <c>.ll</c> shows each instruction): <c>alloc_vectors</c> asks
/// <c>is.constant</c> of a phi of 512 (2 * 256, folded before the link) and a count from an external call;
/// <c>alloc_vectors_big</c> of 10240 and the count. <see cref="PossibleConstants"/> finds the constants the operand may
/// become, <see cref="ConstantFolding"/> folds each outcome of the test (<see cref="TestOutcome"/>), and
/// <see cref="ControlFlow.InCycle"/> says where the rule holds. FoldingRuleTests checks the whole on case_small and
/// case_big.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class PossibleConstantsTests
{
    private static string Folding(string compiler, string file) => TestPaths.Fixture("folding", "clang-" + compiler, file);

    private sealed record Case(BitcodeModule Module, IrBody Body, bool[] Taint, int Test, IrValue Operand);

    /// <summary>The function <paramref name="function"/> of case_lib (read with its caller, case_small or case_big, which
    /// call it with 1 and 0), its taint, and its one <c>is.constant</c> call and operand.</summary>
    private static Case Load(string compiler, string function)
    {
        var modules = new[] { "case_lib", function == "alloc_vectors" ? "case_small" : "case_big" }
            .SelectMany(m => BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, m + ".o")), readFunctionBodies: true).Modules).ToList();
        var set = BitcodeModuleSet.From(modules);
        var m = modules[0];
        var f = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == function);
        var body = f.Body!;
        int test = Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Call &&
            body.Operands[body.Instructions[i].First] is { Kind: IrValueKind.Global } c && m.GlobalValues[c.Index].Name.StartsWith("llvm.is.constant.", StringComparison.Ordinal));
        return new Case(m, body, set.Taint(m, f, body, new AnalysisScratch()), test, body.Operands[body.Instructions[test].First + 1]);
    }

    private static PossibleConstants Constants(Case c) =>
        new(c.Body, c.Module.Types, i => c.Taint[i], _ => null);

    /// <summary>The count of alloc_vectors: the incoming value of the test's phi that is an instruction.</summary>
    private static IrValue CountOf(Case c)
    {
        var phi = c.Body.Instructions[c.Operand.Index];
        return Enumerable.Range(0, phi.Count / 2).Select(k => c.Body.Operands[phi.First + 2 * k]).Single(v => v.Kind == IrValueKind.Instruction);
    }

    private static int CallOf(Case c, string callee) =>
        Enumerable.Range(0, c.Body.Instructions.Length).Single(i => c.Body.Instructions[i].Op == IrOp.Call &&
            c.Body.Operands[c.Body.Instructions[i].First] is { Kind: IrValueKind.Global } g && c.Module.GlobalValues[g.Index].Name == callee);

    [TestCase("14", "alloc_vectors", 512L)]
    [TestCase("22", "alloc_vectors", 512L)]
    [TestCase("14", "alloc_vectors_big", 10240L)]
    [TestCase("22", "alloc_vectors_big", 10240L)]
    public void The_constant_a_phi_of_a_literal_and_a_count_may_become_is_the_literal(string compiler, string function, long literal)
    {
        var c = Load(compiler, function);
        Assert.That(c.Operand.Kind, Is.EqualTo(IrValueKind.Instruction));
        Assert.That(c.Body.Instructions[c.Operand.Index].Op, Is.EqualTo(IrOp.Phi), "the test asks of the phi itself");
        Assert.That(c.Taint[c.Operand.Index], Is.True, "the phi may become constant (its branch is on an argument given literals)");
        Assert.That(PossibleConstants.InjectiveRoot(c.Body, c.Operand), Is.EqualTo(c.Operand), "a phi is its own root");
        // the count (read_count's result, shifted and masked) never becomes constant: only the literal
        Assert.That(Constants(c).Of(c.Operand), Is.EqualTo(new[] { literal }));
    }

    /// <summary>Each outcome of the test, folded: false leaves only __kmalloc; true with the phi 512 only kmalloc_small
    /// (512 is below the large size), with 10240 only kmalloc_large.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void Each_outcome_of_the_test_folds_the_branches_behind_it(string compiler)
    {
        foreach (var (function, literal, large) in new[] { ("alloc_vectors", 512L, false), ("alloc_vectors_big", 10240L, true) })
        {
            var c = Load(compiler, function);
            var traits = FoldingTraitTable.Of(c.Module.Globals);
            var scratch = new AnalysisScratch();
            int kmalloc = CallOf(c, "__kmalloc"), small = CallOf(c, "kmalloc_small"), big = CallOf(c, "kmalloc_large");
            var unknown = ConstantFolding.Fold(c.Body, c.Module.Types, traits, _ => false, scratch);
            Assert.That(new[] { unknown.Keeps(kmalloc), unknown.Keeps(small), unknown.Keeps(big) }, Is.All.True, $"{function}: no outcome assumed");
            var no = ConstantFolding.Fold(c.Body, c.Module.Types, traits, _ => false, scratch, outcome: new TestOutcome(c.Test, false, c.Operand, 0));
            Assert.That(new[] { no.Keeps(kmalloc), no.Keeps(small), no.Keeps(big) }, Is.EqualTo(new[] { true, false, false }), $"{function}: false");
            var yes = ConstantFolding.Fold(c.Body, c.Module.Types, traits, _ => false, scratch, outcome: new TestOutcome(c.Test, true, c.Operand, literal));
            Assert.That(new[] { yes.Keeps(kmalloc), yes.Keeps(small), yes.Keeps(big) }, Is.EqualTo(new[] { false, !large, large }), $"{function}: true with {literal}");
        }
    }

    /// <summary>The shapes <see cref="PossibleConstants"/> reads, on alloc_vectors' phi taken as any value: an untainted
    /// value never becomes constant, so neither does a one to one operation on it; a value not read (a call's result
    /// the taint marks) is not known, but for an i1; an argument is what its calls pass.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void An_operand_that_never_becomes_constant_leaves_one_to_one_operations_so(string compiler)
    {
        var c = Load(compiler, "alloc_vectors");
        var body = c.Body;
        var count = CountOf(c);
        Assert.That(Constants(c).Of(count), Is.Empty, "the count is untainted: never constant");
        // every instruction tainted: the count comes from a call, which the rule does not read
        var everything = new PossibleConstants(body, c.Module.Types, _ => true, _ => null);
        Assert.That(everything.Of(count), Is.Null, "a call's result: not known");
        Assert.That(everything.Of(c.Operand), Is.Null, "so neither is the phi");
        // the test's own i1 result, tainted: false or true
        Assert.That(everything.Of(new IrValue(IrValueKind.Instruction, c.Test)), Is.EqualTo(new long[] { 0, 1 }));
        // the first argument (the branch's condition compares it with 0): as its calls say
        var withArgument = new PossibleConstants(body, c.Module.Types, _ => true, k => k == 0 ? [0L, 1L] : null);
        int compare = Enumerable.Range(0, body.Instructions.Length).First(i => body.Instructions[i].Op == IrOp.Cmp);
        Assert.That(withArgument.Of(new IrValue(IrValueKind.Instruction, compare)), Is.EqualTo(new long[] { 0, 1 }), "icmp eq of 0 or 1 with 0");
        Assert.That(withArgument.Of(new IrValue(IrValueKind.Argument, 0)), Is.EqualTo(new long[] { 0, 1 }));
    }

    /// <summary>The sets of an operation over two non-literal operands are made only when the operands share no
    /// value (<see cref="PossibleConstants.Independent"/>): <c>x - x</c>, or a phi of 5 or x less a phi of 3 or x, is
    /// constant whatever x is. In alloc_vectors the comparison of the argument with 0 and the count (an external
    /// call's result) share nothing; the phi and the comparison <c>icmp ne</c> of that phi share the phi.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void Operands_that_share_a_value_are_not_independent(string compiler)
    {
        var c = Load(compiler, "alloc_vectors");
        var body = c.Body;
        var count = CountOf(c);
        int branchOnArgument = Enumerable.Range(0, body.Instructions.Length).First(i => body.Instructions[i].Op == IrOp.Cmp);
        var constants = Constants(c);
        Assert.That(constants.Independent(count, new IrValue(IrValueKind.Instruction, branchOnArgument)), Is.True);
        Assert.That(constants.Independent(c.Operand, count), Is.False, "the phi reads the count");
        Assert.That(constants.Independent(count, count), Is.False);
        Assert.That(constants.Independent(new IrValue(IrValueKind.Argument, 0), new IrValue(IrValueKind.Argument, 1)), Is.True);
    }

    /// <summary><see cref="ControlFlow.InCycle"/>: phi_loop's loop body runs again, its entry block does not; nothing of
    /// alloc_vectors is in a cycle.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_block_in_a_loop_is_in_a_cycle(string compiler)
    {
        var m = BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, "phi_loop.o")), readFunctionBodies: true).Modules.Single();
        var body = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == "phi_loop").Body!;
        var flow = ControlFlow.Of(body);
        Assert.That(flow.InCycle(0), Is.False, "the entry");
        Assert.That(Enumerable.Range(0, flow.Blocks).Any(flow.InCycle), Is.True, "the loop");
        var c = Load(compiler, "alloc_vectors");
        var vectors = ControlFlow.Of(c.Body);
        Assert.That(Enumerable.Range(0, vectors.Blocks).Any(vectors.InCycle), Is.False);
        Assert.That(vectors.InCycle(-1), Is.True, "out of range: taken to be");
    }

    /// <summary><see cref="ControlFlow.InCycle"/> (strongly connected components, found once per body) agrees with its
    /// definition, a search from the block for a path back to it or to a terminator whose successors are not recorded,
    /// on every block of ext4's members (LLVM 14 and 22: thousands of loops, gotos and switches).</summary>
    [TestCase("lto-x86_64")]
    [TestCase("lto-x86_64-612")]
    public void A_block_is_in_a_cycle_exactly_when_a_path_leads_back_to_it(string corpus)
    {
        var members = Directory.GetFiles(Path.Combine(TestPaths.RequireCorpus(corpus), "ext4", "members"), "*.o", SearchOption.AllDirectories);
        int blocks = 0, cyclic = 0;
        foreach (var member in members)
        {
            var bytes = File.ReadAllBytes(member);
            if (FileKinds.Detect(bytes) is not (FileKind.Bitcode or FileKind.BitcodeWrapper)) continue;
            foreach (var m in BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules)
                foreach (var f in m.Functions ?? [])
                {
                    if (f.Body is not { } body) continue;
                    var flow = ControlFlow.Of(body);
                    for (int b = 0; b < flow.Blocks; b++, blocks++)
                    {
                        bool expected = Searched(flow, body, b);
                        cyclic += expected ? 1 : 0;
                        if (flow.InCycle(b) != expected) Assert.Fail($"{Path.GetFileName(member)} {BitcodeModuleSet.NameOf(m, f)} block {b}: expected {expected}");
                    }
                }
        }
        Assert.That(cyclic, Is.GreaterThan(100).And.LessThan(blocks), "both kinds of block are there");
    }

    /// <summary>The definition of <see cref="ControlFlow.InCycle"/>, one search per block.</summary>
    private static bool Searched(ControlFlow flow, IrBody body, int block)
    {
        var seen = new bool[flow.Blocks];
        var stack = new Stack<int>([block]);
        while (stack.Count > 0)
        {
            int b = stack.Pop();
            if (flow.Terminators[b] >= 0 && body.Instructions[flow.Terminators[b]].Op == IrOp.OtherTerminator) return true;
            for (int e = flow.SuccessorStart[b]; e < flow.SuccessorStart[b + 1]; e++)
            {
                int s = flow.Successors[e];
                if (s == block) return true;
                if (!seen[s]) { seen[s] = true; stack.Push(s); }
            }
        }
        return false;
    }
}
