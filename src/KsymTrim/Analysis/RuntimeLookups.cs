namespace KsymTrim.Analysis;

/// <summary>A kernel function that looks an export up by a name string its caller passes (the name is one of its
/// arguments): a constant name there is a <see cref="ReferenceSource.RuntimeLookup"/> reference.</summary>
/// <param name="Function">The function's name, as an undefined symbol of the module.</param>
/// <param name="NameArgument">Which argument (0-based) is the name.</param>
/// <param name="Kernels">The kernels in which modules can call it (documentation).</param>
public sealed record RuntimeLookupEntry(string Function, int NameArgument, string Kernels);

/// <summary>A run-time lookup whose name no analysis can know: the module computes it at run time (mtd's chip
/// probes format <c>cfi_cmdset_%4.4X</c>). The export it needs is not in the module's references.</summary>
/// <param name="Member">The archive member, or null.</param>
/// <param name="Function">The function that makes the call ("?" when the object does not say).</param>
/// <param name="Callee">The lookup function called (<c>__symbol_get</c>...).</param>
/// <param name="Detail">What was passed instead of a constant, as far as the analysis sees it.</param>
public sealed record LookupWarning(string? Member, string Function, string Callee, string Detail)
{
    /// <summary>The warning as the tool prints it after <c>PATH[(member)]: </c>.</summary>
    public string Message =>
        $"{Function} looks up an export by a computed name ({Callee}: {Detail}); no analysis can tell which export, so keep it with --whitelist";

    /// <summary>The whole warning for the module input <paramref name="module"/>: <c>PATH[(member)]: </c><see cref="Message"/>.</summary>
    public string Describe(string module) => (Member is null ? module : module + "(" + Member + ")") + ": " + Message;

    /// <summary>Writes the warning as <c>{"module","member"(archive members only),"function","callee","detail","message"}</c>.</summary>
    public void WriteJson(System.Text.Json.Utf8JsonWriter w, string module)
    {
        w.WriteStartObject();
        w.WriteString("module", module);
        if (Member is not null) w.WriteString("member", Member);
        w.WriteString("function", Function);
        w.WriteString("callee", Callee);
        w.WriteString("detail", Detail);
        w.WriteString("message", Describe(module));
        w.WriteEndObject();
    }
}

/// <summary>
/// The kernel's by-name export lookups: the functions (<see cref="Entries"/>) and the section
/// (<see cref="NoTrimSection"/>) that name an export only as a string. <c>symbol_get(x)</c>, <c>symbol_put(x)</c>,
/// <c>symbol_request(x)</c> and <c>dvb_attach(x, ...)</c> expand to <c>__symbol_get("x")</c> and
/// <c>__symbol_put("x")</c>; the kernel finds <c>x</c> in the export tables when the module runs, so trimming the
/// export breaks the module though no object references it. docs/runtime-lookups.md has the kernel's history.
/// Thread-safe (read-only data).
/// </summary>
public static class RuntimeLookups
{
    /// <summary>The section in which Linux 6.14 and later place one string per <c>symbol_get()</c> use.</summary>
    public const string NoTrimSection = ".no_trim_symbol";

    /// <summary>KSYM_NAME_LEN: no kernel symbol name is longer (the terminating NUL excluded, 511).</summary>
    public const int MaxNameLength = 511;

    /// <summary>The lookup functions, by name.</summary>
    public static IReadOnlyList<RuntimeLookupEntry> Entries { get; } =
    [
        new("__symbol_get", 0, "every kernel; symbol_get, symbol_request and dvb_attach expand to it"),
        new("__symbol_put", 0, "every kernel; symbol_put and dvb_attach expand to it"),
        new("find_symbol", 0, "exported up to v5.8 (773110470e2f made it static) and in 5.4.y until May 2021"),
    ];

    private static readonly Dictionary<string, RuntimeLookupEntry> s_byName =
        Entries.ToDictionary(e => e.Function, StringComparer.Ordinal);

    /// <summary>The entry for a function named <paramref name="function"/>, or null.</summary>
    public static RuntimeLookupEntry? Find(string function) => s_byName.GetValueOrDefault(function);

    /// <summary>The entry for a function whose name is <paramref name="function"/> (UTF-8), or null; allocates nothing.</summary>
    public static RuntimeLookupEntry? Find(ReadOnlySpan<byte> function)
    {
        foreach (var e in Entries)
            if (System.Text.Ascii.Equals(function, e.Function)) return e;
        return null;
    }

    /// <summary>True when <paramref name="name"/> can be an exported symbol's name: a C identifier of at most
    /// <see cref="MaxNameLength"/> bytes. A string that is not one (a format, a message) names no export.</summary>
    public static bool IsExportName(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty || name.Length > MaxNameLength || char.IsAsciiDigit((char)name[0])) return false;
        foreach (byte b in name)
            if (!(char.IsAsciiLetterOrDigit((char)b) || b == '_')) return false;
        return true;
    }

    /// <summary>As <see cref="IsExportName(ReadOnlySpan{byte})"/> for a string.</summary>
    public static bool IsExportName(string name)
    {
        if (name.Length == 0 || name.Length > MaxNameLength || char.IsAsciiDigit(name[0])) return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>The evidence text of a lookup call: <c>FUNCTION: CALLEE("NAME")</c>.</summary>
    public static string CallEvidence(string function, string callee, string name) => $"{function}: {callee}(\"{name}\")";

    /// <summary>The evidence text of a <see cref="NoTrimSection"/> entry: <c>.no_trim_symbol: "NAME"</c>, with
    /// the variable's name when known.</summary>
    public static string SectionEvidence(string name, string? variable = null) =>
        variable is null ? $"{NoTrimSection}: \"{name}\"" : $"{NoTrimSection}: {variable} = \"{name}\"";
}
