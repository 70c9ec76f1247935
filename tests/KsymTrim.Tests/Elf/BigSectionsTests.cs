using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using KsymTrim.Inputs;
using KsymTrim.Elf;
using KsymTrim.IO;
using KsymTrim.Objects;
using KsymTrim.Tests.IO;

namespace KsymTrim.Tests.Elf;

/// <summary>
/// Objects with more than SHN_LORESERVE (0xff00) sections: e_shnum = 0 (count in section 0's sh_size),
/// e_shstrndx = SHN_XINDEX (index in section 0's sh_link) or a small index, and SHT_SYMTAB_SHNDX.
/// Read through <see cref="InputLoader"/>, which removes the gzip layer.
/// </summary>
[TestFixture]
public sealed partial class BigSectionsTests
{
    public static readonly string[] Files =
    [
        "many-sections.o.gz", "many-sections-clang.o.gz", "many-sections-i386.o.gz", "many-sections-i386-clang.o.gz",
    ];

    private static readonly Dictionary<string, (byte[] Data, ElfFile Elf)> Cache = new();

    private static (byte[] Data, ElfFile Elf) Load(string file)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(file, out var hit)) return hit;
            using var input = InputLoader.Load(ReaderPaths.Fixture("bigsections", file));
            Assert.That(input.Units, Has.Count.EqualTo(1));
            Assert.That(input.Units[0].Kind, Is.EqualTo(FileKind.Elf));
            var data = input.Units[0].Data.ToArray();
            var result = (data, ElfFile.Parse(data));
            Cache[file] = result;
            return result;
        }
    }

    private static string GoldenPath(string file, string suffix) =>
        ReaderPaths.Fixture("bigsections", file.Replace(".o.gz", ".o", StringComparison.Ordinal) + suffix);

    private static string NmGoldenPath(string file) =>
        // The llvm-nm golden is identical for the objcopy and raw-clang variants (README), so only one is committed.
        ReaderPaths.Fixture("bigsections", file.Replace("-clang", "", StringComparison.Ordinal).Replace(".o.gz", ".o", StringComparison.Ordinal) + ".llvm-nm.txt");

    [GeneratedRegex(@"Number of section headers:\s+(\d+)\s+\((\d+)\)")]
    private static partial Regex SectionCountLine();

    [GeneratedRegex(@"Section header string table index:\s+(\d+)(?:\s+\((\d+)\))?")]
    private static partial Regex NameIndexLine();

    [TestCaseSource(nameof(Files))]
    public void Section_count_comes_from_section_zero(string file)
    {
        var (data, elf) = Load(file);
        var h = File.ReadAllText(GoldenPath(file, ".readelf-h.txt"));
        var m = SectionCountLine().Match(h);
        Assert.That(m.Success, "readelf -h golden has the extended count");
        int expected = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int shnumAt = elf.Is64 ? 60 : 48;
        Assert.Multiple(() =>
        {
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(shnumAt)), Is.EqualTo(0), "raw e_shnum");
            Assert.That(elf.SectionCount, Is.EqualTo(expected));
            Assert.That(elf.SectionCount, Is.GreaterThan(0xff00));
            Assert.That(elf.Sections[0].Size, Is.EqualTo((ulong)expected), "section 0 sh_size holds the count");
        });
    }

    [TestCaseSource(nameof(Files))]
    public void Section_names_resolve_through_the_extended_name_index(string file)
    {
        var (data, elf) = Load(file);
        var h = File.ReadAllText(GoldenPath(file, ".readelf-h.txt"));
        var m = NameIndexLine().Match(h);
        Assert.That(m.Success);
        int raw = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int real = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : raw;
        int shstrndxAt = elf.Is64 ? 62 : 50;
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(shstrndxAt)), Is.EqualTo(raw), "raw e_shstrndx");
        if (!file.Contains("clang", StringComparison.Ordinal))
        {
            Assert.That(raw, Is.EqualTo(0xffff), "objcopy variants use SHN_XINDEX");
            Assert.That(elf.Sections[0].Link, Is.EqualTo((uint)real));
            Assert.That(real, Is.GreaterThan(0xff00));
        }
        Assert.Multiple(() =>
        {
            Assert.That(elf.Sections[real].Type, Is.EqualTo(ElfSectionType.StringTable));
            Assert.That(elf.GetSectionName(real), Is.EqualTo(".shstrtab").Or.EqualTo(".strtab"));
            int last = elf.FindSection(".text.f65999"u8);
            Assert.That(last, Is.GreaterThan(0xff00), ".text.f65999 is a high section");
            Assert.That(elf.GetSectionName(last), Is.EqualTo(".text.f65999"));
            Assert.That(elf.GetSectionName(1), Is.Not.Empty);
            Assert.That(elf.FindSection(".text.f0"u8), Is.GreaterThan(0).And.LessThan(0xff00));
            Assert.That(elf.FindSection(".data.refs"u8), Is.GreaterThan(0xff00));
            Assert.That(Enumerable.Range(1, elf.SectionCount - 1).Count(i => elf.Sections[i].Type == ElfSectionType.SymbolTableSectionIndices),
                Is.EqualTo(1), "one SHT_SYMTAB_SHNDX");
        });
    }

    [TestCaseSource(nameof(Files))]
    public void High_section_symbols_resolve_through_symtab_shndx(string file)
    {
        var (_, elf) = Load(file);
        var table = elf.GetSymbolTable()!;
        var byName = new Dictionary<string, ElfSymbol>(StringComparer.Ordinal);
        foreach (var s in table) byName.TryAdd(table.GetName(s), s);
        Assert.Multiple(() =>
        {
            foreach (var n in new[] { "f65999", "f65998", "f65518", "f65519", "f65000", "f0", "f100" })
            {
                var s = byName[n];
                Assert.That(elf.GetSectionName((int)s.SectionIndex), Is.EqualTo(".text." + n), n + " section");
                Assert.That(s.IsAbsolute, Is.False, n + " is not SHN_ABS");
                Assert.That(s.IsCommon, Is.False, n + " is not SHN_COMMON");
                Assert.That(s.IsUndefined, Is.False, n);
                Assert.That(ElfNm.Letter(elf, s), Is.EqualTo('T'), n + " nm letter");
            }
            Assert.That(byName["printk"].IsUndefined, Is.True);
            Assert.That(ElfNm.Letter(elf, byName["printk"]), Is.EqualTo('U'));
        });
    }

    [TestCaseSource(nameof(Files))]
    public void Nm_view_matches_llvm_nm_golden(string file)
    {
        using var input = InputLoader.Load(ReaderPaths.Fixture("bigsections", file));
        var ours = ObjectSymbols.ForNm(input.Units[0]).Select(e => e.Name + " " + e.Type).Order(StringComparer.Ordinal).ToList();
        var golden = File.ReadLines(NmGoldenPath(file))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(p => p[0] + " " + p[1]).Order(StringComparer.Ordinal).ToList();
        var missing = golden.Except(ours).ToList();
        var extra = ours.Except(golden).ToList();
        Assert.That(ours, Has.Count.EqualTo(golden.Count));
        Assert.That(missing.Count + extra.Count, Is.Zero,
            $"{missing.Count} golden lines missing (first: {string.Join(", ", missing.Take(5))}); " +
            $"{extra.Count} extra (first: {string.Join(", ", extra.Take(5))})");
    }

    [TestCaseSource(nameof(Files))]
    public void Relocation_against_high_section_symbol(string file)
    {
        var (_, elf) = Load(file);
        int refs = elf.FindSection(".data.refs"u8);
        var relIndex = elf.RelocationSections().Single(i => elf.Sections[i].Info == (uint)refs);
        var rel = elf.OpenRelocations(relIndex);
        Assert.That(rel.HasAddends, Is.EqualTo(elf.Is64));
        var targets = Enumerable.Range(0, rel.Count).Select(i => rel.Symbols[(int)rel[i].SymbolIndex]).ToList();
        Assert.That(targets.Select(s => rel.Symbols.GetName(s)), Does.Contain("f65999"));
        var sectionSym = targets.Where(s => s.Type == ElfSymbolType.Section).ToList();
        Assert.That(sectionSym.Select(s => elf.GetSectionName((int)s.SectionIndex)), Does.Contain(".text.f65998"));
    }

    [TestCaseSource(nameof(Files))]
    public void Analyzer_sees_only_printk(string file)
    {
        var refs = new ModuleAnalyzer().GetReferences(ReaderPaths.Fixture("bigsections", file));
        Assert.That(refs.References.Select(r => r.Symbol), Is.EqualTo(new[] { "printk" }));
    }
}
