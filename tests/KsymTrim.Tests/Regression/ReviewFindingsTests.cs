using System.Diagnostics;
using KsymTrim.Inputs;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Regression;

/// <summary>Inputs a code review found mishandled; each test failed before its fix.</summary>
public class ReviewFindingsTests
{
    private static string Fixture(string arch = "x86_64") => TestPaths.Fixture(arch, "symbols.o");

    // every folder TempDir made, removed when the fixture ends (they held FIFOs and files that outlived the run)
    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Created = [];

    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "ksymtrim-review-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        Created.Add(dir);
        return dir;
    }

    [OneTimeTearDown]
    public void RemoveTempDirs()
    {
        foreach (var dir in Created)
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { } // best effort: a folder still in use stays
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>Patches section <paramref name="name"/>'s sh_offset and sh_size in an ELF64 LE copy.</summary>
    private static byte[] WithSection(string name, ulong offset, ulong size)
    {
        var bytes = File.ReadAllBytes(Fixture());
        var elf = ElfFile.Parse(bytes);
        int index = elf.FindSection(System.Text.Encoding.ASCII.GetBytes(name));
        ulong shoff = BitConverter.ToUInt64(bytes, 40);
        int at = (int)shoff + index * 64;
        BitConverter.GetBytes(offset).CopyTo(bytes, at + 24);
        BitConverter.GetBytes(size).CopyTo(bytes, at + 32);
        return bytes;
    }

    [TestCase(".strtab")]
    [TestCase(".symtab")]
    public void Empty_section_placed_past_the_end_is_an_error_not_a_crash(string section)
    {
        var dir = TempDir();
        var path = Path.Combine(dir, "h.o");
        File.WriteAllBytes(path, WithSection(section, 0x70000000, 0));
        foreach (var command in new[] { "nm", "used" })
        {
            var r = ToolRunner.Run(command, path);
            Assert.That(r.ExitCode, Is.EqualTo(1), r.Stderr);
            Assert.That(r.StderrLines, Has.Length.EqualTo(1));
            Assert.That(r.Stderr, Does.StartWith("ksymtrim: error: " + path).And.Not.Contain("internal error"));
        }
    }

    [Test]
    public void A_fifo_is_refused_at_once()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("mkfifo is a Linux test here");
        var dir = TempDir();
        var fifo = Path.Combine(dir, "fifo.ko");
        using (var p = Process.Start("mkfifo", fifo)) p.WaitForExit();
        var run = Task.Run(() => ToolRunner.Run("nm", fifo));
        Assert.That(run.Wait(TimeSpan.FromSeconds(5)), Is.True, "nm on a FIFO hangs");
        Assert.That(run.Result.ExitCode, Is.EqualTo(1));
        Assert.That(run.Result.Stderr, Does.Contain("not a regular file"));
    }

    [Test]
    public void Thin_archives_naming_one_file_many_times_read_it_once()
    {
        var dir = TempDir();
        File.Copy(Fixture(), Path.Combine(dir, "leaf.o"));
        // inner.a names leaf.o 200 times; outer.a names inner.a 200 times: 40,000 references, one file.
        WriteThin(Path.Combine(dir, "inner.a"), Enumerable.Repeat("leaf.o", 200));
        WriteThin(Path.Combine(dir, "outer.a"), Enumerable.Repeat("inner.a", 200));
        var sw = Stopwatch.StartNew();
        using var input = InputLoader.Load(Path.Combine(dir, "outer.a"));
        Assert.That(input.Units, Has.Count.EqualTo(1));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    /// <summary>A GNU thin archive with short names (no long-name table needed).</summary>
    private static void WriteThin(string path, IEnumerable<string> members)
    {
        using var s = File.Create(path);
        void Ascii(string t) => s.Write(System.Text.Encoding.ASCII.GetBytes(t));
        Ascii("!<thin>\n");
        foreach (var m in members)
        {
            long size = new FileInfo(Path.Combine(Path.GetDirectoryName(path)!, m)).Length;
            Ascii((m + "/").PadRight(16) + "0".PadRight(12) + "0".PadRight(6) + "0".PadRight(6) + "644".PadRight(8) +
                  size.ToString(System.Globalization.CultureInfo.InvariantCulture).PadRight(10) + "`\n");
        }
    }

    [Test]
    public void Output_through_a_symlink_updates_the_target_and_keeps_the_link()
    {
        var dir = TempDir();
        var real = Path.Combine(dir, "real.txt");
        var link = Path.Combine(dir, "link.txt");
        Assert.That(ToolRunner.Run("used", Fixture(), "-o", real).ExitCode, Is.EqualTo(0));
        File.CreateSymbolicLink(link, real);
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(real, old);
        Assert.That(ToolRunner.Run("used", Fixture(), "-o", link).ExitCode, Is.EqualTo(0));
        Assert.That(new FileInfo(link).LinkTarget, Is.Not.Null, "the link was replaced by a file");
        Assert.That(File.GetLastWriteTimeUtc(real), Is.EqualTo(old), "unchanged content rewritten");
    }

    [Test]
    public void Autoksyms_is_byte_for_byte_the_script_even_for_linker_names()
    {
        var be = Path.Combine(TestPaths.Corpus, "bad-inputs", "be-ppc64.o");
        if (!File.Exists(be)) Assert.Ignore("corpus absent");
        var list = ToolRunner.Run("used", be);
        var header = ToolRunner.Run("used", "--format", "autoksyms", be);
        Assert.That(list.StdoutLines, Is.EqualTo(new[] { "printk", "used_only_here" }), "modpost's rules for the list");
        // gen_autoksyms.sh strips the dot of .TOC. and keeps the rest.
        Assert.That(header.Stdout, Does.Contain("#define __KSYM_TOC. 1\n"));
    }

    [Test]
    public void Bfd_absolute_and_coff_section_name_rules()
    {
        // .drectve_x is not .drectve: coff_section_type needs the name, or the name then '.' or '$'.
        var bytes = File.ReadAllBytes(Fixture());
        var elf = ElfFile.Parse(bytes);
        int rodata = -1;
        for (int i = 1; i < elf.SectionCount; i++)
            if (elf.GetSectionName(i).StartsWith(".rodata", StringComparison.Ordinal)) { rodata = i; break; }
        Assert.That(rodata, Is.GreaterThan(0));
        Assert.That(ElfNm.SectionLetter(elf, rodata), Is.EqualTo('r'));
        // A symbol in the symbol table's own string table is absolute to bfd.
        var symbols = elf.GetSymbolTable()!;
        var strtab = (uint)elf.Sections[symbols.SectionIndex].Link;
        var fake = new ElfSymbol(1, 0, 0, 0, 0x11, 0, (ushort)strtab, strtab);
        Assert.That(ElfNm.Letter(elf, fake), Is.EqualTo('A'));
    }
}
