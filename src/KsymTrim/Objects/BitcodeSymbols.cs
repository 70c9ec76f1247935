using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.InlineAsm;

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
        // One Mangler for the whole file (IRObjectFile holds every module in one ModuleSymbolTable), so unnamed values
        // are numbered on from module to module, in the order llvm-nm asks for their names: the symbol table's
        // (Module::global_values(): functions, then variables, aliases and ifuncs), format-specific ones skipped.
        int unnamed = 0;
        foreach (var module in file.Modules)
        {
            if (module.ModuleAsm.Length > 0) AddAsmSymbols(module, filter, result);
            if (ListsGlobalOffsetTable(module) && NmFilters.Keeps(filter, undefined: true, external: true))
                result.Add(new NmEntry("_GLOBAL_OFFSET_TABLE_", 'U'));
            foreach (var kind in SymbolTableOrder)
                foreach (var g in module.GlobalValues)
                {
                    if (g.Kind != kind || g.IsFormatSpecific) continue;
                    string name = module.SymbolName(g, g.Name.Length == 0 ? ++unnamed : 0);
                    char letter = Letter(g);
                    bool undefined = g.IsDeclarationForLinker;
                    bool external = !g.IsLocal || undefined;
                    if (NmFilters.Keeps(filter, undefined, external)) result.Add(new NmEntry(name, letter));
                }
        }
        return result;
    }

    private static readonly GlobalValueKind[] SymbolTableOrder =
        [GlobalValueKind.Function, GlobalValueKind.Variable, GlobalValueKind.Alias, GlobalValueKind.IFunc];

    /// <summary>The symbols of module-level asm (ModuleSymbolTable::CollectAsmSymbols): all assumed executable.</summary>
    private static void AddAsmSymbols(BitcodeModule module, NmFilter filter, List<NmEntry> result)
    {
        IReadOnlyList<AsmSymbol> symbols;
        try { symbols = ModuleAsmSymbols.Collect(module.ModuleAsm, AsmDialect.ForTriple(module.Triple)); }
        catch (NotSupportedException e)
        {
            throw new KsymFormatException(DiagnosticId.Unsupported, InputFormat.Bitcode, module.Offset, e.Message);
        }
        foreach (var s in symbols)
        {
            char letter = s.IsWeak ? (s.IsUndefined ? 'w' : 'W') : s.IsUndefined ? 'U' : s.IsGlobal ? 'T' : 't';
            bool external = s.IsGlobal || s.IsUndefined;
            if (NmFilters.Keeps(filter, s.IsUndefined, external)) result.Add(new NmEntry(s.Name, letter));
        }
    }

    /// <summary>
    /// Newer LLVMs (seen in 19, not in 14 or 16) add <c>_GLOBAL_OFFSET_TABLE_</c> as an undefined asm symbol for
    /// 32-bit x86 ELF and for x86-64 ELF with the medium or large code model, which code generation may
    /// reference without the IR naming it (ModuleSymbolTable::CollectAsmSymbols). The view follows the LLVM that
    /// produced the file.
    /// </summary>
    private static bool ListsGlobalOffsetTable(BitcodeModule module)
    {
        if (module.ProducerMajor < 19) return false;
        var triple = module.Triple ?? "";
        if (!triple.Contains("linux", StringComparison.Ordinal) && !triple.Contains("elf", StringComparison.Ordinal)) return false;
        var arch = triple.Split('-')[0];
        if (arch is "i386" or "i486" or "i586" or "i686") return true;
        return arch == "x86_64" && module.Flag("Code Model")?.Int is 3 or 4;
    }

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
