using System.Text;
using System.Text.Json;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;

namespace KsymTrim.Kbuild;

/// <summary>The output formats of <c>ksymtrim used</c> (CONTRACT.md).</summary>
public enum UsedSymbolsFormat
{
    /// <summary>One symbol per line, byte order.</summary>
    List,
    /// <summary>What scripts/gen_autoksyms.sh writes to include/generated/autoksyms.h.</summary>
    Autoksyms,
    /// <summary><c>{"symbols":[{"name":…,"modules":[…]}…],"modules":N,"errors":[…]}</c>.</summary>
    Json,
    /// <summary>An Android KMI symbol list: <c>[abi_symbol_list]</c>, then each symbol indented by two spaces.</summary>
    Kmi,
}

/// <summary>Renders a used set. Output uses <c>\n</c> line ends and no timestamps, so equal sets give equal bytes.</summary>
public static class UsedSymbolsWriter
{
    /// <summary>The header gen_autoksyms.sh writes before the <c>#define</c> lines (kernels 5.4 to 6.4).</summary>
    public const string AutoksymsHeader = "/*\n * Automatically generated file; DO NOT EDIT.\n */\n\n";

    /// <summary>Renders <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static string Render(UsedSymbolsResult result, UsedSymbolsFormat format)
    {
        var sb = new StringBuilder(result.Symbols.Count * 32 + 128);
        switch (format)
        {
            case UsedSymbolsFormat.List:
                foreach (var s in result.Symbols) sb.Append(s.Name).Append('\n');
                break;
            case UsedSymbolsFormat.Autoksyms:
                sb.Append(AutoksymsHeader);
                foreach (var s in result.Symbols) sb.Append("#define __KSYM_").Append(s.Name).Append(" 1\n");
                break;
            case UsedSymbolsFormat.Kmi:
                sb.Append("[abi_symbol_list]\n");
                foreach (var s in result.Symbols) sb.Append("  ").Append(s.Name).Append('\n');
                break;
            case UsedSymbolsFormat.Json:
                sb.Append(RenderJson(result));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
        return sb.ToString();
    }

    private static string RenderJson(UsedSymbolsResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            w.WriteStartArray("symbols");
            foreach (var s in result.Symbols)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                w.WriteStartArray("modules");
                foreach (var m in s.Modules) w.WriteStringValue(m);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("modules", result.ModuleCount);
            w.WriteStartArray("errors");
            foreach (var e in result.Errors) WriteError(w, e);
            w.WriteEndArray();
            if (result.Warnings.Count > 0) // only then: the output of a build without such lookups stays as it was
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

    /// <summary>Writes one error as <c>{"path":…,"member":…,"offset":…,"id":"KT0101","reason":…,"message":…}</c>.</summary>
    public static void WriteError(Utf8JsonWriter w, KsymFormatException e)
    {
        w.WriteStartObject();
        w.WriteString("path", e.Path);
        if (e.Member is null) w.WriteNull("member"); else w.WriteString("member", e.Member);
        if (e.Offset >= 0) w.WriteNumber("offset", e.Offset); else w.WriteNull("offset");
        w.WriteString("id", DiagnosticCode(e.Id));
        w.WriteString("reason", e.Reason);
        w.WriteString("message", e.Message);
        w.WriteEndObject();
    }

    /// <summary>The catalogue code of a diagnostic, e.g. <c>KT0101</c>.</summary>
    public static string DiagnosticCode(DiagnosticId id) => "KT" + ((int)id).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
