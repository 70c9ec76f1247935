using System.Runtime.CompilerServices;
using System.Text;
using KsymTrim.Diagnostics;
using KsymTrim.IO;

namespace KsymTrim.Elf;

/// <summary>
/// A symbol table (SHT_SYMTAB or SHT_DYNSYM) read in place. Opening it checks sh_entsize, sh_size, the linked
/// string table (which must end in NUL, so that no name can run off it) and the SHT_SYMTAB_SHNDX companion;
/// reading a symbol checks its st_name and section index. Immutable; safe to read from several threads.
/// </summary>
public sealed class ElfSymbolTable
{
    private readonly ElfFile _file;
    private readonly ReadOnlyMemory<byte> _entries;
    private readonly ReadOnlyMemory<byte> _strings;
    private readonly ReadOnlyMemory<byte> _shndx; // empty when there is no SHT_SYMTAB_SHNDX
    private readonly long _entriesOffset;
    private readonly int _entrySize;

    private ElfSymbolTable(ElfFile file, int sectionIndex, ReadOnlyMemory<byte> entries, long entriesOffset,
        int entrySize, ReadOnlyMemory<byte> strings, ReadOnlyMemory<byte> shndx)
    {
        _file = file;
        SectionIndex = sectionIndex;
        _entries = entries;
        _entriesOffset = entriesOffset;
        _entrySize = entrySize;
        _strings = strings;
        _shndx = shndx;
        Count = entries.Length / entrySize;
    }

    /// <summary>The file this table belongs to.</summary>
    public ElfFile File => _file;

    /// <summary>The index of the symbol table's section.</summary>
    public int SectionIndex { get; }

    /// <summary>The number of entries, the null symbol at index 0 included.</summary>
    public int Count { get; }

    internal static ElfSymbolTable Open(ElfFile file, int index)
    {
        var sections = file.Sections;
        var sh = sections[index];
        int entSize = file.Is64 ? 24 : 16;
        long at = (long)sh.Offset;
        if (sh.Type is not ElfSectionType.SymbolTable and not ElfSectionType.DynamicSymbolTable)
            Throw.Elf(DiagnosticId.ElfBadSymbolTable, at, $"section [{index}] is not a symbol table");
        if (sh.EntrySize != (ulong)entSize)
            Throw.Elf(DiagnosticId.ElfBadSymbolTable, at, $"symbol table [{index}] has sh_entsize {sh.EntrySize}, expected {entSize}");
        if (sh.Size % (ulong)entSize != 0)
            Throw.Elf(DiagnosticId.ElfBadSymbolTable, at, $"symbol table [{index}] size 0x{sh.Size:x} is not a multiple of {entSize}");
        if (sh.Link == 0 || sh.Link >= (uint)sections.Length)
            Throw.Elf(DiagnosticId.ElfBadLink, at, $"symbol table [{index}] sh_link {sh.Link} does not name a section");
        var str = sections[(int)sh.Link];
        if (str.Type != ElfSectionType.StringTable)
            Throw.Elf(DiagnosticId.ElfBadLink, at, $"symbol table [{index}] sh_link {sh.Link} names a section of type {(uint)str.Type}, not SHT_STRTAB");
        var strings = file.GetSectionMemory((int)sh.Link);
        if (!strings.IsEmpty && strings.Span[^1] != 0)
            Throw.Elf(DiagnosticId.ElfUnterminatedString, (long)str.Offset + strings.Length - 1, $"string table [{sh.Link}] does not end in NUL");

        var entries = file.GetSectionMemory(index);
        ReadOnlyMemory<byte> shndx = default;
        int i = file.SymbolTableIndicesFor(index); // the first SHT_SYMTAB_SHNDX linked to it, found once per file
        if (i > 0)
        {
            var x = sections[i];
            if (x.Size / 4 < (ulong)(entries.Length / entSize))
                Throw.Elf(DiagnosticId.ElfBadSymbolTable, (long)x.Offset, $"SHT_SYMTAB_SHNDX section [{i}] has fewer entries than symbol table [{index}]");
            shndx = file.GetSectionMemory(i);
        }
        return new ElfSymbolTable(file, index, entries, at, entSize, strings, shndx);
    }

    /// <summary>Reads symbol <paramref name="index"/>.</summary>
    /// <exception cref="KsymFormatException">Its st_name or section index is out of range.</exception>
    public ElfSymbol this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _file.IsBigEndian ? Read<BigEndian>(index) : Read<LittleEndian>(index);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ElfSymbol Read<T>(int index) where T : struct, IByteOrder
    {
        var s = _entries.Span.Slice(index * _entrySize, _entrySize);
        uint name;
        ulong value, size;
        byte info, other;
        uint shndx;
        if (_entrySize == 24)
        {
            name = T.U32(s);
            info = s[4];
            other = s[5];
            shndx = T.U16(s[6..]);
            value = T.U64(s[8..]);
            size = T.U64(s[16..]);
        }
        else
        {
            name = T.U32(s);
            value = T.U32(s[4..]);
            size = T.U32(s[8..]);
            info = s[12];
            other = s[13];
            shndx = T.U16(s[14..]);
        }
        if (name != 0 && name >= (uint)_strings.Length)
            ThrowNameOutOfRange(index, name);
        uint section = shndx;
        if (shndx == ElfSectionIndex.ExtendedIndex)
            section = ResolveExtendedIndex<T>(index);
        else if (shndx < ElfSectionIndex.LowReserve && shndx >= (uint)_file.SectionCount)
            ThrowBadSection(index, shndx);
        return new ElfSymbol(index, name, value, size, info, other, (ushort)shndx, section);
    }

    private uint ResolveExtendedIndex<T>(int index) where T : struct, IByteOrder
    {
        if (_shndx.IsEmpty)
            Throw.Elf(DiagnosticId.ElfBadSectionIndex, _entriesOffset + (long)index * _entrySize,
                $"symbol {index} has st_shndx SHN_XINDEX but there is no SHT_SYMTAB_SHNDX section");
        uint real = T.U32(_shndx.Span[(index * 4)..]);
        if (real >= (uint)_file.SectionCount) ThrowBadSection(index, real);
        return real;
    }

    private void ThrowNameOutOfRange(int index, uint name) =>
        Throw.Elf(DiagnosticId.ElfNameOutOfRange, _entriesOffset + (long)index * _entrySize,
            $"symbol {index} st_name 0x{name:x} lies outside the string table (0x{_strings.Length:x} bytes)");

    private void ThrowBadSection(int index, uint shndx) =>
        Throw.Elf(DiagnosticId.ElfBadSectionIndex, _entriesOffset + (long)index * _entrySize,
            $"symbol {index} names section {shndx}, but there are {_file.SectionCount}");

    /// <summary>A symbol's name as bytes, without copying.</summary>
    public ReadOnlySpan<byte> GetNameBytes(in ElfSymbol symbol)
    {
        if (symbol.NameOffset == 0) return [];
        var rest = _strings.Span[(int)symbol.NameOffset..];
        return rest[..rest.IndexOf((byte)0)]; // the table ends in NUL (checked by Open)
    }

    /// <summary>A symbol's name, decoded as UTF-8.</summary>
    public string GetName(in ElfSymbol symbol) => Encoding.UTF8.GetString(GetNameBytes(symbol));

    /// <summary>Enumerates the symbols from index 1 (the null symbol is skipped) without allocating.</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>A struct enumerator over the symbols, index 1 onwards.</summary>
    public struct Enumerator
    {
        private readonly ElfSymbolTable _table;
        private int _index;
        internal Enumerator(ElfSymbolTable table) { _table = table; _index = 0; }
        /// <summary>The current symbol.</summary>
        public ElfSymbol Current { get; private set; }
        /// <summary>Advances to the next symbol.</summary>
        public bool MoveNext()
        {
            if (++_index >= _table.Count) return false;
            Current = _table[_index];
            return true;
        }
    }
}
