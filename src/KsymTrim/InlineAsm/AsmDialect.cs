namespace KsymTrim.InlineAsm;

/// <summary>
/// What differs between targets' GNU-style assembly syntax for the purpose of finding symbols: the comment
/// string, and how registers and immediates look. Values from each target's MCAsmInfo (CommentString,
/// SeparatorString) and register names from the targets' AsmParsers.
/// </summary>
public sealed record AsmDialect(string Name, string Comment, bool RegistersHavePercent, char ImmediatePrefix, Func<string, bool> IsRegister)
{
    /// <summary>x86 and x86-64, AT&amp;T syntax: <c>#</c> comments, <c>%reg</c>, <c>$imm</c>.</summary>
    public static AsmDialect X86 { get; } = new("x86", "#", true, '$', _ => false);

    /// <summary>AArch64: <c>//</c> comments, bare register names, <c>#imm</c>.</summary>
    public static AsmDialect AArch64 { get; } = new("aarch64", "//", false, '#', IsAArch64Register);

    /// <summary>ARM: <c>@</c> comments, bare register names, <c>#imm</c>.</summary>
    public static AsmDialect Arm { get; } = new("arm", "@", false, '#', IsArmRegister);

    /// <summary>RISC-V, PowerPC, s390 and others with <c>#</c> comments and bare register names.</summary>
    public static AsmDialect Generic { get; } = new("generic", "#", false, '\0', IsGenericRegister);

    /// <summary>The dialect for an LLVM target triple.</summary>
    public static AsmDialect ForTriple(string? triple)
    {
        var arch = (triple ?? "").Split('-')[0];
        if (arch is "x86_64" or "i386" or "i486" or "i586" or "i686" or "x86") return X86;
        if (arch.StartsWith("aarch64", StringComparison.Ordinal) || arch.StartsWith("arm64", StringComparison.Ordinal)) return AArch64;
        if (arch.StartsWith("arm", StringComparison.Ordinal) || arch.StartsWith("thumb", StringComparison.Ordinal)) return Arm;
        return Generic;
    }

    private static bool IsNumbered(string s, int prefix, int max) =>
        s.Length > prefix && s.Length <= prefix + 2 && int.TryParse(s.AsSpan(prefix), out int n) && n >= 0 && n <= max;

    private static bool IsAArch64Register(string s) =>
        s is "sp" or "wsp" or "xzr" or "wzr" or "lr" or "fp" or "nzcv" or "fpcr" or "fpsr" ||
        (s.Length >= 2 && "xwvqdshbz".Contains(s[0]) && IsNumbered(s, 1, 31)) ||
        (s.Length >= 2 && s[0] == 'p' && IsNumbered(s, 1, 15));

    private static bool IsArmRegister(string s) =>
        s is "sp" or "lr" or "pc" or "fp" or "ip" or "sl" or "sb" or "apsr" or "cpsr" or "spsr" or "fpscr" ||
        (s.Length >= 2 && "rsdq".Contains(s[0]) && IsNumbered(s, 1, 31));

    private static bool IsGenericRegister(string s) =>
        s is "sp" or "ra" or "gp" or "tp" or "fp" or "zero" or "lr" or "ctr" ||
        (s.Length >= 2 && "xrfavts".Contains(s[0]) && IsNumbered(s, 1, 31));
}
