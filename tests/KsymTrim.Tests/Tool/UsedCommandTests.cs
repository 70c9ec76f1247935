using System.Text.Json;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

[TestFixture]
public class UsedCommandTests
{
    private const string Header = "/*\n * Automatically generated file; DO NOT EDIT.\n */\n\n";

    private static string Sample(string name) => Path.Combine(TestPaths.Samples, name);
    private static string Mod(string name) => TestPaths.Fixture("modules", name);

    private static string[] SampleArgs(params string[] extra) =>
        ["used", "--modules-order", Sample("modules.order"), "--config", Sample("auto.conf"), .. extra];

    private static string[] Expected => File.ReadAllText(Sample("used.expected.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void Samples_ListEqualsGolden()
    {
        var r = ToolRunner.Run(SampleArgs());
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
            Assert.That(r.Stderr, Is.Empty);
            Assert.That(r.Stdout, Is.EqualTo(File.ReadAllText(Sample("used.expected.txt"))));
        });
    }

    [Test]
    public void Samples_ExplicitListFormat_IsDefault()
    {
        var a = ToolRunner.Run(SampleArgs());
        var b = ToolRunner.Run(SampleArgs("--format", "list"));
        Assert.That(b.ExitCode, Is.EqualTo(0), b.Stderr);
        Assert.That(b.Stdout, Is.EqualTo(a.Stdout));
    }

    [Test]
    public void Samples_WithSymvers_DropsWhatIsNotExported()
    {
        var r = ToolRunner.Run(SampleArgs("--symvers", Sample("Module.symvers")));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        // crc32_le is deliberately missing from samples/Module.symvers; module_layout is listed there.
        Assert.That(r.StdoutLines, Is.EqualTo(Expected.Where(s => s != "crc32_le").ToArray()));
    }

    [Test]
    public void Samples_Autoksyms_IsHeaderThenDefines()
    {
        var r = ToolRunner.Run(SampleArgs("--format", "autoksyms"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        string expected = Header + string.Concat(Expected.Select(s => "#define __KSYM_" + s + " 1\n"));
        Assert.That(r.Stdout, Is.EqualTo(expected));
    }

    [Test]
    public void Samples_Kmi_IsSectionThenIndentedNames()
    {
        var r = ToolRunner.Run(SampleArgs("--format", "kmi"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        string expected = "[abi_symbol_list]\n" + string.Concat(Expected.Select(s => "  " + s + "\n"));
        Assert.That(r.Stdout, Is.EqualTo(expected));
    }

    [Test]
    public void Samples_Json_ParsesAndMatchesList()
    {
        var r = ToolRunner.Run(SampleArgs("--format", "json"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        var symbols = root.GetProperty("symbols").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(symbols.Select(s => s.GetProperty("name").GetString()).ToArray(), Is.EqualTo(Expected));
            Assert.That(root.GetProperty("modules").GetInt32(), Is.EqualTo(4));
            Assert.That(root.GetProperty("errors").GetArrayLength(), Is.EqualTo(0));
            foreach (var s in symbols)
                Assert.That(s.GetProperty("modules").GetArrayLength(), Is.GreaterThan(0), s.GetProperty("name").GetString());
        });
        var printk = symbols.Single(s => s.GetProperty("name").GetString() == "printk");
        var printkModules = printk.GetProperty("modules").EnumerateArray().Select(m => m.GetString()!).ToList();
        // hello, netdemo and blkdemo call printk, in modules.order order; crcdemo does not.
        Assert.That(printkModules.Select(Path.GetFileName), Is.EqualTo(new[] { "hello.ko", "netdemo.ko", "blkdemo.ko.gz" }));
        var crc = symbols.Single(s => s.GetProperty("name").GetString() == "crc32_le");
        Assert.That(crc.GetProperty("modules").EnumerateArray().Select(m => Path.GetFileName(m.GetString())), Is.EqualTo(new[] { "crcdemo.ko" }));
    }

    [Test]
    public void Json_ErrorsListedWithKeepGoing()
    {
        string missing = "/nonexistent/ksymtrim/missing.ko";
        var r = ToolRunner.Run("used", "--format", "json", "--keep-going", Mod("alpha.ko"), missing);
        Assert.That(r.ExitCode, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(r.Stdout);
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].GetProperty("path").GetString(), Is.EqualTo(missing));
        Assert.That(doc.RootElement.GetProperty("modules").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void FixtureModules_EqualGolden()
    {
        var r = ToolRunner.Run("used", "--modules-order", Mod("modules.order"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Is.EqualTo(File.ReadAllText(Mod("used.expected.txt"))));
    }

    [Test]
    public void Symvers_DropsQueueWork()
    {
        var without = ToolRunner.Run("used", "--modules-order", Mod("modules.order"));
        var with = ToolRunner.Run("used", "--modules-order", Mod("modules.order"), "--symvers", Mod("Module.symvers"));
        Assert.That(without.StdoutLines, Does.Contain("queue_work"));
        Assert.That(with.ExitCode, Is.EqualTo(0), with.Stderr);
        Assert.That(with.StdoutLines, Is.EqualTo(new[] { "alpha_helper", "jiffies", "kfree", "kmalloc", "mutex_lock", "printk" }));
    }

    [Test]
    public void Whitelist_AddsNames_SpaceAndNewlineSeparated_BlankIgnored()
    {
        using var tmp = new TempDirectory();
        string wl = tmp.Write("whitelist", "zz_extra_one  zz_extra_two\n\n   \nzz_extra_three\n \n");
        var r = ToolRunner.Run("used", "--whitelist", wl, Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[]
        {
            "kfree", "kmalloc", "mutex_lock", "printk", "zz_extra_one", "zz_extra_three", "zz_extra_two",
        }));
        Assert.That(r.Stdout, Does.Not.Contain("\n\n"));
    }

    [Test]
    public void Whitelist_DuplicatesOfUsedNames_AppearOnce()
    {
        using var tmp = new TempDirectory();
        string wl = tmp.Write("whitelist", "printk printk\nkfree\n");
        var r = ToolRunner.Run("used", "--whitelist", wl, Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[] { "kfree", "kmalloc", "mutex_lock", "printk" }));
    }

    [Test]
    public void Whitelist_LeadingDotStripped()
    {
        using var tmp = new TempDirectory();
        string wl = tmp.Write("whitelist", ".dotted_entry\n");
        var r = ToolRunner.Run("used", "--whitelist", wl, Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Does.Contain("dotted_entry"));
        Assert.That(r.StdoutLines, Does.Not.Contain(".dotted_entry"));
    }

    [Test]
    public void Ppc64DotSymbols_ReportedWithoutDot()
    {
        string file = Path.Combine(TestPaths.Corpus, "bad-inputs", "be-ppc64-dotsyms.o");
        if (!File.Exists(file)) Assert.Ignore($"{file} is absent");
        var nm = ToolRunner.Run("nm", "-u", file);
        Assert.That(nm.StdoutLines, Does.Contain(".printk U"), "precondition: the object has a dotted undefined symbol");
        var r = ToolRunner.Run("used", file);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[] { "mutex_lock", "printk" }));
    }

    [Test]
    public void ThisModule_NeverAppears()
    {
        string x86 = TestPaths.Fixture("x86_64", "symbols.o");
        Assert.That(ToolRunner.Run("nm", "-u", x86).StdoutLines, Does.Contain("__this_module U"), "precondition");
        using var tmp = new TempDirectory();
        string wl = tmp.Write("whitelist", "__this_module\n");
        foreach (var format in new[] { "list", "autoksyms", "kmi", "json" })
        {
            var r = ToolRunner.Run("used", "--format", format, "--whitelist", wl, x86);
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
            Assert.That(r.Stdout, Does.Not.Contain("__this_module"), format);
            Assert.That(r.Stdout, Does.Contain("printk"), format);
        }
    }

    [Test]
    public void X86Object_UsedIsUndefinedStrongSymbols()
    {
        var r = ToolRunner.Run("used", TestPaths.Fixture("x86_64", "symbols.o"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        // The kernel's way: nm's U lines only (weak undefined w/v are not needed), minus __this_module.
        Assert.That(r.StdoutLines, Is.EqualTo(new[] { "jiffies", "kmalloc", "mutex_lock", "printk" }));
    }

    [Test]
    public void WithoutConfig_NoModuleLayout()
    {
        var r = ToolRunner.Run("used", "--modules-order", Sample("modules.order"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Does.Not.Contain("module_layout"));
        Assert.That(r.StdoutLines, Is.EqualTo(Expected.Where(s => s != "module_layout").ToArray()));
    }

    [TestCase("CONFIG_MODVERSIONS=n\n")]
    [TestCase("# CONFIG_MODVERSIONS is not set\n")]
    [TestCase("CONFIG_MODVERSIONS=\"y\"\n")]
    [TestCase("CONFIG_MODVERSIONS=yes\n")]
    public void ConfigWithoutModversionsY_NoModuleLayout(string config)
    {
        using var tmp = new TempDirectory();
        string conf = tmp.Write("auto.conf", config);
        var r = ToolRunner.Run("used", "--config", conf, Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Does.Not.Contain("module_layout"));
    }

    [Test]
    public void ConfigModversions_AddsModuleLayout_InSortedPosition()
    {
        using var tmp = new TempDirectory();
        string conf = tmp.Write("auto.conf", "CONFIG_FOO=y\r\nCONFIG_MODVERSIONS=y\r\n");
        var r = ToolRunner.Run("used", "--config", conf, Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[] { "kfree", "kmalloc", "module_layout", "mutex_lock", "printk" }));
    }

    [Test]
    public void List_IsOrdinalSorted_AndUnique()
    {
        var r = ToolRunner.Run("used", TestPaths.Fixtures + "/modules");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var lines = r.StdoutLines;
        var sorted = lines.Distinct().ToList();
        sorted.Sort(StringComparer.Ordinal);
        Assert.That(lines, Is.EqualTo(sorted));
        // Uppercase and '_' sort before lowercase in byte order.
        Assert.That(lines[0], Is.EqualTo("__fentry__"));
    }

    [Test]
    public void MissingAuxiliaryFile_IsAnErrorNotACrash()
    {
        var r = ToolRunner.Run("used", "--symvers", "/nonexistent/ksymtrim/Module.symvers", Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stdout, Is.Empty);
        Assert.That(r.StderrLines, Has.Length.EqualTo(1));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: /nonexistent/ksymtrim/Module.symvers: "));
        ToolAssert.NoStackTrace(r.Stderr);
    }
}
