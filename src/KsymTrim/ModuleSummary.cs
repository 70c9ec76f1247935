using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;

namespace KsymTrim;

/// <summary>
/// A module summary: what <c>ksymtrim refs --format json</c> writes for one module, saved as a <c>*.refs.json</c>
/// file, and read back wherever a module is accepted in place of analysing the module again (docs/usage.md,
/// "Summaries"). Each module's analysis can so run as its own build action (make, distcc, Bazel remote execution) and
/// only the union is taken centrally; the result from summaries is byte for byte the result from the modules.
/// A summary carries the module's name as <c>refs</c> was given it, its references with their sources and details,
/// its warnings, or the error that stopped it; and the KsymTrim version that wrote it: another version's summary is
/// refused (KT0402), since the analysis may differ. Thread-safe.
/// </summary>
public static class ModuleSummary
{
    /// <summary>The file name ending that marks a summary: <c>drivers/net/dummy.ko.refs.json</c>.</summary>
    public const string Extension = ".refs.json";

    /// <summary>The value of the <c>"summary"</c> field: the layout of the JSON.</summary>
    public const int FormatVersion = 1;

    /// <summary>A summary larger than this is refused (a module's summary is kilobytes; Debian's largest is under 100 KiB).</summary>
    public const long MaxSize = 64L << 20;

    /// <summary>The most references, warnings or errors one summary may list.</summary>
    public const int MaxEntries = 1_000_000;

    /// <summary>The version of KsymTrim that writes summaries, as its <c>"version"</c> field holds it (the
    /// library's informational version, with its source revision when the build recorded one).</summary>
    public static string Version { get; } =
        typeof(ModuleSummary).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ModuleSummary).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>Whether <paramref name="path"/> names a summary (ends in <see cref="Extension"/>).</summary>
    public static bool IsSummary(string path) => path.EndsWith(Extension, StringComparison.Ordinal);

    /// <summary>
    /// The JSON of <c>refs --format json</c>: <c>{"modules":[{"module","references":[{"symbol","source","detail"}],
    /// "warnings"?,"weak"?,"exports"?,"signed"?}],"errors":[…],"summary":1,"version":…}</c>, ending in a newline.
    /// <c>weak</c> and <c>exports</c> (arrays of names) are written when not empty, <c>signed</c> (true) only for a
    /// signed module: what <c>ksymtrim kmi</c> needs of a module besides its references. The output for one module is
    /// its summary.
    /// </summary>
    public static string Render(IEnumerable<ModuleReferences> modules, IEnumerable<KsymFormatException> errors)
    {
        ArgumentNullException.ThrowIfNull(modules);
        ArgumentNullException.ThrowIfNull(errors);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("modules");
            foreach (var m in modules)
            {
                w.WriteStartObject();
                w.WriteString("module", m.Module);
                w.WriteStartArray("references");
                foreach (var r in m.References)
                {
                    w.WriteStartObject();
                    w.WriteString("symbol", r.Symbol);
                    w.WriteString("source", ReferenceSources.Name(r.Source));
                    w.WriteString("detail", r.Detail);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (m.Warnings.Count > 0)
                {
                    w.WriteStartArray("warnings");
                    foreach (var warning in m.Warnings) warning.WriteJson(w, m.Module);
                    w.WriteEndArray();
                }
                WriteNames(w, "weak", m.WeakUndefined);
                WriteNames(w, "exports", m.Exports);
                if (m.Signed) w.WriteBoolean("signed", true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var e in errors) UsedSymbolsWriter.WriteError(w, e);
            w.WriteEndArray();
            w.WriteNumber("summary", FormatVersion);
            w.WriteString("version", Version);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes <paramref name="names"/> as an array of strings, unless there are none.</summary>
    private static void WriteNames(Utf8JsonWriter w, string field, IReadOnlyList<string> names)
    {
        if (names.Count == 0) return;
        w.WriteStartArray(field);
        foreach (var n in names) w.WriteStringValue(n);
        w.WriteEndArray();
    }

    /// <summary>The summary of one analysed module: the JSON of <c>refs --format json</c> of its references or of its error.</summary>
    public static string Render(ModuleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.References is not null ? Render([result.References], []) : Render([], [result.Error!]);
    }

    /// <summary>
    /// Reads the summary <paramref name="path"/>: the module's references, under the module name the summary records.
    /// A summary of a module that failed throws that module's error as it was recorded.
    /// </summary>
    /// <exception cref="KsymFormatException">The summary cannot be read, is malformed (KT0401), comes from another
    /// version of KsymTrim (KT0402), or records the error of its module.</exception>
    public static ModuleReferences Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxSize) throw Malformed(path, -1, $"larger than the {MaxSize >> 20} MiB a summary may be");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "no such file"
                : Directory.Exists(path) ? "is a directory"
                : e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1, why, path, inner: e);
        }
        if (bytes.Length > MaxSize) throw Malformed(path, -1, $"larger than the {MaxSize >> 20} MiB a summary may be");
        return Read(bytes, path);
    }

    /// <summary>Reads a summary held in <paramref name="json"/>, <paramref name="path"/> naming it in errors.</summary>
    /// <exception cref="KsymFormatException">As <see cref="Read(string)"/>.</exception>
    public static ModuleReferences Read(ReadOnlySpan<byte> json, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (json.IsEmpty) throw new KsymFormatException(DiagnosticId.EmptyInput, InputFormat.Summary, -1, "empty summary", path);
        // A first pass finds the byte at which malformed JSON goes wrong; the document is read only when it is JSON.
        var options = new JsonReaderOptions { MaxDepth = 8 };
        var reader = new Utf8JsonReader(json, options);
        try { while (reader.Read()) { } }
        catch (JsonException e) { throw Malformed(path, reader.BytesConsumed, "not JSON: " + FirstSentence(e.Message), e); }

        using var doc = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        // a string that is not valid UTF-8 passes the reader and fails only when it is decoded
        try { return Read(doc.RootElement, path); }
        catch (InvalidOperationException e) { throw Malformed(path, -1, "a string is not valid UTF-8", e); }
    }

    private static ModuleReferences Read(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Malformed(path, -1, "not a JSON object");
        // The version first: another version's summary may differ in any other field.
        if (!root.TryGetProperty("summary", out var format) || format.ValueKind != JsonValueKind.Number)
            throw new KsymFormatException(DiagnosticId.SummaryVersionMismatch, InputFormat.Summary, -1,
                "no \"summary\" field: not written by a KsymTrim that writes summaries; run refs --format json again", path);
        if (!format.TryGetInt32(out int formatVersion) || formatVersion != FormatVersion)
            throw new KsymFormatException(DiagnosticId.SummaryVersionMismatch, InputFormat.Summary, -1,
                $"summary format {format.GetRawText()}, this KsymTrim reads format {FormatVersion}; run refs --format json again", path);
        string version = String(root, "version", path);
        if (!string.Equals(version, Version, StringComparison.Ordinal))
            throw new KsymFormatException(DiagnosticId.SummaryVersionMismatch, InputFormat.Summary, -1,
                $"written by KsymTrim {version}, this is KsymTrim {Version}; run refs --format json again with this version", path);

        var modules = Array(root, "modules", path);
        var errors = Array(root, "errors", path);
        int moduleCount = modules.GetArrayLength(), errorCount = errors.GetArrayLength();
        if (moduleCount + errorCount != 1)
            throw Malformed(path, -1, $"{moduleCount} module(s) and {errorCount} error(s): a summary is the refs of exactly one module");
        if (errorCount == 1) throw RecordedError(errors[0], path);

        var m = modules[0];
        if (m.ValueKind != JsonValueKind.Object) throw Malformed(path, -1, "a \"modules\" entry is not an object");
        string module = String(m, "module", path);
        var refs = Array(m, "references", path);
        if (refs.GetArrayLength() > MaxEntries) throw Malformed(path, -1, $"more than {MaxEntries} references");
        var references = new List<SymbolReference>(refs.GetArrayLength());
        foreach (var r in refs.EnumerateArray())
        {
            if (r.ValueKind != JsonValueKind.Object) throw Malformed(path, -1, "a reference is not an object");
            string source = String(r, "source", path);
            references.Add(new SymbolReference(String(r, "symbol", path), SourceOf(source, path), String(r, "detail", path)));
        }
        var warnings = new List<LookupWarning>();
        if (m.TryGetProperty("warnings", out var ws))
        {
            if (ws.ValueKind != JsonValueKind.Array) throw Malformed(path, -1, "\"warnings\" is not an array");
            if (ws.GetArrayLength() > MaxEntries) throw Malformed(path, -1, $"more than {MaxEntries} warnings");
            foreach (var w in ws.EnumerateArray())
            {
                if (w.ValueKind != JsonValueKind.Object) throw Malformed(path, -1, "a warning is not an object");
                string? member = w.TryGetProperty("member", out var mem) && mem.ValueKind != JsonValueKind.Null ? String(w, "member", path) : null;
                warnings.Add(new LookupWarning(member, String(w, "function", path), String(w, "callee", path), String(w, "detail", path)));
            }
        }
        bool signed = false;
        if (m.TryGetProperty("signed", out var sg))
            signed = sg.ValueKind is JsonValueKind.True or JsonValueKind.False ? sg.GetBoolean() : throw Malformed(path, -1, "\"signed\" is not true or false");
        return new ModuleReferences(module, references)
        {
            Warnings = warnings, WeakUndefined = Names(m, "weak", path), Exports = Names(m, "exports", path), Signed = signed,
        };
    }

    /// <summary>The optional array of names <paramref name="field"/> of <paramref name="m"/>, sorted (ordinal) and one per name.</summary>
    private static string[] Names(JsonElement m, string field, string path)
    {
        if (!m.TryGetProperty(field, out var a)) return [];
        if (a.ValueKind != JsonValueKind.Array) throw Malformed(path, -1, $"\"{field}\" is not an array");
        if (a.GetArrayLength() > MaxEntries) throw Malformed(path, -1, $"more than {MaxEntries} \"{field}\" entries");
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var n in a.EnumerateArray())
            names.Add(n.ValueKind == JsonValueKind.String ? n.GetString()! : throw Malformed(path, -1, $"a \"{field}\" entry is not a string"));
        return [.. names];
    }

    private static ReferenceSource SourceOf(string name, string path)
    {
        foreach (var s in Enum.GetValues<ReferenceSource>())
            if (ReferenceSources.Name(s) == name) return s;
        throw Malformed(path, -1, $"unknown reference source \"{name}\"");
    }

    /// <summary>The error a summary records for its module, as <c>refs</c> reported it.</summary>
    private static KsymFormatException RecordedError(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw Malformed(path, -1, "an \"errors\" entry is not an object");
        string id = String(e, "id", path);
        if (id.Length != 6 || !id.StartsWith("KT", StringComparison.Ordinal)
            || !int.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int code)
            || !Enum.IsDefined((DiagnosticId)code))
            throw Malformed(path, -1, $"unknown diagnostic id \"{id}\"");
        long offset = -1;
        if (e.TryGetProperty("offset", out var o) && o.ValueKind != JsonValueKind.Null)
            if (o.ValueKind != JsonValueKind.Number || !o.TryGetInt64(out offset) || offset < 0) throw Malformed(path, -1, "an error's \"offset\" is not a byte offset");
        string? member = e.TryGetProperty("member", out var mem) && mem.ValueKind != JsonValueKind.Null ? String(e, "member", path) : null;
        return new KsymFormatException((DiagnosticId)code, InputFormat.Unknown, offset, String(e, "reason", path), String(e, "path", path), member);
    }

    private static string String(JsonElement o, string name, string path) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!
            : throw Malformed(path, -1, $"no string \"{name}\"");

    private static JsonElement Array(JsonElement o, string name, string path) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v
            : throw Malformed(path, -1, $"no array \"{name}\"");

    private static KsymFormatException Malformed(string path, long offset, string reason, Exception? inner = null) =>
        new(DiagnosticId.SummaryMalformed, InputFormat.Summary, offset, reason, path, inner: inner);

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return (dot < 0 ? message : message[..dot]).TrimEnd('.');
    }
}
