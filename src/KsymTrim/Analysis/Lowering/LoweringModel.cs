using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis.Lowering;

/// <summary>
/// The lowering model: which symbols the native object of an LLVM bitcode module will reference after code
/// generation that the IR does not name, predicted per instruction, intrinsic call and function from per-target
/// data tables that cite LLVM's sources (LLVM 11..19). Where a rule cannot be exact it over-approximates: it
/// predicts the call, because a missing symbol breaks a module at load time and an extra one only keeps an
/// export. Stateless and thread-safe; the hot paths allocate nothing but the appended <see cref="LoweredCall"/>s.
/// docs/lowering.md describes every table.
/// </summary>
internal static class LoweringModel
{
    /// <summary>
    /// Whether <paramref name="inst"/> is one of the forms <see cref="ForInstruction(CodegenTarget, FunctionTraits,
    /// InstructionOp, ValueShape, ValueShape, int, int, List{LoweredCall})"/> may turn into a call: the arithmetic
    /// before <c>and</c>/<c>or</c>/<c>xor</c>, the casts between floating point and integers or between floating-point
    /// widths, <c>fcmp</c>, <c>fneg</c>, atomic loads and stores, <c>atomicrmw</c> and <c>cmpxchg</c>. Logic,
    /// integer and pointer casts, <c>icmp</c>, plain loads and stores (most instructions) never are, and the walk
    /// skips them without asking. BitcodeLowering.Instruction maps each form to its <see cref="InstructionOp"/> and
    /// must accept at least these.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayLowerToCall(in IrInstruction inst) => inst.Op switch
    {
        IrOp.Binary => inst.BinaryOp < BinaryOpcode.And,
        IrOp.Cast => inst.CastOp is >= CastOpcode.Fptoui and <= CastOpcode.Fpext,
        IrOp.Cmp => inst.Predicate <= CmpPredicate.LastFcmpPredicate,
        IrOp.Unary => inst.UnaryOp == UnaryOpcode.Fneg,
        IrOp.Load or IrOp.Store => inst.IsAtomic,
        IrOp.AtomicRmw or IrOp.CmpXchg => true,
        IrOp.Other => inst.IsFence,
        _ => false,
    };

    /// <summary>An instruction: <paramref name="operand"/> is the operand shape (for casts the source),
    /// <paramref name="result"/> the result shape (for casts the destination; for atomics the value);
    /// <paramref name="atomicOp"/> the <see cref="AtomicRmwOp"/> of an atomicrmw, or for <c>fcmp</c> the
    /// <see cref="FCmpPredicate"/> (-1: unknown, every compare helper is predicted); <paramref name="alignment"/>
    /// in bytes for atomics (0: the natural alignment). The ordering is unknown, so for AArch64 outline atomics
    /// every ordering's helper is predicted; use the overload with an ordering when it is known.</summary>
    public static void ForInstruction(CodegenTarget target, FunctionTraits traits, InstructionOp op, ValueShape operand,
        ValueShape result, int atomicOp, int alignment, List<LoweredCall> into) =>
        ForInstruction(target, traits, op, operand, result, atomicOp, alignment, AtomicOrdering.Unknown, into);

    /// <summary>As the other overload, with the atomic ordering (for cmpxchg the merged success/failure ordering,
    /// LLVM 13+'s <c>getMergedOrdering</c>).</summary>
    public static void ForInstruction(CodegenTarget target, FunctionTraits traits, InstructionOp op, ValueShape operand,
        ValueShape result, int atomicOp, int alignment, AtomicOrdering ordering, List<LoweredCall> into)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(into);
        switch (op)
        {
            case InstructionOp.UDiv or InstructionOp.SDiv or InstructionOp.URem or InstructionOp.SRem or InstructionOp.Mul
                or InstructionOp.Shl or InstructionOp.LShr or InstructionOp.AShr:
                if (operand.ScalarClass == ValueClass.Integer)
                    ArithmeticRules.Integer(target, traits, op, operand.Bits, into);
                return;
            case InstructionOp.FAdd or InstructionOp.FSub or InstructionOp.FMul or InstructionOp.FDiv or InstructionOp.FRem
                or InstructionOp.FNeg:
                if (operand.ScalarClass == ValueClass.Float)
                    ArithmeticRules.FloatArith(target, traits, op, operand.Bits, into);
                return;
            case InstructionOp.FCmp:
                if (operand.ScalarClass == ValueClass.Float)
                    ArithmeticRules.FloatCompare(target, traits, operand.Bits, atomicOp, into);
                return;
            case InstructionOp.FPToSI or InstructionOp.FPToUI or InstructionOp.SIToFP or InstructionOp.UIToFP
                or InstructionOp.FPExt or InstructionOp.FPTrunc:
                if (LargeFpConvert(target, traits, op, Scalar(operand), Scalar(result), into)) return;
                if (ArithmeticRules.RiscVVectorConversion(target, traits, operand, result)) return;
                if (op == InstructionOp.FPExt && Scalar(operand).IsBFloat && Scalar(result) is { Class: ValueClass.Float, Bits: not 32 } wide)
                    // bf16 -> f32 is a shift, then f32 -> the wider type (LegalizeFloatTypes SoftPromoteHalfOp_FP_EXTEND:
                    // llc-22 RISCV/bfloat.ll fpext to double -> __extendsfdf2 without D)
                    ForInstruction(target, traits, InstructionOp.FPExt, ValueShape.Float(32), wide, -1, 0, into);
                ArithmeticRules.Conversion(target, traits, op, Scalar(operand), Scalar(result), into);
                if (op is InstructionOp.SIToFP or InstructionOp.UIToFP && operand.Class == ValueClass.Vector
                    && Scalar(result) is { Class: ValueClass.Float } fpElement && fpElement.Bits > Scalar(operand).Bits && Scalar(operand).Bits < 64)
                    // Vector legalization may extend the integer elements to the FP width first (ARM MVE: sitofp
                    // <4 x i32> to <4 x double> sign-extends to i64 lanes, then __aeabi_l2d per lane; llc 22
                    // Thumb2/mve-sext-masked-load.ll): the conversion from the wider integer is predicted too.
                    ArithmeticRules.Conversion(target, traits, op, new ValueShape(ValueClass.Integer, Math.Min(fpElement.Bits, 64)), fpElement, into);
                return;
            case InstructionOp.Fence:
                AtomicRules.Fence(target, traits, into);
                return;
            case InstructionOp.AtomicRmw or InstructionOp.CmpXchg or InstructionOp.AtomicLoad or InstructionOp.AtomicStore:
            {
                var value = result.Class != ValueClass.Other ? result : operand;
                AtomicRules.Lower(target, traits, op, value, op == InstructionOp.AtomicRmw ? atomicOp : 0, alignment, ordering, into);
                return;
            }
        }
    }

    private static ValueShape Scalar(ValueShape s) => s.Class == ValueClass.Vector ? new ValueShape(s.ElementClass, s.Bits) : s;

    /// <summary>A call to an intrinsic (its full IR name with type suffixes, e.g. "llvm.memcpy.p0.p0.i64",
    /// "llvm.umul.with.overflow.i64", "llvm.hwasan.check.memaccess.shortgranules") or to a library function the
    /// backend may rewrite ("mempcpy" becomes memcpy; "memcmp", "bcmp", "strlen"... add nothing, see
    /// <see cref="MayExpandCall"/>). <paramref name="constants"/>: the constant integer arguments (null when not
    /// constant); <paramref name="alignments"/>: the parameters' align attributes (0 unknown).
    /// <paramref name="powIsCubeRoot"/>: an <c>llvm.pow</c> whose exponent and fast-math flags make it a cube root
    /// (<see cref="PowIsCubeRoot"/>).</summary>
    public static void ForIntrinsic(CodegenTarget target, FunctionTraits traits, string name, IReadOnlyList<ValueShape> arguments,
        IReadOnlyList<long?> constants, IReadOnlyList<int> alignments, ValueShape result, List<LoweredCall> into, bool sinCosPaired = true,
        bool powIsCubeRoot = false)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(constants);
        ArgumentNullException.ThrowIfNull(alignments);
        ArgumentNullException.ThrowIfNull(into);
        if (name == "mempcpy")
        {
            // SelectionDAGBuilder::visitMemPCpyCall: mempcpy(d, s, n) is lowered as memcpy + add.
            if (!traits.IsNoBuiltin("mempcpy"))
                MemOps.Lower(target, traits, MemOpKind.Memcpy, At(constants, 2), AlignAt(alignments, 0), AlignAt(alignments, 1), "mempcpy call", into);
            return;
        }
        var row = IntrinsicRules.Find(name);
        if (row is not IntrinsicRow r) return;
        switch (r.Kind)
        {
            case IntrinsicKind.Memcpy:
                MemOps.Lower(target, traits, MemOpKind.Memcpy, At(constants, 2), AlignAt(alignments, 0), AlignAt(alignments, 1), "llvm.memcpy", into);
                return;
            case IntrinsicKind.Memmove:
                MemOps.Lower(target, traits, MemOpKind.Memmove, At(constants, 2), AlignAt(alignments, 0), AlignAt(alignments, 1), "llvm.memmove", into);
                return;
            case IntrinsicKind.Memset:
                MemOps.Lower(target, traits, MemOpKind.Memset, At(constants, 2), AlignAt(alignments, 0), AlignAt(alignments, 0), "llvm.memset", into);
                return;
            case IntrinsicKind.MemElementAtomic:
            {
                string stem = name[5..name.IndexOf(".element", StringComparison.Ordinal)];
                long? element = At(constants, 3);
                foreach (long e in element is long k ? [k] : new long[] { 1, 2, 4, 8, 16 })
                    into.Add(new($"__llvm_{stem}_element_unordered_atomic_{e}", $"{name} -> __llvm_{stem}_element_unordered_atomic_{e} ({r.Source})"));
                return;
            }
            case IntrinsicKind.SMulOverflow or IntrinsicKind.UMulOverflow:
            {
                int bits = arguments.Count > 0 ? arguments[0].Bits : result.Bits;
                ArithmeticRules.MulOverflow(target, traits, r.Kind == IntrinsicKind.SMulOverflow, bits, into);
                return;
            }
            case IntrinsicKind.FloatLib:
            {
                int fp = FloatBits(arguments, result);
                if (fp == 0) return;
                if (r.Call == Libcall.Pow && powIsCubeRoot && fp is 32 or 64 && result.Class == ValueClass.Float && !traits.IsNoBuiltin("cbrt") &&
                    LibcallNames.Float(Libcall.Cbrt, fp) is string cbrt)
                {
                    // DAGCombiner::visitFPOW: pow(x, 1/3) with nsz ninf nnan afn is FCBRT when TargetLibraryInfo has cbrt
                    // (not under "no-builtins"/"no-builtin-cbrt"); FPOW and FCBRT are Expand on every target, so FCBRT is
                    // the cbrt/cbrtf libcall and the pow call is gone (llc 19..22 X86/pow.ll, ARM/pow.ll). Other OSes than
                    // Linux may lack cbrt in TargetLibraryInfo (TargetLibraryInfo.cpp, initializeLibCalls): pow is kept too.
                    into.Add(new(cbrt, $"{name} with nsz ninf nnan afn and exponent 1/3 -> {cbrt} (DAGCombiner::visitFPOW: FCBRT)"));
                    if (target.OS is TargetOS.Linux or TargetOS.Fuchsia or TargetOS.Other) return;
                }
                if (fp == 16 && r.Call is Libcall.FMin or Libcall.FMax && target.Arch is TargetArch.X86_64 or TargetArch.I386 &&
                    !traits.HasFeature("avx512fp16") && LibcallNames.Float(r.Call, 32) is string f32)
                    into.Add(new(f32, $"{name} -> {f32} (X86: FMINNUM/FMAXNUM of f16 without AVX512-FP16 is expanded to the f32 libcall, f16c or not; llc-22 X86/pr59258.ll)"));
                ArithmeticRules.FloatIntrinsic(target, traits, r.Call, fp, name, into);
                if (r.Call == Libcall.Powi && !ArithmeticRules.IsHardware(traits, fp))
                    ArithmeticRules.FloatArith(target, traits, InstructionOp.FMul, fp, into); // constant exponents become multiplies
                if (r.Call is Libcall.Sin or Libcall.Cos && sinCosPaired)
                    ArithmeticRules.SinCos(target, fp, name, into); // a sin and a cos of one operand merge
                if (r.Call is Libcall.FMin or Libcall.FMax)
                    ArithmeticRules.SoftMinMaxCompare(target, traits, r.Call == Libcall.FMax, fp, name, into); // nnan: compare and select
                return;
            }
            case IntrinsicKind.SinCos:
            {
                int fp = FloatBits(arguments, ValueShape.None);
                if (fp == 0) return;
                ArithmeticRules.FloatIntrinsic(target, traits, Libcall.Sin, fp, name, into);
                ArithmeticRules.FloatIntrinsic(target, traits, Libcall.Cos, fp, name, into);
                ArithmeticRules.SinCos(target, fp, name, into);
                return;
            }
            case IntrinsicKind.FMulAdd:
            {
                int fp = FloatBits(arguments, result);
                if (fp == 0) return;
                ArithmeticRules.FloatArith(target, traits, InstructionOp.FMul, fp, into);
                ArithmeticRules.FloatArith(target, traits, InstructionOp.FAdd, fp, into);
                // AArch64 isFMAFasterThanFMulAndFAdd holds for f32/f64 whatever the FP unit, so fmuladd becomes FMA,
                // which soft float calls fmaf/fma (llc 22 aarch64 -fp-armv8)
                if (target.Arch == TargetArch.AArch64 && fp is 32 or 64 && !ArithmeticRules.IsHardware(traits, fp))
                    ArithmeticRules.FloatIntrinsic(target, traits, Libcall.Fma, fp, name, into);
                return;
            }
            case IntrinsicKind.FixedPointDiv:
            {
                var a = arguments.Count > 0 ? arguments[0] : result;
                if (a.ScalarClass == ValueClass.Integer) ArithmeticRules.FixedPointDiv(target, traits, r.Call == Libcall.SDiv, a.Bits, name, into);
                return;
            }
            case IntrinsicKind.FixedPointMul:
            {
                var a = arguments.Count > 0 ? arguments[0] : result;
                if (a.ScalarClass == ValueClass.Integer) ArithmeticRules.MulOverflow(target, traits, signed: false, a.Bits, into);
                return;
            }
            case IntrinsicKind.ConvertToFp16:
            {
                int fp = FloatBits(arguments, ValueShape.None);
                if (fp != 0) ArithmeticRules.Conversion(target, traits, InstructionOp.FPTrunc, ValueShape.Float(fp), ValueShape.Float(16), into);
                return;
            }
            case IntrinsicKind.ConvertFromFp16:
            {
                int fp = result.ScalarClass == ValueClass.Float ? result.Bits : 0;
                if (fp != 0) ArithmeticRules.Conversion(target, traits, InstructionOp.FPExt, ValueShape.Float(16), ValueShape.Float(fp), into);
                return;
            }
            case IntrinsicKind.FloatMinMaxExpand:
            {
                int fp = FloatBits(arguments, result);
                if (fp == 0) return;
                ArithmeticRules.SoftCompares(target, traits, fp, name, into);
                ArithmeticRules.SoftMinimumMaximum(target, traits, name.StartsWith("llvm.maximum", StringComparison.Ordinal), fp, name, into);
                return;
            }
            case IntrinsicKind.Canonicalize:
            {
                // LLVM 20+ (llc 22) canonicalizes a soft type by multiplying by 1.0: __mulsf3/__muldf3 (__aeabi_fmul...).
                int fp = FloatBits(arguments, result);
                if (fp != 0 && target.InVersion(20, 0)) ArithmeticRules.FloatArith(target, traits, InstructionOp.FMul, fp, into);
                return;
            }
            case IntrinsicKind.FloatToIntSat:
            {
                int fp = FloatBits(arguments, ValueShape.None);
                if (fp == 0) return;
                // A half saturating conversion is done in f32 (LegalizeDAG PromoteNode FP_TO_XINT_SAT where f16 is
                // legal, SoftPromoteHalfOp_FP_TO_XINT_SAT where it is not): half to float, then the f32 conversion,
                // never the direct f16 libcall (llc 22 ARM fullfp16: __aeabi_f2lz; riscv32 +zfh: __fixsfdi).
                if (fp == 16) ArithmeticRules.Conversion(target, traits, InstructionOp.FPExt, ValueShape.Float(16), ValueShape.Float(32), into);
                ArithmeticRules.Conversion(target, traits, r.Call == Libcall.FpToSInt ? InstructionOp.FPToSI : InstructionOp.FPToUI,
                    ValueShape.Float(fp == 16 ? 32 : fp), Scalar(result), into);
                ArithmeticRules.SoftCompares(target, traits, fp, name, into);
                return;
            }
            case IntrinsicKind.ConstrainedArith:
                Constrained(target, traits, name, arguments, constants, alignments, result, into);
                return;
            case IntrinsicKind.VectorPredicated:
                VectorPredicated(target, traits, name, arguments, constants, alignments, result, into);
                return;
            case IntrinsicKind.VectorReduceFloat:
            {
                int fp = FloatBits(arguments, result);
                if (fp == 0) return;
                if (r.Call is Libcall.FAdd or Libcall.FMul)
                    ArithmeticRules.FloatArith(target, traits, r.Call == Libcall.FAdd ? InstructionOp.FAdd : InstructionOp.FMul, fp, into);
                else
                {
                    ArithmeticRules.FloatIntrinsic(target, traits, r.Call, fp, name, into);
                    // with fast-math flags the reduction is compares and selects (soft: the compare helpers; llc 22
                    // ARM/vecreduce-fmax-legalization-soft-float.ll, AArch64 fp128 __gttf2)
                    ArithmeticRules.SoftMinMaxCompare(target, traits, r.Call == Libcall.FMax, fp, name, into);
                }
                return;
            }
            case IntrinsicKind.FloatEnvironment:
            {
                var mask = (Archs)(1 << (int)target.Arch);
                foreach (var env in IntrinsicRules.FloatEnvironmentRules)
                    if (env.Prefix == r.Prefix && ((env.Custom & mask) == 0 || env.CustomNeedsX87 && !traits.Capabilities.HwF80))
                        into.Add(new(env.Call, $"{name} -> {env.Call} (LegalizeDAG.cpp makeStateFunctionCall; not Custom on {target.Arch}: {env.Source})"));
                return;
            }
            case IntrinsicKind.ClearCache:
                switch (target.Arch)
                {
                    case TargetArch.X86_64 or TargetArch.I386: return; // coherent instruction cache
                    case TargetArch.RiscV32 or TargetArch.RiscV64:
                        if (target.OS == TargetOS.Linux)
                            into.Add(new("__riscv_flush_icache", "llvm.clear_cache on RISC-V Linux -> __riscv_flush_icache (RISCVISelLowering LowerOperation ISD::CLEAR_CACHE, LLVM 19)"));
                        if (target.InVersion(0, 18) || target.OS != TargetOS.Linux)
                            into.Add(new("__clear_cache", "llvm.clear_cache -> __clear_cache (TargetLowering::getClearCacheBuiltinName)"));
                        return;
                    default:
                        into.Add(new("__clear_cache", "llvm.clear_cache -> __clear_cache (TargetLowering::getClearCacheBuiltinName; SelectionDAGBuilder visitIntrinsicCall)"));
                        return;
                }
            case IntrinsicKind.ThreadPointer:
                if (target.Arch == TargetArch.Arm && !traits.Capabilities.ArmHardThreadPointer)
                    into.Add(new("__aeabi_read_tp", "llvm.thread.pointer on ARM without read-tp-hard -> __aeabi_read_tp (ARMISelLowering LowerINTRINSIC_WO_CHAIN arm_thread_pointer)"));
                return;
            case IntrinsicKind.HwasanCheck:
                if (target.Arch == TargetArch.AArch64)
                    into.Add(new("__hwasan_tag_mismatch", $"{name} -> outlined __hwasan_check_x<reg>_<info> that tail-calls __hwasan_tag_mismatch ({r.Source})"));
                return;
            case IntrinsicKind.CttzElts:
                if (result.ScalarClass == ValueClass.Integer) ArithmeticRules.Integer(target, traits, InstructionOp.Mul, result.Bits, into);
                return;
            case IntrinsicKind.InitTrampoline:
                if (target.Arch is TargetArch.PowerPC or TargetArch.PowerPC64 || target.Arch == TargetArch.AArch64 && target.InVersion(0, 19))
                    into.Add(new("__trampoline_setup", $"{name} -> __trampoline_setup ({r.Source})"));
                if (target.Arch == TargetArch.AArch64 && target.InVersion(20, 0) || target.Arch == TargetArch.RiscV64)
                    ForIntrinsic(target, traits, "llvm.clear_cache", arguments, constants, alignments, result, into);
                return;
            case IntrinsicKind.VectorReduceMul:
                // VECREDUCE_MUL is expanded into multiplies of the element type (no RVV/NEON/SSE reduction instruction):
                // a MUL libcall without a multiplier (llc-22 RISCV/rvv/fixed-vectors-reduction-int-vp.ll +v without M)
                // the reduced vector: vector.reduce.mul's only operand, vp.reduce.mul's second (start, vector, mask, length)
                foreach (var a in arguments)
                    if (a.Class == ValueClass.Vector && a.ElementClass == ValueClass.Integer)
                    {
                        ArithmeticRules.Integer(target, traits, InstructionOp.Mul, a.Bits, into);
                        break;
                    }
                return;
            case IntrinsicKind.AsanCheck:
                if (target.Arch == TargetArch.X86_64) AsanCheck(name, At(constants, 1), r.Source, into);
                return;
            case IntrinsicKind.HwasanCheckShort:
                // RISC-V: RISCVAsmPrinter::EmitHwasanMemaccessSymbols (HWASAN_CHECK_MEMACCESS_SHORTGRANULES is RV64 only;
                // llc-22 RISCV/hwasan-check-memaccess.ll)
                if (target.Arch is TargetArch.AArch64 or TargetArch.X86_64 or TargetArch.RiscV64)
                    into.Add(new("__hwasan_tag_mismatch_v2", $"{name} -> outlined check that calls __hwasan_tag_mismatch_v2 ({r.Source})"));
                return;
            case IntrinsicKind.BitCount:
                // ARMISelLowering: CTLZ i32 LibCall when !hasV5TOps() || isThumb1Only() (an i64 ctlz is two i32 ones);
                // llc 13, 14, 16, 19, 22 on arm-eabi, armv4t, thumb-eabi, thumbv6m (ARM/clz.ll).
                if (target.Arch == TargetArch.Arm && traits.Capabilities.ArmNoClz && name.StartsWith("llvm.ctlz", StringComparison.Ordinal))
                    into.Add(new("__clzsi2", $"{name} on ARM before v5T or Thumb-1 -> __clzsi2 (ARMISelLowering: CTLZ i32 LibCall; RuntimeLibcalls CTLZ_I32)"));
                if (traits.Capabilities.MulBits == 0)
                {
                    string? mul = LibcallNames.Integer(Libcall.Mul, traits.Capabilities.XLen);
                    if (mul is not null) into.Add(new(mul, $"{name} without a multiply instruction -> {mul} ({r.Source})"));
                }
                return;
            case IntrinsicKind.FunnelShift:
            {
                int bits = arguments.Count > 0 ? arguments[0].Bits : result.Bits;
                if (arguments.Count > 0 && arguments[0].ScalarClass != ValueClass.Integer) return;
                ArithmeticRules.Integer(target, traits, InstructionOp.Shl, bits, into, funnelShift: true);
                ArithmeticRules.Integer(target, traits, InstructionOp.LShr, bits, into, funnelShift: true);
                // A width that is not a power of two is promoted, and the amount taken modulo the old width with a
                // UREM (DAGTypeLegalizer::PromoteIntRes_FunnelShift; TargetLowering::expandFunnelShift): a division
                // libcall where that width has no divide (llc 22: fshl i37 calls __aeabi_uldivmod on arm-eabi and
                // __umoddi3 on ppc32 and i686, ARM/funnel-shift.ll, PowerPC/funnel-shift.ll, X86/funnel-shift.ll); a constant
                // amount folds.
                // A remainder by a constant within a register is a multiply (DAGCombiner BuildUREM) when there is one.
                var caps = traits.Capabilities;
                if (bits > 0 && (bits & (bits - 1)) != 0 && At(constants, 2) is null && (ArithmeticRules.LegalWidth(bits, caps) > caps.XLen || caps.MulBits == 0))
                    ArithmeticRules.Integer(target, traits, InstructionOp.URem, bits, into);
                return;
            }
            case IntrinsicKind.ArmGnuMcount:
                into.Add(new("__gnu_mcount_nc", $"{name} -> bl __gnu_mcount_nc ({r.Source})"));
                return;
            case IntrinsicKind.PpcConvertF128:
                if (target.Arch is TargetArch.PowerPC or TargetArch.PowerPC64)
                {
                    string conv = r.Call == Libcall.FpExt ? "__extendkftf2" : "__trunctfkf2";
                    into.Add(new(conv, $"{name} -> {conv} ({r.Source})"));
                }
                return;
            case IntrinsicKind.Deoptimize:
                into.Add(new("__llvm_deoptimize", $"{name} -> __llvm_deoptimize ({r.Source})"));
                return;
            case IntrinsicKind.PpcHwcap:
                if (target.Arch is TargetArch.PowerPC or TargetArch.PowerPC64)
                    into.Add(new("__parse_hwcap_and_convert_at_platform", $"{name} -> .quad __parse_hwcap_and_convert_at_platform ({r.Source})"));
                return;
            case IntrinsicKind.XRayEvent:
                if (target.Arch is TargetArch.X86_64 or TargetArch.AArch64)
                {
                    string handler = name.StartsWith("llvm.xray.customevent", StringComparison.Ordinal) ? "__xray_CustomEvent" : "__xray_TypedEvent";
                    into.Add(new(handler, $"{name} -> {handler} ({r.Source})"));
                }
                return;
        }
    }


    /// <summary>The IR instructions a constrained or VP intrinsic stands for, by the name LangRef gives them.</summary>
    private static readonly FrozenDictionary<string, InstructionOp?> IrOperations = new Dictionary<string, InstructionOp?>
    {
        ["add"] = InstructionOp.Add, ["sub"] = InstructionOp.Sub, ["mul"] = InstructionOp.Mul, ["sdiv"] = InstructionOp.SDiv,
        ["udiv"] = InstructionOp.UDiv, ["srem"] = InstructionOp.SRem, ["urem"] = InstructionOp.URem, ["shl"] = InstructionOp.Shl,
        ["lshr"] = InstructionOp.LShr, ["ashr"] = InstructionOp.AShr, ["fadd"] = InstructionOp.FAdd, ["fsub"] = InstructionOp.FSub,
        ["fmul"] = InstructionOp.FMul, ["fdiv"] = InstructionOp.FDiv, ["frem"] = InstructionOp.FRem, ["fneg"] = InstructionOp.FNeg,
        ["fptosi"] = InstructionOp.FPToSI, ["fptoui"] = InstructionOp.FPToUI, ["sitofp"] = InstructionOp.SIToFP,
        ["uitofp"] = InstructionOp.UIToFP, ["fpext"] = InstructionOp.FPExt, ["fptrunc"] = InstructionOp.FPTrunc,
        ["fcmp"] = InstructionOp.FCmp,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>An intrinsic's operation after <paramref name="prefix"/> (<c>fadd</c> of
    /// <c>llvm.experimental.constrained.fadd.f32</c>) and the rest of its name (<c>fadd.f32</c>).</summary>
    private static (string Op, string Tail) Operation(string name, string prefix)
    {
        string rest = name.Length > prefix.Length ? name[prefix.Length..] : "";
        int dot = rest.IndexOf('.');
        return (dot < 0 ? rest : rest[..dot], rest);
    }

    private static void Constrained(CodegenTarget target, FunctionTraits traits, string name, IReadOnlyList<ValueShape> arguments,
        IReadOnlyList<long?> constants, IReadOnlyList<int> alignments, ValueShape result, List<LoweredCall> into)
    {
        var (op, rest) = Operation(name, "llvm.experimental.constrained.");
        var a0 = arguments.Count > 0 ? arguments[0] : ValueShape.None;
        InstructionOp? inst = op == "fcmps" ? InstructionOp.FCmp : IrOperations.GetValueOrDefault(op);
        if (op is "maxnum" or "minnum" && FloatBits(arguments, result) is int mfp and not 0 && !StrictMinMaxLegal(target, traits, mfp, a0))
        {
            // STRICT_FMAXNUM/FMINNUM are not legal on RISC-V and X86 even where FMAXNUM is: the fmaxf/fminf call
            // (llc 22 RISCV/float-arith-strict.ll on riscv32 +f)
            string? lib = LibcallNames.Float(op == "maxnum" ? Libcall.FMax : Libcall.FMin, mfp is 16 or ValueShape.BFloatBits ? 32 : mfp);
            if (lib is not null) into.Add(new(lib, $"{name} -> {lib} (strict minnum/maxnum: LegalizeDAG ConvertNodeToLibcall STRICT_FMAXNUM)"));
        }
        if (op == "fpext" && a0.IsBFloat && target.Arch is TargetArch.X86_64 or TargetArch.I386 && target.InVersion(17, 0))
            into.Add(new("__extendbfsf2", $"{name} -> __extendbfsf2 (X86: STRICT_FP_EXTEND from bf16 is the FPEXT_BF16_F32 libcall, a plain one a shift; llc-22 X86/bfloat-constrained.ll)"));
        if (op == "fma" && FloatBits(arguments, result) == 16 && target.InVersion(20, 0) && !traits.Capabilities.HwFma &&
            target.Arch is TargetArch.X86_64 or TargetArch.I386 && !traits.HasFeature("avx512fp16"))
            into.Add(new("fma", $"{name} -> fma (x86 without AVX512-FP16: a strict half FMA is promoted to double, STRICT_FMA f64 a libcall without FMA hardware; llc-22 X86/fp-strict-scalar-fp16.ll)"));
        if (inst is InstructionOp i)
            ForInstruction(target, traits, i, a0, result, -1, 0, into);
        else if (op.Length > 0) // STRICT_FSIN/STRICT_FCOS are never merged into FSINCOS (LegalizeDAG useSinCos: FSIN/FCOS only)
            ForIntrinsic(target, traits, "llvm." + rest, arguments, constants, alignments, result, into, sinCosPaired: false);
    }

    /// <summary>STRICT_FMAXNUM/STRICT_FMINNUM Legal with the min/max instruction: AArch64 and ARM with FP-ARMv8
    /// (scalars), SystemZ with vector-enhancements-1 (scalars and vectors), PowerPC with VSX for v4f32 and v2f64 only
    /// (PPCISelLowering: the strict vector min/max, scalars and other widths call fmin/fmax). llc 22
    /// ARM/fp-intrinsics.ll thumbv8m.main +fp-armv8, SystemZ/vec-strict-max-01.ll z14, PowerPC/fp-strict-minmax.ll: no
    /// call; PowerPC/vector-constrained-fp-intrinsics.ll pwr9: fminf/fmin for v1f32, v3f32, v3f64, v4f64.</summary>
    private static bool StrictMinMaxLegal(CodegenTarget target, FunctionTraits traits, int fp, ValueShape operand)
    {
        if (fp is not (32 or 64) || !traits.Capabilities.HwMinMax || !ArithmeticRules.IsHardware(traits, fp)) return false;
        return target.Arch switch
        {
            TargetArch.AArch64 or TargetArch.Arm => operand.Class != ValueClass.Vector,
            TargetArch.S390x => true,
            TargetArch.PowerPC or TargetArch.PowerPC64 => operand.Class == ValueClass.Vector && operand.Bits * operand.Lanes == 128,
            _ => false,
        };
    }

    /// <summary>A conversion between a float and an integer wider than 128 bits, which ExpandLargeFpConvert.cpp
    /// (LLVM 16+; every target's MaxLargeFPConvertBitWidthSupported is at most 128, and older releases could not
    /// compile it) expands into integer operations on the float's bits: no conversion libcall, but half goes through
    /// float and x86_fp80 through fp128 (expandFPToI's FPExt, expandIToFP's FPTrunc; llc-22 X86/fp-i129.ll
    /// __extendxftf2, __trunctfxf2, __extendhfsf2, __truncsfhf2). True when it applies.</summary>
    private static bool LargeFpConvert(CodegenTarget target, FunctionTraits traits, InstructionOp op, ValueShape from, ValueShape to,
        List<LoweredCall> into)
    {
        bool toInt = op is InstructionOp.FPToSI or InstructionOp.FPToUI;
        if (!toInt && op is not (InstructionOp.SIToFP or InstructionOp.UIToFP)) return false;
        var (fp, integer) = toInt ? (from, to) : (to, from);
        if (integer.Class != ValueClass.Integer || integer.Bits <= 128 || fp.Class != ValueClass.Float) return false;
        int wide = fp.Bits switch { 16 or ValueShape.BFloatBits => 32, 80 => 128, _ => 0 };
        if (wide != 0)
            ForInstruction(target, traits, toInt ? InstructionOp.FPExt : InstructionOp.FPTrunc,
                ValueShape.Float(toInt ? fp.Bits : wide), ValueShape.Float(toInt ? wide : fp.Bits), -1, 0, into);
        return true;
    }

    /// <summary>A VP intrinsic (<c>llvm.vp.fadd.v4f32</c>): ExpandVectorPredication.cpp (expandPredicationInBinaryOperator,
    /// expandPredicationToCastIntrinsic, expandPredicationInReduction...) replaces it by the instruction or intrinsic it
    /// predicates (the mask and length only select lanes), so it calls what that one calls. RISC-V with a vector
    /// extension lowers them itself (RISCVISelLowering: VP_* Custom; its vector types are not scalarized), so nothing
    /// there.</summary>
    private static void VectorPredicated(CodegenTarget target, FunctionTraits traits, string name, IReadOnlyList<ValueShape> arguments,
        IReadOnlyList<long?> constants, IReadOnlyList<int> alignments, ValueShape result, List<LoweredCall> into)
    {
        if (target.Arch is TargetArch.RiscV32 or TargetArch.RiscV64 && !name.StartsWith("llvm.vp.reduce.mul.", StringComparison.Ordinal) &&
            traits.HasFeature("zve32x")) // any vector extension (V and every Zve* imply Zve32x)
            return;
        var (op, rest) = Operation(name, "llvm.vp.");
        var a0 = arguments.Count > 0 ? arguments[0] : ValueShape.None;
        InstructionOp? inst = IrOperations.GetValueOrDefault(op);
        if (inst is InstructionOp i)
        {
            ForInstruction(target, traits, i, a0, result, -1, 0, into);
            return;
        }
        if (op.Length == 0) return;
        // vp.reduce.fadd is llvm.vector.reduce.fadd, vp.roundtozero is llvm.trunc; the rest share the plain name
        string plain = op == "reduce" ? "llvm.vector." + rest : op == "roundtozero" ? "llvm.trunc" + rest[op.Length..] : "llvm." + rest;
        ForIntrinsic(target, traits, plain, arguments, constants, alignments, result, into);
    }

    /// <summary>GR64PLTSafe (X86RegisterInfo.td): the registers the ASan check's address may be in, as
    /// MCRegisterInfo::getName spells them.</summary>
    private static readonly string[] AsanCheckRegisters = ["RAX", "RCX", "RDX", "RSI", "RDI", "R8", "R9", "RBX", "R14", "R15", "R12", "R13", "RBP"];

    /// <summary>llvm.asan.check.memaccess(ptr, i32 accessinfo): the outlined check's name from the access kind and
    /// size in <paramref name="info"/> and the register the allocator picks (every candidate). The shadow offset is
    /// added ("add"): an OR-ed one (a power-of-two offset) is a fatal error in LowerASAN_CHECK_MEMACCESS.</summary>
    private static void AsanCheck(string name, long? info, string source, List<LoweredCall> into)
    {
        if (info is not long packed) return;
        string kind = ((packed >> 5) & 1) != 0 ? "store" : "load";
        long size = 1L << (int)((packed >> 1) & 0xf);
        foreach (string reg in AsanCheckRegisters)
            into.Add(new($"__asan_check_{kind}_add_{size}_{reg}", $"{name} -> __asan_check_{kind}_add_{size}_{reg} ({source})"));
    }

    private static int FloatBits(IReadOnlyList<ValueShape> arguments, ValueShape result)
    {
        foreach (var a in arguments)
            if (a.ScalarClass == ValueClass.Float) return a.Bits;
        return result.ScalarClass == ValueClass.Float ? result.Bits : 0;
    }

    /// <summary>DAGCombiner::visitFPOW's cube-root test: a scalar f32/f64 <c>pow</c> whose exponent is exactly 1/3 rounded
    /// to its type (0x3EAAAAAB, 0x3FD5555555555555) and whose call has nsz, ninf, nnan and afn (or the old <c>fast</c>).
    /// <paramref name="fastMath"/>: the call's flags as the bitcode writes them (<see cref="FastMathFlags"/>).</summary>
    public static bool PowIsCubeRoot(int fp, byte fastMath, ulong exponentBits)
    {
        const byte required = FastMathFlags.NoSignedZeros | FastMathFlags.NoInfs |
                              FastMathFlags.NoNaNs | FastMathFlags.ApproxFunc;
        return FastMathFlags.Has(fastMath, required) &&
               ((fp == 32 && exponentBits == 0x3EAAAAAB) || (fp == 64 && exponentBits == 0x3FD5555555555555));
    }

    private static long? At(IReadOnlyList<long?> list, int i) => i < list.Count ? list[i] : null;

    private static int AlignAt(IReadOnlyList<int> list, int i) => i < list.Count ? list[i] : 0;

    /// <summary>True when code generation certainly removes a call to this declared library function, so that the
    /// object does not reference it for this call; false when the call may stay (the safe answer when unsure:
    /// a wrong true would lose a needed symbol). memcmp/bcmp with a constant size are expanded by
    /// CodeGen/ExpandMemCmp.cpp up to the target's load budget (MaxLoadsPerMemcmp x the widest legal load,
    /// overlapping loads allowed), measured with llc 13 to 19 (tests/KsymTrim.Tests/Lowering/LlcTruth): x86-64 up
    /// to 16 bytes without SSE2 (32 for an equality test with SSE2), i386 up to 8, AArch64 up to 64 (32 under
    /// optsize), 64-bit PowerPC up to 54 (22), 32-bit PowerPC up to 32 (16), SystemZ any constant size (CLC), and from LLVM 14 a variable size too. ARM and RISC-V
    /// expand only 2- and 4-byte compares with zero (SelectionDAGBuilder::visitMemCmpBCmpCall), which this
    /// model does not see, so their calls are kept. minsize disables the expansion. mempcpy is always rewritten
    /// to memcpy (predicted by <see cref="ForIntrinsic"/>); SystemZ expands strlen, strnlen, strcmp, strcpy,
    /// stpcpy and memchr inline (SRST, CLST, MVST). None of this applies to a <c>nobuiltin</c> call site or when the
    /// caller has <c>"no-builtins"</c>/<c>"no-builtin-&lt;name&gt;"</c> (<see cref="FunctionTraits.IsNoBuiltin"/>: the
    /// call stays, llc 16-22; x86-64 and AArch64 still expand memcmp under "no-builtins", keeping it is only an
    /// extra); the analyzer checks those before asking.</summary>
    public static bool MayExpandCall(CodegenTarget target, FunctionTraits traits, string name, IReadOnlyList<long?> constants,
        IReadOnlyList<int> alignments)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(constants);
        if (traits?.IsNoBuiltin(name) == true) return false;
        switch (name)
        {
            case "mempcpy": return true;
            case "memcmp" or "bcmp":
            {
                if (traits?.MinSize == true) return false;
                if (At(constants, 2) is not long n)
                    return target.Arch == TargetArch.S390x && target.LlvmMajor >= 14; // unknown version: keep the call
                if (n < 0) return false;
                bool optSize = traits?.OptSize == true;
                return target.Arch switch
                {
                    TargetArch.S390x => true,
                    TargetArch.X86_64 => n <= 16,
                    TargetArch.I386 => n <= 8,
                    // strict-align: AArch64TTIImpl::enableMemCmpExpansion returns no options (llc-22 AArch64/bcmp-inline-small.ll)
                    TargetArch.AArch64 => n <= (optSize ? 32 : 64) && traits?.HasFeature("strict-align") != true,
                    TargetArch.PowerPC64 => n <= (optSize ? 22 : 54), // measured: 55, 59, 61-63 stay calls at -O2
                    TargetArch.PowerPC => n <= (optSize ? 16 : 32),
                    _ => false,
                };
            }
            case "strlen" or "strnlen" or "strcmp" or "strcpy" or "stpcpy" or "memchr":
                return target.Arch == TargetArch.S390x;
            default:
                // __memcpy_chk... with the object size -1: CodeGenPrepare calls the unchecked function instead
                return LibraryCallRules.FindFortified(name) is FortifiedRow f && LibraryCallRules.FortifiedFolds(f, constants);
        }
    }

    /// <summary>A call to a declared library function that code generation may replace (<see cref="LibraryCallRules"/>:
    /// SelectionDAGBuilder::visitCall turns <c>sin</c>, <c>sqrtl</c>, <c>fmin</c>... into the node of the matching
    /// intrinsic, and <c>mempcpy</c> into <c>memcpy</c>): adds what that node lowers to. The caller checks that the call
    /// may be replaced at all: not <c>nobuiltin</c> at the call site or on the callee, and not
    /// <see cref="FunctionTraits.IsNoBuiltin"/> for the caller.</summary>
    public static void ForLibraryCall(CodegenTarget target, FunctionTraits traits, string name, IReadOnlyList<ValueShape> arguments,
        IReadOnlyList<long?> constants, IReadOnlyList<int> alignments, ValueShape result, List<LoweredCall> into, bool sinCosPaired = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(arguments);
        MassvRules.Lower(target, traits, name, into); // PowerPC MASSV entries: the subtarget's name
        if (LibraryCallRules.FindFortified(name) is FortifiedRow fortified)
        {
            // predicted unless the object size is a known size (the call then stays checked); the callee is dropped
            // only when certain (MayExpandCall)
            if (fortified.ObjectSizeArg < constants.Count && constants[fortified.ObjectSizeArg] is long size && size != -1) return;
            int first = into.Count;
            if (fortified.Replacement.StartsWith("llvm.", StringComparison.Ordinal) || fortified.Replacement == "mempcpy")
            {
                // CreateMemCpy/CreateMemSet(..., Align(1)) keeps only the call's own align attributes
                int[] align = [Math.Max(1, AlignAt(alignments, 0)), Math.Max(1, AlignAt(alignments, 1))];
                ForIntrinsic(target, traits, fortified.Replacement, arguments, constants, align, result, into);
            }
            else
                into.Add(new(fortified.Replacement, ""));
            for (int i = first; i < into.Count; i++)
                into[i] = into[i] with { Rule = $"call {name} with an unknown object size -> {fortified.Replacement} (CodeGenPrepare::optimizeCallInst, FortifiedLibCallSimplifier); {into[i].Rule}" };
            return;
        }
        if (LibraryCallRules.Find(name) is not LibraryCallRow row || traits.IsNoBuiltin(name)) return;
        if (LibraryCallRules.IntrinsicFor(row, arguments, result) is not string intrinsic) return;
        int from = into.Count;
        ForIntrinsic(target, traits, intrinsic, arguments, constants, alignments, result, into, sinCosPaired);
        for (int i = from; i < into.Count; i++)
            into[i] = into[i] with { Rule = $"call {name} -> {intrinsic} ({row.Source}); {into[i].Rule}" };
    }

    /// <summary>True when the target copies a call's <c>byval</c> arguments with SelectionDAG::getMemcpy that may call
    /// memcpy (AArch64, RISC-V and PowerPC LowerCall: CreateCopyOfByValArgument / getMemcpy with AlwaysInline false);
    /// x86 copies inline (AlwaysInline), ARM with COPY_STRUCT_BYVAL, SystemZ passes no byval (llc-22).</summary>
    public static bool CopiesByValWithMemcpy(CodegenTarget target) =>
        target.Arch is TargetArch.AArch64 or TargetArch.RiscV32 or TargetArch.RiscV64 or TargetArch.PowerPC or TargetArch.PowerPC64;

    /// <summary>A call argument passed <c>byval</c> of <paramref name="bytes"/> bytes (null unknown) and its
    /// alignment (0 unknown: 1): the memcpy rule (llc-22 AArch64/big-callframe.ll, a 32 KiB byval copied by memcpy).</summary>
    public static void ForByValArgument(CodegenTarget target, FunctionTraits traits, long? bytes, int alignment, List<LoweredCall> into)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(into);
        if (!CopiesByValWithMemcpy(target)) return;
        int align = Math.Max(1, alignment);
        MemOps.Lower(target, traits, MemOpKind.Memcpy, bytes, align, align, "byval argument copy (LowerCall CreateCopyOfByValArgument)", into);
    }

    /// <summary>An access to the thread-local global <paramref name="name"/> (mangled) with its <c>thread_local</c> mode
    /// and <c>dso_local</c> bit, defined in the module or not: the TLS resolver, GOT base, thread-pointer helper or emulated-TLS symbols
    /// (<see cref="ThreadLocalRules"/>), given the module's flags ("PIC Level", "PIE Level").</summary>
    public static void ForThreadLocal(CodegenTarget target, FunctionTraits traits, string name, ThreadLocalMode mode, bool dsoLocal,
        bool defined, IReadOnlyDictionary<string, ModuleFlagValue> moduleFlags, List<LoweredCall> into)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(moduleFlags);
        ArgumentNullException.ThrowIfNull(into);
        ThreadLocalRules.Apply(target, traits, RelocationFacts.From(moduleFlags, target), name, mode, dsoLocal, defined, into);
    }

    /// <summary>Calls implied by the function's attributes and the module's flags: ftrace (<c>__fentry__</c>, the
    /// mcount named by <c>"instrument-function-entry-inlined"</c>), <c>__stack_chk_fail</c> and the guard global
    /// when <see cref="FunctionFacts.NeedsStackProtector"/>, retpoline thunks for indirect calls/branches,
    /// <c>__x86_return_thunk</c>, <c>__morestack</c>, stack-probe functions, SafeStack's pointer, ARM EHABI
    /// personality routines, RISC-V save/restore helpers, TLS helpers. <paramref name="moduleFlags"/> by name.</summary>
    public static void ForFunction(CodegenTarget target, FunctionTraits traits, FunctionFacts facts,
        IReadOnlyDictionary<string, ModuleFlagValue> moduleFlags, List<LoweredCall> into)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(moduleFlags);
        ArgumentNullException.ThrowIfNull(into);
        FunctionRules.Apply(target, traits, facts, moduleFlags, into);
    }

    /// <summary>StackProtector.cpp <c>RequiresStackProtector</c> for one alloca, given the function's level:
    /// a variable-size array allocation always; a constant array allocation whose count reaches the buffer size,
    /// or any under sspstrong; an array type (ContainsProtectableArray): for ssp only <c>i8</c> arrays (also
    /// inside structs) of at least the buffer size (non-char arrays count only on Darwin, which the model does
    /// not target); for sspstrong any array; and under sspstrong an address-taken alloca. sspreq protects the
    /// function whatever its allocas (see <see cref="FunctionNeedsProtector"/>).</summary>
    public static bool AllocaNeedsProtector(FunctionTraits traits, AllocaFacts alloca)
    {
        ArgumentNullException.ThrowIfNull(traits);
        var level = traits.StackProtector;
        if (level == StackProtectorLevel.None) return false;
        bool strong = level is StackProtectorLevel.Strong or StackProtectorLevel.Req;
        long buffer = traits.StackProtectorBufferSize;
        if (alloca.IsVariableSize) return true;
        if (alloca.AllocationCount != 1)
            return alloca.AllocationCount >= buffer || strong;
        if (alloca.ContainsArray)
        {
            if (strong) return true;
            long charBytes = alloca.LargestCharArrayBytes >= 0 ? alloca.LargestCharArrayBytes : alloca.CharArray ? alloca.ArrayBytes : -1;
            if (charBytes >= buffer) return true;
        }
        return strong && alloca.AddressTaken;
    }

    /// <summary>True when StackProtector.cpp protects the function: sspreq, or any alloca for which
    /// <see cref="AllocaNeedsProtector"/> holds.</summary>
    public static bool FunctionNeedsProtector(FunctionTraits traits, bool anyAllocaNeedsProtector)
    {
        ArgumentNullException.ThrowIfNull(traits);
        return traits.StackProtector == StackProtectorLevel.Req
               || (traits.StackProtector != StackProtectorLevel.None && anyAllocaNeedsProtector);
    }
}
