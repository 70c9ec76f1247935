using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

[TestFixture]
public class ErrorTests
{
    private static string Alpha => TestPaths.Fixture("modules", "alpha.ko");

    private static void AssertOneErrorLine(ToolResult r, string path)
    {
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1), r.Stderr);
            Assert.That(r.StderrLines, Has.Length.EqualTo(1), r.Stderr);
            Assert.That(r.Stderr, Does.StartWith("ksymtrim: error: " + path));
            Assert.That(r.StderrLines.FirstOrDefault() ?? "", Does.Match(ToolAssert.ErrorLine),
                "not `ksymtrim: error: PATH[(member)]: reason (offset 0x…)`");
        });
        ToolAssert.NoStackTrace(r.Stderr);
    }

    /// <summary>An error about the file itself: exactly <paramref name="line"/>, which has no offset.</summary>
    private static void AssertOneFileErrorLine(ToolResult r, string line)
    {
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1), r.Stderr);
            Assert.That(r.StderrLines, Is.EqualTo(new[] { line }), r.Stderr);
            Assert.That(line, Does.Match(ToolAssert.FileErrorLine));
        });
        ToolAssert.NoStackTrace(r.Stderr);
    }

    private static IEnumerable<string[]> Commands(string path)
    {
        yield return ["used", path];
        yield return ["nm", path];
        yield return ["refs", path];
    }

    [Test]
    public void MissingFile_OneErrorLine_WithoutOffset([Values("used", "nm", "refs")] string command)
    {
        string path = "/nonexistent/ksymtrim/missing.ko";
        AssertOneFileErrorLine(ToolRunner.Run(command, path), $"ksymtrim: error: {path}: no such file");
    }

    [Test]
    public void EmptyFile_OneErrorLine_WithoutOffset([Values("used", "nm", "refs")] string command)
    {
        using var tmp = new TempDirectory();
        string path = tmp.Write("empty.ko", "");
        AssertOneFileErrorLine(ToolRunner.Run(command, path), $"ksymtrim: error: {path}: empty file");
    }

    [Test]
    public void TruncatedElf_OneContractErrorLine([Values("used", "nm", "refs")] string command, [Values(4, 40, 100, 1000)] int length)
    {
        using var tmp = new TempDirectory();
        string path = tmp["trunc.ko"];
        File.WriteAllBytes(path, File.ReadAllBytes(Alpha).AsSpan(0, length).ToArray());
        AssertOneErrorLine(ToolRunner.Run(command, path), path);
    }

    [Test]
    public void NotAnObject_OneContractErrorLine()
    {
        using var tmp = new TempDirectory();
        string path = tmp.Write("text.ko", "this is plain text, not an object\n");
        AssertOneErrorLine(ToolRunner.Run("used", path), path);
    }

    [Test]
    public void ThinArchiveMissingMember_ErrorNamesMember()
    {
        using var tmp = new TempDirectory();
        string archive = tmp["thin.a"];
        File.Copy(TestPaths.Fixture("archives", "thin.a"), archive);
        tmp.Copy(TestPaths.Fixture("archives", "members", "m1.o"), "members/m1.o");
        tmp.Copy(TestPaths.Fixture("archives", "members", "m3.o"), "members/m3.o");
        var r = ToolRunner.Run("used", archive);
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.StderrLines, Has.Length.EqualTo(1));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: " + archive + "(members/m2.o): "));
        ToolAssert.NoStackTrace(r.Stderr);
    }

    [Test]
    public void SeveralBadInputs_OneLineEach_InInputOrder()
    {
        using var tmp = new TempDirectory();
        string empty = tmp.Write("a-empty.ko", "");
        string text = tmp.Write("b-text.ko", "nope");
        var r = ToolRunner.Run("used", "--keep-going", text, Alpha, empty);
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.StderrLines, Has.Length.EqualTo(2));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: " + text + ": "));
        Assert.That(r.StderrLines[1], Does.StartWith("ksymtrim: error: " + empty + ": "));
        Assert.That(r.StdoutLines, Is.EqualTo(new[] { "kfree", "kmalloc", "mutex_lock", "printk" }));
    }

    [TestCase("used", "--no-such-option", "MOD")]
    [TestCase("nm", "--no-such-option", "MOD")]
    [TestCase("refs", "--no-such-option", "MOD")]
    [TestCase("explain", "--no-such-option", "printk", "MOD")]
    [TestCase("used", "-Z", "MOD")]
    [TestCase("--no-such-option")]
    [TestCase("no-such-command", "MOD")]
    [TestCase("used", "--format", "yaml", "MOD")]
    [TestCase("refs", "--format", "xml", "MOD")]
    [TestCase("used", "--jobs", "0", "MOD")]
    [TestCase("used", "--jobs", "many", "MOD")]
    [TestCase("nm", "--jobs", "-3", "MOD")]
    public void UnknownOrBadOption_IsUsageError(params string[] args)
    {
        var real = args.Select(a => a == "MOD" ? Alpha : a).ToArray();
        ToolResult r = null!;
        Assert.DoesNotThrow(() => r = ToolRunner.Run(real), "the command line threw");
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(2), "exit status; stderr: " + r.Stderr);
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(r.Stderr, Does.StartWith("ksymtrim: error: "));
        });
        ToolAssert.NoStackTrace(r.Stderr);
    }

    [TestCase("used")]
    [TestCase("nm")]
    [TestCase("refs")]
    [TestCase("explain")]
    [TestCase("explain", "printk")]
    [TestCase("used", "-o")]
    [TestCase("used", "--symvers")]
    [TestCase("used", "--config")]
    [TestCase("used", "--whitelist")]
    [TestCase("used", "--modules-order")]
    [TestCase("used", "--format")]
    [TestCase("nm", "--jobs")]
    [TestCase()]
    public void MissingArguments_IsUsageError(params string[] args)
    {
        ToolResult r = null!;
        Assert.DoesNotThrow(() => r = ToolRunner.Run(args), "the command line threw");
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(2), "exit status; stderr: " + r.Stderr);
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(r.Stderr, Does.StartWith("ksymtrim: error: "));
        });
        ToolAssert.NoStackTrace(r.Stderr);
    }

    [Test]
    public void Help_ExitZero()
    {
        var r = ToolRunner.Run("--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Stdout, Does.Contain("used").And.Contain("nm"));
    }

    [TestCase("used", "--format <list|autoksyms|json|kmi>")]
    [TestCase("refs", "--format <tsv|json>")]
    [TestCase("used", "--verbosity <trace|debug|information|warning|error|critical|none>")]
    public void Help_lists_option_values_as_they_are_typed(string command, string expected)
    {
        var r = ToolRunner.Run(command, "--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Stdout, Does.Contain(expected));
        Assert.That(r.Stdout, Does.Not.Contain("Autoksyms").And.Not.Contain("[default: List]").And.Not.Contain("Information|"));
    }

    [TestCase("used", "--format", "xml", "--format takes list, autoksyms, json or kmi, not 'xml'")]
    [TestCase("used", "--format", "1", "--format takes list, autoksyms, json or kmi, not '1'")]
    [TestCase("refs", "--format", "list", "--format takes tsv or json, not 'list'")]
    [TestCase("used", "--verbosity", "loud", "--verbosity takes trace, debug, information, warning, error, critical or none, not 'loud'")]
    public void A_wrong_option_value_names_the_values_to_use(string command, string option, string value, string expected)
    {
        var r = ToolRunner.Run(command, option, value, TestPaths.Fixture("x86_64", "symbols.o"));
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Stderr, Does.Contain(expected));
        Assert.That(r.Stderr, Does.Not.Contain("KsymTrim.").And.Not.Contain("expected type"));
    }

    [TestCase("--format", "JSON")]
    [TestCase("--verbosity", "Warning")]
    public void Option_values_are_matched_without_regard_to_case(string option, string value)
    {
        var r = ToolRunner.Run("used", option, value, TestPaths.Fixture("x86_64", "symbols.o"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
    }

    [Test]
    public void Version_ExitZero()
    {
        var r = ToolRunner.Run("--version");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Stdout.Trim(), Is.Not.Empty);
    }
}
