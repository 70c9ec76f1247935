using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using KsymTrim.Elf;

namespace KsymTrim.Analysis;

// NativeLookupScan: the code divided among functions, the callers of a function, and the branches an assembler
// resolved.
internal sealed partial class NativeLookupScan
{
    // Every function symbol in code, then the code outside them (gaps), each with its index in this array: the
    // search makes a Function of those it reaches (Reach). Per code section, a partition of its bytes among them.
    private FunctionInfo[] _functions = [];
    private int _functionCount;
    private Partition?[] _partitions = [];

    // Calls found by decoding the direct branches of a section (callee index, caller index).
    private int[] _edgeCallee = [], _edgeCaller = [];
    private int _edges;
    private bool[] _decoded = [];

    /// <summary>A function symbol, before relocations (ELFv1 descriptors) can place it.</summary>
    internal struct FunctionSymbol
    {
        public int Symbol, Section;
        public ulong Value, Size;
        public byte Other;
    }

    /// <summary>A function symbol placed in its code section, or a gap (<see cref="Symbol"/> -1): code outside every
    /// function symbol (asm, padding, a section without symbols), named after its section.</summary>
    internal struct FunctionInfo
    {
        public int Symbol, Section;
        public ulong Start, End, LocalEntry;
        public bool Thumb;
        public bool HasRange;           // it owns [RangeStart, RangeEnd) of the partition (an alias owns nothing)
        public ulong RangeStart, RangeEnd;
    }

    /// <summary>A code section's bytes divided among functions (<see cref="Count"/> parts, from
    /// <see cref="Scratch.PartStarts"/>[<see cref="First"/>]), and its function entries, sorted (from
    /// <see cref="Scratch.Entries"/>[<see cref="FirstEntry"/>]); functions by their index in
    /// <see cref="_functions"/>.</summary>
    private sealed class Partition(Scratch scratch, int first, int count, int firstEntry, int entryCount)
    {
        public readonly int First = first, Count = count, FirstEntry = firstEntry, EntryCount = entryCount;
        private ulong[]? _entryBits;

        /// <summary>Where part <paramref name="i"/> starts.</summary>
        public ulong Start(int i) => scratch.PartStarts[First + i];

        /// <summary>The function owning part <paramref name="i"/>.</summary>
        public int Owner(int i) => scratch.PartOwners[First + i];

        /// <summary>One bit per byte of the section, set at each entry (function starts, and ppc64 local entry
        /// points): the branch decoder's first test.</summary>
        public ulong[] EntryBits(ulong size)
        {
            if (_entryBits is not null) return _entryBits;
            var bits = new ulong[(int)(size >> 6) + 1];
            foreach (var e in scratch.Entries.AsSpan(FirstEntry, EntryCount))
                if (e < size) bits[(int)(e >> 6)] |= 1UL << (int)(e & 63);
            return _entryBits = bits;
        }

        /// <summary>The function whose entry is at <paramref name="offset"/>, or -1.</summary>
        public int EntryAt(ulong offset)
        {
            var entries = scratch.Entries.AsSpan(FirstEntry, EntryCount);
            int i = entries.BinarySearch(offset);
            return i >= 0 ? scratch.EntryOwners[FirstEntry + i] : -1;
        }

        /// <summary>The part holding byte <paramref name="offset"/>: the last that starts at or before it.</summary>
        public int PartAt(ulong offset)
        {
            var starts = scratch.PartStarts.AsSpan(First, Count);
            int lo = 0, hi = starts.Length - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void BuildFunctions(int count)
    {
        // Each function symbol, the gap before it, and one more gap per section at most.
        Grow(ref _scratch.Functions, 2 * count + _sections.Length + 1);
        Grow(ref _scratch.Reached, _scratch.Functions.Length);
        var fns = _functions = _scratch.Functions;
        var symbols = _scratch.FunctionSymbols;
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
            fns[_functionCount++] = new FunctionInfo
            {
                Symbol = s.Symbol,
                Section = section,
                Start = start,
                End = end,
                Thumb = thumb,
                LocalEntry = _machine == ElfMachine.PowerPC64 ? NativeLookupTargets.PpcLocalEntry(s.Other) : 0,
            };
        }
        // By section, then by start, the longest first (so that an alias or a nested symbol does not split a
        // function), then in symbol order.
        int placed = _functionCount;
        Grow(ref _scratch.Order, placed);
        var order = _scratch.Order;
        for (int i = 0; i < placed; i++) order[i] = new SortKey { Section = fns[i].Section, Index = i, Start = fns[i].Start, End = fns[i].End };
        SortFunctions(order, placed);
        // Room for every partition: each function and the gap before it, one more gap per section; the entries.
        Grow(ref _scratch.PartStarts, 2 * placed + _sections.Length);
        Grow(ref _scratch.PartOwners, 2 * placed + _sections.Length);
        Grow(ref _scratch.Entries, placed * (_machine == ElfMachine.PowerPC64 ? 2 : 1));
        Grow(ref _scratch.EntryOwners, placed * (_machine == ElfMachine.PowerPC64 ? 2 : 1));
        int at = 0, parts = 0, entries = 0;
        for (int section = 1; section < _sections.Length; section++)
        {
            if (!IsCode(section)) continue;
            int first = at;
            while (at < placed && order[at].Section == section) at++;
            var part = Divide(section, order.AsSpan(first, at - first), parts, entries);
            _partitions[section] = part;
            parts += part.Count;
            entries += part.EntryCount;
        }
    }

    /// <summary>The partition of code section <paramref name="section"/> among <paramref name="list"/>, its
    /// functions in order, written to the scratch arrays from <paramref name="parts"/> and
    /// <paramref name="entryAt"/> on.</summary>
    private Partition Divide(int section, ReadOnlySpan<SortKey> list, int parts, int entryAt)
    {
        var fns = _functions;
        ulong size = _sections[section].Size;
        for (int i = 0; i < list.Length; i++)
        {
            ref var fn = ref fns[list[i].Index];
            if (fn.End > fn.Start) continue;
            ulong next = size; // no st_size: up to the next function
            for (int j = i + 1; j < list.Length; j++)
                if (list[j].Start > fn.Start) { next = list[j].Start; break; }
            fn.End = next;
        }
        var starts = _scratch.PartStarts;
        var owners = _scratch.PartOwners;
        var entries = _scratch.Entries;
        var entryOwners = _scratch.EntryOwners;
        int first = parts, firstEntry = entryAt;
        ulong cursor = 0;
        foreach (var key in list)
        {
            int index = key.Index;
            ref readonly var fn = ref fns[index];
            if (entryAt == firstEntry || entries[entryAt - 1] != fn.Start) (entries[entryAt], entryOwners[entryAt++]) = (fn.Start, index);
            if (fn.LocalEntry != 0) (entries[entryAt], entryOwners[entryAt++]) = (fn.Start + fn.LocalEntry, index);
            if (fn.End <= cursor) continue; // an alias, or nested in the previous one
            if (fn.Start > cursor) (starts[parts], owners[parts++]) = (cursor, Gap(section, cursor));
            (starts[parts], owners[parts++]) = (Math.Max(cursor, fn.Start), index);
            cursor = fn.End;
        }
        if (cursor < size || parts == first) (starts[parts], owners[parts++]) = (cursor, Gap(section, cursor));
        for (int i = first; i < parts; i++)
        {
            ref var owner = ref fns[owners[i]];
            (owner.HasRange, owner.RangeStart, owner.RangeEnd) = (true, starts[i], i + 1 < parts ? starts[i + 1] : size);
        }
        // A local entry point may pass the next function's start.
        SortEntries(entries.AsSpan(firstEntry, entryAt - firstEntry), entryOwners.AsSpan(firstEntry, entryAt - firstEntry));
        return new Partition(_scratch, first, parts - first, firstEntry, entryAt - firstEntry);
    }

    /// <summary>A function's place in the sort of <see cref="BuildFunctions"/>: its keys beside its index, so that
    /// the sort reads one array in order.</summary>
    internal struct SortKey
    {
        public int Section, Index;
        public ulong Start, End;
    }

    /// <summary>Sorts the first <paramref name="count"/> functions of <paramref name="keys"/> by section, start, and
    /// end (the longest first); a merge sort, stable, so that ties stay in symbol order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SortFunctions(SortKey[] keys, int count)
    {
        Grow(ref _scratch.Merge, count);
        var from = keys;
        var to = _scratch.Merge;
        for (int width = 1; width < count; width *= 2)
        {
            for (int lo = 0; lo < count; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, count), hi = Math.Min(lo + 2 * width, count);
                int a = lo, b = mid, k = lo;
                while (a < mid && b < hi) to[k++] = Before(from[b], from[a]) ? from[b++] : from[a++];
                while (a < mid) to[k++] = from[a++];
                while (b < hi) to[k++] = from[b++];
            }
            (from, to) = (to, from);
        }
        if (from != keys) Array.Copy(from, keys, count);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static bool Before(in SortKey x, in SortKey y) =>
            x.Section != y.Section ? x.Section < y.Section : x.Start != y.Start ? x.Start < y.Start : x.End > y.End;
    }

    /// <summary>Sorts entries by offset (an insertion sort: they are sorted but for ppc64 local entry points).</summary>
    private static void SortEntries(Span<ulong> entries, Span<int> owners)
    {
        for (int i = 1; i < entries.Length; i++)
        {
            ulong e = entries[i];
            int o = owners[i];
            int j = i - 1;
            for (; j >= 0 && entries[j] > e; j--) (entries[j + 1], owners[j + 1]) = (entries[j], owners[j]);
            (entries[j + 1], owners[j + 1]) = (e, o);
        }
    }

    /// <summary>Code outside every function symbol from <paramref name="start"/>: a function of its own, named
    /// after its section. On Arm its instruction set is unknown, so both are decoded there.</summary>
    private int Gap(int section, ulong start)
    {
        _functions[_functionCount] = new FunctionInfo { Symbol = -1, Section = section, Start = start, End = start };
        return _functionCount++;
    }

    /// <summary>The function owning byte <paramref name="offset"/> of code section <paramref name="section"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FunctionAt(int section, ulong offset)
    {
        if ((uint)section >= (uint)_partitions.Length || _partitions[section] is not { } part) return -1;
        int i = part.PartAt(offset);
        return i < 0 ? -1 : part.Owner(i);
    }

    /// <summary>
    /// Sets <see cref="Function.RelocationCallers"/> of <paramref name="fn"/> and of every function in
    /// <paramref name="queue"/> still without them: the functions with a relocation into each (a reference into
    /// code owned by it; one to itself does not count), in the order of the references. One pass over the
    /// references per round of the search, whatever the size of the round.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindRelocationCallers(Function fn, Queue<Function> queue)
    {
        var round = new List<Function> { fn };
        foreach (var q in queue)
            if (q.RelocationCallers is null && !round.Contains(q)) round.Add(q);
        // Per section, the span of the code the round owns: most references fall outside it.
        var low = new ulong[_sections.Length];
        var high = new ulong[_sections.Length];
        Array.Fill(low, ulong.MaxValue);
        foreach (var f in round)
        {
            f.RelocationCallers = [];
            if (!f.HasRange) continue; // an alias: references into its code belong to the owner
            low[f.Section] = Math.Min(low[f.Section], f.RangeStart);
            high[f.Section] = Math.Max(high[f.Section], f.RangeEnd);
        }
        var refs = _scratch.CodeReferences;
        for (int i = 0; i < _codeReferenceCount; i++)
        {
            ref readonly var c = ref refs[i];
            if (c.To < low[c.ToSection] || c.To >= high[c.ToSection]) continue;
            foreach (var f in round)
            {
                if (!f.HasRange || f.Section != c.ToSection || c.To < f.RangeStart || c.To >= f.RangeEnd) continue;
                int caller = FunctionAt(c.Section, c.From);
                if (caller >= 0 && caller != f.Index) f.RelocationCallers!.Add(caller);
                break;
            }
        }
    }

    private void AddEdge(int callee, int caller)
    {
        if (_edges == _edgeCallee.Length)
        {
            Grow(ref _edgeCallee, _edges + 64, _edges);
            Grow(ref _edgeCaller, _edges + 64, _edges);
        }
        _edgeCallee[_edges] = callee;
        _edgeCaller[_edges] = caller;
        _edges++;
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
            if (NativeLookupTargets.Branches(_machine, false) is { } set) DecodeFar(section, code, 0, (ulong)code.Length, -1, set, part);
            return;
        }
        for (int i = 0; i < part.Count; i++) // Arm: each function in its own instruction set; both outside them
        {
            ulong start = part.Start(i), end = i + 1 < part.Count ? part.Start(i + 1) : (ulong)code.Length;
            int owner = part.Owner(i);
            bool thumb = _functions[owner].Thumb;
            if (NativeLookupTargets.Branches(_machine, thumb) is { } set) DecodeFar(section, code, start, end, owner, set, part);
            if (_functions[owner].Symbol < 0 && NativeLookupTargets.Branches(_machine, !thumb) is { } other)
                DecodeFar(section, code, start, end, owner, other, part);
        }
    }

    /// <summary>One pass of the far forms over [start, end); the caller is function <paramref name="caller"/>, or
    /// found from the partition when -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void DecodeFar(int section, ReadOnlySpan<byte> code, ulong start, ulong end, int caller, BranchSet set, Partition part)
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
                int callee = part.EntryAt(t), from = caller >= 0 ? caller : FunctionAt(section, p);
                if (callee < 0 || from < 0 || callee == from || Covered(section, p, form.Size)) continue;
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
        if (fn.Symbol < 0 || _partitions[fn.Section] is null) return;
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
                        if (FunctionAt(fn.Section, p) is not (>= 0 and var index) || index == fn.Index) continue;
                        var caller = Reach(index);
                        if (!found.Contains(caller) && !Covered(fn.Section, p, form.Size)) found.Add(caller);
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
}
