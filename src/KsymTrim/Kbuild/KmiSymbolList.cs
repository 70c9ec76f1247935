using System.Text;
using System.Text.RegularExpressions;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Inputs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KsymTrim.Kbuild;

/// <summary>What <see cref="KmiSymbolList.Compute"/> reads and how it writes the list: the options of Android's
/// <c>extract_symbols</c>, and KsymTrim's own.</summary>
public sealed record KmiOptions
{
    /// <summary>Directories, each searched as <c>extract_symbols</c> searches its one: every <c>*.ko</c> below it and
    /// a file named <c>vmlinux</c>; and files: one named <c>vmlinux</c> is the kernel, any other is a module input as
    /// <c>ksymtrim used</c> takes it (<c>.ko</c>, <c>.o</c>, archives, LLVM bitcode, <c>*.refs.json</c> summaries,
    /// <c>@FILE</c> lists).</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>kbuild's <c>modules.order</c>: more module inputs (see <see cref="ModuleInputs.ReadModulesOrderInputs"/>).</summary>
    public string? ModulesOrder { get; init; }

    /// <summary>The folder <see cref="ModulesOrder"/>'s lines are relative to.</summary>
    public string? ObjTree { get; init; }

    /// <summary>The existing symbol list: read for <see cref="AdditionsOnly"/>.</summary>
    public string? SymbolList { get; init; }

    /// <summary><c>--additions-only</c>: keep every symbol of <see cref="SymbolList"/>.</summary>
    public bool AdditionsOnly { get; init; }

    /// <summary>Group the symbols by module (<c>--skip-module-grouping</c> turns it off).</summary>
    public bool ModuleGrouping { get; init; } = true;

    /// <summary><c>--emit-module-symbol-lists</c>: also make one list per module.</summary>
    public bool EmitModuleSymbolLists { get; init; }

    /// <summary><c>--module-filter</c>: only the modules whose file name one of these regular expressions matches.</summary>
    public IReadOnlyList<string> ModuleFilters { get; init; } = [];

    /// <summary><c>--include-module-exports</c>: list the symbols vendor modules export to each other too.</summary>
    public bool IncludeModuleExports { get; init; }

    /// <summary><c>--full-gki-abi</c>: list every export of vmlinux and the GKI modules.</summary>
    public bool FullGkiAbi { get; init; }

    /// <summary>Report the symbols modules need that nothing provides (<c>--skip-report-missing</c> turns it off).</summary>
    public bool ReportMissing { get; init; } = true;

    /// <summary>Count the exports modules look up by name at run time as needed (<c>--no-runtime-lookups</c> turns it
    /// off, for output byte-identical to <c>extract_symbols</c>).</summary>
    public bool RuntimeLookups { get; init; } = true;

    /// <summary>Threads for the analysis (0: one per processor).</summary>
    public int Jobs { get; init; }

    /// <summary>Hears of every analysed module.</summary>
    public IProgress<AnalysisProgress>? Progress { get; init; }
}

/// <summary>A symbol a module needs that neither vmlinux nor any module exports.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Module">The module's file name (<c>foo.ko</c>).</param>
public readonly record struct KmiMissingSymbol(string Symbol, string Module)
{
    /// <summary><c>Symbol X required by foo.ko but not provided</c>, as <c>extract_symbols</c> prints it.</summary>
    public override string ToString() => $"Symbol {Symbol} required by {Module} but not provided";
}

/// <summary>One module's own list (<c>--emit-module-symbol-lists</c>).</summary>
/// <param name="Suffix">What follows <c>LIST_</c> in its file name: the module's file name without its extension.</param>
/// <param name="Text">The list.</param>
public sealed record KmiModuleList(string Suffix, string Text);

/// <summary>What <see cref="KmiSymbolList.Compute"/> makes.</summary>
/// <param name="Text">The symbol list, in <c>extract_symbols</c>' layout.</param>
/// <param name="ModuleLists">The per-module lists, in the order of the list's modules (empty unless asked for).</param>
/// <param name="Missing">The symbols modules need that nothing provides, in report order (empty unless asked for,
/// and always empty with module filters, as <c>extract_symbols</c> does).</param>
/// <param name="VendorModules">The unsigned modules' file names, sorted: the modules the list is made for.</param>
/// <param name="GkiModules">The signed modules' file names, sorted.</param>
/// <param name="Errors">One per input that could not be read, in input order.</param>
public sealed record KmiResult(string Text, IReadOnlyList<KmiModuleList> ModuleLists, IReadOnlyList<KmiMissingSymbol> Missing,
    IReadOnlyList<string> VendorModules, IReadOnlyList<string> GkiModules, IReadOnlyList<KsymFormatException> Errors)
{
    /// <summary>Per module with lookups by computed name (in input order): the module and its warnings.</summary>
    public IReadOnlyList<ModuleReferences> Warnings { get; init; } = [];
}

/// <summary>
/// <c>ksymtrim kmi</c> as a library call: Android's KMI symbol list (<c>[abi_symbol_list]</c>) of the exports a
/// vendor's modules need, made as Android's <c>extract_symbols</c> makes it (build/kernel/abi), byte for byte with
/// <see cref="KmiOptions.RuntimeLookups"/> off. Modules with an appended PKCS#7 signature are GKI modules: their
/// exports join vmlinux's, and their needs are only checked. Unsigned modules are the vendor's: their needs, as
/// <c>llvm-nm --undefined-only</c> shows them (strong and weak undefined symbols), make the list, with the exports
/// they look up by name at run time when that is on. A vendor module needing <c>__tracepoint_X</c> also needs
/// <c>__traceiter_X</c> when that is exported. Thread-safe.
/// </summary>
public static class KmiSymbolList
{
    /// <summary>The first line of a symbol list.</summary>
    public const string Header = "[abi_symbol_list]";

    /// <summary>The symbols every list holds (<c>extract_symbols</c>' <c>_ALWAYS_INCLUDED</c>): <c>module_layout</c>
    /// stays exported under CONFIG_TRIM_UNUSED_KSYMS, and <c>__put_task_struct</c> keeps <c>struct task_struct</c>
    /// in the ABI.</summary>
    public static IReadOnlyList<string> AlwaysIncluded { get; } = ["module_layout", "__put_task_struct"];

    /// <summary>The module name the list uses for <see cref="KmiOptions.FullGkiAbi"/>.</summary>
    public const string FullGkiAbiModule = "full-gki-abi";

    private const string TracepointPrefix = "__tracepoint_", TraceiterPrefix = "__traceiter_";

    /// <summary>Makes the list. Problems with modules are returned in <see cref="KmiResult.Errors"/>; a missing
    /// vmlinux, an unreadable existing list or a bad filter are thrown.</summary>
    /// <exception cref="KsymFormatException">vmlinux is missing or unreadable, the existing list cannot be read, or
    /// an input list cannot be expanded.</exception>
    /// <exception cref="ArgumentException">A module filter is not a regular expression.</exception>
    public static KmiResult Compute(KmiOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        var filters = options.ModuleFilters.Select(f => new Regex(f, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10))).ToList();
        var (vmlinux, modules) = FindBinaries(options);
        if (filters.Count > 0) modules = modules.Where(m => filters.Exists(f => f.IsMatch(KoName(m.Path)))).ToList();
        if (vmlinux is null)
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1,
                "could not find a suitable vmlinux file: give a directory holding one, or its path", options.Inputs.FirstOrDefault() ?? ".");
        var precious = options.AdditionsOnly ? ReadExistingList(options.SymbolList) : [];

        var results = new ModuleAnalyzer(logger) { ReadExports = true }.GetReferences(modules, options.Jobs, cancellationToken, options.Progress);
        var errors = new List<KsymFormatException>();
        var warnings = new List<ModuleReferences>();
        var gki = new List<(string Path, ModuleReferences Refs)>();
        var vendor = new List<(string Path, ModuleReferences Refs)>();
        foreach (var r in results)
        {
            if (r.References is not { } refs) { errors.Add(r.Error!); continue; }
            if (refs.Warnings.Count > 0) warnings.Add(refs);
            (refs.Signed ? gki : vendor).Add((r.Path, refs));
        }
        var vmlinuxExports = ExportSymbols.Read(vmlinux, preModpost: false);

        // extract_symbols keys modules by file name, GKI modules first, each group sorted by path; a name given again
        // takes the later module's symbols at the first one's place (a Python dict updated in that order).
        var undefined = new ModuleTable();
        var vendorUndefined = new ModuleTable();
        foreach (var (path, refs) in gki.OrderBy(m => SortPath(m.Path), StringComparer.Ordinal)) undefined.Set(KoName(path), Needs(refs, options));
        foreach (var (path, refs) in vendor.OrderBy(m => SortPath(m.Path), StringComparer.Ordinal))
        {
            var needs = Needs(refs, options);
            vendorUndefined.Set(KoName(path), needs);
            undefined.Set(KoName(path), needs);
        }
        var genericExports = KmiSymbolOrder.Sort(vmlinuxExports.Concat(gki.SelectMany(m => m.Refs.Exports)));
        var allExported = new HashSet<string>(genericExports, StringComparer.Ordinal);
        foreach (var (_, refs) in vendor) allExported.UnionWith(refs.Exports);

        AddTraceiters(undefined, allExported);
        var missing = new List<KmiMissingSymbol>();
        if (options.ReportMissing && filters.Count == 0)
            foreach (var (module, symbols) in undefined.Entries)
                foreach (var s in symbols)
                    if (!allExported.Contains(s)) missing.Add(new KmiMissingSymbol(s, module));

        var listed = options.FullGkiAbi ? new ModuleTable().Set(FullGkiAbiModule, genericExports) : vendorUndefined;
        var exported = options.IncludeModuleExports ? allExported : new HashSet<string>(genericExports, StringComparer.Ordinal);
        var (text, moduleLists) = Render(listed, exported, precious, options);
        return new KmiResult(text, moduleLists, missing,
            vendor.Select(m => KoName(m.Path)).Order(StringComparer.Ordinal).ToList(),
            gki.Select(m => KoName(m.Path)).Order(StringComparer.Ordinal).ToList(), errors)
        {
            Warnings = options.RuntimeLookups ? warnings : [], // a lookup that is not counted needs no warning
        };
    }

    /// <summary>The list and the per-module lists (<c>create_symbol_list</c>).</summary>
    private static (string Text, List<KmiModuleList> ModuleLists) Render(ModuleTable listed, HashSet<string> exported,
        List<string> precious, KmiOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, symbols) in listed.Entries)
            foreach (var s in symbols) counts[s] = counts.GetValueOrDefault(s) + 1;
        var common = counts.Where(c => (c.Value > 1 || !options.ModuleGrouping) && exported.Contains(c.Key)).Select(c => c.Key)
            .Concat(AlwaysIncluded).ToList();
        var preserved = new HashSet<string>(precious, StringComparer.Ordinal);
        if (options.AdditionsOnly && !options.ModuleGrouping)
        {
            common.AddRange(preserved);
            preserved.Clear();
        }
        var commonSection = KmiSymbolOrder.Sort(common);
        var commonSet = new HashSet<string>(commonSection, StringComparer.Ordinal);

        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        if (options.ModuleGrouping) text.Append("# commonly used symbols\n");
        AppendSection(text, commonSection);
        preserved.ExceptWith(commonSection);

        var moduleLists = new List<KmiModuleList>();
        foreach (var (module, symbols) in listed.Entries)
        {
            if (options.EmitModuleSymbolLists)
            {
                var own = new StringBuilder().Append(Header).Append('\n');
                AppendSection(own, symbols.Where(exported.Contains));
                moduleLists.Add(new KmiModuleList(WithoutExtension(module), own.ToString()));
            }
            var section = KmiSymbolOrder.Sort(symbols.Where(s => exported.Contains(s) && !commonSet.Contains(s)));
            if (section.Count == 0) continue;
            text.Append("\n# required by ").Append(module).Append('\n');
            AppendSection(text, section);
            preserved.ExceptWith(section);
        }
        if (preserved.Count > 0)
        {
            text.Append("\n# preserved by --additions-only\n");
            AppendSection(text, KmiSymbolOrder.Sort(preserved));
        }
        return (text.ToString(), moduleLists);
    }

    /// <summary>Names indented by two spaces, one per line; an empty section is one line of two spaces.</summary>
    private static void AppendSection(StringBuilder text, IEnumerable<string> names)
    {
        text.Append("  ").AppendJoin("\n  ", names).Append('\n');
    }

    /// <summary>What a module needs, as <c>llvm-nm --undefined-only</c> lists it (its references and weak undefined
    /// symbols), with its run-time lookups when they count, in list order, one per name.</summary>
    private static List<string> Needs(ModuleReferences refs, KmiOptions options)
    {
        var names = refs.References.Where(r => options.RuntimeLookups || r.Source != ReferenceSource.RuntimeLookup).Select(r => r.Symbol)
            .Concat(refs.WeakUndefined);
        return KmiSymbolOrder.Sort(names);
    }

    /// <summary>For each module's <c>__tracepoint_X</c>, its <c>__traceiter_X</c> when that is exported and the module does
    /// not already need it, appended after the module's sorted needs (<c>add_dependent_symbols</c>).</summary>
    private static void AddTraceiters(ModuleTable modules, HashSet<string> exported)
    {
        foreach (var (_, symbols) in modules.Entries)
        {
            var own = new HashSet<string>(symbols, StringComparer.Ordinal);
            var added = new List<string>();
            foreach (var s in symbols)
            {
                if (!s.StartsWith(TracepointPrefix, StringComparison.Ordinal)) continue;
                string iter = TraceiterPrefix + s[TracepointPrefix.Length..];
                if (exported.Contains(iter) && !own.Contains(iter)) added.Add(iter);
            }
            symbols.AddRange(added);
        }
    }

    /// <summary>The module's file name as the list names it: <c>foo.ko</c> for <c>drivers/foo.ko</c>, and for a
    /// compressed module, an object, an archive, a member list or a summary (<c>foo.ko.refs.json</c>), the <c>.ko</c>
    /// that kbuild makes of it.</summary>
    private static string KoName(string path)
    {
        string name = Path.GetFileName(path);
        if (ModuleSummary.IsSummary(name)) name = name[..^ModuleSummary.Extension.Length];
        return name.EndsWith(".ko", StringComparison.Ordinal) ? name : UnusedExports.ModuleName(name) + ".ko";
    }

    /// <summary>The path a module is sorted by: a summary's, without <c>.refs.json</c> (so that summaries beside their
    /// modules keep the modules' order).</summary>
    private static string SortPath(string path) => ModuleSummary.IsSummary(path) ? path[..^ModuleSummary.Extension.Length] : path;

    /// <summary>Python's <c>os.path.splitext(name)[0]</c>: without the last extension, leading dots not counting.</summary>
    private static string WithoutExtension(string name)
    {
        int dot = name.LastIndexOf('.');
        if (dot <= 0 || name.AsSpan(0, dot).TrimStart('.').IsEmpty) return name;
        return name[..dot];
    }

    /// <summary>The symbols of an existing list (<c>read_symbol_list</c>): each line trimmed, blank lines, <c>#</c>
    /// comments and <c>[section]</c> lines skipped.</summary>
    private static List<string> ReadExistingList(string? path)
    {
        if (path is null)
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1, "--additions-only needs the existing list: give --symbol-list", ".");
        var names = new List<string>();
        foreach (var line in TextInput.ReadAllText(path).Split('\n'))
        {
            var name = line.Trim();
            if (name.Length == 0 || name[0] is '#' or '[') continue;
            names.Add(name);
        }
        return names;
    }

    /// <summary>vmlinux and the module inputs: the directories searched (every <c>*.ko</c>, and <c>vmlinux</c>), the
    /// files, and <c>modules.order</c>'s lines.</summary>
    private static (string? Vmlinux, List<ModuleInput> Modules) FindBinaries(KmiOptions options)
    {
        string? vmlinux = null;
        var modules = new List<ModuleInput>();
        var files = new List<string>();
        var inputs = options.Inputs.Count == 0 && options.ModulesOrder is null ? ["."] : options.Inputs;
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var (found, kos) = SearchDirectory(input);
                vmlinux ??= found;
                modules.AddRange(kos.Select(k => new ModuleInput(k)));
            }
            else if (Path.GetFileName(input) == "vmlinux") vmlinux ??= input;
            else files.Add(input);
        }
        modules.AddRange(ModuleInputs.ExpandModules(files, options.ModulesOrder, options.ObjTree));
        return (vmlinux, modules);
    }

    /// <summary>The <c>vmlinux</c> (the one nearest the top, then first in byte order) and every <c>*.ko</c> below
    /// <paramref name="directory"/>, as <c>find_binaries</c> finds them: symbolic links to folders are not followed.</summary>
    private static (string? Vmlinux, List<string> Modules) SearchDirectory(string directory)
    {
        var paths = ModuleInputs.FilesBelow(directory, static name => name.EndsWith(".ko", StringComparison.Ordinal) || name.SequenceEqual("vmlinux"));
        var vmlinux = paths.Where(p => Path.GetFileName(p) == "vmlinux")
            .OrderBy(p => p.Count(c => c == Path.DirectorySeparatorChar)).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
        return (vmlinux, paths.Where(p => p.EndsWith(".ko", StringComparison.Ordinal)).ToList()); // sorted by FilesBelow
    }

    /// <summary>Modules by file name in insertion order, a name set again keeping its place (a Python dict).</summary>
    private sealed class ModuleTable
    {
        private readonly List<(string Module, List<string> Symbols)> _entries = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public IReadOnlyList<(string Module, List<string> Symbols)> Entries => _entries;

        public ModuleTable Set(string module, List<string> symbols)
        {
            if (_index.TryGetValue(module, out int i)) _entries[i] = (module, symbols);
            else
            {
                _index[module] = _entries.Count;
                _entries.Add((module, symbols));
            }
            return this;
        }
    }
}
