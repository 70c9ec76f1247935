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
}

/// <summary>Names of <see cref="ReferenceSource"/> values as CONTRACT.md spells them.</summary>
public static class ReferenceSources
{
    /// <summary><c>symtab</c>, <c>inline-asm</c>, <c>module-asm</c>, <c>intrinsic</c>, <c>libcall</c>, <c>attribute</c>.</summary>
    public static string Name(ReferenceSource source) => source switch
    {
        ReferenceSource.Symtab => "symtab",
        ReferenceSource.InlineAsm => "inline-asm",
        ReferenceSource.ModuleAsm => "module-asm",
        ReferenceSource.Intrinsic => "intrinsic",
        ReferenceSource.Libcall => "libcall",
        ReferenceSource.Attribute => "attribute",
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
public sealed record ModuleReferences(string Module, IReadOnlyList<SymbolReference> References);
