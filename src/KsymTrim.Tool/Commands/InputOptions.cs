using System.CommandLine;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;

namespace KsymTrim.Tool.Commands;

/// <summary>The module-input options shared by <c>refs</c>, <c>used</c> and <c>explain</c>.</summary>
internal sealed class InputOptions
{
    public Option<string?> ModulesOrder { get; } = new("--modules-order")
    {
        Description = "kbuild's modules.order: each line names a module relative to the file's folder (or --objtree).",
        HelpName = "FILE",
    };

    public Option<string?> ObjTree { get; } = new("--objtree")
    {
        Description = "The folder modules.order lines are relative to.",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ModulesOrder);
        command.Options.Add(ObjTree);
        // Alone, --objtree would be ignored without a word: the user meant something it does not do.
        command.Validators.Add(r =>
        {
            if (r.GetResult(ObjTree) is { Tokens.Count: > 0 } && r.GetResult(ModulesOrder) is null)
                r.AddError("--objtree only says what --modules-order lines are relative to: give --modules-order FILE too");
        });
    }

    /// <summary>The references of the modules <paramref name="args"/> and <c>--modules-order</c> name, as
    /// <c>refs</c> and <c>explain</c> read them: null, with the error written to <paramref name="stderr"/>, when the
    /// inputs could not be expanded (exit code <see cref="ExitCodes.InputError"/>). With <paramref name="readExports"/>,
    /// each module's exports and signature are read too (<see cref="ModuleAnalyzer.ReadExports"/>).</summary>
    public IReadOnlyList<ModuleResult>? GetReferences(ParseResult result, CommonOptions common, IEnumerable<string> args, TextWriter stderr,
        bool readExports = false)
    {
        using var loggers = common.CreateLoggerFactory(result, stderr);
        IReadOnlyList<ModuleInput> paths;
        var order = result.GetValue(ModulesOrder);
        try { paths = ModuleInputs.ExpandModules(args, order, result.GetValue(ObjTree)); }
        catch (KsymFormatException e)
        {
            CommonOptions.ReportUnreadable(e, stderr, args, (order, "named by --modules-order"));
            return null;
        }
        using var progress = common.CreateProgress(result, stderr);
        return new ModuleAnalyzer(loggers.CreateLogger("ksymtrim")) { ReadExports = readExports }.GetReferences(paths, common.JobsOf(result), default, progress);
    }
}
