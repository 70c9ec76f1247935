using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
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
        // @FILE is ours (one module path per line, CONTRACT.md), not System.CommandLine's response files.
        var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            foreach (var e in result.Errors) stderr.WriteLine("ksymtrim: error: " + e.Message);
            foreach (var line in Suggestions(result)) stderr.WriteLine(line);
            stderr.WriteLine("Try 'ksymtrim --help' for more information.");
            return ExitCodes.UsageError;
        }
        return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
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
        var unknown = result.UnmatchedTokens
            .Concat(result.Tokens.Where(t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-').Select(t => t.Value))
            .Distinct(StringComparer.Ordinal);
        foreach (var word in unknown)
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
