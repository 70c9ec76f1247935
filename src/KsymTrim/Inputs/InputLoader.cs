using KsymTrim.Archive;
using KsymTrim.Diagnostics;
using KsymTrim.IO;

namespace KsymTrim.Inputs;

/// <summary>
/// Opens a module input: memory-maps the file, removes gzip/xz/zstd compression, and expands archives into
/// their members (thin members read from their own files relative to the archive's folder, nested archives
/// flattened, cycles and excessive nesting refused). Knows nothing of what the objects mean.
/// Stateless and thread-safe.
/// </summary>
public static class InputLoader
{
    /// <summary>How deep archives may nest (an archive inside an archive is depth 2).</summary>
    public const int MaxArchiveDepth = 8;

    /// <summary>Opens <paramref name="path"/>.</summary>
    /// <exception cref="KsymFormatException">The file cannot be read, or is malformed; the exception names the
    /// path and member.</exception>
    public static LoadedInput Load(string path)
    {
        var owned = new List<IDisposable>();
        var units = new List<ObjectUnit>();
        try
        {
            if (TryOpenPlainElf(path, owned, path, null) is { } elfUnit)
                return new LoadedInput(path, false, [elfUnit], owned);
            var data = Map(path, owned, path, null);
            // One decompression budget for the whole input, so that an archive of many small compressed members
            // cannot claim the per-stream limit once per member.
            var budget = new Budget(Decompressor.Limit(data.Length));
            var kind = Unwrap(ref data, path, null, budget);
            bool isArchive = kind is FileKind.Archive or FileKind.ThinArchive;
            if (isArchive)
            {
                var expansion = new Expansion(path, owned, units, budget);
                expansion.Chain.Add(FullPath(path));
                ExpandArchive(expansion, path, null, data, 1);
            }
            else
            {
                CheckObjectKind(kind, path, null);
                units.Add(new ObjectUnit(path, null, kind, data));
            }
            return new LoadedInput(path, isArchive, units, owned);
        }
        catch
        {
            foreach (var d in owned) d.Dispose();
            throw;
        }
    }

    /// <summary>Opens several files as one module (a member list, such as kbuild's <c>.mod</c> before the module's
    /// objects are linked): each file as <see cref="Load"/> opens it, archives expanded, in the order given; a file
    /// named twice is read once. The result is reported under <paramref name="path"/> and counts as an archive.</summary>
    /// <exception cref="KsymFormatException">A file cannot be read, or is malformed.</exception>
    public static LoadedInput LoadFiles(string path, IReadOnlyList<string> files)
    {
        var owned = new List<IDisposable>();
        var units = new List<ObjectUnit>();
        try
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!seen.Add(FullPath(file))) continue;
                var one = Load(file);
                owned.Add(one);
                units.AddRange(one.Units);
            }
            return new LoadedInput(path, true, units, owned);
        }
        catch
        {
            foreach (var d in owned) d.Dispose();
            throw;
        }
    }

    /// <summary>The decompressed bytes one input may still produce.</summary>
    private sealed class Budget(long remaining)
    {
        public long Remaining { get; set; } = remaining;
    }

    /// <summary>One input's archives being expanded: where units and owned maps go, and what bounds the expansion.</summary>
    /// <param name="TopPath">The path the input was named by: every diagnostic names it.</param>
    /// <param name="Owned">The maps and files to dispose with the input.</param>
    /// <param name="Units">The object units found so far, in member order.</param>
    /// <param name="Budget">The decompressed bytes the input may still produce.</param>
    private sealed record Expansion(string TopPath, List<IDisposable> Owned, List<ObjectUnit> Units, Budget Budget)
    {
        /// <summary>The thin archives on the way down to the current one (full paths): one named again is a cycle.</summary>
        public HashSet<string> Chain { get; } = new(StringComparer.Ordinal);

        /// <summary>Every thin member file read so far (full paths): one named again adds nothing.</summary>
        public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Adds to <paramref name="x"/> the members of the archive <paramref name="data"/> (read from
    /// <paramref name="archivePath"/>, itself member <paramref name="archiveMember"/> of the input or null), at nesting
    /// <paramref name="depth"/>.</summary>
    private static void ExpandArchive(Expansion x, string archivePath, string? archiveMember, ReadOnlyMemory<byte> data, int depth)
    {
        var (topPath, owned, units, budget) = x;
        var (chain, seen) = (x.Chain, x.Seen);
        if (depth > MaxArchiveDepth)
            throw new KsymFormatException(DiagnosticId.ArchiveNestingTooDeep, InputFormat.Archive, -1,
                $"archives nest deeper than {MaxArchiveDepth} levels", topPath, archiveMember);
        ArArchive archive;
        try { archive = ArArchive.Parse(data); }
        catch (KsymFormatException e) { throw e.At(topPath, archiveMember); }

        string folder = Path.GetDirectoryName(archivePath) ?? "";
        foreach (var m in archive.Members)
        {
            ReadOnlyMemory<byte> memberData;
            string? memberFull = null;
            if (m.IsExternal)
            {
                string memberPath = Path.IsPathRooted(m.Name) ? m.Name : Path.Combine(folder, m.Name);
                memberFull = FullPath(memberPath);
                if (chain.Contains(memberFull))
                    throw new KsymFormatException(DiagnosticId.ArchiveNestingTooDeep, InputFormat.Archive, m.HeaderOffset,
                        "thin archive member names an archive that contains it (cycle)", topPath, m.Name);
                // A file named again adds nothing to the module; reading it again would let a small graph of
                // thin archives that name each other many times claim memory and descriptors without bound.
                if (!seen.Add(memberFull)) continue;
                if (TryOpenPlainElf(memberPath, owned, topPath, m.Name) is { } elfUnit)
                {
                    units.Add(elfUnit);
                    continue;
                }
                memberData = Map(memberPath, owned, topPath, m.Name);
                budget.Remaining += Decompressor.Limit(memberData.Length) - Decompressor.Limit(0); // a thin member is its own file
                var kind = Unwrap(ref memberData, topPath, m.Name, budget);
                if (kind is FileKind.Archive or FileKind.ThinArchive)
                {
                    chain.Add(memberFull);
                    ExpandArchive(x, memberPath, m.Name, memberData, depth + 1);
                    chain.Remove(memberFull);
                    continue;
                }
                CheckObjectKind(kind, topPath, m.Name, m.HeaderOffset);
                units.Add(new ObjectUnit(topPath, m.Name, kind, memberData));
            }
            else
            {
                memberData = archive.GetData(m);
                var kind = Unwrap(ref memberData, topPath, m.Name, budget);
                if (kind is FileKind.Archive or FileKind.ThinArchive)
                {
                    // A thin archive stored inside a regular one names files relative to the outer archive.
                    ExpandArchive(x, archivePath, m.Name, memberData, depth + 1);
                    continue;
                }
                CheckObjectKind(kind, topPath, m.Name, m.DataOffset);
                units.Add(new ObjectUnit(topPath, m.Name, kind, memberData));
            }
        }
    }

    private static FileKind Unwrap(ref ReadOnlyMemory<byte> data, string path, string? member, Budget budget)
    {
        var kind = FileKinds.Detect(data.Span);
        if (!FileKinds.IsCompressed(kind)) return kind;
        try
        {
            data = Decompressor.Decompress(kind, data, budget.Remaining);
            budget.Remaining -= data.Length;
        }
        catch (KsymFormatException e) { throw e.At(path, member); }
        var inner = FileKinds.Detect(data.Span);
        if (FileKinds.IsCompressed(inner))
            throw new KsymFormatException(DiagnosticId.BadCompression, InputFormat.Compressed, 0,
                "compressed data inside compressed data", path, member);
        return inner;
    }

    private static void CheckObjectKind(FileKind kind, string path, string? member, long offset = 0)
    {
        switch (kind)
        {
            case FileKind.Elf:
            case FileKind.Bitcode:
            case FileKind.BitcodeWrapper:
                return;
            case FileKind.Empty:
                throw new KsymFormatException(DiagnosticId.EmptyInput, InputFormat.Unknown, -1, "empty file", path, member);
            default:
                throw new KsymFormatException(DiagnosticId.UnknownFormat, InputFormat.Unknown, offset,
                    "not an ELF object, LLVM bitcode or ar archive", path, member);
        }
    }

    /// <summary>
    /// Opens a file for on-demand reading and returns it as a unit when it is a plain (uncompressed) ELF file;
    /// otherwise closes it and returns null, and the caller maps the file instead. Only the pages the ELF reader
    /// asks for are read (see <see cref="PartialFile"/>).
    /// </summary>
    private static ObjectUnit? TryOpenPlainElf(string path, List<IDisposable> owned, string reportPath, string? member)
    {
        PartialFile file;
        try { file = PartialFile.Open(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unreadable(e, path, reportPath, member);
        }
        try
        {
            // Peek at the magic first: archives and bitcode are mapped instead, so they need no file-sized buffer.
            Span<byte> magic = stackalloc byte[4];
            if (file.Length >= 64 && file.ReadHead(magic) == 4 && FileKinds.Detect(magic) == FileKind.Elf)
            {
                file.Ensure(0, 64);
                owned.Add(file);
                return new ObjectUnit(reportPath, member, FileKind.Elf, file.Memory, file);
            }
        }
        catch (KsymFormatException e)
        {
            file.Dispose();
            throw e.At(reportPath, member);
        }
        file.Dispose();
        return null;
    }

    private static KsymFormatException Unreadable(Exception e, string path, string reportPath, string? member)
    {
        string why = e switch
        {
            FileNotFoundException or DirectoryNotFoundException => "no such file",
            UnauthorizedAccessException => "permission denied",
            _ => e.Message.TrimEnd('.'),
        };
        if (member is not null) why = $"thin archive member {path}: {why}";
        return new KsymFormatException(member is null ? DiagnosticId.FileUnreadable : DiagnosticId.ArchiveMissingMember,
            InputFormat.File, -1, why, reportPath, member, e);
    }

    private static ReadOnlyMemory<byte> Map(string path, List<IDisposable> owned, string reportPath, string? member)
    {
        MappedFile mapped;
        try { mapped = MappedFile.Open(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unreadable(e, path, reportPath, member);
        }
        owned.Add(mapped);
        return mapped.Memory;
    }

    private static string FullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return path; }
    }

    /// <summary>True when <paramref name="path"/> starts with the GNU thin archive magic (only 8 bytes are read).</summary>
    private static bool IsThinArchive(string path)
    {
        Span<byte> magic = stackalloc byte[8];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        return stream.ReadAtLeast(magic, 8, throwOnEndOfStream: false) == 8 && magic.SequenceEqual("!<thin>\n"u8);
    }

    /// <summary>The bytes an input will read: the file, or for a thin archive its members (0 when unknown). Only a
    /// scheduling hint: it never throws, and reads at most the headers of a thin archive of up to 1 MiB.</summary>
    internal static long InputSize(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return 0;
            // Length first: a FIFO or device reports 0 and is never opened here (opening a FIFO would wait for a writer).
            if (info.Length < 8 || info.Length > 1 << 20 || !IsThinArchive(path)) return info.Length;
            // a thin archive holds only names; its headers still give each member's size
            long total = 0;
            foreach (var m in ArArchive.Parse(File.ReadAllBytes(path)).Members) total += Math.Max(0, m.Size);
            return total;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException
                                       or KsymFormatException)
        {
            return 0; // only an ordering hint: the analysis reports the problem
        }
    }
}
