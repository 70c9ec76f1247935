using System.CommandLine;
using KsymTrim.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KsymTrim.Tool;

/// <summary>The options every analysing command shares (CONTRACT.md, "Common options").</summary>
internal sealed class CommonOptions(bool stderrIsTerminal = false)
{
    /// <summary>Read with <see cref="JobsOf"/>. No DefaultValueFactory: help would print this machine's processor
    /// count as the default ("[default: 2]") beside the description that says what the default is.</summary>
    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Modules read in parallel (default: the processor count). Output is identical for every value.",
        HelpName = "N",
        CustomParser = ParseJobs,
    };

    /// <summary>The <c>--jobs</c> given, else the processor count.</summary>
    public int JobsOf(ParseResult result) => result.GetResult(Jobs) is null ? Environment.ProcessorCount : result.GetValue(Jobs);

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
        CompleteWithValues<LogLevel>(Verbosity);
        foreach (var argument in command.Arguments) RejectOptionLikeValues(argument);
    }

    /// <summary>A count of at least 1, in decimal; anything else gets the one message that says what to give.</summary>
    private static int ParseJobs(System.CommandLine.Parsing.ArgumentResult r)
    {
        string text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int jobs) && jobs >= 1)
            return jobs;
        r.AddError($"--jobs takes a number, 1 or more, not '{text}' (leave it out for one job per processor)");
        return 1;
    }

    /// <summary>An argument that accepts any string would swallow a mistyped option: refuse values that start with
    /// '-' (name such a file ./-name). An empty one (an unset shell variable) names no file either.</summary>
    public static void RejectOptionLikeValues(Argument argument) =>
        argument.Validators.Add(r =>
        {
            foreach (var token in r.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    r.AddError($"unknown option '{token.Value}'");
                    return;
                }
                else if (token.Value.Length == 0)
                {
                    r.AddError("an empty argument names nothing (an unset shell variable?)");
                    return;
                }
        });

    /// <summary>An enum's values as they are typed: its names in lower case, in declaration order.</summary>
    public static string[] Values<T>() where T : struct, Enum =>
        Array.ConvertAll(Enum.GetNames<T>(), n => n.ToLowerInvariant());

    /// <summary>The help text's placeholder for an enum option: <c>list|autoksyms|json|kmi</c>.</summary>
    public static string HelpNameOf<T>() where T : struct, Enum => string.Join('|', Values<T>());

    /// <summary>Makes tab completion (<see cref="Completion"/>) offer <see cref="Values{T}"/> instead of the enum's names.</summary>
    public static void CompleteWithValues<T>(Option option) where T : struct, Enum
    {
        var items = Array.ConvertAll(Values<T>(), v => new System.CommandLine.Completions.CompletionItem(v));
        option.CompletionSources.Clear();
        option.CompletionSources.Add(_ => items);
    }

    /// <summary>Parses an option's value as one of <see cref="Values{T}"/> (typed in any case), refusing anything else,
    /// numbers included, with the values as they are typed rather than the enum's type.</summary>
    public static Func<System.CommandLine.Parsing.ArgumentResult, T> OneOf<T>(string option) where T : struct, Enum =>
        r =>
        {
            var values = Values<T>();
            string text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
            int index = Array.FindIndex(values, v => v.Equals(text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0) return Enum.GetValues<T>()[index];
            r.AddError($"{option} takes {Cli.JoinOr(values, "or")}, not '{text}'");
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

    /// <summary>Writes the error line of a file the inputs or options name that cannot be read, saying which argument
    /// named it, so that the line says what to fix: <c>nope: no such file (named by --symvers)</c>. A file of
    /// <paramref name="named"/> gets its hint; one named by <c>@FILE</c> in <paramref name="inputs"/>, that.</summary>
    public static void ReportUnreadable(KsymFormatException e, TextWriter stderr, IEnumerable<string> inputs,
        params (string? Path, string Hint)[] named)
    {
        string? hint = null;
        if (e.Id == DiagnosticId.FileUnreadable && e.Member is null && e.Path is not null)
            hint = named.FirstOrDefault(n => n.Path == e.Path).Hint
                   ?? (inputs.Contains("@" + e.Path, StringComparer.Ordinal) ? "named by @" + e.Path : null);
        string reason = hint is null ? e.Reason : $"{e.Reason} ({hint})";
        stderr.WriteLine("ksymtrim: error: " + KsymFormatException.Compose(e.Path, e.Member, reason, e.Offset));
    }

    /// <summary>Warns that the inputs held no module at all (a folder with no module below it, an empty @FILE): the
    /// empty answer is then seldom the one wanted, and an empty used set would trim every export. Not an error: a
    /// kernel may have no modules.</summary>
    public static void WarnNoModules(TextWriter stderr) =>
        stderr.WriteLine("ksymtrim: warning: no modules in the inputs given (a folder is searched for *.ko, *.ko.gz, *.ko.xz and *.ko.zst)");

    /// <summary>Writes one <c>ksymtrim: error: …</c> line per failed input.</summary>
    public static void ReportErrors(IEnumerable<KsymFormatException> errors, TextWriter stderr)
    {
        foreach (var e in errors) stderr.WriteLine("ksymtrim: error: " + e.Message);
    }
}
