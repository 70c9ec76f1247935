using System.Diagnostics;
using System.IO.Compression;
using KsymTrim.Inputs;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Objects;

namespace KsymTrim.Tests.IO;

/// <summary>gzip, xz and zstd modules through <see cref="InputLoader"/>: same view as the plain file, corrupt
/// streams and bombs refused with <see cref="DiagnosticId.BadCompression"/>.</summary>
[TestFixture]
public sealed class CompressedInputTests
{
    private string _temp = "";

    [SetUp]
    public void SetUp()
    {
        _temp = Path.Combine(Path.GetTempPath(), "ksymtrim-io-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    private static string Module(string name) => ReaderPaths.Fixture("modules", name);

    private static List<NmEntry> Nm(string path)
    {
        using var input = InputLoader.Load(path);
        Assert.That(input.Units, Has.Count.EqualTo(1));
        Assert.That(input.IsArchive, Is.False);
        return ObjectSymbols.ForNm(input.Units[0]);
    }

    [TestCase("beta.ko.gz")]
    [TestCase("beta.ko.xz")]
    [TestCase("beta.ko.zst")]
    public void Compressed_module_reads_like_the_plain_one(string file)
    {
        var plain = File.ReadAllBytes(Module("beta.ko"));
        using (var input = InputLoader.Load(Module(file)))
        {
            Assert.That(input.Units[0].Kind, Is.EqualTo(FileKind.Elf), "the unit is the decompressed ELF");
            Assert.That(input.Units[0].Data.ToArray(), Is.EqualTo(plain), "decompressed bytes");
            Assert.That(input.Units[0].Member, Is.Null);
        }
        var expected = Nm(Module("beta.ko"));
        Assert.That(expected, Has.Some.EqualTo(new NmEntry("queue_work", 'U')));
        Assert.That(Nm(Module(file)), Is.EqualTo(expected));
        var analyzer = new ModuleAnalyzer();
        Assert.That(analyzer.GetReferences(Module(file)).References, Is.EqualTo(analyzer.GetReferences(Module("beta.ko")).References));
    }

    private string Write(string name, byte[] data)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    private static KsymFormatException LoadFails(string path)
    {
        var e = Assert.Throws<KsymFormatException>(() =>
        {
            using var input = InputLoader.Load(path);
        });
        return e!;
    }

    public static IEnumerable<TestCaseData> CorruptStreams()
    {
        foreach (var ext in new[] { "gz", "xz", "zst" })
        {
            yield return new TestCaseData(ext, "garbage-body").SetArgDisplayNames(ext, "garbage-body");
            yield return new TestCaseData(ext, "truncated-half").SetArgDisplayNames(ext, "truncated-half");
            yield return new TestCaseData(ext, "header-only").SetArgDisplayNames(ext, "header-only");
        }
        // Stream checks: gzip's CRC-32 trailer and xz's CRC-64 block check must be verified.
        yield return new TestCaseData("gz", "bad-trailer-crc").SetArgDisplayNames("gz", "bad-trailer-crc");
        yield return new TestCaseData("xz", "bad-check").SetArgDisplayNames("xz", "bad-check");
    }

    [TestCaseSource(nameof(CorruptStreams))]
    public void Corrupt_stream_is_BadCompression(string ext, string how)
    {
        var good = File.ReadAllBytes(Module("beta.ko." + ext));
        byte[] bad = (byte[])good.Clone();
        switch (how)
        {
            case "garbage-body":
                // Keep the magic and header, overwrite the middle of the compressed data.
                for (int i = 24; i < bad.Length - 24; i++) bad[i] = (byte)(0xA5 ^ i);
                break;
            case "truncated-half":
                bad = good.AsSpan(0, good.Length / 2).ToArray();
                break;
            case "header-only":
                bad = good.AsSpan(0, 12).ToArray();
                break;
            case "bad-trailer-crc":
                bad[^8] ^= 0xFF; // gzip trailer: CRC32 then ISIZE
                break;
            case "bad-check":
                // xz: stream footer = CRC32, Backward Size ((n+1)*4 = index size), flags, "YZ"; the one block's
                // 8-byte CRC64 check sits just before the index.
                int indexSize = (int)(System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(good.AsSpan(good.Length - 8)) + 1) * 4;
                bad[good.Length - 12 - indexSize - 8] ^= 0xFF;
                break;
        }
        var e = LoadFails(Write("beta.ko." + ext, bad));
        Assert.That(e.Id, Is.EqualTo(DiagnosticId.BadCompression), e.Message);
        Assert.That(e.Path, Is.EqualTo(Path.Combine(_temp, "beta.ko." + ext)));
    }

    [Test]
    public void Compressed_inside_compressed_is_refused()
    {
        var gz = File.ReadAllBytes(Module("beta.ko.gz"));
        using var ms = new MemoryStream();
        using (var z = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) z.Write(gz);
        var e = LoadFails(Write("double.ko.gz", ms.ToArray()));
        Assert.That(e.Id, Is.EqualTo(DiagnosticId.BadCompression));
    }

    [Test]
    public void Empty_gzip_stream_is_refused()
    {
        // A complete gzip member holding zero bytes: header, an empty final stored block, CRC32 0, ISIZE 0.
        byte[] empty = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x03, 0x00, 0, 0, 0, 0, 0, 0, 0, 0];
        var e = LoadFails(Write("empty.ko.gz", empty));
        Assert.That(e.Id, Is.EqualTo(DiagnosticId.BadCompression));
    }

    [Test]
    public void Gzip_of_text_is_not_an_object()
    {
        using var ms = new MemoryStream();
        using (var z = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) z.Write("just text\n"u8);
        var e = LoadFails(Write("text.ko.gz", ms.ToArray()));
        Assert.That(e.Id, Is.EqualTo(DiagnosticId.UnknownFormat));
    }

    [Test]
    public void Gzip_bomb_is_refused_by_the_size_limit()
    {
        const long bombSize = 200L << 20; // 200 MiB of zeros
        using var ms = new MemoryStream();
        using (var z = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (long written = 0; written < bombSize; written += zeros.Length) z.Write(zeros);
        }
        var bomb = ms.ToArray();
        Assert.That(bomb.Length, Is.LessThan(1 << 20), "the bomb is small");
        long limit = Decompressor.Limit(bomb.Length);
        Assert.That(limit, Is.LessThan(bombSize), "the limit for this input is below what it expands to");
        Assert.That(Decompressor.Limit(10 << 20), Is.EqualTo((64L << 20) + 64 * (10L << 20)));
        Assert.That(Decompressor.Limit(100L << 20), Is.EqualTo(1L << 30), "never more than 1 GiB");

        string path = Write("bomb.ko.gz", bomb);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        var e = LoadFails(path);
        sw.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Multiple(() =>
        {
            Assert.That(e.Id, Is.EqualTo(DiagnosticId.BadCompression));
            Assert.That(e.Reason, Does.Contain("more than"));
            Assert.That(allocated, Is.LessThan(bombSize), "the bomb's full size was never allocated");
            Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public void Compressed_archive_members_share_one_size_budget()
    {
        // Each member is a small gzip stream of beta.ko followed by 8 MiB of zeros: every one is under the
        // per-stream limit (64 MiB + 64x), but together they expand to far more than the archive's own limit.
        // "No small input can claim memory out of proportion to it" must hold for the input as a whole, or an
        // archive of N tiny members claims N x 64 MiB (with zstd's RLE blocks, ~2 KB per 64 MiB).
        var plain = File.ReadAllBytes(Module("beta.ko"));
        var padded = new byte[plain.Length + (8 << 20)];
        plain.CopyTo(padded, 0);
        using var gz = new MemoryStream();
        using (var z = new GZipStream(gz, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(padded);
        var member = gz.ToArray();
        const int members = 10;
        var parts = new List<byte[]> { "!<arch>\n"u8.ToArray() };
        for (int i = 0; i < members; i++)
        {
            parts.Add(System.Text.Encoding.ASCII.GetBytes($"m{i}.ko.gz/".PadRight(16) + "0".PadRight(12) + "0".PadRight(6) + "0".PadRight(6) +
                "644".PadRight(8) + member.Length.ToString(System.Globalization.CultureInfo.InvariantCulture).PadRight(10) + "`\n"));
            parts.Add(member);
            if (member.Length % 2 == 1) parts.Add("\n"u8.ToArray());
        }
        var archive = parts.SelectMany(p => p).ToArray();
        string path = Write("compressed-members.a", archive);
        long budget = Decompressor.Limit(archive.Length);
        Assert.That((long)members * padded.Length, Is.GreaterThan(budget), "the test input exceeds the whole-input budget");
        try
        {
            using var input = InputLoader.Load(path);
            long total = input.Units.Sum(u => (long)u.Data.Length);
            Assert.That(total, Is.LessThanOrEqualTo(budget),
                $"a {archive.Length}-byte archive expanded to {total} bytes in memory, over the {budget}-byte limit for an input of its size");
        }
        catch (KsymFormatException e)
        {
            Assert.That(e.Id, Is.EqualTo(DiagnosticId.BadCompression), e.Message);
        }
    }

    [Test]
    public void Decompression_up_to_the_limit_is_allowed()
    {
        // A real module expands 3-6 times: far below 64 MiB + 64x. A 1 MiB zero-padded ELF must still load.
        var plain = File.ReadAllBytes(Module("beta.ko"));
        var padded = new byte[plain.Length + (1 << 20)];
        plain.CopyTo(padded, 0);
        using var ms = new MemoryStream();
        using (var z = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) z.Write(padded);
        Assert.That(Nm(Write("padded.ko.gz", ms.ToArray())), Is.EqualTo(Nm(Module("beta.ko"))));
    }
}
