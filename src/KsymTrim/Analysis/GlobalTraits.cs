using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

// Per global value of a module, what the bitcode analysis asks of it as a callee, decided once per global rather
// than per call. There are three kinds because the questions are decided at different times and scopes: the
// inlining traits depend on every member of the module (BitcodeModuleSet), the folding traits on the name alone
// (ModuleWalk and ConstantFolding, per module walk), and the lowering traits need attribute lookups that most
// globals never reach (BitcodeLowering computes them on first use).

/// <summary>What the cross-member fixed point and the taint ask of a callee (<see cref="BitcodeModuleSet"/>): can
/// the LTO backend inline it, or is its result opaque.</summary>
[Flags]
internal enum InliningTraits : byte
{
    /// <summary>None of the below.</summary>
    None = 0,
    /// <summary>An <c>llvm.</c> name: an intrinsic, never inlined; its arguments carry taint to its result.</summary>
    Intrinsic = 1,
    /// <summary>Some member of the module defines a function of this name.</summary>
    Defined = 2,
    /// <summary>A declaration for the linker in this member.</summary>
    Declaration = 4,
}

/// <summary>What constant folding and the module walk ask of a callee (<see cref="ConstantFolding"/>).</summary>
[Flags]
internal enum FoldingTraits : byte
{
    /// <summary>None of the below.</summary>
    None = 0,
    /// <summary>An <c>llvm.</c> name.</summary>
    Intrinsic = 1,
    /// <summary><c>llvm.is.constant.*</c>.</summary>
    IsConstant = 2,
    /// <summary><c>llvm.objectsize.*</c>.</summary>
    ObjectSize = 4,
    /// <summary>A pure intrinsic (<see cref="PureIntrinsics"/>): a call whose result nothing uses is removed.</summary>
    Pure = 8,
}

/// <summary>What lowering asks of a callee (<see cref="BitcodeLowering"/>), computed on first use.</summary>
[Flags]
internal enum LoweringTraits : byte
{
    /// <summary>Not computed yet.</summary>
    None = 0,
    /// <summary>An intrinsic without a rule (<see cref="Lowering.IntrinsicRules"/>): a call to it lowers to nothing.</summary>
    NoLowering = 1,
    /// <summary>A declaration with <c>dontcall-error</c>: code generation removes every call to it.</summary>
    DontCallError = 2,
    /// <summary>A declared library function the backend may expand inline (memcmp of a small constant size and the like).</summary>
    Expandable = 4,
    /// <summary>Set on every computed entry, so that a global with none of the traits is computed once.</summary>
    Computed = 8,
}

/// <summary>The per-module tables of <see cref="FoldingTraits"/>.</summary>
internal static class FoldingTraitTable
{
    /// <summary>The folding traits of every global value of <paramref name="globals"/>.</summary>
    public static FoldingTraits[] Of(IReadOnlyList<GlobalValue> globals)
    {
        var traits = new FoldingTraits[globals.Count];
        for (int i = 0; i < traits.Length; i++)
        {
            string name = globals[i].Name;
            if (!name.StartsWith("llvm.", StringComparison.Ordinal)) continue;
            var t = FoldingTraits.Intrinsic;
            if (name.StartsWith("llvm.is.constant.", StringComparison.Ordinal)) t |= FoldingTraits.IsConstant;
            if (name.StartsWith("llvm.objectsize.", StringComparison.Ordinal)) t |= FoldingTraits.ObjectSize;
            if (PureIntrinsics.IsPure(name)) t |= FoldingTraits.Pure;
            traits[i] = t;
        }
        return traits;
    }
}
