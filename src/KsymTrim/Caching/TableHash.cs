using System.Runtime.InteropServices;

namespace KsymTrim.Caching;

/// <summary>
/// The one hash of KsymTrim's in-memory tables: the process-wide caches, the per-module intern tables and the
/// open-addressing sets. A step is <c>rotl((h ^ v) * 0x9E3779B97F4A7C15, 27)</c>: one multiply by 2^64 / φ (odd,
/// so the product is a bijection), which carries each input bit up into every higher bit, then a rotation that
/// brings the well-mixed high bits down to where tables mask. Strings and spans go eight bytes a step.
/// </summary>
/// <remarks>
/// <para>What it promises: <see cref="Fold"/>'s low bits depend on every word mixed in, so a table may index with
/// <c>hash &amp; (size - 1)</c>; and equal inputs hash equal within one process.</para>
/// <para>What it does not: it is not collision-resistant, and values differ between processes (the span hashes
/// start from <see cref="Seed"/>, random per process, so a set of colliding names cannot be prepared in
/// advance). Every table that uses it compares whole keys, so a collision costs time, never a wrong answer; no
/// value is ever persisted or allowed to decide an order that reaches output.</para>
/// </remarks>
internal static class TableHash
{
    /// <summary>2^64 / φ, rounded to odd.</summary>
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;
    private const int Rotation = 27;

    /// <summary>The start of every span hash: random per process, odd.</summary>
    private static readonly ulong Seed = (ulong)Random.Shared.NextInt64() | 1;

    /// <summary>One step: <paramref name="h"/> with the 64-bit <paramref name="v"/> mixed in. Start a hash of ids with
    /// <c>Mix(0, first)</c>.</summary>
    public static ulong Mix(ulong h, ulong v) => ulong.RotateLeft((h ^ v) * Multiplier, Rotation);

    /// <summary>The 32-bit table hash of a mix: both halves folded, so the low bits carry the high ones.</summary>
    public static int Fold(ulong h) => (int)(h ^ (h >> 32));

    /// <summary>The hash of <paramref name="bytes"/> (seeded, length included).</summary>
    public static int Of(ReadOnlySpan<byte> bytes)
    {
        ulong h = Seed ^ (ulong)bytes.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (ulong w in words) h = Mix(h, w);
        for (int k = words.Length * 8; k < bytes.Length; k++) h = Mix(h, bytes[k]);
        return Fold(h);
    }

    /// <summary>The hash of <paramref name="chars"/> (seeded, length included): four characters a step.</summary>
    public static int Of(ReadOnlySpan<char> chars)
    {
        ulong h = Seed ^ (ulong)chars.Length;
        var words = MemoryMarshal.Cast<char, ulong>(chars);
        foreach (ulong w in words) h = Mix(h, w);
        for (int k = words.Length * 4; k < chars.Length; k++) h = Mix(h, chars[k]);
        return Fold(h);
    }
}
