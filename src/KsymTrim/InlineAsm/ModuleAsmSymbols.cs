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


    /// <summary>Collects the symbols of <paramref name="asm"/>.</summary>
    /// <exception cref="NotSupportedException">The asm uses a construct this reader does not expand, or an
    /// expansion exceeds its limits.</exception>
    public static IReadOnlyList<AsmSymbol> Collect(string asm, AsmDialect dialect)
    {
        var recorder = new Recorder(dialect, Math.Max(4L << 20, 64L * asm.Length)); // characters of expansion allowed
        recorder.Run(AsmText.Statements(asm, dialect).ToList(), 0);
        return recorder.Result();
    }

    /// <summary>A macro: parameters (name, default, required) and body statements.</summary>
    private sealed record Macro(List<(string Name, string? Default)> Parameters, List<string> Body);

    /// <summary>RecordStreamer's bookkeeping plus the assembler's macro, loop and conditional expansion.</summary>
    private sealed class Recorder(AsmDialect dialect, long maxExpandedChars)
    {
        private long _expandedChars;
        private const int MaxDepth = 64;
        private const int MaxStatements = 1_000_000;
        private readonly Dictionary<string, AsmSymbolState> _states = new(StringComparer.Ordinal);
        private readonly List<string> _order = [];
        private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Macro> _macros = new(StringComparer.Ordinal);
        private int _tmp, _statements, _invocations;

        public List<AsmSymbol> Result()
        {
            var result = new List<AsmSymbol>(_order.Count);
            foreach (var n in _order) result.Add(new AsmSymbol(n, _states[n]));
            return result;
        }

        private void Touch(string name) { if (!_states.ContainsKey(name)) _order.Add(name); }

        private void MarkDefined(string name)
        {
            Touch(name);
            _states[name] = _states.TryGetValue(name, out var s) ? s switch
            {
                AsmSymbolState.DefinedGlobal or AsmSymbolState.Global => AsmSymbolState.DefinedGlobal,
                AsmSymbolState.DefinedWeak or AsmSymbolState.UndefinedWeak => AsmSymbolState.DefinedWeak,
                _ => AsmSymbolState.Defined,
            } : AsmSymbolState.Defined;
        }

        private void MarkGlobal(string name, bool weak)
        {
            Touch(name);
            _states[name] = _states.TryGetValue(name, out var s) ? s switch
            {
                AsmSymbolState.DefinedGlobal or AsmSymbolState.Defined => weak ? AsmSymbolState.DefinedWeak : AsmSymbolState.DefinedGlobal,
                AsmSymbolState.UndefinedWeak or AsmSymbolState.DefinedWeak => s,
                _ => weak ? AsmSymbolState.UndefinedWeak : AsmSymbolState.Global,
            } : weak ? AsmSymbolState.UndefinedWeak : AsmSymbolState.Global;
        }

        private void MarkUsed(string name)
        {
            if (name == ".") { MarkDefined(""); return; } // "." is a temporary label emitted at the current location
            Touch(name);
            if (!_states.ContainsKey(name)) _states[name] = AsmSymbolState.Used;
        }

        private bool IsDefined(string name) =>
            _states.TryGetValue(name, out var s) && s is AsmSymbolState.Defined or AsmSymbolState.DefinedGlobal or AsmSymbolState.DefinedWeak;

        private long? Value(string name) => _values.TryGetValue(name, out var v) ? v : null;

        private bool Evaluate(string expr, string what)
        {
            if (!AsmExpression.TryEvaluate(expr, Value, out long v))
                throw new NotSupportedException($"module asm {what} on an expression that is not absolute: {expr.Trim()}");
            return v != 0;
        }

        /// <summary>Assembles <paramref name="statements"/>, expanding macros, loops and conditionals.</summary>
        public void Run(List<string> statements, int depth)
        {
            if (depth > MaxDepth) throw new NotSupportedException($"module asm macros nest deeper than {MaxDepth}");
            if (++_statements > MaxStatements) throw new NotSupportedException($"module asm expands to more than {MaxStatements} statements");
            var conditions = new Stack<(bool Active, bool Taken)>();
            bool Active() => conditions.Count == 0 || conditions.Peek().Active;
            for (int i = 0; i < statements.Count; i++)
            {
                if (++_statements > MaxStatements) throw new NotSupportedException($"module asm expands to more than {MaxStatements} statements");
                var statement = statements[i];
                string head = AsmText.FirstWord(statement.Trim(), out var operands);
                string d = head.ToLowerInvariant();
                switch (d)
                {
                    case ".if" or ".ifne" or ".ifeq" or ".ifdef" or ".ifndef" or ".ifnotdef" or ".ifc" or ".ifnc" or ".ifb" or ".ifnb":
                    {
                        if (!Active()) { conditions.Push((false, true)); continue; }
                        bool v = d switch
                        {
                            ".if" or ".ifne" => Evaluate(operands, d),
                            ".ifeq" => !Evaluate(operands, d),
                            ".ifdef" => IsDefined(operands.Trim()),
                            ".ifndef" or ".ifnotdef" => !IsDefined(operands.Trim()),
                            ".ifb" => operands.Trim().Length == 0,
                            ".ifnb" => operands.Trim().Length != 0,
                            _ => CompareStrings(operands) == (d == ".ifc"),
                        };
                        conditions.Push((v, v));
                        continue;
                    }
                    case ".elseif":
                    {
                        if (conditions.Count == 0) throw new NotSupportedException("module asm has .elseif without .if");
                        var (_, taken) = conditions.Pop();
                        bool parent = Active();
                        bool v = parent && !taken && Evaluate(operands, d);
                        conditions.Push((v, taken || v));
                        continue;
                    }
                    case ".else":
                    {
                        if (conditions.Count == 0) throw new NotSupportedException("module asm has .else without .if");
                        var (_, taken) = conditions.Pop();
                        conditions.Push((Active() && !taken, true));
                        continue;
                    }
                    case ".endif":
                        if (conditions.Count == 0) throw new NotSupportedException("module asm has .endif without .if");
                        conditions.Pop();
                        continue;
                }
                if (!Active())
                {
                    // Skip a whole .macro or loop body inside an untaken branch without looking into it.
                    if (d is ".macro" or ".irp" or ".irpc" or ".rept") i = BodyEnd(statements, i, d == ".macro").End;
                    continue;
                }
                switch (d)
                {
                    case ".macro":
                    {
                        var (body, end) = BodyEnd(statements, i, macro: true);
                        var (name, parameters) = ParseMacroHeader(operands);
                        _macros[name] = new Macro(parameters, body);
                        i = end;
                        continue;
                    }
                    case ".purgem":
                        _macros.Remove(operands.Trim());
                        continue;
                    case ".endm" or ".endmacro" or ".endr":
                        throw new NotSupportedException($"module asm has {d} without its opening directive");
                    case ".exitm":
                        return;
                    case ".irp" or ".irpc":
                    {
                        var (body, end) = BodyEnd(statements, i, macro: false);
                        var parts = AsmText.SplitOperands(operands);
                        string symbol = parts[0].Trim();
                        var items = d == ".irp"
                            ? (parts.Count > 1 ? parts.Skip(1).ToList() : [""])
                            : (parts.Count > 1 ? parts[1].Trim().Select(c => c.ToString()).ToList() : [""]);
                        foreach (var item in items)
                            Run(Substitute(body, [(symbol, item)]), depth + 1);
                        i = end;
                        continue;
                    }
                    case ".rept":
                    {
                        var (body, end) = BodyEnd(statements, i, macro: false);
                        if (!AsmExpression.TryEvaluate(operands, Value, out long count) || count < 0 || count > 100_000)
                            throw new NotSupportedException($"module asm .rept count is not a small absolute value: {operands.Trim()}");
                        for (long k = 0; k < count; k++) Run(Substitute(body, []), depth + 1);
                        i = end;
                        continue;
                    }
                    case ".error" or ".warning" or ".print" or ".err":
                        continue;
                }
                // A macro invocation may stand after labels: take the labels first.
                var rest = statement;
                while (AsmText.TryTakeLabel(ref rest, out var label)) Label(label);
                var word = AsmText.FirstWord(rest.Trim(), out var args);
                if (_macros.TryGetValue(word, out var m))
                {
                    Run(Expand(m, args), depth + 1);
                    continue;
                }
                Statement(rest);
            }
            if (conditions.Count > 0) throw new NotSupportedException("module asm has .if without .endif");
        }

        /// <summary>The body of the block opened at <paramref name="start"/> and the index of its closing statement.</summary>
        private static (List<string> Body, int End) BodyEnd(List<string> statements, int start, bool macro)
        {
            int depth = 1;
            var body = new List<string>();
            for (int i = start + 1; i < statements.Count; i++)
            {
                var w = AsmText.FirstWord(statements[i].Trim(), out _).ToLowerInvariant();
                if (macro ? w == ".macro" : w is ".irp" or ".irpc" or ".rept") depth++;
                else if (macro ? w is ".endm" or ".endmacro" : w == ".endr")
                {
                    if (--depth == 0) return (body, i);
                }
                body.Add(statements[i]);
            }
            throw new NotSupportedException(macro ? "module asm has .macro without .endm" : "module asm has a loop without .endr");
        }

        private static bool CompareStrings(string operands)
        {
            var parts = AsmText.SplitOperands(operands);
            string a = parts.Count > 0 ? Unquote(parts[0]) : "", b = parts.Count > 1 ? Unquote(parts[1]) : "";
            return a == b;
        }

        private static string Unquote(string s)
        {
            s = s.Trim();
            return s.Length >= 2 && (s[0] == '"' || s[0] == '\'') && s[^1] == s[0] ? s[1..^1] : s;
        }

        private static (string Name, List<(string, string?)> Parameters) ParseMacroHeader(string operands)
        {
            var text = operands.Trim();
            var name = AsmText.FirstWord(text, out var rest).TrimEnd(',');
            var parameters = new List<(string, string?)>();
            foreach (var raw in rest.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                var p = raw.Trim();
                string? def = null;
                int eq = p.IndexOf('=');
                if (eq >= 0) { def = p[(eq + 1)..]; p = p[..eq]; }
                int colon = p.IndexOf(':');
                if (colon >= 0) p = p[..colon]; // :req, :vararg
                if (p.Length > 0) parameters.Add((p, def));
            }
            return (name, parameters);
        }

        private List<string> Expand(Macro macro, string args)
        {
            var values = macro.Parameters.Select(p => p.Default ?? "").ToList();
            var parts = AsmText.SplitOperands(args);
            if (parts.Count == 1 && macro.Parameters.Count > 1 && !parts[0].Contains('='))
                parts = parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            int positional = 0;
            foreach (var part in parts)
            {
                if (part.Length == 0) { positional++; continue; }
                int eq = part.IndexOf('=');
                int named = eq > 0 ? macro.Parameters.FindIndex(p => p.Name == part[..eq].Trim()) : -1;
                if (named >= 0) values[named] = part[(eq + 1)..].Trim();
                else if (positional < values.Count) values[positional++] = part.Trim();
            }
            var bindings = macro.Parameters.Select((p, k) => (p.Name, values[k])).ToList();
            bindings.Add(("@", (_invocations++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Substitute(macro.Body, bindings);
        }

        /// <summary>Replaces <c>\name</c> by its value (longest names first) and <c>\()</c> by nothing.</summary>
        private List<string> Substitute(List<string> body, List<(string Name, string Value)> bindings)
        {
            var ordered = bindings.OrderByDescending(b => b.Name.Length).ToList();
            long size = body.Sum(l => (long)l.Length) + bindings.Sum(b => (long)b.Value.Length) * body.Count;
            _expandedChars += size;
            if (_expandedChars > maxExpandedChars)
                throw new NotSupportedException($"module asm expands to more than {maxExpandedChars} characters");
            var result = new List<string>(body.Count);
            foreach (var line in body)
            {
                var sb = new StringBuilder(line.Length);
                for (int i = 0; i < line.Length; i++)
                {
                    if (line[i] != '\\' || i + 1 >= line.Length) { sb.Append(line[i]); continue; }
                    if (line[i + 1] == '(' && i + 2 < line.Length && line[i + 2] == ')') { i += 2; continue; }
                    bool replaced = false;
                    foreach (var (name, value) in ordered)
                    {
                        if (string.CompareOrdinal(line, i + 1, name, 0, name.Length) == 0 &&
                            (name == "@" || i + 1 + name.Length >= line.Length || !AsmText.IsSymbolChar(line[i + 1 + name.Length], false)))
                        {
                            sb.Append(value);
                            i += name.Length;
                            replaced = true;
                            break;
                        }
                    }
                    if (!replaced) sb.Append(line[i]);
                }
                result.Add(sb.ToString());
            }
            return result;
        }

        private void Label(string label)
        {
            if (label.All(char.IsAsciiDigit)) MarkDefined(".Ltmp" + _tmp++);
            else MarkDefined(label);
        }

        /// <summary>One statement after expansion: labels, directives, an instruction.</summary>
        private void Statement(string statement)
        {
            var rest = statement;
            while (AsmText.TryTakeLabel(ref rest, out var label)) Label(label);
            rest = rest.Trim();
            if (rest.Length == 0) return;
            string head = AsmText.FirstWord(rest, out var operands);
            while (dialect == AsmDialect.X86 && X86Prefixes.Contains(head.ToLowerInvariant()) && operands.Trim().Length > 0)
                head = AsmText.FirstWord(operands.Trim(), out operands);
            if (head.StartsWith('.'))
            {
                string d = head.ToLowerInvariant();
                switch (d)
                {
                    case ".globl" or ".global":
                        foreach (var n in AsmText.SplitOperands(operands)) if (n.Length > 0) MarkGlobal(n, weak: false);
                        return;
                    case ".weak":
                        foreach (var n in AsmText.SplitOperands(operands)) if (n.Length > 0) MarkGlobal(n, weak: true);
                        return;
                    case ".set" or ".equ" or ".equiv":
                    {
                        var parts = AsmText.SplitOperands(operands);
                        if (parts.Count >= 2) Assign(parts[0], string.Join(",", parts.Skip(1)));
                        return;
                    }
                    case ".reloc":
                    {
                        var parts = AsmText.SplitOperands(operands);
                        if (parts.Count >= 3) foreach (var s in AsmText.Symbols(parts[2], dialect)) MarkUsed(s);
                        return;
                    }
                    default:
                        if (ValueDirectives.Contains(d))
                            foreach (var s in AsmText.Symbols(operands, dialect)) MarkUsed(s);
                        else if (AsmText.Symbols(operands, dialect).Contains("."))
                            MarkDefined(""); // ".size x, . - x": parsing "." emits a temporary label, whatever the directive
                        return;
                }
            }
            if (operands.TrimStart().StartsWith('='))
            {
                Assign(head, operands.TrimStart()[1..]);
                return;
            }
            foreach (var s in AsmText.Symbols(operands, dialect)) MarkUsed(s);
        }

        private void Assign(string name, string expr)
        {
            name = name.Trim();
            // the value first: ".set x, x+1" reads the old x
            bool absolute = AsmExpression.TryEvaluate(expr, Value, out long v);
            MarkDefined(name);
            foreach (var s in AsmText.Symbols(expr, dialect)) MarkUsed(s);
            if (absolute) _values[name] = v;
            else _values.Remove(name);
        }
    }
}
