using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;
using KsymTrim.Tests.Tool;

namespace KsymTrim.Tests.Kbuild;

[TestFixture]
public class ModuleInputsTests
{
    [Test]
    public void ModulesBelow_SortedOrdinal_OnlyModuleNames()
    {
        using var tmp = new TempDirectory();
        foreach (var rel in new[]
        {
            "b/z.ko", "b/a.ko", "B/x.ko", "a.ko", "_u.ko", "c/deep/er/m.ko.gz", "c/m.ko.xz", "c/n.ko.zst",
            "skip.o", "skip.ko.txt", "skip.kox", "skip.mod", "skip.ko.bak", "c/skip.a",
        })
            tmp.Write(rel, "x");
        var found = ModuleInputs.ModulesBelow(tmp.Path).Select(p => Path.GetRelativePath(tmp.Path, p)).ToArray();
        Assert.That(found, Is.EqualTo(new[]
        {
            "B/x.ko", "_u.ko", "a.ko", "b/a.ko", "b/z.ko", "c/deep/er/m.ko.gz", "c/m.ko.xz", "c/n.ko.zst",
        }));
    }

    [Test]
    public void ModulesBelow_EmptyDirectory_IsEmpty()
    {
        using var tmp = new TempDirectory();
        Assert.That(ModuleInputs.ModulesBelow(tmp.Path), Is.Empty);
    }

    [Test]
    public void Expand_FilesKeptAsGiven_DirectoriesExpanded_InArgumentOrder()
    {
        using var tmp = new TempDirectory();
        string z = tmp.Write("z.ko", "x");
        string d1 = tmp.Write("dir/b.ko", "x");
        string d2 = tmp.Write("dir/a.ko", "x");
        string missing = tmp["nothing-here.ko"];
        var result = ModuleInputs.Expand([z, tmp["dir"], missing]);
        Assert.That(result, Is.EqualTo(new[] { z, d2, d1, missing }), "files as given (even missing ones, to be reported later)");
    }

    [Test]
    public void Expand_AtFile_OneLinePerPath_BlankLinesSkipped()
    {
        using var tmp = new TempDirectory();
        string list = tmp.Write("list", "/x/one.ko\n\n  /x/two.o  \r\n/x/three.a\n");
        Assert.That(ModuleInputs.Expand(["@" + list]), Is.EqualTo(new[] { "/x/one.ko", "/x/two.o", "/x/three.a" }));
    }

    [Test]
    public void Expand_AtFile_Missing_Throws()
    {
        Assert.Throws<KsymFormatException>(() => ModuleInputs.Expand(["@/nonexistent/ksymtrim/list"]));
    }

    [Test]
    public void ModulesOrder_RelativeToItsFolder_AppendedAfterArguments()
    {
        using var tmp = new TempDirectory();
        string ko = tmp.Write("sub/drivers/a.ko", "x");
        string order = tmp.Write("sub/modules.order", "drivers/a.ko\n\n");
        var result = ModuleInputs.Expand(["/first.ko"], order);
        Assert.That(result, Is.EqualTo(new[] { "/first.ko", ko }));
    }

    [Test]
    public void ModulesOrder_Objtree()
    {
        using var tmp = new TempDirectory();
        string order = tmp.Write("modules.order", "drivers/a.ko\nfs/b.o\n");
        tmp.Write("obj/drivers/a.ko", "x");
        var result = ModuleInputs.ReadModulesOrder(order, tmp["obj"]);
        Assert.That(result, Is.EqualTo(new[] { Path.Combine(tmp["obj"], "drivers/a.ko"), Path.Combine(tmp["obj"], "fs/b.o") }));
    }

    [Test]
    public void ModulesOrder_AbsoluteLinesKept()
    {
        using var tmp = new TempDirectory();
        string abs = tmp.Write("abs/m.ko", "x");
        string order = tmp.Write("o/modules.order", abs + "\n");
        Assert.That(ModuleInputs.ReadModulesOrder(order), Is.EqualTo(new[] { abs }));
    }

    [Test]
    public void ModulesOrder_MissingKo_FallsBackToObject()
    {
        using var tmp = new TempDirectory();
        string order = tmp.Write("modules.order", "drivers/foo.ko\n");
        Assert.That(ModuleInputs.ReadModulesOrder(order), Is.EqualTo(new[] { tmp["drivers/foo.o"] }));
    }

    [TestCase(".gz")]
    [TestCase(".xz")]
    [TestCase(".zst")]
    public void ModulesOrder_MissingKo_FallsBackToCompressedKo(string ext)
    {
        using var tmp = new TempDirectory();
        string compressed = tmp.Write("drivers/foo.ko" + ext, "x");
        tmp.Write("drivers/foo.o", "x");
        string order = tmp.Write("modules.order", "drivers/foo.ko\n");
        Assert.That(ModuleInputs.ReadModulesOrder(order), Is.EqualTo(new[] { compressed }));
    }

    [Test]
    public void ModulesOrder_ExistingKo_Kept()
    {
        using var tmp = new TempDirectory();
        string ko = tmp.Write("foo.ko", "x");
        tmp.Write("foo.o", "x");
        tmp.Write("foo.ko.gz", "x");
        string order = tmp.Write("modules.order", "foo.ko\n");
        Assert.That(ModuleInputs.ReadModulesOrder(order), Is.EqualTo(new[] { ko }));
    }

    [Test]
    public void ModulesOrder_CrLfLines()
    {
        using var tmp = new TempDirectory();
        string ko = tmp.Write("a.ko", "x");
        string order = tmp.Write("modules.order", "a.ko\r\n");
        Assert.That(ModuleInputs.ReadModulesOrder(order), Is.EqualTo(new[] { ko }));
    }

    [Test]
    public void ModulesOrder_Missing_Throws()
    {
        Assert.Throws<KsymFormatException>(() => ModuleInputs.ReadModulesOrder("/nonexistent/ksymtrim/modules.order"));
    }

    [Test]
    public void Samples_ModulesOrder()
    {
        var result = ModuleInputs.ReadModulesOrder(Path.Combine(TestPaths.Samples, "modules.order"));
        Assert.That(result.Select(p => Path.GetRelativePath(TestPaths.Samples, p)), Is.EqualTo(new[]
        {
            "modules/hello.ko", "modules/netdemo.ko", "modules/blkdemo.ko.gz", "modules/crcdemo.ko",
        }));
        Assert.That(result, Has.All.Matches<string>(File.Exists));
    }
}
