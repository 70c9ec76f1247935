using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using KsymTrim.Caching;

namespace KsymTrim.InlineAsm;

/// <summary>How much expansion an assembler run, or a series of runs, may do: characters of substituted macro and
/// loop bodies, and statements assembled. Shared by every <see cref="AsmAssembler"/> it is given to.</summary>
internal sealed class AsmBudget(long chars, long statements)
{
    /// <summary>Characters of expansion left.</summary>
    public long Chars { get; set; } = chars;

    /// <summary>Statements left.</summary>
    public long Statements { get; set; } = statements;
}

/// <summary>
/// A GNU-as statement processor with LLVM RecordStreamer's bookkeeping: expands <c>.macro</c>, <c>.irp</c>,
/// <c>.irpc</c>, <c>.rept</c> and <c>.if</c> family directives, and records labels and <c>.set</c> as definitions,
/// <c>.globl</c>/<c>.weak</c> as bindings, and every symbol an instruction or data directive uses, with the first
/// statement that used it. Not thread-safe; one instance per asm text.
/// </summary>
/// <param name="dialect">The target syntax.</param>
/// <param name="budget">Expansion limits, possibly shared with other runs.</param>
/// <param name="what">"module asm" or "inline asm", for messages.</param>
/// <param name="objectFile">See the text as the assembler writing an object does (inline asm, whose symbols end up in
/// the object); false sees it as LLVM's RecordStreamer does for the IR symbol table (module asm, as llvm-nm shows it).
/// The one difference: x86 <c>$sym</c> is the immediate <c>sym</c> to the first, the name <c>$sym</c> to the second.</param>
internal sealed class AsmAssembler(AsmDialect dialect, AsmBudget budget, string what, bool objectFile = false)
{
    private const int MaxDepth = 64;

    /// <summary>The budget for one asm text: 64 characters of expansion per character of input, at least 4 MiB,
    /// and 16 statements per character, at least 100,000 (each statement assembled allocates a few hundred bytes: a
    /// flat million let 300 bytes of nested <c>.irpc</c> allocate 330 MB, found by fuzzing).</summary>
    public static AsmBudget BudgetFor(string asm) => new(Math.Max(4L << 20, 64L * asm.Length), Math.Max(100_000, 16L * asm.Length));

    /// <summary>A macro: parameters (name, default) and body statements.</summary>
    private sealed record Macro(List<(string Name, string? Default)> Parameters, List<string> Body);

    private static readonly HashSet<string> ValueDirectives = new(StringComparer.Ordinal)
    {
        ".long", ".quad", ".word", ".short", ".byte", ".int", ".2byte", ".4byte", ".8byte", ".value", ".hword",
        ".xword", ".dword", ".dc.a", ".dc.l", ".dc.w", ".dc.b", ".sleb128", ".uleb128", ".octa", ".inst", ".inst.n", ".inst.w",
        ".llong", ".half", ".dc.q",
    };

    // x86 instruction prefixes written as separate words (X86AsmParser::ParseInstruction).
    private static readonly HashSet<string> X86Prefixes = new(StringComparer.Ordinal)
    {
        "lock", "rep", "repe", "repz", "repne", "repnz", "notrack", "data16", "data32", "addr32", "addr16", "xacquire", "xrelease", "rex", "rex64",
    };

    // The directives that open and close blocks, which a flat scan skips.
    private static readonly HashSet<string> BlockDirectives = new(StringComparer.Ordinal)
    {
        ".if", ".ifne", ".ifeq", ".ifdef", ".ifndef", ".ifnotdef", ".ifc", ".ifnc", ".ifb", ".ifnb", ".elseif", ".else", ".endif",
        ".macro", ".endm", ".endmacro", ".exitm", ".purgem", ".irp", ".irpc", ".rept", ".endr",
    };

    private readonly Dictionary<string, string> _firstUse = new(StringComparer.Ordinal);
    private string _statement = "";
    private readonly Dictionary<string, AsmSymbolState> _states = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Macro> _macros = new(StringComparer.Ordinal);
    private int _tmp, _invocations;
    // the syntax in force (.intel_syntax switches an x86 dialect to its Intel variant until .att_syntax), and its readings
    private AsmDialect _syntax = dialect;
    private StatementCache _cache = StatementCache.For(dialect, objectFile);
    private Func<string, long?>? _value;

    private Func<string, long?> ValueLookup => _value ??= Value;

    /// <summary>Every symbol seen, in first-seen order, with RecordStreamer's state.</summary>
    public List<AsmSymbol> Result()
    {
        var result = new List<AsmSymbol>(_order.Count);
        foreach (var n in _order) result.Add(new AsmSymbol(n, _states[n]));
        return result;
    }

    // One hash lookup per mark: the states map is probed with GetValueRefOrAddDefault, and a name it did not hold
    // is appended to the first-seen order.
    private ref AsmSymbolState State(string name, out bool exists)
    {
        ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(_states, name, out exists);
        if (!exists) _order.Add(name);
        return ref s;
    }

    private void MarkDefined(string name)
    {
        ref var s = ref State(name, out bool exists);
        s = exists ? s switch
        {
            AsmSymbolState.DefinedGlobal or AsmSymbolState.Global => AsmSymbolState.DefinedGlobal,
            AsmSymbolState.DefinedWeak or AsmSymbolState.UndefinedWeak => AsmSymbolState.DefinedWeak,
            _ => AsmSymbolState.Defined,
        } : AsmSymbolState.Defined;
    }

    private void MarkGlobal(string name, bool weak)
    {
        ref var s = ref State(name, out bool exists);
        s = exists ? s switch
        {
            AsmSymbolState.DefinedGlobal or AsmSymbolState.Defined => weak ? AsmSymbolState.DefinedWeak : AsmSymbolState.DefinedGlobal,
            AsmSymbolState.UndefinedWeak or AsmSymbolState.DefinedWeak => s,
            _ => weak ? AsmSymbolState.UndefinedWeak : AsmSymbolState.Global,
        } : weak ? AsmSymbolState.UndefinedWeak : AsmSymbolState.Global;
        _firstUse.TryAdd(name, _statement);
    }

    private void MarkUsed(string name)
    {
        if (name == ".") { MarkDefined(""); return; } // "." is a temporary label emitted at the current location
        ref var s = ref State(name, out bool exists);
        if (!exists) s = AsmSymbolState.Used;
        _firstUse.TryAdd(name, _statement);
    }

    /// <summary>The symbols the asm names but does not define (Used, Global, UndefinedWeak), in first-seen order,
    /// each with the first statement that used or declared it.</summary>
    public IEnumerable<(string Name, bool Weak, string Statement)> Undefined()
    {
        foreach (var n in _order)
        {
            var state = _states[n];
            if (state is AsmSymbolState.Used or AsmSymbolState.Global or AsmSymbolState.UndefinedWeak)
                yield return (n, state == AsmSymbolState.UndefinedWeak, _firstUse.GetValueOrDefault(n, ""));
        }
    }

    /// <summary>
    /// Assembles <paramref name="statements"/> without expanding anything: every statement outside the block
    /// directives is taken as it stands, whichever branch or loop it is in. Used when <see cref="Run(List{string})"/>
    /// refuses the asm; finds a superset of what the assembler would see, except for symbols that expansion builds.
    /// </summary>
    public void RunFlat(List<string> statements)
    {
        foreach (var statement in statements)
        {
            CountStatement();
            var parsed = Parse(statement);
            foreach (var label in parsed.Labels) Label(label);
            if (!BlockDirectives.Contains(AsmText.Lower(parsed.Word))) Apply(parsed);
        }
    }

    private bool IsDefined(string name) =>
        _states.TryGetValue(name, out var s) && s is AsmSymbolState.Defined or AsmSymbolState.DefinedGlobal or AsmSymbolState.DefinedWeak;

    private long? Value(string name) => _values.TryGetValue(name, out var v) ? v : null;

    private bool Evaluate(string expr, string directive)
    {
        if (!AsmExpression.TryEvaluate(expr, ValueLookup, out long v))
            throw new NotSupportedException($"{what} {directive} on an expression that is not absolute: {expr.Trim()}");
        return v != 0;
    }

    /// <summary>Assembles <paramref name="statements"/>, expanding macros, loops and conditionals.</summary>
    public void Run(List<string> statements) => Run(statements, 0);

    private void CountStatement()
    {
        if (--budget.Statements < 0) throw new NotSupportedException($"{what} expands to too many statements");
    }

    private void Run(List<string> statements, int depth)
    {
        if (depth > MaxDepth) throw new NotSupportedException($"{what} macros nest deeper than {MaxDepth}");
        CountStatement();
        var conditions = new Stack<(bool Active, bool Taken)>();
        bool Active() => conditions.Count == 0 || conditions.Peek().Active;
        for (int i = 0; i < statements.Count; i++)
        {
            CountStatement();
            var parsed = Parse(statements[i]);
            string d = parsed.Directive, operands = parsed.Operands;
            if (parsed.Block) switch (d)
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
                    if (conditions.Count == 0) throw new NotSupportedException($"{what} has .elseif without .if");
                    var (_, taken) = conditions.Pop();
                    bool parent = Active();
                    bool v = parent && !taken && Evaluate(operands, d);
                    conditions.Push((v, taken || v));
                    continue;
                }
                case ".else":
                {
                    if (conditions.Count == 0) throw new NotSupportedException($"{what} has .else without .if");
                    var (_, taken) = conditions.Pop();
                    conditions.Push((Active() && !taken, true));
                    continue;
                }
                case ".endif":
                    if (conditions.Count == 0) throw new NotSupportedException($"{what} has .endif without .if");
                    conditions.Pop();
                    continue;
            }
            if (!Active())
            {
                // Skip a whole .macro or loop body inside an untaken branch without looking into it.
                if (d is ".macro" or ".irp" or ".irpc" or ".rept") i = BodyEnd(statements, i, d == ".macro").End;
                continue;
            }
            if (parsed.Block) switch (d)
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
                    throw new NotSupportedException($"{what} has {d} without its opening directive");
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
                    if (!AsmExpression.TryEvaluate(operands, ValueLookup, out long count) || count < 0 || count > 100_000)
                        throw new NotSupportedException($"{what} .rept count is not a small absolute value: {operands.Trim()}");
                    for (long k = 0; k < count; k++) Run(Substitute(body, []), depth + 1);
                    i = end;
                    continue;
                }
                case ".error" or ".warning" or ".print" or ".err":
                    continue;
            }
            // A macro invocation may stand after labels: take the labels first.
            foreach (var label in parsed.Labels) Label(label);
            if (_macros.Count > 0 && _macros.TryGetValue(parsed.Word, out var m))
            {
                Run(Expand(m, parsed.Args), depth + 1);
                continue;
            }
            Apply(parsed);
        }
        if (conditions.Count > 0) throw new NotSupportedException($"{what} has .if without .endif");
    }

    /// <summary>The body of the block opened at <paramref name="start"/> and the index of its closing statement.</summary>
    private (List<string> Body, int End) BodyEnd(List<string> statements, int start, bool macro)
    {
        int depth = 1;
        var body = new List<string>();
        for (int i = start + 1; i < statements.Count; i++)
        {
            var w = Parse(statements[i]).Directive;
            if (macro ? w == ".macro" : w is ".irp" or ".irpc" or ".rept") depth++;
            else if (macro ? w is ".endm" or ".endmacro" : w == ".endr")
            {
                if (--depth == 0) return (body, i);
            }
            body.Add(statements[i]);
        }
        throw new NotSupportedException(macro ? $"{what} has .macro without .endm" : $"{what} has a loop without .endr");
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
        budget.Chars -= size;
        if (budget.Chars < 0) throw new NotSupportedException($"{what} expands to too many characters");
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
        if (!label.AsSpan().ContainsAnyExceptInRange('0', '9')) MarkDefined(".Ltmp" + _tmp++);
        else MarkDefined(label);
    }

    /// <summary>One statement after expansion: what <see cref="Parse(string, AsmDialect, bool)"/> read from it, applied
    /// to the symbol table.</summary>
    private void Apply(Parsed parsed)
    {
        _statement = parsed.Text;
        SwitchSyntax(parsed.Word);
        foreach (var e in parsed.Events)
        {
            switch (e.Kind)
            {
                case EventKind.Label: Label(e.Name); break;
                case EventKind.Used: MarkUsed(e.Name); break;
                case EventKind.Global: MarkGlobal(e.Name, weak: false); break;
                case EventKind.Weak: MarkGlobal(e.Name, weak: true); break;
                case EventKind.Temporary: MarkDefined(""); break; // ".size x, . - x": parsing "." emits a temporary label
                case EventKind.Assign:
                {
                    // the value first: ".set x, x+1" reads the old x
                    bool absolute = AsmExpression.TryEvaluate(e.Expression!, ValueLookup, out long v);
                    MarkDefined(e.Name);
                    foreach (var s in e.Symbols!) MarkUsed(s);
                    if (absolute) _values[e.Name] = v;
                    else _values.Remove(e.Name);
                    break;
                }
            }
        }
    }

    // ---- reading a statement (pure: the same text always reads the same, so readings are shared)

    /// <summary>Everything the assembler reads from a statement's text alone. Immutable.</summary>
    /// <param name="Directive">The first word of the trimmed statement in lower case: a directive or mnemonic (or a
    /// label, which the block directives never are).</param>
    /// <param name="Operands">The text after that word, for a block directive (<paramref name="Block"/>); "" otherwise.</param>
    /// <param name="Block">The directive is one the assembler handles itself (conditionals, macros, loops, messages).</param>
    /// <param name="Labels">The leading labels.</param>
    /// <param name="Word">The first word after the labels, as written: a macro invocation's name.</param>
    /// <param name="Text">The statement after its labels, trimmed: the evidence for the symbols it names.</param>
    /// <param name="Events">What the statement after its labels does to the symbol table, in order.</param>
    private sealed record Parsed(string Directive, string Operands, bool Block, string[] Labels, string Word, string Text, Event[] Events)
    {
        /// <summary>The text after <see cref="Word"/>: a macro invocation's arguments, cut when one is expanded.</summary>
        public string Args => Text[Word.Length..];
    }

    private enum EventKind : byte { Label, Used, Global, Weak, Temporary, Assign }

    /// <summary>One effect of a statement on the symbol table. For Assign: <see cref="Name"/> := <see cref="Expression"/>,
    /// which uses <see cref="Symbols"/>.</summary>
    private readonly record struct Event(EventKind Kind, string Name, string? Expression = null, string[]? Symbols = null);

    private static readonly HashSet<string> HandledDirectives = new(StringComparer.Ordinal)
    {
        ".if", ".ifne", ".ifeq", ".ifdef", ".ifndef", ".ifnotdef", ".ifc", ".ifnc", ".ifb", ".ifnb", ".elseif", ".else", ".endif",
        ".macro", ".purgem", ".endm", ".endmacro", ".endr", ".exitm", ".irp", ".irpc", ".rept", ".error", ".warning", ".print", ".err",
    };

    private Parsed Parse(string statement) => _cache.Get(statement, _syntax, objectFile);

    /// <summary>A folding rule of the asm scanner: <c>.intel_syntax</c> and <c>.att_syntax</c> switch how the
    /// statements after them are read (x86 only: registers without <c>%</c> and <c>qword ptr</c> are no symbols in
    /// Intel syntax), as the assembler switches its parser.</summary>
    private void SwitchSyntax(string word)
    {
        if (word.Length < 11 || word[0] != '.') return;
        string d = AsmText.Lower(word);
        bool? intel = d == ".intel_syntax" ? true : d == ".att_syntax" ? false : null;
        if (intel is not { } on) return;
        var next = _syntax.WithIntelSyntax(on);
        if (ReferenceEquals(next, _syntax)) return;
        _syntax = next;
        _cache = StatementCache.For(next, objectFile);
    }

    /// <summary>
    /// What an inline asm statement (read as an object's assembler reads it) does, for deciding whether a number in
    /// its operands can matter: <paramref name="block"/> if it opens, closes or steers a block (conditionals, macros,
    /// loops, messages), <paramref name="operandsStart"/> where the text after its labels and its first word (past x86
    /// prefixes) begins, and whether it names, declares or assigns any symbol other than <c>.</c>.
    /// </summary>
    /// <param name="shape">The statement with its operand references marked by characters that are neither blanks nor
    /// commas, for finding the first word.</param>
    /// <param name="text">The statement with every operand reference printed as a number (<c>0</c>).</param>
    /// <param name="dialect">The target syntax.</param>
    /// <param name="block">The statement is one the assembler handles itself.</param>
    /// <param name="operandsStart">The index in <paramref name="shape"/> where the operands begin.</param>
    internal static bool NamesSymbols(string shape, string text, AsmDialect dialect, out bool block, out int operandsStart)
    {
        var rest = shape;
        while (AsmText.TryTakeLabel(ref rest, out _)) { }
        rest = rest.TrimStart();
        string head = AsmText.FirstWord(rest, out var operands);
        while (dialect.Architecture is AsmArchitecture.X86 or AsmArchitecture.X86_64 && X86Prefixes.Contains(AsmText.Lower(head)) && operands.Trim().Length > 0)
            head = AsmText.FirstWord(operands.TrimStart(), out operands);
        operandsStart = shape.Length - operands.Length;
        var parsed = Parse(text, dialect, objectFile: true);
        block = parsed.Block;
        foreach (var e in parsed.Events)
            if (e.Kind is not (EventKind.Label or EventKind.Temporary) && !(e.Kind == EventKind.Used && e.Name == ".")) return true;
        return false;
    }

    /// <summary>Reads <paramref name="statement"/> as the assembler would, without any assembler state.</summary>
    private static Parsed Parse(string statement, AsmDialect dialect, bool objectFile)
    {
        // Each string is cut once: the text after the labels, trimmed, gives the first word, its arguments and (without
        // labels) the directive; the directive's operands are kept only for the block directives, their only reader.
        string[] labels = [];
        var rest = statement;
        if (statement.Contains(':'))
            while (AsmText.TryTakeLabel(ref rest, out var label)) labels = [.. labels, label];
        string text = rest.Trim();
        string word = text[..AsmText.FirstWordLength(text)];
        string d;
        string operands;
        if (labels.Length == 0)
        {
            d = AsmText.Lower(word);
            operands = HandledDirectives.Contains(d) ? text[word.Length..] : "";
        }
        else
        {
            d = AsmText.Lower(AsmText.FirstWord(statement.Trim(), out operands));
            if (!HandledDirectives.Contains(d)) operands = "";
        }
        var events = new StatementEvents(dialect, objectFile).Read(text, word);
        return new Parsed(d, operands, HandledDirectives.Contains(d), labels, word, text, events);
    }

    /// <summary>The events of one statement, read without any assembler state: made for one statement and dropped
    /// with it. Its symbol list is reused from one operand to the next: the assembler reads every statement it has
    /// not seen, and a list per operand was most of what that allocated.</summary>
    private sealed class StatementEvents(AsmDialect dialect, bool objectFile)
    {
        private readonly List<Event> _events = [];
        private readonly List<string> _symbols = [];

        /// <summary>The events of a statement after expansion, its labels taken and trimmed (<paramref name="rest"/>),
        /// with its first word (<paramref name="word"/>): a directive or an instruction.</summary>
        public Event[] Read(string rest, string word)
        {
            Add(rest, word);
            return _events.ToArray();
        }

        private void Add(string rest, string word)
        {
            var events = _events;
            if (rest.Length == 0) return;
            string head = word, operands = rest[word.Length..];
            while (dialect.Architecture is AsmArchitecture.X86 or AsmArchitecture.X86_64 && X86Prefixes.Contains(AsmText.Lower(head)) && operands.Trim().Length > 0)
                head = AsmText.FirstWord(operands.Trim(), out operands);
            if (head.StartsWith('.'))
            {
                string d = AsmText.Lower(head);
                switch (d)
                {
                    case ".globl" or ".global":
                        foreach (var n in AsmText.SplitOperands(operands)) if (n.Length > 0) events.Add(new Event(EventKind.Global, n));
                        return;
                    case ".weak":
                        foreach (var n in AsmText.SplitOperands(operands)) if (n.Length > 0) events.Add(new Event(EventKind.Weak, n));
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
                        if (parts.Count >= 3) AddUses(parts[2]);
                        return;
                    }
                    default:
                        if (ValueDirectives.Contains(d))
                            AddUses(operands);
                        else if (SymbolsOf(operands).Contains("."))
                            events.Add(new Event(EventKind.Temporary, "")); // parsing "." emits a temporary label, whatever the directive
                        return;
                }
            }
            if (operands.TrimStart().StartsWith('='))
            {
                Assign(head, operands.TrimStart()[1..]);
                return;
            }
            // An instruction: its operands, minus the words the target reads as keywords in that position.
            string mnemonic = AsmText.Lower(head);
            var list = AsmText.SplitOperands(operands);
            for (int k = 0; k < list.Count; k++)
                foreach (var s in SymbolsOf(list[k]))
                    if (!dialect.IsOperandKeyword(mnemonic, k, AsmText.Lower(s))) events.Add(new Event(EventKind.Used, s));
        }

        private void Assign(string name, string expr) =>
            _events.Add(new Event(EventKind.Assign, name.Trim(), expr, SymbolsOf(expr).ToArray()));

        private void AddUses(string text)
        {
            foreach (var s in SymbolsOf(text)) _events.Add(new Event(EventKind.Used, s));
        }

        /// <summary>The symbols <paramref name="text"/> names, valid until the next call.</summary>
        private List<string> SymbolsOf(string text)
        {
            _symbols.Clear();
            AsmText.AddSymbols(text, dialect, objectFile, _symbols);
            return _symbols;
        }
    }

    /// <summary>
    /// Readings of statements, shared by every assembler of one dialect and view, process-wide: kernel asm repeats
    /// the same statements (<c>.popsection</c>, <c>.long 1b - .</c>) in every expansion of a macro and at every
    /// inline asm call site. Bounded in entries and statement length; thread-safe (readings are immutable).
    /// </summary>
    private sealed class StatementCache
    {
        private const int MaxEntries = 16384, MaxLength = 256, MaxCaches = 64;
        private static readonly ConcurrentDictionary<(AsmDialect, bool), StatementCache> Caches = new(DialectComparer.Instance);
        private static int _caches;
        private readonly ConcurrentDictionary<string, Parsed> _map = new(StatementComparer.Instance);
        private int _count;

        public static StatementCache For(AsmDialect dialect, bool objectFile) =>
            Caches.TryGetValue((dialect, objectFile), out var cache) ? cache
            : Bounded.Add(Caches, (dialect, objectFile), new StatementCache(), ref _caches, MaxCaches);

        public Parsed Get(string statement, AsmDialect dialect, bool objectFile)
        {
            if (statement.Length > MaxLength) return Parse(statement, dialect, objectFile);
            if (_map.TryGetValue(statement, out var parsed)) return parsed;
            return Bounded.Add(_map, statement, Parse(statement, dialect, objectFile), ref _count, MaxEntries);
        }

        /// <summary>Statements by ordinal value, hashed by <see cref="TableHash"/>: every statement of every
        /// expansion is looked up, and that hash reads 8 bytes a step where the ordinal comparer's reads 4.</summary>
        private sealed class StatementComparer : IEqualityComparer<string>
        {
            public static readonly StatementComparer Instance = new();
            public bool Equals(string? x, string? y) => string.Equals(x, y);
            public int GetHashCode(string obj) => TableHash.Of(obj);
        }

        /// <summary>Dialects by reference (a record's value equality hashes its delegates), views by value.</summary>
        private sealed class DialectComparer : IEqualityComparer<(AsmDialect, bool)>
        {
            public static readonly DialectComparer Instance = new();
            public bool Equals((AsmDialect, bool) x, (AsmDialect, bool) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2;
            public int GetHashCode((AsmDialect, bool) obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1) * 2 + (obj.Item2 ? 1 : 0);
        }
    }
}
