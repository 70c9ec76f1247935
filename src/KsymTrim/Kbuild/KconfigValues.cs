using KsymTrim.Diagnostics;

namespace KsymTrim.Kbuild;

/// <summary>
/// The CONFIG_ values of a kernel build, read from <c>include/config/auto.conf</c> (or a <c>.config</c>):
/// <c>CONFIG_NAME=value</c> lines; comments and <c># CONFIG_NAME is not set</c> lines are skipped.
/// Immutable; thread-safe.
/// </summary>
public sealed class KconfigValues
{
    private readonly Dictionary<string, string> _values;

    private KconfigValues(Dictionary<string, string> values) => _values = values;

    /// <summary>An empty configuration.</summary>
    public static KconfigValues Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="KsymFormatException">The file cannot be read.</exception>
    public static KconfigValues Load(string path) => Parse(TextInput.ReadAllText(path));

    /// <summary>Parses auto.conf text.</summary>
    public static KconfigValues Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (!line.StartsWith("CONFIG_", StringComparison.Ordinal)) continue;
            int eq = line.IndexOf('=');
            if (eq < 0) continue;
            values[line[..eq]] = line[(eq + 1)..];
        }
        return new KconfigValues(values);
    }

    /// <summary>The raw value of <paramref name="name"/> (with <c>CONFIG_</c>), quotes kept, or null.</summary>
    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

    /// <summary>The value with surrounding double quotes removed and <c>\"</c>, <c>\\</c> unescaped, or null.</summary>
    public string? GetString(string name)
    {
        var v = Get(name);
        if (v is null || v.Length < 2 || v[0] != '"' || v[^1] != '"') return v;
        return v[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
    }

    /// <summary>True when the value is exactly <c>y</c> (what gen_autoksyms.sh tests with
    /// <c>grep -q "^CONFIG_MODVERSIONS=y$"</c>).</summary>
    public bool IsYes(string name) => Get(name) == "y";
}
