using System.Buffers.Binary;
using KsymTrim.Elf;

namespace KsymTrim.Analysis;

/// <summary>One analysis of one object (<see cref="NativeRuntimeLookups.Find"/>), in four parts: this file follows
/// the calls from the lookup functions up to the names; <c>.Relocations</c> reads the relocations in place;
/// <c>.Functions</c> divides the code among functions and decodes the branches an assembler resolved;
/// <c>.Strings</c> says which relocation targets are names.
/// <para>
/// The cost falls on the few modules that call a lookup function, some of them large (i915: 50,000 relocations,
/// 5,000 functions), so the analysis builds little per relocation or function: relocations are read in place, a
/// function becomes an object only when the search reaches it, and the callers of the functions reached are found
/// by one pass over the references into code per round of the search, not by a call graph of the whole object.
/// Plain loops over arrays, few generic instantiations over value types (each is compiled at run time under the
/// JIT), and the large arrays reused by the next scan of the same worker (<see cref="Scratch"/>, part of its
/// <see cref="AnalysisScratch"/>).
/// </para>
/// </summary>
internal sealed partial class NativeLookupScan
{
    private const string NoName = "no constant string reaches it in this object";
    private readonly ElfFile _elf;
    private readonly ElfSymbolTable _symbols;
    private readonly string? _member;
    private readonly ushort _machine;
    private readonly ElfSectionHeader[] _sections;
    private readonly RelocationRule[] _rules;
    private readonly bool _callsLookup;
    private readonly Scratch _scratch;

    // What the analysis needs of each symbol, per symbol table the relocations use (normally the one table).
    private readonly List<ElfSymbolTable> _tables = [];
    private readonly List<Sym[]> _tableInfo = [];

    public NativeLookupScan(ElfFile elf, ElfSymbolTable symbols, string? member, Scratch scratch, bool? callsLookup = null)
    {
        _elf = elf;
        _symbols = symbols;
        _member = member;
        _machine = elf.Machine;
        _sections = elf.Sections.ToArray();
        _rules = NativeLookupTargets.Rules(_machine);
        _callsLookup = callsLookup ?? HasLookupSymbol();
        _scratch = scratch;
    }

    /// <summary>The arrays that grow with the object, kept for the next scan (<see cref="AnalysisScratch.NativeScan"/>):
    /// a large module's are hundreds of KiB, fresh pages to fault in and clear every time otherwise
    /// (benchmarks/README.md). One scan at a time.</summary>
    internal sealed class Scratch
    {
        public Sym[] Symbols = [];
        public FunctionSymbol[] FunctionSymbols = [];
        public FunctionInfo[] Functions = [];
        public Function?[] Reached = [];
        public CodeReference[] CodeReferences = [];
        public SortKey[] Order = [], Merge = [];
        public ulong[] PartStarts = [], Entries = [];
        public int[] PartOwners = [], EntryOwners = [];
    }

    /// <summary>Makes <paramref name="array"/> hold at least <paramref name="count"/> elements, keeping the first
    /// <paramref name="keep"/>.</summary>
    private static void Grow<T>(ref T[] array, int count, int keep = 0)
    {
        if (array.Length >= count) return;
        var bigger = new T[Math.Max(count, array.Length * 2)];
        Array.Copy(array, bigger, keep);
        array = bigger;
    }

    /// <summary>A symbol as the analysis sees it: a lookup function (<see cref="Lookup"/> &gt; 0: the entry's index
    /// in <see cref="RuntimeLookups.Entries"/> plus one), defined in a section (<see cref="Section"/> &gt; 0;
    /// <see cref="Value"/> without Arm's Thumb bit), or neither.</summary>
    internal struct Sym
    {
        public int Section;
        public int Lookup;
        public ulong Value;
    }

    /// <summary>A function the search reached: where it is (from <see cref="FunctionInfo"/>) and what the search
    /// found out.</summary>
    internal sealed class Function(int index, in FunctionInfo info)
    {
        public readonly int Index = index;
        public readonly int Section = info.Section;
        public readonly ulong Start = info.Start;
        public readonly ulong LocalEntry = info.LocalEntry;
        public readonly int Symbol = info.Symbol; // -1 for code outside every function symbol
        public readonly bool HasRange = info.HasRange; // it owns [RangeStart, RangeEnd) of the partition (an alias owns nothing)
        public readonly ulong RangeStart = info.RangeStart, RangeEnd = info.RangeEnd;
        public string? NameCache;
        public string? Via;             // set when it makes a lookup: the chain ("__symbol_get", "helper -> __symbol_get")
        public bool Direct;             // it calls a lookup function itself
        public bool HasNames, Resolved;
        // no name of its own, and it calls a lookup function itself or a function that is PassThrough: its caller
        // may be what hands the name on, so even the callers the assembler resolved are looked for
        public bool PassThrough;
        public List<Function>? Callees; // the functions making lookups that it calls
        public List<int>? RelocationCallers; // the functions whose relocations point into it (FindRelocationCallers)
    }

    /// <summary>The function <paramref name="index"/> of <see cref="_functions"/> as the search sees it, made on
    /// first use.</summary>
    private Function Reach(int index) =>
        _scratch.Reached[index] ??= new Function(index, _functions[index]);

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
        try
        {
            if (_callsLookup) ScanCode(names, warnings);
        }
        finally
        {
            Array.Clear(_scratch.Reached, 0, _functionCount); // drop the references, keep the array
        }
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
            if (s.IsUndefined && NativeRuntimeLookups.LookupIndex(_symbols.GetNameBytes(s)) >= 0) return true;
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

    private bool IsCode(int section) => (uint)section < (uint)_kinds.Length && _kinds[section] == CodeSection;

    private bool IsData(int section) => (uint)section < (uint)_kinds.Length && _kinds[section] == DataSection;

    private long Bias(uint type) => type < (uint)_rules.Length ? _rules[type].Bias : 0;

    // ---- the search ---------------------------------------------------------------------------------------------

    private void ScanCode(Dictionary<string, string> names, List<LookupWarning> warnings)
    {
        if (_machine == ElfMachine.PowerPC64)
        {
            _opd = _elf.FindSection(".opd"u8);
            _toc = _elf.FindSection(".toc"u8);
        }
        _kinds = Kinds(_sections);
        _partitions = new Partition?[_sections.Length];
        _relocs = new RelocationList?[_sections.Length];
        _decoded = new bool[_sections.Length];
        int functionSymbols = ReadSymbols(_symbols, main: true);
        var sites = ReadRelocations();
        BuildFunctions(functionSymbols);

        // The functions that call a lookup function, in the order of the calls.
        var queue = new Queue<Function>();
        foreach (var (section, offset, lookup) in sites)
        {
            if (FunctionAt(section, offset) is not (>= 0 and var index)) continue;
            var fn = Reach(index);
            if (fn.Direct) continue;
            fn.Via = RuntimeLookups.Entries[lookup].Function;
            fn.Direct = true;
            queue.Enqueue(fn);
        }

        // Close over the callers: a function that calls one making a lookup may hand it the name. Callers through
        // relocations are followed for every function reached. Direct branches that the assembler resolved (calls
        // to a static function in the same section) are decoded only to find the callers of a function with no name
        // of its own on a chain of such functions down to a lookup call (PassThrough: a pass-through helper,
        // lk_attach's kind, and the nameless helpers that call it): far branches once per section, near ones around
        // the function's entry. A function with names of its own gets its names from them; its callers, and the
        // nameless functions that call it, reached only that way, would add only other strings of theirs (i915: a
        // whole-section decode for intel_gt_driver_register, which only calls intel_rps_driver_register).
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
                DecodeFarBranches(fn.Section);
            }
            // Callers through relocations first, then those through decoded branches, each in address order.
            if (fn.RelocationCallers is null) FindRelocationCallers(fn, queue);
            found.Clear();
            foreach (int caller in fn.RelocationCallers!) found.Add(Reach(caller));
            for (int e = 0; e < _edges; e++)
                if (_edgeCallee[e] == fn.Index) found.Add(Reach(_edgeCaller[e]));
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

    /// <summary>The names in <paramref name="fn"/>: identifiers its relocations point at (through .toc on ppc64, and
    /// through the registers holding a string pool's address, <see cref="TrackPool"/>).</summary>
    private void FindNames(Function fn, Dictionary<string, string> names)
    {
        if (!fn.HasRange || _relocs[fn.Section] is not { } relocs) return;
        bool pools = NativeLookupTargets.HasStringPools(_machine);
        List<Base>? bases = null;
        for (int i = relocs.LowerBound(fn.RangeStart); i < relocs.Count; i++)
        {
            var r = relocs[i];
            if (r.Offset >= fn.RangeEnd) break;
            if (r.Symbol == 0 || !TryTarget(_tableInfo[r.Table][r.Symbol], r.Addend, r.Type, out int ts, out ulong to)) continue;
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
        var relocs = _relocs[fn.Section];
        uint regs = 0;
        bool direct = false;
        for (ulong p = fn.RangeStart & ~3UL; p + 4 <= fn.RangeEnd; p += 4)
        {
            uint w = Word32(code, (int)p, be);
            uint op = w >> 26, rt = (w >> 21) & 31, ra = (w >> 16) & 31, rb = (w >> 11) & 31;
            int i = relocs?.LowerBound(p) ?? 0;
            if (relocs is not null && i < relocs.Count && relocs.OffsetAt(i) < p + 4)
            {
                var first = relocs[i];
                bool isBase = false;
                foreach (var b in bases) isBase |= b.Instruction >= p && b.Instruction < p + 4;
                if (NativeLookupTargets.IsPpcCall(first.Type))
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

    private static uint Word32(ReadOnlySpan<byte> d, int o, bool be) =>
        be ? BinaryPrimitives.ReadUInt32BigEndian(d[o..]) : BinaryPrimitives.ReadUInt32LittleEndian(d[o..]);
}
