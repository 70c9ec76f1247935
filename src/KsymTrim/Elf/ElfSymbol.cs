namespace KsymTrim.Elf;

/// <summary>One symbol table entry, widened to 64-bit fields, with its section index already resolved
/// through SHT_SYMTAB_SHNDX when st_shndx is SHN_XINDEX.</summary>
public readonly record struct ElfSymbol(
    int Index,
    uint NameOffset,
    ulong Value,
    ulong Size,
    byte Info,
    byte Other,
    uint SectionIndex)
{
    /// <summary>STB_* from st_info.</summary>
    public ElfSymbolBinding Binding => (ElfSymbolBinding)(Info >> 4);

    /// <summary>STT_* from st_info.</summary>
    public ElfSymbolType Type => (ElfSymbolType)(Info & 0xF);

    /// <summary>STV_* from st_other.</summary>
    public ElfSymbolVisibility Visibility => (ElfSymbolVisibility)(Other & 0x3);

    /// <summary>True when st_shndx is SHN_UNDEF.</summary>
    public bool IsUndefined => SectionIndex == ElfSectionIndex.Undefined;

    /// <summary>True when st_shndx is SHN_COMMON.</summary>
    public bool IsCommon => SectionIndex == ElfSectionIndex.Common;

    /// <summary>True when st_shndx is SHN_ABS.</summary>
    public bool IsAbsolute => SectionIndex == ElfSectionIndex.Absolute;

    /// <summary>True for STB_GLOBAL, STB_WEAK and STB_GNU_UNIQUE: the symbol is visible to other objects.</summary>
    public bool IsExternal => Binding is ElfSymbolBinding.Global or ElfSymbolBinding.Weak or ElfSymbolBinding.GnuUnique;
}
