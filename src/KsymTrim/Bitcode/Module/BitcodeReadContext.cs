using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// The working memory one bitcode parse reuses from one block, function and module to the next: the value and
/// constant tables of the module being read, the operands of a record, the type table's growing pools, the lists a
/// function body is decoded into, the memo of its constant operands, and the intern tables of call sites and inline
/// asm values. Reusing it means a parse allocates none of these anew once a context has grown to the input's size.
/// </summary>
/// <remarks>
/// <para>Ownership: a context has one owner at a time, and is passed explicitly to whatever reads into it.
/// <see cref="BitcodeFile.Parse(ReadOnlyMemory{byte}, BitcodeReadOptions)"/> takes one with <see cref="Rent"/> and
/// gives it back with <see cref="Return"/> when the parse ends, whether it succeeded or failed; the readers it calls
/// (<see cref="ModuleReader"/>, <see cref="TypeTable"/>, <see cref="AttributeReader"/>, <see cref="ConstantsReader"/>,
/// <see cref="FunctionReader"/>) only use it while they run. It is not thread-safe: one parse, one context, so the
/// same file may be parsed on several threads at once.</para>
/// <para>Nothing a parse returns points into a context: what outlives a block or a function (a type table, a body,
/// a call's arguments) is copied out exactly sized. The intern tables hand out their values, which are immutable and
/// compared by contents, so sharing them is invisible; they are emptied only when full, so a value may be shared by
/// the modules (and parses) one context serves.</para>
/// <para>Each part has one user at a time. <see cref="Values"/> and <see cref="Constants"/> belong to the module
/// whose MODULE_BLOCK is being read (a function extends them while it is read, and truncates them back).
/// <see cref="Record"/> holds the record being read by the type, attribute or constants reader, which never nest.
/// The function lists hold the body being read. The one part a reader keeps past its block is a module's global
/// records, needed until the STRTAB after it (<see cref="ModuleReader.Finish"/>), and several modules may wait for
/// the same STRTAB: a reader takes <see cref="FreeGlobals"/> (null while taken: the next one makes its own) and
/// <see cref="ModuleReader.Finish"/> gives it back.</para>
/// </remarks>
internal sealed class BitcodeReadContext
{
    // The module being read: its value table (globals, then constants, then a function's values) and constants.
    internal readonly List<ValueSlot> Values = [];
    internal readonly ConstantTable Constants = new();

    /// <summary>Global records for the next module reader; null while a reader that has not finished holds them.</summary>
    internal List<ModuleReader.RawGlobal>? FreeGlobals = [];

    private Stack<int>? _dataWork;
    /// <summary>The work list of <see cref="ModuleReader"/>'s walk of the values module-level data names.</summary>
    internal Stack<int> DataWork => _dataWork ??= new Stack<int>();

    /// <summary>The record being read, for the reader of the block being read (its array grows with the largest).</summary>
    internal readonly RecordBuffer Record = new();

    /// <summary>The key of an attribute group's body, as <see cref="AttributeReader"/>'s cache looks it up (made by
    /// that cache when first needed).</summary>
    internal ulong[]? AttributeKey;

    // TypeTable: the contained ids and names while a table is read (copied out exactly sized at its end)
    internal int[] TypeIds = [];
    internal TypeTable.NameSlot[] TypeNames = [];

    // FunctionReader: the body being read (instructions, operands as read, call sites, operations, one call's
    // arguments), the globals a constant names and their distinct set, and the byte offsets of operands into globals
    private List<IrInstruction>? _instructions;
    private List<int>? _writes;
    private List<FunctionReader.RawOperand>? _rawOperands;
    private List<CallSite>? _calls;
    private List<Operand>? _arguments;
    private List<int>? _constantGlobals;
    private HashSet<int>? _distinctGlobals;
    private List<(int Operand, long Offset)>? _offsets;
    private FunctionReader.ConstantMemo? _constantMemo;
    internal List<IrInstruction> Instructions => _instructions ??= new List<IrInstruction>(1024);
    internal List<int> Writes => _writes ??= new List<int>(256);
    internal List<FunctionReader.RawOperand> RawOperands => _rawOperands ??= new List<FunctionReader.RawOperand>(4096);
    internal List<CallSite> Calls => _calls ??= new List<CallSite>(256);
    internal List<Operand> Arguments => _arguments ??= new List<Operand>(16);
    internal List<int> ConstantGlobals => _constantGlobals ??= [];
    internal HashSet<int> DistinctGlobals => _distinctGlobals ??= [];
    internal List<(int Operand, long Offset)> Offsets => _offsets ??= [];
    internal FunctionReader.ConstantMemo ConstantMemo => _constantMemo ??= new FunctionReader.ConstantMemo();

    // The intern tables: call sites without bundles, and inline asm values
    private FunctionReader.CallCache? _callSites;
    private ConstantsReader.AsmCache? _inlineAsm;
    internal FunctionReader.CallCache CallSites => _callSites ??= new FunctionReader.CallCache();
    internal ConstantsReader.AsmCache InlineAsmValues => _inlineAsm ??= new ConstantsReader.AsmCache();

    // Given back and not yet rented again (Caching.FreeList: at most 64 kept).
    private static readonly Caching.FreeList<BitcodeReadContext> s_free = new(64);

    /// <summary>A context for one parse: reused if one was given back, new otherwise.</summary>
    public static BitcodeReadContext Rent() => s_free.Rent();

    /// <summary>Gives <paramref name="context"/> back; nothing may use it afterwards.</summary>
    public static void Return(BitcodeReadContext context) => s_free.Return(context);
}
