namespace KsymTrim.InlineAsm;

/// <summary>The target architectures whose assembly syntax and inline asm operands KsymTrim knows.</summary>
internal enum AsmArchitecture
{
    /// <summary>Any other target: generic GNU-as syntax, no register classes.</summary>
    Other,
    /// <summary>32-bit x86 (i386 ... i686).</summary>
    X86,
    /// <summary>x86-64.</summary>
    X86_64,
    /// <summary>AArch64 (arm64).</summary>
    AArch64,
    /// <summary>32-bit ARM and Thumb.</summary>
    Arm,
    /// <summary>32-bit RISC-V.</summary>
    RiscV32,
    /// <summary>64-bit RISC-V.</summary>
    RiscV64,
    /// <summary>32-bit PowerPC.</summary>
    PowerPC32,
    /// <summary>64-bit PowerPC, either byte order.</summary>
    PowerPC64,
    /// <summary>IBM Z (s390x).</summary>
    SystemZ,
}

/// <summary>
/// What differs between targets' GNU-style assembly syntax for the purpose of finding symbols: the comment
/// string, and how registers and immediates look. Values from each target's MCAsmInfo (CommentString,
/// SeparatorString; every target here separates statements with <c>;</c>) and register names from the
/// targets' AsmParsers (<see cref="AsmVocabulary"/>). Immutable and thread-safe.
/// </summary>
/// <param name="Name">A short name for messages.</param>
/// <param name="Comment">The line comment string.</param>
/// <param name="RegistersHavePercent"><c>%name</c> is never a symbol: a register (x86, s390x) or a relocation
/// operator (<c>%hi(</c>, <c>%pcrel_lo(</c> on RISC-V and PowerPC).</param>
/// <param name="ImmediatePrefix">The character that introduces an immediate (<c>$</c>, <c>#</c>), or NUL.</param>
/// <param name="IsRegister">Whether a bare lower-case word is a register wherever it stands.</param>
internal sealed record AsmDialect(string Name, string Comment, bool RegistersHavePercent, char ImmediatePrefix, Func<string, bool> IsRegister)
{
    /// <summary>The architecture, which selects the inline asm operand printer and register classes.</summary>
    public AsmArchitecture Architecture { get; init; }

    /// <summary>Relocation specifiers are written between colons: <c>:lo12:sym</c> (AArch64), <c>:lower16:sym</c> (ARM).</summary>
    public bool ColonSpecifiers { get; init; }

    /// <summary>Whether word <c>name</c> in operand <c>index</c> of instruction <c>mnemonic</c> (all lower case) is a
    /// keyword rather than a symbol: <c>dmb ish</c>, <c>mrs x0, sp_el0</c>, <c>csrr a0, sstatus</c>.</summary>
    internal Func<string, int, string, bool> IsOperandKeyword { get; init; } = static (_, _, _) => false;

    /// <summary>Names the assembler or linker provides that are never a module's undefined symbol (PowerPC <c>.TOC.</c>).</summary>
    internal Func<string, bool> IsProvidedName { get; init; } = static _ => false;

    /// <summary>x86-64, AT&amp;T syntax: <c>#</c> comments, <c>%reg</c>, <c>$imm</c>.</summary>
    public static AsmDialect X86 { get; } = new("x86", "#", true, '$', static _ => false) { Architecture = AsmArchitecture.X86_64 };

    /// <summary>32-bit x86, AT&amp;T syntax: as <see cref="X86"/>, with 32-bit registers.</summary>
    public static AsmDialect I386 { get; } = new("i386", "#", true, '$', static _ => false) { Architecture = AsmArchitecture.X86 };

    /// <summary>x86-64 after <c>.intel_syntax</c>: registers without <c>%</c>, no <c>$</c> before immediates, and the
    /// operand words <c>ptr</c>, <c>offset</c>, the operand sizes (<c>qword</c>...) and the operators (<c>and</c>,
    /// <c>shl</c>...) that are not symbols (X86AsmParser.cpp, Intel syntax).</summary>
    public static AsmDialect X86Intel { get; } = X86 with
    {
        Name = "x86-intel", ImmediatePrefix = '\0', IsRegister = AsmVocabulary.IsX86Register, IsOperandKeyword = AsmVocabulary.X86IntelKeyword,
    };

    /// <summary>32-bit x86 after <c>.intel_syntax</c>.</summary>
    public static AsmDialect I386Intel { get; } = X86Intel with { Name = "i386-intel", Architecture = AsmArchitecture.X86 };

    /// <summary>This dialect after <c>.intel_syntax</c> (x86 only), or after <c>.att_syntax</c> (the AT&amp;T one).</summary>
    internal AsmDialect WithIntelSyntax(bool intel) => Architecture switch
    {
        AsmArchitecture.X86_64 => intel ? X86Intel : X86,
        AsmArchitecture.X86 => intel ? I386Intel : I386,
        _ => this,
    };

    /// <summary>AArch64: <c>//</c> comments, bare register names, <c>#imm</c>, <c>:lo12:</c> specifiers.</summary>
    public static AsmDialect AArch64 { get; } = new("aarch64", "//", false, '#', AsmVocabulary.IsAArch64Register)
    {
        Architecture = AsmArchitecture.AArch64, ColonSpecifiers = true, IsOperandKeyword = AsmVocabulary.AArch64Keyword,
    };

    /// <summary>ARM: <c>@</c> comments, bare register names, <c>#imm</c>, <c>:lower16:</c> specifiers.</summary>
    public static AsmDialect Arm { get; } = new("arm", "@", false, '#', AsmVocabulary.IsArmRegister)
    {
        Architecture = AsmArchitecture.Arm, ColonSpecifiers = true, IsOperandKeyword = AsmVocabulary.ArmKeyword,
    };

    /// <summary>64-bit RISC-V: <c>#</c> comments, ABI register names, <c>%hi(sym)</c> operators.</summary>
    public static AsmDialect RiscV64 { get; } = new("riscv64", "#", true, '\0', AsmVocabulary.IsRiscVRegister)
    {
        Architecture = AsmArchitecture.RiscV64, IsOperandKeyword = AsmVocabulary.RiscVKeyword,
    };

    /// <summary>32-bit RISC-V.</summary>
    public static AsmDialect RiscV32 { get; } = RiscV64 with { Name = "riscv32", Architecture = AsmArchitecture.RiscV32 };

    /// <summary>64-bit PowerPC: <c>#</c> comments, registers as bare numbers or <c>rN</c>, <c>sym@ha</c> specifiers.</summary>
    public static AsmDialect PowerPC64 { get; } = new("powerpc64", "#", true, '\0', AsmVocabulary.IsPowerPCRegister)
    {
        Architecture = AsmArchitecture.PowerPC64, IsOperandKeyword = AsmVocabulary.PowerPCKeyword, IsProvidedName = static n => n == ".TOC.",
    };

    /// <summary>32-bit PowerPC.</summary>
    public static AsmDialect PowerPC32 { get; } = PowerPC64 with { Name = "powerpc", Architecture = AsmArchitecture.PowerPC32 };

    /// <summary>IBM Z: <c>#</c> comments, <c>%rN</c> registers.</summary>
    public static AsmDialect SystemZ { get; } = new("s390x", "#", true, '\0', AsmVocabulary.IsSystemZRegister)
    {
        Architecture = AsmArchitecture.SystemZ,
    };

    /// <summary>Other targets with <c>#</c> comments and bare register names (MIPS, LoongArch, ...).</summary>
    public static AsmDialect Generic { get; } = new("generic", "#", false, '\0', AsmVocabulary.IsGenericRegister);

    /// <summary>The dialect for an LLVM target triple.</summary>
    public static AsmDialect ForTriple(string? triple)
    {
        var arch = (triple ?? "").Split('-')[0];
        if (arch is "x86_64" or "amd64" or "x86_64h") return X86;
        if (arch is "i386" or "i486" or "i586" or "i686" or "x86") return I386;
        if (arch.StartsWith("aarch64", StringComparison.Ordinal) || arch.StartsWith("arm64", StringComparison.Ordinal)) return AArch64;
        if (arch.StartsWith("arm", StringComparison.Ordinal) || arch.StartsWith("thumb", StringComparison.Ordinal)) return Arm;
        if (arch is "riscv64") return RiscV64;
        if (arch is "riscv32") return RiscV32;
        if (arch is "powerpc64" or "powerpc64le" or "ppc64" or "ppc64le") return PowerPC64;
        if (arch is "powerpc" or "powerpcle" or "ppc" or "ppc32" or "ppcle" or "ppc32le") return PowerPC32;
        if (arch is "s390x" or "systemz") return SystemZ;
        return Generic;
    }
}
