namespace KsymTrim.Analysis;

/// <summary>
/// Undefined names that the final module link or the loader resolve without any export, so they never belong
/// in the used set. The table is modpost's <c>ignore_undef_symbol()</c> (scripts/mod/modpost.c, v6.5), applied
/// whatever the machine: none of these names can be an exported kernel symbol.
/// </summary>
public static class LinkerProvidedSymbols
{
    /// <summary>Exact names.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "__this_module",            // resolved when the final .ko is linked with its .mod.o
        "_GLOBAL_OFFSET_TABLE_",    // the linker's GOT symbol
        ".TOC.",                    // PPC64: the TOC base, provided by the linker
    ];

    /// <summary>Name prefixes.</summary>
    public static IReadOnlyList<string> Prefixes { get; } =
    [
        "_restgpr_", "_savegpr_", "_rest32gpr_", "_save32gpr_", // PPC32 register save/restore, linked into every module
        "_restgpr0_", "_savegpr0_", "_restvr_", "_savevr_",     // PPC64 likewise
        "__s390_indirect_jump_r",                               // s390 expoline thunks, linked into every module
    ];

    /// <summary>True when <paramref name="name"/> is in the table.</summary>
    public static bool Contains(string name)
    {
        // every name and prefix of the table starts with '_' or '.': most names are decided here
        if (name is null || name.Length == 0 || name[0] is not ('_' or '.')) return false;
        foreach (var n in Names)
            if (n == name) return true;
        foreach (var p in Prefixes)
            if (name.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }
}
