using Microsoft.Extensions.Logging;

namespace KsymTrim.Tool;

/// <summary>A logger provider that writes <c>ksymtrim: level: message</c> lines to a writer (stderr).</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _lock = new();

    public ILogger CreateLogger(string categoryName) => new Logger(writer, _lock);

    public void Dispose() { }

    private sealed class Logger(TextWriter writer, Lock gate) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            string level = logLevel switch
            {
                LogLevel.Trace => "trace",
                LogLevel.Debug => "debug",
                LogLevel.Information => "info",
                LogLevel.Warning => "warning",
                LogLevel.Error => "error",
                _ => "critical",
            };
            string line = "ksymtrim: " + level + ": " + formatter(state, exception);
            lock (gate) writer.WriteLine(line);
        }
    }
}
