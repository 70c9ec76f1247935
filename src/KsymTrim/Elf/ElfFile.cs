using KsymTrim.Diagnostics;
using KsymTrim.IO;

namespace KsymTrim.Elf;

/// <summary>
/// An ELF file (ELF32 or ELF64, either byte order, any e_type and e_machine) read in place. Parsing checks
/// the header and every section header against the buffer; symbol and relocation tables are checked when
/// opened. Malformed input raises <see cref="KsymFormatException"/> and nothing else.
/// Instances parsed from memory are immutable and safe to read from several threads; the memory must outlive
/// them. Instances parsed from an <see cref="IRangeSource"/> read the file on demand and are not thread-safe.
/// </summary>
public sealed partial class ElfFile
{
    private const int IdentSize = 16;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly IRangeSource? _source;
    private readonly ElfSectionHeader[] _sections;
    private readonly int _sectionNameTable; // 0: no section names
    private Dictionary<int, int>? _symbolTableIndices; // symbol table -> its SHT_SYMTAB_SHNDX, made on first use
    private static readonly Dictionary<int, int> NoSymbolTableIndices = [];

    private ElfFile(ReadOnlyMemory<byte> data, IRangeSource? source, ElfClass cls, ElfByteOrder order, ElfType type, ushort machine,
        byte osAbi, uint flags, ElfSectionHeader[] sections, int sectionNameTable)
    {
        _data = data;
        _source = source;
        Class = cls;
        ByteOrder = order;
        Type = type;
        Machine = machine;
        OsAbi = osAbi;
        Flags = flags;
        _sections = sections;
        _sectionNameTable = sectionNameTable;
    }

    /// <summary>ELFCLASS32 or ELFCLASS64.</summary>
    public ElfClass Class { get; }

    /// <summary>The byte order of every field.</summary>
    public ElfByteOrder ByteOrder { get; }

    /// <summary>e_type.</summary>
    public ElfType Type { get; }

    /// <summary>e_machine (see <see cref="ElfMachine"/>).</summary>
    public ushort Machine { get; }

    /// <summary>EI_OSABI.</summary>
    public byte OsAbi { get; }

    /// <summary>e_flags.</summary>
    public uint Flags { get; }

    /// <summary>True for ELFCLASS64.</summary>
    public bool Is64 => Class == ElfClass.Elf64;

    /// <summary>True for ELFDATA2MSB.</summary>
    public bool IsBigEndian => ByteOrder == ElfByteOrder.BigEndian;

    /// <summary>The whole file (read in full first when the file was parsed from an <see cref="IRangeSource"/>).</summary>
    public ReadOnlyMemory<byte> Data
    {
        get
        {
            _source?.Ensure(0, _data.Length);
            return _data;
        }
    }

    /// <summary>The section headers, index 0 (SHT_NULL) included; extended numbering already resolved.</summary>
    public ReadOnlySpan<ElfSectionHeader> Sections => _sections;

    /// <summary>The number of sections, from section 0's sh_size when e_shnum is 0.</summary>
    public int SectionCount => _sections.Length;

    /// <summary>Parses the ELF header and section header table of <paramref name="data"/>.</summary>
    /// <exception cref="KsymFormatException">The input is not a well-formed ELF file.</exception>
    public static ElfFile Parse(ReadOnlyMemory<byte> data) => Parse(data, null);

    /// <summary>Parses an ELF file that <paramref name="source"/> reads on demand: only the header, the section
    /// header table and the sections asked for later are read.</summary>
    /// <exception cref="KsymFormatException">The input is not a well-formed ELF file.</exception>
    public static ElfFile Parse(IRangeSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(source.Memory, source);
    }

    private static ElfFile Parse(ReadOnlyMemory<byte> data, IRangeSource? source)
    {
        source?.Ensure(0, Math.Min(data.Length, 64));
        var span = data.Span;
        if (span.Length == 0) Throw.Elf(DiagnosticId.EmptyInput, -1, "empty file");
        ReadOnlySpan<byte> magic = [0x7F, (byte)'E', (byte)'L', (byte)'F'];
        if (!span.StartsWith(magic))
        {
            if (span.Length < magic.Length && magic.StartsWith(span))
                Throw.Elf(DiagnosticId.ElfTruncated, span.Length, "file ends inside the ELF identification");
            Throw.Elf(DiagnosticId.ElfBadMagic, 0, "not an ELF file");
        }
        if (span.Length < IdentSize) Throw.Elf(DiagnosticId.ElfTruncated, span.Length, "file ends inside the ELF identification");
        byte cls = span[4], order = span[5];
        if (cls is not 1 and not 2) Throw.Elf(DiagnosticId.ElfBadClass, 4, $"invalid ELF class {cls}");
        if (order is not 1 and not 2) Throw.Elf(DiagnosticId.ElfBadData, 5, $"invalid ELF byte order {order}");
        return order == 1
            ? ParseCore<LittleEndian>(data, source, (ElfClass)cls, ElfByteOrder.LittleEndian)
            : ParseCore<BigEndian>(data, source, (ElfClass)cls, ElfByteOrder.BigEndian);
    }

    private static ElfFile ParseCore<T>(ReadOnlyMemory<byte> data, IRangeSource? source, ElfClass cls, ElfByteOrder order)
        where T : struct, IByteOrder
    {
        var span = data.Span;
        bool is64 = cls == ElfClass.Elf64;
        int ehsize = is64 ? 64 : 52;
        if (span.Length < ehsize)
            Throw.Elf(DiagnosticId.ElfTruncated, span.Length, $"file ends inside the ELF header ({span.Length} of {ehsize} bytes)");

        var type = (ElfType)T.U16(span[16..]);
        ushort machine = T.U16(span[18..]);
        ulong shoff;
        uint flags;
        int shentsizeAt;
        if (is64)
        {
            shoff = T.U64(span[40..]);
            flags = T.U32(span[48..]);
            shentsizeAt = 58;
        }
        else
        {
            shoff = T.U32(span[32..]);
            flags = T.U32(span[36..]);
            shentsizeAt = 46;
        }
        ushort shentsize = T.U16(span[shentsizeAt..]);
        ushort shnum = T.U16(span[(shentsizeAt + 2)..]);
        ushort shstrndx = T.U16(span[(shentsizeAt + 4)..]);
        int expectedEntSize = is64 ? 64 : 40;

        var none = new ElfFile(data, source, cls, order, type, machine, span[7], flags, [], 0);
        if (shoff == 0)
        {
            if (shnum != 0) Throw.Elf(DiagnosticId.ElfSectionHeadersOutOfFile, shentsizeAt + 2, $"e_shnum is {shnum} but e_shoff is 0");
            return none;
        }
        if (shentsize != expectedEntSize)
            Throw.Elf(DiagnosticId.ElfBadSectionHeaderSize, shentsizeAt, $"invalid e_shentsize {shentsize} (ELF{(is64 ? 64 : 32)} needs {expectedEntSize})");
        if ((shoff & (ulong)(is64 ? 7 : 3)) != 0)
            Throw.Elf(DiagnosticId.ElfCorruptSectionHeaders, is64 ? 40 : 32, $"misaligned section header table at 0x{shoff:x}");
        if (!Bounds.Fits(shoff, (ulong)expectedEntSize, span.Length))
            Throw.Elf(DiagnosticId.ElfSectionHeadersOutOfFile, is64 ? 40 : 32, $"section header table at 0x{shoff:x} lies outside the file ({span.Length} bytes)");

        source?.Ensure((long)shoff, expectedEntSize);
        var section0 = ReadSectionHeader<T>(span[(int)shoff..], is64);
        ulong count = shnum;
        if (shnum == 0)
        {
            // Extended numbering (gABI "Sections"): the real count is in section 0's sh_size.
            count = section0.Size;
            if (count == 0) return none;
        }
        if (count > (ulong)(span.Length - (int)shoff) / (ulong)expectedEntSize)
            Throw.Elf(DiagnosticId.ElfSectionHeadersOutOfFile, (long)shoff,
                $"section header table ({count} entries at 0x{shoff:x}) runs past the end of the file ({span.Length} bytes)");

        if (section0.NameOffset != 0 || section0.Type != ElfSectionType.Null || section0.Flags != 0 ||
            section0.Address != 0 || section0.Offset != 0 || section0.AddressAlign != 0 || section0.EntrySize != 0)
            Throw.Elf(DiagnosticId.ElfCorruptSectionHeaders, (long)shoff, "corrupt section headers: section 0 is not SHT_NULL");

        source?.Ensure((long)shoff, (long)count * expectedEntSize);
        var sections = new ElfSectionHeader[(int)count];
        var table = span.Slice((int)shoff, (int)count * expectedEntSize);
        for (int i = 0; i < sections.Length; i++)
        {
            var sh = ReadSectionHeader<T>(table[(i * expectedEntSize)..], is64);
            if (sh.HasContents && !Bounds.Fits(sh.Offset, sh.Size, span.Length))
                Throw.Elf(DiagnosticId.ElfSectionOutOfFile, (long)shoff + (long)i * expectedEntSize,
                    $"section [{i}] (offset 0x{sh.Offset:x}, size 0x{sh.Size:x}) lies outside the file ({span.Length} bytes)");
            sections[i] = sh;
        }

        // e_shstrndx: SHN_XINDEX means the real index is in section 0's sh_link.
        uint nameIndex = shstrndx;
        if (shstrndx == ElfSectionIndex.ExtendedIndex)
        {
            nameIndex = section0.Link;
            if (nameIndex == 0)
                Throw.Elf(DiagnosticId.ElfBadSectionNameTable, shentsizeAt + 4, "e_shstrndx is SHN_XINDEX but section 0's sh_link is 0");
        }
        else if (shstrndx >= ElfSectionIndex.LowReserve)
        {
            Throw.Elf(DiagnosticId.ElfBadSectionNameTable, shentsizeAt + 4, $"invalid e_shstrndx 0x{shstrndx:x}");
        }
        if (nameIndex != 0)
        {
            if (nameIndex >= count)
                Throw.Elf(DiagnosticId.ElfBadSectionNameTable, shentsizeAt + 4, $"e_shstrndx {nameIndex} is out of range ({count} sections)");
            var names = sections[nameIndex];
            if (names.Type != ElfSectionType.StringTable)
                Throw.Elf(DiagnosticId.ElfBadSectionNameTable, shentsizeAt + 4, $"e_shstrndx {nameIndex} names a section of type {(uint)names.Type}, not SHT_STRTAB");
            if (names.Size != 0) source?.Ensure((long)names.Offset, (long)names.Size);
            if (names.Size == 0 || span[(int)(names.Offset + names.Size - 1)] != 0)
                Throw.Elf(DiagnosticId.ElfUnterminatedString, (long)names.Offset, $"section name table [{nameIndex}] does not end in NUL");
        }
        return new ElfFile(data, source, cls, order, type, machine, span[7], flags, sections, (int)nameIndex);
    }

    private static ElfSectionHeader ReadSectionHeader<T>(ReadOnlySpan<byte> s, bool is64) where T : struct, IByteOrder =>
        is64
            ? new ElfSectionHeader(T.U32(s), (ElfSectionType)T.U32(s[4..]), (ElfSectionFlags)T.U64(s[8..]), T.U64(s[16..]),
                T.U64(s[24..]), T.U64(s[32..]), T.U32(s[40..]), T.U32(s[44..]), T.U64(s[48..]), T.U64(s[56..]))
            : new ElfSectionHeader(T.U32(s), (ElfSectionType)T.U32(s[4..]), (ElfSectionFlags)T.U32(s[8..]), T.U32(s[12..]),
                T.U32(s[16..]), T.U32(s[20..]), T.U32(s[24..]), T.U32(s[28..]), T.U32(s[32..]), T.U32(s[36..]));

    /// <summary>A section's name as bytes (empty when the file has no section name table).</summary>
    /// <exception cref="KsymFormatException">sh_name lies outside the section name table.</exception>
    public ReadOnlySpan<byte> GetSectionNameBytes(int index)
    {
        var sh = _sections[index];
        if (_sectionNameTable == 0 || sh.NameOffset == 0) return [];
        var table = _sections[_sectionNameTable];
        if (sh.NameOffset >= table.Size)
            Throw.Elf(DiagnosticId.ElfNameOutOfRange, (long)table.Offset, $"section [{index}] sh_name 0x{sh.NameOffset:x} lies outside the section name table");
        var rest = _data.Span.Slice((int)(table.Offset + sh.NameOffset), (int)(table.Size - sh.NameOffset)); // read by Parse
        return rest[..rest.IndexOf((byte)0)]; // the table ends in NUL (checked by Parse)
    }

    /// <summary>A section's name.</summary>
    public string GetSectionName(int index) => System.Text.Encoding.UTF8.GetString(GetSectionNameBytes(index));

    /// <summary>The index of the first section called <paramref name="name"/>, or -1.</summary>
    public int FindSection(ReadOnlySpan<byte> name)
    {
        if (!SectionNameTableContains(name)) return -1;
        for (int i = 1; i < _sections.Length; i++)
            if (GetSectionNameBytes(i).SequenceEqual(name)) return i;
        return -1;
    }

    /// <summary>
    /// False when no section can be called <paramref name="name"/>: the section name table does not hold its bytes
    /// followed by a NUL. One search of a table already read by <see cref="Parse(ReadOnlyMemory{byte})"/>, with no
    /// section name resolved: cheap enough to ask of every file. True does not promise such a section (the bytes may
    /// end a longer name); <see cref="FindSection"/> says which.
    /// </summary>
    public bool SectionNameTableContains(ReadOnlySpan<byte> name)
    {
        if (_sectionNameTable == 0 || name.IsEmpty) return false;
        var sh = _sections[_sectionNameTable];
        var table = _data.Span.Slice((int)sh.Offset, (int)sh.Size); // read and checked by Parse
        for (int at = 0; ;)
        {
            int i = table[at..].IndexOf(name);
            if (i < 0) return false;
            at += i + name.Length;
            if (at < table.Length && table[at] == 0) return true;
            at -= name.Length - 1;
        }
    }

    /// <summary>A section's bytes (empty for SHT_NOBITS and SHT_NULL); bounds were checked by <see cref="Parse(ReadOnlyMemory{byte})"/>.</summary>
    public ReadOnlySpan<byte> GetSectionData(int index) => GetSectionMemory(index).Span;

    /// <summary>A section's bytes as memory (empty for SHT_NOBITS and SHT_NULL).</summary>
    public ReadOnlyMemory<byte> GetSectionMemory(int index)
    {
        var sh = _sections[index];
        if (!sh.HasContents) return ReadOnlyMemory<byte>.Empty;
        _source?.Ensure((long)sh.Offset, (long)sh.Size);
        return _data.Slice((int)sh.Offset, (int)sh.Size);
    }

    /// <summary>True when section <paramref name="index"/> is the section-name table (e_shstrndx).</summary>
    public bool IsSectionNameTable(int index) => index != 0 && index == _sectionNameTable;

    /// <summary>The file offset of section header <paramref name="index"/>'s contents, for diagnostics.</summary>
    internal long SectionOffset(int index) => (long)_sections[index].Offset;

    /// <summary>
    /// The static symbol table (SHT_SYMTAB), or the dynamic one (SHT_DYNSYM) when there is no static table,
    /// or null when the file has neither.
    /// </summary>
    public ElfSymbolTable? GetSymbolTable()
    {
        int dyn = -1;
        for (int i = 1; i < _sections.Length; i++)
        {
            if (_sections[i].Type == ElfSectionType.SymbolTable) return OpenSymbolTable(i);
            if (_sections[i].Type == ElfSectionType.DynamicSymbolTable && dyn < 0) dyn = i;
        }
        return dyn > 0 ? OpenSymbolTable(dyn) : null;
    }

    /// <summary>
    /// The first SHT_SYMTAB_SHNDX section whose sh_link is <paramref name="symbolTable"/>, or 0. One pass over the
    /// section headers builds the answer for every section the first time it is asked: opening a symbol table once per
    /// relocation section would otherwise cost time quadratic in the number of sections (docs/limits.md).
    /// </summary>
    internal int SymbolTableIndicesFor(int symbolTable)
    {
        var map = Volatile.Read(ref _symbolTableIndices);
        if (map is null)
        {
            Dictionary<int, int>? found = null;
            for (int i = 1; i < _sections.Length; i++)
                if (_sections[i].Type == ElfSectionType.SymbolTableSectionIndices && _sections[i].Link < (uint)_sections.Length)
                    (found ??= []).TryAdd((int)_sections[i].Link, i);
            map = found ?? NoSymbolTableIndices;
            Volatile.Write(ref _symbolTableIndices, map); // a race builds the same map twice; either is kept
        }
        return map.GetValueOrDefault(symbolTable);
    }

    /// <summary>Opens the symbol table in section <paramref name="index"/>, checking its size, entry size,
    /// string table and SHT_SYMTAB_SHNDX companion.</summary>
    public ElfSymbolTable OpenSymbolTable(int index)
    {
        if ((uint)index >= (uint)_sections.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return ElfSymbolTable.Open(this, index);
    }

    /// <summary>The indices of the SHT_REL and SHT_RELA sections.</summary>
    public IEnumerable<int> RelocationSections()
    {
        for (int i = 1; i < _sections.Length; i++)
            if (_sections[i].Type is ElfSectionType.Rel or ElfSectionType.Rela) yield return i;
    }

    /// <summary>Opens the relocation section <paramref name="index"/> (SHT_REL or SHT_RELA).</summary>
    public ElfRelocationTable OpenRelocations(int index)
    {
        if ((uint)index >= (uint)_sections.Length) throw new ArgumentOutOfRangeException(nameof(index));
        return ElfRelocationTable.Open(this, index);
    }
}
