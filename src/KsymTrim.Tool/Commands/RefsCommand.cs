using System.CommandLine;
using System.Text;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Kbuild;

namespace KsymTrim.Tool.Commands;

/// <summary><c>ksymtrim refs</c>: every symbol each module needs from outside, with its provenance (CONTRACT.md).</summary>
internal static class RefsCommand
{
    /// <summary>The output formats of <c>refs</c>.</summary>
    public enum Format
    {
        /// <summary>module, symbol, source, detail; tab-separated.</summary>
        Tsv,
        /// <summary>{"modules":[{"module":…,"references":[{"symbol","source","detail"}]}],"errors":[…],"summary":1,"version":…}: for one module, its summary (<see cref="ModuleSummary"/>).</summary>
        Json,
    }

    public static Command Create(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var inputs = new Argument<string[]>("MODULE") { Arity = ArgumentArity.ZeroOrMore, Description = "Modules, archives, directories and @FILE lists." };
        var format = new Option<Format>("--format") { Description = "tsv (default) or json.", HelpName = CommonOptions.HelpNameOf<Format>(), CustomParser = CommonOptions.OneOf<Format>("--format") }; // Tsv is the default value (as used's --format)
        CommonOptions.CompleteWithValues<Format>(format);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write here atomically (a module's summary: MODULE.refs.json); the file's time is always renewed, as make wants.",
            HelpName = "FILE",
        };
        var inputOptions = new InputOptions();
        var common = new CommonOptions(stderrIsTerminal);
        var command = new Command("refs", "Every symbol each module needs from outside itself once it is native code, with its evidence.")
        {
            inputs, format, output,
        };
        inputOptions.AddTo(command);
        common.AddTo(command);
        command.SetAction(result =>
        {
            var args = result.GetValue(inputs) ?? [];
            var order = result.GetValue(inputOptions.ModulesOrder);
            if (args.Length == 0 && order is null)
            {
                return Cli.UsageError(stderr, command, Cli.MissingInputs(command.Name));
            }
            // a JSON output is a module summary: it carries what kmi needs besides the references
            var results = inputOptions.GetReferences(result, common, args, stderr, readExports: result.GetValue(format) == Format.Json);
            if (results is null) return ExitCodes.InputError;
            if (results.Count == 0) CommonOptions.WarnNoModules(stderr);
            return Write(results, result.GetValue(format), result.GetValue(common.KeepGoing), stdout, stderr, result.GetValue(output));
        });
        return command;
    }

    public static int Write(IReadOnlyList<ModuleResult> results, Format format, bool keepGoing, TextWriter stdout, TextWriter stderr,
        string? output = null)
    {
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();
        CommonOptions.ReportErrors(errors, stderr);
        var modules = results.Where(r => r.References is not null).Select(r => r.References!)
            .OrderBy(m => m.Module, StringComparer.Ordinal).ToList();
        CommonOptions.ReportWarnings(modules, stderr);
        if (errors.Count > 0 && !keepGoing) return ExitCodes.InputError;
        string text = format == Format.Json ? RenderJson(modules, errors) : RenderTsv(modules);
        if (output is null) stdout.Write(text);
        else
        {
            try
            {
                // Renewed even when unchanged: make reruns a rule whose target is older than its prerequisite, and
                // modules.order prefers a summary only when its module is not newer (ModuleInputs).
                if (!AtomicFile.WriteIfChanged(output, text)) File.SetLastWriteTimeUtc(output, DateTime.UtcNow);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine("ksymtrim: error: " + KsymFormatException.Compose(output, null, UsedCommand.CannotWrite(output, e), -1));
                return ExitCodes.InputError;
            }
        }
        return errors.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    private static string RenderTsv(IEnumerable<ModuleReferences> modules)
    {
        var sb = new StringBuilder();
        foreach (var m in modules)
            foreach (var r in m.References)
                sb.Append(m.Module).Append('\t').Append(r.Symbol).Append('\t').Append(ReferenceSources.Name(r.Source))
                  .Append('\t').Append(Clean(r.Detail)).Append('\n');
        return sb.ToString();
    }

    private static string Clean(string detail) => detail.Replace('\t', ' ').Replace('\n', ' ');

    private static string RenderJson(IEnumerable<ModuleReferences> modules, IEnumerable<KsymFormatException> errors) =>
        ModuleSummary.Render(modules, errors);
}
