using System.CommandLine;
using System.CommandLine.Help;
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

    internal static string Version =>
        typeof(Cli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
