namespace KsymTrim.Kbuild;

/// <summary>
/// kbuild's <c>&lt;module&gt;.mod</c>: the objects a module is linked from, relative to the object tree. Two layouts:
/// kernels 5.4 to 5.18 write the objects space-separated on line 1 and the module's undefined symbols on line 2
/// (<c>cmd_mod</c> in scripts/Makefile.build); 5.19 and later write one object per line. Either way the first line's
/// words are objects; the other lines are too only in the one-per-line layout (every non-blank line one word
/// ending in <c>.o</c>).
/// </summary>
public static class KbuildModFile
{
    /// <summary>The member files of <paramref name="path"/>, as paths under <paramref name="objtree"/>.</summary>
    /// <exception cref="Diagnostics.KsymFormatException">The file cannot be read.</exception>
    public static IReadOnlyList<string> Members(string path, string objtree) =>
        Parse(TextInput.ReadAllText(path)).Select(m => Path.IsPathRooted(m) ? m : Path.Combine(objtree, m)).ToList();

    /// <summary>The object names of a <c>.mod</c> file's text, in order, each once.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim(' ', '\t', '\r')).ToList();
        bool onePerLine = lines.All(l => l.Length == 0 || (!l.Contains(' ') && !l.Contains('\t') && l.EndsWith(".o", StringComparison.Ordinal)));
        var words = onePerLine ? lines.Where(l => l.Length > 0)
            : lines.FirstOrDefault()?.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) ?? [];
        return words.Distinct(StringComparer.Ordinal).ToList();
    }
}
