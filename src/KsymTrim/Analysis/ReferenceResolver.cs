using KsymTrim.Objects;

namespace KsymTrim.Analysis;

/// <summary>
/// Resolves the objects of one module against each other: a name that one member needs and another member
/// defines is internal to the module (CONTRACT.md: an archive is one module). Works on linkage facts only.
/// Thread-safe.
/// </summary>
public static class ReferenceResolver
{
    /// <summary>The symbols <paramref name="module"/> needs from outside, from its members' symbol tables.</summary>
    public static ModuleReferences Resolve(string module, IReadOnlyList<ObjectLinkage> members)
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
        refs.Sort(Compare);
        return new ModuleReferences(module, refs);
    }

    /// <summary>Orders references by symbol (ordinal), then source.</summary>
    public static int Compare(SymbolReference a, SymbolReference b)
    {
        int c = string.CompareOrdinal(a.Symbol, b.Symbol);
        return c != 0 ? c : a.Source.CompareTo(b.Source);
    }
}
