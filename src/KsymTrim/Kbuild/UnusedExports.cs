using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.Inputs;
using KsymTrim.IO;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KsymTrim.Kbuild;

/// <summary>The exports no module uses, and the counts that go with them.</summary>
/// <param name="Unused">The exports no input module uses, sorted by name in byte order, one per name.</param>
/// <param name="ExportCount">How many names are exported (Module.symvers, or the inputs' own <c>__ksymtab*</c>).</param>
/// <param name="UsedCount">How many of those the inputs use: <see cref="ExportCount"/> minus the unused.</param>
/// <param name="ModuleCount">How many module inputs were read successfully.</param>
/// <param name="Errors">One per input that could not be read, in input order.</param>
public sealed record UnusedExportsResult(IReadOnlyList<KernelExport> Unused, int ExportCount, int UsedCount, int ModuleCount,
    IReadOnlyList<KsymFormatException> Errors)
{
    /// <summary>Per module with lookups by computed name (in input order): the module and its warnings.</summary>
    public IReadOnlyList<ModuleReferences> Warnings { get; init; } = [];
}

/// <summary>
/// <c>ksymtrim unused</c> as a library call: every export that no input module uses. The used set is
/// <see cref="UsedSymbols.Compute"/>'s with the same options, so an export counts as used exactly when
/// <c>ksymtrim used</c> lists it (run-time lookups, <c>module_layout</c> under CONFIG_MODVERSIONS and the whitelist
/// included); with <see cref="UsedSymbolsOptions.Symvers"/> the used set and the unused list are disjoint and together
/// are the file's exports. Without it the exports are those the inputs define in their own <c>__ksymtab*</c> sections.
/// Thread-safe.
/// </summary>
public static class UnusedExports
{
    /// <summary>Computes the unused exports. Problems with modules are returned in <see cref="UnusedExportsResult.Errors"/>;
    /// problems with the auxiliary files (symvers, config, whitelist, lists) are thrown.</summary>
    /// <param name="options">As for <see cref="UsedSymbols.Compute"/>; <see cref="UsedSymbolsOptions.LinkerNames"/> is ignored
    /// (linker-provided names are never exports).</param>
    /// <param name="logger">Where progress is logged; nothing by default.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <exception cref="KsymFormatException">An auxiliary file cannot be read.</exception>
    public static UnusedExportsResult Compute(UsedSymbolsOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        var used = UsedSymbols.Compute(options with { LinkerNames = LinkerNameRules.Modpost }, logger, cancellationToken);
        var errors = new List<KsymFormatException>(used.Errors);
        IReadOnlyList<KernelExport> exports;
        if (options.Symvers is not null) exports = ModuleSymvers.LoadEntries(options.Symvers);
        else
        {
            // The same inputs UsedSymbols expanded (expanding twice reads the lists twice, which costs nothing next to
            // the analysis); an input that failed there is not read again, so each is reported once. An error names
            // the input, or for a module read from a .mod member list, the member file that failed.
            var failed = new HashSet<string>(used.Errors.Select(e => e.Path ?? ""), StringComparer.Ordinal);
            var inputs = ModuleInputs.ExpandModules(options.Inputs, options.ModulesOrder, options.ObjTree)
                .Where(m => !failed.Contains(m.Path) && !(m.Files ?? []).Any(failed.Contains)).ToList();
            var perModule = new IReadOnlyList<KernelExport>?[inputs.Count];
            var readErrors = new KsymFormatException?[inputs.Count];
            Parallel.For(0, inputs.Count,
                new ParallelOptions { MaxDegreeOfParallelism = options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount, CancellationToken = cancellationToken },
                i =>
                {
                    try { perModule[i] = ReadExports(inputs[i]); }
                    catch (KsymFormatException e) { readErrors[i] = e.Path is null ? e.At(inputs[i].Path) : e; }
                });
            errors.AddRange(readErrors.OfType<KsymFormatException>());
            exports = perModule.Where(m => m is not null).SelectMany(m => m!).ToList();
        }

        var usedNames = new HashSet<string>(used.Symbols.Select(s => s.Name), StringComparer.Ordinal);
        // One entry per name, the first the source lists (a name exported twice is a build error modpost reports).
        var byName = new Dictionary<string, KernelExport>(StringComparer.Ordinal);
        foreach (var e in exports) byName.TryAdd(e.Name, e);
        var unused = byName.Values.Where(e => !usedNames.Contains(e.Name)).ToList();
        unused.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        Log.UnusedSummary(logger, byName.Count, byName.Count - unused.Count, unused.Count);
        return new UnusedExportsResult(unused, byName.Count, byName.Count - unused.Count, used.ModuleCount, errors) { Warnings = used.Warnings };
    }

    /// <summary>
    /// The exports <paramref name="module"/> defines in its own <c>__ksymtab*</c> sections
    /// (<see cref="KernelModuleInfo.ReadExports"/> over each ELF object of it), the exporting module being the input's
    /// name (<see cref="ModuleName"/>). LLVM bitcode holds its <c>__ksymtab</c> entries in module-level asm that is not
    /// read for this, so a bitcode object is an error: give a Module.symvers instead.
    /// </summary>
    /// <exception cref="KsymFormatException">The input cannot be read, or holds LLVM bitcode.</exception>
    public static IReadOnlyList<KernelExport> ReadExports(ModuleInput module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (module.Files is null && ModuleSummary.IsSummary(module.Path))
            throw new KsymFormatException(DiagnosticId.Unsupported, InputFormat.Summary, -1,
                "a summary does not carry the module's exports: give the build's Module.symvers with --symvers", module.Path);
        string name = ModuleName(module.Path);
        var result = new List<KernelExport>();
        using var input = module.Files is null ? InputLoader.Load(module.Path) : InputLoader.LoadFiles(module.Path, module.Files);
        foreach (var unit in input.Units)
        {
            if (unit.Kind is not FileKind.Elf)
                throw new KsymFormatException(DiagnosticId.Unsupported, InputFormat.Bitcode, -1,
                    "the exports of LLVM bitcode are not read from its sections: give the build's Module.symvers with --symvers",
                    unit.Path, unit.Member);
            try
            {
                var elf = unit.Source is null ? ElfFile.Parse(unit.Data) : ElfFile.Parse(unit.Source);
                foreach (var e in KernelModuleInfo.ReadExports(elf))
                    result.Add(new KernelExport(e.Name, name, e.IsGpl ? KernelExport.ExportSymbolGpl : KernelExport.ExportSymbol, e.Namespace));
            }
            catch (KsymFormatException e) { throw e.At(unit.Path, unit.Member); }
        }
        return result;
    }

    /// <summary>A module's name from its path: the file name without <c>.ko</c>, <c>.o</c>, <c>.a</c>, <c>.bc</c> or
    /// <c>.mod</c> and without a compression suffix (<c>drivers/net/dummy.ko.xz</c> is <c>dummy</c>).</summary>
    internal static string ModuleName(string path)
    {
        string name = Path.GetFileName(path);
        foreach (var suffix in (string[])[".gz", ".xz", ".zst"])
            if (name.EndsWith(".ko" + suffix, StringComparison.Ordinal)) name = name[..^suffix.Length];
        foreach (var suffix in (string[])[".ko", ".o", ".a", ".bc", ".mod"])
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        return name;
    }
}
