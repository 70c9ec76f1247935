using System.Text;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KsymTrim.Kbuild;

/// <summary>What <see cref="GenAutoksyms.Compute"/> reads. The default value of every property is valid: the kernel
/// object tree is the current folder, as for <c>scripts/gen_autoksyms.sh</c>.</summary>
public sealed record GenAutoksymsOptions
{
    /// <summary>The kernel object tree (where make runs): <c>modules.order</c>, <c>include/config/auto.conf</c> and
    /// the objects are found there. Default: the current folder.</summary>
    public string ObjTree { get; init; } = ".";

    /// <summary>The kernel source tree, against which a relative CONFIG_UNUSED_KSYMS_WHITELIST that is not a file
    /// under the object tree is resolved. Default: <c>$abs_srctree</c>, else <c>$srctree</c> (kbuild exports both),
    /// else the object tree.</summary>
    public string? SrcTree { get; init; }

    /// <summary>The configuration; default <c>include/config/auto.conf</c> under <see cref="ObjTree"/>.</summary>
    public string? Config { get; init; }

    /// <summary>Threads to use; 0 means one per processor. The answer does not depend on it.</summary>
    public int Jobs { get; init; }

    /// <summary>Count the exports modules look up by name at run time (default true); false gives the script's own
    /// link-time set (<c>--no-runtime-lookups</c>).</summary>
    public bool RuntimeLookups { get; init; } = true;

    /// <summary>Hears of every finished module, from worker threads (so it must be thread-safe); null for none.</summary>
    public IProgress<AnalysisProgress>? Progress { get; init; }
}

/// <summary>
/// A drop-in for <c>scripts/gen_autoksyms.sh</c> of kernels 5.4 to 6.4 (BACKGROUND.md 1.2), reading the modules'
/// objects instead of the <c>.mod</c>/<c>.usyms</c> lists that nm made of them, so that in a Clang LTO build no module
/// has to be compiled to native code first. Sources of the set, as the script's: every module of
/// <c>modules.order</c> (when the file exists; see <see cref="ModuleInputs.ReadModulesOrderInputs"/> for a module
/// not linked yet); <c>module_layout</c> when CONFIG_MODVERSIONS is set; the names in the file
/// CONFIG_UNUSED_KSYMS_WHITELIST names. Rendered with <see cref="UsedSymbolsFormat.Autoksyms"/>. Thread-safe.
/// </summary>
public static class GenAutoksyms
{
    /// <summary>The option naming the whitelist file.</summary>
    public const string WhitelistOption = "CONFIG_UNUSED_KSYMS_WHITELIST";

    /// <summary>Computes the set. Problems with modules are returned in <see cref="UsedSymbolsResult.Errors"/>.</summary>
    /// <exception cref="KsymFormatException">auto.conf, modules.order or the whitelist cannot be read (the script
    /// stops with "ERROR: '…' whitelist file not found" for a missing whitelist).</exception>
    public static UsedSymbolsResult Compute(GenAutoksymsOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        string objtree = options.ObjTree.Length == 0 ? "." : options.ObjTree;
        string configPath = options.Config ?? Path.Combine(objtree, "include", "config", "auto.conf");
        var config = KconfigValues.Load(configPath);
        string srctree = options.SrcTree ?? DefaultSrcTree(objtree);
        string modulesOrder = Path.Combine(objtree, "modules.order");
        return UsedSymbols.Compute(new UsedSymbolsOptions
        {
            ModulesOrder = File.Exists(modulesOrder) ? modulesOrder : null,
            ObjTree = objtree,
            Config = configPath,
            Whitelist = ResolveWhitelist(config, objtree, srctree),
            Jobs = options.Jobs,
            LinkerNames = LinkerNameRules.GenAutoksyms,
            RuntimeLookups = options.RuntimeLookups,
            Progress = options.Progress,
        }, logger, cancellationToken);
    }

    /// <summary>The source tree kbuild passes in the environment (<c>abs_srctree</c>, else <c>srctree</c>), else
    /// <paramref name="objtree"/>.</summary>
    public static string DefaultSrcTree(string objtree) =>
        Environment.GetEnvironmentVariable("abs_srctree") is { Length: > 0 } abs ? abs
        : Environment.GetEnvironmentVariable("srctree") is { Length: > 0 } rel ? Path.Combine(objtree, rel)
        : objtree;

    /// <summary>
    /// The whitelist file, resolved as gen_autoksyms.sh does: the value's shell variables expanded (the script
    /// <c>eval</c>s it: <c>$srctree</c>, <c>$abs_srctree</c> and <c>$objtree</c> are the trees given here, others come
    /// from the environment), then an absolute path as it is, a path naming a file under the object tree as it is, and
    /// anything else under the source tree. Null when the option is unset or empty.
    /// </summary>
    /// <exception cref="KsymFormatException">The file is not there or cannot be read.</exception>
    public static string? ResolveWhitelist(KconfigValues config, string objtree, string srctree)
    {
        ArgumentNullException.ThrowIfNull(config);
        var raw = config.GetString(WhitelistOption);
        if (string.IsNullOrEmpty(raw)) return null;
        string value = ExpandVariables(raw, name => name switch
        {
            "srctree" or "abs_srctree" => srctree,
            "objtree" or "abs_objtree" => objtree,
            _ => Environment.GetEnvironmentVariable(name) ?? "",
        });
        if (value.Length == 0) return null;
        string path = Path.IsPathRooted(value) ? value
            : File.Exists(Path.Combine(objtree, value)) ? Path.Combine(objtree, value)
            : Path.Combine(srctree, value);
        if (!File.Exists(path))
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1,
                $"whitelist file not found ({WhitelistOption})", path);
        return path;
    }

    /// <summary>Expands <c>$NAME</c> and <c>${NAME}</c> in <paramref name="text"/>; other characters are kept.</summary>
    internal static string ExpandVariables(string text, Func<string, string> lookup)
    {
        if (!text.Contains('$')) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '$' || i + 1 >= text.Length) { sb.Append(c); continue; }
            if (text[i + 1] == '{')
            {
                int close = text.IndexOf('}', i + 2);
                if (close < 0) { sb.Append(c); continue; }
                sb.Append(lookup(text[(i + 2)..close]));
                i = close;
                continue;
            }
            int j = i + 1;
            while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_')) j++;
            if (j == i + 1) { sb.Append(c); continue; }
            sb.Append(lookup(text[(i + 1)..j]));
            i = j - 1;
        }
        return sb.ToString();
    }
}
