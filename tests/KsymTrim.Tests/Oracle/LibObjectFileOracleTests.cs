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
                if (LibObjectFileOracle.IsBsdArchive(data)) tally.Skip(nameof(LibObjectFileOracle.IsBsdArchive), label);
                else if (LibObjectFileOracle.HasSym64Index(data)) tally.Skip(nameof(LibObjectFileOracle.HasSym64Index), label);
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
