using System.CommandLine;
using System.Globalization;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Kbuild;

namespace KsymTrim.Tool.Commands;

/// <summary><c>ksymtrim unused</c>: every export no input module uses (an extension of CONTRACT.md, docs/usage.md).</summary>
internal static class UnusedCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var inputs = new Argument<string[]>("MODULE") { Arity = ArgumentArity.ZeroOrMore, Description = "Modules, archives, directories (every *.ko below) and @FILE lists." };
        var symvers = new Option<string?>("--symvers") { Description = "Module.symvers: the exports to check (default: the inputs' own __ksymtab sections).", HelpName = "FILE" };
        var config = new Option<string?>("--config") { Description = "include/config/auto.conf: CONFIG_MODVERSIONS=y makes module_layout used.", HelpName = "FILE" };
        var whitelist = new Option<string?>("--whitelist") { Description = "Symbols to count as used (CONFIG_UNUSED_KSYMS_WHITELIST format).", HelpName = "FILE" };
        var format = new Option<UnusedExportsFormat>("--format") { Description = "list (default), tsv or json.", HelpName = CommonOptions.HelpNameOf<UnusedExportsFormat>(),
            CustomParser = CommonOptions.OneOf<UnusedExportsFormat>("--format") };
        CommonOptions.CompleteWithValues<UnusedExportsFormat>(format);
        var output = new Option<string?>("--output", "-o") { Description = "Write here atomically; left untouched when the content would not change.", HelpName = "FILE" };
        var noLookups = UsedCommand.NoRuntimeLookupsOption();
        var inputOptions = new InputOptions();
        var common = new CommonOptions(stderrIsTerminal);
        var command = new Command("unused", "Every export that no input module uses: the exports CONFIG_TRIM_UNUSED_KSYMS would trim.")
        {
            inputs, symvers, config, whitelist, format, output, noLookups,
        };
        inputOptions.AddTo(command);
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = new UsedSymbolsOptions
            {
                Inputs = result.GetValue(inputs) ?? [],
                ModulesOrder = result.GetValue(inputOptions.ModulesOrder),
                ObjTree = result.GetValue(inputOptions.ObjTree),
                Symvers = result.GetValue(symvers),
                Config = result.GetValue(config),
                Whitelist = result.GetValue(whitelist),
                Jobs = common.JobsOf(result),
                RuntimeLookups = !result.GetValue(noLookups),
            };
            if (options.Inputs.Count == 0 && options.ModulesOrder is null)
                return Cli.UsageError(stderr, command, Cli.MissingInputs(command.Name));
            using var loggers = common.CreateLoggerFactory(result, stderr);
            var logger = loggers.CreateLogger("ksymtrim");
            UnusedExportsResult unused;
            try
            {
                using var progress = common.CreateProgress(result, stderr);
                unused = UnusedExports.Compute(options with { Progress = progress }, logger);
            }
            catch (KsymFormatException e)
            {
                CommonOptions.ReportUnreadable(e, stderr, options.Inputs, (options.Symvers, "named by --symvers"),
                    (options.Config, "named by --config"), (options.Whitelist, "named by --whitelist"),
                    (options.ModulesOrder, "named by --modules-order"));
                return ExitCodes.InputError;
            }
            if (unused.ModuleCount == 0 && unused.Errors.Count == 0) CommonOptions.WarnNoModules(stderr);
            return Write(unused, result.GetValue(format), result.GetValue(output), result.GetValue(common.KeepGoing), stdout, stderr);
        });
        return command;
    }

    /// <summary>Reports the errors of <paramref name="result"/>, renders it to stdout or, atomically, to
    /// <paramref name="output"/> (nothing is written when an input failed without <paramref name="keepGoing"/>), then
    /// writes the summary line to stderr.</summary>
    public static int Write(UnusedExportsResult result, UnusedExportsFormat format, string? output, bool keepGoing, TextWriter stdout, TextWriter stderr)
    {
        CommonOptions.ReportErrors(result.Errors, stderr);
        CommonOptions.ReportWarnings(result.Warnings, stderr);
        if (result.Errors.Count > 0 && !keepGoing) return ExitCodes.InputError;

        string text = UnusedExportsWriter.Render(result, format);
        if (output is null) stdout.Write(text);
        else
        {
            try { AtomicFile.WriteIfChanged(output, text); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine("ksymtrim: error: " + KsymFormatException.Compose(output, null, UsedCommand.CannotWrite(output, e), -1));
                return ExitCodes.InputError;
            }
        }
        stdout.Flush(); // the tool's stdout is buffered: on a terminal, or with 2>&1, the summary comes after the list
        stderr.WriteLine(Summary(result));
        return result.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    /// <summary><c>ksymtrim: 24,683 exports, 18,247 used, 6,436 unused</c> (<c>1 export</c> for one).</summary>
    public static string Summary(UnusedExportsResult result) => string.Format(CultureInfo.InvariantCulture,
        "ksymtrim: {0:N0} export{1}, {2:N0} used, {3:N0} unused", result.ExportCount, result.ExportCount == 1 ? "" : "s",
        result.UsedCount, result.Unused.Count);
}
