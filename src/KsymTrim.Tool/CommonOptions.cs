using System.CommandLine;
using KsymTrim.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KsymTrim.Tool;

/// <summary>The options every analysing command shares (CONTRACT.md, "Common options").</summary>
internal sealed class CommonOptions(bool stderrIsTerminal = false)
{
    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Modules read in parallel (default: the processor count). Output is identical for every value.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> KeepGoing { get; } = new("--keep-going", "-k")
    {
        Description = "Analyse and write what can be read even when some inputs cannot; the exit status is still 1.",
    };

    public Option<bool> Verbose { get; } = new("-v")
    {
        Description = "Log progress to stderr (same as --verbosity debug).",
    };

    public Option<LogLevel?> Verbosity { get; } = new("--verbosity")
    {
        Description = "Log level on stderr: trace, debug, information, warning, error, critical or none (default: warning).",
        HelpName = HelpNameOf<LogLevel>(),
        CustomParser = r => OneOf<LogLevel>("--verbosity")(r),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Jobs);
        command.Options.Add(KeepGoing);
        command.Options.Add(Verbose);
        command.Options.Add(Verbosity);
        Jobs.Validators.Add(r =>
        {
            // Only a value that parsed is checked here; a non-number is already a parse error.
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out int jobs) && jobs < 1)
                r.AddError("--jobs must be at least 1");
        });
        foreach (var argument in command.Arguments) RejectOptionLikeValues(argument);
    }

    /// <summary>An argument that accepts any string would swallow a mistyped option: refuse values that start with
    /// '-' (name such a file ./-name).</summary>
    public static void RejectOptionLikeValues(Argument argument) =>
        argument.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    r.AddError($"unknown option '{token.Value}'");
                    return;
                }
        });

    /// <summary>An enum's values as they are typed: its names in lower case, in declaration order.</summary>
    public static string[] Values<T>() where T : struct, Enum =>
        Array.ConvertAll(Enum.GetNames<T>(), n => n.ToLowerInvariant());

    /// <summary>The help text's placeholder for an enum option: <c>list|autoksyms|json|kmi</c>.</summary>
    public static string HelpNameOf<T>() where T : struct, Enum => string.Join('|', Values<T>());

    /// <summary>Parses an option's value as one of <see cref="Values{T}"/> (typed in any case), refusing anything else,
    /// numbers included, with the values as they are typed rather than the enum's type.</summary>
    public static Func<System.CommandLine.Parsing.ArgumentResult, T> OneOf<T>(string option) where T : struct, Enum =>
        r =>
        {
            var values = Values<T>();
            string text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
            int index = Array.FindIndex(values, v => v.Equals(text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0) return Enum.GetValues<T>()[index];
            r.AddError($"{option} takes {string.Join(", ", values[..^1])} or {values[^1]}, not '{text}'");
            return default;
        };

    public ILoggerFactory CreateLoggerFactory(ParseResult result, TextWriter stderr)
    {
        var level = result.GetValue(Verbosity) ?? (result.GetValue(Verbose) ? LogLevel.Debug : LogLevel.Warning);
        // The LoggerFactory constructor, not LoggerFactory.Create: Create builds a dependency-injection container,
        // which costs more start-up time than a short run of the whole tool.
        return new LoggerFactory([new TextWriterLoggerProvider(stderr)], new LoggerFilterOptions { MinLevel = level });
    }

    /// <summary>The progress display for this run: only on a terminal, and only when no log goes to stderr (a log line
    /// and the display would overwrite each other). Null otherwise. Dispose it before writing anything else to stderr.</summary>
    public TerminalProgress? CreateProgress(ParseResult result, TextWriter stderr)
    {
        var level = result.GetValue(Verbosity) ?? (result.GetValue(Verbose) ? LogLevel.Debug : LogLevel.Warning);
        return TerminalProgress.Create(stderr, stderrIsTerminal && level >= LogLevel.Warning);
    }

    /// <summary>Writes one <c>ksymtrim: warning: PATH[(member)]: …</c> line per lookup of an export by a computed
    /// name (CONTRACT.md, "Warnings"): the exit status does not change.</summary>
    public static void ReportWarnings(IEnumerable<Analysis.ModuleReferences> modules, TextWriter stderr)
    {
        foreach (var m in modules)
            foreach (var w in m.Warnings)
                stderr.WriteLine("ksymtrim: warning: " + w.Describe(m.Module));
    }

    /// <summary>Writes one <c>ksymtrim: error: …</c> line per failed input.</summary>
    public static void ReportErrors(IEnumerable<KsymFormatException> errors, TextWriter stderr)
    {
        foreach (var e in errors) stderr.WriteLine("ksymtrim: error: " + e.Message);
    }
}
