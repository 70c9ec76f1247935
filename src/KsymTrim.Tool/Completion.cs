using System.CommandLine;
using System.Globalization;

namespace KsymTrim.Tool;

/// <summary>
/// The <c>[suggest:N]</c> directive of System.CommandLine, which the library gives only to a <c>RootCommand</c> (ours is
/// a plain command named <c>ksymtrim</c>, see <see cref="Cli.Build"/>): <c>ksymtrim "[suggest:N]" "LINE"</c> prints the
/// completions of the word at character N of LINE (the arguments after <c>ksymtrim</c>), one a line, and exits 0. It is
/// what <c>dotnet-suggest</c> runs, and what the shell functions of docs/usage.md run.
/// </summary>
internal static class Completion
{
    private const string Prefix = "[suggest";

    /// <summary>Whether <paramref name="arg"/>, the first argument, is <c>[suggest]</c> or <c>[suggest:N]</c>.</summary>
    public static bool IsDirective(string arg) =>
        arg.StartsWith(Prefix, StringComparison.Ordinal) && arg.EndsWith(']') &&
        (arg.Length == Prefix.Length + 1 || arg[Prefix.Length] == ':');

    /// <summary>Prints the completions; without N, those of the end of the line.</summary>
    public static int Run(Command root, string[] args, TextWriter stdout)
    {
        string line = args.Length > 1 ? args[^1] : "";
        string n = args[0][Prefix.Length..^1].TrimStart(':');
        int position = int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int p) ? Math.Min(p, line.Length) : line.Length;
        var result = root.Parse(line, new ParserConfiguration { ResponseFileTokenReplacer = null });
        foreach (var item in result.GetCompletions(position)) stdout.WriteLine(item.Label);
        return ExitCodes.Success;
    }
}
