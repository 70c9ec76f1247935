namespace KsymTrim.Kbuild;

/// <summary>
/// A list of symbol names in the CONFIG_UNUSED_KSYMS_WHITELIST format: names separated by spaces or newlines,
/// as gen_autoksyms.sh reads it (<c>sed 's/ /\n/g'</c>, blank entries dropped). Lines whose first non-blank
/// character is <c>#</c> and <c>[section]</c> headers are skipped, so Android's <c>[abi_symbol_list]</c>
/// files can be given as they are.
/// </summary>
public static class SymbolList
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> Load(string path) => Parse(TextInput.ReadAllText(path));

    /// <summary>Parses list text.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var names = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim(' ', '\t', '\r');
            if (trimmed.StartsWith('#') || (trimmed.StartsWith('[') && trimmed.EndsWith(']'))) continue;
            foreach (var word in line.Split(' '))
            {
                var w = word.TrimEnd('\r');
                if (w.Length > 0) names.Add(w);
            }
        }
        return names;
    }
}
