using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

[TestFixture]
public class InputsTests
{
    private static string Mod(string name) => TestPaths.Fixture("modules", name);
    private static readonly string[] AlphaUsed = ["kfree", "kmalloc", "mutex_lock", "printk"];
    private static readonly string[] BetaUsed = ["alpha_helper", "jiffies", "printk", "queue_work"];

    private static string[] Union(params string[][] sets)
    {
        var all = sets.SelectMany(s => s).Distinct().ToList();
        all.Sort(StringComparer.Ordinal);
        return [.. all];
    }

    private static List<string> JsonModules(string json, string symbol)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("symbols").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == symbol)
            .GetProperty("modules").EnumerateArray().Select(m => m.GetString()!).ToList();
    }

    private static int JsonModuleCount(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("modules").GetInt32();
    }

    [Test]
    public void Directory_ReadsKoAndCompressedKoBelow_AndNothingElse()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("alpha.ko"), "a/alpha.ko");
        tmp.Copy(Mod("beta.ko.gz"), "b/deeper/beta.ko.gz");
        tmp.Copy(Mod("beta.ko.xz"), "c/beta2.ko.xz");
        tmp.Copy(Mod("beta.ko.zst"), "c/beta3.ko.zst");
        tmp.Copy(Mod("gamma.ko"), "c/gamma.o");           // not a .ko: ignored
        tmp.Write("c/notes.ko.txt", "not a module");       // not a module name: ignored
        tmp.Write("c/garbage.kobj", "not a module");       // not a module name: ignored
        var r = ToolRunner.Run("used", "--format", "json", tmp.Path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(JsonModuleCount(r.Stdout), Is.EqualTo(4));
        var list = ToolRunner.Run("used", tmp.Path);
        Assert.That(list.StdoutLines, Is.EqualTo(Union(AlphaUsed, BetaUsed)));
        // Module attribution follows byte order of the paths below the directory.
        Assert.That(JsonModules(r.Stdout, "printk"), Is.EqualTo(new[]
        {
            tmp["a/alpha.ko"], tmp["b/deeper/beta.ko.gz"], tmp["c/beta2.ko.xz"], tmp["c/beta3.ko.zst"],
        }));
    }

    [Test]
    public void Directory_SymlinkLoop_EachModuleOnce()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("alpha.ko"), "a/alpha.ko");
        Directory.CreateSymbolicLink(tmp["a/loop"], "..");
        var task = Task.Run(() => ToolRunner.Run("used", "--format", "json", tmp.Path));
        Assert.That(task.Wait(TimeSpan.FromSeconds(20)), Is.True, "directory expansion did not finish");
        var r = task.Result;
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        // find(1), the kernel's way, does not follow the link: the one module is read once.
        Assert.That(JsonModuleCount(r.Stdout), Is.EqualTo(1));
        Assert.That(JsonModules(r.Stdout, "printk"), Is.EqualTo(new[] { tmp["a/alpha.ko"] }));
    }

    [Test]
    public void Directory_ForNm_ListsModulesInByteOrder()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("beta.ko"), "B.ko");
        tmp.Copy(Mod("alpha.ko"), "a.ko");
        tmp.Copy(Mod("gamma.ko"), "_g.ko");
        var r = ToolRunner.Run("nm", "-u", tmp.Path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var files = r.StdoutLines.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).Distinct().ToArray();
        Assert.That(files, Is.EqualTo(new[] { tmp["B.ko"], tmp["_g.ko"], tmp["a.ko"] }));
    }

    [Test]
    public void AtFile_ListsModules()
    {
        using var tmp = new TempDirectory();
        string list = tmp.Write("list.txt", Mod("beta.ko") + "\n\n" + Mod("alpha.ko") + "\n");
        var r = ToolRunner.Run("used", "--format", "json", "@" + list);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(JsonModuleCount(r.Stdout), Is.EqualTo(2));
        Assert.That(JsonModules(r.Stdout, "printk"), Is.EqualTo(new[] { Mod("beta.ko"), Mod("alpha.ko") }));
        Assert.That(ToolRunner.Run("used", "@" + list).StdoutLines, Is.EqualTo(Union(AlphaUsed, BetaUsed)));
    }

    [Test]
    public void AtFile_PathWithSpace_IsOnePath()
    {
        using var tmp = new TempDirectory();
        string spaced = tmp.Copy(Mod("alpha.ko"), "with space/alpha module.ko");
        string list = tmp.Write("list.txt", spaced + "\n");
        var r = ToolRunner.Run("used", "@" + list);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(AlphaUsed));
    }

    [Test]
    public void AtFile_Missing_IsErrorExitOne()
    {
        var r = ToolRunner.Run("used", "@/nonexistent/ksymtrim/list.txt");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.StderrLines, Has.Length.EqualTo(1));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: /nonexistent/ksymtrim/list.txt: "));
        ToolAssert.NoStackTrace(r.Stderr);
    }

    [Test]
    public void ModulesOrder_LinesRelativeToItsFolder()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("alpha.ko"), "drivers/x/alpha.ko");
        tmp.Copy(Mod("beta.ko"), "fs/beta.ko");
        string order = tmp.Write("modules.order", "drivers/x/alpha.ko\nfs/beta.ko\n");
        var r = ToolRunner.Run("used", "--modules-order", order);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(Union(AlphaUsed, BetaUsed)));
    }

    [Test]
    public void ModulesOrder_ObjtreeOverridesFolder()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("alpha.ko"), "obj/drivers/alpha.ko");
        // A decoy next to modules.order that must not be read.
        tmp.Copy(Mod("beta.ko"), "src/drivers/alpha.ko");
        string order = tmp.Write("src/modules.order", "drivers/alpha.ko\n");
        var r = ToolRunner.Run("used", "--modules-order", order, "--objtree", tmp["obj"]);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(AlphaUsed));
    }

    [Test]
    public void ModulesOrder_MissingKo_ReadsObjectOfSameStem()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("alpha.ko"), "drivers/foo.o");
        string order = tmp.Write("modules.order", "drivers/foo.ko\n");
        var r = ToolRunner.Run("used", "--modules-order", order);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(AlphaUsed));
    }

    [Test]
    public void ModulesOrder_OLines_AreRead()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("beta.ko"), "bar.o");
        string order = tmp.Write("modules.order", "bar.o\n");
        var r = ToolRunner.Run("used", "--modules-order", order);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(BetaUsed));
    }

    [Test]
    public void ModulesOrder_PresentKo_PreferredOverObject()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Mod("alpha.ko"), "foo.ko");
        tmp.Copy(Mod("beta.ko"), "foo.o");
        string order = tmp.Write("modules.order", "foo.ko\n");
        var r = ToolRunner.Run("used", "--modules-order", order);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(AlphaUsed));
    }

    [Test]
    public void ModulesOrder_NeitherKoNorObject_IsErrorExitOne()
    {
        using var tmp = new TempDirectory();
        string order = tmp.Write("modules.order", "gone.ko\n");
        var r = ToolRunner.Run("used", "--modules-order", order);
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.StderrLines, Has.Length.EqualTo(1));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: "));
        ToolAssert.NoStackTrace(r.Stderr);
    }

    [Test]
    public void Archive_IsOneModule_InternalReferencesResolved()
    {
        foreach (var name in new[] { "gnu.a", "thin.a", "bsd.a", "gnu-longnames.a", "sym64.a" })
        {
            string a = TestPaths.Fixture("archives", name);
            var r = ToolRunner.Run("used", "--format", "json", a);
            Assert.That(r.ExitCode, Is.EqualTo(0), name + ": " + r.Stderr);
            Assert.That(JsonModuleCount(r.Stdout), Is.EqualTo(1), name);
            var list = ToolRunner.Run("used", a);
            // m2 calls shared_fn, which m1 defines: resolved inside the module.
            Assert.That(list.StdoutLines, Is.EqualTo(new[] { "kfree", "kmalloc", "printk" }), name);
        }
    }

    [Test]
    public void MemberObject_Alone_NeedsSharedFn()
    {
        var r = ToolRunner.Run("used", TestPaths.Fixture("archives", "members", "m2.o"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[] { "printk", "shared_fn" }));
    }

    [Test]
    public void Jobs_OneAndFour_GiveIdenticalBytes()
    {
        using var tmp = new TempDirectory();
        int copied = 0;
        string bad = Path.Combine(TestPaths.Corpus, "bad-inputs");
        if (Directory.Exists(bad))
            foreach (var f in Directory.GetFiles(bad, "*.orig.ko"))
            {
                tmp.Copy(f, Path.Combine("corpus", Path.GetFileName(f)));
                copied++;
            }
        foreach (var f in Directory.GetFiles(TestPaths.Fixture("modules"), "*.ko*").Where(f => !f.EndsWith(".txt", StringComparison.Ordinal)))
            tmp.Copy(f, Path.Combine("fixtures", Path.GetFileName(f)));
        if (copied == 0) Assert.Ignore("no *.orig.ko in the corpus's bad-inputs; only fixtures would be compared");

        foreach (var args in new[]
        {
            new[] { "used", "--format", "json" },
            ["used", "--format", "autoksyms"],
            ["refs", "--format", "tsv"],
            ["nm"],
        })
        {
            var one = ToolRunner.Run([.. args, "--jobs", "1", tmp.Path]);
            var four = ToolRunner.Run([.. args, "--jobs", "4", tmp.Path]);
            var many = ToolRunner.Run([.. args, "-j", "16", tmp.Path]);
            string what = string.Join(' ', args);
            Assert.Multiple(() =>
            {
                Assert.That(one.ExitCode, Is.EqualTo(0), what + ": " + one.Stderr);
                Assert.That(one.Stdout, Is.Not.Empty, what);
                Assert.That(four.Stdout, Is.EqualTo(one.Stdout), what + " --jobs 4");
                Assert.That(many.Stdout, Is.EqualTo(one.Stdout), what + " -j 16");
            });
        }
    }
}
