namespace KsymTrim.Analysis.Lowering;

/// <summary>The runtime library calls the model can predict: LLVM's <c>RTLIB::Libcall</c> enumerators
/// (llvm/include/llvm/IR/RuntimeLibcalls.def, LLVM 11..19), grouped by operation; the type is a separate key.</summary>
internal enum Libcall : byte
{
    None,
    // integer (RuntimeLibcalls.def "Integer")
    Shl, Srl, Sra, Mul, MulO, SDiv, UDiv, SRem, URem, SDivRem, UDivRem,
    // floating point arithmetic ("Floating-point")
    FAdd, FSub, FMul, FDiv, FRem, Fma, Powi, Sqrt, Cbrt, Log, Log2, Log10, Exp, Exp2, Sin, Cos, Pow, Ceil, Trunc, Rint,
    NearbyInt, Round, RoundEven, Floor, CopySign, FMin, FMax, LRound, LLRound, LRint, LLRint, Ldexp, Frexp,
    // LLVM 18..21 additions: EXP10 (18), TAN/ASIN/ACOS/ATAN/SINH/COSH/TANH (19), ATAN2 (20), MODF (21)
    Exp10, Tan, Asin, Acos, Atan, Atan2, Sinh, Cosh, Tanh, Modf,
    // comparisons ("Comparison")
    OEq, UNe, OGe, OLt, OLe, OGt, UO,
    // conversions ("Conversion"): keyed by (from, to)
    FpExt, FpRound, FpToSInt, FpToUInt, SIntToFp, UIntToFp,
}

/// <summary>
/// Default libcall names: RuntimeLibcalls.def (LLVM 11..19; in LLVM 21 RuntimeLibcalls.td) as data. Integer
/// names by width (8/16/32/64/128: qi/hi/si/di/ti), float names by type (f32 sf, f64 df, f80 xf, f128 tf,
/// ppc_fp128 via the <c>__gcc_q*</c> helpers), conversions by (source, destination). Target overrides
/// (ARM RTABI <c>__aeabi_*</c>, PowerPC <c>kf</c> names) are in <see cref="ArithmeticRules"/>.
/// </summary>
internal static class LibcallNames
{
    private static readonly Dictionary<(Libcall, int), string> Int = new()
    {
        // RuntimeLibcalls.def: SHL_I16 "__ashlhi3" .. SHL_I128 "__ashlti3"; SRL, SRA likewise.
        [(Libcall.Shl, 16)] = "__ashlhi3", [(Libcall.Shl, 32)] = "__ashlsi3", [(Libcall.Shl, 64)] = "__ashldi3", [(Libcall.Shl, 128)] = "__ashlti3",
        [(Libcall.Srl, 16)] = "__lshrhi3", [(Libcall.Srl, 32)] = "__lshrsi3", [(Libcall.Srl, 64)] = "__lshrdi3", [(Libcall.Srl, 128)] = "__lshrti3",
        [(Libcall.Sra, 16)] = "__ashrhi3", [(Libcall.Sra, 32)] = "__ashrsi3", [(Libcall.Sra, 64)] = "__ashrdi3", [(Libcall.Sra, 128)] = "__ashrti3",
        // MUL_I8 "__mulqi3" .. MUL_I128 "__multi3"; MULO_I32 "__mulosi4" .. MULO_I128 "__muloti4".
        [(Libcall.Mul, 8)] = "__mulqi3", [(Libcall.Mul, 16)] = "__mulhi3", [(Libcall.Mul, 32)] = "__mulsi3", [(Libcall.Mul, 64)] = "__muldi3", [(Libcall.Mul, 128)] = "__multi3",
        [(Libcall.MulO, 32)] = "__mulosi4", [(Libcall.MulO, 64)] = "__mulodi4", [(Libcall.MulO, 128)] = "__muloti4",
        // SDIV_I8 "__divqi3" .. SDIV_I128 "__divti3"; UDIV "__udiv?i3"; SREM "__mod?i3"; UREM "__umod?i3".
        [(Libcall.SDiv, 8)] = "__divqi3", [(Libcall.SDiv, 16)] = "__divhi3", [(Libcall.SDiv, 32)] = "__divsi3", [(Libcall.SDiv, 64)] = "__divdi3", [(Libcall.SDiv, 128)] = "__divti3",
        [(Libcall.UDiv, 8)] = "__udivqi3", [(Libcall.UDiv, 16)] = "__udivhi3", [(Libcall.UDiv, 32)] = "__udivsi3", [(Libcall.UDiv, 64)] = "__udivdi3", [(Libcall.UDiv, 128)] = "__udivti3",
        [(Libcall.SRem, 8)] = "__modqi3", [(Libcall.SRem, 16)] = "__modhi3", [(Libcall.SRem, 32)] = "__modsi3", [(Libcall.SRem, 64)] = "__moddi3", [(Libcall.SRem, 128)] = "__modti3",
        [(Libcall.URem, 8)] = "__umodqi3", [(Libcall.URem, 16)] = "__umodhi3", [(Libcall.URem, 32)] = "__umodsi3", [(Libcall.URem, 64)] = "__umoddi3", [(Libcall.URem, 128)] = "__umodti3",
    };

    /// <summary>Float type codes used as keys: 16 half, 17 bfloat, 32, 64, 80, 128, 129 ppc_fp128.</summary>
    private static readonly Dictionary<(Libcall, int), string> Fp = BuildFp();

    private static Dictionary<(Libcall, int), string> BuildFp()
    {
        var d = new Dictionary<(Libcall, int), string>();
        // Arithmetic: ADD_F32 "__addsf3", ADD_F64 "__adddf3", ADD_F80 "__addxf3", ADD_F128 "__addtf3",
        // ADD_PPCF128 "__gcc_qadd"; SUB/MUL/DIV likewise.
        foreach (var (lc, stem, q) in new[] { (Libcall.FAdd, "add", "__gcc_qadd"), (Libcall.FSub, "sub", "__gcc_qsub"),
                     (Libcall.FMul, "mul", "__gcc_qmul"), (Libcall.FDiv, "div", "__gcc_qdiv") })
        {
            d[(lc, 32)] = $"__{stem}sf3"; d[(lc, 64)] = $"__{stem}df3"; d[(lc, 80)] = $"__{stem}xf3"; d[(lc, 128)] = $"__{stem}tf3";
            d[(lc, ValueShape.PpcFp128Bits)] = q;
        }
        // Comparisons: OEQ_F32 "__eqsf2", UNE "__nesf2", OGE "__gesf2", OLT "__ltsf2", OLE "__lesf2", OGT "__gtsf2",
        // UO "__unordsf2"; df, xf (x86_fp80 without x87 is not selectable, kept for completeness), tf;
        // PPCF128 "__gcc_qeq" "__gcc_qne" "__gcc_qge" "__gcc_qlt" "__gcc_qle" "__gcc_qgt" "__gcc_qunord".
        foreach (var (lc, stem) in new[] { (Libcall.OEq, "eq"), (Libcall.UNe, "ne"), (Libcall.OGe, "ge"), (Libcall.OLt, "lt"),
                     (Libcall.OLe, "le"), (Libcall.OGt, "gt"), (Libcall.UO, "unord") })
        {
            d[(lc, 32)] = $"__{stem}sf2"; d[(lc, 64)] = $"__{stem}df2"; d[(lc, 80)] = $"__{stem}xf2"; d[(lc, 128)] = $"__{stem}tf2";
            d[(lc, ValueShape.PpcFp128Bits)] = $"__gcc_q{stem}";
        }
        // libm: REM_F32 "fmodf", REM_F64 "fmod", REM_F80/F128/PPCF128 "fmodl"; the same pattern for the others.
        foreach (var (lc, stem) in new[] { (Libcall.FRem, "fmod"), (Libcall.Fma, "fma"), (Libcall.Sqrt, "sqrt"), (Libcall.Cbrt, "cbrt"),
                     (Libcall.Log, "log"), (Libcall.Log2, "log2"), (Libcall.Log10, "log10"), (Libcall.Exp, "exp"), (Libcall.Exp2, "exp2"),
                     (Libcall.Sin, "sin"), (Libcall.Cos, "cos"), (Libcall.Pow, "pow"), (Libcall.Ceil, "ceil"), (Libcall.Trunc, "trunc"),
                     (Libcall.Rint, "rint"), (Libcall.NearbyInt, "nearbyint"), (Libcall.Round, "round"), (Libcall.RoundEven, "roundeven"),
                     (Libcall.Floor, "floor"), (Libcall.CopySign, "copysign"), (Libcall.FMin, "fmin"), (Libcall.FMax, "fmax"),
                     (Libcall.LRound, "lround"), (Libcall.LLRound, "llround"), (Libcall.LRint, "lrint"), (Libcall.LLRint, "llrint"),
                     (Libcall.Ldexp, "ldexp"), (Libcall.Frexp, "frexp"), (Libcall.Exp10, "exp10"), (Libcall.Tan, "tan"),
                     (Libcall.Asin, "asin"), (Libcall.Acos, "acos"), (Libcall.Atan, "atan"), (Libcall.Atan2, "atan2"),
                     (Libcall.Sinh, "sinh"), (Libcall.Cosh, "cosh"), (Libcall.Tanh, "tanh"), (Libcall.Modf, "modf") })
        {
            d[(lc, 32)] = stem + "f"; d[(lc, 64)] = stem; d[(lc, 80)] = stem + "l"; d[(lc, 128)] = stem + "l";
            d[(lc, ValueShape.PpcFp128Bits)] = stem + "l";
        }
        // POWI_F32 "__powisf2", F64 "__powidf2", F80 "__powixf2", F128 "__powitf2", PPCF128 "__powitf2".
        d[(Libcall.Powi, 32)] = "__powisf2"; d[(Libcall.Powi, 64)] = "__powidf2"; d[(Libcall.Powi, 80)] = "__powixf2";
        d[(Libcall.Powi, 128)] = "__powitf2"; d[(Libcall.Powi, ValueShape.PpcFp128Bits)] = "__powitf2";
        return d;
    }

    private static string FpCode(int bits) => bits switch
    {
        16 => "hf", ValueShape.BFloatBits => "bf", 32 => "sf", 64 => "df", 80 => "xf", 128 => "tf", ValueShape.PpcFp128Bits => "tf", _ => "",
    };

    private static string IntCode(int bits) => bits switch { 32 => "si", 64 => "di", 128 => "ti", _ => "" };

    /// <summary>The default name of an integer libcall for a width, or null when RuntimeLibcalls.def has none.</summary>
    public static string? Integer(Libcall lc, int bits) => Int.TryGetValue((lc, bits), out var n) ? n : null;

    /// <summary>The default name of a float libcall for a type code, or null.</summary>
    public static string? Float(Libcall lc, int fpBits) => Fp.TryGetValue((lc, fpBits), out var n) ? n : null;

    /// <summary>A conversion's default name: FPEXT_F32_F64 "__extendsfdf2", FPROUND_F64_F32 "__truncdfsf2",
    /// FPTOSINT_F64_I32 "__fixdfsi", FPTOUINT "__fixuns*", SINTTOFP_I64_F32 "__floatdisf", UINTTOFP "__floatun*".
    /// ppc_fp128 conversions use the IBM helpers (<c>__gcc_dtoq</c>, <c>__gcc_qtod</c>, <c>__gcc_qtou</c>, and
    /// <c>__fixtfdi</c>-style names for 64-bit integers: RuntimeLibcalls.def "PPCF128" rows).</summary>
    public static string? Conversion(Libcall lc, int from, int to)
    {
        switch (lc)
        {
            case Libcall.FpExt:
                if (from == 16 && to == 32) return null; // target-dependent: __gnu_h2f_ieee or __extendhfsf2 (ArithmeticRules.HalfExtend)
                if (to == ValueShape.PpcFp128Bits) return from == 64 ? "__gcc_dtoq" : from == 32 ? "__gcc_stoq" : null;
                if (from == ValueShape.BFloatBits) return null;
                return $"__extend{FpCode(from)}{FpCode(to)}2";
            case Libcall.FpRound:
                if (from == 32 && to == 16) return null; // __gnu_f2h_ieee or __truncsfhf2 (ArithmeticRules.HalfTruncate)
                if (from == ValueShape.PpcFp128Bits) return to == 64 ? "__gcc_qtod" : to == 32 ? "__gcc_qtos" : null;
                return $"__trunc{FpCode(from)}{FpCode(to)}2";
            case Libcall.FpToSInt:
                if (from == ValueShape.PpcFp128Bits && to == 32) return "__gcc_qtoi";
                return $"__fix{FpCode(from)}{IntCode(to)}";
            case Libcall.FpToUInt:
                if (from == ValueShape.PpcFp128Bits && to == 32) return "__gcc_qtou";
                return $"__fixuns{FpCode(from)}{IntCode(to)}";
            case Libcall.SIntToFp:
                if (to == ValueShape.PpcFp128Bits && from == 32) return "__gcc_itoq";
                return $"__float{IntCode(from)}{FpCode(to)}";
            case Libcall.UIntToFp:
                if (to == ValueShape.PpcFp128Bits && from == 32) return "__gcc_utoq";
                return $"__floatun{IntCode(from)}{FpCode(to)}";
            default:
                return null;
        }
    }
}
