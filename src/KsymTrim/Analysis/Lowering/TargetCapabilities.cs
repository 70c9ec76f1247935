namespace KsymTrim.Analysis.Lowering;

/// <summary>
/// What one function's subtarget can do without a call, derived once from its features (see
/// <see cref="Compute"/> for the source of each field). Internal: the rule tables read it.
/// </summary>
internal sealed class TargetCapabilities
{
    /// <summary>Hardware arithmetic for f32, f64, f80, f128 (no libcall for fadd/fsub/fmul/fdiv/fcmp/conversions).</summary>
    public bool HwF32, HwF64, HwF80, HwF128;
    /// <summary>f16 to/from f32 conversion in hardware (F16C, fullfp16/fp16, Zfhmin, Power9).</summary>
    public bool HwHalfConvert;
    /// <summary>f16 is a legal type whose arithmetic is an instruction or promoted to f32 in registers
    /// (LegalizeDAG PromoteNode), so no half helper and no half FMA through double: Zfh/Zfhmin/Zhinx(min),
    /// AArch64 FP, ARM fullfp16, AVX512-FP16.</summary>
    public bool HwHalfArith;
    /// <summary>f64 to/from f16 conversion in hardware (no __truncdfhf2/__aeabi_d2h): AArch64 FP, ARM FP-ARMv8 with
    /// FP64, Zfhmin with D, AVX512-FP16, Power9.</summary>
    public bool HwHalfDouble;
    /// <summary>Widest integer divide in hardware (0: none).</summary>
    public int DivBits;
    /// <summary>Widest integer multiply without a call.</summary>
    public int MulBits;
    /// <summary>Widest integer width whose div/rem is expanded to a call; wider ones are expanded inline by
    /// ExpandLargeDivRem (LLVM 16+; TargetLoweringBase MaxDivRemBitWidthSupported).</summary>
    public int MaxDivRemLibcallBits = 128;
    /// <summary>Widest integer a float conversion handles inline when the float type is in hardware.</summary>
    public int FpIntSigned, FpIntUnsigned;
    /// <summary>Register width.</summary>
    public int XLen;
    /// <summary>Smallest legal integer register type (promotion target).</summary>
    public int MinLegalInt;
    /// <summary>AtomicExpandPass: widest atomic in hardware (TargetLowering::setMaxAtomicSizeInBitsSupported).</summary>
    public int MaxAtomicBits;
    /// <summary>AtomicExpandPass sized libcalls up to this many bytes (16 when the largest legal integer is 64 bits, else 8).</summary>
    public int LargestSizedAtomicBytes;
    /// <summary>AArch64 outline atomics in effect (+outline-atomics without +lse).</summary>
    public bool OutlineAtomics;
    /// <summary>X86 retpoline features.</summary>
    public bool RetpolineCalls, RetpolineBranches, RetpolineExternalThunk;
    /// <summary>ARM reads the thread pointer with mrc (read-tp-hard / read-tp-tpidruro...).</summary>
    public bool ArmHardThreadPointer;
    /// <summary>Widest scalar store the memcpy/memset expansion may use (bytes).</summary>
    public int WidestStore;
    /// <summary>The store width may exceed the known alignment (fast misaligned accesses).</summary>
    public bool MisalignedStores;
    /// <summary>AArch64 <c>strict-align</c>: fewer stores before memcpy and memset call (MaxStoresPerMem*).</summary>
    public bool StrictAlign;
    /// <summary>AArch64 <c>+mops</c>: memcpy and memset of any size are instructions (memmove is not).</summary>
    public bool MemOpInstructions;
    /// <summary>Vector stores in an expansion need their own alignment for a copy (i386; PowerPC before
    /// power8-vector) and for a memset (i386; PowerPC with neither power8-vector nor VSX): PPCISelLowering
    /// getOptimalMemOpType, X86's slow unaligned 16-byte accesses.</summary>
    public bool AlignedVectorCopies, AlignedVectorSets;
    /// <summary>x86-64 isUnalignedMem16Slow (<see cref="MemOps"/>): 16-byte operations only when 16-aligned.</summary>
    public bool SlowUnalignedMem16;
    /// <summary>FP min/max (fminf/fmaxf) in hardware for f32/f64.</summary>
    public bool HwMinMax;
    /// <summary>floor/ceil/trunc/rint/nearbyint in hardware for f32/f64.</summary>
    public bool HwRounding;
    /// <summary>The rounding operations of <see cref="HwRounding"/> and <see cref="HwRound"/> hold for f32 only, f64
    /// calls (RISC-V without RV64 D).</summary>
    public bool NoF64Rounding;
    /// <summary>nearbyint calls even where the other rounding operations are instructions (RISC-V).</summary>
    public bool NoNearbyInt;
    /// <summary>round (half away from zero) in hardware.</summary>
    public bool HwRound;
    /// <summary>sqrt in hardware.</summary>
    public bool HwSqrt;
    /// <summary>fma in hardware.</summary>
    public bool HwFma;
    /// <summary>ARM Thumb-1 only (Thumb mode without Thumb-2: v4T..v6 in Thumb mode, v6-M, v8-M Baseline):
    /// ARMSubtarget::isThumb1Only. No 32x32->64 multiply, and atomics are library calls.</summary>
    public bool ArmThumb1Only;
    /// <summary>ARM before v6 (no ldrex/strex): a v4/v5 triple, or a bare "arm"/"thumb" triple (ARMv4T) without
    /// v6+ features.</summary>
    public bool ArmPreV6;
    /// <summary>ARM v6-M or v8-M Baseline: Thumb-1 only, but with a data barrier (dmb) and, on v8-M Baseline,
    /// exclusive loads and stores.</summary>
    public bool ArmV6M, ArmV8MBaseline;
    /// <summary>ARM without a CLZ instruction (before v5T, or Thumb-1 only): ARMISelLowering sets CTLZ i32 to
    /// LibCall, <c>__clzsi2</c>.</summary>
    public bool ArmNoClz;

    /// <summary>Features that imply Thumb-2 (ARM.td: HasV6T2Ops and later A/R/M-profile architectures).</summary>
    private static readonly string[] Thumb2Features =
    [
        "thumb2", "v6t2", "v7", "v8", "armv6t2", "armv7-a", "armv7-r", "armv7-m", "armv7e-m", "armv7ve", "armv7k", "armv7s",
        "armv8-a", "armv8.1-a", "armv8.2-a", "armv8.3-a", "armv8.4-a", "armv8.5-a", "armv8.6-a", "armv8.7-a", "armv8.8-a",
        "armv8.9-a", "armv9-a", "armv9.1-a", "armv9.2-a", "armv9.3-a", "armv9.4-a", "armv9.5-a", "armv8-r", "armv8-m.main",
        "armv8.1-m.main",
    ];

    /// <summary>ARM features giving single-precision VFP (ARMFeatures.td: each implies VFP2SP).</summary>
    private static readonly string[] ArmSingleFeatures =
    [
        "vfp2", "vfp2sp", "vfp3", "vfp3d16", "vfp3sp", "vfp3d16sp", "vfp4", "vfp4d16", "vfp4sp", "vfp4d16sp",
        "fp-armv8", "fp-armv8d16", "fp-armv8sp", "fp-armv8d16sp", "neon", "fullfp16", "mve.fp",
    ];

    /// <summary>ARM features implying FP64 (ARMFeatures.td: the VFP versions without the "sp" suffix; NEON implies VFP3).</summary>
    private static readonly string[] ArmDoubleFeatures = ["fp64", "vfp2", "vfp3", "vfp3d16", "vfp4", "vfp4d16", "fp-armv8", "fp-armv8d16", "neon"];

    /// <summary>ARM features implying FP16 conversions (ARMFeatures.td: VFPv4 and FP-ARMv8 imply FeatureFP16).</summary>
    private static readonly string[] ArmHalfConvertFeatures =
        ["fp16", "vfp4", "vfp4d16", "vfp4sp", "vfp4d16sp", "fp-armv8", "fp-armv8d16", "fp-armv8sp", "fp-armv8d16sp", "fullfp16", "mve.fp"];

    /// <summary>ARM features implying FP-ARMv8 (hasFPARMv8Base: vrint, vminnm, vcvtb.f16.f64).</summary>
    private static readonly string[] ArmV8Features = ["fp-armv8", "fp-armv8d16", "fp-armv8sp", "fp-armv8d16sp", "fullfp16", "mve.fp"];

    /// <summary>ARM features implying VFPv4 (vfma).</summary>
    private static readonly string[] ArmVfp4Features =
        ["vfp4", "vfp4d16", "vfp4sp", "vfp4d16sp", "fp-armv8", "fp-armv8d16", "fp-armv8sp", "fp-armv8d16sp", "fullfp16", "mve.fp"];

    /// <summary>RISC-V features implying F besides D and Zfhmin (RISCVFeatures.td).</summary>
    private static readonly string[] RiscVSingleFeatures = ["zfbfmin", "zve32f", "zve64f", "zvfhmin", "zvfbfmin"];

    /// <summary>X86.td's SSE chain, each level implying the ones before it (AVX2 implies AVX implies SSE4.2...).</summary>
    private static readonly string[] X86SseChain = ["sse", "sse2", "sse3", "ssse3", "sse4.1", "sse4.2", "avx", "avx2"];

    /// <summary>An X86 SSE-chain feature, on when named, or when a later level (or FMA, F16C, AVX-512, which imply
    /// AVX) is on and it is not explicitly off (opt and clang write only the features asked for: "+avx" alone).</summary>
    private static bool X86Has(FunctionTraits t, string feature)
    {
        if (t.HasFeature(feature)) return true;
        if (t.HasExplicitFeature(feature)) return false;
        int i = Array.IndexOf(X86SseChain, feature);
        for (int j = i + 1; j < X86SseChain.Length; j++)
            if (t.HasFeature(X86SseChain[j])) return true;
        return t.HasFeature("fma") || t.HasFeature("f16c") || Array.Exists(X86Avx512Features, t.HasFeature);
    }

    /// <summary>X86 features implying AVX512F, which implies F16C and FMA (X86.td).</summary>
    private static readonly string[] X86Avx512Features =
    [
        "avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl", "avx512fp16", "avx512bf16", "avx512vbmi", "avx512vbmi2",
        "avx512vnni", "avx512bitalg", "avx512vpopcntdq", "avx512ifma", "avx10.1-256", "avx10.1-512",
    ];

    /// <summary>An ARM arch with a version but no known profile ("thumbv8.1", "armv9.2"): ARM::parseArch does not
    /// know it.</summary>
    private static bool UnknownArmArch(string archText)
    {
        int v = archText.IndexOf('v', StringComparison.Ordinal);
        if (v < 0) return false;
        string version = archText[(v + 1)..];
        return version.Contains('.', StringComparison.Ordinal) && version.Length > 0 && char.IsAsciiDigit(version[^1]);
    }

    /// <summary>Features of ARMv6 without Thumb-2 (ARM.td HasV6Ops).</summary>
    private static readonly string[] V6Features = ["v6", "v6k", "armv6", "armv6k", "armv6kz", "armv6j", "armv6-m", "armv6s-m", "v6m"];

    /// <summary>ARM::parseArchProfile for a triple's architecture (<c>thumbv7em</c>, <c>armv8m.main</c>,
    /// <c>thumbv8.1m.main</c>): an "m" in the part after <c>arm</c>/<c>thumb</c> (and <c>eb</c>) and the version's "v".</summary>
    private static bool MProfile(string archText)
    {
        int at = archText.StartsWith("thumb", StringComparison.Ordinal) ? 5 : archText.StartsWith("arm", StringComparison.Ordinal) ? 3 : -1;
        if (at < 0) return false;
        if (archText.AsSpan(at).StartsWith("eb", StringComparison.Ordinal)) at += 2;
        return at < archText.Length && archText[at] == 'v' && archText.AsSpan(at + 1).Contains('m');
    }

    public static TargetCapabilities Compute(FunctionTraits t)
    {
        var c = new TargetCapabilities();
        var target = t.Target;
        bool softAttr = t.UseSoftFloatAttribute;
        switch (target.Arch)
        {
            case TargetArch.X86_64:
            case TargetArch.I386:
            {
                // X86ISelLowering: f32 in SSE1 or x87, f64 in SSE2 or x87, f80 in x87; f128 always libcalls;
                // "soft-float" (feature, or "use-soft-float"="true": X86TargetMachine::getSubtargetImpl) softens all.
                bool soft = t.HasFeature("soft-float") || softAttr;
                bool x87 = t.HasFeature("x87") && !soft;
                bool sse1 = X86Has(t, "sse") && !soft, sse2 = X86Has(t, "sse2") && sse1;
                // SSE1 alone holds f32 only beside x87 or in 64-bit mode ("X86ScalarSSEf32 && (UseX87 || Is64Bit)"):
                // i686 -x87,+sse softens float too (llc-22 X86/x87.ll __addsf3, __floatunsisf).
                c.HwF32 = sse2 || sse1 && (x87 || target.Arch == TargetArch.X86_64) || x87; c.HwF64 = sse2 || x87; c.HwF80 = x87; c.HwF128 = false;
                // X86.td: AVX-512 (and AVX512-FP16, which implies it) implies F16C and FMA; opt and clang write only
                // the features asked for, so the implied ones are looked for here.
                bool avx512 = Array.Exists(X86Avx512Features, t.HasFeature);
                c.HwHalfConvert = (t.HasFeature("f16c") || avx512) && !soft;
                c.HwHalfArith = c.HwHalfDouble = t.HasFeature("avx512fp16") && !soft;
                c.XLen = target.Arch == TargetArch.X86_64 ? 64 : 32;
                c.MinLegalInt = 8;
                c.DivBits = c.XLen; c.MulBits = c.XLen * 2;
                // ExpandLargeDivRem: X86ISelLowering setMaxDivRemBitWidthSupported(Is64Bit ? 128 : 64) (LLVM 16+).
                c.MaxDivRemLibcallBits = c.XLen == 64 ? 128 : 64;
                c.FpIntSigned = c.XLen == 64 ? 64 : (x87 ? 64 : 32);
                c.FpIntUnsigned = c.XLen == 64 ? 64 : (x87 ? 64 : 32);
                bool cx8 = t.HasFeature("cx8"), cx16 = t.HasFeature("cx16");
                // X86ISelLowering: setMaxAtomicSizeInBitsSupported(64-bit ? (cx16 ? 128 : 64) : (cx8 ? 64 : 32)).
                c.MaxAtomicBits = c.XLen == 64 ? (cx16 ? 128 : 64) : (cx8 ? 64 : 32);
                c.LargestSizedAtomicBytes = c.XLen == 64 ? 16 : 8;
                c.RetpolineCalls = t.HasFeature("retpoline-indirect-calls") || t.HasFeature("retpoline");
                c.RetpolineBranches = t.HasFeature("retpoline-indirect-branches") || t.HasFeature("retpoline");
                c.RetpolineExternalThunk = t.HasFeature("retpoline-external-thunk");
                bool vec = sse2 && !t.NoImplicitFloat;
                c.WidestStore = vec ? (t.HasFeature("avx") ? 32 : 16) : c.XLen / 8;
                c.MisalignedStores = true;
                c.AlignedVectorCopies = c.AlignedVectorSets = target.Arch == TargetArch.I386;
                c.SlowUnalignedMem16 = target.Arch == TargetArch.X86_64 && MemOps.X86SlowUnaligned16(t);
                c.HwMinMax = sse1; c.HwSqrt = sse1 || x87; c.HwRounding = X86Has(t, "sse4.1") && sse1; c.HwRound = false;
                c.HwFma = (t.HasFeature("fma") || t.HasFeature("fma4") || avx512) && !soft;
                break;
            }
            case TargetArch.AArch64:
            {
                bool fp = t.HasFeature("fp-armv8") && !softAttr;
                c.HwF32 = c.HwF64 = fp; c.HwHalfConvert = c.HwHalfArith = c.HwHalfDouble = fp;
                c.XLen = 64; c.MinLegalInt = 32; c.DivBits = 64; c.MulBits = 128;
                c.FpIntSigned = c.FpIntUnsigned = 64;
                c.MaxAtomicBits = 128; c.LargestSizedAtomicBytes = 16;
                c.OutlineAtomics = t.HasFeature("outline-atomics") && !t.HasFeature("lse");
                c.WidestStore = t.HasFeature("neon") && !t.NoImplicitFloat && fp ? 16 : 8;
                c.StrictAlign = t.HasFeature("strict-align");
                c.MisalignedStores = !c.StrictAlign;
                c.MemOpInstructions = t.HasFeature("mops");
                c.HwMinMax = c.HwSqrt = c.HwRounding = c.HwRound = c.HwFma = fp;
                break;
            }
            case TargetArch.Arm:
            {
                // ARMISelLowering: f32 in VFP2 (or vfp2sp), f64 needs fp64; "+soft-float" or use-soft-float disables.
                bool soft = t.HasFeature("soft-float") || softAttr || (t.HasExplicitFeature("fpregs") && !t.HasFeature("fpregs"));
                bool thumb = t.HasFeature("thumb-mode");
                string archText = target.Triple.Split('-')[0];
                bool v6m = t.HasFeature("armv6-m") || t.HasFeature("armv6s-m") || archText.StartsWith("thumbv6m", StringComparison.Ordinal)
                           || archText.StartsWith("armv6m", StringComparison.Ordinal);
                bool v8mBase = t.HasFeature("armv8-m.base") || archText.StartsWith("thumbv8m.base", StringComparison.Ordinal)
                               || archText.StartsWith("armv8m.base", StringComparison.Ordinal);
                // The M profile in the triple's architecture (ARM::parseArchProfile): an "m" after the version
                // (thumbv7m, thumbv7em, armv7m, thumbv8m.main, thumbv8.1m.main), not the one in "thumb".
                bool mClass = v6m || v8mBase || t.HasFeature("mclass") || t.HasFeature("armv7-m") || t.HasFeature("armv7e-m")
                              || t.HasFeature("armv8-m.main") || t.HasFeature("armv8.1-m.main") || MProfile(archText);
                // ARMSubtarget::isThumb1Only: Thumb mode without Thumb-2 (v6-M, v8-M Baseline, v4T..v6 in Thumb mode).
                // A bare "thumb" triple defaults to ARMv4T (llc 22: thumb-eabi multiplies with __aeabi_lmul).
                bool thumb2Arch = Array.Exists(Thumb2Features, t.HasFeature) || archText.Contains("t2", StringComparison.Ordinal);
                c.ArmThumb1Only = thumb && !thumb2Arch && (v6m || v8mBase || target.SubArch is >= 0 and <= 6);
                c.ArmV6M = v6m; c.ArmV8MBaseline = v8mBase;
                // ARMFeatures.td implications, flattened (opt and clang write only the features asked for): each
                // VFP/NEON/MVE-FP feature gives f32; the double-precision ones (not the *sp variants) imply FP64;
                // VFPv4 and FP-ARMv8 imply FP16 (vcvtb); fullfp16 and mve.fp imply FP-ARMv8 D16 SP.
                // ARMISelLowering registers f32/f64 only when !isThumb1Only(): Thumb-1 (and an arch llc does not
                // know, such as "thumbv8.1", which it takes as ARMv4T) is soft float whatever the features (llc 22).
                bool thumb1Fp = thumb && (c.ArmThumb1Only || UnknownArmArch(archText));
                bool vfp = !soft && !thumb1Fp && Array.Exists(ArmSingleFeatures, t.HasFeature);
                c.HwF32 = vfp;
                c.HwF64 = vfp && Array.Exists(ArmDoubleFeatures, t.HasFeature) && !(t.HasExplicitFeature("fp64") && !t.HasFeature("fp64"));
                c.HwHalfConvert = vfp && Array.Exists(ArmHalfConvertFeatures, t.HasFeature);
                bool fpArmV8 = vfp && Array.Exists(ArmV8Features, t.HasFeature);
                // ARMISelLowering: f16 is legal with fullfp16 (FP16 arithmetic; llc 22 keeps it legal even on Thumb-1);
                // FP_ROUND/FP_EXTEND f64<->f16 are instructions (vcvtb.f16.f64) with FP-ARMv8 and FP64, else
                // FPROUND_F64_F16 (__aeabi_d2h).
                c.HwHalfArith = !soft && (t.HasFeature("fullfp16") || t.HasFeature("mve.fp"));
                c.HwHalfDouble = fpArmV8 && c.HwF64;
                c.ArmPreV6 = target.SubArch is > 0 and < 6
                             || (target.SubArch == 0 && !thumb2Arch && !v6m && !v8mBase && !Array.Exists(V6Features, t.HasFeature));
                // ARMISelLowering: CTLZ i32 LibCall when !hasV5TOps() || isThumb1Only() (__clzsi2; llc 13..22 on
                // arm-eabi, armv4t, thumbv6m, thumb-eabi).
                bool preV5T = target.SubArch is > 0 and < 5
                              || (target.SubArch == 0 && c.ArmPreV6 && !t.HasFeature("v5t") && !t.HasFeature("v5te"));
                c.ArmNoClz = c.ArmThumb1Only || preV5T;
                // ARMISelLowering.cpp: UMUL_LOHI/SMUL_LOHI i32 are Expand when isThumb1Only, so a 64-bit product is
                // MUL_I64 (__aeabi_lmul / __muldi3) (llc 13..22, thumbv6m and thumbv5).
                c.XLen = 32; c.MinLegalInt = 32; c.MulBits = c.ArmThumb1Only ? 32 : 64;
                c.DivBits = (thumb ? t.HasFeature("hwdiv") : t.HasFeature("hwdiv-arm")) ? 32 : 0;
                c.MaxDivRemLibcallBits = 64; // ARMISelLowering setMaxDivRemBitWidthSupported(64) (LLVM 16+)
                c.FpIntSigned = c.FpIntUnsigned = 32;
                // ARMISelLowering.cpp "Compute supported atomic widths": setMaxAtomicSizeInBitsSupported(64) on Linux or
                // v6+ outside M-class (__sync_* or ldrexd); 32 on M-class with v8-M Baseline ops (v7-M, v8-M) or
                // +atomics-32; else 0, so everything is __atomic_* (thumbv6m-none-eabi, llc 13..22).
                c.MaxAtomicBits = target.OS == TargetOS.Linux || (!mClass && (target.SubArch >= 6 || target.SubArch == 0)) ? 64
                    : (mClass && !v6m) || t.HasFeature("atomics-32") ? 32 : 0;
                c.LargestSizedAtomicBytes = 8;
                c.ArmHardThreadPointer = t.HasFeature("read-tp-hard") || t.HasFeature("read-tp-tpidruro")
                                         || t.HasFeature("read-tp-tpidrurw") || t.HasFeature("read-tp-tpidrprw");
                c.WidestStore = t.HasFeature("neon") && !t.NoImplicitFloat && vfp ? 16 : 4;
                c.MisalignedStores = target.SubArch >= 7 && !t.HasFeature("strict-align");
                c.HwSqrt = vfp; c.HwMinMax = c.HwRounding = c.HwRound = fpArmV8;
                c.HwFma = vfp && Array.Exists(ArmVfp4Features, t.HasFeature);
                break;
            }
            case TargetArch.RiscV32:
            case TargetArch.RiscV64:
            {
                // RISCVFeatures.td implications (checked with llc 22): V and Zve64d imply D; D, Zfhmin, Zfbfmin,
                // Zve32f/Zve64f and Zvfhmin imply F; Zfh and Zvfh imply Zfhmin; Zhinx implies Zhinxmin, which with
                // Zdinx implies Zfinx (F, D and half in integer registers: the same instructions, no libcalls).
                // An explicit -f or -d wins.
                bool noF = t.HasExplicitFeature("f") && !t.HasFeature("f"), noD = noF || (t.HasExplicitFeature("d") && !t.HasFeature("d"));
                bool zfhmin = !noF && (t.HasFeature("zfhmin") || t.HasFeature("zfh") || t.HasFeature("zvfh"));
                bool d = !noD && (t.HasFeature("d") || t.HasFeature("v") || t.HasFeature("zve64d"));
                bool f = !noF && (t.HasFeature("f") || d || zfhmin || Array.Exists(RiscVSingleFeatures, t.HasFeature));
                bool zhinxmin = t.HasFeature("zhinxmin") || t.HasFeature("zhinx"), zdinx = t.HasFeature("zdinx");
                bool zfinx = t.HasFeature("zfinx") || zdinx || zhinxmin;
                c.HwF32 = (f || zfinx) && !softAttr; c.HwF64 = (d || zdinx) && !softAttr;
                // RISCVISelLowering: f16 is legal with Zfhmin/Zhinxmin, its arithmetic promoted to f32 (Zfh: native).
                c.HwHalfConvert = c.HwHalfArith = (zfhmin || zhinxmin) && !softAttr;
                c.HwHalfDouble = c.HwHalfConvert && c.HwF64;
                c.XLen = target.Arch == TargetArch.RiscV64 ? 64 : 32;
                c.MinLegalInt = c.XLen;
                bool m = t.HasFeature("m"), zmmul = m || t.HasFeature("zmmul");
                c.DivBits = m ? c.XLen : 0;
                c.MulBits = zmmul ? c.XLen * 2 : 0;
                c.FpIntSigned = c.FpIntUnsigned = c.XLen;
                bool atomics = t.HasFeature("a") || (t.HasFeature("zaamo") && t.HasFeature("zalrsc")) || t.HasFeature("forced-atomics");
                // RISCVISelLowering: setMaxAtomicSizeInBitsSupported(A ? XLen : 0).
                c.MaxAtomicBits = atomics ? c.XLen : 0;
                c.LargestSizedAtomicBytes = c.XLen == 64 ? 16 : 8;
                c.WidestStore = c.XLen / 8;
                c.MisalignedStores = t.HasFeature("unaligned-scalar-mem") || t.HasFeature("fast-unaligned-access");
                c.HwMinMax = c.HwSqrt = c.HwFma = c.HwF32;
                // RISCVISelLowering (LLVM 16+, LlcTruth riscv64-gc: llc 13..15 called floorf): FFLOOR, FCEIL, FTRUNC,
                // FRINT, FROUND, FROUNDEVEN Custom (fcvt with a static rounding mode) for f32, and for f64 only on
                // RV64 with D (the f64<->i64 fcvt); FNEARBYINT always calls (llc 22, checked on rv32/rv64 F, D, Zfinx).
                c.HwRounding = c.HwRound = c.HwF32 && target.LlvmMajor >= 16;
                c.NoF64Rounding = !(c.XLen == 64 && c.HwF64) || !c.HwRounding;
                c.NoNearbyInt = true;
                break;
            }
            case TargetArch.PowerPC:
            case TargetArch.PowerPC64:
            {
                bool hard = t.HasFeature("hard-float") && !softAttr && !t.HasFeature("soft-float");
                // PPCISelLowering with SPE (+spe, +efpu2, or a powerpcspe triple): f32 in GPRs, f64 in SPE registers
                // unless EFPU2 (single precision only), FMA Expand (fmaf/fma calls); llc 22 PowerPC/spe.ll, pr55463.ll.
                bool efpu2 = t.HasFeature("efpu2");
                // SPE implies FeatureHardFloat, so an explicit -hard-float (clang -msoft-float) turns it off too.
                bool spe = (t.HasFeature("spe") || efpu2 || target.Triple.StartsWith("powerpcspe", StringComparison.Ordinal))
                           && !(t.HasExplicitFeature("hard-float") && !t.HasFeature("hard-float"));
                hard |= spe && !softAttr && !t.HasFeature("soft-float");
                c.HwF32 = hard;
                c.HwF64 = hard && !efpu2;
                c.HwF128 = hard && target.Arch == TargetArch.PowerPC64 && t.HasFeature("float128") && t.HasFeature("power9-vector");
                c.HwHalfConvert = c.HwHalfDouble = hard && t.HasFeature("power9-vector");
                c.XLen = target.Arch == TargetArch.PowerPC64 ? 64 : 32;
                c.MinLegalInt = 32;
                c.DivBits = c.XLen; c.MulBits = c.XLen * 2;
                c.FpIntSigned = c.FpIntUnsigned = c.XLen;
                // PPCISelLowering: setMaxAtomicSizeInBitsSupported(isPPC64 ? (quadword atomics ? 128 : 64) : 32).
                c.MaxAtomicBits = c.XLen == 64 ? (t.HasFeature("quadword-atomics") ? 128 : 64) : 32;
                c.LargestSizedAtomicBytes = c.XLen == 64 ? 16 : 8;
                c.WidestStore = hard && !t.NoImplicitFloat && t.HasFeature("altivec") && t.HasFeature("vsx") ? 16 : c.XLen / 8;
                c.MisalignedStores = c.XLen == 64;
                c.AlignedVectorCopies = !t.HasFeature("power8-vector");
                c.AlignedVectorSets = c.AlignedVectorCopies && !t.HasFeature("vsx");
                c.HwSqrt = hard && t.HasFeature("fsqrt"); c.HwFma = hard && !spe; c.HwRounding = hard && t.HasFeature("fprnd"); c.HwRound = c.HwRounding; c.HwMinMax = hard && t.HasFeature("vsx");
                break;
            }
            case TargetArch.S390x:
            {
                bool hard = !t.HasFeature("soft-float") && !softAttr;
                c.HwF32 = c.HwF64 = c.HwF128 = hard;
                c.XLen = 64; c.MinLegalInt = 32; c.DivBits = 64; c.MulBits = 128;
                c.FpIntSigned = c.FpIntUnsigned = 64;
                c.MaxAtomicBits = 128; c.LargestSizedAtomicBytes = 16;
                c.WidestStore = 8; c.MisalignedStores = true;
                c.HwSqrt = c.HwFma = hard; c.HwRounding = c.HwRound = hard && t.HasFeature("fp-extension");
                c.HwMinMax = hard && t.HasFeature("vector-enhancements-1");
                break;
            }
            default:
                // Unknown target: nothing in hardware beyond a 32-bit ALU, which predicts the most calls.
                c.XLen = 32; c.MinLegalInt = 32; c.DivBits = 0; c.MulBits = 0; c.WidestStore = 1;
                c.LargestSizedAtomicBytes = 16; c.MaxAtomicBits = 0;
                break;
        }
        return c;
    }
}
