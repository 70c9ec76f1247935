using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;
using KsymTrim.Tests.Tool;

namespace KsymTrim.Tests.Kbuild;

/// <summary>
/// <c>gen-autoksyms</c> against the kernel's own way on a kernel-like object tree (Fixtures/out/kbuild, built by
/// build.sh): a Clang LTO build before modpost with a thin-archive module of bitcode members, a single-object
/// bitcode module, a module known only by its .mod member list, a native .ko, CONFIG_MODVERSIONS and a relative
/// CONFIG_UNUSED_KSYMS_WHITELIST under the source tree. expected-autoksyms.h is what kbuild 5.15-6.4 would write:
/// each module linked by ld.lld -r (ThinLTO backend), nm's U lines, gen_autoksyms.sh's rules.
/// </summary>
[TestFixture]
[NonParallelizable] // one test changes the process's current folder, as make would for the script
public class GenAutoksymsTests
{
    private static readonly DateTime OldTime = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
    private static string Tree => TestPaths.Fixture("kbuild");

    /// <summary>A copy of the fixture tree (so that outputs land in a temp folder): objtree/ and srctree/.</summary>
    private static TempDirectory CopyTree()
    {
        var tmp = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(Tree, "*", SearchOption.AllDirectories))
            tmp.Copy(file, Path.GetRelativePath(Tree, file));
        return tmp;
    }

    /// <summary>Deletes <paramref name="path"/> from the copied tree, then runs gen-autoksyms on it.</summary>
    private static (ToolResult Result, string Output) RunWithout(TempDirectory tmp, string path)
    {
        File.Delete(tmp[path]);
        string output = tmp["autoksyms.h"];
        return (ToolRunner.Run("gen-autoksyms", "--objtree", tmp["objtree"], "--srctree", tmp["srctree"], output), output);
    }

    [Test]
    public void Writes_what_the_kernel_writes_byte_for_byte_and_leaves_an_unchanged_file_alone()
    {
        using var tmp = CopyTree();
        string obj = tmp["objtree"], output = tmp["objtree/include/generated/autoksyms.h"];
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var first = ToolRunner.Run("gen-autoksyms", "--objtree", obj, "--srctree", tmp["srctree"], output);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Stderr);
        Assert.That(first.Stderr, Is.Empty);
        Assert.That(File.ReadAllBytes(output), Is.EqualTo(File.ReadAllBytes(tmp["expected-autoksyms.h"])),
            "autoksyms.h differs from the kernel's:\n" + File.ReadAllText(output));

        File.SetLastWriteTimeUtc(output, OldTime);
        var second = ToolRunner.Run("gen-autoksyms", "--objtree", obj, "--srctree", tmp["srctree"], "--modorder", output);
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Stderr);
        Assert.That(File.GetLastWriteTimeUtc(output), Is.EqualTo(OldTime), "an unchanged header was rewritten");
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(output)!), Has.Length.EqualTo(1), "temporary files left behind");
    }

    [Test]
    public void The_fixture_exercises_what_llvm_nm_misses()
    {
        // The tree is only a test if the kernel's answer holds symbols that the bitcode symbol tables lack.
        var expected = File.ReadAllText(Path.Combine(Tree, "expected-autoksyms.h"));
        foreach (var name in new[] { "memcpy", "memset", "__fentry__", "__stack_chk_fail", "__sw_hweight32", "module_layout",
                     "kernel_extra_symbol", "dotted_entry", "msleep", "register_filesystem" })
            Assert.That(expected, Does.Contain($"#define __KSYM_{name} 1\n"), name);
        Assert.That(expected, Does.Not.Contain("__this_module"));
        Assert.That(expected, Does.Not.Contain("alpha_helper"), "defined by the other member of the module");
    }

    [Test]
    public void Runs_in_the_object_tree_like_the_script()
    {
        using var tmp = CopyTree();
        string output = tmp["autoksyms.h"];
        var old = Environment.CurrentDirectory;
        var oldSrc = Environment.GetEnvironmentVariable("abs_srctree");
        try
        {
            Environment.CurrentDirectory = tmp["objtree"];
            Environment.SetEnvironmentVariable("abs_srctree", tmp["srctree"]);
            var r = ToolRunner.Run("gen-autoksyms", output);
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        }
        finally
        {
            Environment.CurrentDirectory = old;
            Environment.SetEnvironmentVariable("abs_srctree", oldSrc);
        }
        Assert.That(File.ReadAllText(output), Is.EqualTo(File.ReadAllText(tmp["expected-autoksyms.h"])));
    }

    [Test]
    public void A_missing_whitelist_is_an_error_and_writes_nothing()
    {
        using var tmp = CopyTree();
        var (r, output) = RunWithout(tmp, "srctree/android/ksym-wl.txt");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stderr, Does.Contain("whitelist file not found"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void A_missing_module_object_is_an_error_and_writes_nothing()
    {
        using var tmp = CopyTree();
        var (r, output) = RunWithout(tmp, "objtree/drivers/beta/beta.o");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stderr, Does.Contain("beta.o"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void Without_modules_order_only_modversions_and_the_whitelist_remain()
    {
        using var tmp = CopyTree();
        var (r, output) = RunWithout(tmp, "objtree/modules.order");
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(File.ReadAllText(output), Is.EqualTo(UsedSymbolsWriter.AutoksymsHeader +
            "#define __KSYM_another_extra 1\n#define __KSYM_dotted_entry 1\n#define __KSYM_kernel_extra_symbol 1\n#define __KSYM_module_layout 1\n"));
    }

    [TestCase("/abs/wl.txt", "/abs/wl.txt")]
    [TestCase("$srctree/wl.txt", "SRC/wl.txt")]
    [TestCase("${abs_srctree}/x/wl.txt", "SRC/x/wl.txt")]
    [TestCase("wl.txt", "SRC/wl.txt")]
    [TestCase("in-obj.txt", "OBJ/in-obj.txt")]
    public void Whitelist_paths_resolve_as_the_script_resolves_them(string value, string expected)
    {
        using var tmp = new TempDirectory();
        string obj = tmp["OBJ"], src = tmp["SRC"];
        tmp.Write("OBJ/in-obj.txt", "a\n");
        string want = expected.StartsWith('/') ? expected : tmp[expected];
        if (!want.StartsWith(tmp.Path, StringComparison.Ordinal))
        {
            // an absolute path outside the temp folder: only its resolution is checked, so it must not exist
            var e = Assert.Throws<KsymFormatException>(() =>
                GenAutoksyms.ResolveWhitelist(KconfigValues.Parse($"CONFIG_UNUSED_KSYMS_WHITELIST=\"{value}\"\n"), obj, src));
            Assert.That(e!.Message, Does.Contain(expected));
            return;
        }
        tmp.Write(Path.GetRelativePath(tmp.Path, want), "a\n");
        var config = KconfigValues.Parse($"CONFIG_UNUSED_KSYMS_WHITELIST=\"{value}\"\n");
        Assert.That(GenAutoksyms.ResolveWhitelist(config, obj, src), Is.EqualTo(want));
    }

    [Test]
    public void An_empty_whitelist_option_means_none()
    {
        Assert.That(GenAutoksyms.ResolveWhitelist(KconfigValues.Parse("CONFIG_UNUSED_KSYMS_WHITELIST=\"\"\n"), "/o", "/s"), Is.Null);
        Assert.That(GenAutoksyms.ResolveWhitelist(KconfigValues.Empty, "/o", "/s"), Is.Null);
    }

    [TestCase("drivers/a/x.o drivers/a/y.o\nkfree printk\n\n", new[] { "drivers/a/x.o", "drivers/a/y.o" })] // 5.4-5.18
    [TestCase("drivers/a/x.o\nkfree\n", new[] { "drivers/a/x.o" })]                                         // one symbol, not an object
    [TestCase("drivers/a/x.o\ndrivers/a/y.o\n", new[] { "drivers/a/x.o", "drivers/a/y.o" })]                // 5.19+
    [TestCase("drivers/a/x.o\ndrivers/a/x.o\n", new[] { "drivers/a/x.o" })]
    [TestCase("", new string[0])]
    public void Mod_files_of_both_layouts_give_their_members(string text, string[] members) =>
        Assert.That(KbuildModFile.Parse(text), Is.EqualTo(members));
}
