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

    /// <summary>ARM CPUs' FPU (ARM.td ProcessorModel FeatureVFP*/FeatureNEON/FeatureFPARMv8*/FeatureMVEFloat; checked
    /// with llc 22: cortex-m4 has single-precision VFPv4, cortex-m7 double FP-ARMv8, cortex-m33 single FP-ARMv8).</summary>
    private static readonly Dictionary<string, string[]> ArmCpuFpu = new(StringComparer.Ordinal)
    {
        ["cortex-a7"] = ["vfp4"], ["cortex-a12"] = ["vfp4"], ["cortex-a15"] = ["vfp4"],
        ["cortex-a17"] = ["vfp4"], ["krait"] = ["vfp4"], ["cortex-a8"] = ["vfp3"],
        ["cortex-a9"] = ["vfp3", "fp16"], ["cortex-a32"] = ["fp-armv8"], ["cortex-a35"] = ["fp-armv8"],
        ["cortex-a53"] = ["fp-armv8"], ["cortex-a57"] = ["fp-armv8"], ["cortex-a72"] = ["fp-armv8"],
        ["cortex-a73"] = ["fp-armv8"], ["cortex-m4"] = ["vfp4d16sp"], ["cortex-m7"] = ["fp-armv8d16"],
        ["cortex-m33"] = ["fp-armv8d16sp"], ["cortex-m35p"] = ["fp-armv8d16sp"],
        ["cortex-m55"] = ["fp-armv8d16", "fullfp16", "mve.fp"], ["cortex-m85"] = ["fp-armv8d16", "fullfp16", "mve.fp"],
        ["cortex-m0"] = [], ["cortex-m0plus"] = [], ["cortex-m1"] = [], ["cortex-m3"] = [], ["cortex-m23"] = [],
    };

    /// <summary>The FPU llc 22 gives a generic ARM CPU from the triple's architecture: v7-A VFPv3 (and NEON), v8-A and
    /// later FP-ARMv8 (and NEON), v8-R single-precision FP-ARMv8; v6 and earlier, M and v7-R profiles none. Only for
    /// LLVM 22 (older releases not measured: the model then predicts soft float, the safe side).</summary>
    private static string[] ArmArchFpu(CodegenTarget target)
    {
        string arch = target.Triple.Split('-')[0];
        foreach (var prefix in new[] { "thumbeb", "thumb", "armeb", "arm" })
            if (arch.StartsWith(prefix, StringComparison.Ordinal)) { arch = arch[prefix.Length..]; break; }
        if (arch.EndsWith("eb", StringComparison.Ordinal)) arch = arch[..^2]; // armv7aeb: big-endian v7-A
        if (arch.Contains('m', StringComparison.Ordinal)) return [];
        if (arch is "v7" or "v7a" or "v7-a" or "v7ve") return ["vfp3"];
        if (arch is "v8r" or "v8-r") return ["fp-armv8d16sp"];
        if (arch.StartsWith("v8", StringComparison.Ordinal) || arch.StartsWith("v9", StringComparison.Ordinal))
            return arch is "v8" or "v9" || arch.EndsWith('a') ? ["fp-armv8"] : []; // "v8.1" alone is not an arch
        return [];
    }

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
        // AArch64Subtarget::initializeSubtargetDependencies: an empty CPU (llc without -mcpu, bitcode without "target-cpu") is "generic"
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

    /// <summary>Features that an enabled feature implies (SubtargetFeature's implied list, followed transitively by
    /// MCSubtargetInfo::ApplyFeatureFlag/SetImpliedBits): for each feature the model asks about, the features
    /// whose "+" turns it on. Sources: RISCVFeatures.td (D, Zfhmin, Zfa, Zfbfmin imply F; Q implies D; Zfh implies
    /// Zfhmin; V implies Zve64d, which implies D and Zve64f, which implies Zve32f, which implies F; Zvfh implies
    /// Zvfhmin and Zfhmin; Zvfhmin and Zvfbfmin imply Zve32f; M implies Zmmul), AArch64Features.td (NEON and
    /// FullFP16 imply FPARMv8; SVE implies FullFP16; SVE2 implies SVE).</summary>
    private static readonly Dictionary<(TargetArch, string), string[]> ImpliedByTable = BuildImpliedBy();

    private static Dictionary<(TargetArch, string), string[]> BuildImpliedBy()
    {
        string[] riscvF = ["d", "q", "zfhmin", "zfh", "zfa", "zfbfmin", "zve32f", "zve64f", "zve64d", "v", "zvfhmin", "zvfh", "zvfbfmin"];
        string[] riscvD = ["q", "zve64d", "v"];
        string[] riscvZfhmin = ["zfh", "zvfh"];
        string[] riscvZmmul = ["m"];
        // the vector extensions: V implies Zve64d, Zve64d implies Zve64f, Zve64f implies Zve64x and Zve32f, Zve64x
        // and Zve32f imply Zve32x; Zvfh implies Zvfhmin; Zvfhmin and Zvfbfmin imply Zve32f
        string[] riscvZve64d = ["v"];
        string[] riscvZve64f = ["zve64d", "v"];
        string[] riscvZve64x = ["zve64f", "zve64d", "v"];
        string[] riscvZve32f = ["zve64f", "zve64d", "v", "zvfhmin", "zvfh", "zvfbfmin"];
        string[] riscvZve32x = ["zve32f", "zve64x", "zve64f", "zve64d", "v", "zvfhmin", "zvfh", "zvfbfmin"];
        string[] aarch64Fp = ["neon", "fullfp16", "sve", "sve2"];
        var d = new Dictionary<(TargetArch, string), string[]>();
        foreach (var arch in new[] { TargetArch.RiscV32, TargetArch.RiscV64 })
        {
            d[(arch, "f")] = riscvF; d[(arch, "d")] = riscvD; d[(arch, "zfhmin")] = riscvZfhmin; d[(arch, "zmmul")] = riscvZmmul;
            d[(arch, "zve64d")] = riscvZve64d; d[(arch, "zve64f")] = riscvZve64f; d[(arch, "zve64x")] = riscvZve64x;
            d[(arch, "zve32f")] = riscvZve32f; d[(arch, "zve32x")] = riscvZve32x; d[(arch, "zvfhmin")] = ["zvfh"];
        }
        d[(TargetArch.AArch64, "fp-armv8")] = aarch64Fp;
        d[(TargetArch.AArch64, "fullfp16")] = ["sve", "sve2"];
        return d;
    }

    /// <summary>The features whose "+" implies <paramref name="feature"/> on the target (none when not listed).</summary>
    public static string[] ImpliedBy(CodegenTarget target, string feature) =>
        ImpliedByTable.TryGetValue((target.Arch, feature), out var list) ? list : [];

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
            if (ArmCpuFpu.TryGetValue(cpu, out var fpu))
            {
                if (Array.IndexOf(fpu, feature) >= 0) return true;
            }
            else if (cpu is "" or "generic" && target.LlvmMajor >= 22 && Array.IndexOf(ArmArchFpu(target), feature) >= 0)
                return true;
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
