using System.Buffers.Binary;
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
/// whose code holds a relocation against an undefined lookup function, closed over their callers in the object
/// (a call through a relocation into the function, or a direct branch to its start that the assembler resolved
/// itself: the <c>dvb_attach</c>-style helpers that pass their own argument on). In each such function every
/// relocation that names a NUL-terminated identifier in a data section is taken as a name. That over-approximates
/// (another identifier string used by the same function is kept too) and never misses a constant that the code
/// takes the address of, whatever the register or the path that carries it to the call.
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
        var scan = new NativeLookupScan(elf, symbols, member);
        return scan.Run();
    }
}


/// <summary>One analysis of one object (<see cref="NativeRuntimeLookups.Find"/>).</summary>
internal sealed class NativeLookupScan
{
    private const string NoName = "no constant string reaches it in this object";
    private readonly ElfFile _elf;
    private readonly ElfSymbolTable _symbols;
    private readonly string? _member;
    private readonly ushort _machine;
    private readonly ElfSectionHeader[] _sections;

    // What the analysis needs of each symbol, per symbol table the relocations use (normally the one table).
    private readonly List<(ElfSymbolTable Table, Sym[] Info)> _tables = [];

    // Code: every function, and per executable section a partition of its bytes among them (the bytes outside
    // every function symbol become functions named after the section).
    private readonly List<Function> _functions = [];
    private readonly Dictionary<int, Partition> _partitions = [];

    // Relocations per section they apply to, sorted by offset: executable sections, and .opd/.toc on ppc64.
    private readonly Dictionary<int, Reloc[]> _relocs = [];
    private int _opd = -1, _toc = -1;

    // References from code into code, per target section, sorted by target: the callers of a function are found
    // only for the functions that make lookups. Decoded direct branches, per callee, for the sections decoded.
    private readonly Dictionary<int, CodeRef[]> _codeRefs = [];
    private readonly Dictionary<Function, List<Function>> _branchCallers = [];
    private readonly HashSet<int> _decoded = [];

    public NativeLookupScan(ElfFile elf, ElfSymbolTable symbols, string? member)
    {
        _elf = elf;
        _symbols = symbols;
        _member = member;
        _machine = elf.Machine;
        _sections = elf.Sections.ToArray();
    }

    private sealed class Function(int section, ulong start, ulong end)
    {
        public readonly int Section = section;
        public readonly ulong Start = start;
        public ulong End = end;
        public ulong LocalEntry;
        public int Symbol = -1;         // its symbol, or -1 for code outside every function symbol
        public bool Thumb;
        public string? NameCache;
        public List<(ulong Start, ulong End)>? Ranges; // the partition's intervals it owns (usually one)
        public string? Via;             // set when it makes a lookup: the chain ("__symbol_get", "helper -> __symbol_get")
        public bool Direct;             // it calls a lookup function itself
        public bool HasNames, Resolved;
        public List<Function>? Callees; // the functions making lookups that it calls
    }

    private sealed class Partition(ulong[] starts, Function[] owners, Dictionary<ulong, Function> entries)
    {
        public readonly ulong[] Starts = starts;
        public readonly Function[] Owners = owners;
        public readonly Dictionary<ulong, Function> Entries = entries; // entry offsets (start; ppc64 local entry)
    }

    /// <summary>A symbol as the analysis sees it: a lookup function (<see cref="Lookup"/> set), defined in a section
    /// (<see cref="Section"/> &gt; 0; <see cref="Value"/> without Arm's Thumb bit), or neither.</summary>
    private readonly record struct Sym(string? Lookup, int Section, ulong Value);

    private readonly record struct Reloc(ulong Offset, uint Type, int Symbol, long Addend, int Table);

    private readonly record struct CodeRef(ulong Target, int FromSection, ulong FromOffset);

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
        if (HasLookupSymbol()) ScanCode(names, warnings);
        if (NativeRuntimeLookups.MayHaveNoTrimSection(_elf)) ScanNoTrimSections(names);
        if (names.Count == 0 && warnings.Count == 0) return NativeLookupResult.None;
        var refs = new List<SymbolReference>(names.Count);
        foreach (var (name, evidence) in names) refs.Add(new SymbolReference(name, ReferenceSource.RuntimeLookup, evidence));
        refs.Sort(static (a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));
        return new NativeLookupResult(refs, warnings);
    }

    private bool HasLookupSymbol()
    {
        foreach (var s in _symbols)
            if (s.IsUndefined && RuntimeLookups.Find(_symbols.GetNameBytes(s)) is not null) return true;
        return false;
    }

    private bool IsCode(int section) =>
        (uint)section < (uint)_sections.Length && _sections[section].HasContents &&
        (_sections[section].Flags & (ElfSectionFlags.ExecInstr | ElfSectionFlags.Alloc)) == (ElfSectionFlags.ExecInstr | ElfSectionFlags.Alloc);

    /// <summary>Allocated data that can hold a string: SHT_PROGBITS, not executable (.rodata*, SHF_MERGE|SHF_STRINGS
    /// string sections, .data*).</summary>
    private bool IsData(int section) =>
        (uint)section < (uint)_sections.Length && _sections[section].Type == ElfSectionType.ProgBits &&
        (_sections[section].Flags & (ElfSectionFlags.ExecInstr | ElfSectionFlags.Alloc)) == ElfSectionFlags.Alloc;

    // ---- code ---------------------------------------------------------------------------------------------------

    private void ScanCode(Dictionary<string, string> names, List<LookupWarning> warnings)
    {
        if (_machine == ElfMachine.PowerPC64)
        {
            _opd = _elf.FindSection(".opd"u8);
            _toc = _elf.FindSection(".toc"u8);
        }
        ReadRelocations();
        BuildFunctions();

        // The lookup calls, and every reference from code into code.
        var queue = new Queue<Function>();
        var codeRefs = new Dictionary<int, List<CodeRef>>();
        foreach (var (section, relocs) in _relocs)
        {
            if (!IsCode(section)) continue;
            foreach (var r in relocs)
            {
                if (r.Symbol == 0) continue;
                var sym = _tables[r.Table].Info[r.Symbol];
                if (sym.Lookup is not null)
                {
                    if (FunctionAt(section, r.Offset) is { Direct: false } fn)
                    {
                        fn.Via = sym.Lookup;
                        fn.Direct = true;
                        queue.Enqueue(fn);
                    }
                }
                else if (Target(r, sym) is var (ts, to) && IsCode(ts))
                {
                    if (!codeRefs.TryGetValue(ts, out var list)) codeRefs[ts] = list = [];
                    list.Add(new CodeRef(to, section, r.Offset));
                }
            }
        }
        foreach (var (section, list) in codeRefs)
        {
            var array = list.ToArray();
            var keys = new ulong[array.Length];
            for (int i = 0; i < keys.Length; i++) keys[i] = array[i].Target;
            Array.Sort(keys, array);
            _codeRefs[section] = array;
        }

        // Close over the callers: a function that calls one making a lookup may hand it the name.
        while (queue.TryDequeue(out var fn))
        {
            foreach (var caller in CallersOf(fn))
            {
                (caller.Callees ??= []).Add(fn);
                if (caller.Via is not null) continue;
                caller.Via = NameOf(fn) + " -> " + fn.Via;
                queue.Enqueue(caller);
            }
        }

        // The names: identifiers that relocations in those functions point at.
        bool pools = NativeLookupTargets.HasStringPools(_machine);
        foreach (var fn in _functions)
        {
            if (fn.Via is null || fn.Ranges is null || !_relocs.TryGetValue(fn.Section, out var relocs)) continue;
            List<Base>? bases = null;
            foreach (var (start, end) in fn.Ranges)
            {
                for (int i = LowerBound(relocs, start); i < relocs.Length && relocs[i].Offset < end; i++)
                {
                    var r = relocs[i];
                    if (r.Symbol == 0) continue;
                    if (Target(r, _tables[r.Table].Info[r.Symbol]) is not var (ts, to)) continue;
                    bool viaToc = false;
                    if (ts == _toc && _toc > 0 && FollowWord(_toc, to) is var (ts2, to2)) (ts, to, viaToc) = (ts2, to2, true);
                    if (!IsData(ts)) continue;
                    if (pools && !viaToc && (_sections[ts].Flags & ElfSectionFlags.Strings) == 0)
                    {
                        (bases ??= []).Add(new Base(ts, to, r.Offset));
                        continue;
                    }
                    AddName(fn, ts, to, names);
                }
            }
            if (bases is not null) TrackPool(fn, bases, names);
        }

        Warn(warnings);
    }

    /// <summary>The functions that call <paramref name="fn"/>: a relocation in them names a byte of it (a call, a
    /// jump into a cold part, an address taken), or a direct branch in them targets its entry.</summary>
    private List<Function> CallersOf(Function fn)
    {
        var result = new List<Function>();
        if (_codeRefs.TryGetValue(fn.Section, out var refs) && fn.Ranges is not null)
        {
            foreach (var (start, end) in fn.Ranges)
            {
                int lo = 0, hi = refs.Length;
                while (lo < hi)
                {
                    int mid = (lo + hi) >>> 1;
                    if (refs[mid].Target < start) lo = mid + 1; else hi = mid;
                }
                for (int i = lo; i < refs.Length && refs[i].Target < end; i++)
                    if (FunctionAt(refs[i].FromSection, refs[i].FromOffset) is { } caller && caller != fn && !result.Contains(caller))
                        result.Add(caller);
            }
        }
        DecodeBranches(fn.Section);
        if (_branchCallers.TryGetValue(fn, out var branches))
            foreach (var caller in branches)
                if (!result.Contains(caller)) result.Add(caller);
        return result;
    }

    /// <summary>A warning for each function that calls a lookup function with no identifier in sight, in it or in
    /// any function that calls it (directly or through others).</summary>
    private void Warn(List<LookupWarning> warnings)
    {
        var queue = new Queue<Function>();
        foreach (var fn in _functions)
            if (fn.Via is not null && fn.HasNames)
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
        foreach (var fn in _functions)
            if (fn.Direct && !fn.Resolved)
                warnings.Add(new LookupWarning(_member, NameOf(fn), fn.Via!, NoName));
    }

    private void AddName(Function fn, int section, ulong offset, Dictionary<string, string> names)
    {
        if (Name(section, offset) is not { } name) return;
        fn.HasNames = true;
        names.TryAdd(name, RuntimeLookups.CallEvidence(NameOf(fn), fn.Via!, name));
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
        foreach (var (start, end) in fn.Ranges!)
        {
            uint regs = 0;
            bool direct = false;
            for (ulong p = start & ~3UL; p + 4 <= end; p += 4)
            {
                uint w = Word32(code, (int)p, be);
                uint op = w >> 26, rt = (w >> 21) & 31, ra = (w >> 16) & 31, rb = (w >> 11) & 31;
                int i = LowerBound(relocs, p);
                bool relocated = i < relocs.Length && relocs[i].Offset < p + 4;
                if (relocated)
                {
                    bool isBase = false;
                    foreach (var b in bases) isBase |= b.Instruction >= p && b.Instruction < p + 4;
                    bool call = NativeLookupTargets.IsPpcCall(relocs[i].Type);
                    if (call)
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
    }

    // ---- relocations --------------------------------------------------------------------------------------------

    private void ReadRelocations()
    {
        var lists = new Dictionary<int, List<Reloc>>();
        foreach (int i in _elf.RelocationSections())
        {
            int target = (int)_sections[i].Info;
            if (!IsCode(target) && (target != _opd || _opd <= 0) && (target != _toc || _toc <= 0)) continue;
            var table = _elf.OpenRelocations(i);
            if (table.Count == 0) continue;
            int tableId = TableId(table.Symbols);
            long entrySize = (long)_sections[i].Size / table.Count;
            if (!lists.TryGetValue(target, out var list)) lists[target] = list = new List<Reloc>(table.Count);
            ulong size = _sections[target].Size;
            for (int n = 0; n < table.Count; n++)
            {
                var r = table[n];
                long at = (long)_sections[i].Offset + n * entrySize;
                if (r.Offset >= size)
                    Throw.Elf(DiagnosticId.ElfBadRelocations, at,
                        $"relocation {n} of section [{i}] applies at 0x{r.Offset:x}, outside section [{target}] (0x{size:x} bytes)");
                long addend = table.HasAddends ? r.Addend : ImplicitAddend(target, r, at, n, i);
                list.Add(new Reloc(r.Offset, r.Type, (int)r.SymbolIndex, addend, tableId));
            }
        }
        foreach (var (target, list) in lists)
        {
            var array = list.ToArray();
            bool sorted = true; // as assemblers write them
            for (int i = 1; i < array.Length && sorted; i++) sorted = array[i - 1].Offset <= array[i].Offset;
            if (!sorted)
            {
                var keys = new ulong[array.Length];
                for (int i = 0; i < keys.Length; i++) keys[i] = array[i].Offset;
                Array.Sort(keys, array);
            }
            _relocs[target] = array;
        }
    }

    /// <summary>The index in <see cref="_tables"/> of <paramref name="table"/>, its symbols read once.</summary>
    private int TableId(ElfSymbolTable table)
    {
        for (int i = 0; i < _tables.Count; i++)
            if (_tables[i].Table.SectionIndex == table.SectionIndex) return i;
        var info = new Sym[table.Count];
        bool arm = _machine == ElfMachine.Arm;
        foreach (var s in table)
        {
            if (s.IsUndefined)
            {
                if (RuntimeLookups.Find(table.GetNameBytes(s)) is { } entry) info[s.Index] = new Sym(entry.Function, 0, 0);
            }
            else if (s.IsInSection && s.SectionIndex < (uint)_sections.Length)
            {
                ulong value = arm && s.Type == ElfSymbolType.Function ? s.Value & ~1UL : s.Value; // the Thumb bit
                info[s.Index] = new Sym(null, (int)s.SectionIndex, value);
            }
        }
        _tables.Add((table, info));
        return _tables.Count - 1;
    }

    /// <summary>An SHT_REL entry's addend, read from the bytes it patches (<see cref="AddendForm"/>); 0 for a type
    /// the tables do not know (no such type names a string or a call).</summary>
    private long ImplicitAddend(int target, ElfRelocation r, long at, int n, int relSection)
    {
        var rule = NativeLookupTargets.Rule(_machine, r.Type);
        if (rule.Addend == AddendForm.Entry) return 0;
        var data = _elf.GetSectionData(target);
        if (!Bounds.Fits(r.Offset, 4, data.Length))
            Throw.Elf(DiagnosticId.ElfBadRelocations, at,
                $"relocation {n} of section [{relSection}] patches 4 bytes at 0x{r.Offset:x}, past the end of section [{target}] (0x{data.Length:x} bytes)");
        bool be = _elf.IsBigEndian;
        int o = (int)r.Offset;
        return rule.Addend switch
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
    /// the ELFv1 function descriptor when that is in .opd; null when it lies outside its section.</summary>
    private (int Section, ulong Offset)? Target(in Reloc r, in Sym sym)
    {
        int section = sym.Section;
        if (section <= 0) return null;
        ulong offset = sym.Value + (ulong)r.Addend + (ulong)NativeLookupTargets.Rule(_machine, r.Type).Bias;
        if (section == _opd && _opd > 0) return FollowWord(_opd, offset);
        return offset < _sections[section].Size ? (section, offset) : null;
    }

    /// <summary>The address that the R_PPC64_ADDR64 at <paramref name="offset"/> of <paramref name="section"/> (.opd,
    /// .toc) holds, or null.</summary>
    private (int Section, ulong Offset)? FollowWord(int section, ulong offset)
    {
        if (!_relocs.TryGetValue(section, out var relocs)) return null;
        for (int i = LowerBound(relocs, offset); i < relocs.Length && relocs[i].Offset == offset; i++)
        {
            var r = relocs[i];
            if (r.Type != NativeLookupTargets.PpcAddr64 || r.Symbol == 0) continue;
            var sym = _tables[r.Table].Info[r.Symbol];
            int s = sym.Section;
            if (s <= 0 || s == section) return null;
            ulong to = sym.Value + (ulong)r.Addend;
            return to < _sections[s].Size ? (s, to) : null;
        }
        return null;
    }

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
    private bool Covered(int section, ulong p, int size)
    {
        if (!_relocs.TryGetValue(section, out var relocs)) return false;
        for (int i = LowerBound(relocs, p >= 3 ? p - 3 : 0); i < relocs.Length && relocs[i].Offset < p + (ulong)size; i++)
            if (relocs[i].Offset + 4 > p) return true; // fields are at most 4 bytes where branches are decoded
        return false;
    }

    // ---- functions ----------------------------------------------------------------------------------------------

    private void BuildFunctions()
    {
        var bySection = new Dictionary<int, List<Function>>();
        int index = 0;
        foreach (var s in _symbols)
        {
            index = s.Index;
            if (s.Type is not (ElfSymbolType.Function or ElfSymbolType.GnuIndirectFunction) || !s.IsInSection) continue;
            int section = (int)s.SectionIndex;
            ulong start = s.Value;
            bool thumb = false;
            if (section == _opd && _opd > 0)
            {
                // ELFv1: the symbol is the descriptor, whose first word points at the code; st_size is the code's size.
                if (FollowWord(_opd, s.Value) is not var (cs, co)) continue;
                (section, start) = (cs, co);
            }
            else if (_machine == ElfMachine.Arm)
            {
                thumb = (start & 1) != 0;
                start &= ~1UL;
            }
            if (!IsCode(section) || start >= _sections[section].Size) continue;
            ulong end = s.Size == 0 ? start : start + Math.Min(s.Size, _sections[section].Size - start);
            var fn = new Function(section, start, end)
            {
                Symbol = index,
                Thumb = thumb,
                LocalEntry = _machine == ElfMachine.PowerPC64 ? NativeLookupTargets.PpcLocalEntry(s.Other) : 0,
            };
            if (!bySection.TryGetValue(section, out var list)) bySection[section] = list = [];
            list.Add(fn);
            _functions.Add(fn);
        }
        for (int section = 1; section < _sections.Length; section++)
        {
            if (!IsCode(section)) continue;
            var list = bySection.GetValueOrDefault(section) ?? [];
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
            var starts = new List<ulong>(list.Count + 1);
            var owners = new List<Function>(list.Count + 1);
            var entries = new Dictionary<ulong, Function>(list.Count);
            ulong cursor = 0;
            foreach (var fn in list)
            {
                entries.TryAdd(fn.Start, fn);
                if (fn.LocalEntry != 0) entries.TryAdd(fn.Start + fn.LocalEntry, fn);
                if (fn.End <= cursor) continue; // an alias, or nested in the previous one
                if (fn.Start > cursor) AddGap(section, cursor, fn.Start, starts, owners);
                starts.Add(Math.Max(cursor, fn.Start));
                owners.Add(fn);
                cursor = fn.End;
            }
            if (cursor < size || starts.Count == 0) AddGap(section, cursor, size, starts, owners);
            for (int i = 0; i < starts.Count; i++)
                (owners[i].Ranges ??= []).Add((starts[i], i + 1 < starts.Count ? starts[i + 1] : size));
            _partitions[section] = new Partition([.. starts], [.. owners], entries);
        }
    }

    /// <summary>Code outside every function symbol (asm, padding, a section without symbols): a function of its own,
    /// named after its section. On Arm its instruction set is unknown, so both are decoded there.</summary>
    private void AddGap(int section, ulong start, ulong end, List<ulong> starts, List<Function> owners)
    {
        var gap = new Function(section, start, end);
        starts.Add(start);
        owners.Add(gap);
        _functions.Add(gap);
    }

    /// <summary>The function owning byte <paramref name="offset"/> of code section <paramref name="section"/>, or null.</summary>
    private Function? FunctionAt(int section, ulong offset)
    {
        if (!_partitions.TryGetValue(section, out var part)) return null;
        var starts = part.Starts;
        int lo = 0, hi = starts.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found < 0 ? null : part.Owners[found];
    }

    /// <summary>Records the direct branches in code section <paramref name="section"/> whose target is a function's
    /// entry: the calls and tail calls an assembler resolves itself, without a relocation.</summary>
    private void DecodeBranches(int section)
    {
        if (!_decoded.Add(section) || !_partitions.TryGetValue(section, out var part)) return;
        var code = _elf.GetSectionData(section);
        for (int i = 0; i < part.Starts.Length; i++)
        {
            ulong start = part.Starts[i], end = i + 1 < part.Starts.Length ? part.Starts[i + 1] : (ulong)code.Length;
            var fn = part.Owners[i];
            if (NativeLookupTargets.Branches(_machine, fn.Thumb) is { } set) Decode(section, code, start, end, fn, set, part);
            if (fn.Symbol < 0 && _machine == ElfMachine.Arm && NativeLookupTargets.Branches(_machine, true) is { } thumb)
                Decode(section, code, start, end, fn, thumb, part);
        }
    }

    private void Decode(int section, ReadOnlySpan<byte> code, ulong start, ulong end, Function caller, BranchSet set, Partition part)
    {
        bool be = set.BigEndian ?? _elf.IsBigEndian;
        var forms = set.Forms;
        for (ulong p = start; p < end; p += (ulong)set.Step)
        {
            int o = (int)p;
            // The first byte rules most positions out; where every byte is a position (x86), skip to the next
            // candidate with a vectorized search.
            if (set.Step == 1 && set.FirstByteSearch is { } first)
            {
                int next = code[o..(int)end].IndexOfAny(first);
                if (next < 0) break;
                p += (ulong)next;
                o += next;
            }
            else if (!set.FirstByte[code[o]]) continue;
            ulong window = set.Halfwords ? Halfwords(code, o, (int)Math.Min(4, end - p) & ~1, _elf.IsBigEndian) : Window(code, o, end, be);
            foreach (var form in forms)
            {
                if (p + (ulong)form.Size > end) continue;
                ulong bits = set.Halfwords ? (form.Size == 4 ? window : window >> 16)
                    : be ? window >> (64 - 8 * form.Size) : form.Size == 8 ? window : window & ((1UL << (8 * form.Size)) - 1);
                if ((bits & form.Mask) != form.Match) continue;
                if (form.Target(bits, p) is not ulong t || !part.Entries.TryGetValue(t, out var callee) || callee == caller) continue;
                if (Covered(section, p, form.Size)) continue;
                if (!_branchCallers.TryGetValue(callee, out var callers)) _branchCallers[callee] = callers = [];
                if (callers.Count == 0 || callers[^1] != caller) callers.Add(caller);
            }
        }
    }

    /// <summary>Up to 8 bytes from <paramref name="o"/> (not past <paramref name="end"/>) as one number: the first
    /// byte most significant (<paramref name="be"/>, left-aligned) or least.</summary>
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

    /// <summary>The object symbols of each non-string data section that a name candidate fell in, by start.</summary>
    private readonly Dictionary<int, (ulong Start, ulong End, int Symbol)[]> _objects = [];

    private bool IsTextAt(int section, ReadOnlySpan<byte> data, ulong offset)
    {
        if (!_objects.TryGetValue(section, out var objects))
        {
            var list = new List<(ulong, ulong, int)>();
            foreach (var s in _symbols)
                if (s.IsInSection && s.SectionIndex == (uint)section && s.Type == ElfSymbolType.Object && s.Size > 0 &&
                    s.Value < (ulong)data.Length)
                    list.Add((s.Value, s.Value + Math.Min(s.Size, (ulong)data.Length - s.Value), s.Index));
            list.Sort();
            _objects[section] = objects = [.. list];
        }
        // The innermost variable holding the offset (the last one starting at or before it that covers it).
        for (int i = UpperBound(objects, offset) - 1, steps = 0; i >= 0 && steps < 8; i--, steps++)
        {
            var (start, end, symbol) = objects[i];
            if (offset >= end) continue;
            if (_symbols.GetNameBytes(_symbols[symbol]) is var name &&
                (name.StartsWith("__func__"u8) || name.StartsWith("__FUNCTION__"u8) || name.StartsWith("__PRETTY_FUNCTION__"u8)))
                return false;
            return IsStrings(data[(int)start..(int)end], (int)(offset - start));
        }
        return offset == 0 || data[(int)offset - 1] == 0;
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

    private static int UpperBound((ulong Start, ulong End, int Symbol)[] objects, ulong offset)
    {
        int lo = 0, hi = objects.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (objects[mid].Start <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
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
            if (!_sections[i].HasContents || !_elf.GetSectionNameBytes(i).SequenceEqual(NoTrim)) continue;
            var data = _elf.GetSectionData(i);
            Dictionary<ulong, string>? variables = null;
            for (int at = 0; at < data.Length;)
            {
                int n = data[at..].IndexOf((byte)0);
                if (n < 0) n = data.Length - at; // an unterminated last entry counts if it is a name
                var s = data.Slice(at, n);
                if (RuntimeLookups.IsExportName(s))
                {
                    string name = Encoding.ASCII.GetString(s);
                    variables ??= Variables(i);
                    names.TryAdd(name, RuntimeLookups.SectionEvidence(name, variables.GetValueOrDefault((ulong)at)));
                }
                at += n + 1;
            }
        }
    }

    private static ReadOnlySpan<byte> NoTrim => ".no_trim_symbol"u8;

    /// <summary>The object symbols of a section by offset (the variables of <c>.no_trim_symbol</c> entries).</summary>
    private Dictionary<ulong, string> Variables(int section)
    {
        var result = new Dictionary<ulong, string>();
        foreach (var s in _symbols)
            if (s.IsInSection && s.SectionIndex == (uint)section && s.Type == ElfSymbolType.Object)
                result.TryAdd(s.Value, _symbols.GetName(s));
        return result;
    }
}
