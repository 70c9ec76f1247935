namespace KsymTrim.Analysis;

/// <summary>Collects the first evidence per (symbol, source), building the detail text only for a new entry.</summary>
internal sealed class EvidenceSink(Dictionary<(string, ReferenceSource), string> evidence, HashSet<string> ownNames)
{
    /// <summary>Records <paramref name="detail"/> unless the symbol is the module's own or already has evidence of this source.</summary>
    public void Add(string symbol, ReferenceSource source, string detail)
    {
        if (symbol.Length == 0 || ownNames.Contains(symbol)) return;
        evidence.TryAdd((symbol, source), detail);
    }

    /// <summary>Records "<paramref name="function"/>: <paramref name="what"/>" as for <see cref="Add(string, ReferenceSource, string)"/>.</summary>
    public void Add(string symbol, ReferenceSource source, string function, string what)
    {
        if (symbol.Length == 0 || ownNames.Contains(symbol) || evidence.ContainsKey((symbol, source))) return;
        evidence[(symbol, source)] = function + ": " + what;
    }

    /// <summary>Records an inline asm statement as one line of evidence.</summary>
    public void AddAsm(string symbol, string function, string statement)
    {
        if (symbol.Length == 0 || ownNames.Contains(symbol) || evidence.ContainsKey((symbol, ReferenceSource.InlineAsm))) return;
        var text = string.Join(' ', statement.Split((char[])['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
        evidence[(symbol, ReferenceSource.InlineAsm)] = function + ": " + (text.Length <= 160 ? text : text[..157] + "...");
    }
}
