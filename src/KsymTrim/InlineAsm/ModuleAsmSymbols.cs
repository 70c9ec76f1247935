using System.Text;

namespace KsymTrim.InlineAsm;

/// <summary>How LLVM's RecordStreamer classifies a symbol of module-level asm (llvm/lib/Object/RecordStreamer.h).</summary>
internal enum AsmSymbolState
{
    /// <summary>Named in a <c>.globl</c> but not defined: an undefined global.</summary>
    Global,
    /// <summary>Defined (a label or <c>.set</c>), not global.</summary>
    Defined,
    /// <summary>Defined and global.</summary>
    DefinedGlobal,
    /// <summary>Defined and weak.</summary>
    DefinedWeak,
    /// <summary>Referenced only.</summary>
    Used,
    /// <summary>Weak and not defined.</summary>
    UndefinedWeak,
}

/// <summary>A symbol of module-level asm as the IR symbol table sees it.</summary>
/// <param name="Name">The name; "" stands for the assembler's unnamed temporary symbols (<c>.</c>, <c>.L</c> labels).</param>
/// <param name="State">RecordStreamer's state for it.</param>
internal readonly record struct AsmSymbol(string Name, AsmSymbolState State)
{
    /// <summary>Undefined in the symbol table (Global, Used, UndefinedWeak).</summary>
    public bool IsUndefined => State is AsmSymbolState.Global or AsmSymbolState.Used or AsmSymbolState.UndefinedWeak;

    /// <summary>Weak (DefinedWeak, UndefinedWeak).</summary>
    public bool IsWeak => State is AsmSymbolState.DefinedWeak or AsmSymbolState.UndefinedWeak;

    /// <summary>Global (everything but Defined).</summary>
    public bool IsGlobal => State != AsmSymbolState.Defined;
}

/// <summary>
/// The symbols of module-level asm, found as LLVM's ModuleSymbolTable::CollectAsmSymbols finds them: the MC
/// parser feeds a RecordStreamer, which records labels and <c>.set</c> as definitions, <c>.globl</c>/<c>.weak</c>
/// as bindings, and every symbol an instruction or data directive uses. Labels are kept in first-seen order.
/// Directional labels (<c>1:</c>) become <c>.Ltmp0</c>, <c>.Ltmp1</c>...; <c>.</c> is the unnamed temporary "".
/// Macros, loops and conditionals (<c>.macro</c>, <c>.irp</c>, <c>.rept</c>, <c>.if</c>) are expanded as GNU as
/// expands them (<see cref="AsmAssembler"/>); asm whose expansion cannot be decided is refused.
/// </summary>
internal static class ModuleAsmSymbols
{
    /// <summary>Collects the symbols of <paramref name="asm"/>.</summary>
    /// <exception cref="NotSupportedException">The asm uses a construct this reader does not expand, or an
    /// expansion exceeds its limits.</exception>
    public static IReadOnlyList<AsmSymbol> Collect(string asm, AsmDialect dialect)
    {
        var assembler = new AsmAssembler(dialect, AsmAssembler.BudgetFor(asm), "module asm");
        // Statements builds a list for any dialect with a comment string: run it as it is rather than copy it.
        var statements = AsmText.Statements(asm, dialect);
        assembler.Run(statements as List<string> ?? statements.ToList());
        return assembler.Result();
    }
}

