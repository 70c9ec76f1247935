using System.CommandLine;
using System.Text;
using KsymTrim.Inputs;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Kbuild;
using KsymTrim.Objects;

namespace KsymTrim.Tool.Commands;

/// <summary><c>ksymtrim nm</c>: the symbol-table view, as nm prints it (CONTRACT.md).</summary>
internal static class NmCommand
{
    internal sealed record Options(IReadOnlyList<string> Files, NmFilter Filter, int Jobs, bool KeepGoing);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Objects, modules, archives, bitcode; directories and @FILE lists." };
        var undefinedOnly = new Option<bool>("--undefined-only", "-u") { Description = "Only undefined symbols." };
        var definedOnly = new Option<bool>("--defined-only") { Description = "Only defined symbols." };
        var externOnly = new Option<bool>("--extern-only", "-g") { Description = "Only external (global, weak, undefined, common) symbols." };
        var common = new CommonOptions();
        var command = new Command("nm", "List symbols as nm does (native ELF) or llvm-nm does (bitcode), with no analysis added.")
        {
            files, undefinedOnly, definedOnly, externOnly,
        };
        common.AddTo(command);
        command.SetAction(result =>
        {
            bool u = result.GetValue(undefinedOnly), d = result.GetValue(definedOnly), g = result.GetValue(externOnly);
            if (u && d)
            {
                return Cli.UsageError(stderr, command, "--undefined-only and --defined-only exclude each other: give one of them");
            }
            var filter = u ? NmFilter.UndefinedOnly
                : d ? (g ? NmFilter.ExternalDefinedOnly : NmFilter.DefinedOnly)
                : g ? NmFilter.ExternalOnly : NmFilter.All;
            return Run(new Options(result.GetValue(files)!, filter, common.JobsOf(result), result.GetValue(common.KeepGoing)), stdout, stderr);
        });
        return command;
    }

    public static int Run(Options options, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<string> paths;
        try { paths = ModuleInputs.Expand(options.Files); }
        catch (KsymFormatException e)
        {
            CommonOptions.ReportUnreadable(e, stderr, options.Files);
            return ExitCodes.InputError;
        }
        if (paths.Count == 0) CommonOptions.WarnNoModules(stderr);
        bool prefixAll = paths.Count > 1;
        var blocks = new string?[paths.Count];
        var errors = new KsymFormatException?[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs }, i =>
        {
            try { blocks[i] = Render(paths[i], options.Filter, prefixAll); }
            catch (KsymFormatException e) { errors[i] = e.Path is null ? e.At(paths[i]) : e; }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors[i] = new KsymFormatException(DiagnosticId.InternalError, InputFormat.Unknown, -1,
                    $"internal error: {e.GetType().Name}: {e.Message.TrimEnd('.')}", paths[i], inner: e);
            }
        });
        var failed = errors.Where(e => e is not null).Select(e => e!).ToList();
        if (failed.Count == 0 || options.KeepGoing)
            foreach (var b in blocks) if (b is not null) stdout.Write(b);
        CommonOptions.ReportErrors(failed, stderr);
        return failed.Count == 0 ? ExitCodes.Success : ExitCodes.InputError;
    }

    private static string Render(string path, NmFilter filter, bool prefixAll)
    {
        using var input = InputLoader.Load(path);
        var sb = new StringBuilder();
        foreach (var unit in input.Units)
        {
            var entries = ObjectSymbols.ForNm(unit, filter);
            entries.Sort(static (a, b) =>
            {
                int c = string.CompareOrdinal(a.Name, b.Name);
                return c != 0 ? c : a.Type.CompareTo(b.Type);
            });
            string prefix = prefixAll || input.IsArchive ? unit.Label + ": " : "";
            foreach (var e in entries) sb.Append(prefix).Append(e.Name).Append(' ').Append(e.Type).Append('\n');
        }
        return sb.ToString();
    }
}
