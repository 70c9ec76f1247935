using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Reflection;
using KsymTrim.Tool.Commands;

namespace KsymTrim.Tool;

/// <summary>The command line: builds the commands and runs one. No <c>Environment.Exit</c> below <c>Main</c>.</summary>
internal static class Cli
{
    /// <summary>Runs <c>ksymtrim</c> with <paramref name="args"/>, writing to the given writers. A progress display is
    /// drawn on <paramref name="stderr"/> only when <paramref name="stderrIsTerminal"/>.</summary>
    /// <returns>The exit status (<see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var root = Build(stdout, stderr, stderrIsTerminal);
        if (args.Length > 0 && Completion.IsDirective(args[0])) return Completion.Run(root, args, stdout);
        // "ksymtrim help [COMMAND]", as git and go take it: the help of the command (an unknown one is reported as such).
        if (args is ["help"]) args = ["--help"];
        else if (args is ["help", var name]) args = root.Subcommands.Any(c => c.Name == name) ? [name, "--help"] : [name];
        // @FILE is ours (one module path per line, CONTRACT.md), not System.CommandLine's response files.
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
            return UsageError(stderr, result.CommandResult.Command, UsageMessage(result), Suggestions(result));
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>Writes a usage error as build scripts and people both read it: one line saying what is wrong and
    /// what to do, any "did you mean" lines, then where to read more; returns <see cref="ExitCodes.UsageError"/>.</summary>
    internal static int UsageError(TextWriter stderr, Command command, string message, IEnumerable<string>? hints = null)
    {
        stderr.WriteLine("ksymtrim: error: " + message);
        foreach (var line in hints ?? []) stderr.WriteLine(line);
        stderr.WriteLine($"Try '{HelpCommand(command)} --help' for more information.");
        return ExitCodes.UsageError;
    }

    private static string HelpCommand(Command command) =>
        command.Parents.Any() ? "ksymtrim " + command.Name : "ksymtrim";

    /// <summary>The command line of each command in short, for the messages that say how to call it.</summary>
    internal static string Synopsis(string command) => command switch
    {
        "nm" => "ksymtrim nm [options] FILE...",
        "explain" => "ksymtrim explain [options] SYMBOL... INPUT...",
        "gen-autoksyms" => "ksymtrim gen-autoksyms [options] OUTPUT",
        "kmi" => "ksymtrim kmi [options] [DIR] [INPUT...]",
        _ => $"ksymtrim {command} [options] INPUT...",
    };

    /// <summary>What is wrong with the command line of a failed parse, in one line that says what to do. System.CommandLine's
    /// own messages ("Required argument missing for command: 'nm'.") name neither the value wanted nor how to give it; the
    /// parse result says which kind of error each is, so the message is chosen from that, not from its (localised) text.</summary>
    internal static string UsageMessage(ParseResult result)
    {
        var commandResult = result.CommandResult;
        var command = commandResult.Command;
        var argumentTokens = commandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value);
        // An unknown option first: a mistyped option can swallow a value or leave one over, and those are its consequences.
        var unknownOption = result.UnmatchedTokens.Concat(argumentTokens).FirstOrDefault(LooksLikeOption);
        bool isRoot = !command.Parents.Any();
        if (unknownOption is not null)
        {
            // An option of another command ("refs -o"): say which commands take it.
            var takers = isRoot ? [] : result.RootCommandResult.Command.Subcommands
                .Where(c => c.Options.Any(o => o.Name == unknownOption || o.Aliases.Contains(unknownOption))).Select(c => c.Name).ToList();
            return takers.Count == 0 ? $"unknown option '{unknownOption}'"
                : $"unknown option '{unknownOption}': {command.Name} does not take it, {JoinOr(takers, "and")} {(takers.Count == 1 ? "does" : "do")}";
        }
        foreach (var error in result.Errors)
            if (error.SymbolResult is OptionResult o)
            {
                string name = o.IdentifierToken?.Value ?? o.Option.Name;
                if (o.Tokens.Count == 0 && o.Option.Arity.MinimumNumberOfValues > 0) return $"{name} needs {ValueHint(o.Option)}";
                if (o.Tokens.Count > o.Option.Arity.MaximumNumberOfValues) return $"{name} is given more than once: give it once";
            }
        string commands = JoinOr(command.Subcommands.Select(c => c.Name), "and");
        if (isRoot && result.UnmatchedTokens.FirstOrDefault() is { } word)
            return $"unknown command '{word}': the commands are {commands}";
        if (isRoot) return $"no command given: the commands are {commands}";
        if (result.UnmatchedTokens.FirstOrDefault() is { } extra)
            return $"unexpected argument '{extra}': {Synopsis(command.Name)}";
        foreach (var error in result.Errors)
            if (error.SymbolResult is ArgumentResult a && a.Tokens.Count < a.Argument.Arity.MinimumNumberOfValues)
                return MissingInputs(command.Name);
        return result.Errors[0].Message.TrimEnd('.');
    }

    /// <summary>The message for a command given no inputs (or, for <c>gen-autoksyms</c>, no OUTPUT).</summary>
    internal static string MissingInputs(string command) => command switch
    {
        "nm" => $"nm needs at least one FILE: {Synopsis(command)}",
        "explain" => $"explain needs a SYMBOL and at least one input: {Synopsis(command)}",
        "gen-autoksyms" => $"gen-autoksyms needs the OUTPUT file to write, and runs in the kernel object tree: {Synopsis(command)}",
        _ => "no inputs: give module files, folders, @list files or --modules-order FILE",
    };

    private static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && !long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>What an option takes, from its help placeholder: <c>a FILE</c>, <c>one of tsv or json</c>.</summary>
    private static string ValueHint(Option option) => option.HelpName switch
    {
        "N" => "a number, 1 or more",
        { } values when values.Contains('|') => "one of " + JoinOr(values.Split('|'), "or"),
        { } name => "a " + name,
        null => "a value",
    };

    /// <summary><c>a, b or c</c>.</summary>
    internal static string JoinOr(IEnumerable<string> words, string conjunction)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " " + conjunction + " " + list[^1];
    }

    internal static Command Build(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        // A plain Command named "ksymtrim" rather than RootCommand, which would take its name from the assembly
        // (KsymTrim.Tool: it cannot be "ksymtrim", which the runtime would confuse with the KsymTrim library).
        var root = new Command("ksymtrim",
            "ksymtrim: which exported kernel symbols do modules use? Reads native ELF modules, Clang LTO bitcode " +
            "(predicting what code generation adds), archives and compressed modules, and computes the set " +
            "CONFIG_TRIM_UNUSED_KSYMS must keep.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(NmCommand.Create(stdout, stderr));
        root.Subcommands.Add(RefsCommand.Create(stdout, stderr, stderrIsTerminal));
        root.Subcommands.Add(UsedCommand.Create(stdout, stderr, stderrIsTerminal));
        root.Subcommands.Add(UnusedCommand.Create(stdout, stderr, stderrIsTerminal));
        root.Subcommands.Add(KmiCommand.Create(stdout, stderr, stderrIsTerminal));
        root.Subcommands.Add(ExplainCommand.Create(stdout, stderr, stderrIsTerminal));
        root.Subcommands.Add(GenAutoksymsCommand.Create(stdout, stderr, stderrIsTerminal));
        return root;
    }

    /// <summary>"Did you mean" lines for the mistyped commands and options of a failed parse: each unknown word
    /// against the names the command it was given to knows, by edit distance (at most one edit in four letters).</summary>
    internal static IEnumerable<string> Suggestions(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var known = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Append(o.Name)))
            .Distinct(StringComparer.Ordinal).ToList();
        // Words nothing took, and option-like words a command's arguments took (an option's value, --jobs -3, is not one).
        var unknown = result.UnmatchedTokens
            .Concat(result.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).Where(LooksLikeOption))
            .Distinct(StringComparer.Ordinal);
        // A one-letter option is one edit from every other: no suggestion says more than the help does.
        foreach (var word in unknown.Where(w => w.TrimStart('-').Length > 1))
        {
            int limit = Math.Max(1, word.TrimStart('-').Length / 4);
            var near = known.Select(k => (Name: k, Distance: EditDistance(word, k)))
                .Where(k => k.Distance <= limit && (word[0] == '-') == (k.Name[0] == '-'))
                .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).Take(3).ToList();
            if (near.Count > 0)
                yield return $"ksymtrim: '{word}': did you mean {string.Join(" or ", near.Select(n => $"'{n.Name}'"))}?";
        }
    }

    /// <summary>Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as one
    /// edit (optimal string alignment): <c>--jbos</c> is one edit from <c>--jobs</c>.</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    internal static string Version =>
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
