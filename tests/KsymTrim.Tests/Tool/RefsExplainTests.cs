using System.Text.Json;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

[TestFixture]
public class RefsExplainTests
{
    private static string Mod(string name) => TestPaths.Fixture("modules", name);
    private static readonly string[] Sources = ["symtab", "inline-asm", "module-asm", "intrinsic", "libcall", "attribute"];

    [Test]
    public void RefsTsv_FourColumns_Sorted_SymtabForNativeModules()
    {
        // Given out of order: the output is sorted by module.
        var r = ToolRunner.Run("refs", "--format", "tsv", Mod("gamma.ko"), Mod("alpha.ko"), Mod("beta.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var rows = r.StdoutLines.Select(l => l.Split('\t')).ToList();
        Assert.That(rows, Has.All.Length.EqualTo(4));
        Assert.That(rows.Select(x => x[2]), Has.All.EqualTo("symtab"));
        Assert.That(rows.Select(x => x[3]), Has.All.Not.Empty);
        var keys = rows.Select(x => (x[0], x[1], Array.IndexOf(Sources, x[2]))).ToList();
        var sorted = keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal).ThenBy(k => k.Item3).ToList();
        Assert.That(keys, Is.EqualTo(sorted));
        Assert.That(keys.Distinct().Count(), Is.EqualTo(keys.Count), "one line per (module, symbol, source)");
        var expected = new[]
        {
            (Mod("alpha.ko"), "kfree"), (Mod("alpha.ko"), "kmalloc"), (Mod("alpha.ko"), "mutex_lock"), (Mod("alpha.ko"), "printk"),
            (Mod("beta.ko"), "alpha_helper"), (Mod("beta.ko"), "jiffies"), (Mod("beta.ko"), "printk"), (Mod("beta.ko"), "queue_work"),
            (Mod("gamma.ko"), "__fentry__"), (Mod("gamma.ko"), "__x86_return_thunk"), (Mod("gamma.ko"), "printk"),
        };
        Assert.That(rows.Select(x => (x[0], x[1])), Is.EqualTo(expected));
    }

    [Test]
    public void RefsTsv_IsDefault()
    {
        var a = ToolRunner.Run("refs", Mod("alpha.ko"));
        var b = ToolRunner.Run("refs", "--format", "tsv", Mod("alpha.ko"));
        Assert.That(a.ExitCode, Is.EqualTo(0), a.Stderr);
        Assert.That(a.Stdout, Is.EqualTo(b.Stdout));
    }

    [Test]
    public void Refs_Gamma_InternalCallAndWeakUndefinedAreNotNeeded()
    {
        var r = ToolRunner.Run("refs", Mod("gamma.ko"));
        var symbols = r.StdoutLines.Select(l => l.Split('\t')[1]).ToList();
        Assert.That(symbols, Does.Not.Contain("gamma_util_sum"));
        Assert.That(symbols, Does.Not.Contain("optional_hook"));
        Assert.That(symbols, Does.Not.Contain("__this_module"));
    }

    [Test]
    public void Refs_Archive_MemberResolvedReferencesDropped()
    {
        string a = TestPaths.Fixture("archives", "gnu.a");
        var r = ToolRunner.Run("refs", a);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var rows = r.StdoutLines.Select(l => l.Split('\t')).ToList();
        Assert.That(rows.Select(x => x[0]), Has.All.EqualTo(a));
        Assert.That(rows.Select(x => x[1]), Is.EqualTo(new[] { "kfree", "kmalloc", "printk" }));
    }

    [Test]
    public void RefsJson_Parses_AndAgreesWithTsv()
    {
        var json = ToolRunner.Run("refs", "--format", "json", Mod("beta.ko"), Mod("alpha.ko"));
        var tsv = ToolRunner.Run("refs", "--format", "tsv", Mod("beta.ko"), Mod("alpha.ko"));
        Assert.That(json.ExitCode, Is.EqualTo(0), json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        var fromJson = new List<string>();
        foreach (var m in doc.RootElement.GetProperty("modules").EnumerateArray())
            foreach (var x in m.GetProperty("references").EnumerateArray())
                fromJson.Add(string.Join('\t', m.GetProperty("module").GetString(), x.GetProperty("symbol").GetString(),
                    x.GetProperty("source").GetString(), x.GetProperty("detail").GetString()));
        Assert.That(fromJson, Is.EqualTo(tsv.StdoutLines));
        Assert.That(doc.RootElement.GetProperty("errors").GetArrayLength(), Is.EqualTo(0));
    }

    [Test]
    public void RefsJson_KeepGoing_ReportsErrors()
    {
        var r = ToolRunner.Run("refs", "--format", "json", "--keep-going", Mod("alpha.ko"), "/nonexistent/ksymtrim/x.ko");
        Assert.That(r.ExitCode, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.That(doc.RootElement.GetProperty("errors").GetArrayLength(), Is.EqualTo(1));
        Assert.That(doc.RootElement.GetProperty("modules").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Explain_NamesModuleAndSource()
    {
        var r = ToolRunner.Run("explain", "printk", Mod("alpha.ko"), Mod("beta.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Does.Contain(Mod("alpha.ko")).And.Contain(Mod("beta.ko")));
        Assert.That(r.Stdout, Does.Contain("symtab"));
        Assert.That(r.Stdout, Does.Contain("printk"));
    }

    [Test]
    public void Explain_OnlyModulesThatNeedIt()
    {
        var r = ToolRunner.Run("explain", "queue_work", Mod("alpha.ko"), Mod("beta.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Does.Contain(Mod("beta.ko")));
        Assert.That(r.Stdout, Does.Not.Contain(Mod("alpha.ko")));
    }

    [Test]
    public void Explain_UnknownSymbol_NeededByNoModule()
    {
        var r = ToolRunner.Run("explain", "no_such_symbol_xyz", Mod("alpha.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Does.Contain("no_such_symbol_xyz"));
        Assert.That(r.Stdout, Does.Contain("needed by no module"));
        Assert.That(r.Stdout, Does.Not.Contain(Mod("alpha.ko")));
    }

    [Test]
    public void Explain_WithModulesOrder()
    {
        var r = ToolRunner.Run("explain", "alpha_helper", "--modules-order", Mod("modules.order"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stdout, Does.Contain("beta.ko"));
        Assert.That(r.Stdout, Does.Not.Contain("needed by no module"));
    }
}
