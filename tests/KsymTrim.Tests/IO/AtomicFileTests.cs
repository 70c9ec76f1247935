using System.Text;
using KsymTrim.IO;

namespace KsymTrim.Tests.IO;

[TestFixture]
public sealed class AtomicFileTests
{
    private string _temp = "";

    [SetUp]
    public void SetUp()
    {
        _temp = Path.Combine(Path.GetTempPath(), "ksymtrim-atomic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    private string[] Entries() => Directory.GetFileSystemEntries(_temp).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Test]
    public void Writes_new_file_then_leaves_it_untouched_when_unchanged()
    {
        string path = Path.Combine(_temp, "used.h");
        const string content = "/* header */\n#define __KSYM_printk 1\n";
        Assert.That(AtomicFile.WriteIfChanged(path, content), Is.True, "first write");
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(new UTF8Encoding(false).GetBytes(content)), "UTF-8 without BOM");

        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);
        Assert.That(AtomicFile.WriteIfChanged(path, content), Is.False, "same content: not written");
        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(past), "mtime untouched");
        Assert.That(Entries(), Is.EqualTo(new[] { "used.h" }), "no temp files");
    }

    [Test]
    public void Rewrites_when_content_changes_even_at_equal_length()
    {
        string path = Path.Combine(_temp, "used.h");
        Assert.That(AtomicFile.WriteIfChanged(path, "aaaa\n"), Is.True);
        var past = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, past);
        Assert.That(AtomicFile.WriteIfChanged(path, "aaab\n"), Is.True, "same length, other bytes");
        Assert.That(File.ReadAllText(path), Is.EqualTo("aaab\n"));
        Assert.That(File.GetLastWriteTimeUtc(path), Is.GreaterThan(past));
        Assert.That(AtomicFile.WriteIfChanged(path, "aaab\nmore\n"), Is.True, "longer");
        Assert.That(AtomicFile.WriteIfChanged(path, ""), Is.True, "shorter (empty)");
        Assert.That(File.ReadAllBytes(path), Is.Empty);
        Assert.That(AtomicFile.WriteIfChanged(path, ""), Is.False, "empty again: unchanged");
        Assert.That(Entries(), Is.EqualTo(new[] { "used.h" }), "no temp files");
    }

    [Test]
    public void Non_ascii_content_round_trips()
    {
        string path = Path.Combine(_temp, "x.txt");
        Assert.That(AtomicFile.WriteIfChanged(path, "Grüße ✓\n"), Is.True);
        Assert.That(AtomicFile.WriteIfChanged(path, "Grüße ✓\n"), Is.False);
        Assert.That(File.ReadAllText(path, Encoding.UTF8), Is.EqualTo("Grüße ✓\n"));
    }

    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Replaces_a_read_only_target_atomically_by_rename()
    {
        string path = Path.Combine(_temp, "ro.txt");
        File.WriteAllText(path, "old\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        // rename(2) replaces the entry regardless of the target's mode, like make's outputs.
        Assert.That(AtomicFile.WriteIfChanged(path, "new\n"), Is.True);
        Assert.That(File.ReadAllText(path), Is.EqualTo("new\n"));
        Assert.That(Entries(), Is.EqualTo(new[] { "ro.txt" }));
    }

    [Test]
    public void Failure_leaves_no_temp_file()
    {
        // The target is a directory: the final rename must fail, and the temp file must be removed.
        string path = Path.Combine(_temp, "dir");
        Directory.CreateDirectory(path);
        Assert.That(() => AtomicFile.WriteIfChanged(path, "x"), Throws.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>());
        Assert.That(Entries(), Is.EqualTo(new[] { "dir" }), "no temp file left behind");
    }

    [Test]
    public void Missing_folder_throws_and_creates_nothing()
    {
        string path = Path.Combine(_temp, "no", "such", "out.h");
        Assert.That(() => AtomicFile.WriteIfChanged(path, "x"), Throws.InstanceOf<DirectoryNotFoundException>());
        Assert.That(Entries(), Is.Empty);
    }

    [Test]
    public void Concurrent_writers_never_leave_partial_or_temp_files()
    {
        string path = Path.Combine(_temp, "used.h");
        var a = new string('a', 100_000) + "\n";
        var b = new string('b', 100_000) + "\n";
        Parallel.For(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => AtomicFile.WriteIfChanged(path, i % 2 == 0 ? a : b));
        var final = File.ReadAllText(path);
        Assert.That(final, Is.EqualTo(a).Or.EqualTo(b));
        Assert.That(Entries(), Is.EqualTo(new[] { "used.h" }));
    }
}
