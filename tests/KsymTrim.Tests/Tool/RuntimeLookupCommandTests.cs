using System.Text.Json;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

/// <summary>
/// What the commands do with exports looked up by name at run time (CONTRACT.md: refs, used
/// <c>--no-runtime-lookups</c>, explain, gen-autoksyms, Warnings), on the lookups fixtures (Fixtures/src/lookups):
/// a native x86_64 object and the same source as ThinLTO bitcode. The analyses themselves are tested per
/// architecture in Elf/RuntimeLookupTests and Bitcode/RuntimeLookupTests.
/// </summary>
[TestFixture]
public class RuntimeLookupCommandTests
{
    private static string Native => TestPaths.Fixture("lookups", "clang-14", "x86_64", "lookups.o");
    private static string Bitcode => TestPaths.Fixture("lookups", "clang-14", "x86_64", "lookups.bc");

    /// <summary>The names expected.tsv says the lookups variant must report.</summary>
    private static readonly string[] LookedUp =
    [
        "lk_direct_d", "lk_dvb_fe_attach", "lk_get_a", "lk_helper_c1", "lk_helper_c2", "lk_notrim_g", "lk_notrim_only_h",
        "lk_phi_f1", "lk_phi_f2", "lk_req_b", "lk_sel_e1", "lk_sel_e2",
    ];

    private static IEnumerable<string> Inputs() => [Native, Bitcode];

    [TestCaseSource(nameof(Inputs))]
    public void Refs_reports_each_looked_up_export_once_with_its_call_and_warns_of_the_computed_name(string input)
    {
        var r = ToolRunner.Run("refs", input);
        Assert.That(r.ExitCode, Is.EqualTo(0), "a warning does not change the exit status:\n" + r.Stderr);
        var lookups = r.StdoutLines.Select(l => l.Split('\t')).Where(x => x[2] == "runtime-lookup").ToList();
        Assert.That(lookups.Select(x => x[1]), Is.EqualTo(LookedUp), "one line per name, in byte order");
        Assert.That(lookups.Single(x => x[1] == "lk_direct_d")[3], Does.Contain("__symbol_get(\"lk_direct_d\")"));
        Assert.That(lookups.Single(x => x[1] == "lk_notrim_only_h")[3], Does.StartWith(".no_trim_symbol"));
        Assert.That(r.StdoutLines, Has.None.Contain("lk_decoy_not_a_lookup"));
        Assert.That(r.StderrLines, Has.Exactly(1).Items);
        Assert.That(r.StderrLines[0], Does.StartWith($"ksymtrim: warning: {input}: lk_case_computed looks up an export by a computed name"));
    }

    [TestCaseSource(nameof(Inputs))]
    public void Refs_json_carries_the_warning_with_the_module(string input)
    {
        var r = ToolRunner.Run("refs", "--format", "json", input);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var module = doc.RootElement.GetProperty("modules")[0];
        var warnings = module.GetProperty("warnings").EnumerateArray().ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].GetProperty("module").GetString(), Is.EqualTo(input));
        Assert.That(warnings[0].GetProperty("function").GetString(), Is.EqualTo("lk_case_computed"));
        Assert.That(warnings[0].GetProperty("callee").GetString(), Is.EqualTo("__symbol_get"));
        Assert.That(warnings[0].GetProperty("message").GetString(), Does.Contain("computed name"));
        var sources = module.GetProperty("references").EnumerateArray()
            .Where(x => x.GetProperty("source").GetString() == "runtime-lookup").Select(x => x.GetProperty("symbol").GetString());
        Assert.That(sources, Is.EqualTo(LookedUp));
    }

    [Test]
    public void Used_keeps_looked_up_exports_unless_told_not_to_and_the_rest_is_unchanged()
    {
        var all = ToolRunner.Run("used", Native, Bitcode);
        var linked = ToolRunner.Run("used", "--no-runtime-lookups", Native, Bitcode);
        Assert.That(all.ExitCode, Is.EqualTo(0), all.Stderr);
        Assert.That(linked.ExitCode, Is.EqualTo(0), linked.Stderr);
        Assert.That(all.StdoutLines, Is.SupersetOf(LookedUp));
        Assert.That(linked.StdoutLines.Intersect(LookedUp), Is.Empty, "the link-time set holds no name that only a lookup gives");
        Assert.That(all.StdoutLines, Has.None.Contain("decoy"));
        Assert.That(all.StdoutLines.Except(LookedUp), Is.EqualTo(linked.StdoutLines));
        // never silent: the warning comes with either set, once per module
        Assert.That(all.StderrLines.Count(l => l.Contains("computed name")), Is.EqualTo(2));
        Assert.That(linked.StderrLines.Count(l => l.Contains("computed name")), Is.EqualTo(2));

        var json = ToolRunner.Run("used", "--format", "json", Native);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.That(doc.RootElement.GetProperty("warnings")[0].GetProperty("function").GetString(), Is.EqualTo("lk_case_computed"));
        Assert.That(doc.RootElement.GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("name").GetString()),
            Is.SupersetOf(LookedUp));
        foreach (var format in new[] { "autoksyms", "kmi" })
            Assert.That(ToolRunner.Run("used", "--format", format, Native).Stdout, Does.Contain("lk_helper_c2"), format);
    }

    [Test]
    public void Explain_shows_the_lookup_and_lists_the_lookups_by_computed_name()
    {
        var r = ToolRunner.Run("explain", "lk_helper_c1", Bitcode);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Does.Contain("lk_helper_c1: needed by 1 module"));
        Assert.That(r.StdoutLines, Has.Some.Match("^    runtime-lookup: .*__symbol_get.*\"lk_helper_c1\""));
        Assert.That(r.Stdout, Does.Contain("lookups by a computed name"));
        Assert.That(r.StdoutLines, Has.Some.Contains("lk_case_computed looks up an export by a computed name"));
    }

    [Test]
    public void Gen_autoksyms_keeps_looked_up_exports_unless_told_not_to()
    {
        using var tmp = new TempDirectory();
        tmp.Copy(Native, "objtree/drivers/lk/lk.o");
        tmp.Write("objtree/modules.order", "drivers/lk/lk.ko\n");
        tmp.Write("objtree/include/config/auto.conf", "CONFIG_MODULES=y\nCONFIG_TRIM_UNUSED_KSYMS=y\n");
        string output = tmp["autoksyms.h"];
        var withLookups = ToolRunner.Run("gen-autoksyms", "--objtree", tmp["objtree"], output);
        Assert.That(withLookups.ExitCode, Is.EqualTo(0), withLookups.Stderr);
        Assert.That(File.ReadAllText(output), Does.Contain("#define __KSYM_lk_get_a 1\n"));
        var linked = ToolRunner.Run("gen-autoksyms", "--objtree", tmp["objtree"], "--no-runtime-lookups", output);
        Assert.That(linked.ExitCode, Is.EqualTo(0), linked.Stderr);
        Assert.That(File.ReadAllText(output), Does.Not.Contain("__KSYM_lk_get_a "));
        Assert.That(File.ReadAllText(output), Does.Contain("#define __KSYM_lk_report 1\n"), "the link-time references stay");
        Assert.That(File.ReadAllText(output), Does.Contain("#define __KSYM___symbol_get 1\n"));
    }
}
