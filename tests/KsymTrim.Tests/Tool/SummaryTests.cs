using System.Text;
using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;
using KsymTrim.Tool;

namespace KsymTrim.Tests.Tool;

/// <summary>Module summaries (issue 16, item 3): <c>refs --format json</c> of one module, read back as a module input
/// by <c>used</c>, <c>unused</c>, <c>explain</c> and <c>gen-autoksyms</c>, give byte for byte the modules' result.</summary>
[TestFixture]
public class SummaryTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("ksymtrim-summary-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>Native modules, compressed ones, bitcode, and lookups with computed names (warnings).</summary>
    private static string[] Modules() =>
    [
        TestPaths.Fixture("modules", "alpha.ko"),
        TestPaths.Fixture("modules", "beta.ko"),
        TestPaths.Fixture("modules", "beta.ko.xz"),
        TestPaths.Fixture("modules", "gamma.ko"),
        TestPaths.Fixture("bitcode", "linkage-x86_64.bc"),
        TestPaths.Fixture("bitcode", "two-modules.bc"),
        TestPaths.Fixture("lookups", "clang-22", "x86_64", "lookups.o"),
        TestPaths.Fixture("lookups", "clang-22", "x86_64", "lookups.bc"),
        TestPaths.Fixture("lookups", "clang-22", "x86_64", "lookups-notrim.bc"),
    ];

    /// <summary>Writes the summary of each of <paramref name="modules"/> with <c>refs --format json -o</c>, one process
    /// per module as a build action would; the summaries, in the same order.</summary>
    private string[] Summarise(IEnumerable<string> modules, params string[] extra)
    {
        var result = new List<string>();
        int i = 0;
        foreach (var m in modules)
        {
            string summary = Path.Combine(_dir, $"{i++:D2}-{Path.GetFileName(m)}{ModuleSummary.Extension}");
            var r = ToolRunner.Run(["refs", "--format", "json", "-o", summary, .. extra, m]);
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(File.Exists(summary), Is.True, r.Stderr);
            result.Add(summary);
        }
        return [.. result];
    }

    [TestCase("list")]
    [TestCase("autoksyms")]
    [TestCase("json")]
    [TestCase("kmi")]
    public void Used_from_summaries_is_byte_identical(string format)
    {
        var modules = Modules();
        var summaries = Summarise(modules);
        var a = ToolRunner.Run(["used", "--format", format, .. modules]);
        var b = ToolRunner.Run(["used", "--format", format, .. summaries]);
        Assert.That(a.ExitCode, Is.EqualTo(0), a.Stderr);
        Assert.That(b.Stdout, Is.EqualTo(a.Stdout));
        Assert.That(b.Stderr, Is.EqualTo(a.Stderr), "the warnings of computed-name lookups too");
        Assert.That(b.ExitCode, Is.EqualTo(a.ExitCode));
        Assert.That(a.Stderr, Does.Contain("looks up an export by a computed name"), "the fixtures include a warning");
    }

    [Test]
    public void Mixed_inputs_some_summaries_some_modules()
    {
        var modules = Modules();
        var summaries = Summarise(modules);
        var mixed = modules.Select((m, i) => i % 2 == 0 ? summaries[i] : m).ToArray();
        var a = ToolRunner.Run(["used", "--format", "json", .. modules]);
        var b = ToolRunner.Run(["used", "--format", "json", .. mixed]);
        Assert.That(b.Stdout, Is.EqualTo(a.Stdout));
        Assert.That(b.ExitCode, Is.EqualTo(a.ExitCode));
    }

    [Test]
    public void Refs_of_a_summary_is_the_summary()
    {
        var summary = Summarise([TestPaths.Fixture("modules", "alpha.ko")])[0];
        var r = ToolRunner.Run("refs", "--format", "json", summary);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Is.EqualTo(File.ReadAllText(summary)));
        Assert.That(r.Stdout, Does.Contain("\"summary\":1,\"version\":"));
    }

    [Test]
    public void Explain_and_unused_with_symvers_from_summaries()
    {
        var modules = new[] { TestPaths.Fixture("modules", "alpha.ko"), TestPaths.Fixture("modules", "beta.ko"), TestPaths.Fixture("modules", "gamma.ko") };
        var summaries = Summarise(modules);
        var a = ToolRunner.Run(["explain", "printk", .. modules]);
        var b = ToolRunner.Run(["explain", "printk", .. summaries]);
        Assert.That(a.ExitCode, Is.EqualTo(0), a.Stderr);
        Assert.That(b.Stdout, Is.EqualTo(a.Stdout));
        string symvers = TestPaths.Fixture("modules", "Module.symvers");
        var c = ToolRunner.Run(["unused", "--symvers", symvers, .. modules]);
        var d = ToolRunner.Run(["unused", "--symvers", symvers, .. summaries]);
        Assert.That(d.Stdout, Is.EqualTo(c.Stdout));
        Assert.That(d.Stderr, Is.EqualTo(c.Stderr));
        Assert.That(d.ExitCode, Is.EqualTo(c.ExitCode));
    }

    [Test]
    public void Unused_without_symvers_refuses_a_summary_and_says_why()
    {
        var summary = Summarise([TestPaths.Fixture("modules", "alpha.ko")])[0];
        var r = ToolRunner.Run("unused", summary);
        Assert.That(r.ExitCode, Is.Not.EqualTo(0));
        Assert.That(r.Stderr, Does.Contain("a summary does not carry the module's exports: give the build's Module.symvers with --symvers"));
    }

    [Test]
    public void Modules_order_reads_the_summary_beside_the_module()
    {
        // A build tree whose modules exist only as summaries (analysed on other machines), as gen-autoksyms sees it.
        var tree = Path.Combine(_dir, "tree");
        Directory.CreateDirectory(Path.Combine(tree, "drivers"));
        var names = new[] { "alpha.ko", "beta.ko", "gamma.ko" };
        foreach (var n in names) File.Copy(TestPaths.Fixture("modules", n), Path.Combine(tree, "drivers", n));
        File.WriteAllText(Path.Combine(tree, "modules.order"), string.Concat(names.Select(n => "drivers/" + n + "\n")));
        string order = Path.Combine(tree, "modules.order");
        Directory.CreateDirectory(Path.Combine(tree, "include", "config"));
        File.WriteAllText(Path.Combine(tree, "include", "config", "auto.conf"), "CONFIG_MODVERSIONS=y\n");
        string h1 = Path.Combine(_dir, "autoksyms1.h"), h2 = Path.Combine(_dir, "autoksyms2.h");
        var fromModules = ToolRunner.Run("used", "--format", "json", "--modules-order", order);
        var genFromModules = ToolRunner.Run("gen-autoksyms", "--objtree", tree, h1);
        Assert.That(genFromModules.ExitCode, Is.EqualTo(0), genFromModules.Stderr);
        Assert.That(fromModules.ExitCode, Is.EqualTo(0), fromModules.Stderr);
        foreach (var n in names)
        {
            string ko = Path.Combine(tree, "drivers", n);
            var r = ToolRunner.Run("refs", "--format", "json", "-o", ko + ModuleSummary.Extension, ko);
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
            File.Delete(ko);
        }
        var fromSummaries = ToolRunner.Run("used", "--format", "json", "--modules-order", order);
        var genFromSummaries = ToolRunner.Run("gen-autoksyms", "--objtree", tree, h2);
        Assert.That(genFromSummaries.ExitCode, Is.EqualTo(0), genFromSummaries.Stderr);
        Assert.That(fromSummaries.Stdout, Is.EqualTo(fromModules.Stdout), fromSummaries.Stderr);
        Assert.That(File.ReadAllText(h2), Is.EqualTo(File.ReadAllText(h1)));
        Assert.That(File.ReadAllText(h1), Does.Contain("printk"));
        Assert.That(ModuleInputs.ReadModulesOrderInputs(order).Select(m => m.Path),
            Has.All.EndsWith(ModuleSummary.Extension));
    }

    [Test]
    public void Modules_order_prefers_a_module_newer_than_its_summary()
    {
        var tree = Path.Combine(_dir, "tree");
        Directory.CreateDirectory(tree);
        string ko = Path.Combine(tree, "alpha.ko");
        File.Copy(TestPaths.Fixture("modules", "alpha.ko"), ko);
        File.WriteAllText(Path.Combine(tree, "modules.order"), "alpha.ko\n");
        File.WriteAllText(ko + ModuleSummary.Extension, "stale");
        File.SetLastWriteTimeUtc(ko + ModuleSummary.Extension, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(ko, DateTime.UtcNow);
        Assert.That(ModuleInputs.ReadModulesOrderInputs(Path.Combine(tree, "modules.order")).Single().Path, Is.EqualTo(ko));
    }

    [Test]
    public void A_summary_of_a_failed_module_reports_its_error_as_the_module_would()
    {
        string bad = Path.Combine(_dir, "bad.ko");
        File.WriteAllBytes(bad, [0x7f, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0]);
        string summary = Path.Combine(_dir, "bad.ko" + ModuleSummary.Extension);
        var refs = ToolRunner.Run("refs", "--format", "json", "--keep-going", "-o", summary, bad);
        Assert.That(File.Exists(summary), Is.True, refs.Stderr);
        var good = TestPaths.Fixture("modules", "alpha.ko");
        var goodSummary = Summarise([good])[0];
        foreach (var format in new[] { "list", "json" })
        {
            var a = ToolRunner.Run("used", "--keep-going", "--format", format, good, bad);
            var b = ToolRunner.Run("used", "--keep-going", "--format", format, goodSummary, summary);
            Assert.That(a.ExitCode, Is.Not.EqualTo(0));
            Assert.That(b.Stdout, Is.EqualTo(a.Stdout));
            Assert.That(b.Stderr, Is.EqualTo(a.Stderr));
            Assert.That(b.ExitCode, Is.EqualTo(a.ExitCode));
        }
    }

    [Test]
    public void Refs_output_time_is_renewed_when_the_content_is_unchanged()
    {
        var summary = Summarise([TestPaths.Fixture("modules", "alpha.ko")])[0];
        var old = DateTime.UtcNow.AddHours(-2);
        File.SetLastWriteTimeUtc(summary, old);
        var r = ToolRunner.Run("refs", "--format", "json", "-o", summary, TestPaths.Fixture("modules", "alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(File.GetLastWriteTimeUtc(summary), Is.GreaterThan(old.AddHours(1)));
    }

    private static KsymFormatException Refused(string text)
    {
        var e = Assert.Throws<KsymFormatException>(() => ModuleSummary.Read(Encoding.UTF8.GetBytes(text), "x.refs.json"))!;
        Assert.That(e.Path, Is.EqualTo("x.refs.json"));
        return e;
    }

    private static string Valid(string modules = "[{\"module\":\"m.ko\",\"references\":[]}]", string errors = "[]", string version = "") =>
        $"{{\"modules\":{modules},\"errors\":{errors},\"summary\":1,\"version\":\"{(version.Length > 0 ? version : ModuleSummary.Version)}\"}}";

    [Test]
    public void A_valid_summary_reads()
    {
        var m = ModuleSummary.Read(Encoding.UTF8.GetBytes(Valid("[{\"module\":\"m.ko\",\"references\":[{\"symbol\":\"printk\",\"source\":\"intrinsic\",\"detail\":\"d\"}]}]")), "x.refs.json");
        Assert.That(m.Module, Is.EqualTo("m.ko"));
        Assert.That(m.References.Single().Symbol, Is.EqualTo("printk"));
    }

    [TestCase("{\"modules\":[", 12)]
    [TestCase("not json", 0)]
    [TestCase("{\"a\":1}}", 7)]
    public void Malformed_json_is_KT0401_with_the_byte_offset(string text, long offset)
    {
        var e = Refused(text);
        Assert.That(e.Id, Is.EqualTo(DiagnosticId.SummaryMalformed));
        Assert.That(e.Offset, Is.EqualTo(offset));
    }

    [TestCase("[]")]
    [TestCase("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]")]
    public void Not_a_summary_object_is_refused(string text) =>
        Assert.That(Refused(text).Id, Is.AnyOf(DiagnosticId.SummaryMalformed, DiagnosticId.SummaryVersionMismatch));

    [Test]
    public void Structural_problems_are_KT0401()
    {
        foreach (var text in new[]
        {
            Valid("[]"),
            Valid("[{\"module\":\"a\",\"references\":[]},{\"module\":\"b\",\"references\":[]}]"),
            Valid("[{\"references\":[]}]"),
            Valid("[{\"module\":\"m\",\"references\":[{\"symbol\":\"s\",\"source\":\"magic\",\"detail\":\"\"}]}]"),
            Valid("[{\"module\":\"m\",\"references\":[{\"symbol\":1,\"source\":\"symtab\",\"detail\":\"\"}]}]"),
            Valid("[{\"module\":\"m\",\"references\":{}}]"),
            Valid("[]", "[{\"path\":\"p\",\"member\":null,\"offset\":null,\"id\":\"KT9999\",\"reason\":\"r\",\"message\":\"m\"}]"),
            Valid("[{\"module\":\"m\",\"references\":[],\"warnings\":[{\"function\":\"f\"}]}]"),
        })
        {
            var e = Refused(text);
            Assert.That(e.Id, Is.EqualTo(DiagnosticId.SummaryMalformed), text);
            Assert.That(e.Message, Does.StartWith("x.refs.json: "), text);
        }
    }

    [Test]
    public void A_string_that_is_not_UTF8_is_KT0401()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid("[{\"module\":\"m\u00e9\",\"references\":[]}]")).ToList();
        int at = bytes.IndexOf(0xc3);
        bytes[at] = 0xff;
        var e = Assert.Throws<KsymFormatException>(() => ModuleSummary.Read(bytes.ToArray(), "x.refs.json"))!;
        Assert.That(e.Id, Is.EqualTo(DiagnosticId.SummaryMalformed));
    }

    [Test]
    public void A_summary_from_another_version_is_refused_clearly()
    {
        var e = Refused(Valid(version: "0.0.1"));
        Assert.That(e.Id, Is.EqualTo(DiagnosticId.SummaryVersionMismatch));
        Assert.That(e.Reason, Does.Contain("written by KsymTrim 0.0.1, this is KsymTrim " + ModuleSummary.Version));
        Assert.That(Refused("{\"modules\":[],\"errors\":[],\"summary\":2,\"version\":\"x\"}").Id, Is.EqualTo(DiagnosticId.SummaryVersionMismatch));
        // refs --format json from before summaries had neither field
        Assert.That(Refused("{\"modules\":[{\"module\":\"m\",\"references\":[]}],\"errors\":[]}").Id, Is.EqualTo(DiagnosticId.SummaryVersionMismatch));
    }

    [Test]
    public void The_tool_reports_a_bad_summary_as_an_input_error_not_a_crash()
    {
        string bad = Path.Combine(_dir, "bad.ko.refs.json");
        File.WriteAllText(bad, "{\"modules\":[");
        var r = ToolRunner.Run("used", bad);
        Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(r.Stderr, Does.Contain("ksymtrim: error: " + bad + ": not JSON"));
        Assert.That(r.Stderr, Does.Not.Contain("   at "));
        File.WriteAllText(bad, "");
        Assert.That(ToolRunner.Run("used", bad).Stderr, Does.Contain("empty summary"));
        Assert.That(ToolRunner.Run("used", Path.Combine(_dir, "none.refs.json")).Stderr, Does.Contain("no such file"));
    }
}
