namespace KsymTrim.Analysis;

/// <summary>
/// The bytes of an object, as offsets from a pointer into it, where a value the LTO backend may know can be: what a
/// load through the pointer may read as a constant once the functions that wrote it are inlined. <see cref="None"/>
/// (nothing known: every load through the pointer reads what no inlining makes constant), <see cref="All"/> (any
/// byte), or a few ranges. Immutable: <see cref="Union"/> and <see cref="Shift"/> make new sets, and return an
/// operand itself when the result equals it (so a caller sees a change as a new reference).
/// </summary>
internal sealed class KnownBytes
{
    /// <summary>The most ranges a set keeps; a union with more is <see cref="All"/>.</summary>
    public const int MaxRanges = 16;

    /// <summary>No byte: nothing constant can be read through the pointer.</summary>
    public static readonly KnownBytes None = new([]);

    /// <summary>Every byte, at any offset (a global's contents, an object written at offsets not known).</summary>
    public static readonly KnownBytes All = new(null);

    // [lo, hi) pairs, sorted and disjoint (ranges that touch are merged); null for All
    private readonly long[]? _bounds;

    private KnownBytes(long[]? bounds) => _bounds = bounds;

    /// <summary>True for <see cref="All"/>.</summary>
    public bool IsAll => _bounds is null;

    /// <summary>True when no byte is known.</summary>
    public bool IsNone => _bounds is { Length: 0 };

    /// <summary>The bytes [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="size"/>);
    /// <see cref="None"/> for no byte, <see cref="All"/> when the end does not fit.</summary>
    public static KnownBytes Range(long offset, long size)
    {
        if (size <= 0) return None;
        if (offset > long.MaxValue - size) return All;
        return new KnownBytes([offset, offset + size]);
    }

    /// <summary>True when some byte of [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="size"/>)
    /// is known; an unknown offset (null) or size (0 or less) overlaps any known byte.</summary>
    public bool Overlaps(long? offset, long size)
    {
        if (_bounds is null) return true;
        if (_bounds.Length == 0) return false;
        if (offset is not { } lo || size <= 0 || lo > long.MaxValue - size) return true;
        long hi = lo + size;
        for (int k = 0; k < _bounds.Length; k += 2)
            if (_bounds[k] < hi && lo < _bounds[k + 1]) return true;
        return false;
    }

    /// <summary>The bytes as seen from a pointer <paramref name="delta"/> bytes further into the object (each offset
    /// less <paramref name="delta"/>); with an unknown delta (null), <see cref="All"/> unless none is known.</summary>
    public KnownBytes Shift(long? delta)
    {
        if (_bounds is null || _bounds.Length == 0 || delta == 0) return this;
        if (delta is not { } d) return All;
        var shifted = new long[_bounds.Length];
        for (int k = 0; k < shifted.Length; k++)
        {
            long x = _bounds[k];
            if (d > 0 ? x < long.MinValue + d : x > long.MaxValue + d) return All;
            shifted[k] = x - d;
        }
        return new KnownBytes(shifted);
    }

    /// <summary>The bytes of both sets: <c>this</c> when <paramref name="other"/> adds none, <paramref name="other"/> when
    /// this adds none to it, <see cref="All"/> past <see cref="MaxRanges"/> ranges.</summary>
    public KnownBytes Union(KnownBytes other)
    {
        if (_bounds is null || other._bounds is { Length: 0 }) return this;
        if (other._bounds is null || _bounds.Length == 0) return other;
        var merged = new List<long>(_bounds.Length + other._bounds.Length);
        int a = 0, b = 0;
        while (a < _bounds.Length || b < other._bounds.Length)
        {
            long lo, hi;
            if (b >= other._bounds.Length || (a < _bounds.Length && _bounds[a] <= other._bounds[b])) { lo = _bounds[a]; hi = _bounds[a + 1]; a += 2; }
            else { lo = other._bounds[b]; hi = other._bounds[b + 1]; b += 2; }
            int last = merged.Count - 1;
            if (last > 0 && lo <= merged[last]) merged[last] = Math.Max(merged[last], hi);
            else { merged.Add(lo); merged.Add(hi); }
        }
        if (merged.Count > 2 * MaxRanges) return All;
        if (SameAs(merged, _bounds)) return this;
        if (SameAs(merged, other._bounds)) return other;
        return new KnownBytes(merged.ToArray());
    }

    /// <summary>The bytes of this set that are not in <paramref name="other"/>: <see cref="None"/> when
    /// <paramref name="other"/> is <see cref="All"/>, <see cref="All"/> (every byte, as this) when this is.</summary>
    public KnownBytes Except(KnownBytes other)
    {
        if (_bounds is null || _bounds.Length == 0 || other._bounds is { Length: 0 }) return this;
        if (other._bounds is null) return None;
        var kept = new List<long>(_bounds.Length);
        for (int a = 0; a < _bounds.Length; a += 2)
        {
            long lo = _bounds[a], hi = _bounds[a + 1];
            for (int b = 0; b < other._bounds.Length && lo < hi; b += 2)
            {
                long olo = other._bounds[b], ohi = other._bounds[b + 1];
                if (ohi <= lo || olo >= hi) continue;
                if (olo > lo) { kept.Add(lo); kept.Add(olo); }
                lo = Math.Max(lo, ohi);
            }
            if (lo < hi) { kept.Add(lo); kept.Add(hi); }
        }
        if (kept.Count > 2 * MaxRanges) return All;
        return SameAs(kept, _bounds) ? this : kept.Count == 0 ? None : new KnownBytes(kept.ToArray());
    }

    private static bool SameAs(List<long> merged, long[] bounds)
    {
        if (merged.Count != bounds.Length) return false;
        for (int k = 0; k < bounds.Length; k++)
            if (merged[k] != bounds[k]) return false;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        if (_bounds is null) return "all";
        if (_bounds.Length == 0) return "none";
        var parts = new string[_bounds.Length / 2];
        for (int k = 0; k < parts.Length; k++) parts[k] = $"[{_bounds[2 * k]},{_bounds[2 * k + 1]})";
        return string.Join(" ", parts);
    }
}
