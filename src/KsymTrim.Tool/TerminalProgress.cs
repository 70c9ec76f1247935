using System.Diagnostics;

namespace KsymTrim.Tool;

/// <summary>
/// A one-line progress display on stderr, for a person watching a run over many modules: <c>ksymtrim: [37/105]
/// drivers/net/foo.ko</c>, redrawn in place (carriage return, erase to end of line) at most ten times a second, and
/// erased when the run ends, so that nothing of it is left in the terminal. Runs that end within a quarter of a
/// second show nothing. Only ever created when stderr is a terminal and no log is written there. Thread-safe.
/// </summary>
internal sealed class TerminalProgress : IProgress<AnalysisProgress>, IDisposable
{
    private static readonly long DefaultDelay = Stopwatch.Frequency / 4, Interval = Stopwatch.Frequency / 10;
    private const string EraseLine = "\r\u001b[K";

    private readonly TextWriter _stderr;
    private readonly int _width;
    private readonly long _delay;
    private readonly long _start = Stopwatch.GetTimestamp();
    private readonly Lock _lock = new();
    private long _last;
    private bool _shown, _done;

    private TerminalProgress(TextWriter stderr, int width, long delay)
    {
        _stderr = stderr;
        _width = Math.Max(width, 20);
        _delay = delay;
    }

    /// <summary>A display on <paramref name="stderr"/> when <paramref name="enabled"/>, else null (report nothing).
    /// <paramref name="width"/> (default: the terminal's) and <paramref name="delay"/> (default: a quarter of a second)
    /// are for tests.</summary>
    public static TerminalProgress? Create(TextWriter stderr, bool enabled, int? width = null, TimeSpan? delay = null) =>
        enabled ? new TerminalProgress(stderr, width ?? TerminalWidth(),
            delay is { } d ? (long)(d.TotalSeconds * Stopwatch.Frequency) : DefaultDelay) : null;

    private static int TerminalWidth()
    {
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : 80; }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException) { return 80; }
    }

    public void Report(AnalysisProgress value)
    {
        long now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if (_done || now - _start < _delay || (_shown && now - _last < Interval && value.Completed < value.Total)) return;
            _last = now;
            _shown = true;
            _stderr.Write(EraseLine + Render(value, _width));
            _stderr.Flush();
        }
    }

    /// <summary>The line for <paramref name="value"/>, cut to <paramref name="width"/> - 1 characters (a line as wide
    /// as the terminal would wrap, and a carriage return would not go back over it).</summary>
    internal static string Render(AnalysisProgress value, int width)
    {
        string head = $"ksymtrim: [{value.Completed}/{value.Total}] ";
        int room = width - 1 - head.Length;
        string module = value.Module;
        if (room <= 3) return head.TrimEnd()[..Math.Min(head.Length - 1, width - 1)];
        if (module.Length > room) module = "..." + module[^(room - 3)..];
        return head + module;
    }

    /// <summary>Erases the line, if one was drawn; later reports draw nothing.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_done) return;
            _done = true;
            if (!_shown) return;
            _stderr.Write(EraseLine);
            _stderr.Flush();
        }
    }
}
