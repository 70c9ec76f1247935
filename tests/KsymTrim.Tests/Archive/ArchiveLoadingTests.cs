using System.Text;
using KsymTrim.Inputs;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Objects;
using KsymTrim.Tests.IO;

namespace KsymTrim.Tests.Archive;

/// <summary>Archives expanded by <see cref="InputLoader"/>: thin members, nesting, cycles, and an archive as one module.</summary>
[TestFixture]
public sealed class ArchiveLoadingTests
{
    private string _temp = "";

    [SetUp]
    public void SetUp()
    {
        _temp = Path.Combine(Path.GetTempPath(), "ksymtrim-archive-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    private static string Ar(string name) => ReaderPaths.Fixture("archives", name);

    /// <summary>A GNU thin archive naming <paramref name="members"/> (short names only).</summary>
    private static byte[] Thin(params (string Name, long Size)[] members)
    {
        var parts = new List<byte[]> { "!<thin>\n"u8.ToArray() };
        foreach (var (name, size) in members) parts.Add(ArArchiveTests.Header(name + "/", size));
        return ArArchiveTests.Concat([.. parts]);
    }

    [TestCase("gnu.a")]
    [TestCase("gnu-longnames.a")]
    [TestCase("sym64.a")]
    [TestCase("bsd.a")]
    [TestCase("thin.a")]
    [TestCase("nested-thin.a")]
    public void Archive_is_one_module_and_internal_references_vanish(string file)
    {
        var refs = new ModuleAnalyzer().GetReferences(Ar(file));
        // m1 defines shared_fn and m2 calls it: resolved inside the archive. m3's m3_hook is a weak definition.
        Assert.That(refs.References.Select(r => r.Symbol), Is.EqualTo(new[] { "kfree", "kmalloc", "printk" }));
        Assert.That(refs.References.Select(r => r.Symbol), Does.Not.Contain("shared_fn"));
        Assert.That(refs.References.Single(r => r.Symbol == "printk").Detail, Does.EndWith("m2.o").Or.EndWith("_two.o"), "the member that needs printk");
    }

    [Test]
    public void A_single_member_keeps_its_own_undefined_references()
    {
        var refs = new ModuleAnalyzer().GetReferences(Ar("members/m2.o"));
        Assert.That(refs.References.Select(r => r.Symbol), Is.EqualTo(new[] { "printk", "shared_fn" }));
    }

    [Test]
    public void Thin_members_are_read_relative_to_the_archive_folder()
    {
        using var input = InputLoader.Load(Ar("thin.a"));
        Assert.That(input.IsArchive, Is.True);
        Assert.That(input.Units.Select(u => u.Member), Is.EqualTo(new[] { "members/m1.o", "members/m2.o", "members/m3.o" }));
        for (int i = 0; i < 3; i++)
        {
            Assert.That(input.Units[i].Data.ToArray(), Is.EqualTo(File.ReadAllBytes(Ar($"members/m{i + 1}.o"))));
            Assert.That(input.Units[i].Label, Is.EqualTo(Ar("thin.a") + $"[members/m{i + 1}.o]"));
            Assert.That(input.Units[i].Kind, Is.EqualTo(FileKind.Elf));
        }
    }

    [Test]
    public void Thin_archive_moved_with_its_members_still_loads()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "deep", "members"));
        File.Copy(Ar("thin.a"), Path.Combine(_temp, "deep", "thin.a"));
        foreach (var m in new[] { "m1.o", "m2.o", "m3.o" })
            File.Copy(Ar("members/" + m), Path.Combine(_temp, "deep", "members", m));
        // A relative path that does not start at the archive's folder: members must resolve against the archive.
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_temp, "deep", "thin.a"));
        using var input = InputLoader.Load(relative);
        Assert.That(input.Units, Has.Count.EqualTo(3));
        Assert.That(ObjectSymbols.ForNm(input.Units[1]).Select(e => e.Name), Does.Contain("m2_entry"));
    }

    [Test]
    public void Thin_archive_without_its_members_names_the_missing_member()
    {
        File.Copy(Ar("thin.a"), Path.Combine(_temp, "thin.a"));
        var e = Assert.Throws<KsymFormatException>(() => InputLoader.Load(Path.Combine(_temp, "thin.a")));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ArchiveMissingMember));
        Assert.That(e.Member, Is.EqualTo("members/m1.o"));
        Assert.That(e.Path, Is.EqualTo(Path.Combine(_temp, "thin.a")));
    }

    [Test]
    public void Nested_thin_archive_is_flattened()
    {
        using var input = InputLoader.Load(Ar("nested-thin.a"));
        var expected = File.ReadAllLines(Ar("nested-thin.a.flattened.txt")).Where(l => l.Length > 0).ToArray();
        Assert.That(input.Units.Select(u => u.Member), Is.EqualTo(expected));
        Assert.That(input.Units.Select(u => u.Data.Length),
            Is.EqualTo(expected.Select(m => (int)new FileInfo(Ar(m)).Length)));
    }

    [TestCase("thin-self.a")]
    [TestCase("thin-cycle.a")]
    [TestCase("thin-cycle-inner.a")]
    public void Cycles_are_rejected(string file)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<KsymFormatException>(() => InputLoader.Load(Ar(file)));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ArchiveNestingTooDeep));
        Assert.That(e.Path, Is.EqualTo(Ar(file)));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        var r = new ModuleAnalyzer().GetReferences([Ar(file)], jobs: 1);
        Assert.That(r[0].Error?.Id, Is.EqualTo(DiagnosticId.ArchiveNestingTooDeep));
    }

    [TestCase("empty.a")]
    [TestCase("empty-thin.a")]
    public void Empty_archives_give_no_units(string file)
    {
        using var input = InputLoader.Load(Ar(file));
        Assert.That(input.IsArchive, Is.True);
        Assert.That(input.Units, Is.Empty);
        Assert.That(new ModuleAnalyzer().GetReferences(Ar(file)).References, Is.Empty);
    }

    [TestCase(InputLoader.MaxArchiveDepth, false)]
    [TestCase(InputLoader.MaxArchiveDepth + 1, true)]
    public void Nesting_depth_is_limited(int depth, bool rejected)
    {
        // a1.a -> a2.a -> ... -> aN.a -> m1.o: N archive levels.
        File.Copy(Ar("members/m1.o"), Path.Combine(_temp, "m1.o"));
        long m1 = new FileInfo(Path.Combine(_temp, "m1.o")).Length;
        for (int i = depth; i >= 1; i--)
        {
            var (name, size) = i == depth ? ("m1.o", m1) : ($"a{i + 1}.a", new FileInfo(Path.Combine(_temp, $"a{i + 1}.a")).Length);
            File.WriteAllBytes(Path.Combine(_temp, $"a{i}.a"), Thin((name, size)));
        }
        string top = Path.Combine(_temp, "a1.a");
        if (rejected)
        {
            var e = Assert.Throws<KsymFormatException>(() => InputLoader.Load(top));
            Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ArchiveNestingTooDeep));
        }
        else
        {
            using var input = InputLoader.Load(top);
            Assert.That(input.Units.Select(u => u.Member), Is.EqualTo(new[] { "m1.o" }));
        }
    }

    [Test]
    public void Regular_archive_inside_regular_archive_is_flattened()
    {
        var m1 = File.ReadAllBytes(Ar("members/m1.o"));
        var m2 = File.ReadAllBytes(Ar("members/m2.o"));
        var inner = Pad(ArArchiveTests.Concat("!<arch>\n"u8.ToArray(), ArArchiveTests.Header("m2.o/", m2.Length), Pad(m2)));
        var outer = ArArchiveTests.Concat("!<arch>\n"u8.ToArray(), ArArchiveTests.Header("m1.o/", m1.Length), Pad(m1),
            ArArchiveTests.Header("inner.a/", inner.Length), inner);
        string path = Path.Combine(_temp, "outer.a");
        File.WriteAllBytes(path, outer);
        using (var input = InputLoader.Load(path))
            Assert.That(input.Units.Select(u => u.Member), Is.EqualTo(new[] { "m1.o", "m2.o" }));
        Assert.That(new ModuleAnalyzer().GetReferences(path).References.Select(r => r.Symbol), Is.EqualTo(new[] { "printk" }));
    }

    private static byte[] Pad(byte[] b) => b.Length % 2 == 0 ? b : [.. b, (byte)'\n'];

    [Test]
    public void Archive_member_that_is_not_an_object_is_rejected_with_its_name()
    {
        var text = Encoding.ASCII.GetBytes("hello world\n");
        var data = ArArchiveTests.Concat("!<arch>\n"u8.ToArray(), ArArchiveTests.Header("notes.txt/", text.Length), text);
        string path = Path.Combine(_temp, "bad.a");
        File.WriteAllBytes(path, data);
        var e = Assert.Throws<KsymFormatException>(() => InputLoader.Load(path));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.UnknownFormat));
        Assert.That(e.Member, Is.EqualTo("notes.txt"));
    }

    [Test]
    public void Malformed_archive_file_names_the_path()
    {
        string path = Path.Combine(_temp, "trunc.a");
        var whole = File.ReadAllBytes(Ar("gnu.a"));
        File.WriteAllBytes(path, whole.AsSpan(0, whole.Length - 100).ToArray());
        var e = Assert.Throws<KsymFormatException>(() => InputLoader.Load(path));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ArchiveTruncated));
        Assert.That(e.Path, Is.EqualTo(path));
        Assert.That(e.Offset, Is.GreaterThan(8).And.LessThan(whole.Length));
    }
}
