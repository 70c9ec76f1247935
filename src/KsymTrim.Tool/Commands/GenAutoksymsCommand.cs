using System.CommandLine;
using KsymTrim.Kbuild;

namespace KsymTrim.Tool.Commands;

/// <summary><c>ksymtrim gen-autoksyms OUTPUT</c>: the drop-in for scripts/gen_autoksyms.sh (CONTRACT.md).</summary>
internal static class GenAutoksymsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        var output = new Argument<string>("OUTPUT") { Description = "The header to write (include/generated/autoksyms.h), atomically; left untouched when unchanged." };
        var modorder = new Option<bool>("--modorder")
        {
            Description = "Accepted for the command line of kernels 5.19 to 6.4 (gen_autoksyms.sh --modorder); modules.order is read whenever it exists.",
        };
        var objtree = new Option<string?>("--objtree") { Description = "The kernel object tree (default: the current folder, where make runs the script).", HelpName = "DIR" };
        var srctree = new Option<string?>("--srctree") { Description = "The kernel source tree, for a relative CONFIG_UNUSED_KSYMS_WHITELIST (default: $abs_srctree, else $srctree, else the object tree).", HelpName = "DIR" };
        var config = new Option<string?>("--config") { Description = "The configuration (default: include/config/auto.conf in the object tree).", HelpName = "FILE" };
        var noLookups = UsedCommand.NoRuntimeLookupsOption();
        var common = new CommonOptions(stderrIsTerminal);
        var command = new Command("gen-autoksyms",
            "Drop-in for scripts/gen_autoksyms.sh (kernels 5.4 to 6.4), run in the kernel object tree: the modules of modules.order " +
            "(bitcode read directly: no LTO link first), module_layout under CONFIG_MODVERSIONS and CONFIG_UNUSED_KSYMS_WHITELIST, " +
            "written as include/generated/autoksyms.h.")
        {
            output, modorder, objtree, srctree, config, noLookups,
        };
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = new GenAutoksymsOptions
            {
                ObjTree = result.GetValue(objtree) ?? ".",
                SrcTree = result.GetValue(srctree),
                Config = result.GetValue(config),
                Jobs = common.JobsOf(result),
                RuntimeLookups = !result.GetValue(noLookups),
            };
            using var loggers = common.CreateLoggerFactory(result, stderr);
            var logger = loggers.CreateLogger("ksymtrim");
            var progress = common.CreateProgress(result, stderr);
            // The configuration is read first: without --config, its absence means this is not the kernel object tree.
            string configPath = options.Config ?? Path.Combine(options.ObjTree, "include", "config", "auto.conf");
            return UsedCommand.ComputeAndWrite(() => GenAutoksyms.Compute(options with { Progress = progress }, logger), progress,
                UsedSymbolsFormat.Autoksyms, result.GetValue(output), result.GetValue(common.KeepGoing),
                warnNoModules: false, stdout, stderr, [], // a kernel without modules has an empty modules.order
                (configPath, options.Config is null ? "run gen-autoksyms in the kernel object tree, or give --objtree DIR" : "named by --config"));
        });
        return command;
    }
}
