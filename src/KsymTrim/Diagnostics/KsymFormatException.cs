using System.Globalization;

namespace KsymTrim.Diagnostics;

/// <summary>The container format in which malformed input was found.</summary>
public enum InputFormat
{
    /// <summary>The kind of the input could not be told.</summary>
    Unknown,
    /// <summary>An ELF object, module or executable.</summary>
    Elf,
    /// <summary>An <c>ar</c> archive (GNU, BSD or GNU thin).</summary>
    Archive,
    /// <summary>LLVM bitcode.</summary>
    Bitcode,
    /// <summary>A gzip, xz or zstd stream around a module.</summary>
    Compressed,
    /// <summary>A text file such as <c>modules.order</c>, <c>Module.symvers</c> or <c>auto.conf</c>.</summary>
    Text,
    /// <summary>The file system (a missing file, a permission problem).</summary>
    File,
    /// <summary>A module summary: the JSON <c>refs --format json</c> writes for one module (<c>*.refs.json</c>).</summary>
    Summary,
}

/// <summary>
/// The one exception type for input that cannot be read or understood. Readers throw it with the offset
/// and reason; the layer that opened the file adds the path and archive member. Nothing else escapes a
/// reader on malformed input.
/// </summary>
public sealed class KsymFormatException : Exception
{
    /// <summary>Creates an exception for malformed input.</summary>
    /// <param name="id">The catalogue entry (see docs/diagnostics.md).</param>
    /// <param name="format">The format being read.</param>
    /// <param name="offset">The byte offset in the file or member, or -1 when there is none.</param>
    /// <param name="reason">A short lower-case sentence without a final period.</param>
    /// <param name="path">The file, when known.</param>
    /// <param name="member">The archive member, when known.</param>
    /// <param name="inner">The exception that caused this one, if any.</param>
    public KsymFormatException(DiagnosticId id, InputFormat format, long offset, string reason,
        string? path = null, string? member = null, Exception? inner = null)
        : base(Compose(path, member, reason, offset), inner)
    {
        Id = id;
        Format = format;
        Offset = offset;
        Reason = reason;
        Path = path;
        Member = member;
    }

    /// <summary>The catalogue entry.</summary>
    public DiagnosticId Id { get; }

    /// <summary>The format being read when the problem was found.</summary>
    public InputFormat Format { get; }

    /// <summary>The byte offset in the file (or in the archive member), or -1 when there is none.</summary>
    public long Offset { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>The file in which the problem was found, when known.</summary>
    public string? Path { get; }

    /// <summary>The archive member in which the problem was found, when known.</summary>
    public string? Member { get; }

    /// <summary>Returns a copy that names the file (and member), keeping the innermost member name.</summary>
    public KsymFormatException At(string path, string? member = null) =>
        new(Id, Format, Offset, Reason, path, Member ?? member, InnerException);

    /// <summary>The one-line form used on stderr after <c>ksymtrim: error: </c>:
    /// <c>PATH[(member)]: reason (offset 0x…)</c>, as CONTRACT.md writes the line, when the problem has a position
    /// (<paramref name="offset"/> 0 or more); <c>PATH[(member)]: reason</c> when it has none (-1): a file that does
    /// not exist or cannot be read, no symbol table, a corrupt compressed stream (docs/diagnostics.md).</summary>
    public static string Compose(string? path, string? member, string reason, long offset)
    {
        var where = path ?? "<input>";
        if (member is not null) where += "(" + member + ")";
        var line = where + ": " + reason;
        return offset < 0 ? line : line + " (offset 0x" + offset.ToString("x", CultureInfo.InvariantCulture) + ")";
    }
}
