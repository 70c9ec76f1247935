using System.Text;
using System.Text.Json;

namespace KsymTrim.Kbuild;

/// <summary>The output formats of <c>ksymtrim unused</c> (docs/usage.md).</summary>
public enum UnusedExportsFormat
{
    /// <summary>One symbol per line, byte order.</summary>
    List,
    /// <summary>symbol, module, kind, namespace; tab-separated, one export per line, byte order.</summary>
    Tsv,
    /// <summary><c>{"symbols":[{"name","module","kind","namespace"}…],"exports":N,"used":N,"unused":N,"modules":N,"errors":[…]}</c>.</summary>
    Json,
}

/// <summary>Renders the unused exports. Output uses <c>\n</c> line ends and no timestamps, so equal results give equal bytes.</summary>
public static class UnusedExportsWriter
{
    /// <summary>Renders <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static string Render(UnusedExportsResult result, UnusedExportsFormat format)
    {
        var sb = new StringBuilder(result.Unused.Count * 48 + 128);
        switch (format)
        {
            case UnusedExportsFormat.List:
                foreach (var e in result.Unused) sb.Append(e.Name).Append('\n');
                break;
            case UnusedExportsFormat.Tsv:
                foreach (var e in result.Unused)
                    sb.Append(e.Name).Append('\t').Append(e.Module).Append('\t').Append(e.Kind).Append('\t').Append(e.Namespace).Append('\n');
                break;
            case UnusedExportsFormat.Json:
                sb.Append(RenderJson(result));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
        return sb.ToString();
    }

    private static string RenderJson(UnusedExportsResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("symbols");
            foreach (var e in result.Unused)
            {
                w.WriteStartObject();
                w.WriteString("name", e.Name);
                w.WriteString("module", e.Module);
                w.WriteString("kind", e.Kind);
                w.WriteString("namespace", e.Namespace);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("exports", result.ExportCount);
            w.WriteNumber("used", result.UsedCount);
            w.WriteNumber("unused", result.Unused.Count);
            w.WriteNumber("modules", result.ModuleCount);
            w.WriteStartArray("errors");
            foreach (var e in result.Errors) UsedSymbolsWriter.WriteError(w, e);
            w.WriteEndArray();
            if (result.Warnings.Count > 0)
            {
                w.WriteStartArray("warnings");
                foreach (var m in result.Warnings)
                    foreach (var warning in m.Warnings) warning.WriteJson(w, m.Module);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
