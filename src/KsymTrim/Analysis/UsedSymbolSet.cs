namespace KsymTrim.Analysis;

/// <summary>A symbol that must stay exported, with the modules that need it.</summary>
/// <param name="Name">The symbol's name.</param>
/// <param name="Modules">The modules (or other origins, such as <c>CONFIG_MODVERSIONS</c> or a whitelist file)
/// that need it, in input order.</param>
public sealed record UsedSymbol(string Name, IReadOnlyList<string> Modules);

/// <summary>Which undefined names are taken as provided by the final link rather than by an export.</summary>
public enum LinkerNameRules
{
    /// <summary>modpost's list (<see cref="LinkerProvidedSymbols"/>): <c>__this_module</c>, <c>_GLOBAL_OFFSET_TABLE_</c>,
    /// <c>.TOC.</c>, the ppc register save/restore helpers, s390 expolines.</summary>
    Modpost,
    /// <summary>Only <c>__this_module</c>, after the dot strip, as scripts/gen_autoksyms.sh (5.19 to 6.4) does: for
    /// output that must be byte for byte the script's.</summary>
    GenAutoksyms,
    /// <summary>None.</summary>
    None,
}

/// <summary>How the union of references becomes the used set.</summary>
public sealed record UsedSetOptions
{
    /// <summary>Which names the final link provides, and so are left out (they are never exports).
    /// Default <see cref="LinkerNameRules.Modpost"/>.</summary>
    public LinkerNameRules LinkerNames { get; init; } = LinkerNameRules.Modpost;

    /// <summary>Further names never reported.</summary>
    public IReadOnlySet<string>? Excluded { get; init; }

    /// <summary>Strip one leading '.' (ppc64 ELFv1 entry points), as gen_autoksyms.sh does. Default true.</summary>
    public bool StripDotPrefix { get; init; } = true;

    /// <summary>When set, keep only these names (the exports of a Module.symvers).</summary>
    public IReadOnlySet<string>? KeepOnly { get; init; }

    /// <summary>Count the exports modules look up by name at run time (<see cref="ReferenceSource.RuntimeLookup"/>).
    /// Default true: the set that keeps modules working. False gives the link-time set, as the kernel's own nm-based
    /// pipeline computes it.</summary>
    public bool RuntimeLookups { get; init; } = true;
}

/// <summary>
/// The union of module references: the symbols CONFIG_TRIM_UNUSED_KSYMS must keep exported.
/// Build it with <see cref="Add(ModuleReferences)"/> in input order; the result does not depend on the order
/// in which modules were analysed, only on the order of <c>Add</c> calls. Not thread-safe.
/// </summary>
public sealed class UsedSymbolSet
{
    private readonly Dictionary<string, List<string>> _symbols = new(StringComparer.Ordinal);
    // Every distinct name as given, mapped to its entry in _symbols, or to null when it is left out: the rules
    // run once per distinct name, not once per reference (a distribution has ~20,000 names, ~600,000 references).
    private readonly Dictionary<string, List<string>?> _seen = new(StringComparer.Ordinal);
    private readonly UsedSetOptions _options;

    /// <summary>Creates an empty set.</summary>
    public UsedSymbolSet(UsedSetOptions? options = null) => _options = options ?? new UsedSetOptions();

    /// <summary>The number of modules added.</summary>
    public int ModuleCount { get; private set; }

    /// <summary>Adds every symbol <paramref name="module"/> needs.</summary>
    public void Add(ModuleReferences module)
    {
        ModuleCount++;
        string? last = null;
        bool lookups = _options.RuntimeLookups;
        foreach (var r in module.References)
        {
            if (r.Symbol == last) continue; // several sources, one symbol
            if (!lookups && r.Source == ReferenceSource.RuntimeLookup) continue;
            last = r.Symbol;
            AddName(r.Symbol, module.Module);
        }
    }

    /// <summary>Adds a symbol that an origin other than a module keeps (a whitelist, CONFIG_MODVERSIONS).</summary>
    public void Add(string symbol, string origin) => AddName(symbol, origin);

    private void AddName(string name, string origin)
    {
        if (!_seen.TryGetValue(name, out var list))
            _seen[name] = list = Normalize(name);
        if (list is not null && (list.Count == 0 || list[^1] != origin)) list.Add(origin);
    }

    private List<string>? Normalize(string name)
    {
        if (_options.LinkerNames == LinkerNameRules.Modpost && LinkerProvidedSymbols.Contains(name)) return null;
        if (_options.StripDotPrefix && name.Length > 1 && name[0] == '.') name = name[1..];
        if (name.Length == 0 || _options.Excluded?.Contains(name) == true) return null;
        if (_options.LinkerNames == LinkerNameRules.Modpost && LinkerProvidedSymbols.Contains(name)) return null;
        if (_options.LinkerNames == LinkerNameRules.GenAutoksyms && name == "__this_module") return null;
        if (_options.KeepOnly is not null && !_options.KeepOnly.Contains(name)) return null;
        if (!_symbols.TryGetValue(name, out var list)) _symbols[name] = list = [];
        return list;
    }

    /// <summary>The symbols, sorted by name in byte (ordinal, C locale) order.</summary>
    public IReadOnlyList<UsedSymbol> ToList()
    {
        var names = _symbols.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var result = new UsedSymbol[names.Length];
        for (int i = 0; i < names.Length; i++) result[i] = new UsedSymbol(names[i], _symbols[names[i]]);
        return result;
    }
}
