using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;

namespace KsymTrim.Objects;

/// <summary>
/// The symbol-table view of LLVM bitcode, as <c>llvm-nm</c> shows it: every global value, with the flags of
/// LLVM's ModuleSymbolTable::getSymbolFlags and the letters of llvm-nm's getNMTypeChar (llvm/tools/llvm-nm).
/// Symbols LLVM marks format-specific (private linkage, <c>llvm.*</c> names, variables in section
/// <c>llvm.metadata</c>) are not listed, as llvm-nm does not list them.
/// </summary>
internal static class BitcodeSymbols
{
    /// <summary>The nm entries of every module of <paramref name="file"/>, in record order.</summary>
    public static List<NmEntry> ForNm(BitcodeFile file, NmFilter filter)
    {
        var result = new List<NmEntry>();
        foreach (var module in file.Modules)
        {
            if (module.ModuleAsm.Length > 0)
                throw new KsymFormatException(DiagnosticId.Unsupported, InputFormat.Bitcode, module.Offset,
                    "module-level asm in LLVM bitcode is not read yet");
            foreach (var g in module.GlobalValues)
            {
                if (IsFormatSpecific(g)) continue;
                char letter = Letter(g);
                bool undefined = g.IsDeclarationForLinker;
                bool external = !g.IsLocal || undefined;
                bool keep = filter switch
                {
                    NmFilter.UndefinedOnly => undefined,
                    NmFilter.DefinedOnly => !undefined,
                    NmFilter.ExternalOnly => external,
                    NmFilter.ExternalDefinedOnly => external && !undefined,
                    _ => true,
                };
                if (keep) result.Add(new NmEntry(module.MangledName(g.Name), letter));
            }
        }
        return result;
    }

    /// <summary>SF_FormatSpecific in ModuleSymbolTable::getSymbolFlags.</summary>
    public static bool IsFormatSpecific(GlobalValue g) =>
        g.Linkage == Linkage.Private || g.Name.StartsWith("llvm.", StringComparison.Ordinal) ||
        (g.Kind == GlobalValueKind.Variable && g.Section == "llvm.metadata");

    /// <summary>llvm-nm's letter for an IR symbol.</summary>
    public static char Letter(GlobalValue g)
    {
        bool undefined = g.IsDeclarationForLinker;
        if (g.IsWeak) return undefined ? 'w' : 'W'; // isObject() is false for IR symbols
        if (undefined) return 'U';
        if (g.Linkage == Linkage.Common) return 'C';
        char c = g.IsExecutable ? 't' : 'd';
        return g.IsLocal ? c : char.ToUpperInvariant(c);
    }
}
