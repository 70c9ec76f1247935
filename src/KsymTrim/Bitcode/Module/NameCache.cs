using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// Strings decoded from bitcode bytes, shared across modules: the members of a kernel module declare the same
/// functions (printk, kmalloc...) and name the same triple, data layout and sections, member after member, and
/// every name lives as long as its module's analysis. A hit decodes and allocates nothing. Direct-mapped and
/// bounded (a slot keeps the last string hashed to it); only short ASCII strings are kept, anything else is
/// decoded as UTF-8 every time, exactly as before. Thread-safe: a slot holds an immutable string.
/// </summary>
internal static class NameCache
{
    private const int Slots = 8192;
    private const int MaxLength = 256;
    private static readonly string?[] Table = new string?[Slots];

    /// <summary><paramref name="bytes"/> decoded as UTF-8.</summary>
    public static string Get(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return "";
        if (bytes.Length > MaxLength || !Ascii.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
        ref string? slot = ref Table[CacheHash.Of(bytes) & (Slots - 1)];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && Ascii.Equals(bytes, cached)) return cached;
        // Checked ASCII above: widened as UTF-8 decoding would, without its counting pass.
        var made = string.Create(bytes.Length, bytes, static (chars, b) => Ascii.ToUtf16(b, chars, out _));
        Volatile.Write(ref slot, made);
        return made;
    }

}

/// <summary>The cheap hash of the process-wide string caches (<see cref="NameCache"/> and the attribute caches): a
/// multiply-rotate over eight bytes at a time. Not collision-resistant: a collision only costs a cache miss, since
/// every slot is checked against the key.</summary>
internal static class CacheHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static int Of(ReadOnlySpan<byte> bytes)
    {
        ulong h = (ulong)bytes.Length;
        var words = MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (ulong w in words) h = (BitOperations.RotateLeft(h, 23) ^ w) * Multiplier;
        for (int k = words.Length * 8; k < bytes.Length; k++) h = (BitOperations.RotateLeft(h, 23) ^ bytes[k]) * Multiplier;
        return (int)(h >> 40);
    }

    /// <summary>The hash of <paramref name="chars"/> (of their UTF-16 bytes).</summary>
    public static int Of(ReadOnlySpan<char> chars) => Of(MemoryMarshal.AsBytes(chars));
}
