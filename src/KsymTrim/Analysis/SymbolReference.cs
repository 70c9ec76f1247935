namespace KsymTrim.Analysis;

/// <summary>Where the evidence for a needed symbol comes from (CONTRACT.md, <c>refs</c>).</summary>
public enum ReferenceSource
{
    /// <summary>An undefined entry of a symbol table (native ELF, or bitcode's symbol table).</summary>
    Symtab,
    /// <summary>A symbol named in function-level inline asm.</summary>
    InlineAsm,
    /// <summary>A symbol named in module-level asm.</summary>
    ModuleAsm,
    /// <summary>An intrinsic that code generation lowers to a call.</summary>
    Intrinsic,
    /// <summary>An instruction that code generation lowers to a runtime library call.</summary>
    Libcall,
    /// <summary>A call implied by a function attribute or module flag.</summary>
    Attribute,
    /// <summary>An export the module looks up by name at run time (a constant string passed to
    /// <c>__symbol_get</c>/<c>__symbol_put</c>, or listed in a <c>.no_trim_symbol</c> section): no symbol table
    /// names it, yet trimming it breaks the module (<see cref="RuntimeLookups"/>).</summary>
    RuntimeLookup,
}

/// <summary>Names of <see cref="ReferenceSource"/> values as CONTRACT.md spells them.</summary>
public static class ReferenceSources
{
    /// <summary><c>symtab</c>, <c>inline-asm</c>, <c>module-asm</c>, <c>intrinsic</c>, <c>libcall</c>, <c>attribute</c>,
    /// <c>runtime-lookup</c>.</summary>
    public static string Name(ReferenceSource source) => source switch
    {
        ReferenceSource.Symtab => "symtab",
        ReferenceSource.InlineAsm => "inline-asm",
        ReferenceSource.ModuleAsm => "module-asm",
        ReferenceSource.Intrinsic => "intrinsic",
        ReferenceSource.Libcall => "libcall",
        ReferenceSource.Attribute => "attribute",
        ReferenceSource.RuntimeLookup => "runtime-lookup",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };
}

/// <summary>A symbol a module needs from outside itself, with the first evidence for it.</summary>
/// <param name="Symbol">The symbol's name.</param>
/// <param name="Source">What kind of evidence.</param>
/// <param name="Detail">The first evidence: the member whose symbol table has it, the intrinsic, the asm snippet.</param>
public readonly record struct SymbolReference(string Symbol, ReferenceSource Source, string Detail);

/// <summary>Everything one module needs from outside itself, sorted by symbol then source.</summary>
/// <param name="Module">The module input as the caller named it.</param>
/// <param name="References">One entry per (symbol, source), sorted by symbol (ordinal) then source.</param>
public sealed record ModuleReferences(string Module, IReadOnlyList<SymbolReference> References)
{
    /// <summary>The run-time lookups whose name no analysis can know (computed at run time), in member order:
    /// the exports they need are not in <see cref="References"/>.</summary>
    public IReadOnlyList<LookupWarning> Warnings { get; init; } = [];

    /// <summary>The weak undefined symbols (nm's <c>w</c>/<c>v</c>) no member of the module defines and no member
    /// needs strongly, sorted by name (ordinal), one per name. They are not references: a weak undefined symbol may
    /// stay unresolved, and kbuild's used set leaves it out; <c>llvm-nm --undefined-only</c> lists it, and with it
    /// Android's KMI symbol lists (<see cref="Kbuild.KmiSymbolList"/>).</summary>
    public IReadOnlyList<string> WeakUndefined { get; init; } = [];

    /// <summary>The names the module exports, from its <c>__ksymtab_NAME</c> symbols (and, for an object before modpost,
    /// <c>__ksym_marker_NAME</c> and <c>__export_symbol_NAME</c>: <see cref="Kbuild.ExportSymbols"/>), sorted by name
    /// (ordinal), one per name. Read only when <see cref="ModuleAnalyzer.ReadExports"/> is set; empty otherwise.</summary>
    public IReadOnlyList<string> Exports { get; init; } = [];

    /// <summary>Whether the module file ends in a PKCS#7 module signature (<see cref="Kbuild.ModuleSignature"/>): a
    /// GKI module, for Android. Read only when <see cref="ModuleAnalyzer.ReadExports"/> is set; false otherwise.</summary>
    public bool Signed { get; init; }
}
