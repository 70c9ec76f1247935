namespace KsymTrim.Kbuild;

/// <summary>
/// The order of Android's KMI symbol lists (<c>extract_symbols</c>' <c>symbol_sort</c>): case ignored, underscores
/// ignored, and of names equal so, those with more leading underscores first (<c>__blk_mq_end_request</c>,
/// <c>_blk_mq_end_request</c>, <c>blk_mq_end_request</c>); ties are broken by the names themselves in code-point
/// order. The key of a name is its lower-case form without underscores, followed by one underscore for each leading
/// underscore it lacks up to five (a name of underscores only counts as having one fewer); keys compare in
/// code-point order. Thread-safe.
/// </summary>
public sealed class KmiSymbolOrder : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static KmiSymbolOrder Instance { get; } = new();

    private KmiSymbolOrder() { }

    /// <summary>The sort key of <paramref name="name"/> (not empty).</summary>
    public static string Key(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        int leading = 0;
        while (leading < name.Length - 1 && name[leading] == '_') leading++;
        int pad = Math.Max(0, 5 - leading);
        var key = new System.Text.StringBuilder(name.Length + pad);
        foreach (char c in name)
            if (c != '_') key.Append(char.ToLowerInvariant(c));
        return key.Append('_', pad).ToString();
    }

    /// <inheritdoc/>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        int c = string.CompareOrdinal(Key(x), Key(y));
        return c != 0 ? c : string.CompareOrdinal(x, y);
    }

    /// <summary><paramref name="names"/> in this order, one per name (the set the script sorts).</summary>
    public static List<string> Sort(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var distinct = new HashSet<string>(names, StringComparer.Ordinal);
        // each key computed once: a list of twenty thousand names would otherwise build keys for every comparison
        var keyed = distinct.Select(n => (Key: Key(n), Name: n)).ToArray();
        Array.Sort(keyed, static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        });
        return keyed.Select(k => k.Name).ToList();
    }
}
