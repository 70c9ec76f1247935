namespace KsymTrim.Analysis.Lowering;

/// <summary>The operating system part of a triple, as far as lowering cares.</summary>
internal enum TargetOS
{
    /// <summary>None or one the model does not know (<c>-none-</c>, <c>-unknown-</c> without an OS).</summary>
    Other,
    /// <summary>Linux (also Android, which is Linux with <see cref="TargetEnvironment.Android"/>).</summary>
    Linux,
    /// <summary>Fuchsia.</summary>
    Fuchsia,
    /// <summary>A BSD, Darwin or anything else with its own conventions.</summary>
    OtherKnown,
}

/// <summary>The environment part of a triple.</summary>
internal enum TargetEnvironment
{
    /// <summary>None given.</summary>
    None,
    /// <summary><c>gnu</c>, <c>gnux32</c>, <c>gnuabi64</c>... (glibc).</summary>
    Gnu,
    /// <summary><c>gnueabi</c> (ARM soft-float calling convention, glibc).</summary>
    GnuEabi,
    /// <summary><c>gnueabihf</c>.</summary>
    GnuEabiHf,
    /// <summary><c>eabi</c>.</summary>
    Eabi,
    /// <summary><c>eabihf</c>.</summary>
    EabiHf,
    /// <summary><c>android</c>, <c>androideabi</c>.</summary>
    Android,
    /// <summary><c>musl</c>.</summary>
    Musl,
    /// <summary><c>musleabi</c>, <c>musleabihf</c>.</summary>
    MuslEabi,
    /// <summary>Another environment.</summary>
    Other,
}

/// <summary>
/// The target a module is compiled for, parsed from its triple (the module's <c>target triple</c>): the
/// architecture, pointer width, OS and environment. Immutable and thread-safe; parse once per module.
/// </summary>
internal sealed class CodegenTarget
{
    private CodegenTarget(string triple, TargetArch arch, int subArch, bool thumb, bool bigEndian, TargetOS os,
        TargetEnvironment environment, int llvmMajor)
    {
        Triple = triple;
        Arch = arch;
        SubArch = subArch;
        IsThumb = thumb;
        IsBigEndian = bigEndian;
        OS = os;
        Environment = environment;
        LlvmMajor = llvmMajor;
    }

    /// <summary>The triple as given ("" when none).</summary>
    public string Triple { get; }

    /// <summary>The architecture.</summary>
    public TargetArch Arch { get; }

    /// <summary>Pointer width: 64 for x86_64 (also x32's ABI is not modelled), aarch64, riscv64, powerpc64, s390x;
    /// 32 for the others; 0 for <see cref="TargetArch.Unknown"/>.</summary>
    public int PointerBits => Arch switch
    {
        TargetArch.X86_64 or TargetArch.AArch64 or TargetArch.RiscV64 or TargetArch.PowerPC64 or TargetArch.S390x => 64,
        TargetArch.Unknown => 0,
        _ => 32,
    };

    /// <summary>For <see cref="TargetArch.Arm"/> the architecture version in the triple (4, 5, 6, 7, 8; 0 when the
    /// triple says only "arm"); for <see cref="TargetArch.I386"/> 3..6 from i386..i686; otherwise 0.</summary>
    public int SubArch { get; }

    /// <summary>An ARM triple that starts in Thumb mode (<c>thumb*</c>).</summary>
    public bool IsThumb { get; }

    /// <summary>A big-endian triple (armeb, aarch64_be, powerpc, powerpc64, s390x).</summary>
    public bool IsBigEndian { get; }

    /// <summary>The OS.</summary>
    public TargetOS OS { get; }

    /// <summary>The environment.</summary>
    public TargetEnvironment Environment { get; }

    /// <summary>The major version of the LLVM that will generate code (normally the one that wrote the bitcode:
    /// the IDENTIFICATION block's producer), or 0 when unknown: then every version's rules apply, which can only
    /// predict more.</summary>
    public int LlvmMajor { get; }

    /// <summary>Linux that is not Android or musl (LLVM's <c>Triple::isOSGlibc</c>, with musl counted out, which
    /// can only make the model predict a global guard where LLVM would use the TLS slot).</summary>
    public bool IsGlibc => OS == TargetOS.Linux && Environment is not (TargetEnvironment.Android or TargetEnvironment.Musl
        or TargetEnvironment.MuslEabi);

    /// <summary>Android.</summary>
    public bool IsAndroid => Environment == TargetEnvironment.Android;

    /// <summary>OpenBSD (Triple::isOSOpenBSD): its own stack protector names.</summary>
    public bool IsOpenBsd => HasOsComponent("openbsd");

    /// <summary>PlayStation 4 or 5 (Triple::isPS: <c>x86_64-scei-ps4</c>, <c>x86_64-sie-ps5</c>).</summary>
    public bool IsPlayStation => HasOsComponent("ps4") || HasOsComponent("ps5");

    private bool HasOsComponent(string os)
    {
        int dash = Triple.IndexOf('-');
        if (dash < 0) return false;
        foreach (var part in Triple[(dash + 1)..].Split('-'))
            if (part.StartsWith(os, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>An ARM environment whose runtime is the ARM RTABI (<c>__aeabi_*</c> helpers): eabi, eabihf,
    /// gnueabi, gnueabihf, musleabi(hf), android (ARMISelLowering's <c>isTargetAEABI || isTargetGNUAEABI ||
    /// isTargetMuslAEABI || isTargetAndroid</c>).</summary>
    public bool IsAeabi => Environment is TargetEnvironment.Eabi or TargetEnvironment.EabiHf or TargetEnvironment.GnuEabi
        or TargetEnvironment.GnuEabiHf or TargetEnvironment.MuslEabi or TargetEnvironment.Android;

    /// <summary>True when the rules of LLVM <paramref name="min"/>..<paramref name="max"/> (0 = open) may apply:
    /// the version is unknown, or inside the range.</summary>
    public bool InVersion(int min, int max) =>
        LlvmMajor == 0 || ((min == 0 || LlvmMajor >= min) && (max == 0 || LlvmMajor <= max));

    /// <summary>The same target with a known LLVM major version (0 = unknown).</summary>
    public CodegenTarget WithLlvmMajor(int llvmMajor) =>
        new(Triple, Arch, SubArch, IsThumb, IsBigEndian, OS, Environment, llvmMajor);

    /// <summary>Parses a triple such as <c>x86_64-unknown-linux-gnu</c>, <c>aarch64-linux-gnu</c>,
    /// <c>armv7a-unknown-linux-gnueabi</c>, <c>thumbv7-linux-gnueabihf</c>, <c>i686-pc-linux-gnu</c>,
    /// <c>riscv64-unknown-linux-gnu</c>, <c>powerpc64le-linux-gnu</c>, <c>s390x-ibm-linux</c>. Never throws:
    /// an unknown or missing triple gives <see cref="TargetArch.Unknown"/>.</summary>
    /// <param name="triple">The module's target triple, or null.</param>
    /// <param name="llvmMajor">The LLVM major version that generates code, 0 when unknown.</param>
    public static CodegenTarget FromTriple(string? triple, int llvmMajor = 0)
    {
        triple ??= "";
        var parts = triple.Split('-');
        string archText = parts[0].ToLowerInvariant();
        var (arch, sub, thumb, big) = ParseArch(archText);
        var os = TargetOS.Other;
        var env = TargetEnvironment.None;
        for (int i = 1; i < parts.Length; i++)
        {
            string p = parts[i].ToLowerInvariant();
            if (p.StartsWith("linux", StringComparison.Ordinal)) os = TargetOS.Linux;
            else if (p.StartsWith("fuchsia", StringComparison.Ordinal)) os = TargetOS.Fuchsia;
            else if (p.StartsWith("freebsd", StringComparison.Ordinal) || p.StartsWith("netbsd", StringComparison.Ordinal)
                     || p.StartsWith("openbsd", StringComparison.Ordinal) || p.StartsWith("darwin", StringComparison.Ordinal)
                     || p.StartsWith("macos", StringComparison.Ordinal) || p.StartsWith("ios", StringComparison.Ordinal)
                     || p.StartsWith("windows", StringComparison.Ordinal) || p.StartsWith("win32", StringComparison.Ordinal)
                     || p.StartsWith("aix", StringComparison.Ordinal) || p.StartsWith("zos", StringComparison.Ordinal))
                os = TargetOS.OtherKnown;
            if (i >= 2 || parts.Length == 2 || (i == 1 && os == TargetOS.Other)) env = ParseEnvironment(p, env);
        }
        return new CodegenTarget(triple, arch, sub, thumb, big, os, env, llvmMajor);
    }

    private static TargetEnvironment ParseEnvironment(string p, TargetEnvironment current)
    {
        if (p.StartsWith("gnueabihf", StringComparison.Ordinal)) return TargetEnvironment.GnuEabiHf;
        if (p.StartsWith("gnueabi", StringComparison.Ordinal)) return TargetEnvironment.GnuEabi;
        if (p.StartsWith("gnu", StringComparison.Ordinal)) return TargetEnvironment.Gnu;
        if (p.StartsWith("android", StringComparison.Ordinal)) return TargetEnvironment.Android;
        if (p.StartsWith("musleabi", StringComparison.Ordinal)) return TargetEnvironment.MuslEabi;
        if (p.StartsWith("musl", StringComparison.Ordinal)) return TargetEnvironment.Musl;
        if (p == "eabihf") return TargetEnvironment.EabiHf;
        if (p == "eabi") return TargetEnvironment.Eabi;
        return current;
    }

    private static (TargetArch Arch, int Sub, bool Thumb, bool Big) ParseArch(string a)
    {
        switch (a)
        {
            case "x86_64" or "amd64" or "x86_64h": return (TargetArch.X86_64, 0, false, false);
            case "i386" or "x86": return (TargetArch.I386, 3, false, false);
            case "i486": return (TargetArch.I386, 4, false, false);
            case "i586": return (TargetArch.I386, 5, false, false);
            case "i686": return (TargetArch.I386, 6, false, false);
            case "aarch64" or "arm64": return (TargetArch.AArch64, 0, false, false);
            case "aarch64_be": return (TargetArch.AArch64, 0, false, true);
            case "riscv32": return (TargetArch.RiscV32, 0, false, false);
            case "riscv64": return (TargetArch.RiscV64, 0, false, false);
            // Triple::parseArch: ppc32 and ppc32le are spellings of ppc and ppcle
            case "powerpc" or "ppc" or "ppc32" or "powerpcspe": return (TargetArch.PowerPC, 0, false, true);
            case "powerpcle" or "ppcle" or "ppc32le": return (TargetArch.PowerPC, 0, false, false);
            case "powerpc64" or "ppc64": return (TargetArch.PowerPC64, 0, false, true);
            case "powerpc64le" or "ppc64le": return (TargetArch.PowerPC64, 0, false, false);
            case "s390x" or "systemz": return (TargetArch.S390x, 0, false, true);
        }
        bool thumb = a.StartsWith("thumb", StringComparison.Ordinal);
        if (thumb || a.StartsWith("arm", StringComparison.Ordinal))
        {
            string rest = a[(thumb ? 5 : 3)..];
            bool big = rest.StartsWith("eb", StringComparison.Ordinal);
            if (big) rest = rest[2..];
            int sub = 0;
            if (rest.Length > 1 && rest[0] == 'v' && char.IsAsciiDigit(rest[1])) sub = rest[1] - '0';
            // Triple.cpp parseARMArch: ARMv6-M exists only in Thumb, so "armv6m" is the thumb architecture
            if (!thumb && rest.StartsWith("v6m", StringComparison.Ordinal)) thumb = true;
            return (TargetArch.Arm, sub, thumb, big);
        }
        return (TargetArch.Unknown, 0, false, false);
    }

    /// <inheritdoc/>
    public override string ToString() => Triple;
}
