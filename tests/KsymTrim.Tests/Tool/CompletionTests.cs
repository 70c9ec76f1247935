using System.Diagnostics;
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

    // The directive offers every name containing the word, those starting with it first (System.CommandLine's matching); the shell functions keep
    // those that start with it (bash: "ksymtrim us" gives used, below).
    [TestCase("us", new[] { "used", "unused" })]
    [TestCase("ksymtrim us", new[] { "used", "unused" })]
    [TestCase("un", new[] { "unused" })]
    [TestCase("unused --format ", new[] { "json", "list", "tsv" })]
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
        Assert.That(Complete(""), Is.SupersetOf(new[] { "explain", "gen-autoksyms", "nm", "refs", "unused", "used" }));

    [Test]
    public void The_position_picks_the_word() => Assert.That(Complete("use --format json", 3), Is.EqualTo(new[] { "used", "unused" }));

    [Test]
    public void The_directive_runs_nothing()
    {
        // "used" with no inputs would be a usage error: completing it is not running it.
        Assert.That(Complete("used "), Has.Some.EqualTo("--format"));
    }

    private static string Script(string name) => Path.Combine(TestPaths.Root, "docs", "completion", name);

    /// <summary>The bash function of docs/completion/ksymtrim.bash, run as bash runs it on Tab (COMP_LINE, COMP_POINT,
    /// COMP_WORDS, COMP_CWORD set), over the built tool: what it leaves in COMPREPLY (empty: bash completes file names).</summary>
    [TestCase("ksymtrim us", "used")]
    [TestCase("ksymtrim ", "explain gen-autoksyms kmi nm refs unused used")]
    [TestCase("ksymtrim un", "unused")]
    [TestCase("ksymtrim used --for", "--format")]
    [TestCase("ksymtrim used --format ", "autoksyms json kmi list")]
    [TestCase("ksymtrim refs --format j", "json")]
    [TestCase("ksymtrim used ", "")]
    [TestCase("ksymtrim used --symvers ", "")]
    public void The_bash_function_completes_from_the_tool(string line, string expected)
    {
        string apphost = Path.Combine(AppContext.BaseDirectory, "KsymTrim.Tool");
        if (!OperatingSystem.IsLinux() || !File.Exists("/bin/bash") || !File.Exists(apphost))
        {
            Assert.Ignore("needs Linux, bash and the tool's apphost");
            return;
        }
        using var tmp = new TempDirectory();
        string shim = tmp.Write("bin/ksymtrim", $"#!/bin/sh\nexec '{apphost}' \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var start = new ProcessStartInfo("/bin/bash")
        {
            ArgumentList =
            {
                "-c",
                """
                . "$1"; COMP_LINE=$2; COMP_POINT=${#2}; read -ra COMP_WORDS <<<"$2"
                [[ $2 == *' ' ]] && COMP_WORDS+=('')
                COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _ksymtrim; echo "${COMPREPLY[*]}"
                """,
                "bash", Script("ksymtrim.bash"), line,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = tmp["bin"] + ":" + Environment.GetEnvironmentVariable("PATH");
        using var bash = Process.Start(start)!;
        string stdout = bash.StandardOutput.ReadToEnd(), stderr = bash.StandardError.ReadToEnd();
        Assert.That(bash.WaitForExit(60_000), Is.True);
        Assert.That(stderr, Is.Empty);
        Assert.That(stdout.TrimEnd('\n'), Is.EqualTo(expected));
    }

    /// <summary>docs/usage.md shows each script in a list item: its lines indented by two spaces.</summary>
    [TestCase("ksymtrim.bash")]
    [TestCase("_ksymtrim")]
    public void The_usage_guide_shows_each_script_as_it_is(string name)
    {
        var lines = File.ReadAllText(Script(name)).TrimEnd('\n').Split('\n');
        string shown = string.Join('\n', lines.Select(l => l.Length == 0 ? l : "  " + l));
        Assert.That(File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "usage.md")), Does.Contain(shown));
    }
}
