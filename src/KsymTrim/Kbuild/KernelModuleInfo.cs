using System.Text;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;

namespace KsymTrim.Kbuild;

/// <summary>One <c>__versions</c> entry: the CRC a module expects for a symbol (CONFIG_MODVERSIONS).</summary>
public readonly record struct ModuleVersion(ulong Crc, string Name);

/// <summary>A symbol a module exports (EXPORT_SYMBOL and friends).</summary>
/// <param name="Name">The exported symbol.</param>
/// <param name="IsGpl">True for EXPORT_SYMBOL_GPL.</param>
/// <param name="Section">The section holding its <c>__ksymtab_</c> entry.</param>
public readonly record struct ModuleExport(string Name, bool IsGpl, string Section)
{
    /// <summary>The symbol namespace (<c>EXPORT_SYMBOL_NS</c>): the string at the module's <c>__kstrtabns_NAME</c>
    /// symbol in <c>__ksymtab_strings</c>; empty when there is none or it is empty.</summary>
    public string Namespace { get; init; } = "";
}

/// <summary>
/// The kernel-module metadata of an ELF object: <c>.modinfo</c> key=value pairs, the <c>__versions</c> table,
/// and the module's own exports. Reads through <see cref="ElfFile"/>; every offset is checked.
/// </summary>
public static class KernelModuleInfo
{
    // include/linux/module.h: struct modversion_info { unsigned long crc; char name[MODULE_NAME_LEN]; }
    // with MODULE_NAME_LEN = 64 - sizeof(unsigned long): 64 bytes per entry on 32- and 64-bit targets.
    private const int VersionEntrySize = 64;

    /// <summary>The <c>key=value</c> strings of <c>.modinfo</c>, in order (keys repeat, e.g. <c>alias</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ReadModInfo(ElfFile elf)
    {
        var result = new List<KeyValuePair<string, string>>();
        int index = elf.FindSection(".modinfo"u8);
        if (index < 0) return result;
        var data = elf.GetSectionData(index);
        while (!data.IsEmpty)
        {
            int nul = data.IndexOf((byte)0);
            var entry = nul < 0 ? data : data[..nul];
            data = nul < 0 ? [] : data[(nul + 1)..];
            if (entry.IsEmpty) continue; // padding between entries
            int eq = entry.IndexOf((byte)'=');
            var key = eq < 0 ? entry : entry[..eq];
            var value = eq < 0 ? [] : entry[(eq + 1)..];
            result.Add(new(Encoding.UTF8.GetString(key), Encoding.UTF8.GetString(value)));
        }
        return result;
    }

    /// <summary>The <c>__versions</c> entries, in order.</summary>
    /// <exception cref="KsymFormatException">The section is not a whole number of entries.</exception>
    public static IReadOnlyList<ModuleVersion> ReadVersions(ElfFile elf)
    {
        var result = new List<ModuleVersion>();
        int index = elf.FindSection("__versions"u8);
        if (index < 0) return result;
        var data = elf.GetSectionData(index);
        if (data.Length % VersionEntrySize != 0)
            Throw.Elf(DiagnosticId.ElfBadSectionContents, elf.SectionOffset(index),
                $"__versions size 0x{data.Length:x} is not a multiple of {VersionEntrySize}");
        int crcSize = elf.Is64 ? 8 : 4;
        for (int at = 0; at < data.Length; at += VersionEntrySize)
        {
            var e = data.Slice(at, VersionEntrySize);
            ulong crc = (elf.IsBigEndian, elf.Is64) switch
            {
                (false, true) => LittleEndian.U64(e),
                (true, true) => BigEndian.U64(e),
                (false, false) => LittleEndian.U32(e),
                (true, false) => BigEndian.U32(e),
            };
            var name = e[crcSize..];
            int nul = name.IndexOf((byte)0);
            if (nul >= 0) name = name[..nul];
            result.Add(new ModuleVersion(crc, Encoding.UTF8.GetString(name)));
        }
        return result;
    }

    /// <summary>
    /// The symbols the module exports: every defined <c>__ksymtab_NAME</c> symbol in a section whose name starts
    /// with <c>__ksymtab</c> or <c>___ksymtab</c> (a final <c>.ko</c> has <c>__ksymtab</c> and
    /// <c>__ksymtab_gpl</c>; an object before modpost has <c>___ksymtab+NAME</c> and
    /// <c>___ksymtab_gpl+NAME</c>), sorted by name. Each one's namespace is the string its <c>__kstrtabns_NAME</c>
    /// symbol points at in <c>__ksymtab_strings</c> (include/linux/export.h, <c>__KSYMTAB</c>, Linux 5.4+).
    /// </summary>
    /// <exception cref="KsymFormatException">A <c>__kstrtabns_</c> symbol points outside its section.</exception>
    public static IReadOnlyList<ModuleExport> ReadExports(ElfFile elf)
    {
        var result = new List<ModuleExport>();
        var symbols = elf.GetSymbolTable();
        if (symbols is null) return result;
        Dictionary<string, string>? namespaces = null;
        foreach (var s in symbols)
        {
            if (!s.IsInSection) continue;
            var name = symbols.GetNameBytes(s);
            var section = elf.GetSectionNameBytes((int)s.SectionIndex);
            if (name.StartsWith("__kstrtabns_"u8) && section.SequenceEqual("__ksymtab_strings"u8))
            {
                string ns = ReadString(elf, (int)s.SectionIndex, s.Value);
                if (ns.Length > 0) (namespaces ??= new(StringComparer.Ordinal))[Encoding.UTF8.GetString(name["__kstrtabns_".Length..])] = ns;
                continue;
            }
            if (!name.StartsWith("__ksymtab_"u8)) continue;
            if (!section.StartsWith("__ksymtab"u8) && !section.StartsWith("___ksymtab"u8)) continue;
            if (section.SequenceEqual("__ksymtab_strings"u8)) continue;
            bool gpl = section.IndexOf("_gpl"u8) >= 0;
            result.Add(new ModuleExport(Encoding.UTF8.GetString(name["__ksymtab_".Length..]), gpl, Encoding.UTF8.GetString(section)));
        }
        if (namespaces is not null)
            for (int i = 0; i < result.Count; i++)
                if (namespaces.TryGetValue(result[i].Name, out var ns)) result[i] = result[i] with { Namespace = ns };
        result.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return result;
    }

    /// <summary>The NUL-terminated string at <paramref name="offset"/> of section <paramref name="index"/>.</summary>
    private static string ReadString(ElfFile elf, int index, ulong offset)
    {
        var data = elf.GetSectionData(index);
        if (offset >= (ulong)data.Length)
            Throw.Elf(DiagnosticId.ElfBadSectionContents, elf.SectionOffset(index),
                $"__kstrtabns_ symbol value 0x{offset:x} is past the end of __ksymtab_strings (size 0x{data.Length:x})");
        var rest = data[(int)offset..];
        int nul = rest.IndexOf((byte)0);
        return Encoding.UTF8.GetString(nul < 0 ? rest : rest[..nul]);
    }
}
