using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>
/// The symbols the native object made from LLVM bitcode will reference: the declarations its live code and
/// data still use after code generation has folded what it folds, the calls code generation adds (libcalls for
/// instructions and intrinsics, calls implied by function attributes and module flags), and the symbols named in
/// inline and module-level asm. Thread-safe.
/// </summary>
public static partial class BitcodeReferenceAnalysis
{
    /// <summary>How to read bitcode for <see cref="Linkage"/>: function bodies, and the constant details
    /// (<see cref="BitcodeReadOptions.ConstantDetails"/>) of the modules that may look exports up by name at run time
    /// (they declare <c>__symbol_get</c> or <c>__symbol_put</c>, or have a <c>.no_trim_symbol</c> variable).</summary>
    public static BitcodeReadOptions ReadOptions { get; } = new()
    {
        ReadFunctionBodies = true,
        ConstantDetails = BitcodeRuntimeLookups.NeedsConstantDetails,
    };

    /// <summary>The linkage facts of one bitcode object, with evidence for every needed symbol.</summary>
    /// <param name="modules">The object's modules (one, or several for split LTO units), read with function bodies
    /// (<see cref="ReadOptions"/>: a module read without its constant details reports its run-time lookups as
    /// warnings).</param>
    /// <param name="member">The archive member, or null.</param>
    /// <param name="set">Facts shared with the module's other bitcode members.</param>
    public static ObjectLinkage Linkage(IReadOnlyList<BitcodeModule> modules, string? member, BitcodeModuleSet set)
    {
        var evidence = new Dictionary<(string, ReferenceSource), string>();
        var weak = new List<string>();
        var defined = new List<string>();
        var ownNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
            for (int g = 0; g < module.Globals.Length; g++)
                if (!module.Globals[g].IsDeclarationForLinker) ownNames.Add(module.ObjectName(g));
        var lookupNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = new List<LookupWarning>();
        var scratch = AnalysisScratch.Rent();
        try
        {
            foreach (var module in modules)
                new ModuleWalk(module, set, member, evidence, weak, defined, ownNames, scratch).Run(lookupNames, warnings);
        }
        finally { AnalysisScratch.Return(scratch); }

        var refs = new SymbolReference[evidence.Count];
        int count = 0;
        foreach (var ((name, source), detail) in evidence) refs[count++] = new SymbolReference(name, source, detail);
        refs.AsSpan().Sort(default(ReferenceResolver.Order));
        var undefined = new List<string>(refs.Length);
        foreach (var r in refs)
            if (undefined.Count == 0 || undefined[^1] != r.Symbol) undefined.Add(r.Symbol);
        var lookups = new SymbolReference[lookupNames.Count];
        count = 0;
        foreach (var (name, detail) in lookupNames) lookups[count++] = new SymbolReference(name, ReferenceSource.RuntimeLookup, detail);
        lookups.AsSpan().Sort(default(ReferenceResolver.Order));
        return new ObjectLinkage(member, undefined, weak, defined) { Evidence = refs, RuntimeLookups = lookups, Warnings = warnings };
    }
}
