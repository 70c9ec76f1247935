using System.Collections.Concurrent;
using System.Diagnostics;
using KsymTrim.Archive;
using KsymTrim.IO;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Oracle;

/// <summary>
/// Every ELF input we have, read by our reader and by LibObjectFile (<see cref="LibObjectFileOracle"/>): the
/// fixtures (plain, compressed and archive members) and, when present, Debian's 4,023 modules. Symbols and
/// relocations must be identical; the test names the first difference. LibObjectFile's known gaps are skipped by
/// the named predicates of <see cref="LibObjectFileOracle"/>, and the test says which files each one skipped.
/// </summary>
[TestFixture]
public sealed class LibObjectFileOracleTests
{
    private sealed class Tally
    {
        public int Files;
        public long Symbols;
        public long Relocations;
        public int Archives;
        public readonly ConcurrentBag<string> Differences = [];
        public readonly ConcurrentDictionary<string, ConcurrentBag<string>> Gaps = new();

        public void Add(OracleResult r, string label)
        {
            if (r.Difference is not null) Differences.Add(r.Difference);
            else if (r.Skipped is not null) Gaps.GetOrAdd(r.Skipped, _ => []).Add(label);
            else
            {
                Interlocked.Increment(ref Files);
                Interlocked.Add(ref Symbols, r.Symbols);
                Interlocked.Add(ref Relocations, r.Relocations);
            }
        }

        public void Skip(string gap, string label) => Gaps.GetOrAdd(gap, _ => []).Add(label);

        public void Report(string what, TimeSpan elapsed)
        {
            string line = $"LibObjectFile oracle, {what}: {Files} ELF files, {Symbols} symbols, {Relocations} relocations compared" +
                          (Archives > 0 ? $", {Archives} GNU archives compared member by member" : "") +
                          $" in {elapsed.TotalSeconds:F1} s";
            TestContext.Progress.WriteLine(line);
            TestContext.Out.WriteLine(line);
            foreach (var (gap, labels) in Gaps.OrderBy(g => g.Key, StringComparer.Ordinal))
                TestContext.Out.WriteLine($"  skipped by {gap}: {string.Join(", ", labels.Order(StringComparer.Ordinal))}");
        }

        public void AssertIdentical()
        {
            var sorted = Differences.Order(StringComparer.Ordinal).ToList();
            Assert.That(sorted, Is.Empty, () => $"{sorted.Count} file(s) differ; first: {sorted[0]}");
        }
    }

    /// <summary>Compares one input: ELF as is, compressed input through our decompressor, ar members through our
    /// archive reader (and the archive itself against LibObjectFile's GNU reader where it reads it).</summary>
    private static void CompareInput(byte[] data, string label, Tally tally)
    {
        var kind = FileKinds.Detect(data);
        if (FileKinds.IsCompressed(kind))
        {
            CompareInput(Decompressor.Decompress(kind, data), label, tally);
            return;
        }
        switch (kind)
        {
            case FileKind.Elf:
                tally.Add(LibObjectFileOracle.Compare(data, label), label);
                break;
            case FileKind.ThinArchive:
                tally.Skip(nameof(LibObjectFileOracle.IsThinArchive), label);
                break;
            case FileKind.Archive:
                var archive = ArArchive.Parse(data);
                if (LibObjectFileOracle.IsBsdArchive(data)) tally.Skip(nameof(LibObjectFileOracle.IsBsdArchive), label + " (archive level only; its members compared)");
                else if (LibObjectFileOracle.HasSym64Index(data)) tally.Skip(nameof(LibObjectFileOracle.HasSym64Index), label + " (archive level only; its members compared)");
                else if (archive.Members.Count > 0)
                {
                    var difference = LibObjectFileOracle.CompareArchive(data, archive, label);
                    if (difference is not null) tally.Differences.Add(difference);
                    else Interlocked.Increment(ref tally.Archives);
                }
                foreach (var member in archive.Members)
                    CompareInput(archive.GetData(member).ToArray(), $"{label}[{member.Name}]", tally);
                break;
            // Bitcode and text: not ELF, nothing for LibObjectFile to read.
        }
    }

    [Test]
    public void Every_ELF_fixture_reads_the_same_in_LibObjectFile()
    {
        var clock = Stopwatch.StartNew();
        var tally = new Tally();
        var files = Directory.EnumerateFiles(TestPaths.Fixtures, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.Fixtures, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var head = new byte[8];
        foreach (var rel in files)
        {
            var full = TestPaths.Fixture(rel.Split('/'));
            int n;
            using (var f = File.OpenRead(full)) n = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var kind = FileKinds.Detect(head.AsSpan(0, n));
            if (kind is not (FileKind.Elf or FileKind.Archive or FileKind.ThinArchive) && !FileKinds.IsCompressed(kind)) continue;
            CompareInput(File.ReadAllBytes(full), rel, tally);
        }
        tally.Report("fixtures", clock.Elapsed);
        tally.AssertIdentical();
        Assert.Multiple(() =>
        {
            // The fixtures hold ELF32 and ELF64, both byte orders, REL and RELA, compressed modules, archive
            // members and objects with more than 0xff00 sections: if the walk finds much less, it is broken.
            Assert.That(tally.Files, Is.GreaterThanOrEqualTo(80), "ELF files compared");
            Assert.That(tally.Relocations, Is.GreaterThan(0), "relocations compared");
            Assert.That(tally.Archives, Is.GreaterThanOrEqualTo(2), "GNU archives compared");
        });
    }

    /// <summary>LibObjectFile is for the tests only: no project under src/ names it, and neither the library nor the
    /// tool references its assembly.</summary>
    [Test]
    public void LibObjectFile_stays_a_test_only_dependency()
    {
        var src = Path.Combine(TestPaths.Root, "src");
        var naming = Directory.EnumerateFiles(src, "*.*proj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(src, "*.props", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(TestPaths.Root, "Directory.*.props", SearchOption.TopDirectoryOnly))
            .Where(f => File.ReadAllText(f).Contains("LibObjectFile", StringComparison.OrdinalIgnoreCase));
        Assert.That(naming, Is.Empty);
        foreach (var assembly in new[] { typeof(KsymTrim.Elf.ElfFile).Assembly, typeof(KsymTrim.Tool.Cli).Assembly })
            Assert.That(assembly.GetReferencedAssemblies().Select(a => a.Name), Has.None.EqualTo("LibObjectFile"), assembly.GetName().Name);
    }

    /// <summary>The oracle can fail: one field changed in the bytes LibObjectFile reads is named, and bits of
    /// st_other above the visibility are not compared.</summary>
    [TestCase("value")]
    [TestCase("size")]
    [TestCase("binding")]
    [TestCase("type")]
    [TestCase("visibility")]
    [TestCase("st_other above visibility")]
    [TestCase("section index")]
    [TestCase("name")]
    [TestCase("addend")]
    [TestCase("relocation type")]
    public void The_oracle_names_a_changed_field(string field)
    {
        var data = File.ReadAllBytes(TestPaths.Fixture("x86_64", "symbols.o"));
        var elf = KsymTrim.Elf.ElfFile.Parse(data);
        var table = elf.GetSymbolTable()!;
        // The first defined global function: a symbol with every field set.
        var symbol = Enumerable.Range(1, table.Count - 1).Select(i => table[i])
            .First(s => s.Type == KsymTrim.Elf.ElfSymbolType.Function && s.Binding == KsymTrim.Elf.ElfSymbolBinding.Global && s.Size > 0 && s.Value > 0);
        int at = (int)elf.Sections[table.SectionIndex].Offset + symbol.Index * 24;
        int rela = elf.RelocationSections().First(i => elf.Sections[i].Type == KsymTrim.Elf.ElfSectionType.Rela && elf.Sections[i].Size > 0);
        int relAt = (int)elf.Sections[rela].Offset;
        var changed = (byte[])data.Clone();
        switch (field)
        {
            case "value": changed[at + 8] ^= 1; break;
            case "size": changed[at + 16] ^= 1; break;
            case "binding": changed[at + 4] = (byte)(0x20 | (changed[at + 4] & 0xf)); break; // STB_WEAK
            case "type": changed[at + 4] = (byte)((changed[at + 4] & 0xf0) | 1); break; // STT_OBJECT
            case "visibility": changed[at + 5] = 2; break; // STV_HIDDEN
            case "st_other above visibility": changed[at + 5] |= 0x80; break;
            case "section index": changed[at + 6] = 0xf1; changed[at + 7] = 0xff; break; // SHN_ABS
            case "name": changed[at] += 1; break;
            case "addend": changed[relAt + 16] ^= 1; break;
            case "relocation type": changed[relAt + 8] ^= 1; break;
        }
        var r = LibObjectFileOracle.Compare(data, changed, "symbols.o");
        if (field == "st_other above visibility")
            Assert.That(r.Difference, Is.Null, "visibility is st_other & 3");
        else
            Assert.That(r.Difference, Does.Contain(field == "relocation type" ? "type" : field));
    }

    [Test]
    public void Every_Debian_module_reads_the_same_in_LibObjectFile()
    {
        var root = TestPaths.DebianModules;
        if (root is null) Assert.Ignore("Debian's modules are absent (KSYMTRIM_DEBIAN_MODULES, /var/tmp/ksymtrim-debian)");
        var modules = Directory.EnumerateFiles(Path.Combine(root, "lib", "modules"), "*.ko*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        if (modules.Count == 0) Assert.Ignore($"no modules under {root}/lib/modules");

        var clock = Stopwatch.StartNew();
        var tally = new Tally();
        Parallel.ForEach(modules, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            path => CompareInput(File.ReadAllBytes(path), Path.GetRelativePath(root, path), tally));
        tally.Report("Debian modules", clock.Elapsed);
        tally.AssertIdentical();
        Assert.That(tally.Files, Is.EqualTo(modules.Count), "every module compared");
    }
}
