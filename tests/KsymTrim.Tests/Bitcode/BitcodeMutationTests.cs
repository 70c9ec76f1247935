using System.Diagnostics;
using KsymTrim.Inputs;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.Tests.Support;
using KsymTrim.IO;
using KsymTrim.Objects;

namespace KsymTrim.Tests.Bitcode;

/// <summary>
/// Real kernel bitcode, cut and corrupted: every mutant must be read or refused with KsymFormatException, with
/// function bodies decoded, quickly and within memory proportional to it.
/// </summary>
public class BitcodeMutationTests
{
    private static IEnumerable<string> CorpusMembers()
    {
        foreach (var corpus in new[] { "lto-x86_64", "lto-arm64" })
        {
            var root = Path.Combine(TestPaths.Corpus, corpus);
            if (!Directory.Exists(root)) continue;
            // A few members of different sizes, debug-info metadata (arm64) included; fixed choice.
            var members = Directory.EnumerateFiles(root, "*.o", SearchOption.AllDirectories)
                .Where(p => p.Contains("/members/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
            foreach (var p in members.Where((_, i) => i % 97 == 3).Take(3)) yield return p;
        }
        foreach (var f in new[] { "asm_x86-x86_64-clang19.bc", "atomics-arm-clang14.bc", "fnattr.kcfi-x86_64-clang16.bc" })
            yield return TestPaths.Fixture("constructs", f);
        // vectorcall decoration: the symbol-table view reads parameter attributes late (issue 13)
        yield return Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Bitcode", "LlvmInputs", "mangling-x86_64.bc");
    }

    /// <summary>Byte offsets where blocks start and end, two levels deep (top level, then inside MODULE).</summary>
    private static List<int> BlockBoundaries(byte[] bitcode)
    {
        var result = new List<int>();
        using var cursor = new KsymTrim.Bitcode.Bitstream.BitstreamCursor(bitcode, 0);
        cursor.Read(32);
        var record = new KsymTrim.Bitcode.Bitstream.RecordBuffer();
        void Walk(int depth)
        {
            while (true)
            {
                var e = cursor.Advance();
                if (e.Kind is KsymTrim.Bitcode.Bitstream.EntryKind.EndBlock or KsymTrim.Bitcode.Bitstream.EntryKind.EndOfStream) return;
                if (e.Kind == KsymTrim.Bitcode.Bitstream.EntryKind.Record) { cursor.ReadRecord(e.Id, record); continue; }
                result.Add((int)(cursor.BitPosition / 8));
                if (e.Id == 0) cursor.ReadBlockInfoBlock();
                else if (depth < 2) { cursor.EnterBlock(e.Id); Walk(depth + 1); }
                else cursor.SkipBlock();
                result.Add((int)(cursor.BitPosition / 8));
            }
        }
        Walk(1);
        return result.Distinct().Where(o => o > 0 && o < bitcode.Length).Order().ToList();
    }

    [TestCaseSource(nameof(CorpusMembers))]
    public void Truncation_at_every_block_boundary_is_refused(string path)
    {
        if (!File.Exists(path)) Assert.Ignore($"{path} is absent");
        var original = File.ReadAllBytes(path);
        if (FileKinds.Detect(original) != FileKind.Bitcode) Assert.Ignore("not bitcode");
        var boundaries = BlockBoundaries(original);
        Assert.That(boundaries, Has.Count.GreaterThan(3));
        foreach (int cut in boundaries.SelectMany(b => new[] { b & ~3, (b & ~3) - 4, (b & ~3) + 4 }).Where(c => c > 0 && c < original.Length).Distinct())
        {
            var bytes = original[..cut];
            Assert.That(() => BitcodeFile.Parse(bytes, readFunctionBodies: true),
                Throws.TypeOf<KsymFormatException>(), $"{Path.GetFileName(path)} cut at {cut}");
        }
    }

    [TestCaseSource(nameof(CorpusMembers))]
    public void Mutants_give_only_KsymFormatException(string path)
    {
        if (!File.Exists(path)) Assert.Ignore($"{path} is absent");
        var original = File.ReadAllBytes(path);
        if (FileKinds.Detect(original) != FileKind.Bitcode) Assert.Ignore("not bitcode");
        var mutants = BitcodeMutants.Of(original, truncations: 64, flipped: 150);
        int read = 0;
        foreach (var (what, bytes) in mutants)
        {
            if (BitcodeMutants.Reads(path, what, bytes, () =>
                {
                    var file = BitcodeFile.Parse(bytes, readFunctionBodies: true);
                    ObjectSymbols.ForNm(new ObjectUnit(path, null, FileKind.Bitcode, bytes));
                    Assert.That(file.Modules, Is.Not.Empty);
                })) read++;
        }
        Assert.That(read, Is.LessThan(mutants.Count), "every mutant read: nothing is checked");
    }
}
