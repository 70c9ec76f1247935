using KsymTrim.Inputs;
using KsymTrim.Objects;

namespace KsymTrim.Kbuild;

/// <summary>
/// The names an object exports, read from its symbol names as Android's <c>extract_symbols</c> reads them from
/// <c>llvm-nm --defined-only</c>: every defined <c>__ksymtab_NAME</c> symbol exports NAME (the kernel's export
/// macros label each <c>struct kernel_symbol</c> so, in vmlinux and in a linked module). An object before modpost
/// has other marks instead, counted when <c>preModpost</c> is set: <c>__ksym_marker_NAME</c> (Linux 5.x to 6.4
/// with CONFIG_TRIM_UNUSED_KSYMS or LTO, where the entries come later) and <c>__export_symbol_NAME</c> (Linux 6.5+,
/// where modpost writes the entries). Thread-safe.
/// </summary>
public static class ExportSymbols
{
    /// <summary>The prefix of the symbol that labels an export's <c>struct kernel_symbol</c>.</summary>
    public const string KsymtabPrefix = "__ksymtab_";

    private static readonly string[] PreModpostPrefixes = ["__ksym_marker_", "__export_symbol_"];

    /// <summary>The exported name that the defined symbol <paramref name="symbol"/> marks, or null.</summary>
    /// <param name="symbol">A defined symbol's name.</param>
    /// <param name="preModpost">Also take the marks of an object before modpost.</param>
    public static string? ExportedName(string symbol, bool preModpost)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (symbol.Length > KsymtabPrefix.Length && symbol.StartsWith(KsymtabPrefix, StringComparison.Ordinal))
            return symbol[KsymtabPrefix.Length..];
        if (preModpost)
            foreach (var prefix in PreModpostPrefixes)
                if (symbol.Length > prefix.Length && symbol.StartsWith(prefix, StringComparison.Ordinal))
                    return symbol[prefix.Length..];
        return null;
    }

    /// <summary>Adds to <paramref name="into"/> the names that the defined symbols <paramref name="defined"/> export.</summary>
    public static void Collect(IEnumerable<NmEntry> defined, bool preModpost, ISet<string> into)
    {
        ArgumentNullException.ThrowIfNull(defined);
        ArgumentNullException.ThrowIfNull(into);
        foreach (var e in defined)
            if (e.Type is not 'U' and not 'w' and not 'v' && ExportedName(e.Name, preModpost) is { } name) into.Add(name);
    }

    /// <summary>The names the file <paramref name="path"/> exports (every object of it: an archive's members, LLVM
    /// bitcode's symbol table), sorted (ordinal), one per name.</summary>
    /// <param name="path">vmlinux, a module or an object.</param>
    /// <param name="preModpost">Also take the marks of an object before modpost.</param>
    /// <exception cref="Diagnostics.KsymFormatException">The file cannot be read.</exception>
    public static IReadOnlyList<string> Read(string path, bool preModpost)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        using var input = InputLoader.Load(path);
        foreach (var unit in input.Units) Collect(ObjectSymbols.ForNm(unit, NmFilter.DefinedOnly), preModpost, names);
        return [.. names];
    }

    /// <summary>Whether <paramref name="path"/> names a linked module (<c>.ko</c>, perhaps compressed), whose exports
    /// are its <c>__ksymtab_</c> symbols only; any other object is read as one before modpost.</summary>
    public static bool IsLinkedModule(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ModuleInputs.IsModuleName(path);
    }
}
