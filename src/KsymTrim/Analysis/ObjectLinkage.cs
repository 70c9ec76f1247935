using KsymTrim.Objects;

namespace KsymTrim.Analysis;

/// <summary>What one object of a module needs and provides, as the resolver reads it: the linkage facts, and
/// what the analysis adds to them (evidence for predicted needs, run-time lookups, warnings).</summary>
/// <param name="Member">The archive member, or null.</param>
/// <param name="Undefined">Strong undefined symbols (nm's <c>U</c>), in symbol-table order, duplicates kept.</param>
/// <param name="WeakUndefined">Weak undefined symbols (nm's <c>w</c>/<c>v</c>).</param>
/// <param name="Defined">Symbols defined and visible to other objects (global, weak, unique, common), or
/// empty when the caller did not ask for them.</param>
public sealed record ObjectLinkage(string? Member, IReadOnlyList<string> Undefined, IReadOnlyList<string> WeakUndefined,
    IReadOnlyList<string> Defined)
{
    /// <summary>For objects whose needs are predicted rather than read (LLVM bitcode): each needed symbol with its
    /// sources and first evidence, one entry per (symbol, source); null for native objects, whose needs are
    /// their symbol table's undefined entries. The names are those of <see cref="Undefined"/>.</summary>
    public IReadOnlyList<SymbolReference>? Evidence { get; init; }

    /// <summary>The exports this object looks up by name at run time (<see cref="ReferenceSource.RuntimeLookup"/>
    /// references, one per name, sorted by name), native or bitcode. Never resolved against the module's own
    /// definitions: the kernel finds them in its export tables, so even a module's own export must stay exported.</summary>
    public IReadOnlyList<SymbolReference> RuntimeLookups { get; init; } = [];

    /// <summary>The run-time lookups of this object whose name is computed (no analysis can know it).</summary>
    public IReadOnlyList<LookupWarning> Warnings { get; init; } = [];

    /// <summary>The linkage of a native object: its symbol table's facts, with the exports it looks up by name at
    /// run time (<see cref="NativeRuntimeLookups"/>). Only an object that imports a lookup function or may have a
    /// <see cref="RuntimeLookups.NoTrimSection"/> section pays for reading its code and relocations.</summary>
    /// <exception cref="Diagnostics.KsymFormatException">A relocation, symbol or section the lookup scan reads is
    /// malformed (without the path: the caller adds it).</exception>
    public static ObjectLinkage Of(NativeLinkage native)
    {
        ArgumentNullException.ThrowIfNull(native);
        var linkage = new ObjectLinkage(native.Member, native.Undefined, native.WeakUndefined, native.Defined);
        bool lookups = NativeRuntimeLookups.ImportsLookup(native.Undefined) || NativeRuntimeLookups.ImportsLookup(native.WeakUndefined);
        if (!lookups && !NativeRuntimeLookups.MayHaveNoTrimSection(native.Elf)) return linkage;
        var found = NativeRuntimeLookups.FindKnown(native.Elf, native.Symbols, native.Member, lookups);
        return found.References.Count == 0 && found.Warnings.Count == 0
            ? linkage
            : linkage with { RuntimeLookups = found.References, Warnings = found.Warnings };
    }
}
