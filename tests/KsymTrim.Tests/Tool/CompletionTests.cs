using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

/// <summary>Tab completion: <c>ksymtrim "[suggest:N]" "LINE"</c> (what dotnet-suggest and the shell functions of
/// docs/usage.md run) prints the completions of the word at character N of the line, one a line.</summary>
[TestFixture]
public class CompletionTests
{
    private static string[] Complete(string line, int? position = null)
    {
        var r = ToolRunner.Run(position is null ? "[suggest]" : $"[suggest:{position}]", line);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stderr, Is.Empty);
        return r.StdoutLines;
    }

    [TestCase("us", new[] { "used" })]
    [TestCase("ksymtrim us", new[] { "used" })]
    [TestCase("gen", new[] { "gen-autoksyms" })]
    [TestCase("used --for", new[] { "--format" })]
    [TestCase("used --format ", new[] { "autoksyms", "json", "kmi", "list" })]
    [TestCase("used --format j", new[] { "json" })]
    [TestCase("refs --format ", new[] { "json", "tsv" })]
    [TestCase("nm --verbosity w", new[] { "warning" })]
    [TestCase("nm --und", new[] { "--undefined-only" })]
    [TestCase("used x.ko --keep", new[] { "--keep-going" })]
    public void Completes_commands_options_and_values(string line, string[] expected) =>
        Assert.That(Complete(line), Is.EqualTo(expected));

    [Test]
    public void Every_command_is_offered_on_an_empty_line() =>
        Assert.That(Complete(""), Is.SupersetOf(new[] { "explain", "gen-autoksyms", "nm", "refs", "used" }));

    [Test]
    public void The_position_picks_the_word() => Assert.That(Complete("us --format json", 2), Is.EqualTo(new[] { "used" }));

    [Test]
    public void The_directive_runs_nothing()
    {
        // "used" with no inputs would be a usage error: completing it is not running it.
        Assert.That(Complete("used "), Has.Some.EqualTo("--format"));
    }
}
