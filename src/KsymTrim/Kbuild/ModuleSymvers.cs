namespace KsymTrim.Kbuild;

/// <summary>One export: a symbol, the module that exports it and how.</summary>
/// <param name="Name">The exported symbol.</param>
/// <param name="Module">The exporting module: <c>vmlinux</c> for the core kernel, else the module's name or path
/// without <c>.ko</c> (<c>drivers/net/dummy</c> in a Module.symvers, the input's name for a module's own sections).</param>
/// <param name="Kind">The export macro: <c>EXPORT_SYMBOL</c> or <c>EXPORT_SYMBOL_GPL</c> (older kernels also wrote
/// <c>EXPORT_UNUSED_SYMBOL</c> and <c>EXPORT_UNUSED_SYMBOL_GPL</c>), as the file writes it.</param>
/// <param name="Namespace">The symbol namespace (<c>EXPORT_SYMBOL_NS</c>), or empty.</param>
public readonly record struct KernelExport(string Name, string Module, string Kind, string Namespace)
{
    /// <summary><c>EXPORT_SYMBOL</c>.</summary>
    public const string ExportSymbol = "EXPORT_SYMBOL";

    /// <summary><c>EXPORT_SYMBOL_GPL</c>.</summary>
    public const string ExportSymbolGpl = "EXPORT_SYMBOL_GPL";
}

/// <summary>
/// The exports listed in a <c>Module.symvers</c>: <c>0xCRC\tsymbol\tmodule\tEXPORT_SYMBOL[_GPL]\tnamespace</c>
/// per line (kernels before 5.9 put the namespace third; the symbol is always the second field).
/// </summary>
public static class ModuleSymvers
{
    /// <summary>Reads the exported names of <paramref name="path"/>.</summary>
    public static IReadOnlySet<string> LoadExports(string path) => ParseExports(TextInput.ReadAllText(path));

    /// <summary>Parses the exported names of Module.symvers text.</summary>
    public static IReadOnlySet<string> ParseExports(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            var fields = Fields(line);
            if (fields.Length >= 2 && fields[1].Length > 0) names.Add(fields[1]);
        }
        return names;
    }

    /// <summary>Reads every export of <paramref name="path"/>, with its module, kind and namespace.</summary>
    public static IReadOnlyList<KernelExport> LoadEntries(string path) => ParseEntries(TextInput.ReadAllText(path));

    /// <summary>
    /// Parses every export of Module.symvers text, in file order, one per line that names a symbol (the same lines
    /// <see cref="ParseExports"/> takes). Three layouts are told apart by where the <c>EXPORT_</c> field is
    /// (scripts/mod/modpost.c, <c>write_dump</c>): Linux 5.9+ <c>crc symbol module kind namespace</c>; 5.4 to 5.8
    /// <c>crc symbol namespace module kind</c>; before 5.4 <c>crc symbol module kind</c>. A field a line lacks is empty.
    /// </summary>
    public static IReadOnlyList<KernelExport> ParseEntries(string text)
    {
        var result = new List<KernelExport>();
        foreach (var line in text.Split('\n'))
        {
            var f = Fields(line);
            if (f.Length < 2 || f[1].Length == 0) continue;
            string At(int i) => i < f.Length ? f[i] : "";
            bool namespaceThird = f.Length >= 5 && IsKind(f[4]) && !IsKind(f[3]);
            result.Add(namespaceThird
                ? new KernelExport(f[1], At(3), At(4), At(2))
                : new KernelExport(f[1], At(2), At(3), At(4)));
        }
        return result;
    }

    private static bool IsKind(string field) => field.StartsWith("EXPORT_", StringComparison.Ordinal);

    /// <summary>A line's fields: tab-separated, or space-separated when the line has no tab; no trailing CR.</summary>
    private static string[] Fields(string line)
    {
        line = line.TrimEnd('\r');
        return line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
