namespace KsymTrim.Elf;

/// <summary>
/// The symbol-class letters GNU <c>nm</c> prints for ELF symbols, and which symbols it shows at all.
/// The rules follow binutils' <c>bfd_decode_symclass</c>, <c>decode_section_type</c> and
/// <c>coff_section_type</c> (bfd/syms.c) over the section flags that <c>_bfd_elf_make_section_from_shdr</c>
/// (bfd/elf.c) derives from sh_type, sh_flags and the section name.
/// </summary>
public static class ElfNm
{
    // coff_section_type (bfd/syms.c): names matched by prefix before the section flags are looked at.
    private static readonly (byte[] Prefix, char Letter)[] SectionNameLetters =
    [
        (".drectve"u8.ToArray(), 'i'),
        (".edata"u8.ToArray(), 'e'),
        (".idata"u8.ToArray(), 'i'),
        (".pdata"u8.ToArray(), 'p'),
    ];

    // Non-SHF_ALLOC sections that bfd flags SEC_DEBUGGING by name (bfd/elf.c).
    private static readonly byte[][] DebugPrefixes =
    [
        ".debug"u8.ToArray(), ".gnu.debuglto_.debug_"u8.ToArray(), ".gnu.linkonce.wi."u8.ToArray(),
        ".zdebug"u8.ToArray(), ".line"u8.ToArray(), ".stab"u8.ToArray(),
    ];

    /// <summary>
    /// True when nm lists the symbol without <c>-a</c>: not the null symbol, not STT_SECTION or STT_FILE
    /// (BSF_DEBUGGING in bfd), and not a target's special symbol (ARM/AArch64/RISC-V mapping symbols such as
    /// <c>$x</c> and <c>$d</c>, and RISC-V's <c>.L</c> local labels), which nm hides without
    /// <c>--special-syms</c>.
    /// </summary>
    public static bool IsListed(ElfFile file, in ElfSymbol symbol, ReadOnlySpan<byte> name)
    {
        if (symbol.Index == 0) return false;
        if (symbol.Type is ElfSymbolType.Section or ElfSymbolType.File) return false;
        return !IsTargetSpecial(file.Machine, name, symbol.Binding == ElfSymbolBinding.Local);
    }

    private static bool IsTargetSpecial(ushort machine, ReadOnlySpan<byte> name, bool local)
    {
        switch (machine)
        {
            case ElfMachine.Arm:
                // bfd_is_arm_special_symbol_name(..., ANY) (bfd/elf32-arm.c): '$', a lower-case letter
                // (mapping symbols $a/$t/$d, tags $m/$f/$p, obsolete others), then the end or '.'.
                return IsMappingSymbol(name, "abcdefghijklmnopqrstuvwxyz"u8);
            case ElfMachine.AArch64:
                // bfd_is_aarch64_special_symbol_name(..., ANY) (bfd/elfxx-aarch64.c): $x, $d, $m, $f, $p.
                return IsMappingSymbol(name, "xdmfp"u8);
            case ElfMachine.RiscV:
                // riscv_elf_is_target_special_symbol: local labels and mapping symbols ($x, $x<isa>, $d).
                if (local && name.StartsWith(".L"u8)) return true;
                return name.Length >= 2 && name[0] == (byte)'$' && (name[1] == (byte)'x' || name[1] == (byte)'d') &&
                       (name.Length == 2 || name[1] == (byte)'x' || name[2] == (byte)'.');
            default:
                return false;
        }
    }

    private static bool IsMappingSymbol(ReadOnlySpan<byte> name, ReadOnlySpan<byte> letters) =>
        name.Length >= 2 && name[0] == (byte)'$' && letters.Contains(name[1]) &&
        (name.Length == 2 || name[2] == (byte)'.');

    /// <summary>The letter GNU nm prints for <paramref name="symbol"/>.</summary>
    public static char Letter(ElfFile file, in ElfSymbol symbol)
    {
        bool isObject = symbol.Type is ElfSymbolType.Object or ElfSymbolType.Common;
        var binding = symbol.Binding;
        if (symbol.IsCommon) return 'C';
        if (symbol.IsUndefined)
            return binding == ElfSymbolBinding.Weak ? (isObject ? 'v' : 'w') : 'U';
        if (symbol.Type == ElfSymbolType.GnuIndirectFunction) return 'i';
        if (binding == ElfSymbolBinding.Weak) return isObject ? 'V' : 'W';
        if (binding == ElfSymbolBinding.GnuUnique) return 'u';
        if (binding is not ElfSymbolBinding.Global and not ElfSymbolBinding.Local) return '?';

        char c;
        // bfd gives symbols in sections it makes no BFD section of (reserved indices, symbol and string tables,
        // relocation sections) the absolute section (elf_slurp_symbol_table, bfd/elfcode.h).
        if (symbol.IsAbsolute || !symbol.IsInSection || !IsBfdSection(file, (int)symbol.SectionIndex)) c = 'a';
        else c = SectionLetter(file, (int)symbol.SectionIndex);
        return binding == ElfSymbolBinding.Global ? char.ToUpperInvariant(c) : c;
    }

    private static bool IsBfdSection(ElfFile file, int index)
    {
        var sh = file.Sections[index];
        switch (sh.Type)
        {
            case ElfSectionType.Null:
            case ElfSectionType.SymbolTable:
            case ElfSectionType.DynamicSymbolTable:
            case ElfSectionType.SymbolTableSectionIndices:
            case ElfSectionType.Rel:
            case ElfSectionType.Rela:
                return false;
            case ElfSectionType.StringTable:
                // The section-name table and a symbol table's string table are not BFD sections; other string
                // tables (.comment-like) are.
                for (int i = 1; i < file.SectionCount; i++)
                {
                    var s = file.Sections[i];
                    if ((s.Type is ElfSectionType.SymbolTable or ElfSectionType.DynamicSymbolTable) && s.Link == (uint)index) return false;
                }
                return !file.IsSectionNameTable(index);
            default:
                return true;
        }
    }

    /// <summary>The lower-case letter for a symbol defined in section <paramref name="index"/>.</summary>
    public static char SectionLetter(ElfFile file, int index)
    {
        var name = file.GetSectionNameBytes(index);
        foreach (var (prefix, letter) in SectionNameLetters)
        {
            // coff_section_type: the name, or the name followed by '.' or '$'.
            if (name.StartsWith(prefix) && (name.Length == prefix.Length || name[prefix.Length] is (byte)'.' or (byte)'$'))
                return letter;
        }

        var sh = file.Sections[index];
        bool contents = sh.Type != ElfSectionType.NoBits;
        bool alloc = (sh.Flags & ElfSectionFlags.Alloc) != 0;
        bool load = alloc && contents;
        bool readOnly = (sh.Flags & ElfSectionFlags.Write) == 0;
        bool code = (sh.Flags & ElfSectionFlags.ExecInstr) != 0;
        bool data = !code && load;
        if (code) return 't';
        if (data) return readOnly ? 'r' : 'd';
        if (!contents) return 'b';
        if (!alloc && IsDebugName(name)) return 'N';
        if (readOnly) return 'n';
        return '?';
    }

    private static bool IsDebugName(ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual(".gdb_index"u8)) return true;
        foreach (var p in DebugPrefixes)
            if (name.StartsWith(p)) return true;
        return false;
    }
}
