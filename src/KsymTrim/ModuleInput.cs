namespace KsymTrim;

/// <summary>
/// One module to analyse: a single file (an object, a kernel module, bitcode, an archive), or several files that
/// form one module before any linker has combined them (kbuild's <c>.mod</c> member list of a composite module).
/// References between the files of one module resolve inside it, as between an archive's members.
/// </summary>
/// <param name="Path">The file, or for a list the name the module is reported under (e.g. the <c>.mod</c> file).</param>
/// <param name="Files">The member files, in link order, or null when <paramref name="Path"/> is the module itself.</param>
public sealed record ModuleInput(string Path, IReadOnlyList<string>? Files = null)
{
    /// <summary>A module that is one file.</summary>
    public static implicit operator ModuleInput(string path) => new(path);
}
