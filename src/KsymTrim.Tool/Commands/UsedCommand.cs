using KsymTrim.Analysis;
using System.CommandLine;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Kbuild;

namespace KsymTrim.Tool.Commands;

/// <summary><c>ksymtrim used</c>: the union of every module's references (CONTRACT.md).</summary>
internal static class UsedCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var inputs = new Argument<string[]>("MODULE") { Arity = ArgumentArity.ZeroOrMore, Description = "Modules, archives, directories (every *.ko below) and @FILE lists." };
        var symvers = new Option<string?>("--symvers") { Description = "Module.symvers: keep only the symbols exported there.", HelpName = "FILE" };
        var config = new Option<string?>("--config") { Description = "include/config/auto.conf: CONFIG_MODVERSIONS=y adds module_layout.", HelpName = "FILE" };
        var whitelist = new Option<string?>("--whitelist") { Description = "Extra symbols to keep (CONFIG_UNUSED_KSYMS_WHITELIST format). Never needed for a correct answer.", HelpName = "FILE" };
        // The values as they are typed (matched without regard to case); no DefaultValueFactory, whose help text would print
        // the enum's spelling ("[default: List]"): List is the enum's default value, and the description says so.
        var format = new Option<UsedSymbolsFormat>("--format") { Description = "list (default), autoksyms, json or kmi.", HelpName = CommonOptions.HelpNameOf<UsedSymbolsFormat>(),
            CustomParser = CommonOptions.OneOf<UsedSymbolsFormat>("--format") };
        CommonOptions.CompleteWithValues<UsedSymbolsFormat>(format);
        var output = new Option<string?>("--output", "-o") { Description = "Write here atomically; left untouched when the content would not change.", HelpName = "FILE" };
        var noLookups = NoRuntimeLookupsOption();
        var inputOptions = new InputOptions();
        var common = new CommonOptions(stderrIsTerminal);
        var command = new Command("used", "The symbols CONFIG_TRIM_UNUSED_KSYMS must keep exported: the union of what every module needs.")
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
                LinkerNames = result.GetValue(format) == UsedSymbolsFormat.Autoksyms ? LinkerNameRules.GenAutoksyms : LinkerNameRules.Modpost,
                RuntimeLookups = !result.GetValue(noLookups),
            };
            if (options.Inputs.Count == 0 && options.ModulesOrder is null)
            {
                return Cli.UsageError(stderr, command, Cli.MissingInputs(command.Name));
            }
            using var loggers = common.CreateLoggerFactory(result, stderr);
            var logger = loggers.CreateLogger("ksymtrim");
            var progress = common.CreateProgress(result, stderr);
            return ComputeAndWrite(() => UsedSymbols.Compute(options with { Progress = progress }, logger), progress,
                result.GetValue(format), result.GetValue(output), result.GetValue(common.KeepGoing), warnNoModules: true, stdout, stderr,
                options.Inputs, (options.Symvers, "named by --symvers"), (options.Config, "named by --config"),
                (options.Whitelist, "named by --whitelist"), (options.ModulesOrder, "named by --modules-order"));
        });
        return command;
    }

    /// <summary><c>--no-runtime-lookups</c> (used, gen-autoksyms).</summary>
    public static Option<bool> NoRuntimeLookupsOption() => new("--no-runtime-lookups")
    {
        Description = "Leave out the exports modules look up by name at run time (symbol_get, dvb_attach...): the link-time set " +
                      "the kernel's own pipeline computes. By default they are kept, since trimming them breaks those modules.",
    };

    /// <summary>Runs <paramref name="compute"/> with <paramref name="progress"/> drawn meanwhile (and erased before
    /// anything else goes to stderr), then reports a thrown error (a file of <paramref name="inputs"/> or
    /// <paramref name="named"/> that cannot be read, <see cref="CommonOptions.ReportUnreadable"/>) or <see cref="Write"/>s
    /// the result.</summary>
    public static int ComputeAndWrite(Func<UsedSymbolsResult> compute, IDisposable? progress, UsedSymbolsFormat format,
        string? output, bool keepGoing, bool warnNoModules, TextWriter stdout, TextWriter stderr,
        IEnumerable<string> inputs, params (string? Path, string Hint)[] named)
    {
        UsedSymbolsResult result;
        try
        {
            using (progress) result = compute();
        }
        catch (KsymFormatException e)
        {
            CommonOptions.ReportUnreadable(e, stderr, inputs, named);
            return ExitCodes.InputError;
        }
        if (warnNoModules && result.ModuleCount == 0 && result.Errors.Count == 0) CommonOptions.WarnNoModules(stderr);
        return Write(result, format, output, keepGoing, stdout, stderr);
    }

    /// <summary>Reports the errors of <paramref name="result"/>, then renders it to stdout or, atomically, to
    /// <paramref name="output"/> (nothing is written when an input failed without <paramref name="keepGoing"/>).</summary>
    public static int Write(UsedSymbolsResult result, UsedSymbolsFormat format, string? output, bool keepGoing,
        TextWriter stdout, TextWriter stderr)
    {
        CommonOptions.ReportErrors(result.Errors, stderr);
        CommonOptions.ReportWarnings(result.Warnings, stderr);
        if (result.Errors.Count > 0 && !keepGoing) return ExitCodes.InputError;

        string text = UsedSymbolsWriter.Render(result, format);
        if (output is null) stdout.Write(text);
        else
        {
            try { AtomicFile.WriteIfChanged(output, text); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine("ksymtrim: error: " + KsymFormatException.Compose(output, null, CannotWrite(output, e), -1));
                return ExitCodes.InputError;
            }
        }
        return result.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    /// <summary>Why <paramref name="output"/> could not be written, and what to do, instead of the runtime's message
    /// (which names the temporary file).</summary>
    internal static string CannotWrite(string output, Exception e)
    {
        if (Directory.Exists(output)) return "is a directory: name the file to write";
        if (e is DirectoryNotFoundException)
        {
            string folder = Path.GetDirectoryName(output) is { Length: > 0 } d ? d : ".";
            return $"no folder {folder}: create it first";
        }
        return e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
    }
}
