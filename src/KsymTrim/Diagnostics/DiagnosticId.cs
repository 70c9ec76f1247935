namespace KsymTrim.Diagnostics;

/// <summary>
/// The catalogue of input problems. Numbers are stable: scripts may match on them. docs/diagnostics.md
/// describes each one.
/// </summary>
public enum DiagnosticId
{
    /// <summary>KT0001: the file is empty.</summary>
    EmptyInput = 1,
    /// <summary>KT0002: the file is of no kind KsymTrim reads.</summary>
    UnknownFormat = 2,
    /// <summary>KT0003: the file could not be opened or read.</summary>
    FileUnreadable = 3,
    /// <summary>KT0004: the input is of a kind KsymTrim recognises but does not read yet.</summary>
    Unsupported = 4,
    /// <summary>KT0005: a compressed stream is corrupt or decompresses past the size limit.</summary>
    BadCompression = 5,
    /// <summary>KT0006: an unexpected failure inside KsymTrim while reading this input (a bug: please report it).</summary>
    InternalError = 6,

    /// <summary>KT0101: the ELF file ends inside a structure.</summary>
    ElfTruncated = 101,
    /// <summary>KT0102: EI_CLASS is neither ELFCLASS32 nor ELFCLASS64.</summary>
    ElfBadClass = 102,
    /// <summary>KT0103: EI_DATA is neither ELFDATA2LSB nor ELFDATA2MSB.</summary>
    ElfBadData = 103,
    /// <summary>KT0104: e_shentsize does not match the class.</summary>
    ElfBadSectionHeaderSize = 104,
    /// <summary>KT0105: the section header table lies outside the file.</summary>
    ElfSectionHeadersOutOfFile = 105,
    /// <summary>KT0106: e_shstrndx does not name a string table.</summary>
    ElfBadSectionNameTable = 106,
    /// <summary>KT0107: a section's contents lie outside the file.</summary>
    ElfSectionOutOfFile = 107,
    /// <summary>KT0108: the object has no symbol table.</summary>
    ElfNoSymbolTable = 108,
    /// <summary>KT0109: a symbol table's sh_entsize or sh_size is wrong.</summary>
    ElfBadSymbolTable = 109,
    /// <summary>KT0110: a symbol table's sh_link does not name a string table.</summary>
    ElfBadLink = 110,
    /// <summary>KT0111: st_name lies outside the string table.</summary>
    ElfNameOutOfRange = 111,
    /// <summary>KT0112: a string table does not end in NUL.</summary>
    ElfUnterminatedString = 112,
    /// <summary>KT0113: the section headers are corrupt (misaligned table, section 0 is not SHT_NULL).</summary>
    ElfCorruptSectionHeaders = 113,
    /// <summary>KT0114: a section index (st_shndx, SHT_SYMTAB_SHNDX entry) is out of range.</summary>
    ElfBadSectionIndex = 114,
    /// <summary>KT0115: a relocation section is malformed.</summary>
    ElfBadRelocations = 115,
    /// <summary>KT0116: the file is not ELF.</summary>
    ElfBadMagic = 116,
    /// <summary>KT0117: a section's contents do not fit its format (e.g. <c>__versions</c> is not whole entries).</summary>
    ElfBadSectionContents = 117,

    /// <summary>KT0201: the archive ends inside a member header or member.</summary>
    ArchiveTruncated = 201,
    /// <summary>KT0202: a member header is malformed.</summary>
    ArchiveBadHeader = 202,
    /// <summary>KT0203: a long name cannot be resolved.</summary>
    ArchiveBadName = 203,
    /// <summary>KT0204: a thin archive member's file does not exist or cannot be read.</summary>
    ArchiveMissingMember = 204,
    /// <summary>KT0205: thin archives nest in a cycle or too deep.</summary>
    ArchiveNestingTooDeep = 205,

    /// <summary>KT0301: the bitcode is truncated or malformed.</summary>
    BitcodeMalformed = 301,

    /// <summary>KT0401: a module summary (<c>*.refs.json</c>) is not the JSON <c>refs --format json</c> writes for one module.</summary>
    SummaryMalformed = 401,
    /// <summary>KT0402: a module summary was written by another version of KsymTrim.</summary>
    SummaryVersionMismatch = 402,

}
