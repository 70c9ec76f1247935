using KsymTrim.Elf;
using Lof = LibObjectFile.Elf;
using LofAr = LibObjectFile.Ar;

namespace KsymTrim.Tests.Oracle;

/// <summary>What one comparison covered, or the first difference it found.</summary>
/// <param name="Difference">The first difference, naming the file, the section and the entry; null when identical.</param>
/// <param name="Skipped">The named gap that kept LibObjectFile from being asked, or null.</param>
internal readonly record struct OracleResult(string? Difference, string? Skipped, long Symbols, long Relocations)
{
    public static OracleResult Differs(string difference) => new(difference, null, 0, 0);
    public static OracleResult Gap(string gap) => new(null, gap, 0, 0);
}

/// <summary>
/// LibObjectFile (xoofx, BSD-2-Clause; a test-only dependency) as a second, independent reader of every ELF file:
/// the same bytes are read by <see cref="ElfFile"/> and by <c>LibObjectFile.Elf.ElfFile</c>, and every symbol of every
/// SHT_SYMTAB/SHT_DYNSYM (name, binding, type, visibility as <c>st_other &amp; 3</c>, section index or undefined with
/// SHN_XINDEX resolved through SHT_SYMTAB_SHNDX, value, size) and every entry of every SHT_REL/SHT_RELA (offset,
/// type, symbol index, addend) must be identical.
/// <para>LibObjectFile's known gaps are named predicates below, asked before it reads the file; its exceptions
/// are never caught to skip a file (one it throws is reported as a difference).</para>
/// </summary>
internal static class LibObjectFileOracle
{
    // ---- Named gaps: each is a predicate over our reader's view of the file, with what LibObjectFile does wrong.

    /// <summary>
    /// Big-endian with SHT_SYMTAB_SHNDX: LibObjectFile 2.3.1 reads (and writes) the SHT_SYMTAB_SHNDX words with
    /// <c>ReadU32</c>/<c>WriteU32</c>, little-endian whatever the file's encoding
    /// (<c>ElfSymbolTableSectionHeaderIndices.Read</c>/<c>Write</c>), so on a big-endian file every extended
    /// section index comes out byte-swapped. No fixture has this shape; SynthesizedObjectTests'
    /// <c>Seventy_thousand_sections("s390x")</c> builds one.
    /// </summary>
    public static bool IsBigEndianWithExtendedSectionIndices(ElfFile elf)
    {
        if (!elf.IsBigEndian) return false;
        foreach (var sh in elf.Sections)
            if (sh.Type == ElfSectionType.SymbolTableSectionIndices) return true;
        return false;
    }

    /// <summary>
    /// MIPS64 little-endian relocations: r_info is a 32-bit symbol index followed by four one-byte types
    /// (binutils <c>Elf64_Mips_External_Rela</c>); LibObjectFile decodes it as the generic
    /// <c>ELF64_R_SYM/ELF64_R_TYPE</c> word (<c>ElfRelocationTable.Read64</c>), so symbol and type come out
    /// scrambled where ours follows binutils. Only the relocations of such files are skipped (their symbols are
    /// compared). Known from LibObjectFile's source; no fixture or Debian module is MIPS64.
    /// </summary>
    public static bool IsMips64LittleEndianRelocations(ElfFile elf) =>
        elf.Machine == ElfMachine.Mips && elf.Is64 && !elf.IsBigEndian;

    /// <summary>
    /// A SHT_SYMTAB_SHNDX with fewer words than its symbol table has entries. The gABI makes the two correspond
    /// one to one, and GNU readelf ("Index section .symtab_shndx has an sh_size of ... - expected ..."), LLVM
    /// (<c>getSHNDXTable</c>) and our reader refuse such a file; only BFD (nm) reads it. LibObjectFile 2.3.1
    /// writes one whenever the last symbols of the table lie below SHN_LORESERVE
    /// (<c>ElfSymbolTableSectionHeaderIndices.UpdateLayoutCore</c> sizes the table up to the last symbol that
    /// needs an extended index), so objects it writes are checked against this before they are compared.
    /// </summary>
    public static bool HasShortSymtabShndx(ElfFile elf)
    {
        foreach (var sh in elf.Sections)
        {
            if (sh.Type != ElfSectionType.SymbolTableSectionIndices || sh.Link >= (uint)elf.SectionCount) continue;
            var symtab = elf.Sections[(int)sh.Link];
            if (symtab.EntrySize != 0 && sh.Size / 4 < symtab.Size / symtab.EntrySize) return true;
        }
        return false;
    }

    /// <summary>GNU thin archive (<c>!&lt;thin&gt;</c>): LibObjectFile reads no thin archive. Its members are other
    /// files, compared on their own where they are fixtures.</summary>
    public static bool IsThinArchive(ReadOnlySpan<byte> archive) => archive.StartsWith("!<thin>\n"u8);

    /// <summary>BSD archive (<c>__.SYMDEF</c> index or <c>#1/N</c> names): LibObjectFile 2.3.1's GNU reader rejects the
    /// <c>#1/N</c> name (LB1012, "the character `/` was found in the entry `#1/12`"), and its BSD reader misreads
    /// llvm-ar's <c>#1/12</c> <c>__.SYMDEF</c> header (LB1006, a digit where it wants a space in the timestamp).
    /// Members are still compared as ELF (read by our archive reader and handed over as bytes); only the
    /// archive-level comparison is skipped.</summary>
    public static bool IsBsdArchive(ReadOnlySpan<byte> archive) =>
        MemberHeaderNames(archive).Any(n => n.StartsWith("#1/", StringComparison.Ordinal) || n.StartsWith("__.SYMDEF", StringComparison.Ordinal));

    /// <summary>GNU archive with a 64-bit <c>/SYM64/</c> symbol index: LibObjectFile 2.3.1 reads only the 32-bit
    /// <c>/</c> index and rejects the member name (LB1012, "the character `/` was found in the entry `/SYM64`").
    /// Members are still compared as ELF; only the archive-level comparison is skipped.</summary>
    public static bool HasSym64Index(ReadOnlySpan<byte> archive) =>
        MemberHeaderNames(archive).Any(n => n == "/SYM64/");

    /// <summary>The raw 16-byte name fields of an archive's member headers, trimmed.</summary>
    private static List<string> MemberHeaderNames(ReadOnlySpan<byte> archive)
    {
        var names = new List<string>();
        if (!archive.StartsWith("!<arch>\n"u8)) return names;
        long pos = 8;
        while (pos + 60 <= archive.Length)
        {
            var header = archive.Slice((int)pos, 60);
            names.Add(System.Text.Encoding.ASCII.GetString(header[..16]).TrimEnd(' '));
            if (!long.TryParse(System.Text.Encoding.ASCII.GetString(header.Slice(48, 10)).Trim(),
                    System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long size) || size < 0)
                break;
            pos += 60 + size + (size & 1);
        }
        return names;
    }

    // ---- The comparison.

    /// <summary>Reads <paramref name="data"/> with both readers and compares symbols and relocations.</summary>
    public static OracleResult Compare(byte[] data, string label) => Compare(data, data, label);

    /// <summary>Reads <paramref name="ourData"/> with our reader and <paramref name="theirData"/> with LibObjectFile
    /// (the same bytes but for the oracle's own tests, which change one field to see it named).</summary>
    internal static OracleResult Compare(byte[] ourData, byte[] theirData, string label)
    {
        var ours = ElfFile.Parse(ourData);
        if (IsBigEndianWithExtendedSectionIndices(ours)) return OracleResult.Gap(nameof(IsBigEndianWithExtendedSectionIndices));

        Lof.ElfFile? read;
        using (var stream = new MemoryStream(theirData, writable: false))
        {
            if (!Lof.ElfFile.TryRead(stream, out read, out var diagnostics) || read is null)
                return OracleResult.Differs($"{label}: LibObjectFile reports errors our reader does not: {diagnostics}");
        }
        var theirs = read;

        if (theirs.Sections.Count != ours.SectionCount)
            return OracleResult.Differs($"{label}: {ours.SectionCount} sections, LibObjectFile {theirs.Sections.Count}");
        for (int i = 0; i < ours.SectionCount; i++)
        {
            var t = theirs.Sections[i];
            if (t.SectionIndex != i)
                return OracleResult.Differs($"{label}: LibObjectFile's section [{i}] says it is section {t.SectionIndex}");
            if ((uint)t.Type != (uint)ours.Sections[i].Type)
                return OracleResult.Differs($"{label}: section [{i}] type 0x{(uint)ours.Sections[i].Type:x}, LibObjectFile 0x{(uint)t.Type:x}");
        }

        long symbols = 0, relocations = 0;
        for (int i = 1; i < ours.SectionCount; i++)
        {
            var type = ours.Sections[i].Type;
            if (type is ElfSectionType.SymbolTable or ElfSectionType.DynamicSymbolTable)
            {
                var difference = CompareSymbols(ours.OpenSymbolTable(i), (Lof.ElfSymbolTable)theirs.Sections[i], label, ref symbols);
                if (difference is not null) return OracleResult.Differs(difference);
            }
            else if (type is ElfSectionType.Rel or ElfSectionType.Rela && !IsMips64LittleEndianRelocations(ours))
            {
                var difference = CompareRelocations(ours.OpenRelocations(i), (Lof.ElfRelocationTable)theirs.Sections[i], label, ref relocations);
                if (difference is not null) return OracleResult.Differs(difference);
            }
        }
        return new OracleResult(null, null, symbols, relocations);
    }

    private static string? CompareSymbols(ElfSymbolTable ours, Lof.ElfSymbolTable theirs, string label, ref long compared)
    {
        string where = $"{label}: symbol table [{ours.SectionIndex}]";
        var entries = theirs.Entries;
        if (entries.Count != ours.Count) return $"{where}: {ours.Count} symbols, LibObjectFile {entries.Count}";
        for (int j = 0; j < ours.Count; j++)
        {
            var o = ours[j];
            var t = entries[j];
            string? field = null;
            object? a = null, b = null;
            string name = ours.GetName(o);
            uint section = o.RawSectionIndex == ElfSectionIndex.ExtendedIndex ? o.SectionIndex : o.RawSectionIndex;
            uint theirSection = (uint)(t.SectionLink.Section is { } s ? s.SectionIndex : t.SectionLink.SpecialIndex);
            if (name != t.Name.Value) (field, a, b) = ("name", name, t.Name.Value);
            else if ((byte)o.Binding != (byte)t.Bind) (field, a, b) = ("binding", (byte)o.Binding, (byte)t.Bind);
            else if ((byte)o.Type != (byte)t.Type) (field, a, b) = ("type", (byte)o.Type, (byte)t.Type);
            else if ((o.Other & 3) != ((byte)t.Visibility & 3)) (field, a, b) = ("visibility", o.Other & 3, (byte)t.Visibility & 3);
            else if (section != theirSection) (field, a, b) = ("section index", section, theirSection);
            else if (o.Value != t.Value) (field, a, b) = ("value", $"0x{o.Value:x}", $"0x{t.Value:x}");
            else if (o.Size != t.Size) (field, a, b) = ("size", o.Size, t.Size);
            if (field is not null) return $"{where}: symbol {j} '{name}': {field} {a}, LibObjectFile {b}";
        }
        compared += ours.Count;
        return null;
    }

    private static string? CompareRelocations(ElfRelocationTable ours, Lof.ElfRelocationTable theirs, string label, ref long compared)
    {
        string where = $"{label}: relocation section [{ours.SectionIndex}]";
        var entries = theirs.Entries;
        if (entries.Count != ours.Count) return $"{where}: {ours.Count} relocations, LibObjectFile {entries.Count}";
        if (ours.HasAddends != theirs.IsRelocationWithAddends) return $"{where}: RELA {ours.HasAddends}, LibObjectFile {theirs.IsRelocationWithAddends}";
        Span<ElfRelocation> buffer = new ElfRelocation[Math.Min(ours.Count, 4096)];
        for (int start = 0; start < ours.Count;)
        {
            int n = ours.CopyTo(start, buffer);
            for (int k = 0; k < n; k++)
            {
                var o = buffer[k];
                var t = entries[start + k];
                string? field =
                    o.Offset != t.Offset ? $"offset 0x{o.Offset:x}, LibObjectFile 0x{t.Offset:x}" :
                    o.Type != t.Type.Value ? $"type {o.Type}, LibObjectFile {t.Type.Value}" :
                    o.SymbolIndex != t.SymbolIndex ? $"symbol {o.SymbolIndex}, LibObjectFile {t.SymbolIndex}" :
                    ours.HasAddends && o.Addend != t.Addend ? $"addend {o.Addend}, LibObjectFile {t.Addend}" : null;
                if (field is not null) return $"{where}: relocation {start + k}: {field}";
            }
            start += n;
        }
        compared += ours.Count;
        return null;
    }

    /// <summary>
    /// The archive-level comparison for a GNU archive: LibObjectFile's <c>ArArchiveFile</c> and our
    /// <see cref="KsymTrim.Archive.ArArchive"/> list the same members (name, size, bytes), in order.
    /// </summary>
    public static string? CompareArchive(byte[] data, KsymTrim.Archive.ArArchive ours, string label)
    {
        LofAr.ArArchiveFile? theirs;
        using (var stream = new MemoryStream(data, writable: false))
        {
            var options = new LofAr.ArArchiveFileReaderOptions(LofAr.ArArchiveKind.GNU) { ProcessObjectFiles = false };
            if (!LofAr.ArArchiveFile.TryRead(stream, options, out theirs, out var diagnostics) || theirs is null)
                return $"{label}: LibObjectFile reports errors our archive reader does not: {diagnostics}";
        }
        var files = theirs.Files.Where(f => !f.IsSystem).ToList();
        if (files.Count != ours.Members.Count) return $"{label}: {ours.Members.Count} members, LibObjectFile {files.Count}";
        for (int i = 0; i < files.Count; i++)
        {
            var m = ours.Members[i];
            if (files[i].Name != m.Name) return $"{label}: member {i} named '{m.Name}', LibObjectFile '{files[i].Name}'";
            if (files[i] is not LofAr.ArBinaryFile { Stream: { } s }) return $"{label}: member {i} '{m.Name}' has no data in LibObjectFile";
            var bytes = new byte[s.Length];
            s.Position = 0;
            s.ReadExactly(bytes);
            if (!bytes.AsSpan().SequenceEqual(ours.GetData(m).Span))
                return $"{label}: member {i} '{m.Name}': {m.Size} bytes, LibObjectFile {bytes.Length} bytes that differ";
        }
        return null;
    }
}
