using System.Globalization;

namespace KsymTrim.InlineAsm;

/// <summary>
/// What the backend of one target does with an inline asm operand: which registers a constraint code lets the
/// register allocator choose (each target's getRegForInlineAsmConstraint, minus the registers getReservedRegs
/// always reserves), and how the AsmPrinter prints a register, an immediate, a global or a memory operand under
/// each operand modifier (PrintAsmOperand / PrintAsmMemoryOperand). Registers are named by a canonical name
/// (<c>rax</c>, <c>x5</c>, <c>r3</c>); a printer returns null where LLVM reports "invalid operand in inline asm".
/// Immutable and thread-safe.
/// </summary>
internal abstract class AsmTarget
{
    /// <summary>The target of <paramref name="dialect"/>.</summary>
    public static AsmTarget For(AsmDialect dialect) => dialect.Architecture switch
    {
        AsmArchitecture.X86_64 => X86Target.Bits64,
        AsmArchitecture.X86 => X86Target.Bits32,
        AsmArchitecture.AArch64 => AArch64Target.Instance,
        AsmArchitecture.Arm => ArmTarget.Instance,
        AsmArchitecture.RiscV32 or AsmArchitecture.RiscV64 => RiscVTarget.Instance,
        AsmArchitecture.PowerPC32 => PowerPCTarget.Bits32,
        AsmArchitecture.PowerPC64 => PowerPCTarget.Bits64,
        AsmArchitecture.SystemZ => SystemZTarget.Instance,
        _ => GenericTarget.Instance,
    };

    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _classes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);

    /// <summary>Declares register <paramref name="canonical"/> and the names a <c>{name}</c> constraint may use for it.</summary>
    protected void Register(string canonical, params string[] names)
    {
        _aliases[canonical] = canonical;
        foreach (var n in names) if (n.Length > 0) _aliases[n] = canonical;
    }

    /// <summary>Declares the registers constraint code <paramref name="code"/> selects.</summary>
    protected void Class(string code, IEnumerable<string> registers) => _classes[code] = registers.ToArray();

    /// <summary>Declares registers the allocator never hands out (stack pointer, program counter, ...).</summary>
    protected void Reserve(params string[] registers) => _reserved.UnionWith(registers);

    /// <summary>The registers a register-class code selects, or null if <paramref name="code"/> is not one.</summary>
    public IReadOnlyList<string>? ClassOf(string code) => _classes.GetValueOrDefault(code);

    /// <summary>The register a <c>{name}</c> code names, or null if this target has no such register.</summary>
    public string? Fixed(string code)
    {
        if (code.Length <= 2 || code[0] != '{' || code[^1] != '}') return null;
        // The same few codes ({ax}, ~{flags}...) come with every asm statement: resolved once per target.
        if (_fixed.TryGetValue(code, out var register)) return register;
        register = _aliases.GetValueOrDefault(AsmText.Lower(code[1..^1]).TrimStart('%'));
        if (Volatile.Read(ref _fixedCount) < MaxFixed && _fixed.TryAdd(code, register)) Interlocked.Increment(ref _fixedCount);
        return register;
    }

    private const int MaxFixed = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _fixed = new(StringComparer.Ordinal);
    private int _fixedCount;

    /// <summary>Whether the allocator never chooses <paramref name="register"/>.</summary>
    public bool IsReserved(string register) => _reserved.Contains(register);

    /// <summary>Whether <paramref name="code"/> asks for a memory operand (m, o, V, &lt;, &gt;, p and the target's own).</summary>
    public virtual bool IsMemory(string code) => code is "m" or "o" or "V" or "<" or ">" or "p";

    /// <summary>Whether <paramref name="code"/> asks for an immediate or a relocatable constant: i, n, s, X, E, F and
    /// the targets' single upper-case letters that are not registers or memory.</summary>
    public bool IsImmediate(string code) =>
        code is "i" or "n" or "s" or "X" or "E" or "F" ||
        (code.Length == 1 && char.IsAsciiLetterUpper(code[0]) && ClassOf(code) == null && !IsMemory(code)) || IsTargetImmediate(code);

    /// <summary>Target immediate codes that are not single upper-case letters (x86 <c>e</c>, <c>Z</c>).</summary>
    protected virtual bool IsTargetImmediate(string code) => false;

    /// <summary>Prints a register under a modifier ('\0' for none).</summary>
    public abstract string? PrintRegister(string register, char modifier);

    /// <summary>Prints an integer immediate.</summary>
    public abstract string? PrintImmediate(long value, char modifier);

    /// <summary>Prints a global's address as an immediate (<c>i</c>, <c>s</c>, <c>X</c>).</summary>
    public abstract string? PrintSymbol(string symbol, long offset, char modifier);

    /// <summary>Prints a memory operand; <paramref name="symbol"/> is the global it addresses when the operand is
    /// the global itself (an indirect <c>*m</c> of <c>@g</c>), null when it is a register or a stack slot.</summary>
    public abstract string? PrintMemory(string? symbol, long offset, char modifier);

    /// <summary>LLVM's printOffset: <c>+8</c>, <c>-8</c> or nothing.</summary>
    protected static string Offset(long offset) =>
        offset == 0 ? "" : offset > 0 ? "+" + offset.ToString(CultureInfo.InvariantCulture) : offset.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number as the printers write it.</summary>
    protected static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The generic modifiers of AsmPrinter::PrintAsmOperand for an immediate: c (bare), n (negated),
    /// s (32 - value, masked), a (like c).</summary>
    protected static string? GenericImmediate(long value, char modifier) => modifier switch
    {
        'c' or 'a' => Number(value),
        'n' => Number(unchecked(-value)),
        's' => Number((32 - value) & 31),
        _ => null,
    };
}

/// <summary>x86 and x86-64 (X86ISelLowering.cpp getRegForInlineAsmConstraint, X86AsmPrinter.cpp PrintAsmOperand,
/// printAsmMRegister, PrintAsmMemoryOperand), AT&amp;T syntax.</summary>
internal sealed class X86Target : AsmTarget
{
    // Each general-purpose register: its 64-, 32-, 16-, low 8- and high 8-bit names (X86RegisterInfo.td).
    private static readonly string[][] Gprs =
    [
        ["rax", "eax", "ax", "al", "ah"], ["rbx", "ebx", "bx", "bl", "bh"], ["rcx", "ecx", "cx", "cl", "ch"], ["rdx", "edx", "dx", "dl", "dh"],
        ["rsi", "esi", "si", "sil", ""], ["rdi", "edi", "di", "dil", ""], ["rbp", "ebp", "bp", "bpl", ""], ["rsp", "esp", "sp", "spl", ""],
        .. Enumerable.Range(8, 8).Select(n => new[] { $"r{n}", $"r{n}d", $"r{n}w", $"r{n}b", "" }),
        ["rip", "eip", "ip", "", ""],
    ];

    // After Gprs: static initializers run in order.
    public static X86Target Bits64 { get; } = new(true);
    public static X86Target Bits32 { get; } = new(false);

    private readonly Dictionary<string, string[]> _gprs = new(StringComparer.Ordinal);
    private readonly bool _is64;

    private X86Target(bool is64)
    {
        _is64 = is64;
        foreach (var row in Gprs) { _gprs[row[0]] = row; Register(row[0], row); }
        for (int n = 0; n < 32; n++) Register($"xmm{n}", $"ymm{n}", $"zmm{n}");
        for (int n = 0; n < 8; n++) { Register($"mm{n}"); Register($"k{n}"); }
        string[] a = ["rax"], b = ["rbx"], c = ["rcx"], d = ["rdx"];
        var legacy = Gprs[..8].Select(r => r[0]).ToArray();                 // ax bx cx dx si di bp sp: no REX needed
        var all = is64 ? Gprs[..16].Select(r => r[0]).ToArray() : legacy;
        var abcd = new[] { "rax", "rbx", "rcx", "rdx" };
        Class("r", all); Class("l", all); Class("R", legacy); Class("Q", abcd); Class("q", is64 ? all : abcd);
        Class("a", a); Class("b", b); Class("c", c); Class("d", d); Class("S", ["rsi"]); Class("D", ["rdi"]); Class("A", ["rax", "rdx"]);
        Class("U", is64 ? ["rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11"] : ["rax", "rcx", "rdx"]);
        var xmm = Enumerable.Range(0, is64 ? 16 : 8).Select(n => $"xmm{n}").ToArray();
        Class("x", xmm); Class("Yi", xmm); Class("Y2", xmm); Class("Yt", xmm); Class("Yz", ["xmm0"]);
        Class("v", Enumerable.Range(0, is64 ? 32 : 8).Select(n => $"xmm{n}"));
        Class("y", Enumerable.Range(0, 8).Select(n => $"mm{n}"));
        Class("k", Enumerable.Range(0, 8).Select(n => $"k{n}")); Class("Yk", Enumerable.Range(1, 7).Select(n => $"k{n}"));
        Reserve("rsp", "rip");
    }

    protected override bool IsTargetImmediate(string code) => code is "e" or "Z" or "We" or "Wz";

    public override string? PrintRegister(string register, char modifier)
    {
        if (_gprs.TryGetValue(register, out var row))
        {
            int native = _is64 ? 0 : 1;
            int view = modifier switch
            {
                '\0' or 'c' or 'P' or 'n' or 'a' or 'A' or 'q' or 'V' => native,
                'k' => 1, 'w' => 2, 'b' => 3, 'h' => 4,
                _ => -1,
            };
            if (view < 0 || row[view].Length == 0) return null;
            string name = row[view];
            return modifier switch { 'V' => name, 'a' => $"(%{name})", 'A' => $"*%{name}", 'n' => $"-%{name}", _ => "%" + name };
        }
        if (register.StartsWith("xmm", StringComparison.Ordinal))
            return modifier switch
            {
                '\0' or 'c' or 'P' or 'x' => "%" + register,
                't' => "%y" + register[1..],
                'g' => "%z" + register[1..],
                _ => null,
            };
        return modifier is '\0' or 'c' or 'P' ? "%" + register : null;
    }

    public override string? PrintImmediate(long value, char modifier) => modifier switch
    {
        '\0' or 'V' or 'b' or 'h' or 'w' or 'k' or 'q' or 'x' or 't' or 'g' => "$" + Number(value),
        'P' => Number(value),
        _ => GenericImmediate(value, modifier),
    };

    public override string? PrintSymbol(string symbol, long offset, char modifier) => modifier switch
    {
        '\0' or 'V' or 'b' or 'h' or 'w' or 'k' or 'q' or 'x' or 't' or 'g' => "$" + symbol + Offset(offset),
        'c' or 'P' or 'p' or 'a' => symbol + Offset(offset),
        'n' => "-$" + symbol + Offset(offset),
        _ => null,
    };

    public override string? PrintMemory(string? symbol, long offset, char modifier)
    {
        if (modifier is not ('\0' or 'b' or 'h' or 'w' or 'k' or 'q' or 'P' or 'H')) return null;
        if (modifier == 'H') offset += 8;
        if (symbol == null) return (offset == 0 ? "" : Number(offset)) + (_is64 ? "(%rax)" : "(%eax)");
        // A global: RIP-relative on x86-64 (the kernel's and the small code model), absolute on i386.
        return symbol + Offset(offset) + (_is64 ? "(%rip)" : "");
    }
}

/// <summary>AArch64 (AArch64ISelLowering.cpp getRegForInlineAsmConstraint, AArch64AsmPrinter.cpp PrintAsmOperand).</summary>
internal sealed class AArch64Target : AsmTarget
{
    public static AArch64Target Instance { get; } = new();

    private AArch64Target()
    {
        for (int n = 0; n <= 30; n++) Register($"x{n}", $"w{n}");
        Register("sp", "wsp"); Register("xzr", "wzr");
        Register("x29", "fp"); Register("x30", "lr");
        for (int n = 0; n < 32; n++) Register($"v{n}", $"q{n}", $"d{n}", $"s{n}", $"h{n}", $"b{n}", $"z{n}");
        for (int n = 0; n < 16; n++) Register($"p{n}");
        // 'r' is GPR64common: x0-x30, neither sp nor xzr. x18 stays a candidate: whether the platform reserves it
        // (-ffixed-x18, shadow call stacks) is not known here.
        Class("r", Enumerable.Range(0, 31).Select(n => $"x{n}"));
        Class("w", Enumerable.Range(0, 32).Select(n => $"v{n}"));
        Class("x", Enumerable.Range(0, 16).Select(n => $"v{n}"));
        Class("y", Enumerable.Range(0, 8).Select(n => $"v{n}"));
        Class("Upl", Enumerable.Range(0, 8).Select(n => $"p{n}"));
        Class("Upa", Enumerable.Range(0, 16).Select(n => $"p{n}"));
        Class("Uph", Enumerable.Range(8, 8).Select(n => $"p{n}"));
        Class("Uci", Enumerable.Range(8, 4).Select(n => $"x{n}"));
        Class("Ucj", Enumerable.Range(12, 4).Select(n => $"x{n}"));
        Reserve("sp", "xzr");
    }

    public override bool IsMemory(string code) => base.IsMemory(code) || code is "Q" or "Ump" or "Utf";

    public override string? PrintRegister(string register, char modifier)
    {
        char kind = register[0];
        string number = register[1..];
        if (register is "sp" or "xzr")
            return modifier switch { '\0' or 'x' => register, 'w' => register == "sp" ? "wsp" : "wzr", _ => null };
        return (kind, modifier) switch
        {
            ('x', '\0' or 'x') => register,
            ('x', 'w') => "w" + number,
            ('x', 'a') => $"[{register}]",
            ('v', '\0') => register,
            ('v', 'b' or 'h' or 's' or 'd' or 'q' or 'z') => modifier + number,
            ('p', '\0') => register,
            _ => null,
        };
    }

    public override string? PrintImmediate(long value, char modifier) => modifier switch
    {
        '\0' => Number(value),
        'w' => value == 0 ? "wzr" : Number(value),
        'x' => value == 0 ? "xzr" : Number(value),
        _ => GenericImmediate(value, modifier),
    };

    public override string? PrintSymbol(string symbol, long offset, char modifier) =>
        modifier is '\0' or 'c' or 'a' or 'w' or 'x' ? symbol + Offset(offset) : null;

    // The address is always in a register: "[x9]" (AArch64AsmPrinter::PrintAsmMemoryOperand takes only 'a').
    public override string? PrintMemory(string? symbol, long offset, char modifier) => modifier is '\0' or 'a' ? "[x0]" : null;
}

/// <summary>32-bit ARM and Thumb (ARMISelLowering.cpp getRegForInlineAsmConstraint, ARMAsmPrinter.cpp PrintAsmOperand).</summary>
internal sealed class ArmTarget : AsmTarget
{
    public static ArmTarget Instance { get; } = new();

    private ArmTarget()
    {
        for (int n = 0; n <= 12; n++) Register($"r{n}");
        Register("sp", "r13"); Register("lr", "r14"); Register("pc", "r15");
        for (int n = 0; n < 32; n++) { Register($"s{n}"); Register($"d{n}"); }
        for (int n = 0; n < 16; n++) Register($"q{n}");
        var gpr = Enumerable.Range(0, 13).Select(n => $"r{n}").Append("lr").ToArray();
        Class("r", gpr); Class("l", gpr[..8]); Class("h", gpr[8..]);
        Class("t", Enumerable.Range(0, 32).Select(n => $"s{n}"));
        Class("w", Enumerable.Range(0, 32).Select(n => $"d{n}"));
        Class("x", Enumerable.Range(0, 16).Select(n => $"d{n}"));
        Reserve("sp", "pc");
    }

    public override bool IsMemory(string code) => base.IsMemory(code) || code == "Q" || (code.Length == 2 && code[0] == 'U');

    public override string? PrintRegister(string register, char modifier) => modifier switch
    {
        '\0' or 'P' or 'Q' or 'R' or 'H' or 'y' or 'e' or 'f' or 'q' => register,
        'a' => $"[{register}]",
        _ => null,
    };

    public override string? PrintImmediate(long value, char modifier) => modifier switch
    {
        '\0' => "#" + Number(value),
        'B' => Number(~value),
        'L' => Number(value & 0xffff),
        _ => GenericImmediate(value, modifier),
    };

    public override string? PrintSymbol(string symbol, long offset, char modifier) =>
        modifier is '\0' or 'c' ? symbol + Offset(offset) : null;

    public override string? PrintMemory(string? symbol, long offset, char modifier) => "[r0]";
}

/// <summary>RISC-V (RISCVISelLowering.cpp getRegForInlineAsmConstraint, RISCVAsmPrinter.cpp PrintAsmOperand),
/// registers printed by their ABI names.</summary>
internal sealed class RiscVTarget : AsmTarget
{
    public static RiscVTarget Instance { get; } = new();

    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    private RiscVTarget()
    {
        for (int n = 0; n < 32; n++)
        {
            string x = $"x{n}", f = $"f{n}";
            Register(x, AsmVocabulary.RiscVGprNames[n]); _names[x] = AsmVocabulary.RiscVGprNames[n];
            Register(f, AsmVocabulary.RiscVFprNames[n], $"f{n}_f", $"f{n}_d", $"f{n}_h"); _names[f] = AsmVocabulary.RiscVFprNames[n];
            Register($"v{n}"); _names[$"v{n}"] = $"v{n}";
        }
        // zero, sp, gp and tp are reserved (RISCVRegisterInfo::getReservedRegs); the frame pointer s0 is not always.
        Class("r", Enumerable.Range(1, 31).Where(n => n is not (2 or 3 or 4)).Select(n => $"x{n}"));
        Class("cr", Enumerable.Range(8, 8).Select(n => $"x{n}"));
        Class("f", Enumerable.Range(0, 32).Select(n => $"f{n}"));
        Class("cf", Enumerable.Range(8, 8).Select(n => $"f{n}"));
        Class("vr", Enumerable.Range(0, 32).Select(n => $"v{n}"));
        Class("vd", Enumerable.Range(1, 31).Select(n => $"v{n}"));
        Class("vm", ["v0"]);
        Reserve("x0", "x2", "x3", "x4");
    }

    public override bool IsMemory(string code) => base.IsMemory(code) || code == "A";

    public override string? PrintRegister(string register, char modifier) => modifier switch
    {
        '\0' or 'z' => _names[register],
        'i' => "",
        'N' => register[1..],
        'a' => $"0({_names[register]})",
        _ => null,
    };

    public override string? PrintImmediate(long value, char modifier) => modifier switch
    {
        '\0' => Number(value),
        'z' => value == 0 ? "zero" : Number(value),
        'i' => "i",
        _ => GenericImmediate(value, modifier),
    };

    public override string? PrintSymbol(string symbol, long offset, char modifier) => modifier switch
    {
        '\0' or 'c' or 'a' => symbol + Offset(offset),
        'i' => "i",
        _ => null,
    };

    // llc prints a global in a memory operand as %lo(g)(a1) under the medlow model, 0(a1) otherwise.
    public override string? PrintMemory(string? symbol, long offset, char modifier) =>
        modifier != '\0' ? null : symbol != null ? $"%lo({symbol}{Offset(offset)})(a0)" : "0(a0)";
}

/// <summary>PowerPC (PPCISelLowering.cpp getRegForInlineAsmConstraint, PPCAsmPrinter.cpp PrintAsmOperand): Linux
/// assemblers take registers as bare numbers, so <c>r3</c> prints as <c>3</c>.</summary>
internal sealed class PowerPCTarget : AsmTarget
{
    public static PowerPCTarget Bits64 { get; } = new(true);
    public static PowerPCTarget Bits32 { get; } = new(false);

    private PowerPCTarget(bool is64)
    {
        for (int n = 0; n < 32; n++) { Register($"r{n}"); Register($"f{n}"); Register($"v{n}"); }
        for (int n = 0; n < 64; n++) Register($"vs{n}");
        for (int n = 0; n < 8; n++) Register($"cr{n}");
        // r1 is the stack pointer, r2 the TOC (64-bit) or thread pointer (32-bit), r13 the thread pointer (64-bit).
        string[] reserved = is64 ? ["r1", "r2", "r13"] : ["r1", "r2"];
        var gpr = Enumerable.Range(0, 32).Select(n => $"r{n}").ToArray();
        Class("r", gpr); Class("b", gpr[1..]);
        Class("f", Enumerable.Range(0, 32).Select(n => $"f{n}")); Class("d", Enumerable.Range(0, 32).Select(n => $"f{n}"));
        Class("v", Enumerable.Range(0, 32).Select(n => $"v{n}"));
        foreach (var w in new[] { "wa", "wd", "wf", "ws", "wi", "ww", "wx" }) Class(w, Enumerable.Range(0, 64).Select(n => $"vs{n}"));
        Class("y", Enumerable.Range(0, 8).Select(n => $"cr{n}"));
        Reserve(reserved);
    }

    public override bool IsMemory(string code) => base.IsMemory(code) || code is "Z" or "Y" or "Q" or "es";

    private static string Bare(string register) => register.TrimStart('r', 'f', 'v', 's', 'c');

    public override string? PrintRegister(string register, char modifier) => modifier switch
    {
        '\0' or 'x' => Bare(register),
        'L' when register[0] == 'r' => (int.Parse(register.AsSpan(1), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture),
        'I' => "",
        _ => null,
    };

    public override string? PrintImmediate(long value, char modifier) => modifier switch
    {
        '\0' => Number(value),
        'I' => "i",
        _ => GenericImmediate(value, modifier),
    };

    public override string? PrintSymbol(string symbol, long offset, char modifier) => modifier switch
    {
        '\0' or 'c' => symbol + Offset(offset),
        'I' => "i",
        _ => null,
    };

    public override string? PrintMemory(string? symbol, long offset, char modifier) => modifier switch
    {
        '\0' => "0(3)",
        'y' => "0, 3",
        'U' or 'X' => "",
        _ => null,
    };
}

/// <summary>IBM Z (SystemZISelLowering.cpp getRegForInlineAsmConstraint, SystemZAsmPrinter.cpp PrintAsmOperand).</summary>
internal sealed class SystemZTarget : AsmTarget
{
    public static SystemZTarget Instance { get; } = new();

    private SystemZTarget()
    {
        for (int n = 0; n < 16; n++) { Register($"r{n}"); Register($"f{n}"); Register($"a{n}"); Register($"c{n}"); }
        for (int n = 0; n < 32; n++) Register($"v{n}");
        var gpr = Enumerable.Range(0, 16).Select(n => $"r{n}").ToArray();
        Class("r", gpr); Class("d", gpr); Class("a", gpr[1..]); // 'a': an address register, never r0
        Class("f", Enumerable.Range(0, 16).Select(n => $"f{n}"));
        Class("v", Enumerable.Range(0, 32).Select(n => $"v{n}"));
        Reserve("r15");
    }

    public override bool IsMemory(string code) => base.IsMemory(code) || code is "Q" or "R" or "S" or "T" or "ZQ" or "ZR" or "ZS" or "ZT";

    public override string? PrintRegister(string register, char modifier) => modifier is '\0' ? "%" + register : null;

    public override string? PrintImmediate(long value, char modifier) => modifier == '\0' ? Number(value) : GenericImmediate(value, modifier);

    public override string? PrintSymbol(string symbol, long offset, char modifier) => modifier is '\0' or 'c' ? symbol + Offset(offset) : null;

    public override string? PrintMemory(string? symbol, long offset, char modifier) => modifier == '\0' ? "0(%r1)" : null;
}

/// <summary>A target without tables: immediates and globals print plainly; registers are not predicted.</summary>
internal sealed class GenericTarget : AsmTarget
{
    public static GenericTarget Instance { get; } = new();

    public override string? PrintRegister(string register, char modifier) => null;

    public override string? PrintImmediate(long value, char modifier) => modifier == '\0' ? Number(value) : GenericImmediate(value, modifier);

    public override string? PrintSymbol(string symbol, long offset, char modifier) => modifier is '\0' or 'c' ? symbol + Offset(offset) : null;

    public override string? PrintMemory(string? symbol, long offset, char modifier) => "0";
}
