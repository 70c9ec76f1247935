using KsymTrim.IO;

namespace KsymTrim.Tests.IO;

[TestFixture]
public sealed class FileKindsTests
{
    public static IEnumerable<TestCaseData> Magics()
    {
        yield return new TestCaseData(Array.Empty<byte>(), FileKind.Empty).SetArgDisplayNames("empty");
        yield return new TestCaseData(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1 }, FileKind.Elf).SetArgDisplayNames("elf");
        yield return new TestCaseData("!<arch>\n/               "u8.ToArray(), FileKind.Archive).SetArgDisplayNames("ar");
        yield return new TestCaseData("!<thin>\n"u8.ToArray(), FileKind.ThinArchive).SetArgDisplayNames("thin");
        yield return new TestCaseData(new byte[] { (byte)'B', (byte)'C', 0xC0, 0xDE, 0x35, 0x14 }, FileKind.Bitcode).SetArgDisplayNames("bitcode");
        yield return new TestCaseData(new byte[] { 0xDE, 0xC0, 0x17, 0x0B, 0, 0, 0, 0 }, FileKind.BitcodeWrapper).SetArgDisplayNames("bitcode-wrapper");
        yield return new TestCaseData(new byte[] { 0x1F, 0x8B, 8, 0 }, FileKind.Gzip).SetArgDisplayNames("gzip");
        yield return new TestCaseData(new byte[] { 0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0, 0, 4 }, FileKind.Xz).SetArgDisplayNames("xz");
        yield return new TestCaseData(new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0x24 }, FileKind.Zstd).SetArgDisplayNames("zstd");
        // Prefixes and near misses are Unknown, never a crash.
        yield return new TestCaseData(new byte[] { 0x7f, (byte)'E', (byte)'L' }, FileKind.Unknown).SetArgDisplayNames("elf-prefix");
        yield return new TestCaseData("!<arch>"u8.ToArray(), FileKind.Unknown).SetArgDisplayNames("ar-without-newline");
        yield return new TestCaseData("!<arch>\r\n"u8.ToArray(), FileKind.Unknown).SetArgDisplayNames("ar-crlf");
        yield return new TestCaseData(new byte[] { 0x1F }, FileKind.Unknown).SetArgDisplayNames("gzip-one-byte");
        yield return new TestCaseData(new byte[] { 0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z' }, FileKind.Unknown).SetArgDisplayNames("xz-5-bytes");
        yield return new TestCaseData(new byte[] { 0x28, 0xB5, 0x2F }, FileKind.Unknown).SetArgDisplayNames("zstd-3-bytes");
        yield return new TestCaseData(new byte[] { 0x7f, (byte)'e', (byte)'l', (byte)'f' }, FileKind.Unknown).SetArgDisplayNames("elf-lowercase");
        yield return new TestCaseData("hello"u8.ToArray(), FileKind.Unknown).SetArgDisplayNames("text");
        yield return new TestCaseData(new byte[] { 0 }, FileKind.Unknown).SetArgDisplayNames("nul");
    }

    [TestCaseSource(nameof(Magics))]
    public void Detect(byte[] data, FileKind expected)
    {
        Assert.That(FileKinds.Detect(data), Is.EqualTo(expected));
        Assert.That(FileKinds.IsCompressed(expected), Is.EqualTo(expected is FileKind.Gzip or FileKind.Xz or FileKind.Zstd));
    }

    [TestCase("modules/beta.ko", FileKind.Elf)]
    [TestCase("modules/beta.ko.gz", FileKind.Gzip)]
    [TestCase("modules/beta.ko.xz", FileKind.Xz)]
    [TestCase("modules/beta.ko.zst", FileKind.Zstd)]
    [TestCase("x86_64/symbols.o", FileKind.Elf)]
    [TestCase("ppc64/symbols.o", FileKind.Elf)]
    [TestCase("archives/gnu.a", FileKind.Archive)]
    [TestCase("archives/bsd.a", FileKind.Archive)]
    [TestCase("archives/empty.a", FileKind.Archive)]
    [TestCase("archives/thin.a", FileKind.ThinArchive)]
    [TestCase("archives/empty-thin.a", FileKind.ThinArchive)]
    [TestCase("bigsections/many-sections.o.gz", FileKind.Gzip)]
    [TestCase("MANIFEST.tsv", FileKind.Unknown)]
    public void Detect_fixture(string file, FileKind expected) =>
        Assert.That(FileKinds.Detect(File.ReadAllBytes(ReaderPaths.Fixture(file.Split('/')))), Is.EqualTo(expected));

    [Test]
    public void Detect_bitcode_from_the_lto_corpus()
    {
        var members = Path.Combine(ReaderPaths.Corpus, "lto-x86_64");
        if (!Directory.Exists(members)) Assert.Ignore("corpus lto-x86_64 is absent");
        var any = Directory.EnumerateFiles(members, "*.o", SearchOption.AllDirectories)
            .Where(p => p.Contains("/members/", StringComparison.Ordinal)).Take(20)
            .Select(p => FileKinds.Detect(File.ReadAllBytes(p))).ToList();
        Assert.That(any, Is.Not.Empty);
        Assert.That(any, Has.Some.EqualTo(FileKind.Bitcode).Or.Some.EqualTo(FileKind.BitcodeWrapper));
        Assert.That(any, Has.All.AnyOf(FileKind.Bitcode, FileKind.BitcodeWrapper, FileKind.Elf));
    }
}
