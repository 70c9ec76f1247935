using KsymTrim.InlineAsm;

namespace KsymTrim.Tests.InlineAsm;

/// <summary>Module-level asm symbols as LLVM's RecordStreamer records them, with GNU as expansion.</summary>
public class ModuleAsmSymbolsTests
{
    private static Dictionary<string, AsmSymbolState> Collect(string asm, AsmDialect? dialect = null) =>
        ModuleAsmSymbols.Collect(asm, dialect ?? AsmDialect.X86).ToDictionary(s => s.Name, s => s.State);

    [Test]
    public void Labels_bindings_and_uses()
    {
        var s = Collect(".globl f\nf: call g@PLT\n.weak h\n.long k - .\n.set v, w + 4\nmovq %rax, %rbx\nlock; incl counter(%rip)");
        Assert.Multiple(() =>
        {
            Assert.That(s["f"], Is.EqualTo(AsmSymbolState.DefinedGlobal));
            Assert.That(s["g"], Is.EqualTo(AsmSymbolState.Used));
            Assert.That(s["h"], Is.EqualTo(AsmSymbolState.UndefinedWeak));
            Assert.That(s["k"], Is.EqualTo(AsmSymbolState.Used));
            Assert.That(s[""], Is.EqualTo(AsmSymbolState.Defined), "'.' is an unnamed temporary label");
            Assert.That(s["v"], Is.EqualTo(AsmSymbolState.Defined));
            Assert.That(s["w"], Is.EqualTo(AsmSymbolState.Used));
            Assert.That(s["counter"], Is.EqualTo(AsmSymbolState.Used), "after the lock prefix");
            Assert.That(s.Keys, Has.None.EqualTo("rax").And.None.EqualTo("movq").And.None.EqualTo("PLT").And.None.EqualTo("incl"));
        });
    }

    /// <summary>The asm scanner's Intel-syntax rule: after <c>.intel_syntax noprefix</c>, bare registers, operand sizes,
    /// <c>ptr</c>, <c>offset</c> and operators are no symbols (bcachefs' asm is written so); after <c>.att_syntax</c>,
    /// bare words are symbols again. Where the rule would be wrong, a word that is no register stays a symbol.</summary>
    [Test]
    public void Intel_syntax_regions_read_registers_and_keywords_as_no_symbols()
    {
        var s = Collect(".intel_syntax noprefix\n" +
                        "mov rax, qword ptr [rip + table]\n" +
                        "lea rdx, [rcx + 8*rbx + 16]\n" +
                        "vpxor ymm0, ymm0, ymmword ptr [rsi]\n" +
                        "mov eax, offset handler\n" +
                        "call helper\n" +
                        "and r8d, 0xff\n" +
                        ".att_syntax prefix\n" +
                        "movq rax, %rbx\n");
        Assert.Multiple(() =>
        {
            foreach (var used in new[] { "table", "handler", "helper" })
                Assert.That(s.GetValueOrDefault(used), Is.EqualTo(AsmSymbolState.Used), used);
            foreach (var word in new[] { "rip", "rdx", "rcx", "rbx", "ymm0", "ymmword", "ptr", "qword", "offset", "rsi", "r8d", "eax" })
                Assert.That(s.Keys, Has.None.EqualTo(word), word);
            Assert.That(s.GetValueOrDefault("rax"), Is.EqualTo(AsmSymbolState.Used), "AT&T again: a bare word is a symbol");
        });
    }

    [Test]
    public void Intel_syntax_does_not_change_other_targets() =>
        Assert.That(Collect(".intel_syntax noprefix\nbl rax\n", AsmDialect.AArch64).Keys, Does.Contain("rax"));

    [Test]
    public void Directional_labels_become_numbered_temporaries()
    {
        var s = Collect("1: nop\n.quad 1b\n2: nop\n1: jmp 1b");
        Assert.That(s.Keys.Where(k => k.StartsWith(".Ltmp", StringComparison.Ordinal)), Is.EquivalentTo(new[] { ".Ltmp0", ".Ltmp1", ".Ltmp2" }));
    }

    [Test]
    public void Macros_loops_and_conditionals_expand_as_gnu_as_does()
    {
        // The kernel's extable_type_reg (arch/x86/include/asm/asm.h), as it appears in module asm.
        const string asm = """
            .macro extable_type_reg type:req reg:req
            .set .Lfound, 0
            .set .Lregnr, 0
            .irp rs,rax,rcx,rdx
            .ifc \reg, %%\rs
            .set .Lfound, .Lfound+1
            .long \type + (.Lregnr << 8)
            .endif
            .set .Lregnr, .Lregnr+1
            .endr
            .if (.Lfound != 1)
            .long missing_register
            .else
            .long found_register_\type
            .endif
            .endm
            extable_type_reg reg=%%rcx, type=seven
            .purgem extable_type_reg
            .rept 2
            .long repeated
            .endr
            """;
        var s = Collect(asm);
        Assert.Multiple(() =>
        {
            Assert.That(s[".Lfound"], Is.EqualTo(AsmSymbolState.Defined));
            Assert.That(s[".Lregnr"], Is.EqualTo(AsmSymbolState.Defined));
            Assert.That(s["seven"], Is.EqualTo(AsmSymbolState.Used), "\\type substituted by keyword argument");
            Assert.That(s, Does.ContainKey("found_register_seven"), ".Lfound evaluated to 1");
            Assert.That(s, Does.Not.ContainKey("missing_register"));
            Assert.That(s["repeated"], Is.EqualTo(AsmSymbolState.Used), ".rept body assembled");
        });
    }

    [Test]
    public void Conditions_that_are_not_absolute_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => Collect(".if extern_symbol\n.long x\n.endif"));
        Assert.Throws<NotSupportedException>(() => Collect(".rept 1\n.long x\n"));
        Assert.Throws<NotSupportedException>(() => Collect(".macro m\n.long x\n"));
    }

    [TestCase("(.Lfound != 1)", 0)]
    [TestCase("1 << 4 | 3", 19)]
    [TestCase("0x10 + 010", 24)]
    [TestCase("(17 | ((0) << 16))", 17)]
    [TestCase("2 == 2", -1)]
    [TestCase("1 + 1 == 2", -1)] // GNU as: + and == share one level, left to right: (1 + 1) == 2
    [TestCase("2 == 1 + 1", 1)]  // (2 == 1) + 1
    [TestCase("1 | 2 * 4", 9)]   // * binds tighter than |
    [TestCase("1 + 2 | 4", 7)]   // | binds tighter than +
    [TestCase("!0", 1)]
    [TestCase("(-9223372036854775807 - 1) / -1", long.MinValue)]
    [TestCase("(-9223372036854775807 - 1) % -1", 0)]
    public void Absolute_expressions(string expr, long expected)
    {
        Assert.That(AsmExpression.TryEvaluate(expr, n => n == ".Lfound" ? 1 : null, out long v), Is.True);
        Assert.That(v, Is.EqualTo(expected));
    }

    [TestCase("1b")]
    [TestCase("symbol + 1")]
    [TestCase("(1")]
    public void Expressions_that_are_not_absolute(string expr) =>
        Assert.That(AsmExpression.TryEvaluate(expr, _ => null, out _), Is.False);

    [Test]
    public void Hostile_asm_is_refused_quickly_and_bounded()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        // Empty loops nested 10^10 times, a macro that doubles its argument 28 times, numbers past 64 bits,
        // 20,000 nested parentheses: each refused or evaluated as not absolute, never a hang or a crash.
        Assert.Throws<NotSupportedException>(() => Collect(".rept 100000\n.rept 100000\n.endr\n.endr"));
        Assert.Throws<NotSupportedException>(() => Collect(".macro m a, n\n.if \\n\nm \\a\\a, \\n-1\n.endif\n.endm\nm x, 28"));
        Assert.Throws<NotSupportedException>(() => Collect(".if 99999999999999999999\n.endif"));
        Assert.Throws<NotSupportedException>(() => Collect(".if 0b\n.endif"));
        Assert.Throws<NotSupportedException>(() => Collect(".if " + new string('(', 20000) + "1" + new string(')', 20000) + "\n.endif"));
        Assert.That(Collect(".set x, 0x1ffffffffffffffff\n.long x"), Does.ContainKey("x"));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void Instruction_keywords_are_not_symbols_but_data_is_and_x86_dollar_names_stay_as_llvm_nm_shows_them()
    {
        // llvm-nm 14 and 19 on this module asm: "U eq" only (the .quad), and for x86 "U $sym", "U $1", "U bit".
        var a = Collect("f: dmb ish\n  mrs x0, sp_el0\n  csel x0, x1, x2, eq\n  add x0, x0, x1, lsl #3\n  ld1 {v0.16b}, [x0]\n  .quad eq", AsmDialect.AArch64);
        Assert.That(a.Where(p => p.Value == AsmSymbolState.Used).Select(p => p.Key), Is.EqualTo(new[] { "eq" }));
        var x = Collect("g: movq $sym, %rax\n  testb $1, bit (% rip)");
        Assert.That(x.Where(p => p.Value == AsmSymbolState.Used).Select(p => p.Key), Is.EqualTo(new[] { "$sym", "$1", "bit" }));
    }

    [Test]
    public void AArch64_registers_and_relocation_specifiers_are_not_symbols()
    {
        var s = Collect("adrp x0, sym\nadd x0, x0, :lo12:sym\nbl func\nldr w1, [sp, #8]", AsmDialect.AArch64);
        Assert.That(s.Keys.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "func", "sym" }));
    }
}
