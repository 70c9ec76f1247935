using System.Collections.Frozen;

namespace KsymTrim.Analysis.Lowering;

/// <summary>One library function SelectionDAGBuilder lowers to a DAG node instead of a call: the C name (without
/// the <c>f</c>/<c>l</c> variants, which the table adds), the intrinsic whose lowering it then shares (its
/// <see cref="IntrinsicRules"/> row decides the libcall, which may be another name), the source.</summary>
internal readonly record struct LibraryCallRow(string Function, string Intrinsic, string Source);

/// <summary>A fortified library function (<c>__memcpy_chk</c>) CodeGenPrepare lowers to its unchecked form when the
/// object size argument is -1 ("unknown"): the argument positions of the object size and of the flag (-1 none), and
/// the replacement (an intrinsic, lowered by its <see cref="IntrinsicRules"/> row, or the plain function).</summary>
internal readonly record struct FortifiedRow(string Function, int ObjectSizeArg, int FlagArg, string Replacement);

/// <summary>
/// Calls to declared library functions that code generation replaces (SelectionDAGBuilder::visitCall): when
/// the call site is not <c>nobuiltin</c>, the callee is not local, and TargetLibraryInfo recognises the function
/// with <c>hasOptimizedCodeGen</c> (not when the caller has <c>"no-builtins"</c> or <c>"no-builtin-&lt;name&gt;"</c>,
/// which make the function unavailable), the call becomes the node of the matching intrinsic; that node lowers to
/// an instruction, or to a libcall of the node's type, whose name may differ from the callee's (<c>sinl</c> on
/// fp128 becomes <c>sinf128</c> on PowerPC and x86-64; <c>mempcpy</c> becomes <c>memcpy</c>). The callee stays
/// predicted (a reference only when the call stays, an extra otherwise); this adds what the node lowers to.
/// The math calls lower so only when the call only reads memory (-fno-math-errno: <c>memory(none)</c> on the call or
/// the declaration); the analyzer checks that before asking (<see cref="NeedsOnlyReadsMemory"/>).
/// </summary>
internal static class LibraryCallRules
{
    private const string Visit = "SelectionDAGBuilder::visitCall with TargetLibraryInfo::hasOptimizedCodeGen";

    public static readonly LibraryCallRow[] Rows =
    [
        new("mempcpy", "mempcpy", "SelectionDAGBuilder::visitMemPCpyCall: mempcpy(d, s, n) is lowered as memcpy plus an add (SelectionDAG::getMemcpy)"),
        new("sqrt", "llvm.sqrt", Visit + ": visitUnaryFloatCall(ISD::FSQRT)"),
        new("sin", "llvm.sin", Visit + ": visitUnaryFloatCall(ISD::FSIN)"),
        new("cos", "llvm.cos", Visit + ": visitUnaryFloatCall(ISD::FCOS)"),
        new("floor", "llvm.floor", Visit + ": visitUnaryFloatCall(ISD::FFLOOR)"),
        new("ceil", "llvm.ceil", Visit + ": visitUnaryFloatCall(ISD::FCEIL)"),
        new("trunc", "llvm.trunc", Visit + ": visitUnaryFloatCall(ISD::FTRUNC)"),
        new("rint", "llvm.rint", Visit + ": visitUnaryFloatCall(ISD::FRINT)"),
        new("nearbyint", "llvm.nearbyint", Visit + ": visitUnaryFloatCall(ISD::FNEARBYINT)"),
        new("round", "llvm.round", Visit + ": visitUnaryFloatCall(ISD::FROUND)"),
        new("roundeven", "llvm.roundeven", Visit + ": visitUnaryFloatCall(ISD::FROUNDEVEN)"),
        new("log2", "llvm.log2", Visit + ": visitUnaryFloatCall(ISD::FLOG2)"),
        new("exp2", "llvm.exp2", Visit + ": visitUnaryFloatCall(ISD::FEXP2)"),
        new("exp10", "llvm.exp10", Visit + ": visitUnaryFloatCall(ISD::FEXP10, LLVM 18)"),
        new("tan", "llvm.tan", Visit + ": visitUnaryFloatCall(ISD::FTAN, LLVM 19)"),
        new("asin", "llvm.asin", Visit + ": visitUnaryFloatCall(ISD::FASIN, LLVM 20)"),
        new("acos", "llvm.acos", Visit + ": visitUnaryFloatCall(ISD::FACOS, LLVM 20)"),
        new("atan", "llvm.atan", Visit + ": visitUnaryFloatCall(ISD::FATAN, LLVM 20)"),
        new("sinh", "llvm.sinh", Visit + ": visitUnaryFloatCall(ISD::FSINH, LLVM 20)"),
        new("cosh", "llvm.cosh", Visit + ": visitUnaryFloatCall(ISD::FCOSH, LLVM 20)"),
        new("tanh", "llvm.tanh", Visit + ": visitUnaryFloatCall(ISD::FTANH, LLVM 20)"),
        new("atan2", "llvm.atan2", Visit + ": visitBinaryFloatCall(ISD::FATAN2, LLVM 21)"),
        new("fmin", "llvm.minnum", Visit + ": visitBinaryFloatCall(ISD::FMINNUM)"),
        new("fmax", "llvm.maxnum", Visit + ": visitBinaryFloatCall(ISD::FMAXNUM)"),
        new("fminimum_num", "llvm.minimumnum", Visit + ": visitBinaryFloatCall(ISD::FMINIMUMNUM, LLVM 20)"),
        new("fmaximum_num", "llvm.maximumnum", Visit + ": visitBinaryFloatCall(ISD::FMAXIMUMNUM, LLVM 20)"),
        new("ldexp", "llvm.ldexp", Visit + ": visitCall LibFunc_ldexp -> ISD::FLDEXP (LLVM 17)"),
        new("fabs", "llvm.fabs", Visit + ": visitUnaryFloatCall(ISD::FABS)"),
        new("copysign", "llvm.copysign", Visit + ": visitBinaryFloatCall(ISD::FCOPYSIGN)"),
    ];

    /// <summary>CodeGenPrepare::optimizeCallInst lowers "default uses of _chk calls" with FortifiedLibCallSimplifier
    /// (OnlyLowerUnknownSize): when the object size is the constant -1 (and a flag argument is 0), the call becomes
    /// the unchecked function (Transforms/Utils/SimplifyLibCalls.cpp optimizeMemCpyChk... isFortifiedCallFoldable),
    /// memcpy/memmove/memset as their intrinsics (llc-22 X86/memset-nonzero.ll: __memset_chk of 256 bytes -> memset).</summary>
    public static readonly FortifiedRow[] Fortified =
    [
        new("__memcpy_chk", 3, -1, "llvm.memcpy"),
        new("__memmove_chk", 3, -1, "llvm.memmove"),
        new("__memset_chk", 3, -1, "llvm.memset"),
        new("__mempcpy_chk", 3, -1, "mempcpy"),
        new("__strcpy_chk", 2, -1, "strcpy"),
        new("__stpcpy_chk", 2, -1, "stpcpy"),
        new("__strncpy_chk", 3, -1, "strncpy"),
        new("__stpncpy_chk", 3, -1, "stpncpy"),
        new("__strcat_chk", 2, -1, "strcat"),
        new("__strncat_chk", 3, -1, "strncat"),
        new("__strlcpy_chk", 3, -1, "strlcpy"),
        new("__strlcat_chk", 3, -1, "strlcat"),
        new("__memccpy_chk", 4, -1, "memccpy"),
        new("__snprintf_chk", 3, 2, "snprintf"),
        new("__sprintf_chk", 2, 1, "sprintf"),
        new("__vsnprintf_chk", 3, 2, "vsnprintf"),
        new("__vsprintf_chk", 2, 1, "vsprintf"),
    ];

    private static readonly FrozenDictionary<string, FortifiedRow> FortifiedByName =
        Fortified.ToFrozenDictionary(r => r.Function, StringComparer.Ordinal);

    /// <summary>The fortified row for <paramref name="name"/>, or null.</summary>
    public static FortifiedRow? FindFortified(string name) =>
        // every fortified name ends in "_chk": the cheap test first (asked for every declaration and every library call)
        name.EndsWith("_chk", StringComparison.Ordinal) && FortifiedByName.TryGetValue(name, out var r) ? r : null;

    /// <summary>True when the call certainly becomes the unchecked function: the object size is the constant -1 and
    /// the flag, if any, the constant 0.</summary>
    public static bool FortifiedFolds(FortifiedRow row, IReadOnlyList<long?> constants) =>
        row.ObjectSizeArg < constants.Count && constants[row.ObjectSizeArg] == -1 &&
        (row.FlagArg < 0 || row.FlagArg < constants.Count && constants[row.FlagArg] == 0);

    // every name with its row: the double name, and for the math functions the float ("f") and long double ("l") ones
    private static readonly FrozenDictionary<string, LibraryCallRow> ByName = Build();

    private static FrozenDictionary<string, LibraryCallRow> Build()
    {
        var d = new Dictionary<string, LibraryCallRow>(StringComparer.Ordinal);
        foreach (var r in Rows)
        {
            d[r.Function] = r;
            if (r.Intrinsic.StartsWith("llvm.", StringComparison.Ordinal)) { d[r.Function + "f"] = r; d[r.Function + "l"] = r; }
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>True when code generation may replace a call to <paramref name="name"/> (a declared library function).</summary>
    public static bool Recognises(string name) => ByName.ContainsKey(name) || FortifiedByName.ContainsKey(name);

    /// <summary>True when the call becomes the node only if it only reads memory (every math function: SelectionDAGBuilder
    /// visitUnaryFloatCall/visitBinaryFloatCall and the copysign/ldexp cases check <c>I.onlyReadsMemory()</c>; not
    /// mempcpy).</summary>
    public static bool NeedsOnlyReadsMemory(string name) =>
        ByName.TryGetValue(name, out var r) && r.Intrinsic.StartsWith("llvm.", StringComparison.Ordinal);

    /// <summary>The row for <paramref name="name"/>, or null.</summary>
    public static LibraryCallRow? Find(string name) => ByName.TryGetValue(name, out var r) ? r : null;

    /// <summary>The intrinsic name the call is lowered as: the row's intrinsic with the floating-point type of the
    /// first floating-point argument or the result (<c>llvm.sin.f128</c>); <c>mempcpy</c> itself.</summary>
    public static string? IntrinsicFor(LibraryCallRow row, IReadOnlyList<ValueShape> arguments, ValueShape result)
    {
        if (!row.Intrinsic.StartsWith("llvm.", StringComparison.Ordinal)) return row.Intrinsic;
        int bits = 0;
        foreach (var a in arguments)
            if (a.Class == ValueClass.Float) { bits = a.Bits; break; }
        if (bits == 0 && result.Class == ValueClass.Float) bits = result.Bits;
        string? suffix = bits switch
        {
            16 => "f16", 32 => "f32", 64 => "f64", 80 => "f80", 128 => "f128",
            ValueShape.PpcFp128Bits => "ppcf128", ValueShape.BFloatBits => "bf16", _ => null,
        };
        return suffix is null ? null : row.Intrinsic + "." + suffix;
    }
}
