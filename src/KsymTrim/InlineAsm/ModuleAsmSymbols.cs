using System.Text;

namespace KsymTrim.InlineAsm;

/// <summary>How LLVM's RecordStreamer classifies a symbol of module-level asm (llvm/lib/Object/RecordStreamer.h).</summary>
public enum AsmSymbolState
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
public readonly record struct AsmSymbol(string Name, AsmSymbolState State)
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
/// Directional labels (<c>1:</c>) become <c>.Ltmp0</c>, <c>.Ltmp1</c>...; <c>.</c> is the unnamed temporary "". Macro definitions (<c>.macro</c> ... <c>.endm</c>) are skipped, as the assembler does
/// until a macro is used; using a macro, and loops and conditionals (<c>.irp</c>, <c>.rept</c>, <c>.if</c>), are
/// not expanded: such asm is refused.
/// </summary>
public static class ModuleAsmSymbols
{
    private static readonly HashSet<string> ValueDirectives = new(StringComparer.Ordinal)
    {
        ".long", ".quad", ".word", ".short", ".byte", ".int", ".2byte", ".4byte", ".8byte", ".value", ".hword",
        ".xword", ".dword", ".dc.a", ".dc.l", ".dc.w", ".dc.b", ".sleb128", ".uleb128", ".octa", ".inst", ".inst.n", ".inst.w",
    };

    // x86 instruction prefixes written as separate words (X86AsmParser::ParseInstruction).
    private static readonly HashSet<string> X86Prefixes = new(StringComparer.Ordinal)
    {
        "lock", "rep", "repe", "repz", "repne", "repnz", "notrack", "data16", "data32", "addr32", "addr16", "xacquire", "xrelease", "rex", "rex64",
    };

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        ".irp", ".irpc", ".rept", ".if", ".ifdef", ".ifndef", ".ifc", ".ifnc", ".ifeq", ".ifne", ".include", ".incbin",
    };

    /// <summary>Collects the symbols of <paramref name="asm"/>.</summary>
    /// <exception cref="NotSupportedException">The asm uses macros or conditionals.</exception>
    public static IReadOnlyList<AsmSymbol> Collect(string asm, AsmDialect dialect)
    {
        var states = new Dictionary<string, AsmSymbolState>(StringComparer.Ordinal);
        var order = new List<string>();
        var numeric = new Dictionary<string, int>(StringComparer.Ordinal);
        int tmp = 0;

        void Touch(string name) { if (!states.ContainsKey(name)) order.Add(name); }
        void MarkDefined(string name)
        {
            Touch(name);
            states[name] = states.TryGetValue(name, out var s) ? s switch
            {
                AsmSymbolState.DefinedGlobal or AsmSymbolState.Global => AsmSymbolState.DefinedGlobal,
                AsmSymbolState.DefinedWeak or AsmSymbolState.UndefinedWeak => AsmSymbolState.DefinedWeak,
                _ => AsmSymbolState.Defined,
            } : AsmSymbolState.Defined;
        }
        void MarkGlobal(string name, bool weak)
        {
            Touch(name);
            states[name] = states.TryGetValue(name, out var s) ? s switch
            {
                AsmSymbolState.DefinedGlobal or AsmSymbolState.Defined => weak ? AsmSymbolState.DefinedWeak : AsmSymbolState.DefinedGlobal,
                AsmSymbolState.UndefinedWeak or AsmSymbolState.DefinedWeak => s,
                _ => weak ? AsmSymbolState.UndefinedWeak : AsmSymbolState.Global,
            } : weak ? AsmSymbolState.UndefinedWeak : AsmSymbolState.Global;
        }
        void MarkUsed(string name)
        {
            if (name == ".") { MarkDefined(""); return; } // "." is a temporary label emitted at the current location
            Touch(name);
            if (!states.TryGetValue(name, out var s)) states[name] = AsmSymbolState.Used;
        }

        var macros = new HashSet<string>(StringComparer.Ordinal);
        int macroDepth = 0;
        foreach (var statement in AsmText.Statements(asm, dialect))
        {
            var rest = statement;
            if (macroDepth > 0)
            {
                // Inside a .macro definition: nothing is assembled until the macro is used.
                var w = AsmText.FirstWord(rest.Trim(), out _).ToLowerInvariant();
                if (w == ".macro") macroDepth++;
                else if (w is ".endm" or ".endmacro") macroDepth--;
                continue;
            }
            // Labels: "name:" (possibly several) at the start of a statement.
            while (AsmText.TryTakeLabel(ref rest, out var label))
            {
                if (label.All(char.IsAsciiDigit))
                {
                    string name = ".Ltmp" + tmp++;
                    numeric[label] = tmp - 1;
                    MarkDefined(name);
                }
                else MarkDefined(TempName(label));
            }
            rest = rest.Trim();
            if (rest.Length == 0) continue;
            string head = AsmText.FirstWord(rest, out var operands);
            while (dialect == AsmDialect.X86 && X86Prefixes.Contains(head.ToLowerInvariant()) && operands.Trim().Length > 0)
                head = AsmText.FirstWord(operands.Trim(), out operands);
            if (macros.Contains(head)) throw new NotSupportedException($"module asm expands the macro {head}");
            if (head.StartsWith('.'))
            {
                string d = head.ToLowerInvariant();
                if (d == ".macro")
                {
                    var name = AsmText.FirstWord(operands.Trim(), out _).TrimEnd(',');
                    if (name.Length > 0) macros.Add(name);
                    macroDepth = 1;
                    continue;
                }
                if (d == ".purgem") { macros.Remove(operands.Trim()); continue; }
                if (Unsupported.Contains(d)) throw new NotSupportedException($"module asm uses {d}");
                switch (d)
                {
                    case ".globl" or ".global":
                        foreach (var n in AsmText.SplitOperands(operands)) if (n.Length > 0) MarkGlobal(TempName(n), weak: false);
                        break;
                    case ".weak":
                        foreach (var n in AsmText.SplitOperands(operands)) if (n.Length > 0) MarkGlobal(TempName(n), weak: true);
                        break;
                    case ".set" or ".equ" or ".equiv":
                    {
                        var parts = AsmText.SplitOperands(operands);
                        if (parts.Count >= 2)
                        {
                            MarkDefined(TempName(parts[0]));
                            foreach (var s in AsmText.Symbols(string.Join(",", parts.Skip(1)), dialect)) MarkUsed(TempName(s));
                        }
                        break;
                    }
                    case ".reloc":
                    {
                        var parts = AsmText.SplitOperands(operands);
                        if (parts.Count >= 3) foreach (var s in AsmText.Symbols(parts[2], dialect)) MarkUsed(TempName(s));
                        break;
                    }
                    default:
                        if (ValueDirectives.Contains(d))
                            foreach (var s in AsmText.Symbols(operands, dialect)) MarkUsed(TempName(s));
                        else if (AsmText.Symbols(operands, dialect).Contains("."))
                            MarkDefined(""); // ".size x, . - x": parsing "." emits a temporary label, whatever the directive
                        break;
                }
                continue;
            }
            if (operands.TrimStart().StartsWith('=') )
            {
                // "name = expr"
                MarkDefined(TempName(head));
                foreach (var s in AsmText.Symbols(operands.TrimStart()[1..], dialect)) MarkUsed(TempName(s));
                continue;
            }
            foreach (var s in AsmText.Symbols(operands, dialect)) MarkUsed(TempName(s));
        }

        var result = new List<AsmSymbol>(order.Count);
        foreach (var n in order) result.Add(new AsmSymbol(n, states[n]));
        return result;
    }

    /// <summary>The symbol-table name of an asm name. Only the assembler's own temporaries (<c>.</c>) are unnamed;
    /// <c>.L</c> names written in the source keep their names (llvm-nm lists <c>.Lfound</c>).</summary>
    private static string TempName(string name) => name;
}
