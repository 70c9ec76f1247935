using System.Runtime.InteropServices;

namespace KsymTrim.Analysis;

/// <summary>
/// Resolves the objects of one module against each other: a name that one member needs and another member
/// defines is internal to the module (CONTRACT.md: an archive is one module). Works on linkage facts only.
/// Thread-safe.
/// </summary>
public static class ReferenceResolver
{
    /// <summary>The symbols <paramref name="module"/> needs from outside, from its members' symbol tables, with the
    /// exports its members look up by name at run time and the warnings about lookups by computed names.</summary>
    public static ModuleReferences Resolve(string module, IReadOnlyList<ObjectLinkage> members)
    {
        var linked = ResolveLinkage(module, members);
        if (UnresolvedWeak(members, linked.References) is { Length: > 0 } weak) linked = linked with { WeakUndefined = weak };
        bool lookups = false;
        foreach (var m in members) lookups |= m.RuntimeLookups.Count > 0 || m.Warnings.Count > 0;
        return lookups ? WithRuntimeLookups(linked, members) : linked;
    }

    /// <summary>
    /// <paramref name="linked"/> with the members' run-time lookups added: one reference per name, the earliest
    /// member's evidence kept. Unlike a symbol-table reference, a lookup is not dropped when another member defines
    /// the name: the kernel resolves it through its export tables, where only an export is found.
    /// </summary>
    private static ModuleReferences WithRuntimeLookups(ModuleReferences linked, IReadOnlyList<ObjectLinkage> members)
    {
        var first = new Dictionary<string, SymbolReference>(StringComparer.Ordinal);
        var warnings = new List<LookupWarning>();
        foreach (var m in members)
        {
            foreach (var r in m.RuntimeLookups) first.TryAdd(r.Symbol, r with { Source = ReferenceSource.RuntimeLookup });
            warnings.AddRange(m.Warnings);
        }
        var refs = new List<SymbolReference>(linked.References.Count + first.Count);
        refs.AddRange(linked.References);
        refs.AddRange(first.Values);
        CollectionsMarshal.AsSpan(refs).Sort(default(Order));
        return linked with { References = refs, Warnings = warnings };
    }

    /// <summary>The members' weak undefined symbols that no member defines and none needs strongly (those are in
    /// <paramref name="references"/>), sorted, one per name.</summary>
    private static string[] UnresolvedWeak(IReadOnlyList<ObjectLinkage> members, IReadOnlyList<SymbolReference> references)
    {
        int count = 0;
        foreach (var m in members) count += m.WeakUndefined.Count;
        if (count == 0) return [];
        var defined = new HashSet<string>(StringComparer.Ordinal);
        if (members.Count > 1)
            foreach (var m in members)
                foreach (var d in m.Defined) defined.Add(d);
        var strong = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in references) strong.Add(r.Symbol);
        var weak = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var name in m.WeakUndefined)
                if (!defined.Contains(name) && !strong.Contains(name)) weak.Add(name);
        return [.. weak];
    }

    private static ModuleReferences ResolveLinkage(string module, IReadOnlyList<ObjectLinkage> members)
    {
        if (members.Count == 1 && members[0].Evidence is null)
        {
            // One object: nothing to resolve, only sort and drop repeats (the common case, a .ko).
            var m = members[0];
            var names = m.Undefined.ToArray();
            Array.Sort(names, StringComparer.Ordinal);
            string detail = m.Member is null ? "undefined" : "undefined in " + m.Member;
            var single = new List<SymbolReference>(names.Length);
            for (int i = 0; i < names.Length; i++)
                if (i == 0 || names[i] != names[i - 1]) single.Add(new SymbolReference(names[i], ReferenceSource.Symtab, detail));
            return new ModuleReferences(module, single);
        }
        HashSet<string>? defined = null;
        if (members.Count > 1) // a single member's own definitions are already left out of its evidence
        {
            defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in members)
                foreach (var d in m.Defined) defined.Add(d);
        }

        if (MergeEvidence(members, defined) is { } merged) return new ModuleReferences(module, merged);

        var first = new Dictionary<(string, ReferenceSource), string>();
        foreach (var m in members)
        {
            if (m.Evidence is { } evidence)
            {
                foreach (var r in evidence)
                    if (defined is null || !defined.Contains(r.Symbol)) first.TryAdd((r.Symbol, r.Source), r.Detail);
                continue;
            }
            foreach (var name in m.Undefined)
            {
                if (defined is not null && defined.Contains(name)) continue;
                first.TryAdd((name, ReferenceSource.Symtab), m.Member is null ? "undefined" : "undefined in " + m.Member);
            }
        }
        var refs = new List<SymbolReference>(first.Count);
        foreach (var ((name, source), detail) in first) refs.Add(new SymbolReference(name, source, detail));
        CollectionsMarshal.AsSpan(refs).Sort(default(Order));
        return new ModuleReferences(module, refs);
    }

    /// <summary>
    /// When every member has evidence in order (as <see cref="BitcodeReferenceAnalysis.Linkage"/> makes it): the
    /// members' references that <paramref name="defined"/> leaves, merged in order, the earliest member's evidence
    /// kept for a (symbol, source) several give; otherwise null. A merge of sorted runs compares each reference
    /// about log2(members) times, where sorting them all again compares it about log2(references) times.
    /// </summary>
    private static SymbolReference[]? MergeEvidence(IReadOnlyList<ObjectLinkage> members, HashSet<string>? defined)
    {
        var runs = new List<SymbolReference[]>(members.Count);
        foreach (var m in members)
        {
            if (m.Evidence is not { } evidence) return null;
            var run = new SymbolReference[evidence.Count];
            int n = 0;
            foreach (var r in evidence)
            {
                if (defined is not null && defined.Contains(r.Symbol)) continue;
                if (n > 0 && Compare(run[n - 1], r) >= 0) return null; // not in order, or repeated
                run[n++] = r;
            }
            runs.Add(n == run.Length ? run : run[..n]);
        }
        // Adjacent runs merge pairwise, the earlier on the left, so that on a tie the earlier member's evidence wins.
        while (runs.Count > 1)
        {
            int kept = 0;
            for (int i = 0; i < runs.Count; i += 2)
                runs[kept++] = i + 1 < runs.Count ? Merge(runs[i], runs[i + 1]) : runs[i];
            runs.RemoveRange(kept, runs.Count - kept);
        }
        return runs.Count == 0 ? [] : runs[0];
    }

    /// <summary>Two runs in order, merged; for a reference in both, the one of <paramref name="a"/>.</summary>
    private static SymbolReference[] Merge(SymbolReference[] a, SymbolReference[] b)
    {
        var into = new SymbolReference[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = Compare(a[i], b[j]);
            if (c <= 0)
            {
                into[n++] = a[i++];
                if (c == 0) j++;
            }
            else into[n++] = b[j++];
        }
        while (i < a.Length) into[n++] = a[i++];
        while (j < b.Length) into[n++] = b[j++];
        return n == into.Length ? into : into[..n];
    }

    /// <summary><see cref="Compare"/> as a struct comparer: sorting with it calls no delegate per comparison.</summary>
    internal readonly struct Order : IComparer<SymbolReference>
    {
        public int Compare(SymbolReference a, SymbolReference b) => ReferenceResolver.Compare(a, b);
    }

    /// <summary>Orders references by symbol (ordinal), then source.</summary>
    public static int Compare(SymbolReference a, SymbolReference b)
    {
        int c = string.CompareOrdinal(a.Symbol, b.Symbol);
        return c != 0 ? c : a.Source.CompareTo(b.Source);
    }
}
