namespace KsymTrim.Analysis;

/// <summary>
/// The working memory one analysis worker reuses from one function to the next: the arrays of constant folding
/// (<see cref="ConstantFolding"/>), the users of each instruction (<see cref="IrUsers"/>), the work list and users of the
/// whole-function taint (<see cref="BitcodeModuleSet.FunctionTaint"/>) and the marks and queue of the on-demand taint
/// (<see cref="TaintView"/>), and the arrays of the native lookup scan (<see cref="NativeScan"/>). Reusing it means
/// the analysis allocates nothing per function or object for them.
/// </summary>
/// <remarks>
/// <para>Ownership: a scratch has one owner at a time, and is passed explicitly to whatever works in it. Whoever
/// starts an analysis (<see cref="BitcodeReferenceAnalysis.Linkage"/>, <see cref="BitcodeModuleSet.From"/>, the
/// native lookup scan) takes
/// one with <see cref="Rent"/> and gives it back with <see cref="Return"/> when the analysis ends, and uses nothing
/// that points into it afterwards. It is not thread-safe: one worker, one scratch.</para>
/// <para>Results that point into it are valid only until the next use of the same part: a
/// <see cref="FoldView"/> until the next fold (a <c>ref struct</c>, so it cannot be stored), a
/// <see cref="TaintView"/> made from it until the next such view is made from the same scratch (using an older
/// one throws).</para>
/// </remarks>
internal sealed class AnalysisScratch
{
    // ConstantFolding: lattice state and value per instruction, live blocks, kept instructions, read operand slots,
    // where each block's instructions start, and the work lists
    internal byte[] FoldState = [];
    internal long[] FoldValue = [];
    internal bool[] Executable = [], Live = [], Used = [];
    internal int[] BlockStart = [], BlockWork = [], ValueWork = [], SweepWork = [];
    // the undecided is.constant/objectsize calls of live blocks a fold found (FoldView.UndecidedTests)
    internal int[] Tests = [];
    // per instruction: the probe's lowering of each is.constant (ConstantFolding.Lower), read by the second run
    internal bool[] FoldLowered = [];
    internal readonly EdgeSet Edges = new();

    /// <summary>The users of each instruction of the body last folded, or built by stack protection.</summary>
    internal readonly IrUsers Users = new();

    // BitcodeModuleSet.FunctionTaint: the tainted instructions whose users are still to be looked at, and the users
    // of each instruction (its own: a fold's Users may be in use while a view falls back to the whole function)
    internal int[] TaintWork = [];
    internal readonly IrUsers TaintUsers = new();

    /// <summary>The marks of the on-demand taint (<see cref="TaintView"/>), and those of the helper views it asks about
    /// branches while it searches (every phi with a known incoming value tainted, none, all but one).</summary>
    internal readonly TaintMarks Taint = new(), TaintPessimist = new(), TaintOptimist = new(), TaintAlone = new();

    private NativeLookupScan.Scratch? _nativeScan;
    /// <summary>The arrays of the native lookup scan (<see cref="NativeRuntimeLookups"/>), made when first needed.</summary>
    internal NativeLookupScan.Scratch NativeScan => _nativeScan ??= new NativeLookupScan.Scratch();

    // Given back and not yet rented again (Caching.FreeList: at most 64 kept).
    private static readonly Caching.FreeList<AnalysisScratch> s_free = new(64);

    /// <summary>A scratch for one analysis: reused if one was given back, new otherwise.</summary>
    public static AnalysisScratch Rent() => s_free.Rent();

    /// <summary>Gives <paramref name="scratch"/> back; nothing may use it, or anything pointing into it, afterwards.</summary>
    public static void Return(AnalysisScratch scratch)
    {
        scratch.Taint.Owner = scratch.TaintPessimist.Owner = scratch.TaintOptimist.Owner = scratch.TaintAlone.Owner = null;
        s_free.Return(scratch);
    }

    /// <summary><paramref name="array"/>, grown to at least <paramref name="length"/> entries; contents undefined.</summary>
    public static T[] Sized<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[Math.Max(length, (int)Math.Min(2 * (long)array.Length, Array.MaxLength))];
        return array;
    }

    /// <summary><paramref name="array"/>, grown to at least <paramref name="length"/> entries, the first
    /// <paramref name="length"/> of them cleared.</summary>
    public static T[] Cleared<T>(ref T[] array, int length)
    {
        if (array.Length < length) return array = new T[Math.Max(length, (int)Math.Min(2 * (long)array.Length, Array.MaxLength))];
        Array.Clear(array, 0, length);
        return array;
    }
}

/// <summary>One <see cref="TaintView"/>'s working memory in a scratch: a stamp per instruction (seen by the current
/// query, or known untainted or tainted by the current view) and the query's queue. Stamps only grow; when they run
/// out the marks are cleared and numbering starts again.</summary>
internal sealed class TaintMarks
{
    internal int[] Marks = [], Queue = [];
    internal int Stamp;
    /// <summary>The view the marks belong to; its stamp for instructions known untainted is <see cref="Clean"/>.</summary>
    internal TaintView? Owner;
    internal int Clean;
    /// <summary>The owner's stamp for instructions known tainted (queries that found taint).</summary>
    internal int Dirty;
}
