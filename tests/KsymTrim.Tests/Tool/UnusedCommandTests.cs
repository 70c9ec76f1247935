using System.Text.Json;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

/// <summary><c>ksymtrim unused</c>: formats, the summary line, -o, errors and usage errors.</summary>
[TestFixture]
public class UnusedCommandTests
{
    private static string Sample(string name) => Path.Combine(TestPaths.Samples, name);
    private static string Mod(string name) => TestPaths.Fixture("modules", name);

    private static string[] SampleArgs(params string[] extra) =>
        ["unused", "--modules-order", Sample("modules.order"), "--config", Sample("auto.conf"), "--symvers", Sample("Module.symvers"), .. extra];

    // samples/Module.symvers has 18 exports; the samples use 12 of them (used.expected.txt without crc32_le, which
    // is not exported there).
    private static readonly string[] SampleUnused = ["dma_buf_get", "kobject_uevent", "msleep", "netdemo_stats", "schedule", "vfree"];
    private const string SampleSummary = "ksymtrim: 18 exports, 12 used, 6 unused";

    [Test]
    public void List_IsTheNamesInByteOrder_SummaryOnStderr()
    {
        var r = ToolRunner.Run(SampleArgs());
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
            Assert.That(r.Stdout, Is.EqualTo(string.Concat(SampleUnused.Select(s => s + "\n"))));
            Assert.That(r.StderrLines, Is.EqualTo(new[] { SampleSummary }));
        });
    }

    [Test]
    public void List_IsTheDefault() =>
        Assert.That(ToolRunner.Run(SampleArgs("--format", "LIST")).Stdout, Is.EqualTo(ToolRunner.Run(SampleArgs()).Stdout));

    [Test]
    public void Used_plus_unused_is_the_symvers_exports()
    {
        var used = ToolRunner.Run(["used", .. SampleArgs()[1..]]);
        var unused = ToolRunner.Run(SampleArgs());
        var exports = File.ReadAllLines(Sample("Module.symvers")).Select(l => l.Split('\t')[1]);
        Assert.That(used.StdoutLines.Intersect(unused.StdoutLines), Is.Empty);
        Assert.That(used.StdoutLines.Concat(unused.StdoutLines), Is.EquivalentTo(exports));
    }

    [Test]
    public void Tsv_SymbolModuleKindNamespace()
    {
        var r = ToolRunner.Run(SampleArgs("--format", "tsv"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines.Select(l => l.Split('\t')[0]), Is.EqualTo(SampleUnused));
        Assert.That(r.StdoutLines, Has.All.Matches<string>(l => l.Split('\t').Length == 4));
        Assert.That(r.StdoutLines, Does.Contain("dma_buf_get\tvmlinux\tEXPORT_SYMBOL_GPL\tDMA_BUF"));
        Assert.That(r.StdoutLines, Does.Contain("netdemo_stats\tmodules/netdemo\tEXPORT_SYMBOL\t"));
        Assert.That(r.StderrLines, Is.EqualTo(new[] { SampleSummary }));
    }

    [Test]
    public void Tsv_WithoutSymvers_FromTheModulesOwnSections()
    {
        var r = ToolRunner.Run("unused", "--format", "tsv", Mod("alpha.ko"), Mod("gamma.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Is.EqualTo("alpha_helper\talpha\tEXPORT_SYMBOL\tALPHA_NS\n"));
        Assert.That(r.StderrLines, Is.EqualTo(new[] { "ksymtrim: 1 export, 0 used, 1 unused" }));
    }

    [Test]
    public void Json_OneLine_WithCounts()
    {
        var r = ToolRunner.Run(SampleArgs("--format", "json"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Has.Length.EqualTo(1));
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        var symbols = root.GetProperty("symbols").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(symbols.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(SampleUnused));
            var dma = symbols.Single(s => s.GetProperty("name").GetString() == "dma_buf_get");
            Assert.That(dma.GetProperty("module").GetString(), Is.EqualTo("vmlinux"));
            Assert.That(dma.GetProperty("kind").GetString(), Is.EqualTo("EXPORT_SYMBOL_GPL"));
            Assert.That(dma.GetProperty("namespace").GetString(), Is.EqualTo("DMA_BUF"));
            Assert.That(root.GetProperty("exports").GetInt32(), Is.EqualTo(18));
            Assert.That(root.GetProperty("used").GetInt32(), Is.EqualTo(12));
            Assert.That(root.GetProperty("unused").GetInt32(), Is.EqualTo(6));
            Assert.That(root.GetProperty("modules").GetInt32(), Is.EqualTo(4));
            Assert.That(root.GetProperty("errors").GetArrayLength(), Is.EqualTo(0));
            Assert.That(root.TryGetProperty("warnings", out _), Is.False);
        });
    }

    [Test]
    public void Output_File_IsWritten_AndLeftAloneWhenUnchanged()
    {
        using var dir = new TempDirectory();
        string output = dir["unused.txt"];
        var r = ToolRunner.Run(SampleArgs("-o", output));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Is.Empty);
        Assert.That(r.StderrLines, Is.EqualTo(new[] { SampleSummary }));
        Assert.That(File.ReadAllText(output), Is.EqualTo(ToolRunner.Run(SampleArgs()).Stdout));
        var stamp = DateTime.UnixEpoch.AddDays(1);
        File.SetLastWriteTimeUtc(output, stamp);
        Assert.That(ToolRunner.Run(SampleArgs("-o", output)).ExitCode, Is.EqualTo(0));
        Assert.That(File.GetLastWriteTimeUtc(output), Is.EqualTo(stamp));
    }

    [Test]
    public void UnreadableInput_Exit1_NothingWritten_UnlessKeepGoing()
    {
        using var dir = new TempDirectory();
        string bad = dir.Write("bad.ko", "not an elf");
        var r = ToolRunner.Run("unused", Mod("alpha.ko"), bad);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1));
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(r.StderrLines, Has.Length.EqualTo(1));
            Assert.That(r.StderrLines[0], Does.StartWith($"ksymtrim: error: {bad}: "));
        });
        var k = ToolRunner.Run("unused", "-k", Mod("alpha.ko"), bad);
        Assert.Multiple(() =>
        {
            Assert.That(k.ExitCode, Is.EqualTo(1));
            Assert.That(k.Stdout, Is.EqualTo("alpha_helper\n"));
            Assert.That(k.StderrLines, Has.Length.EqualTo(2));
            Assert.That(k.StderrLines[^1], Is.EqualTo("ksymtrim: 1 export, 0 used, 1 unused"));
        });
        ToolAssert.NoStackTrace(r.Stderr + k.Stderr);
    }

    [Test]
    public void MissingSymvers_NamesTheOption()
    {
        using var dir = new TempDirectory();
        string file = dir["nope"];
        var r = ToolRunner.Run("unused", "--symvers", file, Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.StderrLines, Is.EqualTo(new[] { $"ksymtrim: error: {file}: no such file (named by --symvers)" }));
    }

    [Test]
    public void NoModules_Warns()
    {
        using var dir = new TempDirectory();
        var r = ToolRunner.Run("unused", dir.Path);
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: warning: no modules in the inputs given"));
    }

    [TestCase(new[] { "unused" }, "no inputs: give module files, folders, @list files or --modules-order FILE")]
    [TestCase(new[] { "unused", "MOD", "--format", "kmi" }, "--format takes list, tsv or json, not 'kmi'")]
    [TestCase(new[] { "unused", "MOD", "--format" }, "--format needs one of list, tsv or json")]
    [TestCase(new[] { "unused", "MOD", "--bogus" }, "unknown option '--bogus'")]
    [TestCase(new[] { "unused", "--objtree", ".", "MOD" }, "--objtree only says what --modules-order lines are relative to: give --modules-order FILE too")]
    public void UsageErrors_Exit2(string[] args, string message)
    {
        var r = ToolRunner.Run(args);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(2));
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(r.StderrLines, Is.EqualTo(new[] { "ksymtrim: error: " + message, "Try 'ksymtrim unused --help' for more information." }));
        });
    }
}
