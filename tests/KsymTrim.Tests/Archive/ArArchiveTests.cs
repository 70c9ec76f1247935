using System.Text;
using KsymTrim.Archive;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Tests.IO;

namespace KsymTrim.Tests.Archive;

/// <summary>The archives in <c>out/archives</c> and synthetic malformed archives, read by <see cref="ArArchive"/>.</summary>
[TestFixture]
public sealed class ArArchiveTests
{
    private static string Ar(string name) => ReaderPaths.Fixture("archives", name);

    public static IEnumerable<TestCaseData> MemberCases()
    {
        string[] m = ["m1.o", "m2.o", "m3.o"];
        string[] thin = ["members/m1.o", "members/m2.o", "members/m3.o"];
        string[] longNames = ["a_very_long_member_name_one.o", "a_very_long_member_name_two.o", "m3.o"];
        yield return new TestCaseData("gnu.a", m, false, true).SetArgDisplayNames("gnu.a");
        yield return new TestCaseData("gnu-longnames.a", longNames, false, true).SetArgDisplayNames("gnu-longnames.a");
        yield return new TestCaseData("sym64.a", m, false, true).SetArgDisplayNames("sym64.a");
        yield return new TestCaseData("bsd.a", longNames, false, true).SetArgDisplayNames("bsd.a");
        yield return new TestCaseData("thin.a", thin, true, true).SetArgDisplayNames("thin.a");
        yield return new TestCaseData("nested-inner.a", thin[1..], true, true).SetArgDisplayNames("nested-inner.a");
        yield return new TestCaseData("nested-thin.a", new[] { "members/m1.o", "nested-inner.a" }, true, false).SetArgDisplayNames("nested-thin.a");
        yield return new TestCaseData("thin-self.a", new[] { "members/m1.o", "thin-self.a" }, true, false).SetArgDisplayNames("thin-self.a");
        yield return new TestCaseData("thin-cycle.a", new[] { "members/m1.o", "thin-cycle-inner.a" }, true, false).SetArgDisplayNames("thin-cycle.a");
        yield return new TestCaseData("empty.a", Array.Empty<string>(), false, false).SetArgDisplayNames("empty.a");
        yield return new TestCaseData("empty-thin.a", Array.Empty<string>(), true, false).SetArgDisplayNames("empty-thin.a");
    }

    [TestCaseSource(nameof(MemberCases))]
    public void Member_names_and_kind(string file, string[] names, bool thin, bool index)
    {
        var data = File.ReadAllBytes(Ar(file));
        var ar = ArArchive.Parse(data);
        Assert.Multiple(() =>
        {
            Assert.That(ar.Members.Select(x => x.Name), Is.EqualTo(names));
            Assert.That(ar.IsThin, Is.EqualTo(thin), "IsThin");
            Assert.That(ar.HasSymbolIndex, Is.EqualTo(index), "HasSymbolIndex");
            Assert.That(ar.Members.Select(x => x.IsExternal), Has.All.EqualTo(thin), "IsExternal");
            Assert.That(FileKinds.Detect(data), Is.EqualTo(thin ? FileKind.ThinArchive : FileKind.Archive));
            Assert.That(ArArchive.IsArchive(data), Is.True);
        });
    }

    [TestCase("gnu.a", new[] { "m1.o", "m2.o", "m3.o" })]
    [TestCase("sym64.a", new[] { "m1.o", "m2.o", "m3.o" })]
    [TestCase("gnu-longnames.a", new[] { "m1.o", "m2.o", "m3.o" })]
    [TestCase("bsd.a", new[] { "m1.o", "m2.o", "m3.o" })]
    public void Member_data_is_the_member_object(string file, string[] sources)
    {
        var data = File.ReadAllBytes(Ar(file));
        var ar = ArArchive.Parse(data);
        Assert.That(ar.Members, Has.Count.EqualTo(sources.Length));
        for (int i = 0; i < sources.Length; i++)
        {
            var expected = File.ReadAllBytes(Ar(Path.Combine("members", sources[i])));
            var member = ar.Members[i];
            Assert.That(member.Size, Is.EqualTo(expected.Length), member.Name + " size");
            Assert.That(ar.GetData(member).ToArray(), Is.EqualTo(expected), member.Name + " bytes");
            Assert.That(member.HeaderOffset % 2, Is.Zero, "headers are 2-aligned");
            Assert.That(member.DataOffset, Is.GreaterThanOrEqualTo(member.HeaderOffset + 60));
        }
    }

    [Test]
    public void Bsd_member_data_starts_after_the_name()
    {
        var data = File.ReadAllBytes(Ar("bsd.a"));
        var m = ArArchive.Parse(data).Members[0];
        // #1/N: the name occupies the first N bytes of the data, so the data starts past header + N.
        Assert.That(m.DataOffset, Is.GreaterThan(m.HeaderOffset + 60));
        Assert.That(Encoding.ASCII.GetString(data, (int)m.HeaderOffset + 60, m.Name.Length), Is.EqualTo(m.Name));
        Assert.That(data.AsSpan((int)m.DataOffset, 4).ToArray(), Is.EqualTo(new byte[] { 0x7f, (byte)'E', (byte)'L', (byte)'F' }));
    }

    [Test]
    public void Thin_member_data_is_refused()
    {
        var ar = ArArchive.Parse(File.ReadAllBytes(Ar("thin.a")));
        Assert.That(() => ar.GetData(ar.Members[0]), Throws.InvalidOperationException);
        Assert.That(ar.Members[0].Size, Is.EqualTo(new FileInfo(Ar("members/m1.o")).Length));
    }

    [Test]
    public void Not_an_archive()
    {
        var e = Assert.Throws<KsymFormatException>(() => ArArchive.Parse(Encoding.ASCII.GetBytes("!<arch>")));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.UnknownFormat));
    }

    // --- synthetic archives -------------------------------------------------------------------------------

    internal static byte[] Header(string name, long size, string fmag = "`\n", string? sizeField = null)
    {
        var h = new StringBuilder();
        h.Append(name.PadRight(16));
        h.Append("0".PadRight(12)).Append("0".PadRight(6)).Append("0".PadRight(6)).Append("644".PadRight(8));
        h.Append((sizeField ?? size.ToString(System.Globalization.CultureInfo.InvariantCulture)).PadRight(10));
        h.Append(fmag);
        var bytes = Encoding.ASCII.GetBytes(h.ToString());
        Assert.That(bytes, Has.Length.EqualTo(60), "test helper builds 60-byte headers");
        return bytes;
    }

    internal static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static readonly byte[] Magic = "!<arch>\n"u8.ToArray();
    private static readonly byte[] Body = Enumerable.Repeat((byte)'x', 10).ToArray();

    public static IEnumerable<TestCaseData> Malformed()
    {
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 10, fmag: "x\n"), Body), DiagnosticId.ArchiveBadHeader, 8L + 58)
            .SetArgDisplayNames("bad fmag");
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 0, sizeField: "12a"), Body), DiagnosticId.ArchiveBadHeader, 8L + 48)
            .SetArgDisplayNames("non-decimal size");
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 0, sizeField: "-10"), Body), DiagnosticId.ArchiveBadHeader, 8L + 48)
            .SetArgDisplayNames("negative size");
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 0, sizeField: " "), Body), DiagnosticId.ArchiveBadHeader, 8L + 48)
            .SetArgDisplayNames("empty size");
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 1000), Body), DiagnosticId.ArchiveTruncated, 8L)
            .SetArgDisplayNames("size past end");
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 9999999999), Body), DiagnosticId.ArchiveTruncated, 8L)
            .SetArgDisplayNames("size 9999999999");
        var table = "long_name_1.o/\n"u8.ToArray(); // 15 bytes, odd: padded
        yield return new TestCaseData(Concat(Magic, Header("//", table.Length), table, "\n"u8.ToArray(), Header("/100", 10), Body),
                DiagnosticId.ArchiveBadName, 8L + 60 + 16)
            .SetArgDisplayNames("long-name offset past table");
        yield return new TestCaseData(Concat(Magic, Header("/0", 10), Body), DiagnosticId.ArchiveBadName, 8L)
            .SetArgDisplayNames("missing // table");
        var unterminated = "long_name_1.o/"u8.ToArray();
        yield return new TestCaseData(Concat(Magic, Header("//", unterminated.Length), unterminated, Header("/0", 10), Body),
                DiagnosticId.ArchiveBadName, 8L + 60)
            .SetArgDisplayNames("unterminated long name");
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 10).AsSpan(0, 30).ToArray()), DiagnosticId.ArchiveTruncated, 8L)
            .SetArgDisplayNames("truncated header");
        yield return new TestCaseData(Concat(Magic, Header("a.o/", 10), Body, Header("b.o/", 10).AsSpan(0, 59).ToArray()),
                DiagnosticId.ArchiveTruncated, 8L + 60 + 10)
            .SetArgDisplayNames("truncated second header");
        yield return new TestCaseData(Concat(Magic, Header("#1/20", 10), Body), DiagnosticId.ArchiveBadName, 8L)
            .SetArgDisplayNames("BSD name longer than member");
        yield return new TestCaseData(Concat(Magic, Header("#1/x", 10), Body), DiagnosticId.ArchiveBadHeader, 8L + 3)
            .SetArgDisplayNames("BSD name length not decimal");
        yield return new TestCaseData(Concat(Magic, Header("/", 10), Body, Header("", 10), Body), DiagnosticId.ArchiveBadName, 8L + 70)
            .SetArgDisplayNames("empty member name");
    }

    [TestCaseSource(nameof(Malformed))]
    public void Malformed_archive_is_rejected_with_offset(byte[] data, DiagnosticId id, long offset)
    {
        var e = Assert.Throws<KsymFormatException>(() => ArArchive.Parse(data));
        Assert.Multiple(() =>
        {
            Assert.That(e!.Id, Is.EqualTo(id), e.Message);
            Assert.That(e.Format, Is.EqualTo(InputFormat.Archive));
            Assert.That(e.Offset, Is.EqualTo(offset), e.Message);
            Assert.That(e.Offset, Is.LessThan(data.Length), "the offset lies inside the file");
        });
    }

    [Test]
    public void Odd_sized_member_is_padded_to_even()
    {
        var odd = "abc"u8.ToArray();
        var data = Concat(Magic, Header("a.o/", 3), odd, "\n"u8.ToArray(), Header("b.o/", 10), Body);
        var ar = ArArchive.Parse(data);
        Assert.That(ar.Members.Select(m => (m.Name, m.Size, m.HeaderOffset)), Is.EqualTo(new[] { ("a.o", 3L, 8L), ("b.o", 10L, 8L + 60 + 4) }));
        Assert.That(ar.GetData(ar.Members[0]).ToArray(), Is.EqualTo(odd));
    }

    [Test]
    public void Last_odd_member_without_padding_is_accepted()
    {
        var data = Concat(Magic, Header("a.o/", 3), "abc"u8.ToArray());
        Assert.That(ArArchive.Parse(data).Members.Select(m => m.Name), Is.EqualTo(new[] { "a.o" }));
    }

    [Test]
    public void Long_names_resolve_through_the_table()
    {
        var table = "first_long_member_name.o/\nsecond_long_member_name.o/\n"u8.ToArray(); // 52 bytes
        var data = Concat(Magic, Header("//", table.Length), table,
            Header("/26", 10), Body, Header("/0", 10), Body, Header("short.o/", 10), Body);
        var ar = ArArchive.Parse(data);
        Assert.That(ar.Members.Select(m => m.Name), Is.EqualTo(new[] { "second_long_member_name.o", "first_long_member_name.o", "short.o" }));
        Assert.That(ar.HasSymbolIndex, Is.False);
    }

    [Test]
    public void Symbol_indexes_are_not_members()
    {
        var data = Concat(Magic, Header("/", 10), Body, Header("/SYM64/", 10), Body, Header("__.SYMDEF SORTED", 10), Body, Header("a.o/", 10), Body);
        var ar = ArArchive.Parse(data);
        Assert.That(ar.Members.Select(m => m.Name), Is.EqualTo(new[] { "a.o" }));
        Assert.That(ar.HasSymbolIndex, Is.True);
    }
}
