using System.Runtime.CompilerServices;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;

namespace KsymTrim.Analysis;

// NativeLookupScan: the symbols and relocations, read in place.
internal sealed partial class NativeLookupScan
{
    // Relocations per section they apply to, in offset order: executable sections, and .opd/.toc on ppc64.
    private RelocationList?[] _relocs = [];
    private int _opd = -1, _toc = -1;

    // The references into code (CodeReference), in the order of the sections they sit in and of their offsets.
    private int _codeReferenceCount;

    private struct Reloc
    {
        public ulong Offset;
        public long Addend;
        public uint Type;
        public int Symbol;
        public int Table;
    }

    /// <summary>A relocation in code section <see cref="Section"/> at <see cref="From"/> whose target is in code:
    /// <see cref="To"/> of <see cref="ToSection"/> (a call, a tail call, a function's address).</summary>
    internal struct CodeReference
    {
        public int Section, ToSection;
        public ulong From, To;
    }

    /// <summary>A call of lookup function <see cref="RuntimeLookups.Entries"/>[<paramref name="Lookup"/>] at
    /// <paramref name="Offset"/> of code section <paramref name="Section"/>.</summary>
    private readonly record struct LookupSite(int Section, ulong Offset, int Lookup);

    /// <summary>
    /// The relocations that apply to one section, in offset order. Read in place from the one SHT_REL/SHT_RELA
    /// section that applies to it when its entries are in order, as assemblers write them; otherwise (entries out of
    /// order, or several sections applying to one) merged into an array and sorted, stably.
    /// </summary>
    private sealed class RelocationList
    {
        private readonly NativeLookupScan _scan;
        private readonly ElfRelocationTable? _table;
        private readonly int _tableId, _target;
        private readonly Reloc[]? _sorted;

        public RelocationList(NativeLookupScan scan, ElfRelocationTable table, int tableId, int target)
        {
            (_scan, _table, _tableId, _target) = (scan, table, tableId, target);
            Count = table.Count;
        }

        public RelocationList(NativeLookupScan scan, Reloc[] sorted)
        {
            (_scan, _sorted) = (scan, sorted);
            Count = sorted.Length;
        }

        public int Count { get; }

        public Reloc this[int i] => _sorted is not null ? _sorted[i] : _scan.ToReloc(_table!, i, _table![i], _tableId, _target);

        /// <summary>Where relocation <paramref name="i"/> applies.</summary>
        public ulong OffsetAt(int i) => _sorted is not null ? _sorted[i].Offset : _table![i].Offset;

        /// <summary>The first relocation at or after <paramref name="offset"/>, or <see cref="Count"/>.</summary>
        public int LowerBound(ulong offset)
        {
            int lo = 0, hi = Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (OffsetAt(mid) < offset) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
    }

    /// <summary>Reads <paramref name="table"/> into <see cref="_tableInfo"/>; returns how many function symbols it
    /// put in <see cref="Scratch.FunctionSymbols"/> (those of the <paramref name="main"/> table only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int ReadSymbols(ElfSymbolTable table, bool main)
    {
        Sym[] info;
        if (main)
        {
            Grow(ref _scratch.Symbols, table.Count);
            info = _scratch.Symbols;
            Array.Clear(info, 0, table.Count);
        }
        else info = new Sym[table.Count];
        var functions = _scratch.FunctionSymbols;
        int functionCount = 0;
        bool arm = _machine == ElfMachine.Arm;
        foreach (var s in table)
        {
            if (s.IsUndefined)
            {
                info[s.Index].Lookup = NativeRuntimeLookups.LookupIndex(table.GetNameBytes(s)) + 1;
            }
            else if (s.IsInSection && s.SectionIndex < (uint)_sections.Length)
            {
                ref var x = ref info[s.Index];
                x.Section = (int)s.SectionIndex;
                x.Value = arm && s.Type == ElfSymbolType.Function ? s.Value & ~1UL : s.Value; // the Thumb bit
                if (!main) continue;
                if (s.Type == ElfSymbolType.Object && s.Size > 0)
                {
                    if (_objectCount == _objectSymbols.Length) Array.Resize(ref _objectSymbols, Math.Max(64, _objectCount * 2));
                    _objectSymbols[_objectCount++] = s.Index;
                }
                else if (s.Type is ElfSymbolType.Function or ElfSymbolType.GnuIndirectFunction)
                {
                    if (functionCount == functions.Length)
                    {
                        Grow(ref _scratch.FunctionSymbols, functionCount + 64, functionCount);
                        functions = _scratch.FunctionSymbols;
                    }
                    ref var f = ref functions[functionCount++];
                    (f.Symbol, f.Section, f.Value, f.Size, f.Other) = (s.Index, (int)s.SectionIndex, s.Value, s.Size, s.Other);
                }
            }
        }
        _tables.Add(table);
        _tableInfo.Add(info);
        return functionCount;
    }

    /// <summary>The index in <see cref="_tables"/> of <paramref name="table"/>, its symbols read once.</summary>
    private int TableId(ElfSymbolTable table)
    {
        for (int i = 0; i < _tables.Count; i++)
            if (_tables[i].SectionIndex == table.SectionIndex) return i;
        ReadSymbols(table, main: false);
        return _tables.Count - 1;
    }

    /// <summary>
    /// Opens the relocations of every code section (and of .opd and .toc on ppc64), checking each entry once, and
    /// returns the lookup calls among them, in the order of their sections and offsets; the references into code
    /// go to <see cref="Scratch.CodeReferences"/> in the same order.
    /// </summary>
    /// <exception cref="KsymFormatException">An entry applies outside its section or names no symbol.</exception>
    private List<LookupSite> ReadRelocations()
    {
        // The relocation sections that apply to each section the analysis reads, in section order.
        var tables = new List<int>?[_sections.Length];
        for (int i = 1; i < _sections.Length; i++)
        {
            if (_sections[i].Type is not (ElfSectionType.Rel or ElfSectionType.Rela)) continue;
            int target = (int)_sections[i].Info;
            if (IsCode(target) || (target == _opd && _opd > 0) || (target == _toc && _toc > 0)) (tables[target] ??= []).Add(i);
        }
        var sites = new List<LookupSite>();
        _codeReferenceCount = 0;
        // .opd and .toc first: a reference from code through a function descriptor follows its relocation.
        foreach (int target in (ReadOnlySpan<int>)[_opd, _toc])
            if (target > 0 && tables[target] is { } list) _relocs[target] = Open(target, list, null);
        for (int target = 1; target < _sections.Length; target++)
            if (IsCode(target) && tables[target] is { } list) _relocs[target] = Open(target, list, sites);
        return sites;
    }

    /// <summary>The relocations that apply to <paramref name="target"/>, from <paramref name="relSections"/>, with
    /// the lookup calls and code references among them collected when <paramref name="sites"/> is given.</summary>
    private RelocationList? Open(int target, List<int> relSections, List<LookupSite>? sites)
    {
        int siteMark = sites?.Count ?? 0, referenceMark = _codeReferenceCount;
        if (relSections.Count == 1)
        {
            var table = _elf.OpenRelocations(relSections[0]);
            if (table.Count == 0) return null;
            int tableId = TableId(table.Symbols);
            var info = _tableInfo[tableId];
            ulong size = _sections[target].Size, last = 0;
            bool sorted = true; // as assemblers write them
            Span<ElfRelocation> chunk = stackalloc ElfRelocation[128];
            for (int start = 0; start < table.Count;)
            {
                int got = table.CopyTo(start, chunk);
                for (int k = 0; k < got; k++)
                {
                    ref readonly var e = ref chunk[k];
                    if (e.Offset >= size) ThrowOutside(table, start + k, e.Offset, target);
                    sorted &= e.Offset >= last;
                    last = e.Offset;
                    long addend = table.HasAddends ? e.Addend : ImplicitAddend(target, e, table, start + k);
                    if (sites is not null && e.SymbolIndex != 0) Collect(target, e.Offset, addend, e.Type, info[e.SymbolIndex], sites);
                }
                start += got;
            }
            if (sorted) return new RelocationList(this, table, tableId, target);
            // Out of order: collected again from the sorted array.
            sites?.RemoveRange(siteMark, sites.Count - siteMark);
            _codeReferenceCount = referenceMark;
        }
        var merged = new List<Reloc>();
        foreach (int i in relSections)
        {
            var table = _elf.OpenRelocations(i);
            int tableId = TableId(table.Symbols);
            for (int n = 0; n < table.Count; n++) merged.Add(ToReloc(table, n, table[n], tableId, target));
        }
        if (merged.Count == 0) return null;
        var relocs = merged.ToArray();
        SortByOffset(relocs);
        if (sites is not null)
            foreach (var r in relocs)
                if (r.Symbol != 0) Collect(target, r.Offset, r.Addend, r.Type, _tableInfo[r.Table][r.Symbol], sites);
        return new RelocationList(this, relocs);
    }

    /// <summary>Notes the relocation at <paramref name="offset"/> of code section <paramref name="section"/>
    /// against <paramref name="sym"/> when it calls a lookup function or points into code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Collect(int section, ulong offset, long addend, uint type, in Sym sym, List<LookupSite> sites)
    {
        if (sym.Lookup > 0)
        {
            sites.Add(new LookupSite(section, offset, sym.Lookup - 1));
            return;
        }
        // Most relocations point into data: ruled out before any arithmetic.
        if (!IsCode(sym.Section) && (sym.Section != _opd || _opd <= 0)) return;
        if (!TryTarget(sym, addend, type, out int ts, out ulong to) || !IsCode(ts)) return;
        if (_codeReferenceCount == _scratch.CodeReferences.Length)
            Grow(ref _scratch.CodeReferences, _codeReferenceCount + 256, _codeReferenceCount);
        ref var c = ref _scratch.CodeReferences[_codeReferenceCount++];
        (c.Section, c.From, c.ToSection, c.To) = (section, offset, ts, to);
    }

    /// <summary>Entry <paramref name="n"/> of <paramref name="table"/> (<paramref name="e"/>) as the analysis reads
    /// it: checked to apply inside section <paramref name="target"/>, with its addend (read from the code for
    /// SHT_REL).</summary>
    private Reloc ToReloc(ElfRelocationTable table, int n, in ElfRelocation e, int tableId, int target)
    {
        if (e.Offset >= _sections[target].Size) ThrowOutside(table, n, e.Offset, target);
        return new Reloc
        {
            Offset = e.Offset,
            Type = e.Type,
            Symbol = (int)e.SymbolIndex,
            Addend = table.HasAddends ? e.Addend : ImplicitAddend(target, e, table, n),
            Table = tableId,
        };
    }

    private void ThrowOutside(ElfRelocationTable table, int n, ulong offset, int target) =>
        Throw.Elf(DiagnosticId.ElfBadRelocations, EntryOffset(table, n),
            $"relocation {n} of section [{table.SectionIndex}] applies at 0x{offset:x}, outside section [{target}] (0x{_sections[target].Size:x} bytes)");

    /// <summary>The file offset of entry <paramref name="n"/> of <paramref name="table"/>, for diagnostics.</summary>
    private long EntryOffset(ElfRelocationTable table, int n)
    {
        ref readonly var sh = ref _sections[table.SectionIndex];
        return (long)sh.Offset + n * (long)(sh.Size / (ulong)table.Count);
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

    /// <summary>An SHT_REL entry's addend, read from the bytes it patches (<see cref="AddendForm"/>); 0 for a type
    /// the tables do not know (no such type names a string or a call).</summary>
    private long ImplicitAddend(int target, in ElfRelocation r, ElfRelocationTable table, int n)
    {
        var form = r.Type < (uint)_rules.Length ? _rules[r.Type].Addend : AddendForm.Entry;
        if (form == AddendForm.Entry) return 0;
        var data = _elf.GetSectionData(target);
        if (!Bounds.Fits(r.Offset, 4, data.Length))
            Throw.Elf(DiagnosticId.ElfBadRelocations, EntryOffset(table, n),
                $"relocation {n} of section [{table.SectionIndex}] patches 4 bytes at 0x{r.Offset:x}, past the end of section [{target}] (0x{data.Length:x} bytes)");
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

    /// <summary>The (section, offset) a relocation against a defined symbol names: S + A + the type's bias, through
    /// the ELFv1 function descriptor when that is in .opd; false when it lies outside its section.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryTarget(in Sym sym, long addend, uint type, out int section, out ulong offset)
    {
        section = sym.Section;
        offset = sym.Value + (ulong)addend + (ulong)Bias(type);
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
        for (int i = relocs.LowerBound(offset); i < relocs.Count; i++)
        {
            var r = relocs[i];
            if (r.Offset != offset) break;
            if (r.Type != NativeLookupTargets.PpcAddr64 || r.Symbol == 0) continue;
            ref readonly var sym = ref _tableInfo[r.Table][r.Symbol];
            if (sym.Section <= 0 || sym.Section == section) return false;
            (toSection, to) = (sym.Section, sym.Value + (ulong)r.Addend);
            return to < _sections[toSection].Size;
        }
        return false;
    }

    /// <summary>True when a relocation patches a byte of [p, p + size) of a code section: those bits are not final,
    /// so they decode to no branch of their own (a relocated call is found through its relocation).</summary>
    private bool Covered(int section, ulong p, int size)
    {
        if (_relocs[section] is not { } relocs) return false;
        for (int i = relocs.LowerBound(p >= 3 ? p - 3 : 0); i < relocs.Count; i++)
        {
            ulong at = relocs.OffsetAt(i);
            if (at >= p + (ulong)size) break;
            if (at + 4 > p) return true; // fields are at most 4 bytes where branches are decoded
        }
        return false;
    }
}
