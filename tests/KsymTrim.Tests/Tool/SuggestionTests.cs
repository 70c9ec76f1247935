using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

/// <summary>Mistyped commands and options get a "did you mean" line; usage errors still exit 2.</summary>
[TestFixture]
public class SuggestionTests
{
    [TestCase(new[] { "usd", "x.ko" }, "'usd': did you mean 'used'?")]
    [TestCase(new[] { "gen-autoksym", "out.h" }, "'gen-autoksym': did you mean 'gen-autoksyms'?")]
    [TestCase(new[] { "used", "--formt", "list", "x.ko" }, "'--formt': did you mean '--format'?")]
    [TestCase(new[] { "used", "--jbos", "2", "x.ko" }, "'--jbos': did you mean '--jobs'?")]
    [TestCase(new[] { "refs", "--modules-ordr", "m.order" }, "'--modules-ordr': did you mean '--modules-order'?")]
    public void Near_names_are_suggested(string[] args, string expected)
    {
        var r = ToolRunner.Run(args);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.StderrLines, Has.Some.EqualTo("ksymtrim: " + expected), r.Stderr);
    }

    [Test]
    public void Far_names_get_no_suggestion()
    {
        var r = ToolRunner.Run("frobnicate");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Stderr, Does.Not.Contain("did you mean"));
    }

    [TestCase("used", "used", 0)]
    [TestCase("usd", "used", 1)]
    [TestCase("--jbos", "--jobs", 1)]
    [TestCase("abc", "xyz", 3)]
    public void Edit_distance(string a, string b, int d) => Assert.That(KsymTrim.Tool.Cli.EditDistance(a, b), Is.EqualTo(d));
}
