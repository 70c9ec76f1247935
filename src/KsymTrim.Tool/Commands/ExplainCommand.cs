using System.CommandLine;
using System.Text;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;

namespace KsymTrim.Tool.Commands;

/// <summary><c>ksymtrim explain SYMBOL... [inputs]</c>: which modules need a symbol, and why (CONTRACT.md).</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var words = new Argument<string[]>("SYMBOL|MODULE") { Arity = ArgumentArity.OneOrMore, Description = "Symbols to explain, then the inputs as for used (an existing file or directory, or @FILE, is an input)." };
        var inputOptions = new InputOptions();
        var common = new CommonOptions(stderrIsTerminal);
        var command = new Command("explain", "For each symbol: the modules that need it, each source and its evidence.") { words };
        inputOptions.AddTo(command);
        common.AddTo(command);
        command.SetAction(result =>
        {
            var symbols = new List<string>();
            var inputs = new List<string>();
            foreach (var w in result.GetValue(words)!) (IsInput(w) ? inputs : symbols).Add(w);
            var order = result.GetValue(inputOptions.ModulesOrder);
            if (symbols.Count == 0)
                return Cli.UsageError(stderr, command, $"explain needs a SYMBOL before the inputs: {Cli.Synopsis(command.Name)}");
            if (inputs.Count == 0 && order is null)
                return Cli.UsageError(stderr, command,
                    $"explain needs at least one input after the symbols (module files, folders, @list files or --modules-order FILE): {Cli.Synopsis(command.Name)}");
            var results = inputOptions.GetReferences(result, common, inputs, stderr);
            if (results is null) return ExitCodes.InputError;
            if (results.Count == 0) CommonOptions.WarnNoModules(stderr);
            return Write(symbols, results, result.GetValue(common.KeepGoing), stdout, stderr);
        });
        return command;
    }

    /// <summary>Whether a word of <c>explain</c> names an input rather than a symbol: @FILE, an existing file or folder, a
    /// path, or a module's file name (a missing <c>foo.ko</c> is then reported as missing, not explained as a symbol; no
    /// exported symbol, a C identifier, has a dot inside).</summary>
    internal static bool IsInput(string word) =>
        word.StartsWith('@') || File.Exists(word) || Directory.Exists(word) || word.Contains('/') ||
        ModuleSuffixes.Any(s => word.Length > s.Length && word.EndsWith(s, StringComparison.Ordinal));

    private static readonly string[] ModuleSuffixes = [".ko", ".ko.gz", ".ko.xz", ".ko.zst", ".o", ".a", ".bc"];

    public static int Write(IReadOnlyList<string> symbols, IReadOnlyList<ModuleResult> results, bool keepGoing, TextWriter stdout, TextWriter stderr)
    {
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        CommonOptions.ReportErrors(errors, stderr);
        var warned = results.Where(r => r.References is { Warnings.Count: > 0 }).Select(r => r.References!).ToList();
        CommonOptions.ReportWarnings(warned, stderr);
        if (errors.Count > 0 && !keepGoing) return ExitCodes.InputError;
        var sb = new StringBuilder();
        foreach (var symbol in symbols)
        {
            string wanted = symbol;
            var hits = new List<(string Module, SymbolReference Ref)>();
            foreach (var r in results)
            {
                if (r.References is null) continue;
                foreach (var x in r.References.References)
                    if (x.Symbol == wanted || (x.Symbol.Length > 1 && x.Symbol[0] == '.' && x.Symbol.AsSpan(1).SequenceEqual(wanted)))
                        hits.Add((r.References.Module, x)); // the input, or the module a summary names
            }
            if (hits.Count == 0)
            {
                sb.Append(symbol).Append(": needed by no module\n");
                continue;
            }
            int modules = hits.Select(h => h.Module).Distinct(StringComparer.Ordinal).Count();
            sb.Append(symbol).Append(": needed by ").Append(modules).Append(modules == 1 ? " module\n" : " modules\n");
            foreach (var group in hits.GroupBy(h => h.Module, StringComparer.Ordinal))
            {
                sb.Append("  ").Append(group.Key).Append('\n');
                foreach (var (_, r) in group)
                    sb.Append("    ").Append(ReferenceSources.Name(r.Source)).Append(": ").Append(r.Detail).Append('\n');
            }
        }
        // A lookup by computed name may need any of the symbols asked about: say so with the answer.
        if (warned.Count > 0)
        {
            sb.Append("lookups by a computed name (the exports they need cannot be known):\n");
            foreach (var m in warned)
                foreach (var w in m.Warnings) sb.Append("  ").Append(w.Describe(m.Module)).Append('\n');
        }
        stdout.Write(sb.ToString());
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }
}
