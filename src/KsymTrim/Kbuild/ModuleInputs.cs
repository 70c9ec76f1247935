using System.IO.Enumeration;
using KsymTrim.Diagnostics;

namespace KsymTrim.Kbuild;

/// <summary>
/// Turns command-line arguments into module paths (CONTRACT.md, "Inputs"): files as given, directories as every
/// <c>*.ko</c> (and compressed <c>*.ko.gz</c>, <c>*.ko.xz</c>, <c>*.ko.zst</c>) below them in byte order,
/// <c>@FILE</c> as one path per line, and kbuild's <c>modules.order</c>.
/// </summary>
public static class ModuleInputs
{
    private static readonly string[] CompressedSuffixes = [".zst", ".xz", ".gz"];

    /// <summary>Expands <paramref name="arguments"/> and then the lines of <paramref name="modulesOrder"/>, as
    /// paths (a module read from a <c>.mod</c> member list is named by its <c>.mod</c> file).</summary>
    /// <param name="arguments">Files, directories and <c>@FILE</c> lists.</param>
    /// <param name="modulesOrder">kbuild's <c>modules.order</c>, or null.</param>
    /// <param name="objtree">The folder its lines are relative to; by default the folder holding it.</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments, string? modulesOrder = null, string? objtree = null) =>
        ExpandModules(arguments, modulesOrder, objtree).Select(m => m.Path).ToList();

    /// <summary>Expands <paramref name="arguments"/> and then the lines of <paramref name="modulesOrder"/> into the
    /// modules to analyse (see <see cref="ReadModulesOrderInputs"/> for the lines).</summary>
    /// <param name="arguments">Files, directories and <c>@FILE</c> lists.</param>
    /// <param name="modulesOrder">kbuild's <c>modules.order</c>, or null.</param>
    /// <param name="objtree">The folder its lines are relative to; by default the folder holding it.</param>
    public static IReadOnlyList<ModuleInput> ExpandModules(IEnumerable<string> arguments, string? modulesOrder = null, string? objtree = null)
    {
        var result = new List<ModuleInput>();
        foreach (var arg in arguments)
        {
            if (arg.Length > 1 && arg[0] == '@')
            {
                foreach (var line in TextInput.ReadAllText(arg[1..]).Split('\n'))
                {
                    var p = line.Trim();
                    if (p.Length > 0) result.Add(p);
                }
            }
            else if (Directory.Exists(arg))
            {
                result.AddRange(ModulesBelow(arg).Select(p => new ModuleInput(p)));
            }
            else
            {
                result.Add(arg);
            }
        }
        if (modulesOrder is not null) result.AddRange(ReadModulesOrderInputs(modulesOrder, objtree));
        return result;
    }

    /// <summary>Every kernel module below <paramref name="directory"/>, sorted by path in byte order. Like
    /// <c>find</c>, it does not descend into symbolic links to folders (a link loop cannot repeat a module).</summary>
    /// <exception cref="KsymFormatException">A folder cannot be read.</exception>
    public static IReadOnlyList<string> ModulesBelow(string directory) => FilesBelow(directory, IsModuleName);

    /// <summary>The files below <paramref name="directory"/> whose name <paramref name="wanted"/> accepts, sorted by path
    /// in byte order; symbolic links to folders are not followed.</summary>
    /// <exception cref="KsymFormatException">A folder cannot be read.</exception>
    internal static List<string> FilesBelow(string directory, FileNamePredicate wanted)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
        // FileSystemEnumerable builds only the strings it keeps: no FileInfo per entry.
        var files = new FileSystemEnumerable<string>(directory, (ref FileSystemEntry e) => e.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory && wanted(e.FileName),
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        List<string> result;
        try { result = files.ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1,
                e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.'), directory, inner: e);
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>Decides on a file by its name.</summary>
    internal delegate bool FileNamePredicate(ReadOnlySpan<char> name);

    /// <summary>A kernel module's file name (or path): <c>.ko</c>, perhaps compressed (<c>.ko.gz</c>, <c>.ko.xz</c>, <c>.ko.zst</c>).</summary>
    internal static bool IsModuleName(ReadOnlySpan<char> name)
    {
        if (name.EndsWith(".ko", StringComparison.Ordinal)) return true;
        foreach (var suffix in CompressedSuffixes)
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name[..^suffix.Length].EndsWith(".ko", StringComparison.Ordinal)) return true;
        return false;
    }


    /// <summary>The paths of the modules named by a <c>modules.order</c> (see <see cref="ReadModulesOrderInputs"/>).</summary>
    public static IReadOnlyList<string> ReadModulesOrder(string modulesOrder, string? objtree = null) =>
        ReadModulesOrderInputs(modulesOrder, objtree).Select(m => m.Path).ToList();

    /// <summary>
    /// The modules named by a <c>modules.order</c>, relative to <paramref name="objtree"/> (by default its folder).
    /// A line with a summary beside it (<c>LINE.refs.json</c>, e.g. <c>drivers/net/dummy.ko.refs.json</c>, see
    /// <see cref="ModuleSummary"/>) that is not older than the module (when that exists) reads the summary. Else a <c>.ko</c> line whose file does not exist
    /// reads, in this order: a compressed <c>.ko.*</c> of the same name;
    /// the <c>.o</c> of the same stem (the state of a build before modpost; in a Clang LTO build that is bitcode, or
    /// for a composite module a thin archive of bitcode members); the <c>.mod</c> file's member list (kbuild 5.19+
    /// links a composite module's <c>.o</c> from it only later). With none of them, the <c>.o</c> is named, so that
    /// the error says which file is missing.
    /// </summary>
    /// <exception cref="KsymFormatException">The list, or a <c>.mod</c> file, cannot be read.</exception>
    public static IReadOnlyList<ModuleInput> ReadModulesOrderInputs(string modulesOrder, string? objtree = null)
    {
        string root = objtree ?? Path.GetDirectoryName(modulesOrder) ?? "";
        var result = new List<ModuleInput>();
        foreach (var line in TextInput.ReadAllText(modulesOrder).Split('\n'))
        {
            var entry = line.Trim();
            if (entry.Length == 0) continue;
            string path = Path.IsPathRooted(entry) ? entry : Path.Combine(root, entry);
            // The summary of the module (ModuleSummary), when the build made one and the module is not newer.
            if (HasFreshSummary(path))
            {
                result.Add(new ModuleInput(path + ModuleSummary.Extension));
                continue;
            }
            if (path.EndsWith(".ko", StringComparison.Ordinal) && !File.Exists(path))
            {
                string? found = CompressedSuffixes.Select(s => path + s).FirstOrDefault(File.Exists);
                string stem = path[..^3];
                if (found is not null) path = found;
                else if (!File.Exists(stem + ".o") && File.Exists(stem + ".mod"))
                {
                    result.Add(new ModuleInput(stem + ".mod", KbuildModFile.Members(stem + ".mod", root)));
                    continue;
                }
                else path = stem + ".o";
            }
            result.Add(new ModuleInput(path));
        }
        return result;
    }

    /// <summary>Whether <paramref name="module"/><c>.refs.json</c> exists and <paramref name="module"/> is not newer.</summary>
    private static bool HasFreshSummary(string module)
    {
        var summary = new FileInfo(module + ModuleSummary.Extension);
        if (!summary.Exists) return false;
        var ko = new FileInfo(module);
        return !ko.Exists || ko.LastWriteTimeUtc <= summary.LastWriteTimeUtc;
    }
}
