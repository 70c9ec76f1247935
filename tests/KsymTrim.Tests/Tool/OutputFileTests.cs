using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

[TestFixture]
public class OutputFileTests
{
    private static readonly DateTime OldTime = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    private static string Alpha => TestPaths.Fixture("modules", "alpha.ko");
    private static string Beta => TestPaths.Fixture("modules", "beta.ko");

    private static string[] Others(TempDirectory tmp, string keep) =>
        Directory.GetFileSystemEntries(tmp.Path).Where(p => p != keep).Select(Path.GetFileName).ToArray()!;

    [Test]
    public void Output_WrittenWithSameBytesAsStdout()
    {
        using var tmp = new TempDirectory();
        string output = tmp["used.txt"];
        var toStdout = ToolRunner.Run("used", Alpha, Beta);
        var toFile = ToolRunner.Run("used", "-o", output, Alpha, Beta);
        Assert.Multiple(() =>
        {
            Assert.That(toFile.ExitCode, Is.EqualTo(0), toFile.Stderr);
            Assert.That(toFile.Stdout, Is.Empty);
            Assert.That(File.Exists(output), Is.True);
            Assert.That(File.ReadAllText(output), Is.EqualTo(toStdout.Stdout));
            Assert.That(Others(tmp, output), Is.Empty, "temporary files left behind");
        });
    }

    [Test]
    public void LongOption_Output_Works()
    {
        using var tmp = new TempDirectory();
        string output = tmp["autoksyms.h"];
        var r = ToolRunner.Run("used", "--format", "autoksyms", "--output", output, Alpha);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(File.ReadAllText(output), Does.StartWith("/*\n * Automatically generated file; DO NOT EDIT.\n */\n\n#define __KSYM_kfree 1\n"));
    }

    [Test]
    public void SecondIdenticalRun_LeavesMtimeUntouched()
    {
        using var tmp = new TempDirectory();
        string output = tmp["used.txt"];
        Assert.That(ToolRunner.Run("used", "-o", output, Alpha).ExitCode, Is.EqualTo(0));
        File.SetLastWriteTimeUtc(output, OldTime);
        long inode = new FileInfo(output).Length; // content length, to compare below
        var again = ToolRunner.Run("used", "-o", output, Alpha);
        Assert.Multiple(() =>
        {
            Assert.That(again.ExitCode, Is.EqualTo(0), again.Stderr);
            Assert.That(File.GetLastWriteTimeUtc(output), Is.EqualTo(OldTime), "an unchanged output was rewritten");
            Assert.That(new FileInfo(output).Length, Is.EqualTo(inode));
            Assert.That(Others(tmp, output), Is.Empty, "temporary files left behind");
        });
    }

    [Test]
    public void ChangedContent_ReplacesFile()
    {
        using var tmp = new TempDirectory();
        string output = tmp.Write("used.txt", "stale\ncontent\n");
        File.SetLastWriteTimeUtc(output, OldTime);
        var r = ToolRunner.Run("used", "-o", output, Alpha);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
            Assert.That(File.ReadAllText(output), Is.EqualTo("kfree\nkmalloc\nmutex_lock\nprintk\n"));
            Assert.That(File.GetLastWriteTimeUtc(output), Is.Not.EqualTo(OldTime));
            Assert.That(Others(tmp, output), Is.Empty, "temporary files left behind");
        });
    }

    [Test]
    public void SameLengthDifferentContent_ReplacesFile()
    {
        using var tmp = new TempDirectory();
        string output = tmp.Write("used.txt", "kfree\nkmalloc\nmutex_lock\nprintx\n");
        File.SetLastWriteTimeUtc(output, OldTime);
        var r = ToolRunner.Run("used", "-o", output, Alpha);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(File.ReadAllText(output), Is.EqualTo("kfree\nkmalloc\nmutex_lock\nprintk\n"));
    }

    [Test]
    public void UnreadableInput_WithoutKeepGoing_NoOutputFile()
    {
        using var tmp = new TempDirectory();
        string output = tmp["used.txt"];
        string bad = tmp.Write("empty.ko", "");
        var r = ToolRunner.Run("used", "-o", output, Alpha, bad);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1));
            Assert.That(File.Exists(output), Is.False, "output written despite an input error");
            Assert.That(r.StderrLines, Has.Length.EqualTo(1));
            Assert.That(Others(tmp, bad), Is.Empty, "temporary files left behind");
        });
    }

    [Test]
    public void UnreadableInput_WithoutKeepGoing_ExistingOutputUntouched()
    {
        using var tmp = new TempDirectory();
        string output = tmp.Write("used.txt", "previous\n");
        File.SetLastWriteTimeUtc(output, OldTime);
        var r = ToolRunner.Run("used", "-o", output, Alpha, "/nonexistent/ksymtrim/missing.ko");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(File.ReadAllText(output), Is.EqualTo("previous\n"));
        Assert.That(File.GetLastWriteTimeUtc(output), Is.EqualTo(OldTime));
    }

    [Test]
    public void UnreadableInput_WithKeepGoing_WrittenAndExitOne()
    {
        using var tmp = new TempDirectory();
        string output = tmp["used.txt"];
        string bad = tmp.Write("empty.ko", "");
        foreach (var flag in new[] { "--keep-going", "-k" })
        {
            if (File.Exists(output)) File.Delete(output);
            var r = ToolRunner.Run("used", flag, "-o", output, Alpha, bad);
            Assert.Multiple(() =>
            {
                Assert.That(r.ExitCode, Is.EqualTo(1), flag);
                Assert.That(File.Exists(output), Is.True, flag);
                Assert.That(File.ReadAllText(output), Is.EqualTo("kfree\nkmalloc\nmutex_lock\nprintk\n"), flag);
                Assert.That(r.StderrLines, Has.Length.EqualTo(1), flag);
                Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: " + bad + ": "), flag);
            });
        }
    }

    [Test]
    public void KeepGoing_ToStdout_StillPrintsTheRest()
    {
        var r = ToolRunner.Run("used", "--keep-going", Alpha, "/nonexistent/ksymtrim/missing.ko");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stdout, Is.EqualTo("kfree\nkmalloc\nmutex_lock\nprintk\n"));
    }

    [Test]
    public void NoKeepGoing_ToStdout_PrintsNothing()
    {
        var r = ToolRunner.Run("used", Alpha, "/nonexistent/ksymtrim/missing.ko");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void OutputInMissingFolder_IsAnErrorNotACrash()
    {
        var r = ToolRunner.Run("used", "-o", "/nonexistent/ksymtrim/dir/out.txt", Alpha);
        Assert.That(r.ExitCode, Is.Not.EqualTo(0));
        Assert.That(r.StderrLines, Has.Length.EqualTo(1));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: "));
        ToolAssert.NoStackTrace(r.Stderr);
    }
}
