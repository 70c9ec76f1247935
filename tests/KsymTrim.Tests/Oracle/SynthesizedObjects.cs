using System.Buffers.Binary;
using System.Text;
using LibObjectFile.Diagnostics;
using LibObjectFile.Elf;
using Ours = KsymTrim.Elf;

namespace KsymTrim.Tests.Oracle;

/// <summary>What a synthesized kernel module holds, as written: the truth its readers are held to.</summary>
internal sealed record SynthesizedModule(
    IReadOnlyList<KeyValuePair<string, string>> ModInfo,
    IReadOnlyList<(ulong Crc, string Name)> Versions,
    IReadOnlyList<(string Name, bool Gpl)> Exports,
    IReadOnlyList<string> Undefined,
    IReadOnlyList<string> WeakUndefined);

/// <summary>
/// Large but valid ELF relocatables written with LibObjectFile at run time (never committed): the shapes that
/// fixtures built by a compiler do not reach cheaply. Every file is an x86-64 ELF64 little-endian ET_REL.
/// </summary>
internal static class SynthesizedObjects
{
    /// <summary>The machine, class and byte order of a synthesized object, and the PC-relative call relocation
    /// its .rela.text uses.</summary>
    internal sealed record Target(string Name, ElfArch Arch, ElfFileClass Class, ElfEncoding Encoding, uint CallRelocation)
    {
        public static readonly Target X86_64 = new("x86_64", ElfArch.X86_64, ElfFileClass.Is64, ElfEncoding.Lsb, 4); // R_X86_64_PLT32
        public static readonly Target I386 = new("i386", ElfArch.I386, ElfFileClass.Is32, ElfEncoding.Lsb, 2); // R_386_PC32
        public static readonly Target S390x = new("s390x", ElfArch.S390, ElfFileClass.Is64, ElfEncoding.Msb, 20); // R_390_PLT32DBL
        public bool Is32 => Class == ElfFileClass.Is32;
        public static Target Named(string name) => new[] { X86_64, I386, S390x }.Single(t => t.Name == name);
        public override string ToString() => Name;
    }

    private static ElfFile NewRelocatable(Target? target = null)
    {
        target ??= Target.X86_64;
        return new ElfFile(target.Arch, target.Class, target.Encoding) { FileType = ElfFileType.Relocatable };
    }

    /// <summary>
    /// Known gap of LibObjectFile's writer: an ELF32 symbol table whose string table is over 64 KiB. LibObjectFile
    /// 2.3.1 writes each ELF32 st_name cast to <c>ushort</c> (<c>ElfSymbolTable.Write32</c>), so names past offset
    /// 0xffff point at the wrong string. Such objects are not written at all.
    /// </summary>
    public static bool IsElf32StringTableOver64KiB(Target target, IEnumerable<string> names) =>
        target.Is32 && 1 + names.Sum(n => (long)System.Text.Encoding.UTF8.GetByteCount(n) + 1) > 0xffff;

    /// <summary>The names <see cref="WriteManySymbols"/> gives its symbols.</summary>
    public static IEnumerable<string> ManySymbolNames(int count) =>
        Enumerable.Range(0, count).Select(i => $"sym{i:D6}_{(i * 2654435761u) & 0xffff:x4}");

    private static ElfStreamSection Section(ElfFile elf, string name, ElfSectionSpecialType kind, ElfSectionFlags flags, byte[] contents, ulong align = 1)
    {
        var section = new ElfStreamSection(kind, new MemoryStream(contents)) { Name = name, Flags = flags, VirtualAddressAlignment = align };
        elf.Add(section);
        return section;
    }

    private static void Finish(ElfFile elf, ElfSymbolTable symbols, string path)
    {
        // ELF requires the locals first; LibObjectFile sets sh_info (first non-local) from the order it is given.
        var ordered = symbols.Entries.Skip(1).OrderBy(s => s.Bind == ElfSymbolBind.Local ? 0 : 1).ToList();
        symbols.Entries.RemoveRange(1, symbols.Entries.Count - 1);
        symbols.Entries.AddRange(ordered);
        elf.Add(new ElfSectionHeaderStringTable());
        elf.Add(new ElfSectionHeaderTable());
        var diagnostics = new DiagnosticBag();
        elf.Verify(diagnostics);
        Assert.That(diagnostics.HasErrors, Is.False, () => $"LibObjectFile refuses to write {path}: {diagnostics}");
        using var stream = File.Create(path);
        elf.Write(stream);
    }

    private static ElfSymbolTable AddSymbolTable(ElfFile elf)
    {
        var strings = new ElfStringTable();
        elf.Add(strings);
        var symbols = new ElfSymbolTable(false) { Link = strings };
        elf.Add(symbols);
        return symbols;
    }

    /// <summary>
    /// <paramref name="count"/> symbols: every fourth undefined, the rest local and global functions in .text and
    /// objects in .data and .bss, some weak, hidden or protected, with values and sizes that differ; and a
    /// .rela.text with one R_X86_64_PLT32 per undefined symbol.
    /// </summary>
    public static void WriteManySymbols(string path, int count, Target target)
    {
        var elf = NewRelocatable(target);
        var text = Section(elf, ".text", ElfSectionSpecialType.Text, ElfSectionFlags.Alloc | ElfSectionFlags.Executable, new byte[count * 4], 16);
        var data = Section(elf, ".data", ElfSectionSpecialType.Data, ElfSectionFlags.Alloc | ElfSectionFlags.Write, new byte[count], 8);
        var bss = new ElfNoBitsSection { Name = ".bss", Flags = ElfSectionFlags.Alloc | ElfSectionFlags.Write, Size = (ulong)count };
        elf.Add(bss);
        var symbols = AddSymbolTable(elf);
        var relocations = new List<(ulong Offset, string Symbol)>();
        var names = ManySymbolNames(count).ToArray();
        for (int i = 0; i < count; i++)
        {
            string name = names[i];
            var symbol = (i % 8) switch
            {
                0 or 4 => new ElfSymbol { Name = name, Bind = i % 16 == 4 ? ElfSymbolBind.Weak : ElfSymbolBind.Global },
                1 => new ElfSymbol { Name = name, Bind = ElfSymbolBind.Local, Type = ElfSymbolType.Function, SectionLink = text, Value = (ulong)i * 4, Size = 4 },
                2 or 3 => new ElfSymbol
                {
                    Name = name, Bind = ElfSymbolBind.Global, Type = ElfSymbolType.Function, SectionLink = text, Value = (ulong)i * 4, Size = (ulong)(i % 5),
                    Visibility = (i % 24) switch { 2 => ElfSymbolVisibility.Hidden, 3 => ElfSymbolVisibility.Protected, _ => ElfSymbolVisibility.Default },
                },
                5 => new ElfSymbol { Name = name, Bind = ElfSymbolBind.Local, Type = ElfSymbolType.Object, SectionLink = data, Value = (ulong)i, Size = 1 },
                6 => new ElfSymbol { Name = name, Bind = ElfSymbolBind.Weak, Type = ElfSymbolType.Object, SectionLink = data, Value = (ulong)i, Size = 1 },
                _ => new ElfSymbol { Name = name, Bind = ElfSymbolBind.Global, Type = ElfSymbolType.Object, SectionLink = bss, Value = (ulong)i, Size = 1 },
            };
            symbols.Entries.Add(symbol);
            if (i % 8 is 0 or 4) relocations.Add(((ulong)i * 4, name));
        }
        Finish(elf, symbols, path, relocations, text, target.CallRelocation);
    }

    /// <summary>A stand-in for vmlinux: one local <c>__ksymtab_NAME</c> object in <c>__ksymtab</c> per name, as the
    /// kernel's export macros label each export (what Android's extract_symbols and <c>ksymtrim kmi</c> read).</summary>
    public static void WriteExportTable(string path, IReadOnlyList<string> names, Target? target = null)
    {
        var elf = NewRelocatable(target);
        var table = Section(elf, "__ksymtab", ElfSectionSpecialType.ReadOnlyData, ElfSectionFlags.Alloc, new byte[Math.Max(1, names.Count) * 12], 4);
        var symbols = AddSymbolTable(elf);
        for (int i = 0; i < names.Count; i++)
            symbols.Entries.Add(new ElfSymbol
            {
                Name = "__ksymtab_" + names[i], Bind = ElfSymbolBind.Local, Type = ElfSymbolType.Object, SectionLink = table, Value = (ulong)i * 12, Size = 12,
            });
        Finish(elf, symbols, path);
    }

    private static void Finish(ElfFile elf, ElfSymbolTable symbols, string path, List<(ulong Offset, string Symbol)> relocations, ElfSection target, uint type)
    {
        if (relocations.Count > 0)
        {
            var rela = new ElfRelocationTable(true) { Name = ".rela" + target.Name.Value, Link = symbols, Info = target, Flags = ElfSectionFlags.InfoLink };
            elf.Add(rela);
            // Indices are known only once the symbols are in their final order: sort as Finish will, then look up.
            var ordered = symbols.Entries.Skip(1).OrderBy(s => s.Bind == ElfSymbolBind.Local ? 0 : 1).ToList();
            symbols.Entries.RemoveRange(1, symbols.Entries.Count - 1);
            symbols.Entries.AddRange(ordered);
            var index = new Dictionary<string, int>(symbols.Entries.Count);
            for (int i = 1; i < symbols.Entries.Count; i++) index.TryAdd(symbols.Entries[i].Name.Value!, i);
            long addend = -4;
            foreach (var (offset, symbol) in relocations)
            {
                rela.Entries.Add(new ElfRelocation(offset, new ElfRelocationType(elf.Arch, type), (uint)index[symbol], addend));
                addend = addend == -4 ? 0x1234 : -4;
            }
        }
        Finish(elf, symbols, path);
    }

    /// <summary>A global function whose name is <paramref name="length"/> bytes, beside two ordinary symbols.</summary>
    public static string WriteLongName(string path, int length)
    {
        var elf = NewRelocatable();
        var text = Section(elf, ".text", ElfSectionSpecialType.Text, ElfSectionFlags.Alloc | ElfSectionFlags.Executable, new byte[64], 16);
        var symbols = AddSymbolTable(elf);
        var name = new StringBuilder(length);
        for (int i = 0; name.Length < length; i++) name.Append((char)('a' + i % 26));
        string longName = name.ToString(0, length);
        symbols.Entries.Add(new ElfSymbol { Name = "before", Bind = ElfSymbolBind.Global, Type = ElfSymbolType.Function, SectionLink = text, Value = 0, Size = 16 });
        symbols.Entries.Add(new ElfSymbol { Name = longName, Bind = ElfSymbolBind.Global, Type = ElfSymbolType.Function, SectionLink = text, Value = 16, Size = 16 });
        symbols.Entries.Add(new ElfSymbol { Name = "after", Bind = ElfSymbolBind.Global });
        Finish(elf, symbols, path, [(32, "after"), (40, longName)], text, Target.X86_64.CallRelocation);
        return longName;
    }

    /// <summary>
    /// <paramref name="count"/> one-byte sections <c>.text.fN</c>, each holding the global function <c>fN</c>,
    /// then the string, symbol and section-name tables: with more than 0xff00 sections LibObjectFile writes
    /// e_shnum 0 (the count in section 0's sh_size), e_shstrndx SHN_XINDEX (the index in section 0's sh_link),
    /// st_shndx SHN_XINDEX and a SHT_SYMTAB_SHNDX table.
    /// </summary>
    /// <param name="path">Where to write it.</param>
    /// <param name="count">How many <c>.text.fN</c> sections.</param>
    /// <param name="undefinedLast">Put the undefined symbol <c>undefined_sym</c> last in the table (else first).
    /// LibObjectFile then writes a SHT_SYMTAB_SHNDX shorter than the symbol table: see
    /// <see cref="LibObjectFileOracle.HasShortSymtabShndx"/>.</param>
    /// <param name="target">x86-64 unless given.</param>
    public static void WriteManySections(string path, int count, bool undefinedLast = false, Target? target = null)
    {
        var elf = NewRelocatable(target);
        var sections = new ElfStreamSection[count];
        for (int i = 0; i < count; i++)
            sections[i] = Section(elf, $".text.f{i}", ElfSectionSpecialType.Text, ElfSectionFlags.Alloc | ElfSectionFlags.Executable, [0xc3]);
        var symbols = AddSymbolTable(elf);
        elf.Add(new ElfSymbolTableSectionHeaderIndices { Link = symbols });
        var undefined = new ElfSymbol { Name = "undefined_sym", Bind = ElfSymbolBind.Global };
        if (!undefinedLast) symbols.Entries.Add(undefined);
        for (int i = 0; i < count; i++)
            symbols.Entries.Add(new ElfSymbol { Name = $"f{i}", Bind = ElfSymbolBind.Global, Type = ElfSymbolType.Function, SectionLink = sections[i], Size = 1 });
        if (undefinedLast) symbols.Entries.Add(undefined);
        Finish(elf, symbols, path);
    }

    /// <summary>
    /// Known gap of LibObjectFile's writer (the twin of <see cref="LibObjectFileOracle.IsBigEndianWithExtendedSectionIndices"/>
    /// on the reading side): in a big-endian file it writes the SHT_SYMTAB_SHNDX words little-endian
    /// (<c>ElfSymbolTableSectionHeaderIndices.Write</c> uses <c>WriteU32</c>, which ignores the ELF encoding).
    /// True when <paramref name="elf"/> is big-endian and its first extended index, read in the file's order, names no
    /// section while read little-endian it does.
    /// </summary>
    public static bool HasLittleEndianSymtabShndxInBigEndianFile(Ours.ElfFile elf, out int section)
    {
        section = -1;
        if (!elf.IsBigEndian) return false;
        for (int i = 1; i < elf.SectionCount; i++)
        {
            if (elf.Sections[i].Type != Ours.ElfSectionType.SymbolTableSectionIndices) continue;
            section = i;
            var words = elf.GetSectionData(i);
            for (int at = 0; at + 4 <= words.Length; at += 4)
            {
                uint big = BinaryPrimitives.ReadUInt32BigEndian(words[at..]);
                if (big == 0) continue;
                return big >= (uint)elf.SectionCount && BinaryPrimitives.ReadUInt32LittleEndian(words[at..]) < (uint)elf.SectionCount;
            }
        }
        return false;
    }

    /// <summary>Byte-swaps the words of SHT_SYMTAB_SHNDX section <paramref name="section"/> of <paramref name="path"/>:
    /// repairs what <see cref="HasLittleEndianSymtabShndxInBigEndianFile"/> finds.</summary>
    public static void SwapSymtabShndx(string path, Ours.ElfFile elf, int section)
    {
        var data = File.ReadAllBytes(path);
        var sh = elf.Sections[section];
        var words = data.AsSpan((int)sh.Offset, (int)sh.Size);
        for (int at = 0; at + 4 <= words.Length; at += 4) words.Slice(at, 4).Reverse();
        File.WriteAllBytes(path, data);
    }

    /// <summary>
    /// A final-module-like x86-64 <c>.ko</c> laid out as Linux 6.1 does with CONFIG_HAVE_ARCH_PREL32_RELOCATIONS and
    /// CONFIG_MODVERSIONS: <c>.modinfo</c> (NUL-separated <c>key=value</c>, aliases by the thousand),
    /// <c>__versions</c> (64-byte <c>struct modversion_info</c>: an 8-byte CRC, a 56-byte name), <c>__ksymtab</c>
    /// and <c>__ksymtab_gpl</c> (12-byte <c>struct kernel_symbol</c>: value, name and namespace offsets, each
    /// a R_X86_64_PC32 relocation) marked by local <c>__ksymtab_NAME</c> symbols, their names in
    /// <c>__ksymtab_strings</c> (<c>__kstrtab_NAME</c>, <c>__kstrtabns_NAME</c>), <c>__this_module</c> in
    /// <c>.gnu.linkonce.this_module</c>, and undefined symbols called from <c>.text</c>.
    /// </summary>
    public static SynthesizedModule WriteModule(string path, int exports, int undefined, int aliases)
    {
        var elf = NewRelocatable();
        var modinfo = new List<KeyValuePair<string, string>>
        {
            new("license", "GPL"), new("description", "synthesized by KsymTrim's LibObjectFile oracle tests"),
            new("author", "KsymTrim contributors"),
        };
        for (int i = 0; i < aliases; i++)
            modinfo.Add(new("alias", $"pci:v{0x8086 + i % 7:X8}d{i:X8}sv*sd*bc02sc00i*"));
        modinfo.Add(new("depends", "alpha,beta"));
        modinfo.Add(new("retpoline", "Y"));
        modinfo.Add(new("intree", "Y"));
        modinfo.Add(new("name", "synth"));
        modinfo.Add(new("vermagic", "6.1.0-synth SMP preempt mod_unload modversions "));
        var modinfoBytes = new MemoryStream();
        foreach (var (k, v) in modinfo)
        {
            modinfoBytes.Write(Encoding.ASCII.GetBytes(k + "=" + v));
            modinfoBytes.WriteByte(0);
        }

        var undefinedNames = Enumerable.Range(0, undefined).Select(i => $"kernel_fn_{i:D5}").ToList();
        var versions = new List<(ulong Crc, string Name)> { (0x5a3e8f01, "module_layout") };
        versions.AddRange(undefinedNames.Select((n, i) => ((ulong)(uint)(i * 0x9E3779B9u ^ 0xA5A5A5A5u), n)));
        var versionBytes = new byte[versions.Count * 64];
        for (int i = 0; i < versions.Count; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(versionBytes.AsSpan(i * 64), versions[i].Crc);
            Encoding.ASCII.GetBytes(versions[i].Name).CopyTo(versionBytes.AsSpan(i * 64 + 8));
        }

        var exportList = Enumerable.Range(0, exports).Select(i => ($"synth_export_{i:D5}", i % 3 == 2)).ToList();
        var plain = exportList.Where(e => !e.Item2).ToList();
        var gpl = exportList.Where(e => e.Item2).ToList();

        var text = Section(elf, ".text", ElfSectionSpecialType.Text, ElfSectionFlags.Alloc | ElfSectionFlags.Executable, new byte[16 * (exports + undefined + 2)], 16);
        var init = Section(elf, ".init.text", ElfSectionSpecialType.Text, ElfSectionFlags.Alloc | ElfSectionFlags.Executable, new byte[16], 16);
        var exit = Section(elf, ".exit.text", ElfSectionSpecialType.Text, ElfSectionFlags.Alloc | ElfSectionFlags.Executable, new byte[16], 16);
        var ksymtab = Section(elf, "__ksymtab", ElfSectionSpecialType.ReadOnlyData, ElfSectionFlags.Alloc, new byte[12 * plain.Count], 4);
        var ksymtabGpl = Section(elf, "__ksymtab_gpl", ElfSectionSpecialType.ReadOnlyData, ElfSectionFlags.Alloc, new byte[12 * gpl.Count], 4);
        var strings = new MemoryStream();
        var stringOffsets = new Dictionary<string, long>();
        foreach (var (name, _) in exportList)
        {
            stringOffsets[name] = strings.Position;
            strings.Write(Encoding.ASCII.GetBytes(name));
            strings.WriteByte(0);
        }
        long emptyNamespace = strings.Position;
        strings.WriteByte(0);
        var ksymtabStrings = Section(elf, "__ksymtab_strings", ElfSectionSpecialType.ReadOnlyData,
            ElfSectionFlags.Alloc | ElfSectionFlags.Merge | ElfSectionFlags.Strings, strings.ToArray());
        var modinfoSection = Section(elf, ".modinfo", ElfSectionSpecialType.ReadOnlyData, ElfSectionFlags.Alloc, modinfoBytes.ToArray());
        Section(elf, "__versions", ElfSectionSpecialType.ReadOnlyData, ElfSectionFlags.Alloc, versionBytes, 32);
        var thisModule = Section(elf, ".gnu.linkonce.this_module", ElfSectionSpecialType.Data, ElfSectionFlags.Alloc | ElfSectionFlags.Write, new byte[0x380], 64);

        var symbols = AddSymbolTable(elf);
        symbols.Entries.Add(new ElfSymbol { Name = "synth.c", Type = ElfSymbolType.File, Bind = ElfSymbolBind.Local, SectionLink = ElfSectionLink.SectionAbsolute });
        symbols.Entries.Add(new ElfSymbol { Name = "synth_init", Type = ElfSymbolType.Function, Bind = ElfSymbolBind.Local, SectionLink = init, Size = 16 });
        symbols.Entries.Add(new ElfSymbol { Name = "synth_exit", Type = ElfSymbolType.Function, Bind = ElfSymbolBind.Local, SectionLink = exit, Size = 16 });
        symbols.Entries.Add(new ElfSymbol { Name = "init_module", Type = ElfSymbolType.Function, Bind = ElfSymbolBind.Global, SectionLink = init, Size = 16 });
        symbols.Entries.Add(new ElfSymbol { Name = "cleanup_module", Type = ElfSymbolType.Function, Bind = ElfSymbolBind.Global, SectionLink = exit, Size = 16 });
        symbols.Entries.Add(new ElfSymbol { Name = "__this_module", Type = ElfSymbolType.Object, Bind = ElfSymbolBind.Global, SectionLink = thisModule, Size = 0x380 });
        symbols.Entries.Add(new ElfSymbol { Name = "__UNIQUE_ID_license0", Type = ElfSymbolType.Object, Bind = ElfSymbolBind.Local, SectionLink = modinfoSection, Size = 12 });

        var ksymtabRelocations = new List<(ElfSection Table, ulong Offset, string Symbol)>();
        for (int i = 0; i < exportList.Count; i++)
        {
            var (name, isGpl) = exportList[i];
            var table = isGpl ? ksymtabGpl : ksymtab;
            int slot = (isGpl ? gpl : plain).IndexOf(exportList[i]);
            symbols.Entries.Add(new ElfSymbol { Name = name, Type = ElfSymbolType.Function, Bind = ElfSymbolBind.Global, SectionLink = text, Value = (ulong)i * 16, Size = 16 });
            symbols.Entries.Add(new ElfSymbol { Name = "__ksymtab_" + name, Type = ElfSymbolType.Object, Bind = ElfSymbolBind.Local, SectionLink = table, Value = (ulong)slot * 12, Size = 12 });
            symbols.Entries.Add(new ElfSymbol { Name = "__kstrtab_" + name, Type = ElfSymbolType.Object, Bind = ElfSymbolBind.Local, SectionLink = ksymtabStrings, Value = (ulong)stringOffsets[name], Size = (ulong)name.Length + 1 });
            symbols.Entries.Add(new ElfSymbol { Name = "__kstrtabns_" + name, Type = ElfSymbolType.Object, Bind = ElfSymbolBind.Local, SectionLink = ksymtabStrings, Value = (ulong)emptyNamespace, Size = 1 });
            ksymtabRelocations.Add((table, (ulong)slot * 12, name));
            ksymtabRelocations.Add((table, (ulong)slot * 12 + 4, "__kstrtab_" + name));
            ksymtabRelocations.Add((table, (ulong)slot * 12 + 8, "__kstrtabns_" + name));
        }
        foreach (var name in undefinedNames)
            symbols.Entries.Add(new ElfSymbol { Name = name, Bind = ElfSymbolBind.Global });
        symbols.Entries.Add(new ElfSymbol { Name = "optional_hook", Bind = ElfSymbolBind.Weak });

        // Locals first, then the relocations by final symbol index.
        var ordered = symbols.Entries.Skip(1).OrderBy(s => s.Bind == ElfSymbolBind.Local ? 0 : 1).ToList();
        symbols.Entries.RemoveRange(1, symbols.Entries.Count - 1);
        symbols.Entries.AddRange(ordered);
        var index = new Dictionary<string, int>();
        for (int i = 1; i < symbols.Entries.Count; i++) index[symbols.Entries[i].Name.Value!] = i;

        ElfRelocationTable Rela(ElfSection target)
        {
            var rela = new ElfRelocationTable(true) { Name = ".rela" + target.Name.Value, Link = symbols, Info = target, Flags = ElfSectionFlags.InfoLink };
            elf.Add(rela);
            return rela;
        }
        var relaText = Rela(text);
        for (int i = 0; i < undefinedNames.Count; i++)
            relaText.Entries.Add(new ElfRelocation((ulong)(16 * (exports + i) + 1), ElfRelocationType.R_X86_64_PLT32, (uint)index[undefinedNames[i]], -4));
        relaText.Entries.Add(new ElfRelocation((ulong)(16 * (exports + undefined) + 3), ElfRelocationType.R_X86_64_64, (uint)index["optional_hook"], 0));
        foreach (var table in new[] { ksymtab, ksymtabGpl })
        {
            var rela = Rela(table);
            foreach (var (t, offset, symbol) in ksymtabRelocations)
                if (t == table) rela.Entries.Add(new ElfRelocation(offset, ElfRelocationType.R_X86_64_PC32, (uint)index[symbol], 0));
        }
        Finish(elf, symbols, path);
        return new SynthesizedModule(modinfo, versions, exportList, undefinedNames, ["optional_hook"]);
    }
}
