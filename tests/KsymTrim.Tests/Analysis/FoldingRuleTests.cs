using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary>
/// The folding rules for <c>__builtin_constant_p</c>, each on its own fixture (Fixtures/src/folding, built by clang 14
/// and clang 22): the references predicted from each two-member module are exactly the undefined symbols of what
/// kbuild's LTO link made of it (<c>CASE.truth</c>), and the rule itself is checked on the IR. <c>inlined_write</c>,
/// <c>ret_known</c>, <c>local_store</c>, <c>local_field</c>, <c>global_store</c>, <c>ret_object</c>, <c>ret_global</c> and
/// <c>phi_sum</c>, <c>field_tag</c>, <c>field_page</c>, <c>site_over</c>, <c>site_callback</c>, <c>site_choice</c>,
/// <c>sized_given</c>, <c>sized_inlined</c> and <c>sized_wrapped</c> are where folding would be wrong (the LTO backend inlines another member's constant store or constant
/// result, forwards the caller's store to a local or global variable, reads a constant where the pointer another member
/// returns points, or adds a choice of literals to a constant): they must stay unfolded, their predictions a superset
/// of the truth.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class FoldingRuleTests
{
    private static string Folding(string compiler, string file) => TestPaths.Fixture("folding", "clang-" + compiler, file);

    /// <summary>The members <paramref name="names"/> (objects of Fixtures/out/folding/clang-<paramref name="compiler"/>),
    /// read with their function bodies.</summary>
    private static List<BitcodeModule> Members(string compiler, params string[] names) =>
        names.SelectMany(m => BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, m + ".o")), readFunctionBodies: true).Modules).ToList();

    [TestCase("14", "opaque_indirect")]
    [TestCase("14", "opaque_extern")]
    [TestCase("14", "inlined_write")]
    [TestCase("14", "and_flags")]
    [TestCase("14", "phi_late")]
    [TestCase("14", "ctx_args")]
    [TestCase("14", "ctx_big")]
    [TestCase("14", "range_local")]
    [TestCase("14", "range_taken")]
    [TestCase("14", "range_import")]
    [TestCase("14", "phi_branch")]
    [TestCase("14", "phi_kept")]
    [TestCase("14", "ret_opaque")]
    [TestCase("14", "ret_known")]
    [TestCase("14", "local_store")]
    [TestCase("14", "local_object")]
    [TestCase("14", "global_store")]
    [TestCase("14", "global_opaque")]
    [TestCase("14", "phi_loop")]
    [TestCase("14", "ret_object")]
    [TestCase("14", "ret_global")]
    [TestCase("14", "ret_lookup")]
    [TestCase("14", "local_field")]
    [TestCase("14", "ret_swap")]
    [TestCase("14", "ret_choice")]
    [TestCase("14", "phi_offset")]
    [TestCase("14", "phi_sum")]
    [TestCase("14", "local_paths")]
    [TestCase("14", "case_small")]
    [TestCase("14", "case_big")]
    [TestCase("14", "bound_small")]
    [TestCase("14", "bound_big")]
    [TestCase("14", "field_size")]
    [TestCase("14", "field_tag")]
    [TestCase("14", "site_fit")]
    [TestCase("14", "site_over")]
    [TestCase("14", "given_len")]
    [TestCase("14", "given_literal")]
    [TestCase("14", "given_escape")]
    [TestCase("14", "given_write")]
    [TestCase("14", "given_pointer")]
    [TestCase("14", "given_indirect")]
    [TestCase("14", "given_masked")]
    [TestCase("14", "given_many")]
    [TestCase("14", "given_pure")]
    [TestCase("14", "sized_given")]
    [TestCase("14", "sized_inlined")]
    [TestCase("14", "site_callback")]
    [TestCase("14", "site_choice")]
    [TestCase("14", "sized_wrapped")]
    [TestCase("14", "field_page")]
    [TestCase("22", "opaque_indirect")]
    [TestCase("22", "opaque_extern")]
    [TestCase("22", "inlined_write")]
    [TestCase("22", "and_flags")]
    [TestCase("22", "phi_late")]
    [TestCase("22", "ctx_args")]
    [TestCase("22", "ctx_big")]
    [TestCase("22", "range_local")]
    [TestCase("22", "range_taken")]
    [TestCase("22", "range_import")]
    [TestCase("22", "phi_branch")]
    [TestCase("22", "phi_kept")]
    [TestCase("22", "ret_opaque")]
    [TestCase("22", "ret_known")]
    [TestCase("22", "local_store")]
    [TestCase("22", "local_object")]
    [TestCase("22", "global_store")]
    [TestCase("22", "global_opaque")]
    [TestCase("22", "phi_loop")]
    [TestCase("22", "ret_object")]
    [TestCase("22", "ret_global")]
    [TestCase("22", "ret_lookup")]
    [TestCase("22", "local_field")]
    [TestCase("22", "ret_swap")]
    [TestCase("22", "ret_choice")]
    [TestCase("22", "phi_offset")]
    [TestCase("22", "phi_sum")]
    [TestCase("22", "local_paths")]
    [TestCase("22", "case_small")]
    [TestCase("22", "case_big")]
    [TestCase("22", "bound_small")]
    [TestCase("22", "bound_big")]
    [TestCase("22", "field_size")]
    [TestCase("22", "field_tag")]
    [TestCase("22", "site_fit")]
    [TestCase("22", "site_over")]
    [TestCase("22", "given_len")]
    [TestCase("22", "given_literal")]
    [TestCase("22", "given_escape")]
    [TestCase("22", "given_write")]
    [TestCase("22", "given_pointer")]
    [TestCase("22", "given_indirect")]
    [TestCase("22", "given_masked")]
    [TestCase("22", "given_many")]
    [TestCase("22", "given_pure")]
    [TestCase("22", "sized_given")]
    [TestCase("22", "sized_inlined")]
    [TestCase("22", "site_callback")]
    [TestCase("22", "site_choice")]
    [TestCase("22", "sized_wrapped")]
    [TestCase("22", "field_page")]
    [TestCase("14", "local_indirect")]
    [TestCase("22", "local_indirect")]
    [TestCase("14", "given_own")]
    [TestCase("22", "given_own")]
    [TestCase("14", "written_zero")]
    [TestCase("22", "written_zero")]
    [TestCase("14", "written_big")]
    [TestCase("22", "written_big")]
    [TestCase("14", "readonly_copy")]
    [TestCase("22", "readonly_copy")]
    [TestCase("14", "lowered_select")]
    [TestCase("22", "lowered_select")]
    [TestCase("14", "lowered_phi")]
    [TestCase("22", "lowered_phi")]
    public void Predicted_references_are_the_native_ones(string compiler, string module)
    {
        var refs = new ModuleAnalyzer().GetReferences(Folding(compiler, module + ".a"));
        var truth = File.ReadAllLines(Folding(compiler, module + ".truth")).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToList();
        var predicted = refs.References.Select(r => r.Symbol).Distinct().Order(StringComparer.Ordinal).ToList();
        if (module is not ("inlined_write" or "ret_known" or "local_store" or "global_store" or "ret_object" or "ret_global" or "local_field" or "phi_sum" or "field_tag" or "field_page" or
            "site_callback" or "site_choice" or "given_literal" or "given_escape" or "given_write" or "given_pointer" or "given_indirect" or
            "given_masked" or "given_many" or "given_pure" or "local_indirect" or "given_own" or "written_big" or "readonly_copy"))
        {
            Assert.That(predicted, Is.EqualTo(truth));
            return;
        }
        // not folded: the prediction keeps every branch (the backend's inlining, which picks one, is not simulated)
        Assert.That(truth, Is.SubsetOf(predicted), "nothing missed");
        Assert.That(predicted, Does.Contain(module.StartsWith("site_", StringComparison.Ordinal) ? "copy_overflow" : "kmalloc_large"));
    }

    /// <summary>The rule <see cref="BitcodeModuleSet.ReadsOpaqueWrite"/>: a load from a local variable after an opaque
    /// call was given its address reads an unknown value; after a call to a function a member defines, it does not; after
    /// an indirect call, only while its target stays unknown (the target is named: the pointer loaded from
    /// <c>size_hook</c>, or <c>fill_then_alloc</c>'s argument <c>fill</c>, which <c>local_indirect</c> makes a known function);
    /// after a function that only reads through some parameter (<c>strcpy</c>'s source), not: the store before it may be
    /// forwarded past it.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_load_after_an_opaque_write_is_not_a_source_of_constants(string compiler)
    {
        Assert.That(LoadsAfterWrites(compiler, "opaque_indirect"), Is.EqualTo(new[] { "unknown while Instruction is" }), "after an indirect call");
        Assert.That(LoadsAfterWrites(compiler, "opaque_extern"), Is.EqualTo(new[] { "unknown" }), "after a declared function, a block later");
        Assert.That(LoadsAfterWrites(compiler, "inlined_write"), Is.EqualTo(new[] { "may be known" }), "after set_big, which other.c defines");
        Assert.That(LoadsAfterWrites(compiler, "local_indirect", "local_lib", "fill_then_alloc"), Is.EqualTo(new[] { "unknown while Argument is" }),
            "after a call of an argument");
        Assert.That(LoadsAfterWrites(compiler, "readonly_copy", "readonly_lib"), Is.EqualTo(new[] { "may be known" }),
            "after strcpy, which only reads through its source (and note_tag, which readonly_lib.c defines)");
    }

    /// <summary>The constants each argument receives (<see cref="BitcodeModuleSet.ArgumentConstants"/>), which the
    /// walk folds a function once for each of (ModuleWalk's calling contexts): alloc_n gets 4 and 8 from ctx_args.c.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void The_constants_an_argument_receives_are_known(string compiler)
    {
        BitcodeModuleSet Set(string module) => BitcodeModuleSet.From(new[] { module, "ctx_lib" }
            .SelectMany(m => BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, m + ".o")), readFunctionBodies: true).Modules));
        Assert.That(Set("ctx_args").ArgumentConstants("alloc_n", 0), Is.EquivalentTo(new long[] { 4, 8 }));
        Assert.That(Set("ctx_big").ArgumentConstants("alloc_n", 0), Is.EquivalentTo(new long[] { 4, 1 << 16 }));
        Assert.That(Set("ctx_args").ArgumentConstants("ctx_args_a", 0), Is.Empty, "no such argument: none");
    }

    /// <summary>The rule <see cref="BitcodeModuleSet.ArgumentRanges"/> (IPSCCP in the backend): fill() receives 32 and
    /// 40, so its argument is [32, 40] when fill is local, its address is not taken, and no function another member may
    /// import calls it; not when its address is taken (range_taken) or range_lib.c names its caller (range_import).
    /// Only clang 14's fill still calls is.constant (clang 22 folded it before the link), and ranges are computed
    /// only for functions that fold.</summary>
    [Test]
    public void A_local_function_s_argument_has_the_range_of_what_its_calls_pass()
    {
        const string compiler = "14";
        Assert.That(Range(compiler, "range_local", "other"), Is.EqualTo(new BitcodeModuleSet.ArgumentRange(32, 40)));
        Assert.That(Range(compiler, "range_taken", "other"), Is.Null, "address taken");
        Assert.That(Range(compiler, "range_import", "range_lib"), Is.Null, "its caller may be imported by range_lib.c");
        Assert.That(Range(compiler, "range_import"), Is.EqualTo(new BitcodeModuleSet.ArgumentRange(32, 40)), "alone, nothing imports");
    }

    /// <summary>The range decides the comparison of fill's argument with 40 (clang 14's bitcode still holds it):
    /// the call of copy_overflow is dead with the range, live without it.</summary>
    [Test]
    public void A_comparison_the_range_decides_is_folded()
    {
        var modules = Members("14", "range_local", "other");
        var set = BitcodeModuleSet.From(modules);
        var m = modules[0];
        var fill = m.Functions!.Single(f => BitcodeModuleSet.NameOf(m, f) == "fill");
        var body = fill.Body!;
        int overflow = -1;
        for (int i = 0; i < body.Instructions.Length; i++)
            if (body.Instructions[i].Op == IrOp.Call && body.Operands[body.Instructions[i].First] is { Kind: IrValueKind.Global } c &&
                m.GlobalValues[c.Index].Name == "copy_overflow") overflow = i;
        Assert.That(overflow, Is.GreaterThanOrEqualTo(0), "a call of copy_overflow");
        var traits = FoldingTraitTable.Of(m.Globals);
        var scratch = new AnalysisScratch();
        // the argument is unstable (it may be constant in an inlined copy): only the range can decide
        Assert.That(ConstantFolding.Fold(body, m.Types, traits, v => v.Kind != IrValueKind.Argument, scratch, ranges: set.ArgumentRanges(m, fill)).Keeps(overflow), Is.False);
        Assert.That(ConstantFolding.Fold(body, m.Types, traits, v => v.Kind != IrValueKind.Argument, scratch).Keeps(overflow), Is.True);
    }

    /// <summary>A call's own context (ModuleWalk's calling contexts per call): read_words (site_lib.c) checks the object
    /// size of the buffer it is given against n words. Given the start of a 32-byte variable and 4, the check folds
    /// and copy_overflow goes; 16 bytes and an unknown n keep it; 16 bytes and 4 take the compile-time branch
    /// (bad_copy); with no object known (the out-of-line copy, <see cref="ConstantFolding.UnknownObject"/>) the object
    /// size is all ones, never smaller.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void An_object_size_per_call_decides_the_copy_check(string compiler)
    {
        var modules = Members(compiler, "site_lib");
        var m = modules[0];
        var body = m.Functions!.Single(f => BitcodeModuleSet.NameOf(m, f) == "read_words").Body!;
        int Call(string name) => Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Call &&
            body.Operands[body.Instructions[i].First] is { Kind: IrValueKind.Global } c && m.GlobalValues[c.Index].Name == name);
        int overflow = Call("copy_overflow"), bad = Call("bad_copy");
        var traits = FoldingTraitTable.Of(m.Globals);
        var scratch = new AnalysisScratch();
        // (the buffer's address unstable, as when a call gives it a variable: only the sizes decide)
        bool Keeps(int call, long? size, long? n) => ConstantFolding.Fold(body, m.Types, traits, v => v.Kind == IrValueKind.Argument && v.Index == 1,
            scratch, arguments: [null, n], objectSizes: [size, null]).Keeps(call);
        Assert.Multiple(() =>
        {
            Assert.That(Keeps(overflow, 32, 4), Is.False, "32 bytes, 4 words");
            Assert.That(Keeps(bad, 32, 4), Is.False);
            Assert.That(Keeps(overflow, 16, null), Is.True, "16 bytes, a count not known");
            Assert.That(Keeps(bad, 16, 4), Is.True, "16 bytes, 4 words: the compile-time branch");
            Assert.That(Keeps(overflow, ConstantFolding.UnknownObject, null), Is.False, "no object known");
            Assert.That(Keeps(bad, null, 4), Is.True, "no size given, the address unstable: undecided");
        });
    }

    /// <summary>What an <c>allocsize</c> function returns (<see cref="GlobalTraits.AllocSize"/>): its object size is never
    /// taken as unknown, even where every value is stable (fill_new's buffer, of a size its callers give), and a call
    /// that passes it makes the argument's object size one that may become known (fill_buf's, from sized_given).</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void An_allocation_of_a_size_LLVM_may_know_keeps_the_object_size_open(string compiler)
    {
        var modules = Members(compiler, "sized_given", "sized_lib");
        var set = BitcodeModuleSet.From(modules);
        var lib = modules[1];
        Assert.That(set.ObjectSizeMayBeKnown("fill_buf", 0), Is.True, "fill_buf's buffer, given alloc_sized(64)");
        Assert.That(set.ArgumentMayBeConstant("fill_buf", 0), Is.False, "its value no more than before");
        Assert.That(set.ObjectSizeMayBeKnown("fill_buf", 1), Is.False, "the count");
        var body = lib.Functions!.Single(f => BitcodeModuleSet.NameOf(lib, f) == "fill_new").Body!;
        int overflow = Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Call &&
            body.Operands[body.Instructions[i].First] is { Kind: IrValueKind.Global } c && lib.GlobalValues[c.Index].Name == "copy_overflow");
        var traits = FoldingTraitTable.Of(lib.Globals);
        Assert.That(traits[lib.GlobalValues.ToList().FindIndex(g => g.Name == "alloc_sized")] & GlobalTraits.AllocSize, Is.Not.EqualTo(GlobalTraits.None));
        Assert.That(ConstantFolding.Fold(body, lib.Types, traits, _ => true, new AnalysisScratch()).Keeps(overflow), Is.True,
            "fill_new's check stays, whatever is stable");
    }

    /// <summary>The rule <see cref="BitcodeModuleSet"/>'s LocalContents: a caller's variable given to a function another
    /// member defines brings what it holds at the call, by field. given_len's size was last written with read_count()'s
    /// value (a call not given the variable, whose address nothing captures, comes between): that field is not known,
    /// the others are (a literal, a cleared padding, the tag an argument no call makes constant is not). given_literal
    /// overwrites the size with a literal; given_escape's variable escapes before its size is set, and a call not
    /// given it writes it through the kept pointer: every byte stays known; given_pure's size is 10000 at its first call
    /// (a pure function given it in between leaves it so).</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_variable_given_on_brings_only_the_fields_it_holds_known(string compiler)
    {
        KnownBytes? Given(string module) => BitcodeModuleSet.From(Members(compiler, module, "given_lib")).ArgumentContents("alloc_pair", 0);
        Assert.Multiple(() =>
        {
            var len = Given("given_len");
            Assert.That(len, Is.Not.Null);
            Assert.That(len!.Overlaps(8, 8), Is.False, "the size, read_count()'s");
            Assert.That(len.Overlaps(0, 4), Is.False, "the tag, an argument no call makes constant");
            Assert.That(len.Overlaps(4, 4), Is.True, "the padding, cleared");
            Assert.That(Given("given_literal")!.Overlaps(8, 8), Is.True, "the size, overwritten with 10000");
            Assert.That(Given("given_escape")!.Overlaps(8, 8), Is.True, "the size, written through the kept address");
            Assert.That(Given("given_pure")!.Overlaps(8, 8), Is.True, "10000 when given: a pure function only reads it");
        });
    }

    /// <summary>One set serves the walks of several members at once (<see cref="BitcodeReferenceAnalysis.Linkage"/> is
    /// public): the ranges it computes on first use, under a lock, give every concurrent walk the sequential answer.</summary>
    [Test]
    public void Members_walked_at_once_get_the_sequential_answer()
    {
        var perMember = new[] { "range_local", "other" }
            .Select(m => BitcodeFile.Parse(File.ReadAllBytes(Folding("14", m + ".o")), BitcodeReferenceAnalysis.ReadOptions).Modules).ToList();
        string Answer(BitcodeModuleSet set, int i) => string.Join(",", BitcodeReferenceAnalysis.Linkage(perMember[i], null, set).Undefined);
        var expected = Enumerable.Range(0, perMember.Count).Select(i => Answer(BitcodeModuleSet.From(perMember.SelectMany(m => m)), i)).ToList();
        Assert.That(expected[0], Does.Not.Contain("copy_overflow"), "the range decides range_local's comparison");
        for (int round = 0; round < 20; round++)
        {
            var set = BitcodeModuleSet.From(perMember.SelectMany(m => m));
            var answers = new string[8];
            Parallel.For(0, answers.Length, i => answers[i] = Answer(set, i % perMember.Count));
            for (int i = 0; i < answers.Length; i++) Assert.That(answers[i], Is.EqualTo(expected[i % perMember.Count]));
        }
    }

    private static BitcodeModuleSet.ArgumentRange? Range(string compiler, params string[] members)
    {
        var modules = Members(compiler, members);
        var set = BitcodeModuleSet.From(modules);
        var fill = modules[0].Functions!.Single(f => BitcodeModuleSet.NameOf(modules[0], f) == "fill");
        return set.ArgumentRanges(modules[0], fill)?[0];
    }

    /// <summary>For each load from an alloca in the function <paramref name="function"/> (by default the case's, in the
    /// module joined with other.c): what <see cref="BitcodeModuleSet.ReadsOpaqueWrite"/> says of it.</summary>
    /// <summary>The rule <see cref="BitcodeModuleSet.LoadConstants"/>: what the load of <c>n</c> before
    /// <c>kmalloc(n + 4)</c> may read. written_zero's 0, or what query_size (written_lib.c) writes there: its 0 (the
    /// firmware's write names nothing); written_big's 0 or query_size_big's 10000; local_field's variable is
    /// uninitialised on the way back past init_pair (local_lib.c): not known. The outcomes of the test then fold
    /// <c>n + 4</c> as 4 (no kmalloc_large), or as 4 and 10004.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_load_from_a_variable_a_defined_function_was_given_reads_what_it_may_write(string compiler)
    {
        (IrValue[] Named, long[] Written)? Read(string module, string partner, out long[]? constants)
        {
            var modules = Members(compiler, module, partner);
            var set = BitcodeModuleSet.From(modules);
            var m = modules.Single(x => x.Functions!.Any(f => BitcodeModuleSet.NameOf(x, f) == module && f.Body is not null));
            var f = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == module);
            var body = f.Body!;
            var taint = set.Taint(m, f, body, new AnalysisScratch());
            int load = Enumerable.Range(0, body.Instructions.Length).Last(i => body.Instructions[i].Op == IrOp.Load && m.Types.IntegerWidth(body.Instructions[i].Type) == 64);
            constants = new PossibleConstants(body, m.Types, i => taint[i], _ => null, i => set.LoadConstants(m, f, body, i)).Of(new IrValue(IrValueKind.Instruction, load));
            return set.LoadConstants(m, f, body, load);
        }
        var zero = Read("written_zero", "written_lib", out var zeroConstants);
        Assert.That(zero, Is.Not.Null);
        Assert.That(zero!.Value.Named.Select(v => (v.Kind, v.Int)), Is.EqualTo(new[] { (IrValueKind.Int, 0L) }), "the caller's own 0");
        Assert.That(zero.Value.Written, Is.EqualTo(new[] { 0L }), "query_size's 0; the firmware's write adds nothing");
        Assert.That(zeroConstants, Is.EqualTo(new[] { 0L }));
        var big = Read("written_big", "written_lib", out var bigConstants);
        Assert.That(big!.Value.Written, Is.EqualTo(new[] { 10000L }));
        Assert.That(bigConstants, Is.EqualTo(new[] { 0L, 10000L }));
        Assert.That(Read("local_field", "local_lib", out var fieldConstants), Is.Null, "uninitialised before init_pair");
        Assert.That(fieldConstants, Is.Null);
    }

    private static string[] LoadsAfterWrites(string compiler, string module, string partner = "other", string? function = null)
    {
        var modules = Members(compiler, module, partner);
        var set = BitcodeModuleSet.From(modules);
        var m = modules.Single(x => x.Functions!.Any(f => BitcodeModuleSet.NameOf(x, f) == (function ?? module) && f.Body is not null));
        var body = m.Functions!.Single(f => BitcodeModuleSet.NameOf(m, f) == (function ?? module)).Body!;
        var traits = set.InliningTraitsFor(m);
        var result = new List<string>();
        for (int i = 0; i < body.Instructions.Length; i++)
        {
            var inst = body.Instructions[i];
            if (inst.Op != IrOp.Load) continue;
            var address = body.Operands[inst.First];
            if (address.Kind == IrValueKind.Instruction && body.Instructions[address.Index].Op == IrOp.Alloca)
                result.Add(!BitcodeModuleSet.ReadsOpaqueWrite(body, i, address.Index, traits, out var target) ? "may be known"
                    : target.Kind == IrValueKind.Other ? "unknown" : $"unknown while {target.Kind} is");
        }
        return [.. result];
    }

    /// <summary>The rule behind <c>phi_late</c> (ConstantFolding.Lower): <c>is.constant</c> of a phi that
    /// propagation first saw constant is decided only once the phi has settled, as not constant.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void Is_constant_of_a_phi_is_decided_once_the_phi_settles(string compiler)
    {
        var modules = BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, "phi_late.o")), readFunctionBodies: true).Modules;
        var m = modules.Single();
        var body = m.Functions!.Single(f => BitcodeModuleSet.NameOf(m, f) == "phi_late").Body!;
        var fold = ConstantFolding.Fold(body, m.Types, FoldingTraitTable.Of(m.Globals), _ => true, new AnalysisScratch());
        int test = -1;
        for (int i = 0; i < body.Instructions.Length; i++)
            if (body.Instructions[i].Op == IrOp.Call && body.Operands[body.Instructions[i].First] is { Kind: IrValueKind.Global } c &&
                m.GlobalValues[c.Index].Name.StartsWith("llvm.is.constant.", StringComparison.Ordinal)) test = i;
        Assert.That(test, Is.GreaterThanOrEqualTo(0), "an is.constant call");
        Assert.That(fold.IsConstant(test, out long value) ? value : (long?)null, Is.EqualTo(0L));
    }

    /// <summary>The rule <see cref="BitcodeModuleSet.ControlTaint"/>: phi_branch's size, a phi of 10000 and an external
    /// call's result picked by a branch on an argument phi_use.c passes 1, is tainted (the inlined copy decides the
    /// branch); phi_kept's, a phi of 256 and a loaded count picked by a branch on that count, is not, though both its
    /// values are untainted alone.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_phi_is_as_constant_as_the_branches_that_pick_its_edge(string compiler)
    {
        Assert.That(PhiTaint(compiler, "phi_branch", "phi_use"), Is.EqualTo(new[] { true }));
        Assert.That(PhiTaint(compiler, "phi_kept", "other"), Is.EqualTo(new[] { false }));
    }

    /// <summary>The return summaries (<see cref="GlobalTraits.ReturnsOpaque"/>): ret_lib.c's size_of returns only what an
    /// external function returns, and a call to it is no source of taint where the backend inlines it; size_or_big
    /// returns 20000 on one path, and is.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_function_that_returns_only_unknown_values_is_no_source_of_constants(string compiler)
    {
        var modules = Members(compiler, "ret_opaque", "ret_lib");
        var set = BitcodeModuleSet.From(modules);
        GlobalTraits TraitsOf(string name) =>
            modules.Select(m => (m, i: m.GlobalValues.ToList().FindIndex(g => g.Name == name)))
                .Where(x => x.i >= 0).Select(x => set.InliningTraitsFor(x.m)[x.i]).Aggregate((a, b) => a & b);
        Assert.That(TraitsOf("size_of") & GlobalTraits.ReturnsOpaque, Is.EqualTo(GlobalTraits.ReturnsOpaque), "size_of");
        Assert.That(TraitsOf("size_or_big") & GlobalTraits.ReturnsOpaque, Is.EqualTo(GlobalTraits.None), "size_or_big");
        // ret_opaque's size, the result of size_of(), is untainted: is.constant of it folds to false
        var m = modules[0];
        var f = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == "ret_opaque");
        var body = f.Body!;
        var taint = set.Taint(m, f, body, new AnalysisScratch());
        int call = Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Call &&
            body.Operands[body.Instructions[i].First] is { Kind: IrValueKind.Global } c && m.GlobalValues[c.Index].Name == "size_of");
        Assert.That(taint[call], Is.False, "the call of size_of");
    }

    /// <summary>The contents rule (<see cref="BitcodeModuleSet.LoadRule"/>) and its return-contents summaries: find_cfg
    /// returns a pointer it reads from its table (argument 0), indexed by argument 1; pick_cfg returns argument 0;
    /// make_cfg stores 10000 in what it returns, so what its result points to may be known whatever the call. In each
    /// case, the load of the size through the call's result is tainted exactly when the summary and what the call
    /// passes say so: not for ret_lookup's opaque table and literal index, yes for ret_global's global and
    /// ret_object's store.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_load_through_a_call_result_is_as_known_as_what_it_points_to(string compiler)
    {
        foreach (var (module, function, expected) in new[] { ("ret_lookup", "find_cfg", 3UL), ("ret_global", "pick_cfg", 1UL),
                     ("ret_object", "make_cfg", BitcodeModuleSet.ContentsAlways) })
        {
            var modules = Members(compiler, module, "ret_lib");
            var set = BitcodeModuleSet.From(modules);
            var m = modules[0];
            int g = m.GlobalValues.ToList().FindIndex(x => x.Name == function);
            Assert.That(set.ReturnContentsOf(m)[g].Any, Is.EqualTo(expected), $"{function}'s summary");
            // the load through the call's result: the only load of the case's function
            var f = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == module);
            var body = f.Body!;
            var taint = set.Taint(m, f, body, new AnalysisScratch());
            int load = Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Load);
            Assert.That(taint[load], Is.EqualTo(module != "ret_lookup"), $"{module}: the load of the size");
        }
    }

    /// <summary>The return-contents summary by field (<see cref="ReturnContents"/>): make_pair stores the literal 3 in the
    /// tag (bytes 0..3) and its argument in the size (bytes 8..15) of the object it returns, so a load of the size is as
    /// known as what the call passes (field_size: an argument no call makes constant, untainted) and one of the tag is
    /// known whatever it passes (field_tag, tainted).</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_constructor_summary_keeps_its_fields_apart(string compiler)
    {
        foreach (var (module, tainted) in new[] { ("field_size", false), ("field_tag", true) })
        {
            var modules = Members(compiler, module, "field_lib");
            var set = BitcodeModuleSet.From(modules);
            var m = modules[0];
            var summary = set.ReturnContentsOf(m)[m.GlobalValues.ToList().FindIndex(x => x.Name == "make_pair")];
            Assert.That(summary.Anywhere, Is.EqualTo(0UL), "no byte known whatever the call passes");
            Assert.That(summary.Fields, Is.EquivalentTo(new[]
            {
                new ReturnContents.Field(0, 4, BitcodeModuleSet.ContentsAlways), new ReturnContents.Field(8, 8, 1UL),
            }), "the tag's literal, the size's argument");
            Assert.That(summary.At(8, 8), Is.EqualTo(1UL));
            Assert.That(summary.At(0, 4), Is.EqualTo(BitcodeModuleSet.ContentsAlways));
            Assert.That(summary.At(null, 0), Is.EqualTo(BitcodeModuleSet.ContentsAlways), "an unknown offset reads any field");
            var f = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == module);
            var body = f.Body!;
            var taint = set.Taint(m, f, body, new AnalysisScratch());
            int load = Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Load);
            Assert.That(taint[load], Is.EqualTo(tainted), $"{module}: the load through make_pair's result");
        }
    }

    /// <summary>The summaries see which object a write is through (<c>BitcodeModuleSet.ReturnedObjects</c>): swap_cfg
    /// stores 10000 through the pointer it is given and returns an external function's, so what its result points to
    /// holds nothing known (summary 0) and ret_swap's load is untainted; make_cfg stores through what it returns.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_store_through_another_object_is_not_in_what_a_function_returns(string compiler)
    {
        var (set, m, body, f) = Load(compiler, "ret_swap", "ret_lib");
        Assert.That(set.ReturnContentsOf(m)[m.GlobalValues.ToList().FindIndex(x => x.Name == "swap_cfg")].Any, Is.EqualTo(0UL), "swap_cfg's summary");
        var taint = set.Taint(m, f, body, new AnalysisScratch());
        Assert.That(taint[Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Load)], Is.False);
    }

    /// <summary>The contents rule looks through phis and selects of pointers (<see cref="BitcodeModuleSet.AddressRule"/>):
    /// ret_choice's size is loaded through one of two results of find_cfg, each from a table nothing knows: the load
    /// names the table arguments (untainted) and is untainted; a phi with a global's address among its values would
    /// taint it.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_load_through_a_choice_of_pointers_is_as_known_as_each_of_them(string compiler)
    {
        var (set, m, body, f) = Load(compiler, "ret_choice", "ret_lib");
        var taint = set.Taint(m, f, body, new AnalysisScratch());
        int load = Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Load);
        Assert.That(taint[load], Is.False, "the load of the size");
        Span<IrValue> values = stackalloc IrValue[BitcodeModuleSet.MaxLoadDependencies];
        var rule = BitcodeModuleSet.LoadRule(body, load, set.InliningTraitsFor(m), set.ReturnContentsOf(m), true, null, set.SizesOf(m), values, out _);
        Assert.That(rule, Is.EqualTo(BitcodeModuleSet.LoadDependence.Values), "through the choice, each call's summary");
    }

    /// <summary>The rule <see cref="BitcodeModuleSet.LoadIsSource"/> for any field of a local variable: local_field loads
    /// the size from the second field of a struct init_pair (local_lib.c) fills; the load is a source of taint.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_load_of_a_local_variable_s_field_may_read_a_constant(string compiler)
    {
        var (set, m, body, _) = Load(compiler, "local_field", "local_lib");
        int load = Enumerable.Range(0, body.Instructions.Length).Single(i => body.Instructions[i].Op == IrOp.Load);
        Assert.That(body.Instructions[body.Operands[body.Instructions[load].First].Index].Op, Is.Not.EqualTo(IrOp.Alloca), "through an element pointer");
        Assert.That(BitcodeModuleSet.LoadIsSource(body, load, set.InliningTraitsFor(m)), Is.True);
    }

    /// <summary>The rule <see cref="BitcodeModuleSet.LocalRule"/>: local_paths loads the size where two paths meet; one
    /// ends at an external function given the variable, the other at a store of those very bytes, of what another
    /// external function wrote: the load names that one value, which is untainted. local_field's load reaches
    /// init_pair, defined by a member: tainted.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_load_from_a_local_variable_reads_what_every_path_stored_there(string compiler)
    {
        var values = new IrValue[BitcodeModuleSet.MaxLoadDependencies];
        foreach (var (module, expected) in new[] { ("local_paths", BitcodeModuleSet.LoadDependence.Values), ("local_field", BitcodeModuleSet.LoadDependence.Tainted) })
        {
            var (set, m, body, f) = Load(compiler, module, "local_lib");
            int load = Enumerable.Range(0, body.Instructions.Length).Last(i => body.Instructions[i].Op == IrOp.Load);
            var rule = BitcodeModuleSet.LoadRule(body, load, set.InliningTraitsFor(m), set.ReturnContentsOf(m), true, null, set.SizesOf(m), values, out int count);
            Assert.That(rule, Is.EqualTo(expected), module);
            if (expected != BitcodeModuleSet.LoadDependence.Values) continue;
            Assert.That(count, Is.EqualTo(1), "the value stored on the second path");
            Assert.That(body.Instructions[values[0].Index].Op, Is.EqualTo(IrOp.Load));
            Assert.That(set.Taint(m, f, body, new AnalysisScratch())[load], Is.False);
        }
    }

    /// <summary>LocalRule matches a store to a load by the bytes each touches (<c>BitcodeModuleSet.StoredBytes</c>), so
    /// every store must know them: clang 14's typed pointers store a function's address (INIT_WORK's handler in
    /// virtio_blk's probe) with no type beside the value: a pointer's bytes.</summary>
    [Test]
    public void Every_store_knows_the_bytes_it_writes()
    {
        var path = Path.Combine(TestPaths.RequireCorpus("lto-arm64"), "virtio_blk", "members", "drivers", "block", "virtio_blk.o");
        var m = BitcodeFile.Parse(File.ReadAllBytes(path), readFunctionBodies: true).Modules.Single();
        var sizes = new TypeSizes(m.DataLayout, m.Types);
        int stores = 0, globals = 0;
        foreach (var f in m.Functions!)
        {
            if (f.Body is not { } body) continue;
            foreach (var inst in body.Instructions)
            {
                if (inst.Op != IrOp.Store) continue;
                stores++;
                if (body.Operands[inst.First + 1].Kind == IrValueKind.Global) globals++;
                Assert.That(BitcodeModuleSet.StoredBytes(body, inst, sizes), Is.GreaterThan(0UL), $"a store in {BitcodeModuleSet.NameOf(m, f)}");
            }
        }
        Assert.That(globals, Is.GreaterThan(0), "some store writes a global's address");
        Assert.That(stores, Is.GreaterThan(globals));
    }

    /// <summary>The rule <see cref="BitcodeModuleSet.CarriesNoTaint"/>: phi_offset's size is a loaded length minus a
    /// choice of 24 and 0, and the difference is untainted (is.constant of it folds to false); phi_sum's is an argument
    /// other.c passes 10000 plus a choice of 24 and 0, and stays tainted through that argument.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_sum_with_a_choice_of_literals_is_as_constant_as_its_other_operand(string compiler)
    {
        foreach (var (module, partner, tainted) in new[] { ("phi_offset", "other", false), ("phi_sum", "sum_use", true) })
        {
            var (set, m, body, f) = Load(compiler, module, partner);
            var taint = set.Taint(m, f, body, new AnalysisScratch());
            var sums = Enumerable.Range(0, body.Instructions.Length).Where(i => body.Instructions[i].Op == IrOp.Binary &&
                (BitcodeModuleSet.CarriesNoTaint(body, body.Instructions[i], 0) || BitcodeModuleSet.CarriesNoTaint(body, body.Instructions[i], 1))).ToList();
            Assert.That(sums, Is.Not.Empty, $"{module}: a sum with a choice of literals");
            Assert.That(sums.Select(i => taint[i]), Is.All.EqualTo(tainted), module);
        }
    }

    private static (BitcodeModuleSet Set, BitcodeModule Module, IrBody Body, IrFunction Function) Load(string compiler, string module, string partner)
    {
        var modules = new[] { module, partner }
            .SelectMany(x => BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, x + ".o")), readFunctionBodies: true).Modules).ToList();
        var set = BitcodeModuleSet.From(modules);
        var m = modules[0];
        var f = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == module);
        return (set, m, f.Body!, f);
    }

    /// <summary>The rule <c>BitcodeModuleSet.IsLocalAddress</c>: an argument that receives a local variable's address may
    /// become constant (where the backend inlines the function, its object size is known and the caller's stores reach
    /// its loads): alloc_cfg's and copy_into's first arguments (local_lib.c), each given one by its caller.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void An_argument_given_a_local_variable_s_address_may_become_constant(string compiler)
    {
        BitcodeModuleSet Set(string module) => BitcodeModuleSet.From(new[] { module, "local_lib" }
            .SelectMany(m => BitcodeFile.Parse(File.ReadAllBytes(Folding(compiler, m + ".o")), readFunctionBodies: true).Modules));
        Assert.That(Set("local_store").ArgumentMayBeConstant("alloc_cfg", 0), Is.True, "alloc_cfg(&c)");
        Assert.That(Set("local_object").ArgumentMayBeConstant("copy_into", 0), Is.True, "copy_into(buf, ...)");
        Assert.That(Set("local_object").ArgumentMayBeConstant("copy_into", 1), Is.False, "get_len() is an external call's result");
        Assert.That(Set("local_object").ArgumentConstants("copy_into", 0), Is.Null, "an address: no integer constants");
    }

    /// <summary>The rule <see cref="GlobalTraits.Stored"/>: g_size (global_lib.c) is stored 10000 by global_store, so a load
    /// of it may read a constant where the backend inlines alloc_g after the store; global_opaque stores only what an
    /// external function returns, which leaves the load stable.</summary>
    [TestCase("14")]
    [TestCase("22")]
    public void A_load_of_a_global_some_member_stores_to_may_become_constant(string compiler)
    {
        GlobalTraits TraitsOfSize(string module)
        {
            var modules = Members(compiler, module, "global_lib");
            var set = BitcodeModuleSet.From(modules);
            var lib = modules[1];
            return set.InliningTraitsFor(lib)[lib.GlobalValues.ToList().FindIndex(g => g.Name == "g_size")];
        }
        Assert.That(TraitsOfSize("global_store") & GlobalTraits.Stored, Is.EqualTo(GlobalTraits.Stored), "g_size = 10000");
        Assert.That(TraitsOfSize("global_opaque") & GlobalTraits.Stored, Is.EqualTo(GlobalTraits.None), "g_size = read_count()");
    }

    /// <summary>The taint of each phi with an integer constant among its incoming values in the case's function.</summary>
    private static bool[] PhiTaint(string compiler, string module, string partner)
    {
        var modules = Members(compiler, module, partner);
        var set = BitcodeModuleSet.From(modules);
        var m = modules[0];
        var f = m.Functions!.Single(x => BitcodeModuleSet.NameOf(m, x) == module);
        var body = f.Body!;
        var taint = set.Taint(m, f, body, new AnalysisScratch());
        var onDemand = set.TaintOf(m, f, body, new AnalysisScratch());
        var result = new List<bool>();
        for (int i = 0; i < body.Instructions.Length; i++)
        {
            var inst = body.Instructions[i];
            if (inst.Op != IrOp.Phi) continue;
            bool constant = false;
            for (int k = 0; k < inst.Count; k += 2) constant |= body.Operands[inst.First + k].Kind == IrValueKind.Int;
            if (!constant) continue;
            Assert.That(onDemand.IsTainted(i), Is.EqualTo(taint[i]), "on demand as the passes");
            result.Add(taint[i]);
        }
        return [.. result];
    }

    /// <summary>The reader rule behind <c>and_flags</c>: a comparison's result is <c>i1</c>, so an operation on it (here
    /// clang 14's <c>and i1 (icmp ne i32 len, 0), is.constant</c>) has a type, and folding can read it.</summary>
    [Test]
    public void An_operation_on_a_comparison_has_the_type_i1()
    {
        var m = BitcodeFile.Parse(File.ReadAllBytes(Folding("14", "and_flags.o")), readFunctionBodies: true).Modules.Single();
        var body = m.Functions!.Single(f => BitcodeModuleSet.NameOf(m, f) == "and_flags").Body!;
        var and = body.Instructions.ToArray().Single(i => i.Op == IrOp.Binary);
        var first = body.Operands[and.First];
        Assert.That(first.Kind == IrValueKind.Instruction && body.Instructions[first.Index].Op == IrOp.Cmp, Is.True, "clang 14 puts the comparison first");
        Assert.That(m.Types.Get((ulong)and.Type), Is.Not.Null);
        Assert.That(m.Types.Get((ulong)and.Type)!.Kind, Is.EqualTo(IrTypeKind.Integer));
        Assert.That(m.Types.Get((ulong)and.Type)!.Width, Is.EqualTo(1UL));
    }
}
