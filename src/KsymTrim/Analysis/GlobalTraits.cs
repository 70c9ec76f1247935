using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>
/// Per global value of a module, what the bitcode analysis asks of it as a callee, decided once per global rather
/// than per call: one set of named traits, each bit with one meaning. Three tables hold them, because the questions
/// are decided at different times and scopes: the inlining traits (<see cref="Intrinsic"/>, <see cref="Defined"/>,
/// <see cref="Declaration"/>, <see cref="ReturnsOpaque"/>, <see cref="Stored"/>) depend on every member of the module (<see cref="BitcodeModuleSet"/>); the folding
/// traits (<see cref="Intrinsic"/>, <see cref="IsConstant"/>, <see cref="ObjectSize"/>, <see cref="Pure"/>) on the
/// name alone (<see cref="FoldingTraitTable"/>, per module walk); the lowering traits (<see cref="NoLowering"/>,
/// <see cref="DontCallError"/>, <see cref="Expandable"/>, <see cref="Computed"/>) need attribute lookups that most
/// globals never reach (<see cref="BitcodeLowering"/> computes them on first use).
/// </summary>
[Flags]
internal enum GlobalTraits : uint
{
    /// <summary>None of the below (for a lowering table: not computed yet).</summary>
    None = 0,
    /// <summary>An <c>llvm.</c> name: an intrinsic, never inlined; its arguments carry taint to its result.</summary>
    Intrinsic = 1 << 0,
    /// <summary>Some member of the module defines a function of this name.</summary>
    Defined = 1 << 1,
    /// <summary>A declaration for the linker in this member.</summary>
    Declaration = 1 << 2,
    /// <summary><c>llvm.is.constant.*</c>.</summary>
    IsConstant = 1 << 3,
    /// <summary><c>llvm.objectsize.*</c>.</summary>
    ObjectSize = 1 << 4,
    /// <summary>A pure intrinsic (<see cref="PureIntrinsics"/>): a call whose result nothing uses is removed.</summary>
    Pure = 1 << 5,
    /// <summary>An intrinsic without a rule (<see cref="Lowering.IntrinsicRules"/>): a call to it lowers to nothing.</summary>
    NoLowering = 1 << 6,
    /// <summary>A declaration with <c>dontcall-error</c>: code generation removes every call to it.</summary>
    DontCallError = 1 << 7,
    /// <summary>A declared library function the backend may expand inline (memcmp of a small constant size and the like).</summary>
    Expandable = 1 << 8,
    /// <summary>Set on every computed lowering entry, so that a global with none of the lowering traits is computed once.</summary>
    Computed = 1 << 9,
    /// <summary>A declared, non-local library function SelectionDAGBuilder may replace by a DAG node
    /// (<see cref="Lowering.LibraryCallRules"/>: libm functions, mempcpy).</summary>
    LibraryCall = 1 << 10,
    /// <summary><c>llvm.trap</c>, <c>llvm.debugtrap</c> or <c>llvm.ubsantrap</c>: a call with a <c>"trap-func-name"</c>
    /// attribute calls that function.</summary>
    Trap = 1 << 11,
    /// <summary>A PowerPC MASSV entry that code generation redirects to its subtarget's (<see cref="Lowering.MassvRules"/>);
    /// set with <see cref="LibraryCall"/>.</summary>
    Massv = 1 << 12,
    /// <summary>An intrinsic that writes no memory the program can read (<see cref="MemoryNeutralIntrinsics"/>).</summary>
    WritesNoMemory = 1 << 13,
    /// <summary>Every member that defines a function of this name returns only values that cannot become constant,
    /// whatever its arguments (<see cref="BitcodeModuleSet"/>'s return summaries): its result is not a source of taint
    /// even where the backend inlines it.</summary>
    ReturnsOpaque = 1 << 14,
    /// <summary>Some member stores to this global variable (or gives its address to a call that may write it): where the
    /// backend inlines the store and a load of it into one function, the load reads what was stored
    /// (<see cref="BitcodeModuleSet"/>'s stored globals).</summary>
    Stored = 1 << 15,
    /// <summary><c>llvm.memset</c>, <c>llvm.memcpy</c> or <c>llvm.memmove</c> (and their <c>.inline</c> forms):
    /// destination, source or value, length.</summary>
    MemoryIntrinsic = 1 << 16,
    /// <summary>A function with <c>allocsize</c> (the kernel's <c>kmalloc</c> family, <c>__alloc_size</c>): LLVM knows the
    /// size of the object its result points to once the size it is given is known, so <c>llvm.objectsize</c> of that
    /// result, or of it passed to an inlined function, may fold to it.</summary>
    AllocSize = 1 << 17,
    /// <summary>A function whose declaration says it only reads through some parameter (<c>readonly</c>, as LLVM infers
    /// for <c>strcpy</c>'s source): given a local variable there, it may leave it as it was, and the backend forwards
    /// the store before the call past it (<see cref="BitcodeModuleSet.LocalRule"/>, <see cref="BitcodeModuleSet.ReadsOpaqueWrite"/>).</summary>
    ReadsThroughSome = 1 << 18,
}

/// <summary>Intrinsics that write no memory a later load could read: debug and lifetime markers, assumptions, the
/// pure ones (<see cref="PureIntrinsics"/>). A call to one between a store and a load does not stop the store
/// from reaching the load; any other call might.</summary>
internal static class MemoryNeutralIntrinsics
{
    private static readonly string[] Prefixes =
    [
        "llvm.dbg.", "llvm.lifetime.", "llvm.assume", "llvm.experimental.noalias.scope.decl", "llvm.pseudoprobe",
        "llvm.invariant.start.", "llvm.invariant.end.", "llvm.annotation.", "llvm.var.annotation",
    ];

    private static readonly IntrinsicPrefixes Table = new(Prefixes);

    public static bool WritesNoMemory(string name) => PureIntrinsics.IsPure(name) || Table.Matches(name);
}

/// <summary>The per-module tables of the folding traits.</summary>
internal static class FoldingTraitTable
{
    private const string IsConstantPrefix = "llvm.is.constant.", ObjectSizePrefix = "llvm.objectsize.";

    /// <summary>True for <c>llvm.is.constant</c> and <c>llvm.objectsize</c>: the intrinsics only code generation
    /// decides, which make a function worth folding further.</summary>
    public static bool IsTest(string name) =>
        name.StartsWith(IsConstantPrefix, StringComparison.Ordinal) || name.StartsWith(ObjectSizePrefix, StringComparison.Ordinal);

    /// <summary><see cref="GlobalTraits.IsConstant"/> or <see cref="GlobalTraits.ObjectSize"/> for such a name, else none.</summary>
    public static GlobalTraits TestTrait(string name) =>
        name.StartsWith(IsConstantPrefix, StringComparison.Ordinal) ? GlobalTraits.IsConstant
        : name.StartsWith(ObjectSizePrefix, StringComparison.Ordinal) ? GlobalTraits.ObjectSize : GlobalTraits.None;

    /// <summary>The folding traits of every global value of <paramref name="globals"/>; with <paramref name="defined"/>
    /// (true for the index of a global whose name some member defines), such a function is
    /// <see cref="GlobalTraits.AllocSize"/> as well: inlined, it may return what an <c>allocsize</c> function returned (a
    /// wrapper of <c>kmalloc</c>).</summary>
    public static GlobalTraits[] Of(ReadOnlySpan<GlobalValue> globals, Func<int, bool>? defined = null)
    {
        var traits = new GlobalTraits[globals.Length];
        for (int i = 0; i < traits.Length; i++)
        {
            string name = globals[i].Name;
            if (!name.StartsWith("llvm.", StringComparison.Ordinal))
            {
                if (globals[i].Attributes.HasAllocSize ||
                    (defined is not null && globals[i].Kind == GlobalValueKind.Function && defined(i))) traits[i] = GlobalTraits.AllocSize;
                continue;
            }
            var t = GlobalTraits.Intrinsic;
            if (name.StartsWith(IsConstantPrefix, StringComparison.Ordinal)) t |= GlobalTraits.IsConstant;
            if (name.StartsWith(ObjectSizePrefix, StringComparison.Ordinal)) t |= GlobalTraits.ObjectSize;
            if (PureIntrinsics.IsPure(name)) t |= GlobalTraits.Pure;
            traits[i] = t;
        }
        return traits;
    }

    /// <summary>Only functions that call <c>llvm.is.constant</c> or <c>llvm.objectsize</c> (as <paramref name="folding"/>,
    /// by global index, says) can fold branches beyond what the pre-link optimiser already folded: the functions the
    /// module walk folds, and whose facts the set makes (<c>BitcodeModuleSet.NeededCallers</c>).</summary>
    public static bool NeedsFolding(IrFunction f, IrBody body, GlobalTraits[] folding)
    {
        // The call sites first (see BitcodeModuleSet.CallsDefinedFunction): only an indirect one needs the scan.
        bool indirect = false;
        foreach (var site in f.Calls)
        {
            if (site.Kind != CallKind.Call) continue;
            if (site.Callee == CalleeKind.Global)
            {
                if ((uint)site.CalleeGlobal < (uint)folding.Length &&
                    (folding[site.CalleeGlobal] & (GlobalTraits.IsConstant | GlobalTraits.ObjectSize)) != 0) return true;
            }
            else if (site.Callee == CalleeKind.Indirect) indirect = true;
        }
        if (!indirect) return false;
        foreach (int i in body.Writes)
        {
            ref readonly var inst = ref body.Instructions[i];
            if (inst.Op != IrOp.Call || inst.Count == 0) continue;
            var callee = body.Operands[inst.First];
            if (callee.Kind == IrValueKind.Global && (uint)callee.Index < (uint)folding.Length &&
                (folding[callee.Index] & (GlobalTraits.IsConstant | GlobalTraits.ObjectSize)) != 0)
                return true;
        }
        return false;
    }
}
