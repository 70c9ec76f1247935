using System.Globalization;

namespace KsymTrim.InlineAsm;

/// <summary>
/// The bare words each target's assembler reads as something other than a symbol: register names, and the
/// keywords some instructions take as operands (condition codes, barrier and prefetch options, system
/// registers, fence sets). Two questions per target: is a word a register wherever it stands
/// (<c>IsXRegister</c>), and is it a keyword in operand <c>k</c> of mnemonic <c>m</c> (<c>XKeyword</c>).
/// Data directives (<c>.quad eq</c>) never ask the second question: there every such word is a symbol.
/// </summary>
internal static class AsmVocabulary
{
    private static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>True if <paramref name="s"/> is <paramref name="prefix"/> followed by a decimal number in
    /// [<paramref name="min"/>, <paramref name="max"/>] written without leading zeros.</summary>
    private static bool Numbered(string s, string prefix, int min, int max)
    {
        if (s.Length <= prefix.Length || s.Length > prefix.Length + 2 || !s.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var digits = s.AsSpan(prefix.Length);
        if (digits.IndexOfAnyExceptInRange('0', '9') >= 0 || (digits.Length > 1 && digits[0] == '0')) return false;
        int n = int.Parse(digits, CultureInfo.InvariantCulture);
        return n >= min && n <= max;
    }

    /// <summary>A register name with a vector arrangement or element suffix (<c>v0.16b</c>, <c>z1.d</c>, <c>d0[1]</c> is lexed
    /// apart) reduced to the register: the part before the first dot.</summary>
    private static string BeforeDot(string s) { int dot = s.IndexOf('.', 1); return dot > 0 ? s[..dot] : s; }

    // ---- AArch64: llvm/lib/Target/AArch64/AsmParser/AArch64AsmParser.cpp (matchRegisterNameAlias, tryParseBarrierOperand,
    // tryParsePrefetch, tryParseSysReg, parseCondCodeString) and AArch64SystemOperands.td.

    /// <summary>AArch64 condition codes (AArch64BaseInfo.h, parseCondCodeString).</summary>
    internal static readonly HashSet<string> AArch64Conditions = Set("eq ne cs hs cc lo mi pl vs vc hi ls ge lt gt le al nv");

    private static readonly HashSet<string> AArch64Shifts = Set("lsl lsr asr ror msl uxtb uxth uxtw uxtx sxtb sxth sxtw sxtx mul vl");

    // The mnemonics whose last operand is a condition code.
    private static readonly HashSet<string> AArch64Conditional = Set("csel csinc csinv csneg cset csetm cinc cinv cneg ccmp ccmn fcsel fccmp fccmpe");

    // Mnemonics whose operand 0 is an option name: barriers (dmb ish), prefetch ops (prfm pstl1strm), system
    // instruction ops (dc civac, tlbi vae1is, ic iallu, at s1e1r), msr's PSTATE field or system register, hints.
    private static readonly HashSet<string> AArch64OptionFirst = Set("dmb dsb isb prfm prfum prfm.w tlbi dc ic at msr bti psb tsb brb cfp dvp cpp clrex gcspushm sb ssbb pssbb");

    internal static bool IsAArch64Register(string s)
    {
        s = BeforeDot(s);
        return s is "sp" or "wsp" or "xzr" or "wzr" or "lr" or "fp" or "ip0" or "ip1" or "nzcv" or "fpcr" or "fpsr" or "za" or "zt0" ||
            Numbered(s, "x", 0, 30) || Numbered(s, "w", 0, 30) ||
            Numbered(s, "v", 0, 31) || Numbered(s, "q", 0, 31) || Numbered(s, "d", 0, 31) || Numbered(s, "s", 0, 31) ||
            Numbered(s, "h", 0, 31) || Numbered(s, "b", 0, 31) || Numbered(s, "z", 0, 31) ||
            Numbered(s, "p", 0, 15) || Numbered(s, "pn", 0, 15);
    }

    internal static bool AArch64Keyword(string mnemonic, int operand, string name)
    {
        if (AArch64Shifts.Contains(name)) return true;
        if (operand == 0 && AArch64OptionFirst.Contains(mnemonic)) return true;
        // mrs Xt, <sysreg>; sys/sysl take #op1, Cn, Cm, #op2; the generic form s3_0_c1_c0_0 anywhere.
        if (operand == 1 && mnemonic is "mrs") return true;
        if (mnemonic is "sys" or "sysl" or "sysp" && Numbered(name, "c", 0, 15)) return true;
        if (IsGenericSysReg(name)) return true;
        if (AArch64Conditions.Contains(name) && AArch64Conditional.Contains(mnemonic)) return true;
        return false;
    }

    // s<op0>_<op1>_c<n>_c<m>_<op2>, the generic system register spelling (AArch64SysReg::parseGenericRegister).
    private static bool IsGenericSysReg(string s)
    {
        var p = s.Split('_');
        return p.Length == 5 && p[0].Length >= 2 && p[0][0] == 's' && p[2].StartsWith('c') && p[3].StartsWith('c') &&
            p.All(x => x.Length > 0 && x.TrimStart('s', 'c').All(char.IsAsciiDigit));
    }

    // ---- ARM: llvm/lib/Target/ARM/AsmParser/ARMAsmParser.cpp (MatchRegisterName and its aliases, parseMSRMaskOperand,
    // parseMemBarrierOptOperand, parseProcIFlagsOperand, parseCoprocNumOperand / parseCoprocRegOperand, ARMCondCodeFromString).

    private static readonly HashSet<string> ArmNamedRegisters = Set(
        "sp lr pc ip fp sl sb tr apsr cpsr spsr fpscr fpexc fpsid fpinst fpinst2 mvfr0 mvfr1 mvfr2 fpscr_nzcvqc vpr p0 " +
        "apsr_nzcv apsr_g apsr_nzcvq apsr_nzcvqg");

    private static readonly HashSet<string> ArmShifts = Set("lsl lsr asr ror rrx");

    // Mnemonics whose operand 0 is an option: barriers, interrupt flags (cpsid if), endianness, msr's mask.
    private static readonly HashSet<string> ArmOptionFirst = Set("dmb dsb isb cpsie cpsid cps setend msr");

    // it, itt, ite, ..., itttt: an IT block, whose operand is a condition code.
    private static bool IsArmItBlock(string mnemonic) =>
        mnemonic.Length is >= 2 and <= 5 && mnemonic.StartsWith("it", StringComparison.Ordinal) && mnemonic.AsSpan(2).IndexOfAnyExcept('t', 'e') < 0;

    internal static bool IsArmRegister(string s)
    {
        s = BeforeDot(s);
        return ArmNamedRegisters.Contains(s) ||
            Numbered(s, "r", 0, 15) || Numbered(s, "s", 0, 31) || Numbered(s, "d", 0, 31) || Numbered(s, "q", 0, 15) ||
            Numbered(s, "a", 1, 4) || Numbered(s, "v", 1, 8) || Numbered(s, "p", 0, 15) || Numbered(s, "c", 0, 15) || Numbered(s, "cr", 0, 15) ||
            // cpsr_fc, spsr_fsxc: a status register with a field mask
            (s.Length > 5 && (s.StartsWith("cpsr_", StringComparison.Ordinal) || s.StartsWith("spsr_", StringComparison.Ordinal) || s.StartsWith("apsr_", StringComparison.Ordinal)));
    }

    internal static bool ArmKeyword(string mnemonic, int operand, string name) =>
        ArmShifts.Contains(name) ||
        (operand == 0 && (ArmOptionFirst.Contains(mnemonic) || IsArmItBlock(mnemonic))) ||
        (operand == 1 && mnemonic is "mrs") ||
        // banked registers of msr/mrs: sp_usr, lr_irq, r8_fiq, elr_hyp, spsr_svc
        (mnemonic is "msr" or "mrs" && name.Contains('_'));

    // ---- RISC-V: llvm/lib/Target/RISCV/AsmParser/RISCVAsmParser.cpp (MatchRegisterAltName, parseCSRSystemRegister,
    // parseFenceArg, parseFRMArg, parseVTypeI) and RISCVRegisterInfo.td for the ABI names.

    /// <summary>The ABI names of x0..x31, the names LLVM prints.</summary>
    internal static readonly string[] RiscVGprNames =
    [
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
        "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
    ];

    /// <summary>The ABI names of f0..f31.</summary>
    internal static readonly string[] RiscVFprNames =
    [
        "ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2", "fa3", "fa4", "fa5",
        "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11",
    ];

    private static readonly HashSet<string> RiscVNamedRegisters = new(RiscVGprNames.Concat(RiscVFprNames).Append("fp"), StringComparer.Ordinal);
    private static readonly HashSet<string> RiscVRoundingModes = Set("rne rtz rdn rup rmm dyn");
    private static readonly HashSet<string> RiscVVType = Set("e8 e16 e32 e64 m1 m2 m4 m8 mf2 mf4 mf8 ta tu ma mu");

    // Which operand of each CSR instruction names the CSR.
    private static readonly Dictionary<string, int> RiscVCsrOperand = new(StringComparer.Ordinal)
    {
        ["csrr"] = 1, ["csrw"] = 0, ["csrs"] = 0, ["csrc"] = 0, ["csrwi"] = 0, ["csrsi"] = 0, ["csrci"] = 0,
        ["csrrw"] = 1, ["csrrs"] = 1, ["csrrc"] = 1, ["csrrwi"] = 1, ["csrrsi"] = 1, ["csrrci"] = 1,
    };

    internal static bool IsRiscVRegister(string s) =>
        RiscVNamedRegisters.Contains(s) || Numbered(s, "x", 0, 31) || Numbered(s, "f", 0, 31) || Numbered(s, "v", 0, 31);

    internal static bool RiscVKeyword(string mnemonic, int operand, string name) =>
        (RiscVCsrOperand.TryGetValue(mnemonic, out int csr) && csr == operand) ||
        (mnemonic.StartsWith("fence", StringComparison.Ordinal) && name.All(c => c is 'i' or 'o' or 'r' or 'w')) ||
        (mnemonic.StartsWith('f') && RiscVRoundingModes.Contains(name)) ||
        (mnemonic.StartsWith("vset", StringComparison.Ordinal) && RiscVVType.Contains(name));

    // ---- PowerPC: llvm/lib/Target/PowerPC/AsmParser/PPCAsmParser.cpp (MatchRegisterName, the crN/lt/gt/eq/so/un
    // condition-register expressions) and PPCInstrInfo.td's mtspr/mfspr aliases.

    private static readonly HashSet<string> PowerPCNamedRegisters = Set("lr ctr xer vrsave spefscr sp rtoc fpscr");
    private static readonly HashSet<string> PowerPCConditionBits = Set("lt gt eq so un");

    internal static bool IsPowerPCRegister(string s) =>
        PowerPCNamedRegisters.Contains(s) ||
        Numbered(s, "r", 0, 31) || Numbered(s, "f", 0, 31) || Numbered(s, "v", 0, 31) || Numbered(s, "vs", 0, 63) ||
        Numbered(s, "cr", 0, 7) || Numbered(s, "q", 0, 31);

    // Condition-register bits stand in expressions such as 4*cr1+eq in any branch or CR-logical instruction.
    internal static bool PowerPCKeyword(string mnemonic, int operand, string name) =>
        PowerPCConditionBits.Contains(name) || (mnemonic is "mtspr" && operand == 0) || (mnemonic is "mfspr" && operand == 1);

    // ---- SystemZ: registers are written %r0-%r15, %f, %v, %a, %c (SystemZAsmParser.cpp); bare words are symbols.

    internal static bool IsSystemZRegister(string s) =>
        Numbered(s, "r", 0, 15) || Numbered(s, "f", 0, 15) || Numbered(s, "v", 0, 31) || Numbered(s, "a", 0, 15) || Numbered(s, "c", 0, 15);

    // ---- Targets without a table (MIPS, LoongArch, ...): the old approximation.

    // x86 registers by name, lower case (X86RegisterInfo.td): general-purpose in every width, segment, control,
    // debug, x87, MMX, SSE/AVX/AVX-512 and mask registers
    private static readonly HashSet<string> X86Registers = BuildX86Registers();

    private static HashSet<string> BuildX86Registers()
    {
        var names = Set("rax eax ax al ah rbx ebx bx bl bh rcx ecx cx cl ch rdx edx dx dl dh rsi esi si sil rdi edi di dil " +
                        "rbp ebp bp bpl rsp esp sp spl rip eip ip cs ds es fs gs ss st fpcr fpsw eflags rflags");
        for (int n = 8; n < 16; n++) names.UnionWith([$"r{n}", $"r{n}d", $"r{n}w", $"r{n}b", $"r{n}l"]);
        for (int n = 16; n < 32; n++) names.UnionWith([$"r{n}", $"r{n}d", $"r{n}w", $"r{n}b"]); // APX
        for (int n = 0; n < 16; n++) names.UnionWith([$"cr{n}", $"dr{n}"]);
        for (int n = 0; n < 8; n++) names.UnionWith([$"st{n}", $"mm{n}", $"k{n}"]);
        for (int n = 0; n < 32; n++) names.UnionWith([$"xmm{n}", $"ymm{n}", $"zmm{n}"]);
        return names;
    }

    /// <summary>An x86 register name, without <c>%</c> (Intel syntax).</summary>
    internal static bool IsX86Register(string s) => X86Registers.Contains(s);

    // Intel syntax operand words (X86AsmParser.cpp: ParseIntelOperand, IdentifyIntelInlineAsmOperator, the size and
    // operator keywords of ParseIntelExpression): never symbols where an operand is read
    private static readonly HashSet<string> X86IntelWords = Set(
        "ptr offset byte word dword fword qword mmword tbyte oword xmmword ymmword zmmword real4 real8 real10 " +
        "near far short flat length size type and or xor not shl shr mod eq ne lt le gt ge");

    /// <summary>A word of an Intel-syntax operand that is not a symbol: a register, a size, <c>ptr</c>, <c>offset</c>,
    /// an operator.</summary>
    internal static bool X86IntelKeyword(string mnemonic, int operand, string name) => X86IntelWords.Contains(name) || X86Registers.Contains(name);

    internal static bool IsGenericRegister(string s) =>
        s is "sp" or "ra" or "gp" or "tp" or "fp" or "zero" or "lr" or "ctr" ||
        (s.Length is 2 or 3 && "xrfavts".Contains(s[0]) && s.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0 &&
         int.Parse(s.AsSpan(1), CultureInfo.InvariantCulture) <= 31);
}
