using KsymTrim.Archive;
using KsymTrim.Diagnostics;

namespace KsymTrim.IO;

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
            var data = Map(path, owned, path, null);
            var kind = Unwrap(ref data, path, null);
            bool isArchive = kind is FileKind.Archive or FileKind.ThinArchive;
            if (isArchive)
            {
                var chain = new HashSet<string>(StringComparer.Ordinal) { FullPath(path) };
                ExpandArchive(path, path, null, data, owned, units, chain, 1);
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

    private static void ExpandArchive(string topPath, string archivePath, string? archiveMember, ReadOnlyMemory<byte> data,
        List<IDisposable> owned, List<ObjectUnit> units, HashSet<string> chain, int depth)
    {
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
                memberData = Map(memberPath, owned, topPath, m.Name);
                var kind = Unwrap(ref memberData, topPath, m.Name);
                if (kind is FileKind.Archive or FileKind.ThinArchive)
                {
                    chain.Add(memberFull);
                    ExpandArchive(topPath, memberPath, m.Name, memberData, owned, units, chain, depth + 1);
                    chain.Remove(memberFull);
                    continue;
                }
                CheckObjectKind(kind, topPath, m.Name, m.HeaderOffset);
                units.Add(new ObjectUnit(topPath, m.Name, kind, memberData));
            }
            else
            {
                memberData = archive.GetData(m);
                var kind = Unwrap(ref memberData, topPath, m.Name);
                if (kind is FileKind.Archive or FileKind.ThinArchive)
                {
                    // A thin archive stored inside a regular one names files relative to the outer archive.
                    ExpandArchive(topPath, archivePath, m.Name, memberData, owned, units, chain, depth + 1);
                    continue;
                }
                CheckObjectKind(kind, topPath, m.Name, m.DataOffset);
                units.Add(new ObjectUnit(topPath, m.Name, kind, memberData));
            }
        }
    }

    private static FileKind Unwrap(ref ReadOnlyMemory<byte> data, string path, string? member)
    {
        var kind = FileKinds.Detect(data.Span);
        if (!FileKinds.IsCompressed(kind)) return kind;
        try { data = Decompressor.Decompress(kind, data); }
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

    private static ReadOnlyMemory<byte> Map(string path, List<IDisposable> owned, string reportPath, string? member)
    {
        MappedFile mapped;
        try { mapped = MappedFile.Open(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message.TrimEnd('.'),
            };
            if (member is not null) why = $"thin archive member {path}: {why}";
            throw new KsymFormatException(member is null ? DiagnosticId.FileUnreadable : DiagnosticId.ArchiveMissingMember,
                InputFormat.File, -1, why, reportPath, member, e);
        }
        owned.Add(mapped);
        return mapped.Memory;
    }

    private static string FullPath(string path)
    {
        try { return Path.GetFullPath(path); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException) { return path; }
    }
}
