using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KsymTrim.Kbuild;

/// <summary>What <see cref="UsedSymbols.Compute"/> reads. The default value of every property is valid.</summary>
public sealed record UsedSymbolsOptions
{
    /// <summary>Module files, directories and <c>@FILE</c> lists (CONTRACT.md, "Inputs").</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>kbuild's <c>modules.order</c>, or null.</summary>
    public string? ModulesOrder { get; init; }

    /// <summary>The folder <see cref="ModulesOrder"/>'s lines are relative to; by default the file's folder.</summary>
    public string? ObjTree { get; init; }

    /// <summary>A <c>Module.symvers</c>: keep only the symbols it exports.</summary>
    public string? Symvers { get; init; }

    /// <summary><c>include/config/auto.conf</c>: CONFIG_MODVERSIONS=y adds <c>module_layout</c>.</summary>
    public string? Config { get; init; }

    /// <summary>Extra symbols to keep, in the CONFIG_UNUSED_KSYMS_WHITELIST format.</summary>
    public string? Whitelist { get; init; }

    /// <summary>Threads to use; 0 means one per processor. The answer does not depend on it.</summary>
    public int Jobs { get; init; }

    /// <summary>Which linker-provided names to leave out. <c>used --format autoksyms</c> uses
    /// <see cref="LinkerNameRules.GenAutoksyms"/>, to match the script byte for byte; everything else
    /// <see cref="LinkerNameRules.Modpost"/>.</summary>
    public LinkerNameRules LinkerNames { get; init; } = LinkerNameRules.Modpost;

    /// <summary>Count the exports modules look up by name at run time (default true); false gives the link-time set
    /// the kernel's own pipeline computes (<c>--no-runtime-lookups</c>).</summary>
    public bool RuntimeLookups { get; init; } = true;

    /// <summary>Hears of every finished module, from worker threads (so it must be thread-safe); null for none.</summary>
    public IProgress<AnalysisProgress>? Progress { get; init; }
}

/// <summary>The used set and the inputs that could not be read.</summary>
/// <param name="Symbols">The symbols to keep exported, sorted in byte order, each with the modules needing it.</param>
/// <param name="ModuleCount">How many module inputs were read successfully.</param>
/// <param name="Errors">One per input that could not be read, in input order.</param>
public sealed record UsedSymbolsResult(IReadOnlyList<UsedSymbol> Symbols, int ModuleCount, IReadOnlyList<KsymFormatException> Errors)
{
    /// <summary>Per module with lookups by computed name (in input order): the module and its warnings.</summary>
    public IReadOnlyList<ModuleReferences> Warnings { get; init; } = [];
}

/// <summary>
/// <c>ksymtrim used</c> as a library call: the union of every module's references, with kbuild's additions
/// (<c>module_layout</c> under CONFIG_MODVERSIONS, a whitelist) and removals (<c>__this_module</c>, ppc64 dot
/// prefixes, a Module.symvers filter). Thread-safe.
/// </summary>
public static class UsedSymbols
{
    /// <summary>The origin recorded for <c>module_layout</c>.</summary>
    public const string ModVersionsOrigin = "CONFIG_MODVERSIONS";

    /// <summary>Computes the used set. Problems with modules are returned in <see cref="UsedSymbolsResult.Errors"/>;
    /// problems with the auxiliary files (symvers, config, whitelist, lists) are thrown.</summary>
    /// <exception cref="KsymFormatException">An auxiliary file cannot be read.</exception>
    public static UsedSymbolsResult Compute(UsedSymbolsOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        var config = options.Config is null ? KconfigValues.Empty : KconfigValues.Load(options.Config);
        var keepOnly = options.Symvers is null ? null : ModuleSymvers.LoadExports(options.Symvers);
        var whitelist = options.Whitelist is null ? [] : SymbolList.Load(options.Whitelist);
        var paths = ModuleInputs.ExpandModules(options.Inputs, options.ModulesOrder, options.ObjTree);
        Log.InputsExpanded(logger, paths.Count);

        var results = new ModuleAnalyzer(logger).GetReferences(paths, options.Jobs, cancellationToken, options.Progress);
        var set = new UsedSymbolSet(new UsedSetOptions
        {
            KeepOnly = keepOnly, LinkerNames = options.LinkerNames, RuntimeLookups = options.RuntimeLookups,
        });
        var errors = new List<KsymFormatException>();
        var warnings = new List<ModuleReferences>();
        foreach (var r in results)
        {
            if (r.References is not null)
            {
                set.Add(r.References);
                if (r.References.Warnings.Count > 0) warnings.Add(r.References);
            }
            else errors.Add(r.Error!);
        }
        if (config.IsYes("CONFIG_MODVERSIONS")) set.Add("module_layout", ModVersionsOrigin);
        foreach (var name in whitelist) set.Add(name, options.Whitelist!);
        var symbols = set.ToList();
        Log.UsedSummary(logger, set.ModuleCount, symbols.Count, errors.Count);
        return new UsedSymbolsResult(symbols, set.ModuleCount, errors) { Warnings = warnings };
    }
}
