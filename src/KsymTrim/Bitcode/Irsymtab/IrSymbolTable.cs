using System.Buffers.Binary;
using System.Text;
using KsymTrim.Diagnostics;

namespace KsymTrim.Bitcode.Irsymtab;

/// <summary>Symbol flags of LLVM's irsymtab (llvm/include/llvm/Object/IRSymtab.h, storage::Symbol::FlagBits).</summary>
[Flags]
public enum IrSymbolFlags : uint
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>FB_has_uncommon.</summary>
    HasUncommon = 1 << 2,
    /// <summary>FB_undefined.</summary>
    Undefined = 1 << 3,
    /// <summary>FB_weak.</summary>
    Weak = 1 << 4,
    /// <summary>FB_common.</summary>
    Common = 1 << 5,
    /// <summary>FB_indirect.</summary>
    Indirect = 1 << 6,
    /// <summary>FB_used.</summary>
    Used = 1 << 7,
    /// <summary>FB_tls.</summary>
    Tls = 1 << 8,
    /// <summary>FB_may_omit.</summary>
    MayOmit = 1 << 9,
    /// <summary>FB_global.</summary>
    Global = 1 << 10,
    /// <summary>FB_format_specific.</summary>
    FormatSpecific = 1 << 11,
    /// <summary>FB_unnamed_addr.</summary>
    UnnamedAddr = 1 << 12,
    /// <summary>FB_executable.</summary>
    Executable = 1 << 13,
}

/// <summary>One irsymtab symbol.</summary>
/// <param name="Name">The mangled name.</param>
/// <param name="IRName">The IR name, empty for symbols of module asm.</param>
/// <param name="Flags">Its flags (visibility in the low two bits).</param>
public readonly record struct IrSymbol(string Name, string IRName, IrSymbolFlags Flags)
{
    /// <summary>Visibility: 0 default, 1 hidden, 2 protected.</summary>
    public int Visibility => (int)((uint)Flags & 3);
}

/// <summary>
/// The irsymtab blob of a bitcode file's SYMTAB block (llvm/lib/Object/IRSymtab.cpp): the symbol table LLVM
/// caches for linkers. Every offset and count is checked against the blob and the STRTAB; LLVM's own reader
/// trusts them. Versions 2 (LLVM 9 to 12) and 3 (LLVM 13 to at least 19, which added each comdat's selection kind,
/// growing a comdat entry from 8 to 12 bytes) are read; <see cref="TryParse"/> returns null for any other version,
/// and callers then walk the module instead. Immutable; thread-safe.
/// </summary>
public sealed class IrSymbolTable
{
    /// <summary>The newest layout version read.</summary>
    public const uint SupportedVersion = 3;

    /// <summary>The oldest layout version read.</summary>
    public const uint OldestSupportedVersion = 2;

    private IrSymbolTable(string producer, string triple, string sourceFileName, IReadOnlyList<(int Begin, int End)> modules, IReadOnlyList<IrSymbol> symbols)
    {
        Producer = producer;
        TargetTriple = triple;
        SourceFileName = sourceFileName;
        Modules = modules;
        Symbols = symbols;
    }

    /// <summary>The producer that wrote the table (<c>LLVM14.0.6</c>...).</summary>
    public string Producer { get; }

    /// <summary>The target triple.</summary>
    public string TargetTriple { get; }

    /// <summary>The source file name.</summary>
    public string SourceFileName { get; }

    /// <summary>Per module, its range of <see cref="Symbols"/>.</summary>
    public IReadOnlyList<(int Begin, int End)> Modules { get; }

    /// <summary>The symbols of every module.</summary>
    public IReadOnlyList<IrSymbol> Symbols { get; }

    private const int HeaderSize = 76, ModuleSize = 12, SymbolSize = 24, UncommonSize = 24, StrSize = 8;

    /// <summary>Reads <paramref name="blob"/> with names in <paramref name="strtab"/>; null when the blob is absent,
    /// too short for a header, or of a version outside <see cref="OldestSupportedVersion"/> to <see cref="SupportedVersion"/>.</summary>
    /// <exception cref="KsymFormatException">A table of a supported version whose offsets or counts do not fit.</exception>
    public static IrSymbolTable? TryParse(ReadOnlySpan<byte> blob, ReadOnlySpan<byte> strtab)
    {
        if (blob.Length < HeaderSize) return null;
        uint version = Word(blob, 0);
        if (version is < OldestSupportedVersion or > SupportedVersion) return null;
        int comdatSize = version >= 3 ? 12 : 8; // v3: Str Name, Word SelectionKind; v2: Str Name
        string producer = Str(blob, 4, strtab);
        var (modOff, modCount) = Range(blob, 12, ModuleSize);
        Range(blob, 20, comdatSize);
        var (symOff, symCount) = Range(blob, 28, SymbolSize);
        var (uncOff, uncCount) = Range(blob, 36, UncommonSize);
        string triple = Str(blob, 44, strtab);
        string source = Str(blob, 52, strtab);
        Str(blob, 60, strtab);
        Range(blob, 68, StrSize);

        var modules = new List<(int, int)>(modCount);
        for (int i = 0; i < modCount; i++)
        {
            int at = modOff + i * ModuleSize;
            uint begin = Word(blob, at), end = Word(blob, at + 4), unc = Word(blob, at + 8);
            if (begin > end || end > (uint)symCount || unc > (uint)uncCount)
                Fail(at, $"irsymtab module {i} has symbols {begin}..{end} (of {symCount}) and uncommons from {unc} (of {uncCount})");
            modules.Add(((int)begin, (int)end));
        }
        var symbols = new IrSymbol[symCount];
        int uncommons = 0;
        for (int i = 0; i < symCount; i++)
        {
            int at = symOff + i * SymbolSize;
            var flags = (IrSymbolFlags)Word(blob, at + 20);
            if ((flags & IrSymbolFlags.HasUncommon) != 0 && ++uncommons > uncCount)
                Fail(at, "irsymtab symbols name more uncommon entries than the table has");
            symbols[i] = new IrSymbol(Str(blob, at, strtab), Str(blob, at + 8, strtab), flags);
        }
        return new IrSymbolTable(producer, triple, source, modules, symbols);
    }

    private static uint Word(ReadOnlySpan<byte> blob, int at) => BinaryPrimitives.ReadUInt32LittleEndian(blob[at..]);

    private static (int Offset, int Count) Range(ReadOnlySpan<byte> blob, int at, int elementSize)
    {
        uint offset = Word(blob, at), count = Word(blob, at + 4);
        if (offset > (uint)blob.Length || count > ((uint)blob.Length - offset) / (uint)elementSize)
            Fail(at, $"irsymtab range ({count} entries of {elementSize} bytes at 0x{offset:x}) runs past the blob ({blob.Length} bytes)");
        return ((int)offset, (int)count);
    }

    private static string Str(ReadOnlySpan<byte> blob, int at, ReadOnlySpan<byte> strtab)
    {
        uint offset = Word(blob, at), size = Word(blob, at + 4);
        if (size == 0) return "";
        if (offset > (uint)strtab.Length || size > (uint)strtab.Length - offset)
            Fail(at, $"irsymtab string (0x{offset:x}+0x{size:x}) lies outside the STRTAB ({strtab.Length} bytes)");
        return Encoding.UTF8.GetString(strtab.Slice((int)offset, (int)size));
    }

    private static void Fail(long at, string reason) => Throw.Bitcode(at, reason);
}
