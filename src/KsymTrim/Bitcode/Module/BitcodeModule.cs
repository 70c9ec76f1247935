namespace KsymTrim.Bitcode.Module;

/// <summary>
/// The module-level facts of one bitcode module: identification, target, module asm, and its global values
/// (names resolved through the file's STRTAB). Immutable; thread-safe.
/// </summary>
public sealed class BitcodeModule
{
    internal BitcodeModule(string? producer, int version, string? triple, string? dataLayout, string? sourceFileName,
        string moduleAsm, GlobalValue[] globals, long offset, TypeTable types, IReadOnlyList<IrFunction>? functions,
        IReadOnlyList<ModuleFlag> moduleFlags, bool moduleFlagsComplete)
    {
        Types = types;
        Functions = functions;
        ModuleFlags = moduleFlags;
        ModuleFlagsComplete = moduleFlagsComplete;
        Producer = producer;
        Version = version;
        Triple = triple;
        DataLayout = dataLayout;
        SourceFileName = sourceFileName;
        ModuleAsm = moduleAsm;
        _globals = globals;
        GlobalValues = globals;
        Offset = offset;
        // asked for every symbol name: parse the layout once. An ELF triple mangles as ELF whatever the module's
        // layout says: code generation takes the layout from the target (llc replaces the module's, clang rejects a
        // different one), so LLVM's own tests with an "m:o" or "m:x" layout and an ELF triple name no "_" prefix
        // (llc-22 X86/sink-local-value.ll, branchfolding-landingpads.ll, AArch64/inline-asm-globaladdress.ll).
        ManglingMode = IsElfTriple(triple) ? 'e' : ModeOf(dataLayout);
        GlobalPrefix = ManglingMode is 'o' or 'x' ? "_" : null; // Mach-O and 32-bit Windows; ELF, MIPS, COFF, XCOFF: none
        foreach (var g in globals)
        {
            _mayDecorate |= g.Kind == GlobalValueKind.Function && Mangler.MayDecorate(g.CallingConv);
            HasThreadLocalGlobals |= g.ThreadLocal != ThreadLocalMode.None;
        }
    }

    // Some function's calling convention may give it a decorated name (most modules have none: their names need no
    // table of decorated names, whose first use would read every global value).
    private readonly bool _mayDecorate;

    /// <summary>Some global value is <c>thread_local</c> (in most modules none is).</summary>
    internal bool HasThreadLocalGlobals { get; }

    /// <summary>The IDENTIFICATION block's producer string (e.g. <c>LLVM14.0.6</c>), if present.</summary>
    public string? Producer { get; }

    /// <summary>The LLVM major version in <see cref="Producer"/> (<c>LLVM19.1.7</c>: 19), or 0 when the producer is
    /// absent or not LLVM's.</summary>
    internal int ProducerMajor
    {
        get
        {
            var producer = Producer;
            if (producer is null || !producer.StartsWith("LLVM", StringComparison.Ordinal)) return 0;
            int i = 4, v = 0;
            while (i < producer.Length && char.IsAsciiDigit(producer[i])) v = v * 10 + (producer[i++] - '0');
            return v;
        }
    }

    /// <summary>MODULE_CODE_VERSION (2: relative value ids, names in STRTAB).</summary>
    public int Version { get; }

    /// <summary>The target triple.</summary>
    public string? Triple { get; }

    /// <summary>The data layout string.</summary>
    public string? DataLayout { get; }

    /// <summary>The source file name.</summary>
    public string? SourceFileName { get; }

    /// <summary>Module-level inline asm, lines joined with <c>\n</c> (empty when there is none).</summary>
    public string ModuleAsm { get; }

    /// <summary>Global variables, functions, aliases and ifuncs, in record (value id) order.</summary>
    public IReadOnlyList<GlobalValue> GlobalValues { get; }

    // the same values as an array: the analysis indexes them per global and per call, and through the interface each
    // index is a dispatch (0.3% of `used` over lto-x86_64, callgrind)
    private readonly GlobalValue[] _globals;

    /// <summary><see cref="GlobalValues"/>, for the analysis's indexing.</summary>
    internal ReadOnlySpan<GlobalValue> Globals => _globals;

    /// <summary>The byte offset of the MODULE block in the file.</summary>
    public long Offset { get; }

    /// <summary>The type table.</summary>
    internal TypeTable Types { get; }

    /// <summary>The defined functions with their bodies' facts, in definition order; null when the file was read
    /// without function bodies.</summary>
    internal IReadOnlyList<IrFunction>? Functions { get; }

    /// <summary>For each global value: true when module-level data (an initialiser, an aliasee, a module-level
    /// constant) names it, so that the object file references it whatever the functions do; null when the file
    /// was read without function bodies.</summary>
    internal IReadOnlyList<bool>? GlobalsUsedByData { get; init; }

    /// <summary>True when the module was read with its constant details (<see cref="BitcodeReadOptions.ConstantDetails"/>):
    /// <see cref="InitializerBytes"/> and the function bodies' <see cref="IrBody.GlobalOffset"/> are then known.</summary>
    internal bool HasConstantDetails { get; init; }

    // the module's attribute groups (PARAMATTR_GROUP_BLOCK), for the questions asked of all of them at once
    internal AttributeGroup[] AttributeGroups { get; init; } = [];

    /// <summary>True when an attribute group of the module gives a parameter <c>byval</c>: asked once per module, on
    /// the targets that copy such arguments with memcpy (the lowering would otherwise look at every call).</summary>
    internal bool HasByValParameters
    {
        get
        {
            foreach (var g in AttributeGroups)
                if (g.IsByValParameter) return true;
            return false;
        }
    }

    // constant details: the byte-array initialisers, by global value index (null when there are none)
    internal IReadOnlyDictionary<int, ReadOnlyMemory<byte>>? Initializers { get; init; }

    /// <summary>
    /// The initialiser of variable <paramref name="global"/> (an index into <see cref="GlobalValues"/>) when it is an
    /// array or vector of i8 (a STRING, CSTRING or DATA constant): its bytes as they lie in memory (a CSTRING with its
    /// terminating NUL). Null for any other initialiser or global value, for an array longer than
    /// <see cref="BitcodeReadOptions.MaxInitializerBytes"/>, and when the module was read without constant details
    /// (<see cref="HasConstantDetails"/>). Kept per module rather than per global value: most modules have none.
    /// </summary>
    internal ReadOnlyMemory<byte>? InitializerBytes(int global) =>
        Initializers is not null && Initializers.TryGetValue(global, out var bytes) ? bytes : (ReadOnlyMemory<byte>?)null; // not default(ReadOnlyMemory): null converts to an empty one

    /// <summary>The entries of <c>!llvm.module.flags</c>.</summary>
    public IReadOnlyList<ModuleFlag> ModuleFlags { get; }

    /// <summary>False when the module's metadata was not read (a symbol-table read) or held records this reader
    /// cannot number, so that <see cref="ModuleFlags"/> may be missing entries.</summary>
    public bool ModuleFlagsComplete { get; }

    /// <summary>The module flag named <paramref name="name"/>, or null.</summary>
    public ModuleFlag? Flag(string name) => ModuleFlags.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// The symbol name the object file will carry for IR name <paramref name="name"/>, as LLVM's Mangler makes it:
    /// a leading <c>\x01</c> means "use verbatim"; otherwise the data layout's global prefix is prepended
    /// (<c>m:o</c> Mach-O and <c>m:x</c> 32-bit Windows: <c>_</c>; ELF and others: none).
    /// </summary>
    /// <remarks>A function of the x86 <c>vectorcall</c> calling convention (any target), or of <c>stdcall</c> or
    /// <c>fastcall</c> with 32-bit Windows mangling, and an alias of one, carries the Microsoft decoration
    /// (<c>f@@8</c>; see <see cref="Mangler"/>). A name starting with <c>?</c> gets no prefix under Windows mangling
    /// (DataLayout::doNotMangleLeadingQuestionMark).</remarks>
    public string MangledName(string name)
    {
        if (_mayDecorate && (_decorated ?? InitDecorated()).TryGetValue(name, out var special)) return special;
        if (name.Length > 0 && name[0] == '\x01') return name[1..];
        if (name.Length > 0 && name[0] == '?' && ManglingMode is 'w' or 'x') return name;
        return GlobalPrefix is { } p ? p + name : name;
    }

    /// <summary>
    /// The name llvm-nm prints for global value <paramref name="g"/> (ModuleSymbolTable::printSymbolName):
    /// <c>__imp_</c> first for dllimport, then <see cref="MangledName"/>, or for an unnamed value
    /// <c>__unnamed_</c><paramref name="unnamedId"/> (the Mangler numbers unnamed values from 1 as they are asked
    /// for; the caller keeps the count).
    /// </summary>
    internal string SymbolName(GlobalValue g, int unnamedId)
    {
        ArgumentNullException.ThrowIfNull(g);
        string name = g.Name.Length == 0 ? MangledName("__unnamed_" + unnamedId) : MangledName(g.Name);
        return g.IsDllImport ? "__imp_" + name : name;
    }

    /// <summary>
    /// The symbol name of global value <paramref name="index"/> in the object file, for the references: as
    /// <see cref="MangledName"/>, and for an unnamed value <c>__unnamed_N</c>, numbered within this module as code
    /// generation numbers them (the AsmPrinter's Mangler, as it first names each value): functions, then variables,
    /// aliases and ifuncs, each in module order, private values counted too (they become <c>.L__unnamed_N</c>), as
    /// llc-19 names them in Bitcode/LlvmInputs/mangling-x86_64.bc. llvm-nm numbers otherwise (private values not
    /// counted, across modules; <see cref="SymbolName"/>). No <c>__imp_</c>: ELF objects reference the plain name.
    /// </summary>
    internal string ObjectName(int index)
    {
        var g = _globals[index];
        if (g.Name.Length > 0) return MangledName(g.Name);
        var ids = _unnamedIds ?? InitUnnamedIds();
        return MangledName("__unnamed_" + ids[index]);
    }

    private int[]? _unnamedIds;

    private int[] InitUnnamedIds()
    {
        var ids = new int[_globals.Length];
        int next = 0;
        foreach (var kind in (ReadOnlySpan<GlobalValueKind>)[GlobalValueKind.Function, GlobalValueKind.Variable, GlobalValueKind.Alias, GlobalValueKind.IFunc])
            for (int i = 0; i < ids.Length; i++)
            {
                var g = _globals[i];
                if (g.Kind == kind && g.Name.Length == 0) ids[i] = ++next;
            }
        return Interlocked.CompareExchange(ref _unnamedIds, ids, null) ?? ids;
    }

    private Dictionary<string, string>? _decorated;

    private Dictionary<string, string> InitDecorated()
    {
        var names = Mangler.DecoratedNames(this);
        return Interlocked.CompareExchange(ref _decorated, names, null) ?? names;
    }

    /// <summary>The data layout's mangling mode, the character after <c>m:</c> (<c>e</c> ELF, <c>o</c> Mach-O,
    /// <c>w</c> Windows COFF, <c>x</c> Windows x86 COFF, <c>m</c> MIPS, <c>l</c> GOFF, <c>a</c> XCOFF), or 0.</summary>
    internal char ManglingMode { get; }

    /// <summary>The data layout's global symbol prefix (llvm/lib/IR/DataLayout.cpp, the <c>m:</c> component), or null.</summary>
    public string? GlobalPrefix { get; }

    private static char ModeOf(string? dataLayout)
    {
        // the first '-'-separated component "m:<mode>"
        for (int start = 0; dataLayout is not null && start < dataLayout.Length;)
        {
            int end = dataLayout.IndexOf('-', start);
            if (end < 0) end = dataLayout.Length;
            if (end - start == 3 && dataLayout[start] == 'm' && dataLayout[start + 1] == ':') return dataLayout[start + 2];
            start = end + 1;
        }
        return '\0';
    }

    /// <summary>True when <paramref name="triple"/>'s object format is ELF (Triple::getDefaultFormat: not Darwin,
    /// Windows, UEFI, AIX, z/OS, wasm, SPIR-V or DXIL, and no <c>-macho</c>/<c>-coff</c>/<c>-xcoff</c>/<c>-goff</c>
    /// environment suffix); false for an absent triple (the layout decides then).</summary>
    internal static bool IsElfTriple(string? triple)
    {
        if (string.IsNullOrEmpty(triple)) return false;
        string t = triple.ToLowerInvariant();
        if (t.EndsWith("-elf", StringComparison.Ordinal)) return true;
        if (t.EndsWith("-macho", StringComparison.Ordinal) || t.EndsWith("-coff", StringComparison.Ordinal) ||
            t.EndsWith("-xcoff", StringComparison.Ordinal) || t.EndsWith("-goff", StringComparison.Ordinal)) return false;
        if (t.StartsWith("wasm", StringComparison.Ordinal) || t.StartsWith("spir", StringComparison.Ordinal) ||
            t.StartsWith("dxil", StringComparison.Ordinal)) return false;
        // the common case first: a Linux OS (x86_64-unknown-linux-gnu, aarch64-linux-android) is ELF on every other
        // architecture (Triple::getDefaultFormat), and names none of the operating systems below
        if (t.Contains("-linux", StringComparison.Ordinal)) return true;
        foreach (string os in (ReadOnlySpan<string>)["darwin", "macos", "ios", "tvos", "watchos", "xros", "bridgeos", "driverkit",
                     "windows", "win32", "mingw", "cygwin", "uefi", "aix", "zos"])
            if (t.Contains(os, StringComparison.Ordinal)) return false;
        return true;
    }
}
