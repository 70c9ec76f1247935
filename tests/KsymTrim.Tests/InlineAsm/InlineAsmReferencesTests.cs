using KsymTrim.InlineAsm;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.InlineAsm;

/// <summary>Function-level inline asm: operand substitution, register choice and the symbols the assembled text references.</summary>
public class InlineAsmReferencesTests
{
    private const string X86Clobbers = "~{dirflag},~{fpsr},~{flags}";

    private static readonly string[] Gpr64 =
        ["rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];

    private static List<string> Symbols(string asm, string constraints, AsmDialect dialect, params AsmOperand[] args) =>
        InlineAsmReferences.Collect(asm, constraints, args, dialect).Select(r => r.Symbol).ToList();

    private static List<string> X86(string asm, string constraints, params AsmOperand[] args) => Symbols(asm, constraints, AsmDialect.X86, args);

    private static string Snippet(string asm, string constraints, AsmDialect dialect, string symbol, params AsmOperand[] args) =>
        InlineAsmReferences.Collect(asm, constraints, args, dialect).Single(r => r.Symbol == symbol).Snippet;

    private static IEnumerable<string> Thunks(IEnumerable<string> registers) => registers.Select(r => "__x86_indirect_thunk_" + r);

    // ---- the kernel's own asm (Linux 6.1, from the corpus)

    private const string CallNospecPrefix =
        "push $2; popf; .irp rs,r8,r9,r10,r11,r12,r13,r14,r15\n.ifc \\rs,${N:V}\n.byte 0x2e\n.endif\n.endr\ncall __x86_indirect_thunk_${N:V}\n";

    /// <summary>Inline asm that switches to Intel syntax (as bcachefs' does): its registers, sizes and <c>ptr</c> are
    /// no symbols; the call and the memory operand's symbol are.</summary>
    [Test]
    public void Intel_syntax_inline_asm_names_only_its_symbols()
    {
        var s = X86(".intel_syntax noprefix\n\tmov rax, qword ptr [rip + lookup_table]\n\tcall bch_helper\n\tadd rax, rdx\n\t.att_syntax prefix",
            "~{dirflag},~{fpsr},~{flags}");
        Assert.That(s, Is.EquivalentTo(new[] { "lookup_table", "bch_helper" }));
    }

    [Test]
    public void Retpoline_call_through_a_fixed_output_register_names_exactly_that_thunk()
    {
        string asm = CallNospecPrefix.Replace("N", "3", StringComparison.Ordinal) + " ; pushf; pop $2\n";
        var s = X86(asm, "={ax},={dx},={di},={si},={rsp},{cx},0,1,2,3,{rsp}," + X86Clobbers,
            AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Unknown);
        Assert.That(s, Is.EqualTo(new[] { "__x86_indirect_thunk_rsi" }));
    }

    [Test]
    public void Retpoline_call_through_a_class_register_names_every_register_the_allocator_may_choose()
    {
        string asm = CallNospecPrefix.Replace("N", "1", StringComparison.Ordinal);
        var s = X86(asm, "={ax},r,r," + X86Clobbers, AsmOperand.Unknown, AsmOperand.Unknown);
        // rsp is reserved; rax is allowed: an output that is not earlyclobber may share a register with an input.
        Assert.That(s, Is.EquivalentTo(Thunks(Gpr64)));
        var snippet = Snippet(asm, "={ax},r,r," + X86Clobbers, AsmDialect.X86, "__x86_indirect_thunk_r11", AsmOperand.Unknown, AsmOperand.Unknown);
        Assert.That(snippet, Is.EqualTo("call __x86_indirect_thunk_r11"));
    }

    [Test]
    public void Get_user_and_put_user_take_their_size_from_a_constant_operand()
    {
        Assert.That(X86("call __get_user_${4:P}", "={ax},={rdx},={rsp},0,i,{rsp}," + X86Clobbers,
            AsmOperand.Unknown, AsmOperand.Constant(8), AsmOperand.Unknown), Is.EqualTo(new[] { "__get_user_8" }));
        Assert.That(X86("call __put_user_${4:P}", "={cx},={rsp},0,{rax},i,{rsp},~{ebx}," + X86Clobbers,
            AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Constant(4), AsmOperand.Unknown), Is.EqualTo(new[] { "__put_user_4" }));
    }

    [Test]
    public void Alternatives_report_the_call_and_not_the_section_bookkeeping()
    {
        const string asm = "# ALT: oldnstr\n661:\n\tcall __sw_hweight32\n662:\n# ALT: padding\n" +
            ".skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)),0x90\n663:\n" +
            ".pushsection .altinstructions,\"a\"\n .long 661b - .\n .long 6641f - .\n .word ( 4*32+23)\n .byte 663b-661b\n" +
            " .byte 6651f-6641f\n.popsection\n.pushsection .altinstr_replacement, \"ax\"\n# ALT: replacement 1\n6641:\n\tpopcntl $1, $0\n" +
            "6651:\n.popsection\n";
        Assert.That(X86(asm, "={ax},{di}," + X86Clobbers, AsmOperand.Unknown), Is.EqualTo(new[] { "__sw_hweight32" }));
    }

    [Test]
    public void Static_calls_and_exception_table_handlers_are_symbols()
    {
        Assert.That(X86("call __SCT__preempt_schedule", "={rsp},{rsp}," + X86Clobbers, AsmOperand.Unknown),
            Is.EqualTo(new[] { "__SCT__preempt_schedule" }));
        Assert.That(X86("1: movl ($2), $1\n2:\n.pushsection __ex_table, \"a\"\n .balign 4\n .long 1b - ., ex_handler_foo - .\n.popsection\n",
            "=r,=r,r,0," + X86Clobbers, AsmOperand.Unknown, AsmOperand.Constant(0)), Is.EqualTo(new[] { "ex_handler_foo" }));
    }

    [Test]
    public void Jump_labels_reference_the_key_and_print_labels_as_local_labels()
    {
        const string asm = "1:jmp ${2:l} # objtool NOPs this \n\t.pushsection __jump_table,  \"aw\" \n\t .balign 8 \n\t.long 1b - . \n\t" +
            ".long ${2:l} - . \n\t .quad ${0:c} + ${1:c} - .\n\t.popsection \n\t";
        // LLVM 14: the label is a blockaddress argument; LLVM 16 on: a "!i" constraint without an argument.
        Assert.That(X86(asm, "i,i,i," + X86Clobbers, AsmOperand.Global("__tracepoint_foo", 8), AsmOperand.Constant(2), AsmOperand.Unknown),
            Is.EqualTo(new[] { "__tracepoint_foo" }));
        Assert.That(X86(asm, "i,i,!i," + X86Clobbers, AsmOperand.Global("__tracepoint_foo", 8), AsmOperand.Constant(2)),
            Is.EqualTo(new[] { "__tracepoint_foo" }));
        Assert.That(Snippet(asm, "i,i,!i," + X86Clobbers, AsmDialect.X86, "__tracepoint_foo", AsmOperand.Global("__tracepoint_foo", 8), AsmOperand.Constant(2)),
            Is.EqualTo(".quad __tracepoint_foo+8 + 2 - ."));
    }

    [Test]
    public void Arm64_alternative_callbacks_are_data_references()
    {
        const string asm = ".if 1 == 1\n661:\n\tb\t${1:l}\n662:\n.pushsection .altinstructions,\"a\"\n .word 661b - .\n" +
            " .word alt_cb_patch_nops- .\n .hword (1 << 15) | ($0)\n .byte 662b-661b\n .byte 664f-663f\n.popsection\n663:\n\t664:\n\t.endif\n";
        Assert.That(Symbols(asm, "i,i", AsmDialect.AArch64, AsmOperand.Constant(25), AsmOperand.Unknown), Is.EqualTo(new[] { "alt_cb_patch_nops" }));
    }

    [TestCase(".arch_extension lse\n\tldaddal\t${2:w}, ${1:w}, $0", "=*Q,=r,r,*Q,~{memory}")]
    [TestCase("// atomic64_or\n\tprfm\tpstl1strm, $2\n1:\tldxr\t$0, $2\n\torr\t$0, $0, $3\n\tstxr\t${1:w}, $0, $2\n\tcbnz\t${1:w}, 1b", "=&r,=&r,=*Q,Lr,*Q")]
    [TestCase("dmb ish", "~{memory}")]
    [TestCase("dsb sy; isb; dmb ishld; dmb oshst", "~{memory}")]
    [TestCase("msr daifset, #2", "~{memory}")]
    [TestCase("mrs $0, sp_el0", "=r")]
    [TestCase("mrs $0, s3_0_c4_c6_0\n\tmsr tpidr_el1, $0", "=r")]
    [TestCase("csel $0, $0, xzr, eq\n\tcset ${0:w}, hi\n\tadd $0, $0, $0, lsl #3\n\tldr $0, [$0, ${0:w}, uxtw #2]", "=r")]
    [TestCase("ld1 {v0.16b-v3.16b}, [$0]\n\tmov v1.s[1], w2\n\text v0.16b, v1.16b, v2.16b, #8", "r")]
    [TestCase("dc civac, $0\n\ttlbi vae1is, $0\n\tic ialluis\n\tat s1e1r, $0\n\tbti c\n\tprfm pldl1keep, [$0]", "r")]
    [TestCase("mov ${0:x}, xzr\n\tmov ${0:w}, wzr\n\tadd sp, sp, #16\n\tret lr\n\tstp x29, x30, [sp, #-16]!", "=r")]
    [TestCase("adrp x0, :got:.Lfoo\n\tldr x0, [x0, :got_lo12:.Lfoo]\n\tmovz x0, #:abs_g0:1234", "")]
    public void Arm64_registers_keywords_and_operations_are_not_symbols(string asm, string constraints)
    {
        var args = AsmConstraintsCount(constraints).Select(_ => AsmOperand.Unknown).ToArray();
        Assert.That(Symbols(asm, constraints, AsmDialect.AArch64, args), Is.Empty);
    }

    [Test]
    public void Arm64_registers_glued_into_local_symbols_need_no_enumeration()
    {
        const string asm = "1:\tsttr\t${1:w}, [$2]\n2:\n\t.irp\tnum,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30\n" +
            "\t.equ\t.L__gpr_num_x\\num, \\num\n\t.equ\t.L__gpr_num_w\\num, \\num\n\t.endr\n\t.equ\t.L__gpr_num_xzr, 31\n\t.equ\t.L__gpr_num_wzr, 31\n" +
            ".pushsection\t__ex_table, \"a\"\n.align\t\t2\n.long\t\t((1b) - .)\n.long\t\t((2b) - .)\n.short\t\t(2)\n" +
            ".short\t\t((((.L__gpr_num_${0:w}) << 0) | ((.L__gpr_num_${1:w}) << 5)))\n.popsection\n";
        var notes = new List<string>();
        var refs = InlineAsmReferences.Collect(asm, "=r,r,r,0", [AsmOperand.Unknown, AsmOperand.Unknown, AsmOperand.Unknown], AsmDialect.AArch64, notes);
        Assert.That(refs, Is.Empty);
        Assert.That(notes, Is.Empty);
    }

    [Test]
    public void Arm64_mrs_s_macro_expands_without_symbols()
    {
        const string asm = "\t.irp\tnum,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30\n" +
            "\t.equ\t.L__gpr_num_x\\num, \\num\n\t.equ\t.L__gpr_num_w\\num, \\num\n\t.endr\n\t.macro\tmrs_s, rt, sreg\n" +
            ".inst (0xd5200000|(\\sreg)|(.L__gpr_num_\\rt))\n\t\t.endm\n\tmrs_s $0, (((3) << 19) | ((0) << 16) | ((4) << 12))\n\t.purgem\tmrs_s\n";
        Assert.That(Symbols(asm, "=&r,~{memory}", AsmDialect.AArch64), Is.Empty);
    }

    private static IEnumerable<int> AsmConstraintsCount(string constraints) =>
        Enumerable.Range(0, AsmConstraints.Parse(constraints).Count(c => c.TakesArgument));

    // ---- operand numbering and constraints

    [Test]
    public void Direct_outputs_and_clobbers_take_no_argument_indirect_outputs_and_inputs_do()
    {
        // op0 =r (no argument), op1 =*m (argument 0), op2 i (argument 1), op3 0 (argument 2)
        var s = X86("call ${2:c}; movq %rax, $1", "=r,=*m,i,0,~{rax}," + X86Clobbers,
            AsmOperand.Global("counter"), AsmOperand.Global("target"), AsmOperand.Unknown);
        Assert.That(s, Is.EqualTo(new[] { "target", "counter" }));
    }

    [Test]
    public void Clobbered_registers_are_never_chosen()
    {
        var s = X86("call thunk_${0:V}", "r,~{rax},~{r11},~{ecx},~{memory}," + X86Clobbers, AsmOperand.Unknown);
        Assert.That(s, Is.EquivalentTo(Gpr64.Except(["rax", "r11", "rcx"]).Select(r => "thunk_" + r)));
    }

    [Test]
    public void Inputs_avoid_fixed_inputs_and_earlyclobber_outputs_outputs_avoid_fixed_outputs()
    {
        // An input: not another input's fixed register, not an earlyclobber output's.
        Assert.That(X86("call t_${2:V}", "=&{dx},{cx},r", AsmOperand.Unknown, AsmOperand.Unknown),
            Is.EquivalentTo(Gpr64.Except(["rcx", "rdx"]).Select(r => "t_" + r)));
        // An ordinary output may reuse an input's register, but not another output's.
        Assert.That(X86("call t_${1:V}", "={ax},=r,{cx}", AsmOperand.Unknown),
            Is.EquivalentTo(Gpr64.Except(["rax"]).Select(r => "t_" + r)));
        // An earlyclobber output may not reuse an input's register either.
        Assert.That(X86("call t_${1:V}", "={ax},=&r,{cx}", AsmOperand.Unknown),
            Is.EquivalentTo(Gpr64.Except(["rax", "rcx"]).Select(r => "t_" + r)));
    }

    [Test]
    public void Tied_operands_share_one_register_in_every_use()
    {
        // $0 and $1 are the same register: each combination names two thunks of that one register.
        var refs = InlineAsmReferences.Collect("call a_${0:V}; movl ${1:k}, %eax", "=r,0,{si}", [AsmOperand.Unknown, AsmOperand.Unknown], AsmDialect.X86);
        Assert.That(refs.Select(r => r.Symbol), Is.EquivalentTo(Gpr64.Except(["rsi"]).Select(r => "a_" + r)));
        Assert.That(refs.Single(r => r.Symbol == "a_r9").Snippet, Is.EqualTo("call a_r9"));
        Assert.That(X86("call a_${0:V}; call b_${1:V}", "=r,0", AsmOperand.Unknown),
            Is.EquivalentTo(Gpr64.SelectMany(r => new[] { "a_" + r, "b_" + r })));
    }

    [Test]
    public void Register_classes_follow_the_constraint_letter()
    {
        Assert.That(X86("call t_${0:V}", "Q", AsmOperand.Unknown), Is.EquivalentTo(Thunks(["rax", "rbx", "rcx", "rdx"]).Select(t => t.Replace("__x86_indirect_thunk_", "t_", StringComparison.Ordinal))));
        Assert.That(X86("call t_${0:V}", "{r11}", AsmOperand.Unknown), Is.EqualTo(new[] { "t_r11" }));
        Assert.That(X86("call t_${0:V}", "S", AsmOperand.Unknown), Is.EqualTo(new[] { "t_rsi" }));
        Assert.That(Symbols("call t_${0:V}", "r", AsmDialect.I386, AsmOperand.Unknown),
            Is.EquivalentTo(new[] { "eax", "ebx", "ecx", "edx", "esi", "edi", "ebp" }.Select(r => "t_" + r)));
        Assert.That(Symbols("bl t_${0:w}", "r", AsmDialect.AArch64, AsmOperand.Unknown),
            Is.EquivalentTo(Enumerable.Range(0, 31).Select(n => $"t_w{n}")));
        Assert.That(Symbols("call t_$0", "r", AsmDialect.RiscV64, AsmOperand.Unknown), Has.Count.EqualTo(28).And.Contains("t_a0").And.No.Contains("t_sp"));
    }

    [Test]
    public void Too_many_register_combinations_report_nothing_for_the_glued_names_and_say_so()
    {
        var notes = new List<string>();
        var args = Enumerable.Repeat(AsmOperand.Unknown, 20).ToArray();
        var refs = InlineAsmReferences.Collect("call a_${0:V}_${1:V}_${2:V}; call plain", "r,r,r", args, AsmDialect.X86, notes);
        Assert.That(refs.Select(r => r.Symbol), Is.EqualTo(new[] { "plain" }));
        Assert.That(notes, Has.Some.Contains("glued into names"));

        // 15^3 combinations are too many, but each operand alone is tried: names built from one operand are found.
        Assert.That(X86("call x_${0:V}\ncall y_${1:V}\ncall z_${2:V}", "r,r,r", args[..3]),
            Is.EquivalentTo(Gpr64.SelectMany(r => new[] { "x_" + r, "y_" + r, "z_" + r })));

        // Twenty glued operands: 300 choices even one at a time, so nothing glued is tried.
        notes.Clear();
        string many = string.Concat(Enumerable.Range(0, 20).Select(k => $"call n{k}_${{{k}:V}}\n")) + "call plain";
        refs = InlineAsmReferences.Collect(many, string.Join(",", Enumerable.Repeat("r", 20)), args, AsmDialect.X86, notes);
        Assert.That(refs.Select(r => r.Symbol), Is.EqualTo(new[] { "plain" }));
        Assert.That(notes, Has.Some.Contains("too many register choices"));
    }

    [Test]
    public void Standalone_registers_are_substituted_once_and_never_reported()
    {
        var s = X86("movq $0, $1; addq ${1:V}, %rax; leaq ${0:a}, %rdi", "r,r", AsmOperand.Unknown, AsmOperand.Unknown);
        Assert.That(s, Is.Empty); // "addq rax, %rax" names a symbol rax to GNU as, but the operand is a register
    }

    // ---- printing under modifiers

    [TestCase('\0', "%rax")]
    [TestCase('V', "rax")]
    [TestCase('q', "%rax")]
    [TestCase('k', "%eax")]
    [TestCase('w', "%ax")]
    [TestCase('b', "%al")]
    [TestCase('h', "%ah")]
    [TestCase('a', "(%rax)")]
    [TestCase('A', "*%rax")]
    [TestCase('c', "%rax")]
    [TestCase('P', "%rax")]
    [TestCase('x', null)]
    public void X86_64_register_modifiers(char modifier, string? expected) =>
        Assert.That(X86Target.Bits64.PrintRegister("rax", modifier), Is.EqualTo(expected));

    [TestCase("rsi", 'h', null)]
    [TestCase("r9", 'b', "%r9b")]
    [TestCase("r9", 'k', "%r9d")]
    [TestCase("rbp", 'b', "%bpl")]
    public void X86_64_sub_registers(string register, char modifier, string? expected) =>
        Assert.That(X86Target.Bits64.PrintRegister(register, modifier), Is.EqualTo(expected));

    [Test]
    public void X86_32_prints_32_bit_names_for_q_and_V() => Assert.Multiple(() =>
    {
        Assert.That(X86Target.Bits32.PrintRegister("rax", 'V'), Is.EqualTo("eax"));
        Assert.That(X86Target.Bits32.PrintRegister("rax", 'q'), Is.EqualTo("%eax"));
        Assert.That(X86Target.Bits32.PrintMemory("g", 4, '\0'), Is.EqualTo("g+4"));
    });

    [TestCase('\0', "$-5", "$g+8")]
    [TestCase('c', "-5", "g+8")]
    [TestCase('P', "-5", "g+8")]
    [TestCase('a', "-5", "g+8")]
    [TestCase('p', null, "g+8")]
    [TestCase('n', "5", "-$g+8")]
    [TestCase('V', "$-5", "$g+8")]
    [TestCase('z', null, null)]
    public void X86_immediate_and_symbol_modifiers(char modifier, string? immediate, string? symbol) => Assert.Multiple(() =>
    {
        Assert.That(X86Target.Bits64.PrintImmediate(-5, modifier), Is.EqualTo(immediate));
        Assert.That(X86Target.Bits64.PrintSymbol("g", 8, modifier), Is.EqualTo(symbol));
    });

    [TestCase('\0', "g+16(%rip)")]
    [TestCase('P', "g+16(%rip)")]
    [TestCase('H', "g+24(%rip)")]
    [TestCase('k', "g+16(%rip)")]
    [TestCase('a', null)]
    public void X86_memory_operands_name_the_global(char modifier, string? expected) =>
        Assert.That(X86Target.Bits64.PrintMemory("g", 16, modifier), Is.EqualTo(expected));

    [Test]
    public void A_global_reaches_the_text_through_i_and_indirect_memory_but_not_through_a_register_or_a_stack_slot()
    {
        Assert.That(X86("movq $0, %rax", "i", AsmOperand.Global("imm_sym")), Is.EqualTo(new[] { "imm_sym" }));
        Assert.That(Snippet("movq $0, %rax", "i", AsmDialect.X86, "imm_sym", AsmOperand.Global("imm_sym")), Is.EqualTo("movq $imm_sym, %rax"));
        Assert.That(X86("incl %gs:$0", "=*m,*m", AsmOperand.Global("pcpu"), AsmOperand.Global("pcpu")), Is.EqualTo(new[] { "pcpu" }));
        Assert.That(Snippet("incl %gs:$0", "=*m,*m", AsmDialect.X86, "pcpu", AsmOperand.Global("pcpu"), AsmOperand.Global("pcpu")), Is.EqualTo("incl %gs:pcpu(%rip)"));
        Assert.That(X86("prefetcht0 ${1:P}", "i,*m", AsmOperand.Constant(0), AsmOperand.Global("buf", 64)), Is.EqualTo(new[] { "buf" }));
        Assert.That(X86("movq $0, %rax", "r", AsmOperand.Global("in_register")), Is.Empty);
        Assert.That(X86("movq $0, %rax", "m", AsmOperand.Global("on_the_stack")), Is.Empty);
        Assert.That(X86("movq $0, %rax", "imr", AsmOperand.Global("immediate_wins")), Is.EqualTo(new[] { "immediate_wins" }));
        Assert.That(X86("call ${0:c}; call ${1:P}", "i,i", AsmOperand.Global("static_call_target"), AsmOperand.Global("other_target")),
            Is.EqualTo(new[] { "static_call_target", "other_target" }));
    }

    [TestCase("x5", 'w', "w5")]
    [TestCase("x5", 'x', "x5")]
    [TestCase("x5", '\0', "x5")]
    [TestCase("x5", 'a', "[x5]")]
    [TestCase("v3", 'q', "q3")]
    [TestCase("v3", 's', "s3")]
    [TestCase("v3", '\0', "v3")]
    [TestCase("x5", 'c', null)]
    public void Arm64_register_modifiers(string register, char modifier, string? expected) =>
        Assert.That(AArch64Target.Instance.PrintRegister(register, modifier), Is.EqualTo(expected));

    [Test]
    public void Immediates_and_memory_on_the_other_targets() => Assert.Multiple(() =>
    {
        Assert.That(AArch64Target.Instance.PrintImmediate(-5, '\0'), Is.EqualTo("-5"));
        Assert.That(AArch64Target.Instance.PrintImmediate(0, 'w'), Is.EqualTo("wzr"));
        Assert.That(AArch64Target.Instance.PrintMemory("g", 0, '\0'), Is.EqualTo("[x0]"));
        Assert.That(ArmTarget.Instance.PrintImmediate(-5, '\0'), Is.EqualTo("#-5"));
        Assert.That(ArmTarget.Instance.PrintImmediate(-5, 'c'), Is.EqualTo("-5"));
        Assert.That(ArmTarget.Instance.PrintSymbol("g", 8, '\0'), Is.EqualTo("g+8"));
        Assert.That(RiscVTarget.Instance.PrintRegister("x10", '\0'), Is.EqualTo("a0"));
        Assert.That(RiscVTarget.Instance.PrintImmediate(0, 'z'), Is.EqualTo("zero"));
        Assert.That(RiscVTarget.Instance.PrintImmediate(7, 'i'), Is.EqualTo("i"));
        Assert.That(RiscVTarget.Instance.PrintRegister("x10", 'i'), Is.EqualTo(""));
        Assert.That(PowerPCTarget.Bits64.PrintRegister("r3", '\0'), Is.EqualTo("3"));
        Assert.That(PowerPCTarget.Bits64.PrintRegister("r3", 'L'), Is.EqualTo("4"));
        Assert.That(SystemZTarget.Instance.PrintRegister("r2", '\0'), Is.EqualTo("%r2"));
        Assert.That(SystemZTarget.Instance.PrintSymbol("g", -4, '\0'), Is.EqualTo("g-4"));
    });

    // ---- template syntax

    [Test]
    public void Special_operands_dollar_escapes_and_variants()
    {
        Assert.That(X86("${:comment} call not_assembled\n\tmovl $$0, %eax", ""), Is.Empty);
        Assert.That(X86("${:private}local_${:uid}: jmp ${:private}local_${:uid}", ""), Is.Empty);
        Assert.That(X86("$(call first$|call second$)", ""), Is.EqualTo(new[] { "first" }));
        Assert.That(Symbols("${:comment} bl hidden\n\tbl shown", "", AsmDialect.AArch64), Is.EqualTo(new[] { "shown" }));
        Assert.That(Symbols("${:comment} bl hidden\n\tbl shown", "", AsmDialect.Arm), Is.EqualTo(new[] { "shown" }));
    }

    [TestCase("call before; ${")]
    [TestCase("call before; $")]
    [TestCase("call before; ${0")]
    [TestCase("call before; ${0:")]
    [TestCase("call before; ${0:cc}")]
    [TestCase("call before; ${:uid")]
    [TestCase("call before; ${:nonsense}")]
    [TestCase("call before; $9 $99999999999999999999")]
    [TestCase("call before; $=")]
    [TestCase("call before; $x")]
    [TestCase("call before; $( $( $|")]
    public void Malformed_templates_are_scanned_around_the_bad_reference(string asm)
    {
        var notes = new List<string>();
        var refs = InlineAsmReferences.Collect(asm + "\ncall after", "r", [AsmOperand.Unknown], AsmDialect.X86, notes);
        Assert.That(refs.Select(r => r.Symbol), Does.Contain("before"));
        if (!asm.EndsWith("${:uid", StringComparison.Ordinal) && !asm.Contains("$(", StringComparison.Ordinal))
            Assert.That(refs.Select(r => r.Symbol), Does.Contain("after"));
        if (!asm.Contains("$(", StringComparison.Ordinal)) Assert.That(notes, Is.Not.Empty);
    }

    [TestCase("")]
    [TestCase(",,")]
    [TestCase("=")]
    [TestCase("{ax")]
    [TestCase("~")]
    [TestCase("@9")]
    [TestCase("^")]
    [TestCase("5,r,0|1,=&*%r")]
    [TestCase("r,r,r,r,r,r,r,r,r,r")]
    public void Malformed_constraints_and_missing_arguments_never_throw(string constraints)
    {
        var refs = InlineAsmReferences.Collect("call f_${0:V}; call g_$1; call h_${9:c}; call sym", constraints, [AsmOperand.Constant(1)], AsmDialect.X86);
        Assert.That(refs.Select(r => r.Symbol), Does.Contain("sym"));
    }

    [Test]
    public void Asm_the_assembler_refuses_is_scanned_flat_and_hostile_asm_stays_bounded()
    {
        var notes = new List<string>();
        var refs = InlineAsmReferences.Collect(".if ${0:c}\ncall maybe\n.endif\ncall surely", "i", [AsmOperand.Global("not_absolute")], AsmDialect.X86, notes);
        Assert.That(refs.Select(r => r.Symbol), Is.EquivalentTo(new[] { "maybe", "surely" }));
        Assert.That(notes, Has.Some.Contains("without expansion"));

        var sw = System.Diagnostics.Stopwatch.StartNew();
        Assert.That(X86(".rept 100000\n.rept 100000\n.endr\n.endr\ncall tail", ""), Is.EqualTo(new[] { "tail" }));
        Assert.That(X86(".macro m a, n\n.if \\n\nm \\a\\a, \\n-1\n.endif\n.endm\nm x, 28\ncall tail", ""), Does.Contain("tail"));
        var many = string.Concat(Enumerable.Range(0, 5000).Select(k => $"call f{k}_${{0:V}}\n"));
        Assert.That(X86(many, "r", AsmOperand.Unknown), Has.Count.LessThanOrEqualTo(65_536));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public void Symbols_the_asm_defines_and_weak_references()
    {
        var refs = InlineAsmReferences.Collect("jmp local_target\nlocal_target: nop\n.set alias, real + 4\n.weak maybe_there\ncall maybe_there\ncall 1f\n1:",
            "", [], AsmDialect.X86);
        Assert.That(refs.Select(r => (r.Symbol, r.IsWeak)), Is.EqualTo(new[] { ("real", false), ("maybe_there", true) }));
    }

    // ---- dialects

    [TestCase("x86_64-unknown-linux-gnu", "x86", AsmArchitecture.X86_64)]
    [TestCase("i686-pc-linux-gnu", "i386", AsmArchitecture.X86)]
    [TestCase("aarch64-unknown-linux-gnu", "aarch64", AsmArchitecture.AArch64)]
    [TestCase("armv7a-unknown-linux-gnueabihf", "arm", AsmArchitecture.Arm)]
    [TestCase("thumbv7-unknown-linux-gnueabi", "arm", AsmArchitecture.Arm)]
    [TestCase("riscv64-unknown-linux-gnu", "riscv64", AsmArchitecture.RiscV64)]
    [TestCase("riscv32-unknown-linux-gnu", "riscv32", AsmArchitecture.RiscV32)]
    [TestCase("powerpc64le-unknown-linux-gnu", "powerpc64", AsmArchitecture.PowerPC64)]
    [TestCase("powerpc64-unknown-linux-gnu", "powerpc64", AsmArchitecture.PowerPC64)]
    [TestCase("powerpc-unknown-linux-gnu", "powerpc", AsmArchitecture.PowerPC32)]
    [TestCase("s390x-unknown-linux-gnu", "s390x", AsmArchitecture.SystemZ)]
    [TestCase("mips64el-unknown-linux-gnuabi64", "generic", AsmArchitecture.Other)]
    [TestCase(null, "generic", AsmArchitecture.Other)]
    public void Dialect_for_triple(string? triple, string name, object architecture) => Assert.Multiple(() => // object: AsmArchitecture is internal
    {
        Assert.That(AsmDialect.ForTriple(triple).Name, Is.EqualTo(name));
        Assert.That(AsmDialect.ForTriple(triple).Architecture, Is.EqualTo((AsmArchitecture)architecture));
    });

    [TestCase("mov r0, #1\n\tldr r1, =arm_sym\n\tbl arm_call\n\tpush {r4-r7, lr}\n\tpop {r4-r7, pc}", "arm_sym,arm_call")]
    [TestCase("msr cpsr_c, r0\n\tmrs r0, cpsr\n\tcpsid i\n\tcpsie if\n\tdmb ish\n\tdsb st\n\tisb sy", "")]
    [TestCase("mrc p15, 0, r0, c1, c0, 0\n\tit eq\n\tmoveq r0, r1, lsl #2\n\tvmov.f32 s0, s1\n\tvadd.f64 d0, d1, d2\n\tbx lr", "")]
    [TestCase("movw r0, #:lower16:wide_sym\n\tmovt r0, #:upper16:wide_sym  @ comment_word", "wide_sym")]
    [TestCase("ldr ip, [sp, #4]\n\tmov fp, sp\n\tstr sl, [sb]\n\tmsr spsr_fsxc, r1\n\tmrs r2, sp_usr", "")]
    public void Arm_vocabulary(string asm, string expected) =>
        Assert.That(Symbols(asm, "", AsmDialect.Arm), Is.EqualTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries)));

    [TestCase("csrr a0, sstatus\n\tcsrw stvec, a1\n\tcsrs sie, t0\n\tcsrrw a0, sscratch, a0\n\tcsrci sstatus, 2", "")]
    [TestCase("fence rw, rw\n\tfence iorw, ow\n\tfence.i\n\tfcvt.w.s a0, fa0, rtz\n\tfadd.d ft0, ft1, ft2, dyn", "")]
    [TestCase("lui a0, %hi(rv_sym)\n\taddi a0, a0, %lo(rv_sym)\n\tcall rv_call\n\ttail rv_tail\n\tla t0, rv_addr", "rv_sym,rv_call,rv_tail,rv_addr")]
    [TestCase("1: auipc a0, %pcrel_hi(pc_sym)\n\tld a0, %pcrel_lo(1b)(a0)\n\tauipc a1, %got_pcrel_hi(got_sym)", "pc_sym,got_sym")]
    [TestCase("vsetvli t0, a0, e32, m1, ta, ma\n\tmv s0, sp\n\tsd ra, 8(sp)\n\tli x5, 1\n\tfmv.d.x fs0, zero", "")]
    public void RiscV_vocabulary(string asm, string expected) =>
        Assert.That(Symbols(asm, "", AsmDialect.RiscV64), Is.EqualTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries)));

    [TestCase("li 3, 0\n\tmtspr 256, 3\n\tmfspr 4, SPRN_X\n\tbc 12, 4*cr1+eq, 1f\n1:\tmtlr 0\n\tlwsync\n\tstwcx. 3, 0, 4", "")]
    [TestCase("addis 3, 2, ppc_sym@toc@ha\n\tld 3, ppc_sym@toc@l(3)\n\tbl ppc_call\n\tnop\n\t.quad .TOC.@tocbase", "ppc_sym,ppc_call")]
    [TestCase("mr %r3, %r4\n\tcmpwi cr7, r3, 0\n\tmtctr 12\n\tbctrl", "")]
    public void PowerPC_vocabulary(string asm, string expected) =>
        Assert.That(Symbols(asm, "", AsmDialect.PowerPC64), Is.EqualTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries)));

    [TestCase("lgr %r1, %r2\n\tbrasl %r14, s390_call@PLT\n\tlarl %r1, s390_sym\n\tlg %r2, 8(%r15)\n\tvl %v0, 0(%r1)\n\tear %r1, %a0", "s390_call,s390_sym")]
    public void SystemZ_vocabulary(string asm, string expected) =>
        Assert.That(Symbols(asm, "", AsmDialect.SystemZ), Is.EqualTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries)));

    [Test]
    public void X86_registers_prefixes_immediates_and_relocation_specifiers_are_not_symbols()
    {
        var s = X86("lock; orb $$1, %gs:x86_sym+8(%rip)\n\trep movsb\n\tcall *%rax\n\tjmp x86_plt@PLT\n\tmovq x86_got@GOTPCREL(%rip), %rax\n" +
            "\tmovl %fs:x86_tls@tpoff, %eax\n\tmovq $$x86_imm, %rdi\n\tnotrack jmp *%rdx\n\tvmovdqa %ymm0, (%rsi)\n" +
            "\ttestb $$1, x86_bit (% rip)", ""); // "(% rip)": the kernel's stringified _ASM_RIP
        Assert.That(s, Is.EqualTo(new[] { "x86_sym", "x86_plt", "x86_got", "x86_tls", "x86_imm", "x86_bit" }));
    }

    // ---- every asm call site of the committed fixtures

    private static IEnumerable<TestCaseData> FixtureFiles()
    {
        var dir = TestPaths.Fixture("constructs");
        if (!Directory.Exists(dir))
        {
            yield return new TestCaseData("").SetName("Fixture_asm_absent");
            yield break;
        }
        foreach (var ll in Directory.GetFiles(dir, "*.ll").Order(StringComparer.Ordinal))
            yield return new TestCaseData(Path.GetFileName(ll)).SetName($"Fixture_asm_{Path.GetFileName(ll)}");
    }

    /// <summary>
    /// Every inline asm call site of the fixtures, with its arguments as the IR text gives them: the scan never throws,
    /// finds every symbol llc's object has and llvm-nm's bitcode view lacks (asm_* fixtures), and reports nothing the
    /// object lacks beyond the module's own definitions and the thunks of registers the allocator did not choose.
    /// </summary>
    [TestCaseSource(nameof(FixtureFiles))]
    public void Fixture_asm_matches_the_native_object(string file)
    {
        if (file.Length == 0) Assert.Ignore("the fixtures are not built");
        string ll = TestPaths.Fixture("constructs", file);
        var calls = IrAsmCalls.Parse(File.ReadAllText(ll)).ToList();
        var triple = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(ll), "target triple = \"([^\"]*)\"").Groups[1].Value;
        var dialect = AsmDialect.ForTriple(triple);
        var found = calls.SelectMany(c => InlineAsmReferences.Collect(c.Asm, c.Constraints, c.Arguments, dialect)).Select(r => r.Symbol).ToHashSet();

        string native = ll[..^".ll".Length] + ".native-U.txt", nm = ll[..^".ll".Length] + ".llvm-nm.txt";
        if (!File.Exists(native) || !File.Exists(nm)) Assert.Ignore("no native-U or llvm-nm oracle beside " + file);
        var nativeU = File.ReadAllLines(native).Where(l => l.Length > 0).ToHashSet();
        var nmLines = File.ReadAllLines(nm).Select(l => l.Split(' ')).Where(f => f.Length >= 2).ToList();
        var nmNames = nmLines.Select(f => f[0]).ToHashSet();
        var defined = nmLines.Where(f => f[1] is not ("U" or "w" or "v")).Select(f => f[0]).ToHashSet();
        if (calls.Count == 0) { Assert.That(found, Is.Empty); return; }
        Assert.Multiple(() =>
        {
            // The asm_* fixtures exercise inline asm alone: what code generation adds to them is all inline asm, and every
            // such symbol must be found. (Elsewhere the backend adds its own: sanitizer checks, libcalls.)
            if (file.StartsWith("asm_", StringComparison.Ordinal))
                Assert.That(found, Is.SupersetOf(nativeU.Where(s => !nmNames.Contains(s) && !IsBackendLibcall(s))), $"{calls.Count} asm call sites");
            // Nothing beyond the object's undefined symbols, the module's own definitions, and the thunks of registers the
            // allocator did not choose.
            Assert.That(found.Where(s => !nativeU.Contains(s) && !defined.Contains(s) && !s.StartsWith("__x86_indirect_thunk_", StringComparison.Ordinal)), Is.Empty);
        });
    }

    private static bool IsBackendLibcall(string s) => s is "memcpy" or "memset" or "memmove" or "__stack_chk_fail" or "__fentry__" ||
        s.StartsWith("__aeabi_", StringComparison.Ordinal) || s.StartsWith("__udiv", StringComparison.Ordinal) || s.StartsWith("__div", StringComparison.Ordinal) ||
        s.StartsWith("__umod", StringComparison.Ordinal) || s.StartsWith("__mod", StringComparison.Ordinal) || s.StartsWith("__popcount", StringComparison.Ordinal) ||
        s.StartsWith("__mul", StringComparison.Ordinal) || s.StartsWith("__ashl", StringComparison.Ordinal) || s.StartsWith("__lshr", StringComparison.Ordinal) ||
        s.StartsWith("__ashr", StringComparison.Ordinal);
}
