using System.Buffers.Binary;
using System.Globalization;
using KsymTrim.Elf;
using KsymTrim.Inputs;
using KsymTrim.IO;
using KsymTrim.Kbuild;
using KsymTrim.Objects;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Oracle;

/// <summary>
/// Large but valid objects written by LibObjectFile at run time (<see cref="SynthesizedObjects"/>), read by our
/// reader, <c>ksymtrim nm</c>/<c>refs</c>, GNU <c>readelf</c> and GNU <c>nm</c> (each comparison with a binutils tool
/// is skipped alone when the tool is absent), and LibObjectFile itself: all must agree.
/// </summary>
[TestFixture]
public sealed class SynthesizedObjectTests
{
    private string _dir = "";

    [OneTimeSetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("ksymtrim-lof-").FullName;

    /// <summary>Removes the objects, unless KSYMTRIM_KEEP_SYNTHESIZED is set (to look at them with other tools).</summary>
    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (Environment.GetEnvironmentVariable("KSYMTRIM_KEEP_SYNTHESIZED") is { Length: > 0 })
            TestContext.Progress.WriteLine($"synthesized objects kept in {_dir}");
        else if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string PathOf(string name) => Path.Combine(_dir, name);

    // ---- The checks every synthesized object gets.

    /// <summary>Our reader against LibObjectFile reading back what it wrote.</summary>
    private static OracleResult AgreesWithLibObjectFile(string path)
    {
        var r = LibObjectFileOracle.Compare(File.ReadAllBytes(path), Path.GetFileName(path));
        Assert.That(r.Difference, Is.Null);
        Assert.That(r.Skipped, Is.Null);
        return r;
    }

    private static string Vis(ElfSymbol s) => s.Visibility switch
    {
        ElfSymbolVisibility.Default => "DEFAULT", ElfSymbolVisibility.Internal => "INTERNAL",
        ElfSymbolVisibility.Hidden => "HIDDEN", _ => "PROTECTED",
    };

    private static string Bind(ElfSymbol s) => s.Binding switch
    {
        ElfSymbolBinding.Local => "LOCAL", ElfSymbolBinding.Global => "GLOBAL", ElfSymbolBinding.Weak => "WEAK",
        ElfSymbolBinding.GnuUnique => "UNIQUE", _ => ((int)s.Binding).ToString(CultureInfo.InvariantCulture),
    };

    private static string Type(ElfSymbol s) => s.Type switch
    {
        ElfSymbolType.NoType => "NOTYPE", ElfSymbolType.Object => "OBJECT", ElfSymbolType.Function => "FUNC",
        ElfSymbolType.Section => "SECTION", ElfSymbolType.File => "FILE", ElfSymbolType.Common => "COMMON",
        ElfSymbolType.Tls => "TLS", ElfSymbolType.GnuIndirectFunction => "IFUNC", _ => ((int)s.Type).ToString(CultureInfo.InvariantCulture),
    };

    private static string Ndx(ElfSymbol s) =>
        s.IsUndefined ? "UND" : s.IsAbsolute ? "ABS" : s.IsCommon ? "COM" : s.SectionIndex.ToString(CultureInfo.InvariantCulture);

    /// <summary>Our symbol table as <c>readelf -sW</c> lines: num, value, size, type, bind, vis, ndx, name.</summary>
    private static List<string> OurReadelfSymbols(ElfFile elf)
    {
        var table = elf.GetSymbolTable()!;
        var lines = new List<string>(table.Count);
        for (int i = 0; i < table.Count; i++)
        {
            var s = table[i];
            lines.Add($"{i} {s.Value.ToString(elf.Is64 ? "x16" : "x8", CultureInfo.InvariantCulture)} {s.Size} {Type(s)} {Bind(s)} {Vis(s)} {Ndx(s)} {table.GetName(s)}");
        }
        return lines;
    }

    /// <summary>GNU readelf's symbol table lines, normalised as <see cref="OurReadelfSymbols"/>.</summary>
    private static List<string> ReadelfSymbols(string readelf, string path)
    {
        var (code, stdout, stderr) = ExternalTool.Run(readelf, "-sW", path);
        Assert.That(code, Is.EqualTo(0), stderr);
        var lines = new List<string>();
        foreach (var line in stdout.Split('\n'))
        {
            var t = line.Split(' ', 8, StringSplitOptions.RemoveEmptyEntries);
            if (t.Length < 7 || !t[0].EndsWith(':') || !char.IsAsciiDigit(t[0][0])) continue;
            // Sizes of 100,000 and more are printed in hex with 0x.
            ulong size = t[2].StartsWith("0x", StringComparison.Ordinal)
                ? ulong.Parse(t[2].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                : ulong.Parse(t[2], CultureInfo.InvariantCulture);
            lines.Add($"{t[0].TrimEnd(':')} {t[1]} {size} {t[3]} {t[4]} {t[5]} {t[6]} {(t.Length > 7 ? t[7] : "")}");
        }
        return lines;
    }

    /// <summary>Our relocations as <c>readelf -rW</c> gives them: section name, offset, info, addend.</summary>
    private static List<string> OurRelocations(ElfFile elf)
    {
        var lines = new List<string>();
        foreach (int i in elf.RelocationSections())
        {
            var rel = elf.OpenRelocations(i);
            lines.Add("section " + elf.GetSectionName(i));
            for (int k = 0; k < rel.Count; k++)
            {
                var r = rel[k];
                string place = elf.Is64
                    ? $"{r.Offset:x16} {((ulong)r.SymbolIndex << 32) | r.Type:x16}"
                    : $"{r.Offset:x8} {(r.SymbolIndex << 8) | r.Type:x8}";
                lines.Add($"{place} {(r.Addend < 0 ? "-" : "+")} {Math.Abs(r.Addend):x}");
            }
        }
        return lines;
    }

    private static List<string> ReadelfRelocations(string readelf, string path)
    {
        var (code, stdout, stderr) = ExternalTool.Run(readelf, "-rW", path);
        Assert.That(code, Is.EqualTo(0), stderr);
        var lines = new List<string>();
        foreach (var line in stdout.Split('\n'))
        {
            if (line.StartsWith("Relocation section '", StringComparison.Ordinal))
            {
                lines.Add("section " + line.Split('\'')[1]);
                continue;
            }
            var t = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (t.Length < 5 || t[0].Length is not (8 or 16) || !ulong.TryParse(t[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _)) continue;
            lines.Add($"{t[0]} {t[1]} {t[^2]} {t[^1]}");
        }
        return lines;
    }

    /// <summary><c>ksymtrim nm</c>'s lines (name letter) against GNU nm -P, our reader's values against nm's, and
    /// <c>ksymtrim refs</c> against nm's undefined symbols.</summary>
    private static int AgreesWithNm(string path, ElfFile elf)
    {
        var ours = ToolRunner.Run("nm", path);
        Assert.That(ours.ExitCode, Is.EqualTo(0), ours.Stderr);
        var ourLines = ours.StdoutLines.ToList();
        var nm = ExternalTool.Find("nm");
        if (nm is null)
        {
            TestContext.Out.WriteLine("GNU nm is not installed: the nm comparison is skipped");
            return ourLines.Count;
        }
        var (code, stdout, stderr) = ExternalTool.Run(nm, "-P", path);
        Assert.That(code, Is.EqualTo(0), stderr);
        var gnu = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
        Assert.That(ourLines, Is.EqualTo(gnu.Select(t => t[0] + " " + t[1]).ToList()), "ksymtrim nm against GNU nm -P");

        // Values: nm -P prints them in hex for defined symbols.
        var table = elf.GetSymbolTable()!;
        var values = new Dictionary<string, ulong>(table.Count);
        foreach (var s in table) if (!s.IsUndefined) values.TryAdd(table.GetName(s), s.Value);
        foreach (var t in gnu)
            if (t.Length >= 3 && t[2].Length > 0 && values[t[0]] != ulong.Parse(t[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture))
                Assert.Fail($"value of {Trim(t[0])}: ours 0x{values[t[0]]:x}, GNU nm 0x{t[2]}");

        // ksymtrim refs: a native object needs its non-weak undefined symbols (nm's U), but __this_module, which
        // the final link supplies (none of these objects names another linker-provided symbol).
        var refs = ToolRunner.Run("refs", path);
        Assert.That(refs.ExitCode, Is.EqualTo(0), refs.Stderr);
        var rows = refs.StdoutLines.Select(l => l.Split('\t')).ToList();
        Assert.That(rows.Select(r => r[2]), Has.All.EqualTo("symtab"));
        Assert.That(rows.Select(r => r[1]).ToList(),
            Is.EqualTo(gnu.Where(t => t[1] == "U" && t[0] != "__this_module").Select(t => t[0]).Order(StringComparer.Ordinal).ToList()),
            "ksymtrim refs against GNU nm's U symbols");
        return ourLines.Count;
    }

    private static string Trim(string name) => name.Length > 80 ? name[..40] + $"...({name.Length} bytes)" : name;

    private static void AgreesWithReadelf(string path, ElfFile elf)
    {
        var readelf = ExternalTool.Find("readelf");
        if (readelf is null)
        {
            TestContext.Out.WriteLine("GNU readelf is not installed: the readelf comparison is skipped");
            return;
        }
        var ours = OurReadelfSymbols(elf);
        var theirs = ReadelfSymbols(readelf, path);
        Assert.That(theirs, Has.Count.EqualTo(ours.Count), "symbols listed by readelf -sW");
        for (int i = 0; i < ours.Count; i++)
            if (ours[i] != theirs[i])
                Assert.Fail($"symbol {i}: ours '{Trim(ours[i])}', readelf '{Trim(theirs[i])}'");
        Assert.That(OurRelocations(elf), Is.EqualTo(ReadelfRelocations(readelf, path)), "relocations against readelf -rW");
    }

    private static ElfFile Parse(string path) => ElfFile.Parse(File.ReadAllBytes(path));

    private readonly System.Diagnostics.Stopwatch _lap = new();
    private readonly List<string> _phases = [];

    [SetUp]
    public void StartClock()
    {
        _phases.Clear();
        _lap.Restart();
    }

    /// <summary>Records how long the step just finished took (printed by <see cref="Report"/>).</summary>
    private void Lap(string step)
    {
        _phases.Add($"{step} {_lap.Elapsed.TotalSeconds:F1} s");
        _lap.Restart();
    }

    private void Report(string what, ElfFile elf, OracleResult lof, int nmLines)
    {
        var table = elf.GetSymbolTable();
        long relocations = elf.RelocationSections().Sum(i => (long)elf.OpenRelocations(i).Count);
        string who = lof.Skipped is null ? "ours, LibObjectFile, readelf" : $"ours, readelf; LibObjectFile skipped by {lof.Skipped}";
        string line = $"{what}: {elf.SectionCount} sections, {table?.Count ?? 0} symbols, {relocations} relocations agree ({who}); " +
                      $"{nmLines} nm lines agree (ksymtrim nm, GNU nm); {string.Join(", ", _phases)}";
        TestContext.Progress.WriteLine(line);
        TestContext.Out.WriteLine(line);
    }

    // ---- The objects.

    public static IEnumerable<TestCaseData> ManySymbolCases()
    {
        yield return new TestCaseData("x86_64", 200_000).SetName("Two_hundred_thousand_symbols(x86_64)");
        yield return new TestCaseData("s390x", 20_000).SetName("Many_symbols_big_endian(s390x, 20000)");
        yield return new TestCaseData("i386", 2_000).SetName("Many_symbols_ELF32(i386, 2000)");
        // Skipped by SynthesizedObjects.IsElf32StringTableOver64KiB: LibObjectFile cannot write it.
        yield return new TestCaseData("i386", 200_000).SetName("Two_hundred_thousand_symbols(i386)");
    }

    [TestCaseSource(nameof(ManySymbolCases))]
    public void Many_symbols(string targetName, int count)
    {
        var target = SynthesizedObjects.Target.Named(targetName);
        if (SynthesizedObjects.IsElf32StringTableOver64KiB(target, SynthesizedObjects.ManySymbolNames(count)))
            Assert.Ignore($"{nameof(SynthesizedObjects.IsElf32StringTableOver64KiB)}: LibObjectFile 2.3.1 truncates ELF32 st_name to 16 bits when writing");
        string path = PathOf($"many-symbols-{target}-{count}.o");
        SynthesizedObjects.WriteManySymbols(path, count, target);
        Lap("write");
        var elf = Parse(path);
        Assert.Multiple(() =>
        {
            Assert.That(elf.Is64, Is.EqualTo(!target.Is32));
            Assert.That(elf.IsBigEndian, Is.EqualTo(target == SynthesizedObjects.Target.S390x));
        });
        var lof = AgreesWithLibObjectFile(path);
        Assert.That(lof.Symbols, Is.EqualTo(count + 1));
        Assert.That(lof.Relocations, Is.EqualTo(count / 4));
        Lap("LibObjectFile");
        AgreesWithReadelf(path, elf);
        Lap("readelf");
        int nm = AgreesWithNm(path, elf);
        Lap("nm");
        Report($"{count} symbols ({target})", elf, lof, nm);
    }

    [Test]
    public void A_one_MiB_symbol_name()
    {
        string path = PathOf("long-name.o");
        string longName = SynthesizedObjects.WriteLongName(path, 1 << 20);
        Lap("write");
        var elf = Parse(path);
        var table = elf.GetSymbolTable()!;
        Assert.That(Enumerable.Range(1, table.Count - 1).Select(i => table.GetName(table[i])), Does.Contain(longName));
        var lof = AgreesWithLibObjectFile(path);
        Lap("LibObjectFile");
        AgreesWithReadelf(path, elf);
        Lap("readelf");
        int nm = AgreesWithNm(path, elf);
        Lap("nm");
        Assert.That(nm, Is.EqualTo(3));
        Report("1 MiB name", elf, lof, nm);
    }

    /// <summary>
    /// 70,000 sections, one function in each. Little-endian: compared with LibObjectFile too. Big-endian (s390x):
    /// LibObjectFile writes the SHT_SYMTAB_SHNDX words in the wrong byte order
    /// (<see cref="SynthesizedObjects.HasLittleEndianSymtabShndxInBigEndianFile"/>), which our reader must refuse
    /// with a KsymFormatException; once the words are swapped into the file's order, our reader, readelf and nm
    /// must agree, and LibObjectFile is skipped by <see cref="LibObjectFileOracle.IsBigEndianWithExtendedSectionIndices"/>.
    /// </summary>
    [TestCase("x86_64")]
    [TestCase("s390x")]
    public void Seventy_thousand_sections(string targetName)
    {
        var target = SynthesizedObjects.Target.Named(targetName);
        string path = PathOf($"many-sections-{target}.o");
        const int count = 70_000;
        SynthesizedObjects.WriteManySections(path, count, target: target);
        Lap("write");
        var elf = Parse(path);
        if (SynthesizedObjects.HasLittleEndianSymtabShndxInBigEndianFile(elf, out int shndx))
        {
            Assert.Throws<KsymTrim.Diagnostics.KsymFormatException>(() => { foreach (var _ in elf.GetSymbolTable()!) { } },
                "extended indices in the wrong byte order name no section");
            SynthesizedObjects.SwapSymtabShndx(path, elf, shndx);
            elf = Parse(path);
        }
        Assert.That(target.Encoding == LibObjectFile.Elf.ElfEncoding.Lsb || shndx > 0,
            "LibObjectFile now writes big-endian SHT_SYMTAB_SHNDX right: drop the repair and the gap");
        Assert.That(LibObjectFileOracle.HasShortSymtabShndx(elf), Is.False, "the undefined symbol comes first, so every symbol has its SHT_SYMTAB_SHNDX word");
        var data = File.ReadAllBytes(path);
        Assert.Multiple(() =>
        {
            // How LibObjectFile writes extended numbering (gABI): e_shnum 0, e_shstrndx SHN_XINDEX, SHT_SYMTAB_SHNDX.
            var u16 = (int at) => elf.IsBigEndian ? BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(at)) : BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(at));
            Assert.That(u16(60), Is.Zero, "e_shnum");
            Assert.That(u16(62), Is.EqualTo(0xffff), "e_shstrndx");
            Assert.That(elf.Sections[0].Size, Is.EqualTo((ulong)elf.SectionCount), "section 0's sh_size");
            Assert.That(elf.SectionCount, Is.GreaterThan(count));
            Assert.That(elf.Sections.ToArray().Count(s => s.Type == ElfSectionType.SymbolTableSectionIndices), Is.EqualTo(1));
        });
        var table = elf.GetSymbolTable()!;
        int extended = 0;
        foreach (var s in table)
        {
            if (s.IsUndefined) continue;
            if (elf.GetSectionName((int)s.SectionIndex) != ".text." + table.GetName(s))
                Assert.Fail($"symbol {s.Index} '{table.GetName(s)}' is in section [{s.SectionIndex}] '{elf.GetSectionName((int)s.SectionIndex)}'");
            if (s.RawSectionIndex == ElfSectionIndex.ExtendedIndex) extended++;
        }
        Assert.That(extended, Is.EqualTo(count + 1 - 0xff00), "symbols whose section is past SHN_LORESERVE");
        OracleResult lof;
        if (elf.IsBigEndian)
        {
            lof = LibObjectFileOracle.Compare(data, Path.GetFileName(path));
            Assert.That(lof.Skipped, Is.EqualTo(nameof(LibObjectFileOracle.IsBigEndianWithExtendedSectionIndices)));
        }
        else lof = AgreesWithLibObjectFile(path);
        Lap("LibObjectFile");
        AgreesWithReadelf(path, elf);
        var readelf = ExternalTool.Find("readelf");
        if (readelf is not null)
        {
            var (code, stdout, stderr) = ExternalTool.Run(readelf, "-hW", path);
            Assert.That(code, Is.EqualTo(0), stderr);
            Assert.That(stdout, Does.Contain($"Number of section headers:         0 ({elf.SectionCount})"));
        }
        Lap("readelf");
        int nm = AgreesWithNm(path, elf);
        Lap("nm");
        Assert.That(nm, Is.EqualTo(count + 1));
        Report($"70,000 sections ({target})", elf, lof, nm);
    }

    /// <summary>
    /// The gap <see cref="LibObjectFileOracle.HasShortSymtabShndx"/>: with the undefined symbol last, LibObjectFile
    /// writes a SHT_SYMTAB_SHNDX one word short. Not compared with LibObjectFile (which reads back what it wrote);
    /// our reader refuses it with a KsymFormatException, as GNU readelf and LLVM do.
    /// </summary>
    [Test]
    public void A_short_SYMTAB_SHNDX_from_LibObjectFile_is_refused_as_readelf_refuses_it()
    {
        string path = PathOf("short-shndx.o");
        SynthesizedObjects.WriteManySections(path, 0xff00 + 100, undefinedLast: true);
        var elf = Parse(path);
        Assert.That(LibObjectFileOracle.HasShortSymtabShndx(elf), Is.True, "LibObjectFile still writes the short table: if not, drop the gap");
        var e = Assert.Throws<KsymTrim.Diagnostics.KsymFormatException>(() => elf.GetSymbolTable());
        Assert.That(e!.Message, Does.Contain("SHT_SYMTAB_SHNDX"));
        var readelf = ExternalTool.Find("readelf");
        if (readelf is not null)
            Assert.That(ExternalTool.Run(readelf, "-sW", path).Stderr, Does.Contain("symtab_shndx"), "GNU readelf refuses it too");
    }

    [Test]
    public void A_module_with_long_modinfo_versions_and_ksymtab()
    {
        string path = PathOf("synth.ko");
        var truth = SynthesizedObjects.WriteModule(path, exports: 3_000, undefined: 2_000, aliases: 5_000);
        Lap("write");
        var elf = Parse(path);

        // Our module facts against what was written.
        var modinfo = KernelModuleInfo.ReadModInfo(elf);
        var versions = KernelModuleInfo.ReadVersions(elf);
        var exports = KernelModuleInfo.ReadExports(elf);
        using var input = InputLoader.Load(path);
        var linkage = ObjectSymbols.Linkage(input.Units[0], withDefined: true);
        Assert.Multiple(() =>
        {
            Assert.That(modinfo, Is.EqualTo(truth.ModInfo));
            Assert.That(versions.Select(v => (v.Crc, v.Name)), Is.EqualTo(truth.Versions));
            Assert.That(exports.Select(e => (e.Name, e.IsGpl)), Is.EqualTo(truth.Exports.OrderBy(e => e.Name, StringComparer.Ordinal)));
            Assert.That(exports.Select(e => e.Section).Distinct(), Is.EquivalentTo(new[] { "__ksymtab", "__ksymtab_gpl" }));
            Assert.That(linkage.Undefined, Is.EquivalentTo(truth.Undefined));
            Assert.That(linkage.WeakUndefined, Is.EquivalentTo(truth.WeakUndefined));
        });

        var lof = AgreesWithLibObjectFile(path);
        Lap("LibObjectFile");
        AgreesWithReadelf(path, elf);
        Lap("readelf");
        int nm = AgreesWithNm(path, elf);
        Lap("nm");

        // ... and against readelf's and nm's own view of the module.
        var readelf = ExternalTool.Find("readelf");
        if (readelf is not null)
        {
            Assert.That(modinfo.Select(kv => kv.Key + "=" + kv.Value), Is.EqualTo(ReadelfStrings(readelf, path, ".modinfo")), "readelf -p .modinfo");
            var raw = ReadelfHex(readelf, path, "__versions");
            Assert.That(raw.Length % 64, Is.Zero);
            var fromReadelf = Enumerable.Range(0, raw.Length / 64).Select(i =>
            {
                var e = raw.AsSpan(i * 64, 64);
                var name = e[8..];
                return (BinaryPrimitives.ReadUInt64LittleEndian(e), System.Text.Encoding.ASCII.GetString(name[..name.IndexOf((byte)0)]));
            });
            Assert.That(versions.Select(v => (v.Crc, v.Name)), Is.EqualTo(fromReadelf), "readelf -x __versions");
            Assert.That(exports.Select(e => e.Name).Order(StringComparer.Ordinal),
                Is.EqualTo(ReadelfStrings(readelf, path, "__ksymtab_strings").Order(StringComparer.Ordinal)), "readelf -p __ksymtab_strings");
            Assert.That(exports.Select(e => (e.Name, e.Section)), Is.EqualTo(ReadelfExports(readelf, path)), "__ksymtab_ symbols in readelf -sW / -SW");
        }
        var gnuNm = ExternalTool.Find("nm");
        if (gnuNm is not null)
        {
            var (code, stdout, stderr) = ExternalTool.Run(gnuNm, "-u", "-P", path);
            Assert.That(code, Is.EqualTo(0), stderr);
            var u = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')).ToList();
            Assert.That(linkage.Undefined, Is.EquivalentTo(u.Where(t => t[1] == "U").Select(t => t[0])), "nm -u: U");
            Assert.That(linkage.WeakUndefined, Is.EquivalentTo(u.Where(t => t[1] is "w" or "v").Select(t => t[0])), "nm -u: w");

        }
        Lap("module facts");
        Report("module", elf, lof, nm);
    }

    /// <summary><c>readelf -p SECTION</c>: the section's NUL-terminated strings.</summary>
    private static List<string> ReadelfStrings(string readelf, string path, string section)
    {
        var (code, stdout, stderr) = ExternalTool.Run(readelf, "-p", section, path);
        Assert.That(code, Is.EqualTo(0), stderr);
        var result = new List<string>();
        foreach (var line in stdout.Split('\n'))
        {
            int close = line.IndexOf("]  ", StringComparison.Ordinal);
            if (line.TrimStart().StartsWith('[') && close > 0) result.Add(line[(close + 3)..]);
        }
        return result;
    }

    /// <summary><c>readelf -x SECTION</c>: the section's bytes from the hex dump.</summary>
    private static byte[] ReadelfHex(string readelf, string path, string section)
    {
        var (code, stdout, stderr) = ExternalTool.Run(readelf, "-x", section, path);
        Assert.That(code, Is.EqualTo(0), stderr);
        var bytes = new List<byte>();
        foreach (var line in stdout.Split('\n'))
        {
            var t = line.Trim();
            if (!t.StartsWith("0x", StringComparison.Ordinal)) continue;
            // "0x00000000 01234567 89abcdef 01234567 89abcdef  ascii": four groups of up to four bytes.
            foreach (var group in t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(4))
            {
                if (group.Length % 2 != 0 || !group.All(char.IsAsciiHexDigit)) break;
                for (int i = 0; i < group.Length; i += 2) bytes.Add(byte.Parse(group.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The <c>__ksymtab_NAME</c> symbols readelf lists in <c>__ksymtab*</c> sections (not
    /// <c>__ksymtab_strings</c>), as (NAME, section), sorted by name.</summary>
    private static List<(string, string)> ReadelfExports(string readelf, string path)
    {
        var (code, stdout, stderr) = ExternalTool.Run(readelf, "-SW", path);
        Assert.That(code, Is.EqualTo(0), stderr);
        var names = new Dictionary<string, string>();
        foreach (var line in stdout.Split('\n'))
        {
            int open = line.IndexOf('['), close = line.IndexOf(']');
            if (open < 0 || close < open) continue;
            var number = line[(open + 1)..close].Trim();
            if (!number.All(char.IsAsciiDigit) || number.Length == 0) continue;
            names[number] = line[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        }
        var result = new List<(string, string)>();
        foreach (var s in ReadelfSymbols(readelf, path).Select(l => l.Split(' ')))
        {
            if (s.Length < 8 || !s[7].StartsWith("__ksymtab_", StringComparison.Ordinal) || !names.TryGetValue(s[6], out var section)) continue;
            if (!section.StartsWith("__ksymtab", StringComparison.Ordinal) || section == "__ksymtab_strings") continue;
            result.Add((s[7]["__ksymtab_".Length..], section));
        }
        return result.OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }
}
