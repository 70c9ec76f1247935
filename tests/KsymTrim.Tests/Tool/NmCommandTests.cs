using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

[TestFixture]
public class NmCommandTests
{
    private static string X86 => TestPaths.Fixture("x86_64", "symbols.o");
    private static string Alpha => TestPaths.Fixture("modules", "alpha.ko");
    private static string Beta => TestPaths.Fixture("modules", "beta.ko");

    // GNU nm -P (binutils 2.40) on out/x86_64/symbols.o, name and letter.
    private static readonly string[] GnuAll =
    [
        "__UNIQUE_ID_alias0 r", "__UNIQUE_ID_alias1 r", "__UNIQUE_ID_author r", "__UNIQUE_ID_depends r",
        "__UNIQUE_ID_description r", "__UNIQUE_ID_license r", "__UNIQUE_ID_vermagic r", "____versions r",
        "__kstrtab_exported_data r", "__kstrtab_exported_fn r", "__kstrtab_exported_gpl_fn r",
        "__kstrtabns_exported_data r", "__kstrtabns_exported_fn r", "__kstrtabns_exported_gpl_fn r",
        "__ksymtab_exported_data r", "__ksymtab_exported_fn r", "__ksymtab_exported_gpl_fn r",
        "__this_module U", "abs_sym A", "common_var C", "exported_data D", "exported_fn T", "exported_gpl_fn T",
        "global_bss B", "global_data D", "global_fn T", "global_rodata R", "ifunc_fn i", "ifunc_impl t",
        "ifunc_resolver t", "jiffies U", "kmalloc U", "mutex_lock U", "printk U", "static_bss b", "static_data d",
        "static_fn t", "the_lock B", "this_module_ref R", "weak_def_fn W", "weak_def_obj V", "weak_fn w", "weak_obj v",
    ];

    private static readonly string[] GnuUndefined =
        ["__this_module U", "jiffies U", "kmalloc U", "mutex_lock U", "printk U", "weak_fn w", "weak_obj v"];

    private static readonly string[] GnuExtern =
    [
        "__this_module U", "abs_sym A", "common_var C", "exported_data D", "exported_fn T", "exported_gpl_fn T",
        "global_bss B", "global_data D", "global_fn T", "global_rodata R", "ifunc_fn i", "jiffies U", "kmalloc U",
        "mutex_lock U", "printk U", "the_lock B", "this_module_ref R", "weak_def_fn W", "weak_def_obj V", "weak_fn w",
        "weak_obj v",
    ];

    private static readonly string[] GnuExternDefined =
    [
        "abs_sym A", "common_var C", "exported_data D", "exported_fn T", "exported_gpl_fn T", "global_bss B",
        "global_data D", "global_fn T", "global_rodata R", "ifunc_fn i", "the_lock B", "this_module_ref R",
        "weak_def_fn W", "weak_def_obj V",
    ];

    private static void AssertSortedByName(IEnumerable<string> lines)
    {
        var names = lines.Select(l => l[..l.LastIndexOf(' ')]).ToList();
        var sorted = names.ToList();
        sorted.Sort(StringComparer.Ordinal);
        Assert.That(names, Is.EqualTo(sorted), "lines are not sorted by name in ordinal order");
    }

    [Test]
    public void SingleFile_HasNoPrefix_AndMatchesGnuNm()
    {
        var r = ToolRunner.Run("nm", X86);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
            Assert.That(r.Stderr, Is.Empty);
            Assert.That(r.StdoutLines, Is.EqualTo(GnuAll));
            Assert.That(r.Stdout, Does.Not.Contain(": "));
            Assert.That(r.Stdout, Does.EndWith("\n"));
        });
    }

    [Test]
    public void SingleModule_LinesSortedOrdinal_NoPrefix()
    {
        var r = ToolRunner.Run("nm", Alpha);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Has.All.Match(@"^[^ :]+ [A-Za-z]$"));
        AssertSortedByName(r.StdoutLines);
        Assert.That(r.StdoutLines, Does.Contain("printk U").And.Contain("alpha_helper T").And.Contain("__this_module D"));
    }

    [Test]
    public void UndefinedOnly_ShowsUndefinedAndWeakUndefined()
    {
        var shortForm = ToolRunner.Run("nm", "-u", X86);
        var longForm = ToolRunner.Run("nm", "--undefined-only", X86);
        Assert.Multiple(() =>
        {
            Assert.That(shortForm.ExitCode, Is.EqualTo(0), shortForm.Stderr);
            Assert.That(shortForm.StdoutLines, Is.EqualTo(GnuUndefined));
            Assert.That(longForm.Stdout, Is.EqualTo(shortForm.Stdout));
        });
    }

    [Test]
    public void ExternOnly_DropsLocals()
    {
        var shortForm = ToolRunner.Run("nm", "-g", X86);
        var longForm = ToolRunner.Run("nm", "--extern-only", X86);
        Assert.Multiple(() =>
        {
            Assert.That(shortForm.ExitCode, Is.EqualTo(0), shortForm.Stderr);
            Assert.That(shortForm.StdoutLines, Is.EqualTo(GnuExtern));
            Assert.That(longForm.Stdout, Is.EqualTo(shortForm.Stdout));
        });
    }

    [Test]
    public void DefinedOnly_HasNoUndefined()
    {
        var r = ToolRunner.Run("nm", "--defined-only", X86);
        var expected = GnuAll.Where(l => !GnuUndefined.Contains(l)).ToArray();
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(expected));
    }

    [Test]
    public void DefinedOnly_WithExternOnly()
    {
        var r = ToolRunner.Run("nm", "--defined-only", "-g", X86);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(GnuExternDefined));
    }

    [Test]
    public void UndefinedOnly_WithDefinedOnly_IsUsageError()
    {
        var r = ToolRunner.Run("nm", "-u", "--defined-only", X86);
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(2));
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(r.Stderr, Does.StartWith("ksymtrim: error: "));
        });
        ToolAssert.NoStackTrace(r.Stderr);
    }

    [Test]
    public void SeveralFiles_EveryLinePrefixedWithPath()
    {
        var r = ToolRunner.Run("nm", "-u", Alpha, Beta);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[]
        {
            Alpha + ": kfree U", Alpha + ": kmalloc U", Alpha + ": mutex_lock U", Alpha + ": printk U",
            Beta + ": alpha_helper U", Beta + ": jiffies U", Beta + ": printk U", Beta + ": queue_work U",
        }));
    }

    [Test]
    public void SeveralFiles_EachBlockSortedByName()
    {
        var r = ToolRunner.Run("nm", Alpha, Beta, X86);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        foreach (var path in new[] { Alpha, Beta, X86 })
        {
            var block = r.StdoutLines.Where(l => l.StartsWith(path + ": ", StringComparison.Ordinal))
                .Select(l => l[(path.Length + 2)..]).ToList();
            Assert.That(block, Is.Not.Empty, path);
            AssertSortedByName(block);
        }
        Assert.That(r.StdoutLines.Count(l => l.StartsWith(X86 + ": ", StringComparison.Ordinal)), Is.EqualTo(GnuAll.Length));
        Assert.That(r.StdoutLines, Has.All.Match(@"^/.+: [^ ]+ [A-Za-z]$"));
    }

    [TestCase("gnu.a", "m1.o", "m2.o", "m3.o")]
    [TestCase("thin.a", "members/m1.o", "members/m2.o", "members/m3.o")]
    [TestCase("bsd.a", "a_very_long_member_name_one.o", "a_very_long_member_name_two.o", "m3.o")]
    public void Archive_LinesPrefixedWithArchiveAndMember(string archive, string m1, string m2, string m3)
    {
        string path = TestPaths.Fixture("archives", archive);
        var r = ToolRunner.Run("nm", path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[]
        {
            $"{path}[{m1}]: m1_counter D", $"{path}[{m1}]: shared_fn T",
            $"{path}[{m2}]: m2_entry T", $"{path}[{m2}]: printk U", $"{path}[{m2}]: shared_fn U",
            $"{path}[{m3}]: kfree U", $"{path}[{m3}]: kmalloc U", $"{path}[{m3}]: m3_alloc T", $"{path}[{m3}]: m3_hook W",
        }));
    }

    [TestCase("gnu.a")]
    [TestCase("gnu-longnames.a")]
    [TestCase("sym64.a")]
    [TestCase("bsd.a")]
    [TestCase("thin.a")]
    [TestCase("nested-thin.a")]
    public void Archive_MatchesLlvmNmGolden(string archive)
    {
        // The goldens are llvm-nm -A -P run inside out/archives; run ours there too, with a relative path.
        string folder = TestPaths.Fixture("archives");
        var golden = File.ReadAllLines(Path.Combine(folder, archive + ".llvm-nm.txt"))
            .Where(l => l.Length > 0).Select(l => string.Join(' ', l.Split(' ').Take(3))).ToList();
        var r = ToolRunner.Run("nm", Path.Combine(folder, archive));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var ours = r.StdoutLines.Select(l => l[(folder.Length + 1)..]).ToList();
        if (archive == "nested-thin.a")
        {
            // llvm-nm skips the nested archive; a reader that flattens it also lists m2 and m3 after m1.
            Assert.That(ours.Take(golden.Count), Is.EqualTo(golden));
            return;
        }
        Assert.That(ours, Is.EqualTo(golden));
    }

    [Test]
    public void Archive_UndefinedOnly_KeepsMemberPrefix()
    {
        string path = TestPaths.Fixture("archives", "gnu.a");
        var r = ToolRunner.Run("nm", "-u", path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.StdoutLines, Is.EqualTo(new[]
        {
            $"{path}[m2.o]: printk U", $"{path}[m2.o]: shared_fn U", $"{path}[m3.o]: kfree U", $"{path}[m3.o]: kmalloc U",
        }));
    }

    [Test]
    public void CompressedModule_SameSymbolsAsUncompressed()
    {
        var plain = ToolRunner.Run("nm", Beta);
        foreach (var ext in new[] { ".gz", ".xz", ".zst" })
        {
            var r = ToolRunner.Run("nm", Beta + ext);
            Assert.That(r.ExitCode, Is.EqualTo(0), ext + ": " + r.Stderr);
            Assert.That(r.Stdout, Is.EqualTo(plain.Stdout), ext);
        }
    }

    [Test]
    public void MissingFile_ExitOne_OneErrorLine()
    {
        var r = ToolRunner.Run("nm", "/nonexistent/ksymtrim/none.ko");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.StderrLines, Has.Length.EqualTo(1));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: /nonexistent/ksymtrim/none.ko: "));
        ToolAssert.NoStackTrace(r.Stderr);
    }
}
