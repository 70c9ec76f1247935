using System.Collections.Concurrent;
using KsymTrim.Caching;

namespace KsymTrim.Analysis.Lowering;

/// <summary>How the model treats an intrinsic family.</summary>
internal enum IntrinsicKind
{
    /// <summary>Never a call in LLVM 11..19 (bit operations, saturating and overflow add/sub, min/max, traps...).</summary>
    Inline,
    Memcpy, Memmove, Memset, MemInline,
    MemElementAtomic,
    SMulOverflow, UMulOverflow,
    FloatLib,            // libm-style call unless the target has the instruction (Libcall column)
    FloatMinMaxExpand,   // minimum/maximum: compares
    FloatToIntSat,       // fptosi.sat/fptoui.sat
    ConstrainedArith,    // llvm.experimental.constrained.fadd... -> the instruction's rule
    VectorReduceFloat,   // llvm.vector.reduce.fadd/fmul/fmin/fmax
    ClearCache,
    ThreadPointer,
    HwasanCheck,
    HwasanCheckShort,
    Deoptimize,
    MemPCpy,
    BitCount,
    ArmGnuMcount,
    FunnelShift,            // ctpop/ctlz/cttz: the bit-twiddling expansion multiplies (a MUL libcall without M)
    FloatEnvironment,       // get/set/reset.fpenv and .fpmode: fegetenv/fesetenv/fegetmode/fesetmode unless custom (FloatEnvironmentRules)
    FixedPointDiv,          // llvm.{s,u}div.fix[.sat]: a division at twice the width
    FixedPointMul,          // llvm.{s,u}mul.fix[.sat]: a double-width product
    FMulAdd,                // llvm.fmuladd: fmul + fadd without a fast FMA
    ConvertToFp16,          // llvm.convert.to.fp16: fptrunc to half
    ConvertFromFp16,        // llvm.convert.from.fp16: fpext from half
    Canonicalize,           // llvm.canonicalize: FMUL by 1.0 from LLVM 20 (a soft multiply)
    SinCos,                 // llvm.sincos (LLVM 20): sincos* where the target names it, else sin* and cos*
    XRayEvent,              // llvm.xray.customevent/typedevent: a sled that calls __xray_CustomEvent/__xray_TypedEvent (x86-64, AArch64)
    VectorPredicated,       // llvm.vp.*: the unpredicated operation's rule (ExpandVectorPredication)
    AsanCheck,              // llvm.asan.check.memaccess: x86-64 __asan_check_<load|store>_add_<size>_<register>
    VectorReduceMul,        // llvm.vector.reduce.mul: multiplies of the element type
    InitTrampoline,         // llvm.init.trampoline: __trampoline_setup or the instruction-cache flush
    CttzElts,               // llvm.experimental.cttz.elts: a multiply of the result type (vscale x the element count)
    PpcConvertF128,         // llvm.ppc.convert.*: the ppc_fp128 <-> IEEE fp128 libcall
}

/// <summary>A floating-point environment intrinsic (LLVM 17): the libc call its default (Expand) lowering makes, and
/// the targets that lower it themselves (<paramref name="CustomNeedsX87"/>: only with usable x87, neither soft-float
/// nor -x87).</summary>
internal readonly record struct FloatEnvironmentRow(string Prefix, string Call, Archs Custom, string Source, bool CustomNeedsX87 = false);

/// <summary>One intrinsic family: the name prefix after "llvm." (up to the type suffixes), what it becomes, the source.</summary>
internal readonly record struct IntrinsicRow(string Prefix, IntrinsicKind Kind, Libcall Call, string Source);

/// <summary>
/// Intrinsic calls and library calls the backend handles itself. Rows are matched on the name without "llvm."
/// and without its type suffixes (the longest prefix wins); results are cached per name.
/// </summary>
internal static class IntrinsicRules
{
    public static readonly IntrinsicRow[] Rows =
    [
        new("memcpy", IntrinsicKind.Memcpy, Libcall.None, "SelectionDAGBuilder visitIntrinsicCall -> SelectionDAG::getMemcpy"),
        new("memmove", IntrinsicKind.Memmove, Libcall.None, "SelectionDAG::getMemmove"),
        new("memset", IntrinsicKind.Memset, Libcall.None, "SelectionDAG::getMemset"),
        new("memcpy.inline", IntrinsicKind.MemInline, Libcall.None, "llvm.memcpy.inline: AlwaysInline, never a call (LLVM 11)"),
        new("memset.inline", IntrinsicKind.MemInline, Libcall.None, "llvm.memset.inline: AlwaysInline, never a call (LLVM 16)"),
        new("memcpy.element.unordered.atomic", IntrinsicKind.MemElementAtomic, Libcall.None, "RuntimeLibcalls.def MEMCPY_ELEMENT_UNORDERED_ATOMIC_N"),
        new("memmove.element.unordered.atomic", IntrinsicKind.MemElementAtomic, Libcall.None, "RuntimeLibcalls.def MEMMOVE_ELEMENT_UNORDERED_ATOMIC_N"),
        new("memset.element.unordered.atomic", IntrinsicKind.MemElementAtomic, Libcall.None, "RuntimeLibcalls.def MEMSET_ELEMENT_UNORDERED_ATOMIC_N"),
        new("smul.with.overflow", IntrinsicKind.SMulOverflow, Libcall.MulO, "LegalizeIntegerTypes ExpandIntRes_XMULO"),
        new("umul.with.overflow", IntrinsicKind.UMulOverflow, Libcall.Mul, "LegalizeIntegerTypes ExpandIntRes_XMULO (UMULO: inline wide multiply)"),
        new("sqrt", IntrinsicKind.FloatLib, Libcall.Sqrt, "LegalizeDAG.cpp: FSQRT Expand without the instruction"),
        new("floor", IntrinsicKind.FloatLib, Libcall.Floor, "LegalizeDAG.cpp: FFLOOR Expand without SSE4.1/FP-ARMv8/fp-extension"),
        new("ceil", IntrinsicKind.FloatLib, Libcall.Ceil, "LegalizeDAG.cpp: FCEIL"),
        new("trunc", IntrinsicKind.FloatLib, Libcall.Trunc, "LegalizeDAG.cpp: FTRUNC"),
        new("rint", IntrinsicKind.FloatLib, Libcall.Rint, "LegalizeDAG.cpp: FRINT"),
        new("nearbyint", IntrinsicKind.FloatLib, Libcall.NearbyInt, "LegalizeDAG.cpp: FNEARBYINT"),
        new("round", IntrinsicKind.FloatLib, Libcall.Round, "LegalizeDAG.cpp: FROUND"),
        new("roundeven", IntrinsicKind.FloatLib, Libcall.RoundEven, "FROUNDEVEN (LLVM 11)"),
        new("fma", IntrinsicKind.FloatLib, Libcall.Fma, "LegalizeDAG.cpp: FMA Expand without FMA hardware"),
        new("fmuladd", IntrinsicKind.FMulAdd, Libcall.None, "SelectionDAGBuilder visitIntrinsicCall fmuladd: FMA when isFMAFasterThanFMulAndFAdd, else FMUL + FADD (soft-float: their libcalls; llc 22 __mulsf3/__addsf3 for half, __muldf3/__adddf3 for strict double on riscv64 without D)"),
        new("minnum", IntrinsicKind.FloatLib, Libcall.FMin, "LegalizeDAG.cpp: FMINNUM Expand -> fminf without an IEEE min instruction"),
        new("maxnum", IntrinsicKind.FloatLib, Libcall.FMax, "LegalizeDAG.cpp: FMAXNUM Expand -> fmaxf"),
        new("minimum", IntrinsicKind.FloatMinMaxExpand, Libcall.None, "FMINIMUM expanded into compares (TargetLowering::expandFMINIMUM_FMAXIMUM); soft types call fminimum(f) from LLVM 20 (llc 22)"),
        new("maximum", IntrinsicKind.FloatMinMaxExpand, Libcall.None, "LegalizeDAG.cpp: FMAXIMUM expanded into compares; soft types call fmaximum(f) from LLVM 20 (llc 22)"),
        new("pow", IntrinsicKind.FloatLib, Libcall.Pow, "LegalizeDAG.cpp: FPOW: always a call"),
        new("powi", IntrinsicKind.FloatLib, Libcall.Powi, "LegalizeDAG.cpp: FPOWI: __powi?f2 (constant exponents may be expanded, predicted anyway)"),
        new("exp", IntrinsicKind.FloatLib, Libcall.Exp, "LegalizeDAG.cpp: FEXP: always a call"),
        new("exp2", IntrinsicKind.FloatLib, Libcall.Exp2, "LegalizeDAG.cpp: FEXP2"),
        new("log", IntrinsicKind.FloatLib, Libcall.Log, "LegalizeDAG.cpp: FLOG"),
        new("log2", IntrinsicKind.FloatLib, Libcall.Log2, "LegalizeDAG.cpp: FLOG2"),
        new("log10", IntrinsicKind.FloatLib, Libcall.Log10, "LegalizeDAG.cpp: FLOG10"),
        new("sin", IntrinsicKind.FloatLib, Libcall.Sin, "LegalizeDAG.cpp: FSIN"),
        new("cos", IntrinsicKind.FloatLib, Libcall.Cos, "LegalizeDAG.cpp: FCOS"),
        new("get.fpenv", IntrinsicKind.FloatEnvironment, Libcall.None, "GET_FPENV_MEM (LLVM 17): FloatEnvironmentRules"),
        new("set.fpenv", IntrinsicKind.FloatEnvironment, Libcall.None, "SET_FPENV_MEM (LLVM 17): FloatEnvironmentRules"),
        new("reset.fpenv", IntrinsicKind.FloatEnvironment, Libcall.None, "RESET_FPENV (LLVM 17): FloatEnvironmentRules"),
        new("get.fpmode", IntrinsicKind.FloatEnvironment, Libcall.None, "GET_FPMODE (LLVM 17): FloatEnvironmentRules"),
        new("set.fpmode", IntrinsicKind.FloatEnvironment, Libcall.None, "SET_FPMODE (LLVM 17): FloatEnvironmentRules"),
        new("reset.fpmode", IntrinsicKind.FloatEnvironment, Libcall.None, "RESET_FPMODE (LLVM 17): FloatEnvironmentRules"),
        new("ldexp", IntrinsicKind.FloatLib, Libcall.Ldexp, "FLDEXP (LLVM 17)"),
        new("exp10", IntrinsicKind.FloatLib, Libcall.Exp10, "FEXP10 (LLVM 18): exp10f/exp10/exp10l, always a call (llc 19, 22)"),
        new("tan", IntrinsicKind.FloatLib, Libcall.Tan, "FTAN (LLVM 19): tanf/tan/tanl, always a call (llc 19, 22)"),
        new("asin", IntrinsicKind.FloatLib, Libcall.Asin, "FASIN (LLVM 19): asinf/asin/asinl (x86-64 fp128 asinf128; llc 19, 22)"),
        new("acos", IntrinsicKind.FloatLib, Libcall.Acos, "FACOS (LLVM 19): acosf/acos/acosl"),
        new("atan", IntrinsicKind.FloatLib, Libcall.Atan, "FATAN (LLVM 19): atanf/atan/atanl"),
        new("atan2", IntrinsicKind.FloatLib, Libcall.Atan2, "FATAN2 (LLVM 20): atan2f/atan2/atan2l (llc 22; llc 19 left the intrinsic call)"),
        new("sinh", IntrinsicKind.FloatLib, Libcall.Sinh, "FSINH (LLVM 19): sinhf/sinh/sinhl"),
        new("cosh", IntrinsicKind.FloatLib, Libcall.Cosh, "FCOSH (LLVM 19): coshf/cosh/coshl (llc 19, 22)"),
        new("tanh", IntrinsicKind.FloatLib, Libcall.Tanh, "FTANH (LLVM 19): tanhf/tanh/tanhl (constrained too; llc 19, 22)"),
        new("modf", IntrinsicKind.FloatLib, Libcall.Modf, "FMODF (LLVM 21): modff/modf/modfl (llc 22)"),
        new("frexp", IntrinsicKind.FloatLib, Libcall.Frexp, "FFREXP (LLVM 17)"),
        new("lround", IntrinsicKind.FloatLib, Libcall.LRound, "LegalizeDAG.cpp: LROUND"),
        new("llround", IntrinsicKind.FloatLib, Libcall.LLRound, "LegalizeDAG.cpp: LLROUND"),
        new("lrint", IntrinsicKind.FloatLib, Libcall.LRint, "LegalizeDAG.cpp: LRINT"),
        new("llrint", IntrinsicKind.FloatLib, Libcall.LLRint, "LegalizeDAG.cpp: LLRINT"),
        new("ctpop", IntrinsicKind.BitCount, Libcall.Mul, "TargetLowering::expandCTPOP multiplies by 0x01010101; without a multiply instruction that is MUL_I32/I64 (RISC-V without M)"),
        new("ctlz", IntrinsicKind.BitCount, Libcall.Mul, "expandCTLZ via CTPOP (RISC-V without M, LLVM 14)"),
        new("cttz", IntrinsicKind.BitCount, Libcall.Mul, "LegalizeDAG.cpp: expandCTTZ: de Bruijn multiply or CTPOP (RISC-V without M)"),
        new("fabs", IntrinsicKind.Inline, Libcall.None, "LegalizeDAG.cpp: FABS: sign-bit clear"),
        new("copysign", IntrinsicKind.FloatLib, Libcall.CopySign, "LegalizeDAG.cpp: FCOPYSIGN: bit operations; ppc_fp128 calls copysignl (ExpandFloatRes_FCOPYSIGN)"),
        new("canonicalize", IntrinsicKind.Canonicalize, Libcall.None, "LegalizeDAG.cpp: FCANONICALIZE: nothing up to LLVM 19; from LLVM 20 (llc 22) an FMUL by 1.0, a soft-float multiply libcall (__mulsf3/__muldf3/__aeabi_fmul)"),
        new("fptosi.sat", IntrinsicKind.FloatToIntSat, Libcall.FpToSInt, "FP_TO_SINT_SAT: conversion plus compares (TargetLowering::expandFP_TO_INT_SAT)"),
        new("fptoui.sat", IntrinsicKind.FloatToIntSat, Libcall.FpToUInt, "LegalizeDAG.cpp: FP_TO_UINT_SAT"),
        new("experimental.constrained", IntrinsicKind.ConstrainedArith, Libcall.None, "LegalizeDAG.cpp: strict FP: the same libcalls as the plain operation"),
        new("vector.reduce.fadd", IntrinsicKind.VectorReduceFloat, Libcall.FAdd, "LegalizeDAG.cpp: VECREDUCE_FADD expanded into fadds"),
        new("vector.reduce.fmul", IntrinsicKind.VectorReduceFloat, Libcall.FMul, "LegalizeDAG.cpp: VECREDUCE_FMUL"),
        new("vector.reduce.fmin", IntrinsicKind.VectorReduceFloat, Libcall.FMin, "LegalizeDAG.cpp: VECREDUCE_FMIN"),
        new("vector.reduce.fmax", IntrinsicKind.VectorReduceFloat, Libcall.FMax, "LegalizeDAG.cpp: VECREDUCE_FMAX"),
        new("vector.reduce.mul", IntrinsicKind.VectorReduceMul, Libcall.Mul, "LegalizeVectorOps/LegalizeDAG: VECREDUCE_MUL expanded into MULs of the element type (TargetLowering::expandVecReduce)"),
        new("experimental.cttz.elts", IntrinsicKind.CttzElts, Libcall.Mul, "SelectionDAGBuilder visitIntrinsicCall experimental_cttz_elts: the element count (vscale x the minimum count) in the result type, a MUL (a libcall without M: llc-22 RISCV/intrinsic-cttz-elts-vscale.ll riscv32 +v, i64 result -> __muldi3)"),
        new("init.trampoline", IntrinsicKind.InitTrampoline, Libcall.None, "INIT_TRAMPOLINE: PPCISelLowering LowerINIT_TRAMPOLINE calls __trampoline_setup (AArch64 too up to LLVM 19); AArch64 from LLVM 20 and RISC-V 64 store the code and flush the instruction cache (ISD::CLEAR_CACHE: __clear_cache, RISC-V Linux __riscv_flush_icache); x86 stores only (llc-22 AArch64/trampoline.ll)"),
        new("clear_cache", IntrinsicKind.ClearCache, Libcall.None, "ISD::CLEAR_CACHE: __clear_cache (TargetLowering::getClearCacheBuiltinName), X86 nothing, RISC-V Linux __riscv_flush_icache"),
        new("thread.pointer", IntrinsicKind.ThreadPointer, Libcall.None, "LegalizeDAG.cpp: ARM: __aeabi_read_tp without a hardware thread-pointer register read"),
        new("hwasan.check.memaccess", IntrinsicKind.HwasanCheck, Libcall.None, "LegalizeDAG.cpp: AArch64AsmPrinter::emitHwasanMemaccessSymbols: outlined checks tail-call __hwasan_tag_mismatch"),
        new("hwasan.check.memaccess.shortgranules", IntrinsicKind.HwasanCheckShort, Libcall.None, "LegalizeDAG.cpp: AArch64AsmPrinter/X86MCInstLower: __hwasan_tag_mismatch_v2"),
        new("fshl", IntrinsicKind.FunnelShift, Libcall.Shl, "TargetLowering::expandFunnelShift: shifts of the type (RISC-V 32 i128 libcalls up to LLVM 13)"),
        new("fshr", IntrinsicKind.FunnelShift, Libcall.Srl, "TargetLowering::expandFunnelShift: shifts of the type"),
        new("arm.gnu.eabi.mcount", IntrinsicKind.ArmGnuMcount, Libcall.None, "ARM -pg: int_arm_gnu_eabi_mcount is selected to BL __gnu_mcount_nc (ARMInstrInfo.td, ARMExpandPseudoInsts.cpp)"),
        new("sdiv.fix", IntrinsicKind.FixedPointDiv, Libcall.SDiv, "LegalizeIntegerTypes earlyExpandDIVFIX/TargetLowering::expandFixedPointDiv: SDIVREM at twice the width (SDIV+SREM libcalls where no divide of that width; also i128 on 32-bit targets, after ExpandLargeDivRem; llc 22)"),
        new("sdiv.fix.sat", IntrinsicKind.FixedPointDiv, Libcall.SDiv, "LegalizeIntegerTypes earlyExpandDIVFIX (SatW): SDIVREM at twice the width, then clamped"),
        new("udiv.fix", IntrinsicKind.FixedPointDiv, Libcall.UDiv, "LegalizeIntegerTypes earlyExpandDIVFIX/TargetLowering::expandFixedPointDiv: UDIV at twice the width"),
        new("udiv.fix.sat", IntrinsicKind.FixedPointDiv, Libcall.UDiv, "LegalizeIntegerTypes earlyExpandDIVFIX (SatW): UDIV at twice the width, then clamped"),
        new("smul.fix", IntrinsicKind.FixedPointMul, Libcall.Mul, "TargetLowering::expandFixedPointMul / LegalizeIntegerTypes ExpandIntRes_MULFIX: the double-width product (MUL libcall without a widening multiply)"),
        new("smul.fix.sat", IntrinsicKind.FixedPointMul, Libcall.Mul, "TargetLowering::expandFixedPointMul (saturating)"),
        new("umul.fix", IntrinsicKind.FixedPointMul, Libcall.Mul, "TargetLowering::expandFixedPointMul"),
        new("umul.fix.sat", IntrinsicKind.FixedPointMul, Libcall.Mul, "TargetLowering::expandFixedPointMul (saturating)"),
        new("convert.to.fp16", IntrinsicKind.ConvertToFp16, Libcall.FpRound, "SelectionDAGBuilder visitIntrinsicCall convert_to_fp16: FP_ROUND to f16 + bitcast (the fptrunc rule: __truncsfhf2/__gnu_f2h_ieee/__aeabi_f2h, __truncdfhf2/__aeabi_d2h)"),
        new("convert.from.fp16", IntrinsicKind.ConvertFromFp16, Libcall.FpExt, "SelectionDAGBuilder visitIntrinsicCall convert_from_fp16: bitcast + FP_EXTEND from f16 (the fpext rule: __extendhfsf2/__gnu_h2f_ieee/__aeabi_h2f)"),
        new("sincos", IntrinsicKind.SinCos, Libcall.Sin, "llvm.sincos (LLVM 20): FSINCOS, the SINCOS_F* libcall where the target names it (GNU, Android, Fuchsia), else FSIN + FCOS (SelectionDAG expandMultipleResultFPLibCall)"),
        // PPCISelLowering.cpp LowerINTRINSIC_WO_CHAIN: ppc_convert_f128_to_ppcf128 / ppc_convert_ppcf128_to_f128 are
        // makeLibCall(CONVERT_F128_PPCF128 "__extendkftf2" / CONVERT_PPCF128_F128 "__trunctfkf2", RuntimeLibcalls);
        // the IR has no fpext/fptrunc between the two 128-bit types, Clang's casts emit these (llc 22
        // PowerPC/f128-truncateNconv.ll qpConvppcf128/ppcf128Convqp)
        new("ppc.convert.f128.to.ppcf128", IntrinsicKind.PpcConvertF128, Libcall.FpExt, "PPCISelLowering LowerINTRINSIC_WO_CHAIN: CONVERT_F128_PPCF128 __extendkftf2"),
        new("ppc.convert.ppcf128.to.f128", IntrinsicKind.PpcConvertF128, Libcall.FpRound, "PPCISelLowering LowerINTRINSIC_WO_CHAIN: CONVERT_PPCF128_F128 __trunctfkf2"),
        new("experimental.deoptimize", IntrinsicKind.Deoptimize, Libcall.None, "RuntimeLibcalls.def DEOPTIMIZE __llvm_deoptimize"),
        new("xray.customevent", IntrinsicKind.XRayEvent, Libcall.None, "SelectionDAGBuilder visitIntrinsicCall xray_customevent makes PATCHABLE_EVENT_CALL on x86-64 and AArch64 only; X86MCInstLower LowerPATCHABLE_EVENT_CALL / AArch64AsmPrinter emit the sled's call (llc 22 X86/xray-custom-log.ll, AArch64/xray-custom-log.ll)"),
        new("xray.typedevent", IntrinsicKind.XRayEvent, Libcall.None, "SelectionDAGBuilder visitIntrinsicCall xray_typedevent makes PATCHABLE_TYPED_EVENT_CALL on x86-64 and AArch64 only; X86MCInstLower LowerPATCHABLE_TYPED_EVENT_CALL / AArch64AsmPrinter"),
        new("asan.check.memaccess", IntrinsicKind.AsanCheck, Libcall.None, "X86MCInstLower.cpp X86AsmPrinter::LowerASAN_CHECK_MEMACCESS: a call to __asan_check_{load,store}_add_<1 << AccessSizeIndex>_<the address register> (ASanAccessInfo: bit 0 CompileKernel, bits 1-4 the size index, bit 5 IsWrite; the register any of GR64PLTSafe, X86InstrCompiler.td ASAN_CHECK_MEMACCESS; llc-22 X86/asan-check-memaccess-add.ll)"),
        new("vp", IntrinsicKind.VectorPredicated, Libcall.None, "ExpandVectorPredication.cpp: a VP intrinsic the target does not lower (all but RISC-V V) becomes its unpredicated instruction or intrinsic, whose libcalls follow (llc-22 X86/expand-vp-fp-intrinsics.ll vp.frem -> fmodf, vp.fma -> fmaf; expand-vp-cast-intrinsics.ll vp.fptrunc -> __truncdfhf2)"),
    ];

    /// <summary>The floating-point environment intrinsics. SelectionDAGBuilder turns get/set.fpenv into
    /// GET_FPENV_MEM/SET_FPENV_MEM, whose default lowering (LegalizeDAG.cpp, <c>DAG.makeStateFunctionCall</c>) calls
    /// FEGETENV/FESETENV (RESET_FPENV: fesetenv(FE_DFL_ENV)); GET/SET/RESET_FPMODE call FEGETMODE/FESETMODE the same
    /// way. A target whose ISelLowering marks them Custom reads and writes the control registers itself (llc-22:
    /// x86 fnstenv/fldenv for the environment, AArch64 FPCR and ARM FPSCR for the mode).</summary>
    public static readonly FloatEnvironmentRow[] FloatEnvironmentRules =
    [
        new("get.fpenv", "fegetenv", Archs.X86, "X86ISelLowering: GET_FPENV_MEM Custom (fnstenv) with x87 and not soft-float (llc-22 X86/fpenv.ll \"use-soft-float\" calls fegetenv; so does -x87)", CustomNeedsX87: true),
        new("set.fpenv", "fesetenv", Archs.X86, "X86ISelLowering: SET_FPENV_MEM Custom (fldenv) with x87 and not soft-float", CustomNeedsX87: true),
        new("reset.fpenv", "fesetenv", Archs.X86, "X86ISelLowering: RESET_FPENV Custom with x87 and not soft-float", CustomNeedsX87: true),
        new("get.fpmode", "fegetmode", Archs.AArch64 | Archs.Arm, "AArch64ISelLowering/ARMISelLowering: GET_FPMODE Custom (FPCR, FPSCR)"),
        new("set.fpmode", "fesetmode", Archs.AArch64 | Archs.Arm, "AArch64ISelLowering/ARMISelLowering: SET_FPMODE Custom"),
        new("reset.fpmode", "fesetmode", Archs.AArch64 | Archs.Arm, "AArch64ISelLowering/ARMISelLowering: RESET_FPMODE Custom"),
    ];

    private static readonly Dictionary<string, IntrinsicRow> ByPrefix = Build();

    private static Dictionary<string, IntrinsicRow> Build()
    {
        var d = new Dictionary<string, IntrinsicRow>(StringComparer.Ordinal);
        foreach (var r in Rows) d[r.Prefix] = r;
        return d;
    }

    /// <summary>The most names <see cref="Find"/> keeps (the names come from the input; a kernel build declares a
    /// few hundred distinct intrinsics). Past it, a name is looked up in the table every time.</summary>
    internal const int MaxCached = 4096;
    private static int _cachedCount;
    private static readonly ConcurrentDictionary<string, IntrinsicRow?> Cache = new(StringComparer.Ordinal);

    /// <summary>How many names the cache holds (at most <see cref="MaxCached"/>).</summary>
    internal static int CachedCount => Cache.Count;

    /// <summary>The row for an intrinsic name ("llvm.memcpy.p0.p0.i64"), or null when it is never a call.</summary>
    public static IntrinsicRow? Find(string name)
    {
        if (Cache.TryGetValue(name, out var row)) return row;
        return Bounded.Add(Cache, name, Lookup(name), ref _cachedCount, MaxCached);
    }

    /// <summary>The row of the longest dotted prefix of <paramref name="name"/> after <c>llvm.</c> that has one.</summary>
    private static IntrinsicRow? Lookup(string name)
    {
        if (!name.StartsWith("llvm.", StringComparison.Ordinal)) return null;
        string rest = name[5..];
        IntrinsicRow? best = null;
        int dot = -1;
        while (true)
        {
            dot = rest.IndexOf('.', dot + 1);
            string prefix = dot < 0 ? rest : rest[..dot];
            if (ByPrefix.TryGetValue(prefix, out var row)) best = row;
            if (dot < 0) break;
        }
        return best;
    }
}
