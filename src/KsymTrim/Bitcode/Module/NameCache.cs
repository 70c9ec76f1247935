using System.Text;
using KsymTrim.Caching;

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
        ref string? slot = ref Table[TableHash.Of(bytes) & (Slots - 1)];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && Ascii.Equals(bytes, cached)) return cached;
        // Checked ASCII above: widened as UTF-8 decoding would, without its counting pass.
        var made = string.Create(bytes.Length, bytes, static (chars, b) => Ascii.ToUtf16(b, chars, out _));
        Volatile.Write(ref slot, made);
        return made;
    }
}
