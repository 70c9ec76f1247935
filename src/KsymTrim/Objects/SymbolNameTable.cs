using System.Collections.Concurrent;
using System.Text;

namespace KsymTrim.Objects;

/// <summary>
/// Interns symbol names given as UTF-8 bytes: the first sighting allocates the string, every later one returns
/// the same instance without allocating. Across a distribution's modules a few thousand distinct names account
/// for hundreds of thousands of references. Thread-safe.
/// </summary>
public sealed class SymbolNameTable
{
    private readonly ConcurrentDictionary<string, byte> _names;
    private readonly ConcurrentDictionary<string, byte>.AlternateLookup<ReadOnlySpan<byte>> _byBytes;

    /// <summary>Creates an empty table.</summary>
    public SymbolNameTable()
    {
        _names = new ConcurrentDictionary<string, byte>(Utf8NameComparer.Instance);
        _byBytes = _names.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    /// <summary>The number of distinct names seen.</summary>
    public int Count => _names.Count;

    /// <summary>The string for <paramref name="utf8"/>, allocated only the first time.</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        if (_byBytes.TryGetValue(utf8, out var existing, out _)) return existing;
        var name = Encoding.UTF8.GetString(utf8);
        return _names.TryAdd(name, 0) || !_byBytes.TryGetValue(utf8, out existing, out _) ? name : existing;
    }

    /// <summary>Ordinal equality whose hash is computed over UTF-8 bytes, so that byte spans can look strings up.</summary>
    private sealed class Utf8NameComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<byte>, string>
    {
        public static readonly Utf8NameComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string s)
        {
            if (System.Text.Ascii.IsValid(s))
            {
                uint h = 2166136261;
                foreach (char c in s) h = (h ^ c) * 16777619;
                return (int)h;
            }
            return GetHashCode(Encoding.UTF8.GetBytes(s));
        }

        public bool Equals(ReadOnlySpan<byte> bytes, string s) =>
            System.Text.Ascii.Equals(bytes, s) || (!System.Text.Ascii.IsValid(bytes) && Encoding.UTF8.GetString(bytes) == s);

        public int GetHashCode(ReadOnlySpan<byte> bytes)
        {
            uint h = 2166136261;
            foreach (byte b in bytes) h = (h ^ b) * 16777619;
            return (int)h;
        }

        public string Create(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
    }
}
