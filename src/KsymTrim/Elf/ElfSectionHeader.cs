namespace KsymTrim.Elf;

/// <summary>One section header, widened to 64-bit fields whatever the file's class.</summary>
public readonly record struct ElfSectionHeader(
    uint NameOffset,
    ElfSectionType Type,
    ElfSectionFlags Flags,
    ulong Address,
    ulong Offset,
    ulong Size,
    uint Link,
    uint Info,
    ulong AddressAlign,
    ulong EntrySize)
{
    /// <summary>True when the section occupies bytes in the file (not SHT_NULL, not SHT_NOBITS).</summary>
    public bool HasContents => Type is not ElfSectionType.NoBits and not ElfSectionType.Null;
}
