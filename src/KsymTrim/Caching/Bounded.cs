using System.Collections.Concurrent;

namespace KsymTrim.Caching;

/// <summary>
/// The cache policy of the process-wide caches: every one is bounded, and a bound reached only costs time.
/// </summary>
/// <remarks>
/// <para>A process-wide cache maps a key to an immutable value that is a pure function of the key, so a hit and
/// a miss give the same answer and no cache can change output. Each has a fixed bound, whatever the input:</para>
/// <list type="bullet">
/// <item>a <see cref="ConcurrentDictionary{TKey, TValue}"/> cache adds through <see cref="Add"/>, which stops adding
/// once it holds its maximum number of entries; later keys are computed every time. Nothing is evicted or
/// cleared, so a value handed out stays the shared one and a hit takes no lock;</item>
/// <item>a direct-mapped table (an array of slots indexed by <see cref="TableHash"/>) keeps the last entry that
/// landed in each slot, and does not keep keys above a length limit.</item>
/// </list>
/// <para>The caches: <c>NameCache</c>, <c>Attributes.GroupCache</c> and <c>Attributes.StringCache</c> (direct-mapped);
/// <c>BitcodeLowering</c>'s targets, traits, traits by attribute group and asm references,
/// <c>IntrinsicRules.Find</c>, <c>AsmConstraints.ParseShared</c>, <c>InlineAsmTemplate.For</c> and the assembler's
/// statement caches by dialect (dictionaries). Per-thread scratch and the per-module intern tables
/// (<c>ModuleInternTable</c>) are not process-wide: they are bounded by capacity and emptied per module.</para>
/// </remarks>
internal static class Bounded
{
    /// <summary>The value cached for <paramref name="key"/>: <paramref name="value"/> once added (or when the cache
    /// holds <paramref name="max"/> entries), or the one another thread added first. Counts its own additions in
    /// <paramref name="count"/>: <c>ConcurrentDictionary.Count</c> takes every lock of the table.</summary>
    public static TValue Add<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, TValue value,
        ref int count, int max) where TKey : notnull
    {
        if (Volatile.Read(ref count) >= max) return value;
        if (cache.TryAdd(key, value)) { Interlocked.Increment(ref count); return value; }
        return cache.TryGetValue(key, out var existing) ? existing : value;
    }
}
