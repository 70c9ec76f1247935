namespace KsymTrim.Elf;

/// <summary>One symbol table entry, widened to 64-bit fields.</summary>
/// <param name="Index">Its index in the symbol table.</param>
/// <param name="NameOffset">st_name.</param>
/// <param name="Value">st_value.</param>
/// <param name="Size">st_size.</param>
/// <param name="Info">st_info (binding and type).</param>
/// <param name="Other">st_other (visibility).</param>
/// <param name="RawSectionIndex">st_shndx as stored: a section index below SHN_LORESERVE, or a reserved value
/// (SHN_UNDEF, SHN_ABS, SHN_COMMON, SHN_XINDEX...).</param>
/// <param name="SectionIndex">The index of the section the symbol is defined in, resolved through
/// SHT_SYMTAB_SHNDX when st_shndx is SHN_XINDEX (and then possibly 0xff00 or above); otherwise st_shndx.</param>
public readonly record struct ElfSymbol(
    int Index,
    uint NameOffset,
    ulong Value,
    ulong Size,
    byte Info,
    byte Other,
    ushort RawSectionIndex,
    uint SectionIndex)
{
    /// <summary>STB_* from st_info.</summary>
    public ElfSymbolBinding Binding => (ElfSymbolBinding)(Info >> 4);

    /// <summary>STT_* from st_info.</summary>
    public ElfSymbolType Type => (ElfSymbolType)(Info & 0xF);

    /// <summary>STV_* from st_other.</summary>
    public ElfSymbolVisibility Visibility => (ElfSymbolVisibility)(Other & 0x3);

    /// <summary>True when st_shndx is SHN_UNDEF.</summary>
    public bool IsUndefined => RawSectionIndex == ElfSectionIndex.Undefined;

    /// <summary>True when st_shndx is SHN_COMMON.</summary>
    public bool IsCommon => RawSectionIndex == ElfSectionIndex.Common;

    /// <summary>True when st_shndx is SHN_ABS.</summary>
    public bool IsAbsolute => RawSectionIndex == ElfSectionIndex.Absolute;

    /// <summary>True when the symbol is defined in a section: <see cref="SectionIndex"/> names it.</summary>
    public bool IsInSection => RawSectionIndex != ElfSectionIndex.Undefined &&
        (RawSectionIndex < ElfSectionIndex.LowReserve || RawSectionIndex == ElfSectionIndex.ExtendedIndex);

    /// <summary>True for STB_GLOBAL, STB_WEAK and STB_GNU_UNIQUE: the symbol is visible to other objects.</summary>
    public bool IsExternal => Binding is ElfSymbolBinding.Global or ElfSymbolBinding.Weak or ElfSymbolBinding.GnuUnique;
}
