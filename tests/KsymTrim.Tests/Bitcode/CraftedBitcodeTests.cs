using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using Writer = KsymTrim.Tests.Support.BitstreamWriter;

namespace KsymTrim.Tests.Bitcode;

/// <summary>Hand-made bitcode for records no compiler writes but a hostile file can (found by review).</summary>
public class CraftedBitcodeTests
{
    // Types: 0 = void, 1 = void (), 2 = ptr. One function "f" of type 1, defined.
    private static void Prelude(Writer w)
    {
        w.Enter(17); w.Rec(1, 3); w.Rec(2); w.Rec(21, 0, 0); w.Rec(25, 0); w.End();
        w.Rec(8, 0, 1, 1, 0, 0, 0);
    }

    [Test]
    public void A_call_to_itself_is_read()
    {
        var bytes = Writer.Module(w =>
        {
            Prelude(w);
            w.Enter(12); w.Rec(1, 1); w.Rec(34, 0, 1UL << 15, 1, 1); w.Rec(10); w.End();
        });
        var fn = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules.Single().Functions!.Single();
        Assert.That(fn.Calls.Single().Callee, Is.EqualTo(CalleeKind.Global));
        Assert.That(fn.Calls.Single().CalleeGlobal, Is.EqualTo(0));
    }

    [Test]
    public void Module_level_inline_asm_can_be_called()
    {
        // Module CONSTANTS: SETTYPE ptr, INLINEASM [fnty 1, flags 0, "" , ""] is value 1; the call names it.
        var bytes = Writer.Module(w =>
        {
            Prelude(w);
            w.Enter(11); w.Rec(1, 2); w.Rec(30, 1, 0, 0, 0); w.End();
            w.Enter(12); w.Rec(1, 1); w.Rec(34, 0, 1UL << 15, 1, 1); w.Rec(10); w.End();
        });
        var call = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules.Single().Functions!.Single().Calls.Single();
        Assert.That(call.Callee, Is.EqualTo(CalleeKind.InlineAsm));
        Assert.That(call.Asm!.Asm, Is.Empty);
    }

    [TestCase(0UL)]
    [TestCase(1UL << 15)]
    public void A_callbr_with_a_huge_indirect_count_is_refused(ulong cc)
    {
        var bytes = Writer.Module(w =>
        {
            Prelude(w);
            w.Enter(12); w.Rec(1, 1); w.Rec(57, 0, cc, 0, 0x7fffffff, 1, 1); w.Rec(10); w.End();
        });
        Assert.Throws<KsymFormatException>(() => BitcodeFile.Parse(bytes, readFunctionBodies: true));
    }

    [Test]
    public void Module_asm_the_reader_cannot_expand_fails_closed_in_the_analysis()
    {
        // MODULE_CODE_ASM ".if undefined_sym": nm refuses it (KT0004); the used-set analysis must too, with the same
        // exception type, not an internal error.
        var asm = ".if undefined_sym\n.endif".Select(c => (ulong)c).ToArray();
        var bytes = Writer.Module(w => { w.Rec(4, asm); Prelude(w); w.Enter(12); w.Rec(1, 1); w.Rec(10); w.End(); });
        var modules = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules;
        var e = Assert.Throws<KsymFormatException>(() =>
            KsymTrim.Analysis.BitcodeReferenceAnalysis.Linkage(modules, null, KsymTrim.Analysis.BitcodeModuleSet.From(modules)));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.Unsupported));
    }

    [Test]
    public void A_function_with_an_unknown_record_is_analysed_conservatively()
    {
        var bytes = Writer.Module(w =>
        {
            Prelude(w);
            w.Enter(12); w.Rec(1, 1); w.Rec(34, 0, 1UL << 15, 1, 1); w.Rec(250, 1, 2, 3); w.Rec(10); w.End();
        });
        var modules = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules;
        var fn = modules.Single().Functions!.Single();
        Assert.That(fn.IsComplete, Is.False);
        Assert.That(fn.Body, Is.Null);
        var linkage = KsymTrim.Analysis.BitcodeReferenceAnalysis.Linkage(modules, null, KsymTrim.Analysis.BitcodeModuleSet.From(modules));
        Assert.That(linkage.Undefined, Is.Empty); // f calls itself: its own name is no reference
    }

    [Test]
    public void An_incomplete_function_still_lowers_the_instructions_read_before_the_unknown_record()
    {
        // i386, where a 64-bit udiv is a call to __udivdi3. Types: void, void(), ptr, i64. The body: a constant
        // i64 7 (value 1), BINOP udiv [rel 1, rel 1, opcode 3], then a record no LLVM writes, then ret.
        var triple = "i386-unknown-linux-gnu".Select(c => (ulong)c).ToArray();
        var bytes = Writer.Module(w =>
        {
            w.Rec(2, triple);
            w.Enter(17); w.Rec(1, 4); w.Rec(2); w.Rec(21, 0, 0); w.Rec(25, 0); w.Rec(7, 64); w.End();
            w.Rec(8, 0, 1, 1, 0, 0, 0);
            w.Enter(12); w.Rec(1, 1);
            w.Enter(11); w.Rec(1, 3); w.Rec(4, 14); w.End();
            w.Rec(2, 1, 1, 3); w.Rec(250, 1, 2, 3); w.Rec(10); w.End();
        });
        var modules = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules;
        var fn = modules.Single().Functions!.Single();
        Assert.That(fn.IsComplete, Is.False);
        Assert.That(fn.PartialInstructions.Select(i => i.Op), Is.EqualTo(new[] { IrOp.Binary }));
        var linkage = KsymTrim.Analysis.BitcodeReferenceAnalysis.Linkage(modules, null, KsymTrim.Analysis.BitcodeModuleSet.From(modules));
        Assert.That(linkage.Undefined, Does.Contain("__udivdi3"));
    }

    [Test]
    public void A_body_with_a_va_arg_records_its_va_list_operand()
    {
        // The va_list pointer is recorded as a use (StackProtector counts va_arg as taking its address), so the body
        // has no unrecorded operand.
        // VAARG [valistty 2, valist (relative 1 = the argument-less function has none: use value 0, the function), instty 2]
        var bytes = Writer.Module(w =>
        {
            Prelude(w);
            w.Enter(12); w.Rec(1, 1); w.Rec(23, 2, 1, 2); w.Rec(10); w.End();
        });
        var fn = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules.Single().Functions!.Single();
        Assert.That(fn.IsComplete, Is.True);
        Assert.That(fn.Body!.HasUnrecordedOperands, Is.False);
    }
}
