namespace KsymTrim.Analysis.Lowering;

/// <summary>
/// The features a <c>"target-cpu"</c> implies when <c>"target-features"</c> does not name them: only the ones
/// the model asks about, for the CPUs kernels and distributions use. Sources: llvm/lib/Target/X86/X86.td
/// (ProcessorFeatures), AArch64.td / AArch64Processors.td, ARM.td, RISCV.td (generic-rv32/64 have only the base
/// ISA), PPC.td, SystemZProcessors.td. An unknown CPU implies nothing, which makes the model predict the
/// libcall or helper (the safe side) wherever a feature would have removed it. x86_64 always has x87, SSE and
/// SSE2 unless disabled (X86Subtarget::initSubtargetFeatures prepends "+64bit,+sse2" in 64-bit mode).
/// </summary>
internal static class CpuDefaults
{
    private static readonly string[] X86Base = ["x87"];
    private static readonly string[] X86P5 = ["x87", "cx8"];
    private static readonly string[] X86P6 = ["x87", "cx8", "cmov"];
    private static readonly string[] X86P3 = ["x87", "cx8", "cmov", "mmx", "sse"];
    private static readonly string[] X86P4 = ["x87", "cx8", "cmov", "mmx", "sse", "sse2"];
    private static readonly string[] X86_64 = ["x87", "cx8", "cmov", "mmx", "sse", "sse2", "fxsr", "64bit"];
    private static readonly string[] X86_64V2 = [.. X86_64, "cx16", "sse3", "ssse3", "sse4.1", "sse4.2", "popcnt"];
    private static readonly string[] X86_64V3 = [.. X86_64V2, "avx", "avx2", "bmi", "bmi2", "f16c", "fma", "lzcnt", "movbe"];
    private static readonly string[] AArch64Base = ["neon", "fp-armv8"];
    private static readonly string[] AArch64V81 = ["neon", "fp-armv8", "lse"];
    private static readonly string[] ArmHwDiv = ["hwdiv", "hwdiv-arm"];
    // ARM.td M-profile processors: their architecture (the model reads the M class and Thumb-1 from it) and hwdiv
    private static readonly string[] ArmV6M = ["mclass", "armv6-m", "thumb-mode"];
    private static readonly string[] ArmV8MBase = ["mclass", "armv8-m.base", "thumb-mode", "hwdiv"];
    private static readonly string[] ArmV7M = ["mclass", "armv7-m", "thumb-mode", "thumb2", "hwdiv"];
    private static readonly string[] ArmV7EM = ["mclass", "armv7e-m", "thumb-mode", "thumb2", "hwdiv"];
    private static readonly string[] ArmV8MMain = ["mclass", "armv8-m.main", "thumb-mode", "thumb2", "hwdiv"];
    private static readonly string[] ArmV81MMain = ["mclass", "armv8.1-m.main", "thumb-mode", "thumb2", "hwdiv"];
    private static readonly string[] PpcPwr7 = ["hard-float", "altivec", "vsx", "64bit", "fprnd", "fsqrt"];
    private static readonly string[] PpcPwr8 = [.. PpcPwr7, "power8-vector", "direct-move", "partword-atomics"];
    private static readonly string[] PpcPwr9 = [.. PpcPwr8, "power9-vector", "float128"];
    private static readonly string[] PpcBase = ["hard-float"];
    private static readonly string[] Z196 = ["fp-extension", "high-word"];
    private static readonly string[] Z13 = ["fp-extension", "high-word", "vector"];
    private static readonly string[] Z14 = ["fp-extension", "high-word", "vector", "vector-enhancements-1"];

    private static readonly Dictionary<(TargetArch, string), string[]> Table = new()
    {
        [(TargetArch.I386, "i386")] = X86Base, [(TargetArch.I386, "i486")] = X86Base,
        [(TargetArch.I386, "i586")] = X86P5, [(TargetArch.I386, "pentium")] = X86P5, [(TargetArch.I386, "pentium-mmx")] = X86P5,
        [(TargetArch.I386, "i686")] = X86P6, [(TargetArch.I386, "pentiumpro")] = X86P6, [(TargetArch.I386, "pentium2")] = X86P6,
        [(TargetArch.I386, "pentium3")] = X86P3, [(TargetArch.I386, "pentium3m")] = X86P3,
        [(TargetArch.I386, "pentium4")] = X86P4, [(TargetArch.I386, "pentium-m")] = X86P4, [(TargetArch.I386, "prescott")] = X86P4,
        [(TargetArch.I386, "generic")] = X86P5,
        [(TargetArch.X86_64, "x86-64")] = X86_64, [(TargetArch.X86_64, "generic")] = X86_64, [(TargetArch.X86_64, "k8")] = X86_64,
        [(TargetArch.X86_64, "x86-64-v2")] = X86_64V2, [(TargetArch.X86_64, "x86-64-v3")] = X86_64V3,
        [(TargetArch.X86_64, "x86-64-v4")] = X86_64V3, [(TargetArch.X86_64, "core2")] = [.. X86_64, "cx16", "ssse3"],
        [(TargetArch.X86_64, "nehalem")] = X86_64V2, [(TargetArch.X86_64, "haswell")] = X86_64V3,
        [(TargetArch.X86_64, "skylake")] = X86_64V3, [(TargetArch.X86_64, "znver1")] = X86_64V3,
        [(TargetArch.AArch64, "generic")] = AArch64Base, [(TargetArch.AArch64, "")] = AArch64Base, [(TargetArch.AArch64, "cortex-a53")] = AArch64Base,
        [(TargetArch.AArch64, "cortex-a57")] = AArch64Base, [(TargetArch.AArch64, "cortex-a72")] = AArch64Base,
        [(TargetArch.AArch64, "cortex-a55")] = AArch64V81, [(TargetArch.AArch64, "cortex-a76")] = AArch64V81,
        [(TargetArch.AArch64, "neoverse-n1")] = AArch64V81, [(TargetArch.AArch64, "neoverse-v1")] = AArch64V81,
        [(TargetArch.AArch64, "neoverse-n2")] = AArch64V81,
        [(TargetArch.Arm, "cortex-a7")] = ArmHwDiv, [(TargetArch.Arm, "cortex-a12")] = ArmHwDiv,
        [(TargetArch.Arm, "cortex-a15")] = ArmHwDiv, [(TargetArch.Arm, "cortex-a17")] = ArmHwDiv,
        [(TargetArch.Arm, "cortex-a53")] = ArmHwDiv, [(TargetArch.Arm, "cortex-a72")] = ArmHwDiv, [(TargetArch.Arm, "krait")] = ArmHwDiv,
        [(TargetArch.Arm, "cortex-m0")] = ArmV6M, [(TargetArch.Arm, "cortex-m0plus")] = ArmV6M, [(TargetArch.Arm, "cortex-m1")] = ArmV6M,
        [(TargetArch.Arm, "sc000")] = ArmV6M, [(TargetArch.Arm, "cortex-m23")] = ArmV8MBase,
        [(TargetArch.Arm, "cortex-m3")] = ArmV7M, [(TargetArch.Arm, "sc300")] = ArmV7M,
        [(TargetArch.Arm, "cortex-m4")] = ArmV7EM, [(TargetArch.Arm, "cortex-m7")] = ArmV7EM,
        [(TargetArch.Arm, "cortex-m33")] = ArmV8MMain, [(TargetArch.Arm, "cortex-m35p")] = ArmV8MMain,
        [(TargetArch.Arm, "star-mc1")] = ArmV8MMain,
        [(TargetArch.Arm, "cortex-m55")] = ArmV81MMain, [(TargetArch.Arm, "cortex-m85")] = ArmV81MMain,
        [(TargetArch.PowerPC64, "pwr7")] = PpcPwr7, [(TargetArch.PowerPC64, "pwr8")] = PpcPwr8,
        [(TargetArch.PowerPC64, "pwr9")] = PpcPwr9, [(TargetArch.PowerPC64, "pwr10")] = PpcPwr9,
        [(TargetArch.PowerPC64, "ppc64")] = PpcBase, [(TargetArch.PowerPC64, "ppc64le")] = PpcPwr8,
        [(TargetArch.PowerPC64, "generic")] = PpcBase, [(TargetArch.PowerPC64, "")] = PpcBase,
        [(TargetArch.PowerPC, "ppc")] = PpcBase, [(TargetArch.PowerPC, "generic")] = PpcBase, [(TargetArch.PowerPC, "")] = PpcBase,
        [(TargetArch.PowerPC, "e500")] = ["spe"], [(TargetArch.PowerPC, "7400")] = [.. PpcBase, "altivec"],
        [(TargetArch.S390x, "z196")] = Z196, [(TargetArch.S390x, "zEC12")] = Z196, [(TargetArch.S390x, "arch9")] = Z196,
        [(TargetArch.S390x, "arch10")] = Z196, [(TargetArch.S390x, "z13")] = Z13, [(TargetArch.S390x, "arch11")] = Z13,
        [(TargetArch.S390x, "z14")] = Z14, [(TargetArch.S390x, "arch12")] = Z14, [(TargetArch.S390x, "z15")] = Z14,
        [(TargetArch.S390x, "arch13")] = Z14, [(TargetArch.S390x, "z16")] = Z14, [(TargetArch.S390x, "arch14")] = Z14,
    };

    /// <summary>True when the CPU (or, without one, the triple) implies <paramref name="feature"/>.</summary>
    public static bool Implies(CodegenTarget target, string cpu, string feature)
    {
        if (target.Arch == TargetArch.X86_64 && feature is "x87" or "sse" or "sse2" or "64bit" or "cx8" or "fxsr" or "mmx")
            return true; // 64-bit mode implies them (X86Subtarget::initSubtargetFeatures), explicit "-sse" wins before this
        if (target.Arch == TargetArch.Arm)
        {
            // The triple's architecture version: ARMv7VE and v8 have the integer divide in both states
            // (ARM.td: FeatureHWDivThumb/FeatureHWDivARM in HasV7VEOps/HasV8Ops groups).
            if (feature is "hwdiv" or "hwdiv-arm" && target.SubArch >= 8) return true;
            if (feature == "thumb-mode" && target.IsThumb) return true;
        }
        if (cpu.Length == 0 && target.Arch == TargetArch.I386)
            cpu = target.SubArch switch { 3 => "i386", 4 => "i486", 5 => "i586", _ => "i686" };
        if (Table.TryGetValue((target.Arch, cpu), out var list))
            foreach (var f in list)
                if (f == feature) return true;
        if (target.Arch == TargetArch.PowerPC64 && feature == "64bit") return true;
        if (target.Arch is TargetArch.PowerPC or TargetArch.PowerPC64 && feature == "hard-float" && !Table.ContainsKey((target.Arch, cpu)))
            return true; // every PowerPC processor in PPC.td has FeatureHardFloat except e500 (SPE)
        return false;
    }
}
