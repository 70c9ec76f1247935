using KsymTrim.InlineAsm;

namespace KsymTrim.Tests.InlineAsm;

/// <summary>The asm result cache key: constants that cannot change what a scan finds are one placeholder, and only they.</summary>
public class InlineAsmCacheKeyTests
{
    private const string X86Clobbers = "~{dirflag},~{fpsr},~{flags}";

    // The x86 bug table entry (Linux 6.1 _BUG_FLAGS): file, line, flags and size land in data that names no symbol.
    private const string Bug =
        "1:\t.byte 0x0f, 0x0b\n.pushsection __bug_table,\"aw\"\n2:\t.long 1b - .\t# bug_entry::bug_addr\n" +
        "\t.long ${0:c} - .\t# bug_entry::file\n\t.word ${1:c}\t# bug_entry::line\n\t.word ${2:c}\t# bug_entry::flags\n" +
        "\t.org 2b+${3:c}\n.popsection";

    private static AsmOperand[] Key(string asm, string constraints, params AsmOperand[] args) =>
        InlineAsmTemplate.For(AsmDialect.X86, asm, constraints).CacheKey(args);

    [Test]
    public void Bug_table_line_flags_and_size_share_one_key_and_one_result()
    {
        string constraints = "i,i,i,i," + X86Clobbers;
        var a = new[] { AsmOperand.Global("file"), AsmOperand.Constant(12), AsmOperand.Constant(2305), AsmOperand.Constant(12) };
        var b = new[] { AsmOperand.Global("file"), AsmOperand.Constant(-7), AsmOperand.Constant(0), AsmOperand.Constant(12) };
        var ka = Key(Bug, constraints, a);
        var kb = Key(Bug, constraints, b);
        Assert.That(ka, Is.EqualTo(kb));
        Assert.That(ka[0], Is.EqualTo(a[0]), "the file symbol is evidence, so it stays in the key");
        var ra = InlineAsmReferences.Collect(Bug, constraints, a, AsmDialect.X86);
        var rb = InlineAsmReferences.Collect(Bug, constraints, b, AsmDialect.X86);
        Assert.That(rb, Is.EqualTo(ra));
        Assert.That(ra.Select(r => r.Symbol), Is.EqualTo(new[] { "file" }));
    }

    [Test]
    public void A_constant_glued_into_a_name_keeps_its_value()
    {
        string constraints = "={cx},={rsp},0,{rax},i,{rsp},~{ebx}," + X86Clobbers;
        var args = new[] { AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Constant(8), AsmOperand.Unknown };
        Assert.That(Key("call __put_user_${4:P}", constraints, args), Is.SameAs(args));
    }

    [Test]
    public void A_constant_in_a_statement_that_names_a_symbol_keeps_its_value()
    {
        // ".quad key + 1": the branch constant is part of the evidence for key.
        string asm = "1:jmp ${2:l}\n.pushsection __jump_table, \"aw\"\n.balign 8\n.long 1b - .\n.long ${2:l} - .\n.quad ${0:c} + ${1:c}\n.popsection";
        var args = new[] { AsmOperand.Global("key"), AsmOperand.Constant(1), AsmOperand.Unknown };
        Assert.That(Key(asm, "i,i,i," + X86Clobbers, args), Is.SameAs(args));
    }

    [Test]
    public void A_constant_a_condition_could_read_keeps_its_value()
    {
        string asm = ".word ${0:c}\n.if 1\ncall foo\n.endif";
        var args = new[] { AsmOperand.Constant(3) };
        Assert.That(Key(asm, "i," + X86Clobbers, args), Is.SameAs(args));
    }
}
