using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;

namespace KsymTrim.Analysis;

/// <summary>The run-time lookups of one native object: the names and the warnings.</summary>
/// <param name="References">One <see cref="ReferenceSource.RuntimeLookup"/> reference per name, sorted by name.</param>
/// <param name="Warnings">The functions that call a lookup function with no constant name in sight.</param>
public sealed record NativeLookupResult(IReadOnlyList<SymbolReference> References, IReadOnlyList<LookupWarning> Warnings)
{
    /// <summary>No lookups.</summary>
    public static NativeLookupResult None { get; } = new([], []);
}

/// <summary>
/// Finds, in a native ELF object (relocatable <c>.o</c> or <c>.ko</c>, any machine of
/// <see cref="NativeLookupTargets"/>), every constant name passed to a run-time lookup function
/// (<see cref="RuntimeLookups.Entries"/>) and every name listed in <see cref="RuntimeLookups.NoTrimSection"/>.
/// <para>
/// The code is not disassembled: names are found through relocations. The functions that make a lookup are those
/// whose code holds a relocation against an undefined lookup function, closed over their callers in the object:
/// a call (any reference) through a relocation into the function, and, for a function with no name of its own (a
/// <c>dvb_attach</c>-style helper that passes its own argument on), also a direct branch to its entry that the
/// assembler resolved itself. In each such function every relocation that names a NUL-terminated identifier in a
/// data section is taken as a name. That over-approximates (another identifier string used by the same function
/// is kept too) and never misses a constant that the code takes the address of, whatever the register or the path
/// that carries it to the call; the one shape it can miss is a static helper that both names an export itself and
/// passes on a name its caller gives it, called without a relocation (docs/runtime-lookups.md).
/// A function that makes a lookup with no identifier in sight, and none in any function that calls it, gets a
/// <see cref="LookupWarning"/>: its name is computed at run time.
/// </para>
/// Thread-safe (no shared state); an <see cref="ElfFile"/> read from an <see cref="IRangeSource"/> is not.
/// </summary>
public static class NativeRuntimeLookups
{
    private static ReadOnlySpan<byte> NoTrimName => ".no_trim_symbol"u8;

    /// <summary>True when <paramref name="elf"/> may hold a <see cref="RuntimeLookups.NoTrimSection"/> section: a
    /// test of the section name table alone, for callers that look at every module.</summary>
    public static bool MayHaveNoTrimSection(ElfFile elf)
    {
        ArgumentNullException.ThrowIfNull(elf);
        return elf.SectionNameTableContains(NoTrimName);
    }

    /// <summary>The run-time lookups of <paramref name="elf"/>, whose symbol table is <paramref name="symbols"/>.
    /// Reads the object's code, relocations and strings; call it only for objects with an undefined lookup function
    /// or a <see cref="RuntimeLookups.NoTrimSection"/> section (<see cref="MayHaveNoTrimSection"/>), else it is
    /// wasted work that finds nothing.</summary>
    /// <param name="elf">The object.</param>
    /// <param name="symbols">Its symbol table (<see cref="ElfFile.GetSymbolTable"/>).</param>
    /// <param name="member">The archive member, for the warnings; null for a plain file.</param>
    /// <exception cref="KsymFormatException">A relocation, symbol or section the analysis reads is malformed.</exception>
    public static NativeLookupResult Find(ElfFile elf, ElfSymbolTable symbols, string? member)
    {
        ArgumentNullException.ThrowIfNull(elf);
        ArgumentNullException.ThrowIfNull(symbols);
        return new NativeLookupScan(elf, symbols, member).Run();
    }

    // The lengths of the lookup functions' names, one bit each: most undefined names are ruled out by one test,
    // before any comparison (ObjectSymbols asks of every undefined symbol of every module).
    private static readonly ulong s_lengths = LookupNameLengths();

    private static ulong LookupNameLengths()
    {
        ulong mask = 0;
        foreach (var e in RuntimeLookups.Entries) mask |= 1UL << Math.Min(e.Function.Length, 63);
        return mask;
    }

    /// <summary>The lookup function called <paramref name="name"/>, or null; cheap for the names that are none.</summary>
    internal static string? LookupFunction(ReadOnlySpan<byte> name) =>
        (s_lengths & (1UL << Math.Min(name.Length, 63))) != 0 ? RuntimeLookups.Find(name)?.Function : null;

    /// <summary>As <see cref="Find"/>, for a caller that has walked the symbol table already and knows whether it
    /// has an undefined lookup function.</summary>
    internal static NativeLookupResult FindKnown(ElfFile elf, ElfSymbolTable symbols, string? member, bool callsLookup) =>
        new NativeLookupScan(elf, symbols, member, callsLookup).Run();
}


/// <summary>One analysis of one object (<see cref="NativeRuntimeLookups.Find"/>). Plain loops over arrays, the hot
/// ones compiled optimized from their first call, and few generic instantiations over value types: the analysis
/// runs for a few modules of a run, too few for tiered compilation to reach its loops, and each new instantiation
/// is compiled at run time.</summary>
internal sealed class NativeLookupScan
{
    private const string NoName = "no constant string reaches it in this object";
    private readonly ElfFile _elf;
    private readonly ElfSymbolTable _symbols;
    private readonly string? _member;
    private readonly ushort _machine;
    private readonly ElfSectionHeader[] _sections;
    private readonly RelocationRule[] _rules;
    private readonly bool _callsLookup;

    // What the analysis needs of each symbol, per symbol table the relocations use (normally the one table).
    private readonly List<ElfSymbolTable> _tables = [];
    private readonly List<Sym[]> _tableInfo = [];

    // Code: every function, and per executable section a partition of its bytes among them (the bytes outside
    // every function symbol become functions named after the section).
    private readonly List<Function> _functions = [];
    private Partition?[] _partitions = [];

    // Relocations per section they apply to, sorted by offset: executable sections, and .opd/.toc on ppc64.
    private Reloc[]?[] _relocs = [];
    private int _opd = -1, _toc = -1;

    // Calls between functions (callee index, caller index): relocations into a function, and the direct branches to
    // a function's entry in each section decoded so far.
    private int[] _edgeCallee = new int[64], _edgeCaller = new int[64];
    private int _edges;
    private bool[] _decoded = [];

    public NativeLookupScan(ElfFile elf, ElfSymbolTable symbols, string? member, bool? callsLookup = null)
    {
        _elf = elf;
        _symbols = symbols;
        _member = member;
        _machine = elf.Machine;
        _sections = elf.Sections.ToArray();
        _rules = NativeLookupTargets.Rules(_machine);
        _callsLookup = callsLookup ?? HasLookupSymbol();
    }

    private sealed class Function(int index, int section, ulong start, ulong end)
    {
        public readonly int Index = index;
        public readonly int Section = section;
        public readonly ulong Start = start;
        public ulong End = end;
        public ulong LocalEntry;
        public int Symbol = -1;         // its symbol, or -1 for code outside every function symbol
        public bool Thumb;
        public string? NameCache;
        public bool HasRange;           // it owns [RangeStart, RangeEnd) of the partition (an alias owns nothing)
        public ulong RangeStart, RangeEnd;
        public string? Via;             // set when it makes a lookup: the chain ("__symbol_get", "helper -> __symbol_get")
        public bool Direct;             // it calls a lookup function itself
        public bool HasNames, Resolved;
        // no name of its own, and it calls a lookup function itself or a function that is PassThrough: its caller
        // may be what hands the name on, so even the callers the assembler resolved are looked for
        public bool PassThrough;
        public List<Function>? Callees; // the functions making lookups that it calls
    }

    /// <summary>A code section's bytes divided among functions, and its function entries (sorted).</summary>
    private sealed class Partition(ulong[] starts, Function[] owners, ulong[] entries, Function[] entryOwners)
    {
        public readonly ulong[] Starts = starts;
        public readonly Function[] Owners = owners;
        public readonly ulong[] Entries = entries;       // function starts, and ppc64 local entry points
        public readonly Function[] EntryOwners = entryOwners;
        private ulong[]? _entryBits;

        /// <summary>One bit per byte of the section, set at each entry: the branch decoder's first test.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ulong[] EntryBits(ulong size)
        {
            if (_entryBits is not null) return _entryBits;
            var bits = new ulong[(int)(size >> 6) + 1];
            foreach (var e in Entries)
                if (e < size) bits[(int)(e >> 6)] |= 1UL << (int)(e & 63);
            return _entryBits = bits;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Function? EntryAt(ulong offset)
        {
            int lo = 0, hi = Entries.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Entries[mid] == offset) return EntryOwners[mid];
                if (Entries[mid] < offset) lo = mid + 1; else hi = mid - 1;
            }
            return null;
        }
    }

    /// <summary>A symbol as the analysis sees it: a lookup function (<see cref="Lookup"/> set), defined in a section
    /// (<see cref="Section"/> &gt; 0; <see cref="Value"/> without Arm's Thumb bit), or neither.</summary>
    private struct Sym
    {
        public string? Lookup;
        public int Section;
        public ulong Value;
    }

    private struct Reloc
    {
        public ulong Offset;
        public long Addend;
        public uint Type;
        public int Symbol;
        public int Table;
    }

    /// <summary>A function symbol, before relocations (ELFv1 descriptors) can place it.</summary>
    private struct FunctionSymbol
    {
        public int Symbol, Section;
        public ulong Value, Size;
        public byte Other;
    }

    private string NameOf(Function fn)
    {
        if (fn.NameCache is not null) return fn.NameCache;
        if (fn.Symbol >= 0) return fn.NameCache = _symbols.GetName(_symbols[fn.Symbol]);
        string section = _elf.GetSectionName(fn.Section);
        return fn.NameCache = fn.Start == 0 ? section : $"{section}+0x{fn.Start:x}";
    }

    public NativeLookupResult Run()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal); // name -> first evidence
        var warnings = new List<LookupWarning>();
        if (_callsLookup) ScanCode(names, warnings);
        if (NativeRuntimeLookups.MayHaveNoTrimSection(_elf)) ScanNoTrimSections(names);
        if (names.Count == 0 && warnings.Count == 0) return NativeLookupResult.None;
        var sorted = new string[names.Count];
        names.Keys.CopyTo(sorted, 0);
        Array.Sort(sorted, StringComparer.Ordinal);
        var refs = new SymbolReference[sorted.Length];
        for (int i = 0; i < sorted.Length; i++) refs[i] = new SymbolReference(sorted[i], ReferenceSource.RuntimeLookup, names[sorted[i]]);
        return new NativeLookupResult(refs, warnings);
    }

    private bool HasLookupSymbol()
    {
        foreach (var s in _symbols)
            if (s.IsUndefined && NativeRuntimeLookups.LookupFunction(_symbols.GetNameBytes(s)) is not null) return true;
        return false;
    }

    private const byte CodeSection = 1, DataSection = 2;
    private byte[] _kinds = [];

    /// <summary>Per section: <see cref="CodeSection"/> (allocated, executable, with contents) or
    /// <see cref="DataSection"/> (allocated SHT_PROGBITS that is not executable, which can hold a string: .rodata*,
    /// SHF_MERGE|SHF_STRINGS sections, .data*).</summary>
    private static byte[] Kinds(ElfSectionHeader[] sections)
    {
        var kinds = new byte[sections.Length];
        for (int i = 1; i < sections.Length; i++)
        {
            ref readonly var sh = ref sections[i];
            var flags = sh.Flags & (ElfSectionFlags.ExecInstr | ElfSectionFlags.Alloc);
            if (flags == (ElfSectionFlags.ExecInstr | ElfSectionFlags.Alloc) && sh.HasContents) kinds[i] = CodeSection;
            else if (flags == ElfSectionFlags.Alloc && sh.Type == ElfSectionType.ProgBits) kinds[i] = DataSection;
        }
        return kinds;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsCode(int section) => (uint)section < (uint)_kinds.Length && _kinds[section] == CodeSection;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsData(int section) => (uint)section < (uint)_kinds.Length && _kinds[section] == DataSection;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Bias(uint type) => type < (uint)_rules.Length ? _rules[type].Bias : 0;

    // ---- code ---------------------------------------------------------------------------------------------------

    private void ScanCode(Dictionary<string, string> names, List<LookupWarning> warnings)
    {
        if (_machine == ElfMachine.PowerPC64)
        {
            _opd = _elf.FindSection(".opd"u8);
            _toc = _elf.FindSection(".toc"u8);
        }
        _kinds = Kinds(_sections);
        _partitions = new Partition?[_sections.Length];
        _relocs = new Reloc[]?[_sections.Length];
        _decoded = new bool[_sections.Length];
        var functionSymbols = ReadSymbols(_symbols, out int functionCount);
        ReadRelocations();
        BuildFunctions(functionSymbols, functionCount);
        var queue = new Queue<Function>();
        FindCalls(queue);

        // Close over the callers: a function that calls one making a lookup may hand it the name. Callers through
        // relocations are followed for every function reached. Direct branches that the assembler resolved (calls
        // to a static function in the same section) are decoded only to find the callers of a function with no name
        // of its own on a chain of such functions down to a lookup call (PassThrough: a pass-through helper,
        // lk_attach's kind, and the nameless helpers that call it): far branches once per section, near ones around
        // the function's entry. A function with names of its own gets its names from them; its callers, and the
        // nameless functions that call it, reached only that way, would add only other strings of theirs (i915: a
        // whole-section decode for intel_gt_driver_register, which only calls intel_rps_driver_register).
        var (first, callers) = CallersIndex();
        var reached = new List<Function>(queue);
        foreach (var fn in reached)
        {
            FindNames(fn, names);
            fn.PassThrough = !fn.HasNames;
        }
        var found = new List<Function>();
        while (queue.TryDequeue(out var fn))
        {
            if (fn.PassThrough && !_decoded[fn.Section])
            {
                _decoded[fn.Section] = true;
                int before = _edges;
                DecodeFarBranches(fn.Section);
                if (_edges != before) (first, callers) = CallersIndex();
            }
            found.Clear();
            for (int i = first[fn.Index]; i < first[fn.Index + 1]; i++) found.Add(_functions[callers[i]]);
            if (fn.PassThrough) FindNearCallers(fn, found);
            foreach (var caller in found)
            {
                if (caller == fn || (caller.Callees is { } list && list.Contains(fn))) continue;
                (caller.Callees ??= []).Add(fn);
                if (caller.Via is not null)
                {
                    // reached before through a function with names; now also through a pass-through one
                    if (fn.PassThrough && !caller.HasNames && !caller.PassThrough)
                    {
                        caller.PassThrough = true;
                        queue.Enqueue(caller);
                    }
                    continue;
                }
                caller.Via = NameOf(fn) + " -> " + fn.Via;
                FindNames(caller, names);
                caller.PassThrough = fn.PassThrough && !caller.HasNames;
                queue.Enqueue(caller);
                reached.Add(caller);
            }
        }

        Warn(reached, warnings);
    }

    /// <summary>The functions that call a lookup function (queued), and every call, or any other reference, from
    /// one function into another (the edges).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindCalls(Queue<Function> queue)
    {
        for (int section = 1; section < _sections.Length; section++)
        {
            if (_relocs[section] is not { } relocs || !IsCode(section) || _partitions[section] is not { } part) continue;
            int at = 0; // the partition interval of the relocation: they come in offset order
            var starts = part.Starts;
            for (int i = 0; i < relocs.Length; i++)
            {
                ref readonly var r = ref relocs[i];
                if (r.Symbol == 0) continue;
                ref readonly var sym = ref _tableInfo[r.Table][r.Symbol];
                bool lookup = sym.Lookup is not null;
                Function? callee = null;
                if (!lookup && (sym.Section <= 0 || !TryTarget(r, sym, out int ts, out ulong to) || !IsCode(ts) ||
                                (callee = FunctionAt(ts, to)) is null)) continue;
                while (at + 1 < starts.Length && starts[at + 1] <= r.Offset) at++;
                var fn = part.Owners[at];
                if (lookup)
                {
                    if (fn.Direct) continue;
                    fn.Via = sym.Lookup;
                    fn.Direct = true;
                    queue.Enqueue(fn);
                }
                else if (callee != fn) AddEdge(callee!, fn);
            }
        }
    }

    /// <summary>The names in <paramref name="fn"/>: identifiers its relocations point at (through .toc on ppc64, and
    /// through the registers holding a string pool's address, <see cref="TrackPool"/>).</summary>
    private void FindNames(Function fn, Dictionary<string, string> names)
    {
        if (!fn.HasRange || _relocs[fn.Section] is not { } relocs) return;
        bool pools = NativeLookupTargets.HasStringPools(_machine);
        List<Base>? bases = null;
        for (int i = LowerBound(relocs, fn.RangeStart); i < relocs.Length && relocs[i].Offset < fn.RangeEnd; i++)
        {
            ref readonly var r = ref relocs[i];
            if (r.Symbol == 0 || !TryTarget(r, _tableInfo[r.Table][r.Symbol], out int ts, out ulong to)) continue;
            bool viaToc = false;
            if (ts == _toc && _toc > 0 && FollowWord(_toc, to, out int ts2, out ulong to2)) (ts, to, viaToc) = (ts2, to2, true);
            if (!IsData(ts)) continue;
            if (pools && !viaToc && (_sections[ts].Flags & ElfSectionFlags.Strings) == 0)
            {
                (bases ??= []).Add(new Base(ts, to, r.Offset));
                continue;
            }
            AddName(fn, ts, to, names);
        }
        if (bases is not null) TrackPool(fn, bases, names);
    }

    private void AddEdge(Function callee, Function caller)
    {
        if (_edges == _edgeCallee.Length)
        {
            Array.Resize(ref _edgeCallee, _edges * 2);
            Array.Resize(ref _edgeCaller, _edges * 2);
        }
        _edgeCallee[_edges] = callee.Index;
        _edgeCaller[_edges] = caller.Index;
        _edges++;
    }

    /// <summary>The callers of each function, as one array: those of function i are
    /// <c>callers[first[i]..first[i + 1]]</c> (a counting sort of the edges by callee).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] First, int[] Callers) CallersIndex()
    {
        var first = new int[_functions.Count + 1];
        for (int e = 0; e < _edges; e++) first[_edgeCallee[e] + 1]++;
        for (int i = 0; i < _functions.Count; i++) first[i + 1] += first[i];
        var next = (int[])first.Clone();
        var callers = new int[_edges];
        for (int e = 0; e < _edges; e++) callers[next[_edgeCallee[e]]++] = _edgeCaller[e];
        return (first, callers);
    }

    /// <summary>A warning for each function that calls a lookup function with no identifier in sight, in it or in
    /// any function that calls it (directly or through others).</summary>
    private void Warn(List<Function> reached, List<LookupWarning> warnings)
    {
        var queue = new Queue<Function>();
        foreach (var fn in reached)
            if (fn.HasNames)
            {
                fn.Resolved = true;
                queue.Enqueue(fn);
            }
        while (queue.TryDequeue(out var fn))
            foreach (var g in fn.Callees ?? [])
                if (!g.Resolved)
                {
                    g.Resolved = true;
                    queue.Enqueue(g);
                }
        var unresolved = new List<Function>();
        foreach (var fn in reached)
            if (fn.Direct && !fn.Resolved) unresolved.Add(fn);
        unresolved.Sort(static (a, b) => a.Index.CompareTo(b.Index)); // symbol order, whatever the search's
        foreach (var fn in unresolved) warnings.Add(new LookupWarning(_member, NameOf(fn), fn.Via!, NoName));
    }

    private void AddName(Function fn, int section, ulong offset, Dictionary<string, string> names)
    {
        if (Name(section, offset) is not { } name) return;
        fn.HasNames = true;
        if (!names.ContainsKey(name)) names.Add(name, RuntimeLookups.CallEvidence(NameOf(fn), fn.Via!, name));
    }

    /// <summary>A TOC-relative address of a non-string data section, loaded by the instruction at
    /// <see cref="Instruction"/>: maybe a string, maybe the base of a string pool.</summary>
    private readonly record struct Base(int Section, ulong Offset, ulong Instruction);

    /// <summary>
    /// ppc64 string pools (<see cref="NativeLookupTargets.HasStringPools"/>): follows the registers that hold a
    /// pool's address through the function, in address order. <c>addi rT, rBase, k</c> names base + k; the base
    /// itself is a name only when a register holding it reaches a call's argument registers (r3-r10) or is stored.
    /// Calls clobber r0 and r3-r12; other instructions are not followed, which can only add names.
    /// </summary>
    private void TrackPool(Function fn, List<Base> bases, Dictionary<string, string> names)
    {
        const uint Args = 0x7F8u;      // r3..r10
        const uint Volatile = 0x1FF9u; // r0, r3..r12
        var code = _elf.GetSectionData(fn.Section);
        bool be = _elf.IsBigEndian;
        var relocs = _relocs[fn.Section] ?? [];
        uint regs = 0;
        bool direct = false;
        for (ulong p = fn.RangeStart & ~3UL; p + 4 <= fn.RangeEnd; p += 4)
        {
            uint w = Word32(code, (int)p, be);
            uint op = w >> 26, rt = (w >> 21) & 31, ra = (w >> 16) & 31, rb = (w >> 11) & 31;
            int i = LowerBound(relocs, p);
            if (i < relocs.Length && relocs[i].Offset < p + 4)
            {
                bool isBase = false;
                foreach (var b in bases) isBase |= b.Instruction >= p && b.Instruction < p + 4;
                if (NativeLookupTargets.IsPpcCall(relocs[i].Type))
                {
                    direct |= (regs & Args) != 0;
                    regs &= ~Volatile;
                }
                else if (isBase && op is 14 or 58) regs |= 1u << (int)rt;   // addi rT,rA,base@l / ld rT,base@l(rA)
                else regs &= ~(1u << (int)rt);
                continue;
            }
            switch (op)
            {
                case 14: // addi rT, rA, k
                {
                    short k = (short)(w & 0xFFFF);
                    bool fromBase = ra != 0 && (regs & (1u << (int)ra)) != 0;
                    regs &= ~(1u << (int)rt);
                    if (!fromBase) break;
                    if (k == 0) regs |= 1u << (int)rt;
                    else foreach (var b in bases) AddName(fn, b.Section, b.Offset + (ulong)(long)k, names);
                    break;
                }
                case 31 when ((w >> 1) & 0x3FF) == 444: // or rA, rS, rB (mr rA, rS when rS == rB)
                {
                    bool copy = rt == rb && (regs & (1u << (int)rt)) != 0;
                    regs &= ~(1u << (int)ra);
                    if (copy) regs |= 1u << (int)ra;
                    break;
                }
                case 36 or 37 or 62: // stw, stwu, std: the base escapes
                    direct |= (regs & (1u << (int)rt)) != 0;
                    break;
                case 18 when (w & 1) != 0: // bl to a function of this object
                    direct |= (regs & Args) != 0;
                    regs &= ~Volatile;
                    break;
            }
        }
        if ((regs & Args) != 0) direct = true; // still in an argument register at the end: a tail call or return
        if (direct) foreach (var b in bases) AddName(fn, b.Section, b.Offset, names);
    }

    // ---- relocations --------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRelocations()
    {
        // The decoded entries are copied out at once: a pooled buffer, since a large module's (i915: 50,000
        // entries, 1.2 MB) would otherwise be fresh memory to fault in and clear every time.
        var buffer = Array.Empty<ElfRelocation>();
        try { ReadRelocations(ref buffer); }
        finally { if (buffer.Length > 0) System.Buffers.ArrayPool<ElfRelocation>.Shared.Return(buffer); }
    }

    private void ReadRelocations(ref ElfRelocation[] buffer)
    {
        for (int i = 1; i < _sections.Length; i++)
        {
            if (_sections[i].Type is not (ElfSectionType.Rel or ElfSectionType.Rela)) continue;
            int target = (int)_sections[i].Info;
            if (!IsCode(target) && (target != _opd || _opd <= 0) && (target != _toc || _toc <= 0)) continue;
            var table = _elf.OpenRelocations(i);
            if (table.Count == 0) continue;
            int tableId = TableId(table.Symbols);
            long entrySize = (long)_sections[i].Size / table.Count, at = (long)_sections[i].Offset;
            if (buffer.Length < table.Count)
            {
                if (buffer.Length > 0) System.Buffers.ArrayPool<ElfRelocation>.Shared.Return(buffer);
                buffer = [];
                buffer = System.Buffers.ArrayPool<ElfRelocation>.Shared.Rent(table.Count);
            }
            table.CopyTo(buffer);
            var previous = _relocs[target] ?? [];
            var relocs = new Reloc[previous.Length + table.Count];
            previous.CopyTo(relocs, 0);
            ulong size = _sections[target].Size;
            bool sorted = true; // as assemblers write them
            for (int n = 0, k = previous.Length; n < table.Count; n++, k++)
            {
                var r = buffer[n];
                if (r.Offset >= size)
                    Throw.Elf(DiagnosticId.ElfBadRelocations, at + n * entrySize,
                        $"relocation {n} of section [{i}] applies at 0x{r.Offset:x}, outside section [{target}] (0x{size:x} bytes)");
                ref var x = ref relocs[k];
                x.Offset = r.Offset;
                x.Type = r.Type;
                x.Symbol = (int)r.SymbolIndex;
                x.Addend = table.HasAddends ? r.Addend : ImplicitAddend(target, r, at + n * entrySize, n, i);
                x.Table = tableId;
                sorted &= k == 0 || relocs[k - 1].Offset <= r.Offset;
            }
            if (!sorted) SortByOffset(relocs);
            _relocs[target] = relocs;
        }
    }

    /// <summary>Relocations in offset order (a merge sort, stable; assemblers write them sorted already).</summary>
    private static void SortByOffset(Reloc[] relocs)
    {
        var tmp = new Reloc[relocs.Length];
        for (int width = 1; width < relocs.Length; width *= 2)
        {
            for (int lo = 0; lo < relocs.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, relocs.Length), hi = Math.Min(lo + 2 * width, relocs.Length);
                int a = lo, b = mid, k = lo;
                while (a < mid && b < hi) tmp[k++] = relocs[b].Offset < relocs[a].Offset ? relocs[b++] : relocs[a++];
                while (a < mid) tmp[k++] = relocs[a++];
                while (b < hi) tmp[k++] = relocs[b++];
            }
            Array.Copy(tmp, relocs, relocs.Length);
        }
    }

    /// <summary>The index in <see cref="_tables"/> of <paramref name="table"/>, its symbols read once.</summary>
    private int TableId(ElfSymbolTable table)
    {
        for (int i = 0; i < _tables.Count; i++)
            if (_tables[i].SectionIndex == table.SectionIndex) return i;
        ReadSymbols(table, out _);
        return _tables.Count - 1;
    }

    /// <summary>Reads <paramref name="table"/> into <see cref="_tableInfo"/>; returns its function symbols.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FunctionSymbol[] ReadSymbols(ElfSymbolTable table, out int functionCount)
    {
        var info = new Sym[table.Count];
        var functions = new FunctionSymbol[64];
        functionCount = 0;
        bool arm = _machine == ElfMachine.Arm;
        foreach (var s in table)
        {
            if (s.IsUndefined)
            {
                info[s.Index].Lookup = NativeRuntimeLookups.LookupFunction(table.GetNameBytes(s));
            }
            else if (s.IsInSection && s.SectionIndex < (uint)_sections.Length)
            {
                ref var x = ref info[s.Index];
                x.Section = (int)s.SectionIndex;
                x.Value = arm && s.Type == ElfSymbolType.Function ? s.Value & ~1UL : s.Value; // the Thumb bit
                if (s.Type == ElfSymbolType.Object && s.Size > 0 && _tables.Count == 0)
                {
                    if (_objectCount == _objectSymbols.Length) Array.Resize(ref _objectSymbols, Math.Max(64, _objectCount * 2));
                    _objectSymbols[_objectCount++] = s.Index;
                }
                else if (s.Type is ElfSymbolType.Function or ElfSymbolType.GnuIndirectFunction)
                {
                    if (functionCount == functions.Length) Array.Resize(ref functions, functionCount * 2);
                    ref var f = ref functions[functionCount++];
                    (f.Symbol, f.Section, f.Value, f.Size, f.Other) = (s.Index, (int)s.SectionIndex, s.Value, s.Size, s.Other);
                }
            }
        }
        _tables.Add(table);
        _tableInfo.Add(info);
        return functions;
    }

    /// <summary>An SHT_REL entry's addend, read from the bytes it patches (<see cref="AddendForm"/>); 0 for a type
    /// the tables do not know (no such type names a string or a call).</summary>
    private long ImplicitAddend(int target, ElfRelocation r, long at, int n, int relSection)
    {
        var form = r.Type < (uint)_rules.Length ? _rules[r.Type].Addend : AddendForm.Entry;
        if (form == AddendForm.Entry) return 0;
        var data = _elf.GetSectionData(target);
        if (!Bounds.Fits(r.Offset, 4, data.Length))
            Throw.Elf(DiagnosticId.ElfBadRelocations, at,
                $"relocation {n} of section [{relSection}] patches 4 bytes at 0x{r.Offset:x}, past the end of section [{target}] (0x{data.Length:x} bytes)");
        bool be = _elf.IsBigEndian;
        int o = (int)r.Offset;
        return form switch
        {
            AddendForm.Word32 => (int)Word32(data, o, be),
            AddendForm.ArmBranch24 => NativeLookupTargets.ArmBranch24(Word32(data, o, be)),
            AddendForm.ArmMovw => NativeLookupTargets.ArmMovw(Word32(data, o, be)),
            AddendForm.ThumbBranch24 => NativeLookupTargets.ThumbBranch24(Halfwords(data, o, 4, be)),
            AddendForm.ThumbBranch19 => NativeLookupTargets.ThumbBranch19(Halfwords(data, o, 4, be)),
            AddendForm.ThumbMovw => NativeLookupTargets.ThumbMovw(Halfwords(data, o, 4, be)),
            _ => 0,
        };
    }

    private static uint Word32(ReadOnlySpan<byte> d, int o, bool be) =>
        be ? BinaryPrimitives.ReadUInt32BigEndian(d[o..]) : BinaryPrimitives.ReadUInt32LittleEndian(d[o..]);

    /// <summary>The (section, offset) a relocation against a defined symbol names: S + A + the type's bias, through
    /// the ELFv1 function descriptor when that is in .opd; false when it lies outside its section.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryTarget(in Reloc r, in Sym sym, out int section, out ulong offset)
    {
        section = sym.Section;
        offset = sym.Value + (ulong)r.Addend + (ulong)Bias(r.Type);
        if (section <= 0) return false;
        if (section == _opd && _opd > 0) return FollowWord(_opd, offset, out section, out offset);
        return offset < _sections[section].Size;
    }

    /// <summary>The address that the R_PPC64_ADDR64 at <paramref name="offset"/> of <paramref name="section"/> (.opd,
    /// .toc) holds.</summary>
    private bool FollowWord(int section, ulong offset, out int toSection, out ulong to)
    {
        (toSection, to) = (0, 0);
        if (_relocs[section] is not { } relocs) return false;
        for (int i = LowerBound(relocs, offset); i < relocs.Length && relocs[i].Offset == offset; i++)
        {
            ref readonly var r = ref relocs[i];
            if (r.Type != NativeLookupTargets.PpcAddr64 || r.Symbol == 0) continue;
            ref readonly var sym = ref _tableInfo[r.Table][r.Symbol];
            if (sym.Section <= 0 || sym.Section == section) return false;
            (toSection, to) = (sym.Section, sym.Value + (ulong)r.Addend);
            return to < _sections[toSection].Size;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LowerBound(Reloc[] relocs, ulong offset)
    {
        int lo = 0, hi = relocs.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (relocs[mid].Offset < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>True when a relocation patches a byte of [p, p + size) of a code section: those bits are not final,
    /// so they decode to no branch of their own (a relocated call is found through its relocation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Covered(int section, ulong p, int size)
    {
        if (_relocs[section] is not { } relocs) return false;
        for (int i = LowerBound(relocs, p >= 3 ? p - 3 : 0); i < relocs.Length && relocs[i].Offset < p + (ulong)size; i++)
            if (relocs[i].Offset + 4 > p) return true; // fields are at most 4 bytes where branches are decoded
        return false;
    }

    // ---- functions ----------------------------------------------------------------------------------------------

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildFunctions(FunctionSymbol[] symbols, int count)
    {
        var bySection = new List<Function>?[_sections.Length];
        for (int n = 0; n < count; n++)
        {
            ref readonly var s = ref symbols[n];
            int section = s.Section;
            ulong start = s.Value;
            bool thumb = false;
            if (section == _opd && _opd > 0)
            {
                // ELFv1: the symbol is the descriptor, whose first word points at the code; st_size is the code's size.
                if (!FollowWord(_opd, s.Value, out section, out start)) continue;
            }
            else if (_machine == ElfMachine.Arm)
            {
                thumb = (start & 1) != 0;
                start &= ~1UL;
            }
            if (!IsCode(section) || start >= _sections[section].Size) continue;
            ulong end = s.Size == 0 ? start : start + Math.Min(s.Size, _sections[section].Size - start);
            var fn = new Function(_functions.Count, section, start, end)
            {
                Symbol = s.Symbol,
                Thumb = thumb,
                LocalEntry = _machine == ElfMachine.PowerPC64 ? NativeLookupTargets.PpcLocalEntry(s.Other) : 0,
            };
            (bySection[section] ??= []).Add(fn);
            _functions.Add(fn);
        }
        for (int section = 1; section < _sections.Length; section++)
        {
            if (!IsCode(section)) continue;
            var list = bySection[section] ?? [];
            // By start, the longest first (so that an alias or a nested symbol does not split a function).
            list.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            ulong size = _sections[section].Size;
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i].End > list[i].Start) continue;
                ulong next = size; // no st_size: up to the next function
                for (int j = i + 1; j < list.Count; j++)
                    if (list[j].Start > list[i].Start) { next = list[j].Start; break; }
                list[i].End = next;
            }
            var starts = new ulong[2 * list.Count + 1];
            var owners = new Function[starts.Length];
            var entries = new ulong[list.Count * (_machine == ElfMachine.PowerPC64 ? 2 : 1)];
            var entryOwners = new Function[entries.Length];
            int parts = 0, count2 = 0;
            ulong cursor = 0;
            foreach (var fn in list)
            {
                if (count2 == 0 || entries[count2 - 1] != fn.Start) (entries[count2], entryOwners[count2++]) = (fn.Start, fn);
                if (fn.LocalEntry != 0) (entries[count2], entryOwners[count2++]) = (fn.Start + fn.LocalEntry, fn);
                if (fn.End <= cursor) continue; // an alias, or nested in the previous one
                if (fn.Start > cursor) (starts[parts], owners[parts++]) = (cursor, Gap(section, cursor));
                (starts[parts], owners[parts++]) = (Math.Max(cursor, fn.Start), fn);
                cursor = fn.End;
            }
            if (cursor < size || parts == 0) (starts[parts], owners[parts++]) = (cursor, Gap(section, cursor));
            for (int i = 0; i < parts; i++)
            {
                var owner = owners[i];
                (owner.HasRange, owner.RangeStart, owner.RangeEnd) = (true, starts[i], i + 1 < parts ? starts[i + 1] : size);
            }
            Array.Resize(ref starts, parts);
            Array.Resize(ref owners, parts);
            Array.Resize(ref entries, count2);
            Array.Resize(ref entryOwners, count2);
            SortEntries(entries, entryOwners); // a local entry point may pass the next function's start
            _partitions[section] = new Partition(starts, owners, entries, entryOwners);
        }
    }

    /// <summary>Sorts entries by offset (an insertion sort: they are sorted but for ppc64 local entry points).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortEntries(ulong[] entries, Function[] owners)
    {
        for (int i = 1; i < entries.Length; i++)
        {
            ulong e = entries[i];
            var o = owners[i];
            int j = i - 1;
            for (; j >= 0 && entries[j] > e; j--) (entries[j + 1], owners[j + 1]) = (entries[j], owners[j]);
            (entries[j + 1], owners[j + 1]) = (e, o);
        }
    }

    /// <summary>Code outside every function symbol (asm, padding, a section without symbols): a function of its own,
    /// named after its section. On Arm its instruction set is unknown, so both are decoded there.</summary>
    private Function Gap(int section, ulong start)
    {
        var gap = new Function(_functions.Count, section, start, start);
        _functions.Add(gap);
        return gap;
    }

    /// <summary>The function owning byte <paramref name="offset"/> of code section <paramref name="section"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Function? FunctionAt(int section, ulong offset)
    {
        if ((uint)section >= (uint)_partitions.Length || _partitions[section] is not { } part) return null;
        var starts = part.Starts;
        int lo = 0, hi = starts.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found < 0 ? null : part.Owners[found];
    }

    /// <summary>Records the far direct branches (<see cref="BranchSet.NearReach"/>) in code section
    /// <paramref name="section"/> whose target is a function's entry: the calls and tail calls an assembler resolves
    /// itself, without a relocation.</summary>
    private void DecodeFarBranches(int section)
    {
        if (_partitions[section] is not { } part) return;
        var code = _elf.GetSectionData(section);
        if (_machine != ElfMachine.Arm)
        {
            if (NativeLookupTargets.Branches(_machine, false) is { } set) DecodeFar(section, code, 0, (ulong)code.Length, null, set, part);
            return;
        }
        for (int i = 0; i < part.Starts.Length; i++) // Arm: each function in its own instruction set; both outside them
        {
            ulong start = part.Starts[i], end = i + 1 < part.Starts.Length ? part.Starts[i + 1] : (ulong)code.Length;
            var fn = part.Owners[i];
            if (NativeLookupTargets.Branches(_machine, fn.Thumb) is { } set) DecodeFar(section, code, start, end, fn, set, part);
            if (fn.Symbol < 0 && NativeLookupTargets.Branches(_machine, !fn.Thumb) is { } other) DecodeFar(section, code, start, end, fn, other, part);
        }
    }

    /// <summary>One pass of the far forms over [start, end); the caller is <paramref name="caller"/>, or found from
    /// the partition when null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DecodeFar(int section, ReadOnlySpan<byte> code, ulong start, ulong end, Function? caller, BranchSet set, Partition part)
    {
        bool be = set.BigEndian ?? _elf.IsBigEndian, fileBe = _elf.IsBigEndian, halfwords = set.Halfwords;
        var byFirst = set.FarByFirstByte;
        var entryBits = part.EntryBits((ulong)code.Length);
        ulong step = (ulong)set.Step;
        var firsts = set.FarFirstBytes; // x86: the next E8, E9 or 0F by a vectorized search
        for (ulong p = start; p < end; p += step)
        {
            int o = (int)p;
            if (firsts is { Length: > 0 })
            {
                var rest = code[o..(int)end];
                int next = firsts.Length switch
                {
                    1 => rest.IndexOf(firsts[0]),
                    2 => rest.IndexOfAny(firsts[0], firsts[1]),
                    _ => rest.IndexOfAny(firsts[0], firsts[1], firsts[2]),
                };
                if (next < 0) break;
                p += (ulong)next;
                o += next;
            }
            var forms = byFirst[code[o]];
            if (forms.Length == 0) continue; // most positions (x86 scans every byte)
            ulong window = halfwords ? Halfwords(code, o, (int)Math.Min(4, end - p) & ~1, fileBe) : Window(code, o, end, be);
            foreach (var form in forms)
            {
                if (p + (ulong)form.Size > end) continue;
                ulong bits = halfwords ? (form.Size == 4 ? window : window >> 16)
                    : be ? window >> (64 - 8 * form.Size) : form.Size == 8 ? window : window & ((1UL << (8 * form.Size)) - 1);
                if ((bits & form.Mask) != form.Match) continue;
                if (NativeLookupTargets.Target(form.Kind, bits, p) is not ulong t || t >= (ulong)code.Length ||
                    (entryBits[(int)(t >> 6)] & (1UL << (int)(t & 63))) == 0) continue;
                if (part.EntryAt(t) is not { } callee || (caller ?? FunctionAt(section, p)) is not { } from || callee == from ||
                    Covered(section, p, form.Size)) continue;
                AddEdge(callee, from);
            }
        }
    }

    /// <summary>Adds to <paramref name="found"/> the functions with a near direct branch to an entry of
    /// <paramref name="fn"/> (x86's 2-byte jumps, Thumb's 16-bit branches...): only the bytes within reach of the
    /// entry are decoded, in every instruction set of the machine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindNearCallers(Function fn, List<Function> found)
    {
        if (fn.Symbol < 0 || _partitions[fn.Section] is not { } part) return;
        var code = _elf.GetSectionData(fn.Section);
        Span<ulong> entries = [fn.Start, fn.Start + fn.LocalEntry];
        foreach (bool thumb in (ReadOnlySpan<bool>)(_machine == ElfMachine.Arm ? [false, true] : [false]))
        {
            if (NativeLookupTargets.Branches(_machine, thumb) is not { } set || set.NearForms.Length == 0) continue;
            bool be = set.BigEndian ?? _elf.IsBigEndian;
            ulong step = (ulong)set.Step;
            foreach (ulong entry in entries[..(fn.LocalEntry == 0 ? 1 : 2)])
            {
                ulong from = entry > set.NearWindow ? (entry - set.NearWindow) & ~(step - 1) : 0;
                ulong to = Math.Min((ulong)code.Length, entry + set.NearWindow);
                for (ulong p = from; p < to; p += step)
                {
                    int o = (int)p;
                    ulong window = set.Halfwords ? Halfwords(code, o, (int)Math.Min(4, (ulong)code.Length - p) & ~1, _elf.IsBigEndian)
                        : Window(code, o, (ulong)code.Length, be);
                    foreach (var form in set.NearForms)
                    {
                        if (p + (ulong)form.Size > (ulong)code.Length) continue;
                        ulong bits = set.Halfwords ? (form.Size == 4 ? window : window >> 16)
                            : be ? window >> (64 - 8 * form.Size) : form.Size == 8 ? window : window & ((1UL << (8 * form.Size)) - 1);
                        if ((bits & form.Mask) != form.Match || NativeLookupTargets.Target(form.Kind, bits, p) != entry) continue;
                        if (FunctionAt(fn.Section, p) is { } caller && caller != fn && !found.Contains(caller) && !Covered(fn.Section, p, form.Size))
                            found.Add(caller);
                    }
                }
            }
        }
    }

    /// <summary>Up to 8 bytes from <paramref name="o"/> (not past <paramref name="end"/>) as one number: the first
    /// byte most significant (<paramref name="be"/>, left-aligned) or least.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Window(ReadOnlySpan<byte> d, int o, ulong end, bool be)
    {
        int n = (int)Math.Min(8, end - (ulong)o);
        if (n == 8) return be ? BinaryPrimitives.ReadUInt64BigEndian(d[o..]) : BinaryPrimitives.ReadUInt64LittleEndian(d[o..]);
        ulong v = 0;
        if (be)
        {
            for (int i = 0; i < n; i++) v = (v << 8) | d[o + i];
            return v << (8 * (8 - n));
        }
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | d[o + i];
        return v;
    }

    /// <summary>Thumb: <paramref name="size"/> bytes (2 or 4) as halfwords, each in the file's order, the first in the
    /// high bits (a 2-byte read is shifted up, as if a zero halfword followed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Halfwords(ReadOnlySpan<byte> d, int o, int size, bool be)
    {
        ulong v = 0;
        for (int i = 0; i < 4; i += 2)
        {
            uint h = i < size ? (be ? (uint)(d[o + i] << 8 | d[o + i + 1]) : (uint)(d[o + i + 1] << 8 | d[o + i])) : 0;
            v = (v << 16) | h;
        }
        return v;
    }

    // ---- strings ------------------------------------------------------------------------------------------------

    /// <summary>The identifier that starts at <paramref name="offset"/> of data section <paramref name="section"/> and
    /// ends at a NUL inside it, or null. In a string section (SHF_STRINGS) any such target is a string. Elsewhere
    /// (.rodata, .data) it must also be text: inside a variable, one whose bytes are all text
    /// (<see cref="IsText"/>), such as a <c>static const char name[]</c> or a string pool, and not GCC's
    /// <c>__func__</c> (a function's own name names no lookup); outside every variable, at a string's start.
    /// That rules out an integer field that happens to read as a letter (a tuner config's I2C address 0x68, "h").</summary>
    private string? Name(int section, ulong offset)
    {
        var sh = _sections[section];
        if (offset >= sh.Size) return null;
        var data = _elf.GetSectionData(section);
        var rest = data[(int)offset..];
        int n = rest[..Math.Min(rest.Length, RuntimeLookups.MaxNameLength + 1)].IndexOf((byte)0);
        if (n <= 0) return null;
        var name = rest[..n];
        if (!RuntimeLookups.IsExportName(name)) return null;
        if ((sh.Flags & ElfSectionFlags.Strings) == 0 && !IsTextAt(section, data, offset)) return null;
        return Encoding.ASCII.GetString(name);
    }

    /// <summary>The object symbols (STT_OBJECT with a size) of each non-string data section a name candidate fell in.</summary>
    private Objects?[] _objects = [];

    private sealed class Objects(ulong[] starts, ulong[] ends, int[] symbols)
    {
        public readonly ulong[] Starts = starts, Ends = ends;
        public readonly int[] Symbols = symbols;
    }

    private bool IsTextAt(int section, ReadOnlySpan<byte> data, ulong offset)
    {
        if (_objects.Length == 0) _objects = new Objects?[_sections.Length];
        var objects = _objects[section] ??= ObjectsOf(section, (ulong)data.Length);
        // The innermost variable holding the offset: the smallest that covers it.
        int best = -1;
        for (int i = 0; i < objects.Starts.Length; i++)
            if (objects.Starts[i] <= offset && offset < objects.Ends[i] &&
                (best < 0 || objects.Ends[i] - objects.Starts[i] < objects.Ends[best] - objects.Starts[best]))
                best = i;
        if (best < 0) return offset == 0 || data[(int)offset - 1] == 0;
        var name = _symbols.GetNameBytes(_symbols[objects.Symbols[best]]);
        if (name.StartsWith("__func__"u8) || name.StartsWith("__FUNCTION__"u8) || name.StartsWith("__PRETTY_FUNCTION__"u8))
            return false;
        ulong start = objects.Starts[best];
        return IsStrings(data[(int)start..(int)objects.Ends[best]], (int)(offset - start));
    }

    // The STT_OBJECT symbols with a size (of the main table, read by ReadSymbols).
    private int[] _objectSymbols = [];
    private int _objectCount;

    private Objects ObjectsOf(int section, ulong size)
    {
        var info = _tableInfo[0];
        int count = 0;
        for (int i = 0; i < _objectCount; i++)
            if (info[_objectSymbols[i]].Section == section && info[_objectSymbols[i]].Value < size) count++;
        var starts = new ulong[count];
        var ends = new ulong[count];
        var symbols = new int[count];
        for (int i = 0, k = 0; i < _objectCount; i++)
        {
            int index = _objectSymbols[i];
            if (info[index].Section != section || info[index].Value >= size) continue;
            var s = _symbols[index];
            (starts[k], ends[k], symbols[k++]) = (s.Value, s.Value + Math.Min(s.Size, size - s.Value), index);
        }
        return new Objects(starts, ends, symbols);
    }

    /// <summary>True when <paramref name="bytes"/>, a variable, holds strings and the one at <paramref name="at"/>
    /// starts a string: either the variable is that one string (a <c>char name[] = "..."</c> is exactly its length
    /// plus the NUL), or it is a pool of several strings, all text, separated by single NULs (trailing NULs aside). A
    /// structure of numbers fails: a byte that is no text, or NULs in a row (<c>{ .i2c_addr = 0x61 }</c> reads as
    /// "a" followed by padding). A variable of one string shorter than 3 characters is taken for numbers: a 2-byte
    /// <c>{ 0x61, 0 }</c> cannot be told from <c>"a"</c>, and no export has so short a name.</summary>
    private static bool IsStrings(ReadOnlySpan<byte> bytes, int at)
    {
        if (!IsText(bytes) || (at > 0 && bytes[at - 1] != 0)) return false;
        int end = bytes[at..].IndexOf((byte)0);
        if (end < 0) return false; // the string runs out of the variable
        if (at == 0 && end == bytes.Length - 1) return end >= 3; // a 2-byte {0x61, 0} is a "struct", not "a"
        int last = bytes.LastIndexOfAnyExcept((byte)0);
        if (last <= at + end) return false; // one string and padding: "a" then zeros is {0x61, 0, ...}
        for (int i = 1; i <= last; i++)
            if (bytes[i] == 0 && bytes[i - 1] == 0) return false;
        return true;
    }

    /// <summary>True when every byte is NUL, printable ASCII, a tab or a line break, or printk's level prefix (SOH
    /// followed by a digit or 'c'): a string or a pool of strings, not a structure of numbers.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == 0 || (b >= 0x20 && b < 0x7F) || b is (byte)'\t' or (byte)'\n' or (byte)'\r') continue;
            if (b == 1 && i + 1 < bytes.Length && (char.IsAsciiDigit((char)bytes[i + 1]) || bytes[i + 1] == 'c')) continue;
            return false;
        }
        return true;
    }

    /// <summary>Every identifier in every <see cref="RuntimeLookups.NoTrimSection"/> section (NUL-separated, padding
    /// skipped).</summary>
    private void ScanNoTrimSections(Dictionary<string, string> names)
    {
        for (int i = 1; i < _sections.Length; i++)
        {
            if (!_sections[i].HasContents || !_elf.GetSectionNameBytes(i).SequenceEqual(".no_trim_symbol"u8)) continue;
            var data = _elf.GetSectionData(i);
            for (int at = 0; at < data.Length;)
            {
                int n = data[at..].IndexOf((byte)0);
                if (n < 0) n = data.Length - at; // an unterminated last entry counts if it is a name
                var s = data.Slice(at, n);
                if (RuntimeLookups.IsExportName(s))
                {
                    string name = Encoding.ASCII.GetString(s);
                    names.TryAdd(name, RuntimeLookups.SectionEvidence(name, VariableAt(i, (ulong)at)));
                }
                at += n + 1;
            }
        }
    }

    /// <summary>The object symbol at <paramref name="offset"/> of <paramref name="section"/> (a
    /// <c>.no_trim_symbol</c> entry's variable), or null.</summary>
    private string? VariableAt(int section, ulong offset)
    {
        foreach (var s in _symbols)
            if (s.IsInSection && s.SectionIndex == (uint)section && s.Value == offset && s.Type == ElfSymbolType.Object)
                return _symbols.GetName(s);
        return null;
    }
}
