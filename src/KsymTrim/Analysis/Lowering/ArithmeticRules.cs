namespace KsymTrim.Analysis.Lowering;

/// <summary>A target override of a libcall name (TargetLowering::setLibcallName in the XXXISelLowering.cpp
/// constructor): on these targets, for this libcall and type key, the name is different.</summary>
internal readonly record struct NameOverride(Archs Archs, Libcall Call, int Key, string Name, string Source);

/// <summary>A target whose variable shifts of <c>Bits</c> call the shift libcall (LLVM versions; not when the function
/// has <c>UnlessFeature</c>; with <c>Thumb1Only</c>, only on ARM Thumb-1).</summary>
internal readonly record struct WideShiftRow(Archs Archs, int Bits, int MinLlvm, int MaxLlvm, string? UnlessFeature, string Source,
    bool Thumb1Only = false);

/// <summary>The sincos libcall name for a float type on some targets and LLVM versions.</summary>
internal readonly record struct SinCosRow(Archs Archs, int Bits, string Name, int MinLlvm, int MaxLlvm, string Source, bool AnyEnvironment = false);

/// <summary>Targets and LLVM versions that name fp128 libm calls <c>*f128</c> (e.g. <c>fmodf128</c>) rather than
/// <c>*l</c>. <c>GnuOnly</c>: only in GNU environments; <c>OnlyFrom</c>: the first measured version where the <c>*l</c>
/// name is not emitted at all in a GNU environment (0: never certain).</summary>
internal readonly record struct F128LibmRow(Archs Archs, int MinLlvm, int MaxLlvm, string Source, bool GnuOnly = false, int OnlyFrom = 0);

/// <summary>An overflow-multiply libcall LLVM emits (ExpandIntRes_XMULO / DAGTypeLegalizer: MULO_I64/MULO_I128
/// when the target keeps the name), by target, width and LLVM version.</summary>
internal readonly record struct MuloRow(Archs Archs, int Bits, int MinLlvm, int MaxLlvm, string Source);

/// <summary>
/// Integer and floating-point arithmetic, comparisons and conversions: which ones SelectionDAG legalization turns
/// into runtime library calls (LegalizeIntegerTypes.cpp ExpandIntRes_*, LegalizeFloatTypes.cpp SoftenFloatRes_*,
/// LegalizeDAG.cpp ConvertNodeToLibcall), given the capabilities of <see cref="TargetCapabilities"/>.
/// </summary>
internal static class ArithmeticRules
{
    private const string AeabiSrc = "ARMISelLowering.cpp: RTABI names for AEABI/GNUEABI/MuslAEABI/Android triples";

    /// <summary>ARM RTABI names (ARMISelLowering.cpp LibraryCalls[] "RTABI chapter 4.1.2, Table 2" and 4.3.1/4.1.1).</summary>
    public static readonly NameOverride[] Overrides =
    [
        // integer
        new(Archs.Arm, Libcall.SDiv, 32, "__aeabi_idiv", AeabiSrc), new(Archs.Arm, Libcall.UDiv, 32, "__aeabi_uidiv", AeabiSrc),
        new(Archs.Arm, Libcall.SRem, 32, "__aeabi_idivmod", AeabiSrc), new(Archs.Arm, Libcall.URem, 32, "__aeabi_uidivmod", AeabiSrc),
        new(Archs.Arm, Libcall.SDiv, 64, "__aeabi_ldivmod", AeabiSrc), new(Archs.Arm, Libcall.UDiv, 64, "__aeabi_uldivmod", AeabiSrc),
        new(Archs.Arm, Libcall.SRem, 64, "__aeabi_ldivmod", AeabiSrc), new(Archs.Arm, Libcall.URem, 64, "__aeabi_uldivmod", AeabiSrc),
        new(Archs.Arm, Libcall.Mul, 64, "__aeabi_lmul", AeabiSrc),
        new(Archs.Arm, Libcall.Shl, 64, "__aeabi_llsl", AeabiSrc), new(Archs.Arm, Libcall.Srl, 64, "__aeabi_llsr", AeabiSrc),
        new(Archs.Arm, Libcall.Sra, 64, "__aeabi_lasr", AeabiSrc),
        // float arithmetic
        new(Archs.Arm, Libcall.FAdd, 32, "__aeabi_fadd", AeabiSrc), new(Archs.Arm, Libcall.FSub, 32, "__aeabi_fsub", AeabiSrc),
        new(Archs.Arm, Libcall.FMul, 32, "__aeabi_fmul", AeabiSrc), new(Archs.Arm, Libcall.FDiv, 32, "__aeabi_fdiv", AeabiSrc),
        new(Archs.Arm, Libcall.FAdd, 64, "__aeabi_dadd", AeabiSrc), new(Archs.Arm, Libcall.FSub, 64, "__aeabi_dsub", AeabiSrc),
        new(Archs.Arm, Libcall.FMul, 64, "__aeabi_dmul", AeabiSrc), new(Archs.Arm, Libcall.FDiv, 64, "__aeabi_ddiv", AeabiSrc),
        // comparisons (UNE is OEQ inverted)
        new(Archs.Arm, Libcall.OEq, 32, "__aeabi_fcmpeq", AeabiSrc), new(Archs.Arm, Libcall.UNe, 32, "__aeabi_fcmpeq", AeabiSrc),
        new(Archs.Arm, Libcall.OLt, 32, "__aeabi_fcmplt", AeabiSrc), new(Archs.Arm, Libcall.OLe, 32, "__aeabi_fcmple", AeabiSrc),
        new(Archs.Arm, Libcall.OGe, 32, "__aeabi_fcmpge", AeabiSrc), new(Archs.Arm, Libcall.OGt, 32, "__aeabi_fcmpgt", AeabiSrc),
        new(Archs.Arm, Libcall.UO, 32, "__aeabi_fcmpun", AeabiSrc),
        new(Archs.Arm, Libcall.OEq, 64, "__aeabi_dcmpeq", AeabiSrc), new(Archs.Arm, Libcall.UNe, 64, "__aeabi_dcmpeq", AeabiSrc),
        new(Archs.Arm, Libcall.OLt, 64, "__aeabi_dcmplt", AeabiSrc), new(Archs.Arm, Libcall.OLe, 64, "__aeabi_dcmple", AeabiSrc),
        new(Archs.Arm, Libcall.OGe, 64, "__aeabi_dcmpge", AeabiSrc), new(Archs.Arm, Libcall.OGt, 64, "__aeabi_dcmpgt", AeabiSrc),
        new(Archs.Arm, Libcall.UO, 64, "__aeabi_dcmpun", AeabiSrc),
    ];

    /// <summary>ARM RTABI conversions: (libcall, from, to) -> name (ARMISelLowering.cpp LibraryCalls[] 4.1.2 Table 3-5).</summary>
    private static readonly Dictionary<(Libcall, int, int), string> ArmConversions = new()
    {
        [(Libcall.FpToSInt, 32, 32)] = "__aeabi_f2iz", [(Libcall.FpToUInt, 32, 32)] = "__aeabi_f2uiz",
        [(Libcall.FpToSInt, 64, 32)] = "__aeabi_d2iz", [(Libcall.FpToUInt, 64, 32)] = "__aeabi_d2uiz",
        [(Libcall.FpToSInt, 32, 64)] = "__aeabi_f2lz", [(Libcall.FpToUInt, 32, 64)] = "__aeabi_f2ulz",
        [(Libcall.FpToSInt, 64, 64)] = "__aeabi_d2lz", [(Libcall.FpToUInt, 64, 64)] = "__aeabi_d2ulz",
        [(Libcall.SIntToFp, 32, 32)] = "__aeabi_i2f", [(Libcall.UIntToFp, 32, 32)] = "__aeabi_ui2f",
        [(Libcall.SIntToFp, 32, 64)] = "__aeabi_i2d", [(Libcall.UIntToFp, 32, 64)] = "__aeabi_ui2d",
        [(Libcall.SIntToFp, 64, 32)] = "__aeabi_l2f", [(Libcall.UIntToFp, 64, 32)] = "__aeabi_ul2f",
        [(Libcall.SIntToFp, 64, 64)] = "__aeabi_l2d", [(Libcall.UIntToFp, 64, 64)] = "__aeabi_ul2d",
        [(Libcall.FpExt, 32, 64)] = "__aeabi_f2d", [(Libcall.FpRound, 64, 32)] = "__aeabi_d2f",
    };

    /// <summary>Where an overflow multiply becomes __mulo?i4 (llc 13..19; DAGTypeLegalizer::ExpandIntRes_XMULO uses
    /// the MULO libcall when the name is set; LLVM 14 (5c91b98c5d45 and follow-ups) cleared MULO_I64 on 32-bit
    /// targets and MULO_I128 on x86_64 because libgcc lacks them; LLVM 20 cleared MULO_I128 on every target but
    /// wasm).</summary>
    public static readonly MuloRow[] Mulo =
    [
        new(Archs.I386 | Archs.Arm | Archs.PowerPC | Archs.RiscV32, 64, 0, 13, "MULO_I64 __mulodi4 on 32-bit targets up to LLVM 13 (CBL #1438)"),
        new(Archs.X86_64 | Archs.PowerPC64, 128, 0, 13, "MULO_I128 __muloti4 on x86_64 up to LLVM 13 (CBL #1711)"),
        new(Archs.Bits32, 128, 0, 13, "MULO_I128 __muloti4 on 32-bit targets up to LLVM 13 (llc 13)"),
        new(Archs.AArch64 | Archs.RiscV64 | Archs.RiscV32 | Archs.S390x, 128, 0, 19,
            "MULO_I128 __muloti4 kept on AArch64, RISC-V and SystemZ up to LLVM 19 (llc 19); LLVM 20's RuntimeLibcalls.cpp RuntimeLibcallsInfo::initLibcalls clears MULO_I128 unless TT.isWasm() (PR #116214: never in libgcc): llc 22 expands it inline (construct fixtures int128-{aarch64,riscv64,s390x}-clang22)"),
    ];

    /// <summary>Variable shifts wider than a register that call the SHL/SRL/SRA libcall whatever the optimization
    /// level (ExpandIntRes_Shift reaches the libcall when the target has no SHL_PARTS expansion for the half type).</summary>
    public static readonly WideShiftRow[] WideShifts =
    [
        new(Archs.S390x, 128, 20, 0, "vector",
            "SystemZ without the vector facility (i128 not legal, PR #74625 made it legal in VRs from z13): llc 22 calls __ashlti3/__lshrti3/__ashrti3 for a variable i128 shift on z10, llc 13..19 expanded it inline; 20 and 21 not measured, predicted"),
        new(Archs.Arm, 64, 0, 0, null,
            "ARM Thumb-1 only (v4T..v6 Thumb, v6-M, v8-M Baseline): ARMISelLowering leaves SHL_PARTS/SRL_PARTS/SRA_PARTS i32 to Expand, so ExpandIntRes_Shift calls SHL_I64/SRL_I64/SRA_I64 (__aeabi_llsl/llsr/lasr, __ashldi3...) for a variable i64 shift; llc 13, 14, 16, 19, 22 (Thumb/long_shift.ll, ARM/shift-i64.ll on armv6m); constant amounts are expanded inline (predicted anyway)",
            Thumb1Only: true),
    ];

    private static readonly Dictionary<(Libcall, int), string> ArmNames = BuildArmNames();

    private static Dictionary<(Libcall, int), string> BuildArmNames()
    {
        var d = new Dictionary<(Libcall, int), string>();
        foreach (var o in Overrides) d[(o.Call, o.Key)] = o.Name;
        return d;
    }

    private static bool Aeabi(CodegenTarget t) => t.Arch == TargetArch.Arm && t.IsAeabi;

    public static string? IntName(CodegenTarget t, Libcall lc, int bits) =>
        Aeabi(t) && ArmNames.TryGetValue((lc, bits), out var n) ? n : LibcallNames.Integer(lc, bits);

    public static string? FloatName(CodegenTarget t, Libcall lc, int fp)
    {
        if (Aeabi(t) && ArmNames.TryGetValue((lc, fp), out var n)) return n;
        var name = LibcallNames.Float(lc, fp);
        return fp == 128 && IsPpc(t) ? PpcKf(name) : name;
    }

    public static string? ConvName(CodegenTarget t, Libcall lc, int from, int to)
    {
        if (Aeabi(t) && ArmConversions.TryGetValue((lc, from, to), out var n)) return n;
        if (Aeabi(t) && lc == Libcall.FpRound && from == 64 && to == 16) return "__aeabi_d2h";
        var name = LibcallNames.Conversion(lc, from, to);
        return (from == 128 || to == 128) && IsPpc(t) ? PpcKf(name) : name;
    }

    /// <summary>ARM EABI (not GNUEABI) half helpers: ARMISelLowering.cpp "In EABI, these functions have an __aeabi_
    /// prefix, but in GNUEABI they have a __gnu_ prefix" (isTargetAEABI: eabi/eabihf environments) (llc 19, 22).</summary>
    private static readonly (string Name, string Source)[] AeabiHalf =
    [
        ("__aeabi_h2f", "half to float on an EABI triple -> __aeabi_h2f (ARMISelLowering.cpp: FPEXT_F16_F32 when isTargetAEABI)"),
        ("__aeabi_f2h", "float to half on an EABI triple -> __aeabi_f2h (ARMISelLowering.cpp: FPROUND_F32_F16 when isTargetAEABI)"),
    ];

    /// <summary>Where fp128 libm calls are named <c>*f128</c> (sqrtf128, fmodf128, sinf128...) instead of <c>*l</c>,
    /// by target and LLVM version (RuntimeLibcalls.cpp / RuntimeLibcalls.td: the F128 libm names follow the
    /// target's long double; the *l spelling stays where long double is fp128).</summary>
    public static readonly F128LibmRow[] F128Libm =
    [
        new(Archs.X86_64, 18, 0, "X86-64 names fp128 libm calls *f128 (RuntimeLibcalls.cpp, LLVM 19: long double is x86_fp80, so *l would be wrong; 18 not measured) in GNU environments: llc 22 x86_64-linux-gnu calls only tanf128/sinf128..., x86_64-linux-android (long double is fp128) only tanl/sinl... (X86/fp128-libcalls-strict.ll); other environments predict both", GnuOnly: true, OnlyFrom: 19),
        new(Archs.I386, 20, 0, "i386 names fp128 libm calls *f128 like x86-64 (llc 22 sqrtf128/fmodf128/sinf128 on i686-linux-gnu, llc 19 sqrtl/fmodl/sinl; 20 and 21 not measured: both predicted)", GnuOnly: true, OnlyFrom: 22),
        new(Archs.Ppc, 0, 0, "PowerPC IEEE fp128 libm calls *f128 (PPCISelLowering.cpp F128 libcall names)"),
    ];

    private static bool F128LibmNames(CodegenTarget t)
    {
        var mask = (Archs)(1 << (int)t.Arch);
        foreach (var r in F128Libm)
            if ((r.Archs & mask) != 0 && t.InVersion(r.MinLlvm, r.MaxLlvm) && !(r.GnuOnly && t.IsAndroid)) return true;
        return false;
    }

    /// <summary>True when the fp128 libm calls are certainly named <c>*f128</c> and not <c>*l</c>: a GNU-only row's
    /// target in a GNU environment, at a known LLVM version from the row's first measured one.</summary>
    private static bool OnlyF128LibmNames(CodegenTarget t)
    {
        if (t.LlvmMajor == 0 || t.Environment != TargetEnvironment.Gnu) return false;
        var mask = (Archs)(1 << (int)t.Arch);
        foreach (var r in F128Libm)
            if ((r.Archs & mask) != 0 && r.GnuOnly && r.OnlyFrom > 0 && t.LlvmMajor >= r.OnlyFrom && t.InVersion(r.MinLlvm, r.MaxLlvm)) return true;
        return false;
    }

    private static string F128LibmSource(CodegenTarget t)
    {
        var mask = (Archs)(1 << (int)t.Arch);
        foreach (var r in F128Libm)
            if ((r.Archs & mask) != 0) return r.Source;
        return "";
    }

    private static bool IsPpc(CodegenTarget t) => t.Arch is TargetArch.PowerPC or TargetArch.PowerPC64;

    /// <summary>PowerPC names IEEE fp128 helpers with "kf" (PPCISelLowering.cpp: setLibcallName(RTLIB::ADD_F128,
    /// "__addkf3") and the rest of the F128 set, llc 14..19).</summary>
    private static string? PpcKf(string? name) =>
        name is not null && name.StartsWith("__", StringComparison.Ordinal) && !name.StartsWith("__gcc", StringComparison.Ordinal)
            ? name.Replace("tf", "kf", StringComparison.Ordinal) : name;

    /// <summary>The width an integer of <paramref name="bits"/> is legalized to: promoted to the smallest legal
    /// register type, or rounded up to a power of two when wider (getTypeToTransformTo).</summary>
    public static int LegalWidth(int bits, TargetCapabilities c)
    {
        int w = 8;
        while (w < bits) w <<= 1;
        return Math.Max(w, c.MinLegalInt);
    }

    /// <summary>Conversion libcalls exist for i32, i64 and i128 (RuntimeLibcalls.def FPTOSINT_*_I32..I128): narrower
    /// integers use the i32 one, whatever the register width (RISC-V 64 keeps __fixsfsi).</summary>
    private static int ConvWidth(int bits)
    {
        int w = 32;
        while (w < bits) w <<= 1;
        return w;
    }

    private static bool HwFloat(TargetCapabilities c, int fp) => fp switch
    {
        32 => c.HwF32, 64 => c.HwF64, 80 => c.HwF80, 128 => c.HwF128, _ => false,
    };

    private static bool IsHalf(int fp) => fp is 16 or ValueShape.BFloatBits;

    private static void Add(List<LoweredCall> into, string? name, string rule)
    {
        if (name is not null) into.Add(new(name, rule));
    }

    // ---------------------------------------------------------------- integers

    /// <summary>An integer operation of <paramref name="bits"/>. <paramref name="funnelShift"/>: the shift comes from
    /// llvm.fshl/fshr, which ExpandIntRes_FunnelShift splits into half-width funnel shifts: the <see cref="WideShifts"/>
    /// rows do not apply (llc 22 SystemZ/fshl.ll, fshr.ll on z10: a variable i128 funnel shift calls nothing).</summary>
    public static void Integer(CodegenTarget t, FunctionTraits traits, InstructionOp op, int bits, List<LoweredCall> into, bool funnelShift = false)
    {
        var c = traits.Capabilities;
        int w = LegalWidth(bits, c);
        string arch = t.Arch.ToString();
        switch (op)
        {
            case InstructionOp.UDiv or InstructionOp.SDiv or InstructionOp.URem or InstructionOp.SRem:
            {
                if (w <= c.DivBits) return;
                var lc = op switch { InstructionOp.UDiv => Libcall.UDiv, InstructionOp.SDiv => Libcall.SDiv, InstructionOp.URem => Libcall.URem, _ => Libcall.SRem };
                if (lc is Libcall.SRem or Libcall.URem && c.MulBits == 0 && w > 2 * c.XLen && t.InVersion(20, 0))
                {
                    // LLVM 20+ expands an i128 remainder on riscv32 inline (ExpandLargeDivRem: a - (a / b) * b), and
                    // without M the product is MUL_I64 (llc 22 riscv32 without M: __muldi3; llc 19 called __modti3).
                    string? mul = IntName(t, Libcall.Mul, 2 * c.XLen);
                    Add(into, mul, $"{op.ToString().ToLowerInvariant()} i{bits} on {arch} without a multiply, LLVM 20+ -> {mul} (ExpandLargeDivRem expandRemainder multiplies; llc 22)");
                }
                // ExpandLargeDivRem (LLVM 16+) expands wider divisions inline without a call; its normalisation counts
                // leading zeros, __clzsi2 on ARM without CLZ (llc 22 ARM/udivmodei5.ll on arm-eabi).
                if (w > c.MaxDivRemLibcallBits && t.InVersion(16, 0) && c.ArmNoClz && t.Arch == TargetArch.Arm)
                    Add(into, "__clzsi2", $"{op.ToString().ToLowerInvariant()} i{bits} on {arch} expanded inline (ExpandLargeDivRem, llvm.ctlz) without CLZ -> __clzsi2 (ARMISelLowering: CTLZ LibCall before v5T or on Thumb-1)");
                if (w > c.MaxDivRemLibcallBits && !t.InVersion(0, 15)) return;
                if (w > 128) return;
                string? name = IntName(t, lc, w);
                Add(into, name, $"{op.ToString().ToLowerInvariant()} i{bits} on {arch} -> {name} (RuntimeLibcalls.def {lc.ToString().ToUpperInvariant()}_I{w}; no {w}-bit divide in hardware: LegalizeIntegerTypes ExpandIntRes_{op.ToString().ToUpperInvariant()}/LegalizeDAG ConvertNodeToLibcall)");
                if (lc is Libcall.SDiv or Libcall.SRem)
                {
                    // DAGCombiner visitSDIV/visitSREM: operands whose sign bits are known zero make the division unsigned
                    // (DAG.SignBitIsZero); known bits are not tracked, so the unsigned helper is predicted too (llc 22
                    // ARM/select-imm.ll on cortex-m0: srem of masked values calls __aeabi_uidivmod).
                    string? unsigned = IntName(t, lc == Libcall.SDiv ? Libcall.UDiv : Libcall.URem, w);
                    Add(into, unsigned, $"{op.ToString().ToLowerInvariant()} i{bits} on {arch} of operands that may be known non-negative -> {unsigned} (DAGCombiner visitSDIV/visitSREM: SignBitIsZero)");
                }
                return;
            }
            case InstructionOp.Mul:
            {
                if (w == 128 && t.Arch is TargetArch.PowerPC or TargetArch.RiscV32 && t.InVersion(0, 13))
                    Add(into, "__multi3", $"mul i{bits} on {arch} up to LLVM 13 -> __multi3 (MUL_I128 still named on 32-bit PowerPC/RISC-V, llc 13)");
                if (c.MulBits >= 2 * c.XLen || w <= c.MulBits) return;
                // No multiply instruction (RISC-V without M/Zmmul): MUL_I32/I64 libcalls; 32-bit targets have no
                // MUL_I128 (RuntimeLibcalls: cleared for 32-bit), so i128 is built from __muldi3.
                int nameWidth = c.XLen == 32 ? Math.Min(w, 64) : Math.Min(w, 128);
                string? name = IntName(t, Libcall.Mul, nameWidth);
                Add(into, name, $"mul i{bits} on {arch} without a {w}-bit multiply -> {name} (RuntimeLibcalls.def MUL_I{nameWidth}; RISCVISelLowering: MUL Expand without M/Zmmul; ARMISelLowering: UMUL_LOHI/SMUL_LOHI Expand when isThumb1Only)");
                if (w > c.XLen && nameWidth != c.XLen && c.MulBits < c.XLen)
                    Add(into, IntName(t, Libcall.Mul, c.XLen), $"mul i{bits} on {arch} without a multiply instruction -> {IntName(t, Libcall.Mul, c.XLen)} for the halves (ExpandIntRes_MUL)");
                return;
            }
            case InstructionOp.Shl or InstructionOp.LShr or InstructionOp.AShr:
            {
                if (w <= c.XLen) return;
                if (w == 128 && t.Arch == TargetArch.RiscV32 && t.InVersion(0, 13))
                {
                    // LLVM 13 kept SHL_I128/SRL_I128/SRA_I128 on riscv32 and used them for variable shifts.
                    foreach (var lc in new[] { Libcall.Shl, Libcall.Srl, Libcall.Sra })
                        Add(into, LibcallNames.Integer(lc, 128), $"{op.ToString().ToLowerInvariant()} i{bits} on riscv32 up to LLVM 13 -> {LibcallNames.Integer(lc, 128)} (llc 13; ExpandIntRes_Shift libcall)");
                }
                foreach (var row in funnelShift ? [] : WideShifts)
                    if ((row.Archs & (Archs)(1 << (int)t.Arch)) != 0 && row.Bits == w && t.InVersion(row.MinLlvm, row.MaxLlvm)
                        && (row.UnlessFeature is null || !traits.HasFeature(row.UnlessFeature)) && (!row.Thumb1Only || c.ArmThumb1Only))
                    {
                        var shiftCall = op switch { InstructionOp.Shl => Libcall.Shl, InstructionOp.LShr => Libcall.Srl, _ => Libcall.Sra };
                        string? sn = IntName(t, shiftCall, w);
                        Add(into, sn, $"{op.ToString().ToLowerInvariant()} i{bits} on {arch} -> {sn} ({row.Source})");
                        if (row.Thumb1Only && op != InstructionOp.AShr)
                        {
                            // TargetLowering::optimizeSetCCByHoistingAndByConstFromLogicalShift turns ((C << y) & x) == 0
                            // into ((x >> y) & C) == 0 and back: the other logical shift (llc 22 thumbv6,
                            // ARM/hoist-and-by-const-from-lshr-in-eqcmp-zero.ll calls __ashldi3 for an lshr)
                            string? other = IntName(t, op == InstructionOp.Shl ? Libcall.Srl : Libcall.Shl, w);
                            Add(into, other, $"{op.ToString().ToLowerInvariant()} i{bits} on {arch} -> {other} (the and-by-constant hoisting swaps the logical shift)");
                        }
                    }
                // TargetLoweringBase::preferredShiftLegalizationStrategy: LowerToLibcall under minsize
                // (ExpandIntRes_Shift); PowerPC and SystemZ keep their SHL_PARTS expansion.
                if (!traits.MinSize || t.Arch is TargetArch.PowerPC or TargetArch.PowerPC64 or TargetArch.S390x) return;
                if (w > 2 * c.XLen)
                {
                    // i128 on a 32-bit target: expanded to i64 shifts that are themselves libcalls (any of the three).
                    foreach (var lc in new[] { Libcall.Shl, Libcall.Srl, Libcall.Sra })
                        Add(into, IntName(t, lc, 2 * c.XLen), $"{op.ToString().ToLowerInvariant()} i{bits} under minsize on {arch} -> {IntName(t, lc, 2 * c.XLen)} (ExpandIntRes_Shift through i{2 * c.XLen} parts)");
                    return;
                }
                var call = op switch { InstructionOp.Shl => Libcall.Shl, InstructionOp.LShr => Libcall.Srl, _ => Libcall.Sra };
                string? n = IntName(t, call, w);
                Add(into, n, $"{op.ToString().ToLowerInvariant()} i{bits} under minsize on {arch} -> {n} (LegalizeIntegerTypes ExpandIntRes_Shift: preferredShiftLegalizationStrategy is LowerToLibcall for minsize)");
                return;
            }
        }
    }

    /// <summary>llvm.{s,u}mul.with.overflow.</summary>
    public static void MulOverflow(CodegenTarget t, FunctionTraits traits, bool signed, int bits, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        int w = LegalWidth(bits, c);
        var mask = (Archs)(1 << (int)t.Arch);
        if (signed)
            foreach (var row in Mulo)
                if ((row.Archs & mask) != 0 && row.Bits == w && t.InVersion(row.MinLlvm, row.MaxLlvm))
                    Add(into, LibcallNames.Integer(Libcall.MulO, w), $"llvm.smul.with.overflow.i{bits} -> __mulo{(w == 64 ? "d" : "t")}i4 ({row.Source}; LegalizeIntegerTypes ExpandIntRes_XMULO)");
        if (!signed && w == 128 && t.Arch is TargetArch.PowerPC or TargetArch.RiscV32 && t.InVersion(0, 13))
            Add(into, "__multi3", $"llvm.umul.with.overflow.i{bits} on {t.Arch} up to LLVM 13 -> __multi3 (llc 13)");
        if (c.MulBits < 2 * c.XLen)
        {
            // No multiply (RISC-V without M), or no widening one (Thumb-1): the (double-width) product is a MUL libcall.
            int cap = c.XLen == 32 ? 64 : 128;
            foreach (int nw in new[] { Math.Min(w, cap), Math.Min(2 * w, cap) })
                if (nw > c.MulBits)
                    Add(into, IntName(t, Libcall.Mul, nw), $"llvm.*mul.with.overflow.i{bits} without a {nw}-bit multiply -> MUL_I{nw} (RISCVISelLowering: no M/Zmmul; ARMISelLowering: no UMUL_LOHI on Thumb-1)");
        }
    }

    // ---------------------------------------------------------------- floating point

    /// <summary>The half-float helper names (FPEXT_F16_F32, FPROUND_F32_F16) by target and LLVM version (LlcTruth: llc 13,
    /// 14, 15, 16, 19, 22). ARM keeps __gnu_h2f_ieee/__gnu_f2h_ieee in every version, and names them
    /// __aeabi_h2f/__aeabi_f2h on EABI triples (ARMISelLowering.cpp "In EABI, these functions have an __aeabi_ prefix,
    /// but in GNUEABI they have a __gnu_ prefix"; up to LLVM 21 the GNU names are kept there too); X86 with SSE2
    /// renamed them __extendhfsf2/__truncsfhf2 in LLVM 15 (f16 legal in XMM registers), RISC-V in LLVM 14, the other
    /// targets in LLVM 20..22 (llc 19 __gnu_*, llc 22 __extendhfsf2; 20 and 21 not measured: both).</summary>
    private static (bool Gnu, bool Compiler) HalfNames(CodegenTarget t, FunctionTraits traits)
    {
        switch (t.Arch)
        {
            // llc 22 names them __aeabi_* alone on an EABI triple of four components; a shorter one in the module
            // (thumbv6m-none-eabi) is read positionally, without an environment, so the GNU names stay (see "Not
            // settled"), as they do up to LLVM 21.
            case TargetArch.Arm:
                return (!(t.Environment is TargetEnvironment.Eabi or TargetEnvironment.EabiHf) || t.Triple.Split('-').Length < 4
                        || t.InVersion(0, 21), false);
            case TargetArch.X86_64 or TargetArch.I386 when traits.HasFeature("sse2") && traits.Capabilities.HwF64:
                return (t.InVersion(0, 14), t.InVersion(15, 0));
            case TargetArch.RiscV32 or TargetArch.RiscV64: return (t.InVersion(0, 13), t.InVersion(14, 0));
            default: return (t.InVersion(0, 21), t.InVersion(20, 0));
        }
    }

    /// <summary>Half and bfloat go through f32 (LegalizeFloatTypes PromoteFloat/SoftPromoteHalf): half to float
    /// (<paramref name="extend"/>) and float to half (<paramref name="round"/>) with the target's names. Up to LLVM 19
    /// llc showed either helper on either side (a soft-promoted value is rounded again after each operation), so both
    /// directions are predicted up to LLVM 21; llc 22 calls only the one the operation needs.</summary>
    private static void HalfHelpers(CodegenTarget t, FunctionTraits traits, bool extend, bool round, string what, List<LoweredCall> into)
    {
        if (t.InVersion(0, 21)) extend = round = true;
        var (gnu, compiler) = HalfNames(t, traits);
        if (t.Arch == TargetArch.Arm && t.Environment is TargetEnvironment.Eabi or TargetEnvironment.EabiHf)
            foreach (var (name, source) in AeabiHalf)
                if (name == "__aeabi_h2f" ? extend : round)
                    into.Add(new(name, $"{what}: {source}"));
        if (extend && gnu) into.Add(new("__gnu_h2f_ieee", $"{what}: half promoted to float -> __gnu_h2f_ieee (RuntimeLibcalls.def FPEXT_F16_F32; LegalizeFloatTypes PromoteFloat/SoftPromoteHalf)"));
        if (extend && compiler) into.Add(new("__extendhfsf2", $"{what}: half promoted to float -> __extendhfsf2 (the FPEXT_F16_F32 name: X86 with SSE2 from LLVM 15, RISC-V from 14, the others by LLVM 22)"));
        if (round && gnu) into.Add(new("__gnu_f2h_ieee", $"{what}: float rounded to half -> __gnu_f2h_ieee (RuntimeLibcalls.def FPROUND_F32_F16)"));
        if (round && compiler) into.Add(new("__truncsfhf2", $"{what}: float rounded to half -> __truncsfhf2 (the FPROUND_F32_F16 name: X86 with SSE2 from LLVM 15, RISC-V from 14, the others by LLVM 22)"));
    }

    /// <summary>Every spelling of both helpers (ppc_fp128 conversions, where the whole family is predicted).</summary>
    private static void HalfBoth(CodegenTarget t, string what, List<LoweredCall> into)
    {
        if (t.Arch == TargetArch.Arm && t.Environment is TargetEnvironment.Eabi or TargetEnvironment.EabiHf)
            foreach (var (name, source) in AeabiHalf)
                into.Add(new(name, $"{what}: {source}"));
        into.Add(new("__gnu_h2f_ieee", $"{what}: half promoted to float -> __gnu_h2f_ieee (RuntimeLibcalls.def FPEXT_F16_F32; LegalizeFloatTypes PromoteFloat/SoftPromoteHalf)"));
        into.Add(new("__extendhfsf2", $"{what}: half promoted to float -> __extendhfsf2 (the FPEXT_F16_F32 name on X86 with SSE2 from LLVM 15)"));
        into.Add(new("__gnu_f2h_ieee", $"{what}: float rounded to half -> __gnu_f2h_ieee (RuntimeLibcalls.def FPROUND_F32_F16)"));
        into.Add(new("__truncsfhf2", $"{what}: float rounded to half -> __truncsfhf2 (the FPROUND_F32_F16 name on X86 with SSE2 from LLVM 15)"));
    }

    private static void HalfExtend(CodegenTarget t, FunctionTraits traits, int fp, string what, List<LoweredCall> into)
    {
        if (fp == ValueShape.BFloatBits || traits.Capabilities.HwHalfConvert) return; // bf16 -> f32 is a shift
        HalfHelpers(t, traits, extend: true, round: false, what, into);
    }

    private static void HalfTruncate(CodegenTarget t, FunctionTraits traits, int fp, string what, List<LoweredCall> into)
    {
        if (fp == ValueShape.BFloatBits)
        {
            if (!t.InVersion(17, 0)) return;
            into.Add(new("__truncsfbf2", $"{what}: float to bfloat -> __truncsfbf2 (RuntimeLibcalls.def FPROUND_F32_BF16, LLVM 17)"));
            return;
        }
        if (traits.Capabilities.HwHalfConvert) return;
        HalfHelpers(t, traits, extend: false, round: true, what, into);
    }

    /// <summary>A half arithmetic operation: the operands extended and the result rounded (no helper where f16 is
    /// legal: <see cref="TargetCapabilities.HwHalfArith"/> implies the conversions are instructions).</summary>
    private static void HalfOperation(CodegenTarget t, FunctionTraits traits, int fp, string what, List<LoweredCall> into)
    {
        if (fp == ValueShape.BFloatBits) { HalfTruncate(t, traits, fp, what, into); return; }
        if (traits.Capabilities.HwHalfConvert) return;
        HalfHelpers(t, traits, extend: true, round: true, what, into);
    }

    public static void FloatArith(CodegenTarget t, FunctionTraits traits, InstructionOp op, int fp, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        string what = $"{op.ToString().ToLowerInvariant()} {new ValueShape(ValueClass.Float, fp)}";
        if (IsHalf(fp))
        {
            HalfOperation(t, traits, fp, what, into);
            if (op != InstructionOp.FNeg) FloatArith(t, traits, op, 32, into);
            return;
        }
        if (op == InstructionOp.FNeg) return; // sign-bit flip, even when soft (SoftenFloatRes_FNEG)
        var lc = op switch
        {
            InstructionOp.FAdd => Libcall.FAdd, InstructionOp.FSub => Libcall.FSub, InstructionOp.FMul => Libcall.FMul,
            InstructionOp.FDiv => Libcall.FDiv, _ => Libcall.FRem,
        };
        if (lc == Libcall.FRem)
        {
            // FREM is Expand on every target: fmodf/fmod/fmodl (RuntimeLibcalls.def REM_F*); X86-64 fp128 uses fmodf128 in LLVM 19.
            Add(into, LibcallNames.Float(Libcall.FRem, fp), $"{what} -> {LibcallNames.Float(Libcall.FRem, fp)} (FREM has no instruction: LegalizeDAG ConvertNodeToLibcall REM_F{fp})");
            if (fp == 128 && F128LibmNames(t))
                into.Add(new("fmodf128", $"{what} -> fmodf128 ({F128LibmSource(t)})"));
            return;
        }
        if (HwFloat(c, fp) && fp != ValueShape.PpcFp128Bits) return;
        string? name = FloatName(t, lc, fp);
        Add(into, name, $"{what} on {t.Arch} without hardware float for the type -> {name} (RuntimeLibcalls.def {lc.ToString().ToUpperInvariant()}_F{fp}; LegalizeFloatTypes SoftenFloatRes)");
    }

    private static readonly Libcall[] AllCompares = [Libcall.OEq, Libcall.UNe, Libcall.OGe, Libcall.OLt, Libcall.OLe, Libcall.OGt, Libcall.UO];

    /// <summary>TargetLowering::softenSetCCOperands: each predicate's one or two compare libcalls; the unordered
    /// ones are the inverted ordered call, and with the nnan flag the ordered call directly (both predicted).</summary>
    private static Libcall[] ComparesFor(int predicate) => predicate switch
    {
        0 or 15 => [],
        // oeq also calls the une helper: a compare feeding a select or branch may be inverted (DAGCombiner, and
        // SoftenFloatRes_SELECT_CC with getSetCCInverse: llc 22 X86/fp128-select.ll, uitofp of an fcmp oeq fp128 calls
        // __netf2); une already names both.
        1 => [Libcall.OEq, Libcall.UNe], 2 => [Libcall.OGt], 3 => [Libcall.OGe], 4 => [Libcall.OLt], 5 => [Libcall.OLe],
        6 => [Libcall.OEq, Libcall.UO, Libcall.UNe], 7 or 8 => [Libcall.UO], 9 => [Libcall.OEq, Libcall.UO],
        10 => [Libcall.OLe, Libcall.OGt], 11 => [Libcall.OLt, Libcall.OGe], 12 => [Libcall.OGe, Libcall.OLt],
        13 => [Libcall.OGt, Libcall.OLe], 14 => [Libcall.UNe, Libcall.OEq],
        _ => AllCompares,
    };

    public static void FloatCompare(CodegenTarget t, FunctionTraits traits, int fp, int predicate, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        string what = $"fcmp {new ValueShape(ValueClass.Float, fp)}";
        if (IsHalf(fp))
        {
            HalfExtend(t, traits, fp, what, into);
            fp = 32;
        }
        if (HwFloat(c, fp) || predicate is 0 or 15) return;
        foreach (var lc in ComparesFor(predicate))
        {
            string? name = FloatName(t, lc, fp);
            Add(into, name, $"{what} predicate {predicate} without hardware float -> {name} (TargetLowering::softenSetCCOperands; RuntimeLibcalls.def {lc.ToString().ToUpperInvariant()}_F{fp})");
        }
        if (fp == ValueShape.PpcFp128Bits && predicate is 1 or 14)
        {
            // SelectionDAG::FoldSetCC makes "x une x" (and "x oeq x") an unordered check when both operands become one
            // value, as two loads of one global do once merged; memory is not tracked (llc 22 PowerPC/ppcf128sf.ll:
            // __gcc_qunord for an fcmp une of two loads).
            string? uo = FloatName(t, Libcall.UO, fp);
            Add(into, uo, $"{what} predicate {predicate} of operands that may be one value -> {uo} (SelectionDAG::FoldSetCC)");
        }
    }

    private static readonly string[] PpcF128Conversions =
    [
        "__gcc_qtou", "__gcc_qtoi", "__gcc_itoq", "__gcc_utoq", "__gcc_qadd", "__gcc_qsub", "__gcc_dtoq", "__gcc_qtod", "__gcc_stoq", "__gcc_qtos",
        "__fixtfsi", "__fixunstfsi", "__fixtfdi", "__fixunstfdi", "__fixtfti", "__fixunstfti",
        "__floatsitf", "__floatunsitf", "__floatditf", "__floatunditf", "__floattitf", "__floatuntitf",
        // (ppc_fp128 <-> IEEE fp128 is not an fpext/fptrunc in the IR: the llvm.ppc.convert intrinsics, IntrinsicRules)
    ];

    public static void Conversion(CodegenTarget t, FunctionTraits traits, InstructionOp op, ValueShape from, ValueShape to, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        string what = $"{op.ToString().ToLowerInvariant()} {from} to {to}";
        if (from.Bits == ValueShape.PpcFp128Bits && from.Class == ValueClass.Float || to.Bits == ValueShape.PpcFp128Bits && to.Class == ValueClass.Float)
        {
            // ppc_fp128 conversions mix the IBM helpers with double-double arithmetic (LegalizeFloatTypes
            // ExpandFloatRes_*, PPCISelLowering): the whole family is predicted.
            foreach (var n in PpcF128Conversions)
                into.Add(new(n, $"{what}: ppc_fp128 conversion -> {n} (RuntimeLibcalls.def PPCF128 rows; ExpandFloatRes/ExpandFloatOp)"));
            if (IsHalf(from.Bits) || IsHalf(to.Bits))
            {
                HalfBoth(t, what, into);
                into.Add(new("__trunctfhf2", $"{what} -> __trunctfhf2 (FPROUND_PPCF128_F16)"));
            }
            return;
        }
        switch (op)
        {
            case InstructionOp.FPToSI or InstructionOp.FPToUI:
            {
                int fp = from.Bits, iw = ConvWidth(to.Bits);
                var lc = op == InstructionOp.FPToSI ? Libcall.FpToSInt : Libcall.FpToUInt;
                if (IsHalf(fp))
                {
                    HalfExtend(t, traits, fp, what, into);
                    if (DirectHalfIntConversion(t, c, fp, iw))
                    {
                        Add(into, LibcallNames.Conversion(lc, 16, iw), $"{what} -> {LibcallNames.Conversion(lc, 16, iw)} (FPTOSINT_F16_I{iw}: the integer is wider than a register and f16 is legal, so ExpandIntRes_FP_TO_XINT calls the f16 libcall; llc 22 riscv32 +zfh, ARM fullfp16; X86 i128 LLVM 19)");
                        if (c.HwHalfArith && iw <= 64) return;
                    }
                    if (t.Arch == TargetArch.I386 && iw == 64 && t.InVersion(0, 13))
                        Add(into, ConvName(t, lc, 32, 64), $"{what} on i386 up to LLVM 13 -> {ConvName(t, lc, 32, 64)} (llc 13 converts the promoted float with a libcall)");
                    fp = 32;
                }
                if (HwFloat(c, fp) && fp != ValueShape.PpcFp128Bits && iw <= (lc == Libcall.FpToSInt ? c.FpIntSigned : c.FpIntUnsigned)) return;
                string? name = ConvName(t, lc, fp, Math.Min(Math.Max(iw, 32), 128));
                if (iw < c.XLen && t.Arch is TargetArch.RiscV64)
                    Add(into, ConvName(t, lc, fp, c.XLen), $"{what} -> {ConvName(t, lc, fp, c.XLen)} (RISC-V 64 promotes the i32 result: LegalizeIntegerTypes PromoteIntRes_FP_TO_XINT)");
                Add(into, name, $"{what} -> {name} (RuntimeLibcalls.def {(lc == Libcall.FpToSInt ? "FPTOSINT" : "FPTOUINT")}_F{fp}_I{iw}: no hardware conversion for the pair)");
                return;
            }
            case InstructionOp.SIToFP or InstructionOp.UIToFP:
            {
                int fp = to.Bits, iw = ConvWidth(from.Bits);
                var lc = op == InstructionOp.SIToFP ? Libcall.SIntToFp : Libcall.UIntToFp;
                if (IsHalf(fp))
                {
                    HalfTruncate(t, traits, fp, what, into);
                    if (DirectHalfIntConversion(t, c, fp, iw))
                    {
                        Add(into, LibcallNames.Conversion(lc, iw, 16), $"{what} -> {LibcallNames.Conversion(lc, iw, 16)} (SINTTOFP_I{iw}_F16: the integer is wider than a register and f16 is legal; llc 22 __floatdihf on riscv32 +zfh, ARM fullfp16)");
                        if (c.HwHalfArith && iw <= 64) return;
                    }
                    fp = 32;
                }
                if (HwFloat(c, fp) && fp != ValueShape.PpcFp128Bits && iw <= (lc == Libcall.SIntToFp ? c.FpIntSigned : c.FpIntUnsigned)) return;
                string? name = ConvName(t, lc, Math.Min(Math.Max(iw, 32), 128), fp);
                Add(into, name, $"{what} -> {name} (RuntimeLibcalls.def {(lc == Libcall.SIntToFp ? "SINTTOFP" : "UINTTOFP")}_I{iw}_F{fp}: no hardware conversion for the pair)");
                return;
            }
            case InstructionOp.FPExt or InstructionOp.FPTrunc:
            {
                // an operand whose type the reader did not resolve (shape "void") names no libcall ("__extenddf2")
                if (from.ScalarClass != ValueClass.Float || to.ScalarClass != ValueClass.Float) return;
                int a = from.Bits, b = to.Bits;
                bool ext = op == InstructionOp.FPExt;
                if (IsHalf(a) || IsHalf(b))
                {
                    HalfConversion(t, traits, ext, IsHalf(a) ? a : b, IsHalf(a) ? b : a, what, into);
                    return;
                }
                if (HwFloat(c, a) && HwFloat(c, b)) return;
                var lc = ext ? Libcall.FpExt : Libcall.FpRound;
                string? name = ConvName(t, lc, a, b);
                Add(into, name, $"{what} without hardware float for both types -> {name} (RuntimeLibcalls.def {(ext ? "FPEXT" : "FPROUND")}_F{a}_F{b})");
                return;
            }
        }
    }

    /// <summary>A half to integer conversion (or back) calls the f16 libcall directly (FPTOSINT_F16_I64,
    /// SINTTOFP_I64_F16...) when the integer is wider than a register and f16 is a legal type there
    /// (DAGTypeLegalizer::ExpandIntRes_FP_TO_XINT/ExpandIntOp_XINT_TO_FP take the libcall of the operand's own
    /// type): riscv32 +zfh, ARM fullfp16 (llc 22); AVX512-FP16 converts i64 itself. i128: the direct call on every
    /// target, as LLVM 19 did on X86 (__fixhfti).</summary>
    private static bool DirectHalfIntConversion(CodegenTarget t, TargetCapabilities c, int fp, int iw) =>
        fp != ValueShape.BFloatBits && (iw > 64 || (iw > c.XLen && c.HwHalfArith && t.Arch != TargetArch.I386));

    /// <summary>True when RVV converts these vectors itself: RISCVISelLowering makes FP_TO_SINT/UINT, SINT/UINT_TO_FP,
    /// FP_EXTEND and FP_ROUND Custom on legal vector types (widening and narrowing vfcvt), and an element type is legal
    /// with its extension: f16 Zvfh/Zvfhmin, f32 Zve32f, f64 Zve64d, i64 Zve64x (V implies Zve64d). llc 22 on
    /// RISCV/rvv: no __fixhfdi/__floatdihf for i64 and f16 vectors on riscv32.</summary>
    public static bool RiscVVectorConversion(CodegenTarget t, FunctionTraits traits, ValueShape from, ValueShape to)
    {
        if (t.Arch is not (TargetArch.RiscV32 or TargetArch.RiscV64) || (from.Class != ValueClass.Vector && to.Class != ValueClass.Vector)
            || !traits.Capabilities.HwF32)
            return false;
        // each through the implications (CpuDefaults.ImpliedBy): V implies Zve64d, Zvfh implies Zvfhmin...
        bool f64 = traits.HasFeature("zve64d"), zvfhmin = traits.HasFeature("zvfhmin");
        bool e64 = traits.HasFeature("zve64x"), f32 = traits.HasFeature("zve32f"), any = traits.HasFeature("zve32x");
        return Legal(from) && Legal(to);

        bool Legal(ValueShape s) => s.ScalarClass switch
        {
            ValueClass.Integer => s.Bits <= 32 ? any : s.Bits == 64 && e64,
            ValueClass.Float => s.Bits switch { 16 => zvfhmin, 32 => f32, 64 => f64, _ => false },
            _ => false,
        };
    }

    /// <summary>fpext/fptrunc between half (or bfloat) and another float type.</summary>
    private static void HalfConversion(CodegenTarget t, FunctionTraits traits, bool ext, int half, int other, string what, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        if (half == ValueShape.BFloatBits)
        {
            if (ext) return; // bf16 -> f32 is a shift
            HalfTruncate(t, traits, half, what, into);
            if (other == 64 && t.InVersion(17, 0)) into.Add(new("__truncdfbf2", $"{what} -> __truncdfbf2 (FPROUND_F64_BF16)"));
            return;
        }
        if (other == 32)
        {
            if (ext) HalfExtend(t, traits, half, what, into); else HalfTruncate(t, traits, half, what, into);
            return;
        }
        if (other == 64)
        {
            if (ext)
            {
                // LegalizeDAG ExpandNode FP16_TO_FP: "We can extend to types bigger than f32 in two steps without
                // changing the result": half to float, then FP_EXTEND (the f32 helper when f64 is soft). Never
                // __extendhfdf2 (LlcTruth 13..22, llc 22 on the CodeGen tests), but on SystemZ, where f16 is legal
                // from LLVM 21 and FP_EXTEND f16->f64 is the FPEXT_F16_F64 libcall (llc 22 s390x z13).
                HalfExtend(t, traits, half, what, into);
                if (!c.HwHalfDouble && !HwFloat(c, 64))
                    Add(into, ConvName(t, Libcall.FpExt, 32, 64), $"{what} through float -> {ConvName(t, Libcall.FpExt, 32, 64)} (LegalizeDAG ExpandNode FP16_TO_FP: f16 -> f32 -> f64)");
                if (t.Arch == TargetArch.S390x && HwFloat(c, 64) && t.InVersion(21, 0))
                    Add(into, LibcallNames.Conversion(Libcall.FpExt, 16, 64), $"{what} on SystemZ -> __extendhfdf2 (f16 legal from LLVM 21: FPEXT_F16_F64; llc 22)");
                return;
            }
            // FPROUND_F64_F16 directly: rounding through float would round twice (DAGTypeLegalizer
            // SoftPromoteHalfRes_FP_ROUND / LegalizeDAG FP_TO_FP16 with an f64 operand), unless the target converts
            // f64 to f16 itself. Up to llc 19 the half helpers came with it (ppc32, ARM soft float).
            if (t.InVersion(0, 21)) HalfTruncate(t, traits, half, what, into);
            if (!c.HwHalfDouble)
                Add(into, ConvName(t, Libcall.FpRound, 64, 16), $"{what} -> {ConvName(t, Libcall.FpRound, 64, 16)} (RuntimeLibcalls.def FPROUND_F64_F16; ARM RTABI __aeabi_d2h)");
            return;
        }
        // x86_fp80, fp128, ppc_fp128: the direct libcalls (__extendhfxf2, __trunctfhf2...) and the f32 path
        if (ext) HalfExtend(t, traits, half, what, into); else HalfTruncate(t, traits, half, what, into);
        if (!ext && !HwFloat(c, other))
            Add(into, ConvName(t, Libcall.FpRound, other, 32), $"{what} through float -> {ConvName(t, Libcall.FpRound, other, 32)}");
        string? direct = ext ? LibcallNames.Conversion(Libcall.FpExt, 16, other) : LibcallNames.Conversion(Libcall.FpRound, other, 16);
        Add(into, direct, $"{what} -> {direct} (RuntimeLibcalls.def {(ext ? "FPEXT" : "FPROUND")} with f16)");
        string? targetName = ext ? ConvName(t, Libcall.FpExt, 16, other) : ConvName(t, Libcall.FpRound, other, 16);
        if (targetName != direct)
            Add(into, targetName, $"{what} -> {targetName} (the target's name for it: PowerPC kf for IEEE fp128, llc 22 __trunckfhf2)");
        if (ext && !HwFloat(c, other)) Add(into, ConvName(t, Libcall.FpExt, 32, other), $"{what} through float -> {ConvName(t, Libcall.FpExt, 32, other)}");
    }

    /// <summary>The libm-style call an FP intrinsic needs, or none when the target has the instruction.</summary>
    public static void FloatIntrinsic(CodegenTarget t, FunctionTraits traits, Libcall lc, int fp, string intrinsic, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        if (lc == Libcall.CopySign)
        {
            // Bit operations, except FCOPYSIGN on ppc_fp128, which is a call (LegalizeFloatTypes
            // ExpandFloatRes_FCOPYSIGN: COPYSIGN_PPCF128 copysignl; llc 13..22 PowerPC/fp128-bitcast-after-operation.ll).
            if (fp == ValueShape.PpcFp128Bits)
                into.Add(new("copysignl", $"{intrinsic} on ppc_fp128 -> copysignl (RuntimeLibcalls COPYSIGN_PPCF128)"));
            return;
        }
        if (fp == 16 && lc == Libcall.Fma && !c.HwHalfArith)
        {
            if (t.InVersion(20, 0))
            {
                // LLVM 22 computes a half FMA that f16 cannot do in double, where float would round twice
                // (llvm/llvm-project#171904, "fix llvm.fma.f16 double rounding issue when there is no native support";
                // 20 and 21 not measured: both predicted): half to float (the helper), float to double (soft:
                // __extendsfdf2, __aeabi_f2d), the f64 multiply and add (soft: __muldf3/__adddf3, __aeabi_dmul/dadd)
                // or an f64 FMA the target expands to fma (x86 with SSE2 and no FMA, AArch64 soft float), and
                // double to half (__truncdfhf2/__aeabi_d2h, unless an instruction). Where f16 is legal (Zfhmin,
                // fullfp16, AArch64 FP, AVX512-FP16) the FMA stays in f16/f32 registers: no call. llc 22 on x86_64,
                // i686, riscv32/64, armv7, thumbv7m, ppc64le, s390x, aarch64 -fp-armv8.
                string what = intrinsic + " through double";
                HalfConversion(t, traits, ext: true, 16, 64, what, into);
                FloatArith(t, traits, InstructionOp.FMul, 64, into);
                FloatArith(t, traits, InstructionOp.FAdd, 64, into);
                bool x86Sse2 = t.Arch is TargetArch.X86_64 or TargetArch.I386 && traits.HasFeature("sse2") && HwFloat(c, 64);
                if (!c.HwFma && (x86Sse2 || (t.Arch == TargetArch.AArch64 && !HwFloat(c, 64))))
                    into.Add(new("fma", $"{what}: the f64 FMA expanded to a call -> fma (RuntimeLibcalls FMA_F64; llc 22 x86-64 without FMA, AArch64 soft float)"));
                if (!c.HwHalfDouble)
                    Add(into, ConvName(t, Libcall.FpRound, 64, 16), $"{what}: double to half -> {ConvName(t, Libcall.FpRound, 64, 16)} (FPROUND_F64_F16)");
            }
            if (!t.InVersion(0, 21)) return;
        }
        if (IsHalf(fp))
        {
            HalfOperation(t, traits, fp, intrinsic, into);
            fp = 32;
        }
        bool hw = HwFloat(c, fp) && fp is 32 or 64 && lc switch
        {
            Libcall.Sqrt => c.HwSqrt,
            Libcall.Floor or Libcall.Ceil or Libcall.Trunc or Libcall.Rint => c.HwRounding && !(fp == 64 && c.NoF64Rounding),
            // PowerPC and SystemZ have no instruction for these two (llc 14..19 call nearbyint/roundeven there).
            Libcall.NearbyInt or Libcall.RoundEven => c.HwRounding && t.Arch is not (TargetArch.PowerPC or TargetArch.PowerPC64 or TargetArch.S390x)
                && !(fp == 64 && c.NoF64Rounding) && !(lc == Libcall.NearbyInt && c.NoNearbyInt),
            Libcall.Round => c.HwRound && !(fp == 64 && c.NoF64Rounding),
            Libcall.Fma => c.HwFma,
            Libcall.FMin or Libcall.FMax => c.HwMinMax,
            Libcall.CopySign => true,
            _ => false,
        };
        if (lc == Libcall.CopySign) return;
        if (hw) return;
        string? name = FloatName(t, lc, fp);
        bool f128Named = fp == 128 && name is not null && name.EndsWith('l') && !name.StartsWith("__", StringComparison.Ordinal);
        if (!(f128Named && OnlyF128LibmNames(t)))
            Add(into, name, $"{intrinsic} -> {name} (RuntimeLibcalls.def {lc.ToString().ToUpperInvariant()}_F{fp}; the operation is Expand/LibCall for the type on {t.Arch})");
        if (f128Named && name is not null && F128LibmNames(t))
            into.Add(new(name[..^1] + "f128", $"{intrinsic} -> {name[..^1]}f128 ({F128LibmSource(t)})"));
    }

    /// <summary>Where a sin and a cos of the same operand become one sincos call: the SINCOS_F* libcall exists for
    /// GNU environments, Android and Fuchsia (RuntimeLibcalls.cpp initLibcalls: <c>TT.isGNUEnvironment() ||
    /// TT.isOSFuchsia() || TT.isAndroid()</c> name sincosf/sincos/sincosl; LegalizeDAG useSinCos/ExpandSinCosLibCall
    /// up to LLVM 19, DAGCombiner/expandMultipleResultFPLibCall with FSINCOS from LLVM 20), by type.</summary>
    public static readonly SinCosRow[] SinCosNames =
    [
        new(Archs.All & ~Archs.RiscV, 32, "sincosf", 0, 0, "SINCOS_F32 sincosf (llc 13..22: x86, AArch64, ARM gnueabihf, PowerPC, SystemZ)"),
        new(Archs.All & ~Archs.RiscV, 64, "sincos", 0, 0, "SINCOS_F64 sincos (llc 13..22)"),
        new(Archs.RiscV, 32, "sincosf", 0, 21, "SINCOS_F32 sincosf on RISC-V (llc 13..19; llc 22 calls sinf and cosf: RISC-V has no sincos in RuntimeLibcalls.td; 20, 21 not measured)"),
        new(Archs.RiscV, 64, "sincos", 0, 21, "SINCOS_F64 sincos on RISC-V (llc 13..19, not 22)"),
        new(Archs.X86, 80, "sincosl", 0, 0, "SINCOS_F80 sincosl (x87 long double; RuntimeLibcalls.cpp)"),
        new(Archs.AArch64 | Archs.S390x, 128, "sincosl", 0, 0, "SINCOS_F128 sincosl where long double is fp128 (llc 13..22 AArch64, SystemZ)"),
        new(Archs.RiscV, 128, "sincosl", 0, 21, "SINCOS_F128 sincosl on RISC-V (llc 13..19, not 22)"),
        new(Archs.Ppc, 128, "sincosf128", 0, 0, "SINCOS_F128 sincosf128 on PowerPC, whatever the environment (llc 19, 22; llc 22 PowerPC/f128-arith.ll on powerpc64le-unknown-unknown)", AnyEnvironment: true),
        new(Archs.Ppc, ValueShape.PpcFp128Bits, "sincosl", 0, 0, "SINCOS_PPCF128 sincosl (RuntimeLibcalls.cpp)"),
    ];

    /// <summary>The sincos call a sin or cos (or llvm.sincos) of <paramref name="fp"/> may merge into; the pairing
    /// with the other call is not checked (an over-approximation). Direct calls to a readnone <c>sin</c>/<c>cos</c>
    /// declaration merge too but are not seen here (see docs/lowering.md).</summary>
    public static void SinCos(CodegenTarget t, int fp, string what, List<LoweredCall> into)
    {
        // RuntimeLibcalls.cpp: GNU environments, Fuchsia, Android; and PlayStation (TT.isPS(): sincosf and sincos,
        // llc-22 X86/sincos-opt.ll on x86_64-scei-ps4 and x86_64-sie-ps5)
        bool named = t.Environment is TargetEnvironment.Gnu or TargetEnvironment.GnuEabi or TargetEnvironment.GnuEabiHf
                     or TargetEnvironment.Android || t.OS == TargetOS.Fuchsia || t.IsPlayStation && fp is 32 or 64 or 16 or ValueShape.BFloatBits;
        if (fp == 16 || fp == ValueShape.BFloatBits) fp = 32;
        var mask = (Archs)(1 << (int)t.Arch);
        foreach (var r in SinCosNames)
            if ((r.Archs & mask) != 0 && r.Bits == fp && t.InVersion(r.MinLlvm, r.MaxLlvm) && (named || r.AnyEnvironment))
                into.Add(new(r.Name, $"{what}: sin and cos of one operand -> {r.Name} ({r.Source})"));
    }

    /// <summary>llvm.{s,u}div.fix[.sat] of <paramref name="bits"/>: LegalizeIntegerTypes earlyExpandDIVFIX widens to
    /// twice the width and TargetLowering::expandFixedPointDiv divides there (SDIVREM signed: the SDIV and SREM
    /// libcalls, or the divmod one; UDIV unsigned). This runs in SelectionDAG, after ExpandLargeDivRem, so a 128-bit
    /// division is a libcall even on 32-bit targets (llc 22: __divti3/__modti3/__udivti3 on i686, armv7, riscv32,
    /// ppc32 for an i64 operation).</summary>
    public static void FixedPointDiv(CodegenTarget t, FunctionTraits traits, bool signed, int bits, string what, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        int w = LegalWidth(2 * bits, c);
        if (w <= c.DivBits || w > 128) return;
        foreach (var lc in signed ? new[] { Libcall.SDiv, Libcall.SRem } : [Libcall.UDiv])
        {
            string? name = IntName(t, lc, w);
            Add(into, name, $"{what} on i{bits} -> {name} ({lc.ToString().ToUpperInvariant()}_I{w}: the division at twice the width, LegalizeIntegerTypes earlyExpandDIVFIX)");
        }
    }

    /// <summary>llvm.minimum/maximum where the type is soft: LLVM 22 softens FMINIMUM/FMAXIMUM to the C23 libm calls
    /// fminimum(f/l)/fmaximum(f/l) (RuntimeLibcalls FMINIMUM_F*/FMAXIMUM_F*; llc 22 on soft-float x86_64, AArch64,
    /// ARM, RISC-V, PowerPC, SystemZ; llc 19 expanded them into compares; 20, 21 not measured: predicted).</summary>
    public static void SoftMinimumMaximum(CodegenTarget t, FunctionTraits traits, bool maximum, int fp, string what, List<LoweredCall> into)
    {
        if (!t.InVersion(20, 0)) return;
        if (IsHalf(fp)) fp = 32;
        if (HwFloat(traits.Capabilities, fp) || fp is not (32 or 64 or 80 or 128)) return;
        string stem = maximum ? "fmaximum" : "fminimum";
        string name = fp switch { 32 => stem + "f", 64 => stem, _ => stem + "l" };
        into.Add(new(name, $"{what} on a soft type, LLVM 20+ -> {name} (RuntimeLibcalls {(maximum ? "FMAXIMUM" : "FMINIMUM")}_F{fp}; llc 22)"));
        if (fp == 128 && F128LibmNames(t)) into.Add(new(stem + "f128", $"{what} -> {stem}f128 ({F128LibmSource(t)})"));
    }

    /// <summary>Soft-float compare helpers for an operation expanded into compares (minimum/maximum, fptosi.sat).</summary>
    public static void SoftCompares(CodegenTarget t, FunctionTraits traits, int fp, string what, List<LoweredCall> into)
    {
        if (IsHalf(fp)) fp = 32;
        if (HwFloat(traits.Capabilities, fp)) return;
        foreach (var lc in AllCompares)
            Add(into, FloatName(t, lc, fp), $"{what} expanded into compares without hardware float -> {FloatName(t, lc, fp)} (softenSetCCOperands)");
    }

    /// <summary>The one soft-float compare helper a min/max expanded into compare and select uses (nnan/fast
    /// minnum, maxnum and their vector reductions: OLT for min, OGT for max; llc 22 RISCV/fmax-fmin.ll,
    /// ARM/vecreduce-fmax-legalization-soft-float.ll, AArch64/vecreduce-fmax-legalization.ll for fp128).</summary>
    public static void SoftMinMaxCompare(CodegenTarget t, FunctionTraits traits, bool max, int fp, string what, List<LoweredCall> into)
    {
        if (IsHalf(fp)) fp = 32;
        if (HwFloat(traits.Capabilities, fp)) return;
        var lc = max ? Libcall.OGt : Libcall.OLt;
        Add(into, FloatName(t, lc, fp), $"{what} with nnan as compare and select without hardware float -> {FloatName(t, lc, fp)} (softenSetCCOperands)");
    }

    public static bool IsHardware(FunctionTraits traits, int fp) => HwFloat(traits.Capabilities, fp);
}
