using System.Collections.Frozen;

namespace KsymTrim.Analysis.Lowering;

/// <summary>
/// PowerPC's IBM MASS vector library entries (Target/PowerPC/PPCLowerMASSVEntries.cpp, an IR pass of every PowerPC
/// code generator from LLVM 11): a call to a declared generic entry such as <c>__sind2</c> is redirected to the
/// subtarget's entry, the name with the suffix of the calling function's CPU (getCPUSuffix: <c>_P9</c> with
/// Power9 vector, else <c>_P8</c> with Power8 vector; Linux has no other, llc stops with a fatal error below Power8;
/// <c>_P10</c> and <c>_P7</c> are AIX's). The generic declaration is then unused. Up to LLVM 12 the generic names
/// ended in <c>_massv</c> (<c>__sind2_massv</c> -> <c>__sind2_P9</c>). A call whose result is unused is left alone
/// (lowerMASSVCall: <c>CI-&gt;use_empty()</c>); pow with an exponent of 0.25 or 0.75 under fast-math flags becomes
/// <c>llvm.pow</c> instead (handlePowSpecialCases; the suffixed name is predicted anyway).
/// </summary>
internal static class MassvRules
{
    private const string Source = "PPCLowerMASSVEntries.cpp lowerMASSVCall/createMASSVFuncName";

    /// <summary>The generic entries: the vector names of the TLI_DEFINE_MASSV_VECFUNCS section of
    /// llvm/include/llvm/Analysis/VecFuncs.def (the pass's MASSVFuncs), 2 doubles (<c>d2</c>) or 4 floats (<c>f4</c>).</summary>
    public static readonly string[] Entries =
    [
        "__cbrtd2", "__cbrtf4", "__powd2", "__powf4",
        "__expd2", "__expf4", "__exp2d2", "__exp2f4", "__expm1d2", "__expm1f4",
        "__logd2", "__logf4", "__log1pd2", "__log1pf4", "__log10d2", "__log10f4", "__log2d2", "__log2f4",
        "__sind2", "__sinf4", "__cosd2", "__cosf4", "__tand2", "__tanf4",
        "__asind2", "__asinf4", "__acosd2", "__acosf4", "__atand2", "__atanf4", "__atan2d2", "__atan2f4",
        "__sinhd2", "__sinhf4", "__coshd2", "__coshf4", "__tanhd2", "__tanhf4",
        "__asinhd2", "__asinhf4", "__acoshd2", "__acoshf4", "__atanhd2", "__atanhf4",
    ];

    private const string OldSuffix = "_massv";

    private static readonly FrozenSet<string> Names = Entries.Concat(Entries.Select(e => e + OldSuffix)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is a generic MASSV entry (with or without the old <c>_massv</c> suffix).</summary>
    public static bool IsEntry(string name) => name.StartsWith("__", StringComparison.Ordinal) && Names.Contains(name);

    /// <summary>True when a call to <paramref name="name"/> from code for <paramref name="target"/> is redirected (so the
    /// generic declaration is not referenced when every call's result is used).</summary>
    public static bool Redirects(CodegenTarget target, string name) =>
        target.Arch is TargetArch.PowerPC or TargetArch.PowerPC64 && target.InVersion(11, 0) && IsEntry(name);

    /// <summary>The subtarget entries a call to <paramref name="name"/> is redirected to: the one of the function's CPU
    /// (<c>power9-vector</c>, else <c>power8-vector</c>, explicit target-features first), or both when the traits
    /// show neither (an unknown CPU: llc would stop on a known pre-Power8 one).</summary>
    public static void Lower(CodegenTarget target, FunctionTraits traits, string name, List<LoweredCall> into)
    {
        if (!Redirects(target, name)) return;
        string stem = name.EndsWith(OldSuffix, StringComparison.Ordinal) ? name[..^OldSuffix.Length] : name;
        bool p9 = traits.HasFeature("power9-vector");
        bool p8 = p9 || traits.HasFeature("power8-vector") || DefaultsToPower8(target, traits.Cpu);
        if (p9 || !p8) into.Add(new(stem + "_P9", $"call {name} with Power9 vector -> {stem}_P9 ({Source}: getCPUSuffix hasP9Vector)"));
        if (!p9) into.Add(new(stem + "_P8", $"call {name} with Power8 vector -> {stem}_P8 ({Source}: getCPUSuffix hasP8Vector)"));
    }

    /// <summary>PPCSubtarget::initializeSubtargetDependencies: without a CPU (or "generic") little-endian ppc64 is
    /// "ppc64le", a Power8.</summary>
    private static bool DefaultsToPower8(CodegenTarget target, string cpu) =>
        target.Arch == TargetArch.PowerPC64 && !target.IsBigEndian && cpu is "" or "generic";
}
