namespace KsymTrim.Kbuild;

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
            var fields = line.Contains('\t') ? line.Split('\t') : line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && fields[1].Length > 0) names.Add(fields[1].TrimEnd('\r'));
        }
        return names;
    }
}
