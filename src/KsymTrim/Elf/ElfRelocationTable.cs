using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using KsymTrim.Diagnostics;
using KsymTrim.IO;

namespace KsymTrim.Elf;

/// <summary>One relocation: where, which symbol, which type, and the addend (0 for SHT_REL).</summary>
public readonly record struct ElfRelocation(ulong Offset, uint SymbolIndex, uint Type, long Addend);

/// <summary>
/// A relocation section (SHT_REL or SHT_RELA) read in place. Opening it checks the entry size, the size, the
/// linked symbol table and the target section; reading an entry checks its symbol index.
/// Immutable; safe to read from several threads.
/// </summary>
public sealed class ElfRelocationTable
{
    private readonly ElfFile _file;
    private readonly ReadOnlyMemory<byte> _entries;
    private readonly int _entrySize;
    private readonly long _offset;
    private readonly bool _mips64el;

    private ElfRelocationTable(ElfFile file, int index, ElfSymbolTable symbols, ReadOnlyMemory<byte> entries, int entrySize, bool rela)
    {
        _file = file;
        SectionIndex = index;
        Symbols = symbols;
        _entries = entries;
        _entrySize = entrySize;
        HasAddends = rela;
        _offset = (long)file.Sections[index].Offset;
        _mips64el = file.Machine == ElfMachine.Mips && file.Is64 && !file.IsBigEndian;
        Count = entries.Length / entrySize;
    }

    /// <summary>The relocation section's index.</summary>
    public int SectionIndex { get; }

    /// <summary>The section the relocations apply to (sh_info), 0 when none is named.</summary>
    public int TargetSection => (int)_file.Sections[SectionIndex].Info;

    /// <summary>The symbol table the entries index (sh_link).</summary>
    public ElfSymbolTable Symbols { get; }

    /// <summary>True for SHT_RELA.</summary>
    public bool HasAddends { get; }

    /// <summary>The number of entries.</summary>
    public int Count { get; }

    internal static ElfRelocationTable Open(ElfFile file, int index)
    {
        var sh = file.Sections[index];
        bool rela = sh.Type == ElfSectionType.Rela;
        if (!rela && sh.Type != ElfSectionType.Rel)
            Throw.Elf(DiagnosticId.ElfBadRelocations, (long)sh.Offset, $"section [{index}] is not SHT_REL or SHT_RELA");
        int entSize = (file.Is64 ? 8 : 4) * (rela ? 3 : 2);
        if (sh.EntrySize != (ulong)entSize || sh.Size % (ulong)entSize != 0)
            Throw.Elf(DiagnosticId.ElfBadRelocations, (long)sh.Offset, $"relocation section [{index}] has sh_entsize {sh.EntrySize} or size 0x{sh.Size:x} that does not fit entries of {entSize} bytes");
        if (sh.Link == 0 || sh.Link >= (uint)file.SectionCount)
            Throw.Elf(DiagnosticId.ElfBadLink, (long)sh.Offset, $"relocation section [{index}] sh_link {sh.Link} does not name a section");
        if (sh.Info >= (uint)file.SectionCount)
            Throw.Elf(DiagnosticId.ElfBadRelocations, (long)sh.Offset, $"relocation section [{index}] sh_info {sh.Info} does not name a section");
        var symbols = file.OpenSymbolTable((int)sh.Link);
        return new ElfRelocationTable(file, index, symbols, file.GetSectionMemory(index), entSize, rela);
    }

    /// <summary>Reads relocation <paramref name="index"/>.</summary>
    public ElfRelocation this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _file.IsBigEndian ? Read<BigEndian>(_entries.Span, index) : Read<LittleEndian>(_entries.Span, index);
        }
    }

    /// <summary>Reads entries from <paramref name="start"/> on into <paramref name="destination"/>, as many as fit
    /// and remain, with the checks of the indexer, and returns how many: the fast way to read a whole section, a
    /// buffer at a time.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or past <see cref="Count"/>.</exception>
    /// <exception cref="KsymFormatException">An entry names a symbol past the end of its table.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CopyTo(int start, Span<ElfRelocation> destination)
    {
        if ((uint)start > (uint)Count) throw new ArgumentOutOfRangeException(nameof(start));
        int n = Math.Min(destination.Length, Count - start);
        var entries = _entries.Span;
        if (_file.IsBigEndian)
            for (int i = 0; i < n; i++) destination[i] = Read<BigEndian>(entries, start + i);
        else
            for (int i = 0; i < n; i++) destination[i] = Read<LittleEndian>(entries, start + i);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ElfRelocation Read<T>(ReadOnlySpan<byte> entries, int index) where T : struct, IByteOrder
    {
        var s = entries.Slice(index * _entrySize, _entrySize);
        ulong offset;
        uint sym, type;
        long addend = 0;
        if (_file.Is64)
        {
            offset = T.U64(s);
            ulong info = T.U64(s[8..]);
            if (_mips64el)
            {
                // MIPS64 little-endian stores r_info as a 32-bit symbol then four bytes of types
                // (binutils include/elf/mips.h, Elf64_Mips_External_Rela).
                info = (info << 32) | BinaryPrimitives.ReverseEndianness((uint)(info >> 32));
            }
            sym = (uint)(info >> 32);
            type = (uint)info;
            if (HasAddends) addend = (long)T.U64(s[16..]);
        }
        else
        {
            offset = T.U32(s);
            uint info = T.U32(s[4..]);
            sym = info >> 8;
            type = info & 0xFF;
            if (HasAddends) addend = (int)T.U32(s[8..]);
        }
        if (sym >= (uint)Symbols.Count)
            Throw.Elf(DiagnosticId.ElfBadRelocations, _offset + (long)index * _entrySize,
                $"relocation {index} of section [{SectionIndex}] names symbol {sym}, but the table has {Symbols.Count}");
        return new ElfRelocation(offset, sym, type, addend);
    }
}
