namespace KsymTrim.Elf;

// Values from the System V gABI (https://www.sco.com/developers/gabi/latest/contents.html, "ELF Header",
// "Sections", "Symbol Table", "Relocation") and the GNU extensions in glibc's elf.h.

/// <summary>EI_CLASS: the file's word size.</summary>
public enum ElfClass : byte
{
    /// <summary>ELFCLASS32.</summary>
    Elf32 = 1,
    /// <summary>ELFCLASS64.</summary>
    Elf64 = 2,
}

/// <summary>EI_DATA: the file's byte order.</summary>
public enum ElfByteOrder : byte
{
    /// <summary>ELFDATA2LSB.</summary>
    LittleEndian = 1,
    /// <summary>ELFDATA2MSB.</summary>
    BigEndian = 2,
}

/// <summary>e_type.</summary>
public enum ElfType : ushort
{
    /// <summary>ET_NONE.</summary>
    None = 0,
    /// <summary>ET_REL: a relocatable object (<c>.o</c>, <c>.ko</c>).</summary>
    Relocatable = 1,
    /// <summary>ET_EXEC.</summary>
    Executable = 2,
    /// <summary>ET_DYN.</summary>
    SharedObject = 3,
    /// <summary>ET_CORE.</summary>
    Core = 4,
}

/// <summary>sh_type values KsymTrim looks at; others pass through as numbers.</summary>
public enum ElfSectionType : uint
{
    /// <summary>SHT_NULL.</summary>
    Null = 0,
    /// <summary>SHT_PROGBITS.</summary>
    ProgBits = 1,
    /// <summary>SHT_SYMTAB.</summary>
    SymbolTable = 2,
    /// <summary>SHT_STRTAB.</summary>
    StringTable = 3,
    /// <summary>SHT_RELA.</summary>
    Rela = 4,
    /// <summary>SHT_HASH.</summary>
    Hash = 5,
    /// <summary>SHT_DYNAMIC.</summary>
    Dynamic = 6,
    /// <summary>SHT_NOTE.</summary>
    Note = 7,
    /// <summary>SHT_NOBITS.</summary>
    NoBits = 8,
    /// <summary>SHT_REL.</summary>
    Rel = 9,
    /// <summary>SHT_DYNSYM.</summary>
    DynamicSymbolTable = 11,
    /// <summary>SHT_GROUP.</summary>
    Group = 17,
    /// <summary>SHT_SYMTAB_SHNDX: extended section indices for a symbol table.</summary>
    SymbolTableSectionIndices = 18,
}

/// <summary>sh_flags bits.</summary>
[Flags]
public enum ElfSectionFlags : ulong
{
    /// <summary>No flags.</summary>
    None = 0,
    /// <summary>SHF_WRITE.</summary>
    Write = 0x1,
    /// <summary>SHF_ALLOC.</summary>
    Alloc = 0x2,
    /// <summary>SHF_EXECINSTR.</summary>
    ExecInstr = 0x4,
    /// <summary>SHF_MERGE.</summary>
    Merge = 0x10,
    /// <summary>SHF_STRINGS.</summary>
    Strings = 0x20,
    /// <summary>SHF_INFO_LINK.</summary>
    InfoLink = 0x40,
    /// <summary>SHF_GROUP.</summary>
    Group = 0x200,
    /// <summary>SHF_TLS.</summary>
    Tls = 0x400,
}

/// <summary>STB_*: a symbol's binding.</summary>
public enum ElfSymbolBinding : byte
{
    /// <summary>STB_LOCAL.</summary>
    Local = 0,
    /// <summary>STB_GLOBAL.</summary>
    Global = 1,
    /// <summary>STB_WEAK.</summary>
    Weak = 2,
    /// <summary>STB_GNU_UNIQUE.</summary>
    GnuUnique = 10,
}

/// <summary>STT_*: a symbol's type.</summary>
public enum ElfSymbolType : byte
{
    /// <summary>STT_NOTYPE.</summary>
    NoType = 0,
    /// <summary>STT_OBJECT.</summary>
    Object = 1,
    /// <summary>STT_FUNC.</summary>
    Function = 2,
    /// <summary>STT_SECTION.</summary>
    Section = 3,
    /// <summary>STT_FILE.</summary>
    File = 4,
    /// <summary>STT_COMMON.</summary>
    Common = 5,
    /// <summary>STT_TLS.</summary>
    Tls = 6,
    /// <summary>STT_GNU_IFUNC.</summary>
    GnuIndirectFunction = 10,
}

/// <summary>STV_*: a symbol's visibility.</summary>
public enum ElfSymbolVisibility : byte
{
    /// <summary>STV_DEFAULT.</summary>
    Default = 0,
    /// <summary>STV_INTERNAL.</summary>
    Internal = 1,
    /// <summary>STV_HIDDEN.</summary>
    Hidden = 2,
    /// <summary>STV_PROTECTED.</summary>
    Protected = 3,
}

/// <summary>Reserved section indices (SHN_*).</summary>
public static class ElfSectionIndex
{
    /// <summary>SHN_UNDEF: an undefined symbol.</summary>
    public const uint Undefined = 0;
    /// <summary>SHN_LORESERVE: the first reserved index.</summary>
    public const uint LowReserve = 0xff00;
    /// <summary>SHN_ABS: an absolute symbol.</summary>
    public const uint Absolute = 0xfff1;
    /// <summary>SHN_COMMON: a common symbol.</summary>
    public const uint Common = 0xfff2;
    /// <summary>SHN_XINDEX: the real index is elsewhere (section 0 or SHT_SYMTAB_SHNDX).</summary>
    public const uint ExtendedIndex = 0xffff;
}

/// <summary>e_machine values with special rules in KsymTrim.</summary>
public static class ElfMachine
{
    /// <summary>EM_386.</summary>
    public const ushort I386 = 3;
    /// <summary>EM_MIPS.</summary>
    public const ushort Mips = 8;
    /// <summary>EM_PPC.</summary>
    public const ushort PowerPC = 20;
    /// <summary>EM_PPC64.</summary>
    public const ushort PowerPC64 = 21;
    /// <summary>EM_S390.</summary>
    public const ushort S390 = 22;
    /// <summary>EM_ARM.</summary>
    public const ushort Arm = 40;
    /// <summary>EM_X86_64.</summary>
    public const ushort X86_64 = 62;
    /// <summary>EM_AARCH64.</summary>
    public const ushort AArch64 = 183;
    /// <summary>EM_RISCV.</summary>
    public const ushort RiscV = 243;
    /// <summary>EM_LOONGARCH.</summary>
    public const ushort LoongArch = 258;
}
