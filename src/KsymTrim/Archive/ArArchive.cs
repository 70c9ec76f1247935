using System.Text;
using KsymTrim.Diagnostics;
using KsymTrim.IO;

namespace KsymTrim.Archive;

/// <summary>An archive member as the archive names it. For a thin archive the data lives in another file,
/// named by <see cref="Name"/> relative to the archive's folder.</summary>
/// <param name="Name">The member's name: the long name resolved, GNU's trailing '/' removed.</param>
/// <param name="HeaderOffset">Where its 60-byte header starts.</param>
/// <param name="DataOffset">Where its data starts in the archive (after a BSD <c>#1/N</c> name); for an
/// external thin member, the offset just past its header.</param>
/// <param name="Size">Its data size in bytes (for a thin member, the size of the file it names).</param>
/// <param name="IsExternal">True when the data is not in the archive (a GNU thin archive's member).</param>
public readonly record struct ArMember(string Name, long HeaderOffset, long DataOffset, long Size, bool IsExternal);

/// <summary>
/// An <c>ar</c> archive read in place: GNU (<c>/</c> and <c>/SYM64/</c> symbol indices, <c>//</c> long
/// names), BSD (<c>#1/N</c> names, <c>__.SYMDEF</c>) and GNU thin (<c>!&lt;thin&gt;</c>). Special members
/// are consumed by the reader and never shown. Parsing stops at the first malformed header.
/// Immutable; safe to read from several threads.
/// </summary>
public sealed class ArArchive
{
    private const int HeaderSize = 60;
    private const int MagicSize = 8;
    private readonly ReadOnlyMemory<byte> _data;

    private ArArchive(ReadOnlyMemory<byte> data, bool thin, ArMember[] members, bool hasSymbolIndex)
    {
        _data = data;
        IsThin = thin;
        Members = members;
        HasSymbolIndex = hasSymbolIndex;
    }

    /// <summary>True for a GNU thin archive.</summary>
    public bool IsThin { get; }

    /// <summary>True when the archive carries a symbol index (<c>/</c>, <c>/SYM64/</c> or <c>__.SYMDEF</c>).</summary>
    public bool HasSymbolIndex { get; }

    /// <summary>The ordinary members, in archive order.</summary>
    public IReadOnlyList<ArMember> Members { get; }

    /// <summary>True when <paramref name="data"/> starts with an archive magic.</summary>
    public static bool IsArchive(ReadOnlySpan<byte> data) =>
        data.StartsWith("!<arch>\n"u8) || data.StartsWith("!<thin>\n"u8);

    /// <summary>The data of a member stored in the archive.</summary>
    /// <exception cref="InvalidOperationException">The member is external (thin archive).</exception>
    public ReadOnlyMemory<byte> GetData(in ArMember member)
    {
        if (member.IsExternal) throw new InvalidOperationException("a thin archive member's data is in another file");
        return _data.Slice((int)member.DataOffset, (int)member.Size);
    }

    /// <summary>Parses the member headers of <paramref name="data"/>.</summary>
    /// <exception cref="KsymFormatException">The archive is malformed.</exception>
    public static ArArchive Parse(ReadOnlyMemory<byte> data)
    {
        var span = data.Span;
        bool thin;
        if (span.StartsWith("!<arch>\n"u8)) thin = false;
        else if (span.StartsWith("!<thin>\n"u8)) thin = true;
        else
        {
            Throw.Archive(DiagnosticId.UnknownFormat, 0, "not an ar archive");
            return null!;
        }

        var members = new List<ArMember>();
        ReadOnlySpan<byte> longNames = default;
        long longNamesOffset = 0;
        // Long names by offset: members naming the same entry share one string, and the bytes of distinct entries read
        // (each up to its '\n') may not add up to more than the table, which only overlapping names can do. Without
        // this, members naming offsets inside one long entry would each copy the rest of the table: memory and time
        // quadratic in the archive's size (docs/limits.md).
        Dictionary<long, string>? longNameCache = null;
        long longNameBytes = 0;
        bool hasIndex = false;
        long pos = MagicSize;
        while (pos < span.Length)
        {
            if ((pos & 1) != 0 && span[(int)pos] == (byte)'\n')
            {
                pos++;
                if (pos >= span.Length) break;
            }
            if (span.Length - pos < HeaderSize)
                Throw.Archive(DiagnosticId.ArchiveTruncated, pos, $"archive ends inside a member header ({span.Length - pos} of {HeaderSize} bytes)");
            var header = span.Slice((int)pos, HeaderSize);
            if (header[58] != (byte)'`' || header[59] != (byte)'\n')
                Throw.Archive(DiagnosticId.ArchiveBadHeader, pos + 58, "member header does not end in \"`\\n\"");
            long size = ParseDecimal(header.Slice(48, 10), pos + 48);
            var rawName = header[..16];
            long dataStart = pos + HeaderSize;

            bool special = false;
            bool external = false;
            string? name = null;
            long nameLength = 0;
            if (rawName.StartsWith("// "u8) || rawName.SequenceEqual("//              "u8))
            {
                special = true;
                if (!Bounds.Fits(dataStart, size, span.Length))
                    Throw.Archive(DiagnosticId.ArchiveTruncated, pos, "long-name table runs past the end of the archive");
                longNames = span.Slice((int)dataStart, (int)size);
                longNamesOffset = dataStart;
            }
            else if (rawName.StartsWith("/ "u8) || rawName.StartsWith("/SYM64/ "u8) || IsBsdSymbolTable(rawName))
            {
                special = true;
                hasIndex = true;
            }
            else if (rawName[0] == (byte)'/' && rawName.Length > 1 && char.IsAsciiDigit((char)rawName[1]))
            {
                long offset = ParseDecimal(rawName[1..], pos + 1);
                longNameCache ??= [];
                if (!longNameCache.TryGetValue(offset, out name))
                {
                    name = LongName(longNames, offset, longNamesOffset, pos, out int read);
                    longNameBytes += read;
                    if (longNameBytes > longNames.Length)
                        Throw.Archive(DiagnosticId.ArchiveBadName, longNamesOffset + offset, "long names overlap in the \"//\" table");
                    longNameCache.Add(offset, name);
                }
                external = thin;
            }
            else if (rawName.StartsWith("#1/"u8))
            {
                nameLength = ParseDecimal(rawName[3..], pos + 3);
                if (nameLength > size)
                    Throw.Archive(DiagnosticId.ArchiveBadName, pos, $"BSD name length {nameLength} exceeds the member size {size}");
                if (!Bounds.Fits(dataStart, nameLength, span.Length))
                    Throw.Archive(DiagnosticId.ArchiveTruncated, dataStart, "BSD member name runs past the end of the archive");
                var bsdName = span.Slice((int)dataStart, (int)nameLength);
                int nul = bsdName.IndexOf((byte)0);
                if (nul >= 0) bsdName = bsdName[..nul];
                if (IsBsdSymbolTable(bsdName)) { special = true; hasIndex = true; }
                else name = Encoding.UTF8.GetString(bsdName);
            }
            else
            {
                var n = rawName.TrimEnd((byte)' ');
                if (n.Length > 1 && n[^1] == (byte)'/') n = n[..^1];
                if (n.IsEmpty || n.SequenceEqual("/"u8))
                    Throw.Archive(DiagnosticId.ArchiveBadName, pos, "member has an empty name");
                name = Encoding.UTF8.GetString(n);
                external = thin;
            }

            if (external)
            {
                // GNU thin archive: only the header is here; the data is the file the name points to.
                members.Add(new ArMember(name!, pos, dataStart, size, IsExternal: true));
                pos = dataStart;
                continue;
            }
            if (!Bounds.Fits(dataStart, size, span.Length))
                Throw.Archive(DiagnosticId.ArchiveTruncated, pos, $"member data (0x{size:x} bytes at 0x{dataStart:x}) runs past the end of the archive ({span.Length} bytes)");
            if (!special)
                members.Add(new ArMember(name!, pos, dataStart + nameLength, size - nameLength, IsExternal: false));
            pos = dataStart + size;
        }
        return new ArArchive(data, thin, members.ToArray(), hasIndex);
    }

    private static bool IsBsdSymbolTable(ReadOnlySpan<byte> name) => name.StartsWith("__.SYMDEF"u8);

    private static string LongName(ReadOnlySpan<byte> table, long offset, long tableOffset, long headerOffset, out int read)
    {
        if (table.IsEmpty)
            Throw.Archive(DiagnosticId.ArchiveBadName, headerOffset, "long member name used but there is no \"//\" table");
        if (offset >= table.Length)
            Throw.Archive(DiagnosticId.ArchiveBadName, headerOffset, $"long name offset {offset} lies outside the \"//\" table ({table.Length} bytes)");
        var rest = table[(int)offset..];
        int end = rest.IndexOf((byte)'\n');
        if (end < 0)
            Throw.Archive(DiagnosticId.ArchiveBadName, tableOffset + offset, "long name is not terminated");
        read = end + 1;
        var n = rest[..end];
        if (n.Length > 0 && n[^1] == (byte)'/') n = n[..^1];
        if (n.IsEmpty) Throw.Archive(DiagnosticId.ArchiveBadName, tableOffset + offset, "long name is empty");
        return Encoding.UTF8.GetString(n);
    }

    private static long ParseDecimal(ReadOnlySpan<byte> field, long at)
    {
        var t = field.TrimEnd((byte)' ');
        if (t.IsEmpty || t.Length > 15)
            Throw.Archive(DiagnosticId.ArchiveBadHeader, at, "member header has an empty or oversized number");
        long v = 0;
        foreach (byte b in t)
        {
            if (b is < (byte)'0' or > (byte)'9')
                Throw.Archive(DiagnosticId.ArchiveBadHeader, at, $"member header number \"{Encoding.ASCII.GetString(t)}\" is not decimal");
            v = v * 10 + (b - '0');
        }
        return v;
    }
}
