using System.CommandLine;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Kbuild;

namespace KsymTrim.Tool.Commands;

/// <summary><c>ksymtrim kmi</c>: Android's KMI symbol list, a drop-in for <c>extract_symbols</c> (an extension of
/// CONTRACT.md, docs/usage.md).</summary>
internal static class KmiCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Directories searched for vmlinux and *.ko (default: the current one), vmlinux, and more modules: objects, archives, bitcode, *.refs.json, @FILE lists.",
        };
        var symbolList = new Option<string?>("--symbol-list", "--whitelist") { Description = "The symbol list to write (default: stdout).", HelpName = "FILE" };
        var additionsOnly = new Option<bool>("--additions-only") { Description = "Read the existing symbol list and remove none of its symbols." };
        var skipGrouping = new Option<bool>("--skip-module-grouping")
        {
            Description = "Do not group symbols by module; with --additions-only, the unused symbols are sorted with all the others.",
        };
        var emitModuleLists = new Option<bool>("--emit-module-symbol-lists", "--emit-module-whitelists")
        {
            Description = "Also write one symbol list per module, FILE_MODULE (needs --symbol-list).",
        };
        var moduleFilter = new Option<string[]>("--module-filter")
        {
            Description = "Only modules whose file name this regular expression matches; may be given several times.",
            HelpName = "REGEX", AllowMultipleArgumentsPerToken = false, Arity = ArgumentArity.OneOrMore,
        };
        var includeModuleExports = new Option<bool>("--include-module-exports") { Description = "Also list symbols the vendor modules export to each other." };
        var fullGkiAbi = new Option<bool>("--full-gki-abi") { Description = "List every export of vmlinux and the GKI (signed) modules." };
        var printModules = new Option<bool>("--print-modules") { Description = "Print which modules were and were not considered." };
        var skipReportMissing = new Option<bool>("--skip-report-missing") { Description = "Do not report symbols modules need that nothing exports." };
        var noLookups = UsedCommand.NoRuntimeLookupsOption();
        var inputOptions = new InputOptions();
        var common = new CommonOptions(stderrIsTerminal);
        var command = new Command("kmi", "Android's KMI symbol list of the exports vendor (unsigned) modules need: a drop-in for extract_symbols.")
        {
            inputs, symbolList, additionsOnly, skipGrouping, emitModuleLists, moduleFilter, includeModuleExports, fullGkiAbi,
            printModules, skipReportMissing, noLookups,
        };
        inputOptions.AddTo(command);
        common.AddTo(command);
        command.SetAction(result =>
        {
            string? list = result.GetValue(symbolList);
            var options = new KmiOptions
            {
                Inputs = result.GetValue(inputs) ?? [],
                ModulesOrder = result.GetValue(inputOptions.ModulesOrder),
                ObjTree = result.GetValue(inputOptions.ObjTree),
                SymbolList = list,
                AdditionsOnly = result.GetValue(additionsOnly),
                ModuleGrouping = !result.GetValue(skipGrouping),
                EmitModuleSymbolLists = result.GetValue(emitModuleLists),
                ModuleFilters = result.GetValue(moduleFilter) ?? [],
                IncludeModuleExports = result.GetValue(includeModuleExports),
                FullGkiAbi = result.GetValue(fullGkiAbi),
                ReportMissing = !result.GetValue(skipReportMissing),
                RuntimeLookups = !result.GetValue(noLookups),
                Jobs = common.JobsOf(result),
            };
            if (options.EmitModuleSymbolLists && list is null)
                return Cli.UsageError(stderr, command, "--emit-module-symbol-lists writes FILE_MODULE beside the list: give --symbol-list FILE");
            if (options.AdditionsOnly && list is null)
                return Cli.UsageError(stderr, command, "--additions-only reads the existing list: give --symbol-list FILE");
            foreach (var filter in options.ModuleFilters)
            {
                try { _ = new System.Text.RegularExpressions.Regex(filter); }
                catch (ArgumentException e) { return Cli.UsageError(stderr, command, $"--module-filter '{filter}' is not a regular expression: {e.Message.TrimEnd('.')}"); }
            }
            using var loggers = common.CreateLoggerFactory(result, stderr);
            var logger = loggers.CreateLogger("ksymtrim");
            KmiResult kmi;
            try
            {
                using var progress = common.CreateProgress(result, stderr);
                kmi = KmiSymbolList.Compute(options with { Progress = progress }, logger);
            }
            catch (KsymFormatException e)
            {
                CommonOptions.ReportUnreadable(e, stderr, options.Inputs, (options.SymbolList, "named by --symbol-list"),
                    (options.ModulesOrder, "named by --modules-order"));
                return ExitCodes.InputError;
            }
            return Write(kmi, list, result.GetValue(printModules), result.GetValue(common.KeepGoing), stdout, stderr);
        });
        return command;
    }

    /// <summary>
    /// Reports the errors of <paramref name="kmi"/>, then writes as <c>extract_symbols</c> does: the list to
    /// <paramref name="list"/> (and each module's list beside it) or to stdout, then the report of missing symbols,
    /// then, with <paramref name="printModules"/>, which modules were considered. When the list goes to stdout it comes
    /// before the report, where the script's own output lands when its stdout is a file or a pipe (its report waits in
    /// Python's buffer while the list is written). Nothing is written when an input failed, unless <paramref name="keepGoing"/>.
    /// </summary>
    public static int Write(KmiResult kmi, string? list, bool printModules, bool keepGoing, TextWriter stdout, TextWriter stderr)
    {
        CommonOptions.ReportErrors(kmi.Errors, stderr);
        CommonOptions.ReportWarnings(kmi.Warnings, stderr);
        if (kmi.Errors.Count > 0 && !keepGoing) return ExitCodes.InputError;

        if (list is null) stdout.Write(kmi.Text);
        else
        {
            foreach (var (path, text) in kmi.ModuleLists.Select(m => (list + "_" + m.Suffix, m.Text)).Prepend((list, kmi.Text)))
            {
                try { if (!AtomicFile.WriteIfChanged(path, text)) File.SetLastWriteTimeUtc(path, DateTime.UtcNow); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine("ksymtrim: error: " + KsymFormatException.Compose(path, null, UsedCommand.CannotWrite(path, e), -1));
                    return ExitCodes.InputError;
                }
            }
        }
        foreach (var m in kmi.Missing) stdout.Write(m + "\n");
        if (printModules)
        {
            if (kmi.VendorModules.Count > 0)
            {
                stdout.Write("These modules have been considered when creating the symbol list:\n  " + string.Join("\n  ", kmi.VendorModules) + "\n");
            }
            if (kmi.GkiModules.Count > 0)
            {
                stdout.Write("These modules have *NOT* been considered when creating the symbol list:\n  " + string.Join("\n  ", kmi.GkiModules) + "\n");
            }
        }
        stdout.Flush();
        return kmi.Errors.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }
}
