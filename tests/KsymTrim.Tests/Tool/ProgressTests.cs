using KsymTrim.Tests.Support;
using KsymTrim.Tool;

namespace KsymTrim.Tests.Tool;

/// <summary>The terminal progress display: drawn in place, cut to the terminal's width, erased at the end, and absent
/// when stderr is not a terminal. (Tried by hand in tmux as well: docs/usage.md.)</summary>
[TestFixture]
public class ProgressTests
{
    private const string Erase = "\r\u001b[K";

    [Test]
    public void Draws_in_place_and_erases_itself()
    {
        var err = new StringWriter();
        using (var p = TerminalProgress.Create(err, enabled: true, width: 80, delay: TimeSpan.Zero)!)
        {
            p.Report(new AnalysisProgress(1, 3, "drivers/a.ko"));
            p.Report(new AnalysisProgress(3, 3, "drivers/c.ko")); // the last one is always drawn
        }
        Assert.That(err.ToString(), Is.EqualTo(Erase + "ksymtrim: [1/3] drivers/a.ko" + Erase + "ksymtrim: [3/3] drivers/c.ko" + Erase));
    }

    [Test]
    public void A_short_run_shows_nothing()
    {
        var err = new StringWriter();
        using (var p = TerminalProgress.Create(err, enabled: true, width: 80, delay: TimeSpan.FromHours(1))!)
            p.Report(new AnalysisProgress(1, 1, "a.ko"));
        Assert.That(err.ToString(), Is.Empty);
    }

    [Test]
    public void Nothing_is_drawn_after_the_end()
    {
        var err = new StringWriter();
        var p = TerminalProgress.Create(err, enabled: true, width: 80, delay: TimeSpan.Zero)!;
        p.Dispose();
        p.Report(new AnalysisProgress(1, 2, "a.ko"));
        Assert.That(err.ToString(), Is.Empty);
    }

    [Test]
    public void Disabled_is_null() => Assert.That(TerminalProgress.Create(new StringWriter(), enabled: false), Is.Null);

    [TestCase(40, "ksymtrim: [12/345] .../net/wireguard.ko")]
    [TestCase(200, "ksymtrim: [12/345] drivers/net/wireguard.ko")]
    public void Lines_fit_the_terminal(int width, string expected)
    {
        string line = TerminalProgress.Render(new AnalysisProgress(12, 345, "drivers/net/wireguard.ko"), width);
        Assert.That(line, Is.EqualTo(expected));
        Assert.That(line.Length, Is.LessThan(width));
    }

    [Test]
    public void Tool_runs_draw_nothing_when_stderr_is_not_a_terminal()
    {
        // ToolRunner passes stderrIsTerminal: false, as Program does when stderr is redirected.
        var r = ToolRunner.Run("used", TestPaths.Fixture("modules", "alpha.ko"), TestPaths.Fixture("modules", "beta.ko"));
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Stderr, Is.Empty);
    }

    [Test]
    public void Tool_runs_on_a_terminal_leave_nothing_behind()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Cli.Run(["used", TestPaths.Fixture("modules", "alpha.ko"), TestPaths.Fixture("modules", "beta.ko")], stdout, stderr, stderrIsTerminal: true);
        Assert.That(code, Is.EqualTo(0));
        // whatever was drawn (a fast run draws nothing) ends erased: no visible text remains on the line
        string err = stderr.ToString();
        Assert.That(err.Length == 0 || err.EndsWith(Erase, StringComparison.Ordinal), Is.True, err);
    }
}
