using System.Globalization;
using System.Text;

namespace KsymTrim.InlineAsm;

/// <summary>What an argument of an inline asm call is, as far as the asm text can show it.</summary>
internal enum AsmOperandKind
{
    /// <summary>Anything else: an SSA value, a block address, a constant expression that is not global + offset.</summary>
    Unknown,
    /// <summary>An integer constant.</summary>
    Constant,
    /// <summary>The address of a global, plus a constant byte offset.</summary>
    Symbol,
}

/// <summary>One IR argument of the asm call: an integer constant, a global (by its symbol name, plus a constant
/// byte offset), or anything else.</summary>
/// <param name="Kind">What the argument is.</param>
/// <param name="Value">The constant, sign-extended to 64 bits (LLVM prints it so); for a symbol, the byte offset.</param>
/// <param name="Symbol">The symbol name as the assembler sees it; a private global should be given with its
/// <c>.L</c> prefix, as LLVM prints it, so that it is never reported.</param>
internal readonly record struct AsmOperand(AsmOperandKind Kind, long Value = 0, string? Symbol = null)
{
    /// <summary>An argument whose value the asm text cannot show.</summary>
    public static AsmOperand Unknown => default;

    /// <summary>An integer constant argument.</summary>
    public static AsmOperand Constant(long value) => new(AsmOperandKind.Constant, value);

    /// <summary>The address of global <paramref name="symbol"/> plus <paramref name="offset"/> bytes.</summary>
    public static AsmOperand Global(string symbol, long offset = 0) => new(AsmOperandKind.Symbol, offset, symbol);
}

/// <summary>A symbol the asm references, with the (substituted) statement as evidence.</summary>
/// <param name="Symbol">The symbol name.</param>
/// <param name="Snippet">The first statement that names it, after operand substitution and macro expansion.</param>
internal readonly record struct AsmReference(string Symbol, string Snippet)
{
    /// <summary>The asm declares the symbol <c>.weak</c>: an undefined weak reference.</summary>
    public bool IsWeak { get; init; }
}

/// <summary>
/// The symbols a function-level inline asm statement references once code generation has printed it: LLVM's
/// AsmPrinter substitutes the operands into the template (EmitGCCInlineAsmStr in AsmPrinterInlineAsm.cpp and the
/// targets' PrintAsmOperand), then the integrated assembler expands macros, loops and conditionals and emits
/// relocations against every symbol the asm uses and does not define. This class predicts that set from the IR
/// (template, constraint string, call arguments) without a backend:
/// <list type="bullet">
/// <item>operands are numbered as InlineAsm::ParseConstraints numbers them; direct outputs and callbr labels
/// (<c>!i</c>) take no argument, everything else takes the next one;</item>
/// <item>constants and globals print as the target's printer prints them under each modifier (<c>${4:P}</c> of 8 is
/// <c>8</c>, so <c>call __get_user_${4:P}</c> calls <c>__get_user_8</c>);</item>
/// <item>a register operand prints as the register the allocator would choose. A fixed register (<c>{si}</c>) is
/// exact; for a register class every register it could be is tried when the operand is glued into a name
/// (<c>__x86_indirect_thunk_${1:V}</c>): a missing symbol breaks a module at load time, an extra one is cheap;</item>
/// <item>the substituted text is assembled as in <see cref="ModuleAsmSymbols"/>, and every symbol used but not defined
/// by the asm is reported, except local labels (<c>.L*</c>, <c>1b</c>).</item>
/// </list>
/// Best effort: it never throws; whatever it could not decide is described in the optional notes. Thread-safe.
/// </summary>
internal static class InlineAsmReferences
{
    /// <summary>The symbols <paramref name="asm"/> references.</summary>
    /// <param name="asm">LLVM IR inline asm string (operands as <c>$0</c>, <c>${0:c}</c>, <c>$$</c> for '$', <c>${:uid}</c>:
    /// the IR form, not the C form).</param>
    /// <param name="constraints">The LLVM constraint string, e.g. <c>={ax},r,r,~{dirflag},~{fpsr},~{flags}</c>.</param>
    /// <param name="arguments">The call's IR arguments in order.</param>
    /// <param name="dialect"><see cref="AsmDialect.ForTriple"/> of the module's triple.</param>
    public static IReadOnlyList<AsmReference> Collect(string asm, string constraints, IReadOnlyList<AsmOperand> arguments, AsmDialect dialect) =>
        Collect(asm, constraints, arguments, dialect, null);

    /// <summary>The symbols <paramref name="asm"/> references, with a note for each thing the scan could not decide
    /// (a malformed template, an operand whose value is unknown glued into a name, an expansion over its limits).</summary>
    /// <param name="asm">LLVM IR inline asm string.</param>
    /// <param name="constraints">The LLVM constraint string.</param>
    /// <param name="arguments">The call's IR arguments in order.</param>
    /// <param name="dialect"><see cref="AsmDialect.ForTriple"/> of the module's triple.</param>
    /// <param name="notes">Receives the notes, each once; may be null.</param>
    public static IReadOnlyList<AsmReference> Collect(string asm, string constraints, IReadOnlyList<AsmOperand> arguments, AsmDialect dialect,
        ICollection<string>? notes) =>
        Collect(InlineAsmTemplate.For(dialect ?? AsmDialect.Generic, asm ?? "", constraints ?? ""), arguments, notes);

    /// <summary>The symbols the asm of <paramref name="template"/> references with <paramref name="arguments"/>.</summary>
    /// <param name="template">The asm and constraints, prepared (<see cref="InlineAsmTemplate.For"/>).</param>
    /// <param name="arguments">The call's IR arguments in order.</param>
    /// <param name="notes">Receives the notes, each once; may be null.</param>
    internal static IReadOnlyList<AsmReference> Collect(InlineAsmTemplate template, IReadOnlyList<AsmOperand> arguments, ICollection<string>? notes) =>
        Collect(template, arguments, notes, null, out _);

    /// <summary>As <see cref="Collect(InlineAsmTemplate, IReadOnlyList{AsmOperand}, ICollection{string}?)"/>, the expansion
    /// also drawn from <paramref name="shared"/> (a module's budget for all its asm, so that many small templates cannot
    /// each claim the minimum of <see cref="AsmAssembler.BudgetFor"/>); <paramref name="limited"/> tells whether the
    /// shared budget, not the template's own, stopped the expansion (the result is then not the template's alone).</summary>
    internal static IReadOnlyList<AsmReference> Collect(InlineAsmTemplate template, IReadOnlyList<AsmOperand> arguments, ICollection<string>? notes,
        AsmBudget? shared, out bool limited)
    {
        var scan = new InlineAsmScan(template, arguments ?? [], notes, shared);
        try
        {
            scan.Run();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            scan.Note($"inline asm scan stopped early: {e.Message}");
        }
        limited = scan.LimitedByShared;
        return scan.References;
    }
}

/// <summary>One inline asm statement being scanned: its operands, its template, the register choices to try.</summary>
internal sealed class InlineAsmScan
{
    /// <summary>Stands for an operand value the scan cannot print; a name that contains it is never reported.</summary>
    internal const string Unknown = "__ksymtrim_unknown_operand__";

    private const int MaxCombinations = 256;      // register choices tried for glued operands, all operands together
    private const int MaxReferences = 65_536;
    private const int MaxSnippet = 240;
    // Glued register operands: the renderings together stay within max(4 Mi, 64 × the template's length) characters, so
    // the work is tied to the template (a flat 64 Mi let a 256 Ki-character template allocate about 4 GB,
    // docs/limits.md); a rendered text of up to 16 Ki characters still gets all MaxCombinations renderings.
    private const long MinRenderedChars = 4L << 20;
    private const int RenderedCharsPerChar = 64;

    internal enum Form { None, Register, Memory, Immediate, Label }

    /// <summary>What the constraints and the kinds of the arguments decide about an operand: its constraint, how it
    /// prints, and for a register the candidates. Immutable once its plan is built.</summary>
    internal sealed class OperandPlan(AsmConstraint constraint, int argument, Form form, bool memoryOfSymbol)
    {
        public AsmConstraint Constraint { get; } = constraint;
        /// <summary>The index of the call argument it takes, or -1.</summary>
        public int Argument { get; } = argument;
        public Form Form { get; } = form;
        /// <summary>Prints as the memory its (symbol) argument names.</summary>
        public bool MemoryOfSymbol { get; } = memoryOfSymbol;
        public string? Fixed { get; set; }
        public IReadOnlyList<string> Candidates { get; set; } = [];
        public int Variable { get; set; }
    }

    /// <summary>The operands of a call: their plans, the notes building them gave, and as many arguments as were bound.</summary>
    internal sealed record OperandsPlan(OperandPlan[] Operands, string[] Notes)
    {
        /// <summary>The constant arguments whose value cannot change what the scan finds as long as it prints as a
        /// plain number (<see cref="InertArguments"/>).</summary>
        public InertArgument[] Inert { get; init; } = [];
    }

    /// <summary>A constant argument that only ever lands where a number names nothing, and the modifiers it is printed
    /// with there.</summary>
    internal readonly record struct InertArgument(int Argument, string Modifiers);

    /// <summary>An operand: its plan and argument.</summary>
    private readonly record struct Operand(OperandPlan Plan, AsmOperand Argument)
    {
        public AsmConstraint Constraint => Plan.Constraint;
        public Form Form => Plan.Form;
        public string? MemorySymbol => Plan.MemoryOfSymbol ? Argument.Symbol : null;
        public string? Fixed => Plan.Fixed;
        public IReadOnlyList<string> Candidates => Plan.Candidates;
        public int Variable => Plan.Variable;
    }

    /// <summary>A piece of the template: literal text, or a reference to operand <c>Operand</c> with a modifier.</summary>
    internal readonly record struct Piece(string? Text, int Operand, char Modifier);

    private readonly InlineAsmTemplate _template;
    private readonly string _asm;
    private readonly IReadOnlyList<AsmOperand> _arguments;
    private readonly AsmDialect _dialect;
    private readonly AsmTarget _target;
    private readonly ICollection<string>? _notes;
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);
    private readonly List<AsmReference> _references = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private Operand[] _operands = [];
    private readonly HashSet<string> _printedRegisters = new(StringComparer.Ordinal);

    private readonly AsmBudget? _shared;

    public InlineAsmScan(InlineAsmTemplate template, IReadOnlyList<AsmOperand> arguments, ICollection<string>? notes, AsmBudget? shared = null)
    {
        (_template, _asm, _arguments, _dialect, _notes, _shared) = (template, template.Asm, arguments, template.Dialect, notes, shared);
        _target = AsmTarget.For(_dialect);
    }

    public IReadOnlyList<AsmReference> References => _references;

    /// <summary>True when the shared budget was smaller than the template's own and the expansion ran out of it.</summary>
    public bool LimitedByShared { get; private set; }

    public void Note(string note)
    {
        if (_noted.Add(note)) _notes?.Add(note);
    }

    public void Run()
    {
        var plan = _template.Plan(_arguments);
        _operands = new Operand[plan.Operands.Length];
        for (int i = 0; i < _operands.Length; i++)
        {
            int a = plan.Operands[i].Argument;
            _operands[i] = new Operand(plan.Operands[i], a >= 0 && a < _arguments.Count ? _arguments[a] : AsmOperand.Unknown);
        }
        foreach (var n in plan.Notes) Note(n);
        var (pieces, templateNotes) = _template.Parsed;
        foreach (var n in templateNotes) Note(n);
        var own = AsmAssembler.BudgetFor(_asm);
        var budget = _shared is null ? own
            : new AsmBudget(Math.Max(0, Math.Min(own.Chars, _shared.Chars)), Math.Max(0, Math.Min(own.Statements, _shared.Statements)));
        long startChars = budget.Chars, startStatements = budget.Statements;
        try { Run(pieces, budget); }
        finally
        {
            if (_shared is not null)
            {
                // What the expansion used comes off the shared budget; one that ran out used all it was given.
                _shared.Chars -= startChars - Math.Max(budget.Chars, 0);
                _shared.Statements -= startStatements - Math.Max(budget.Statements, 0);
                LimitedByShared = (budget.Chars < 0 && startChars < own.Chars) || (budget.Statements < 0 && startStatements < own.Statements);
            }
        }
    }

    private void Run(Piece[] pieces, AsmBudget budget)
    {
        // Render once with every register operand at its first candidate, to see which operands are glued to a name.
        var choice = new string?[_operands.Length];
        for (int i = 0; i < choice.Length; i++) choice[i] = _operands[i].Candidates.Count > 0 ? _operands[i].Candidates[0] : null;
        var spans = new List<(int Start, int End, int Operand)>();
        string text = Render(pieces, choice, spans);
        List<int>? glued = null;
        foreach (var (start, end, operand) in spans)
        {
            if (end <= start || !IsGlued(text, start, end)) continue;
            int v = _operands[operand].Variable;
            if (_operands[v].Candidates.Count > 1) (glued ??= []).Add(v);
        }

        if (glued is null)
        {
            // The one assignment is the first choice: assemble the text already rendered.
            Assemble(text, budget);
        }
        else
        {
            // Each assignment renders and assembles the whole text again: bound the total work as well as the count.
            long rendered = Math.Max(MinRenderedChars, RenderedCharsPerChar * (long)_asm.Length);
            int cap = (int)Math.Min(MaxCombinations, Math.Max(1, rendered / (text.Length + 1)));
            foreach (var assignment in Assignments(glued.Distinct().Order().ToList(), choice, cap))
            {
                if (_references.Count >= MaxReferences) break;
                Assemble(Render(pieces, assignment, null), budget);
            }
        }
        if (_references.Count >= MaxReferences) Note($"inline asm: more than {MaxReferences} symbols; the rest are not reported");
    }

    /// <summary>
    /// The register choices to assemble: every combination of the glued operands' candidates while there are at most
    /// <paramref name="cap"/>; past that, each glued operand's candidates in turn with the others unknown, so that a
    /// name built from one operand is still found; past that too, all of them unknown.
    /// </summary>
    private IEnumerable<string?[]> Assignments(List<int> glued, string?[] first, int cap)
    {
        long product = 1, sum = 0;
        foreach (var v in glued)
        {
            product = Math.Min(product * _operands[v].Candidates.Count, cap + 1L);
            sum += _operands[v].Candidates.Count;
        }
        if (product <= cap)
        {
            var position = new int[glued.Count];
            for (long k = 0; k < product; k++)
            {
                var choice = (string?[])first.Clone();
                for (int g = 0; g < glued.Count; g++) choice[glued[g]] = _operands[glued[g]].Candidates[position[g]];
                yield return choice;
                for (int g = glued.Count - 1; g >= 0 && ++position[g] == _operands[glued[g]].Candidates.Count; g--) position[g] = 0;
            }
            yield break;
        }
        var unknown = (string?[])first.Clone();
        foreach (var v in glued) unknown[v] = null;
        string operands = "$" + string.Join(", $", glued);
        if (sum > cap)
        {
            Note($"inline asm: the operands glued into names ({operands}) have too many register choices; names built from them are not reported");
            yield return unknown;
            yield break;
        }
        Note($"inline asm: the operands glued into names ({operands}) have more than {cap} register combinations; each is tried alone, and names built from two of them are not reported");
        foreach (var v in glued)
            foreach (var candidate in _operands[v].Candidates)
            {
                var choice = (string?[])unknown.Clone();
                choice[v] = candidate;
                yield return choice;
            }
    }

    /// <summary>Whether the operand printed at [start, end) is part of a longer name: an identifier character touches
    /// it on either side. A name with the private prefix (<c>.L__gpr_num_${0:w}</c>) never reaches the symbol table,
    /// so gluing into one does not count.</summary>
    private static bool IsGlued(string text, int start, int end)
    {
        bool before = start > 0 && AsmText.IsSymbolChar(text[start - 1], false) && AsmText.IsSymbolChar(text[start], false);
        bool after = end < text.Length && AsmText.IsSymbolChar(text[end - 1], false) && AsmText.IsSymbolChar(text[end], false);
        if (!before && !after) return false;
        int name = start;
        while (name > 0 && AsmText.IsSymbolChar(text[name - 1], false)) name--;
        return string.CompareOrdinal(text, name, ".L", 0, 2) != 0;
    }

    // ---- operands

    /// <summary>Numbers the operands, binds arguments, and decides how each prints and which registers it may get:
    /// all of it a function of the constraints and the kinds of the arguments (<paramref name="kinds"/>, one per
    /// argument), so <see cref="InlineAsmTemplate"/> keeps the result.</summary>
    internal static OperandsPlan BuildPlan(IReadOnlyList<AsmConstraint> constraints, ReadOnlySpan<AsmOperandKind> kinds, AsmTarget target)
    {
        var notes = new List<string>();
        var operands = new List<OperandPlan>();
        var clobbered = new HashSet<string>(StringComparer.Ordinal);
        int argument = 0;
        foreach (var c in constraints)
        {
            if (c.Type == AsmConstraintType.Clobber)
            {
                foreach (var code in c.Codes) if (target.Fixed(code) is { } r) clobbered.Add(r);
                continue;
            }
            var kind = AsmOperandKind.Unknown;
            int index = -1;
            if (c.TakesArgument)
            {
                if (argument < kinds.Length) kind = kinds[argument];
                else if (!notes.Contains(FewerArguments)) notes.Add(FewerArguments);
                index = argument++;
            }
            operands.Add(Classify(c, index, kind, operands, target));
        }
        for (int i = 0; i < operands.Count; i++)
        {
            var op = operands[i];
            int tied = op.Constraint.TiedTo;
            op.Variable = tied >= 0 && tied < i ? tied : i;
            if (op.Variable != i) { op.Fixed = operands[op.Variable].Fixed; continue; }
            foreach (var code in op.Constraint.Codes)
                if (target.Fixed(code) is { } r) { op.Fixed = r; break; }
        }

        // Registers taken by fixed-register operands, which a register-class operand may or may not share.
        var fixedInputs = new HashSet<string>(StringComparer.Ordinal);
        var fixedOutputs = new HashSet<string>(StringComparer.Ordinal);
        var fixedEarly = new HashSet<string>(StringComparer.Ordinal);
        var tiedOutputs = new HashSet<int>();
        for (int i = 0; i < operands.Count; i++) if (operands[i].Variable != i) tiedOutputs.Add(operands[i].Variable);
        foreach (var op in operands)
        {
            if (op.Fixed == null || op.Form != Form.Register) continue;
            if (IsOutput(op)) { fixedOutputs.Add(op.Fixed!); if (op.Constraint.EarlyClobber) fixedEarly.Add(op.Fixed!); }
            else fixedInputs.Add(op.Fixed!);
        }
        for (int i = 0; i < operands.Count; i++)
        {
            var op = operands[i];
            if (op.Form != Form.Register || op.Variable != i) continue;
            if (op.Fixed != null) { op.Candidates = [op.Fixed]; continue; }
            // Loops rather than LINQ: a plan is built per template and argument kinds, a few hundred times a run.
            // A direct output cannot share a register with another output. An earlyclobber output, or one tied to an
            // input (which holds that input on entry), cannot share one with an input either. An input cannot share a
            // register with another input, nor with an earlyclobber output. It may share one with an ordinary output:
            // "={ax},r" may put the input in rax.
            bool output = IsOutput(op);
            bool notInput = !output || op.Constraint.EarlyClobber || tiedOutputs.Contains(i);
            var candidates = new List<string>();
            var distinct = new HashSet<string>();
            foreach (var code in op.Constraint.Codes)
            {
                if (target.ClassOf(code == "g" ? "r" : code) is not { } registers) continue;
                foreach (var r in registers)
                {
                    if (!distinct.Add(r) || target.IsReserved(r) || clobbered.Contains(r)) continue;
                    if (output ? fixedOutputs.Contains(r) : fixedEarly.Contains(r)) continue;
                    if (notInput && fixedInputs.Contains(r)) continue;
                    candidates.Add(r);
                }
            }
            op.Candidates = candidates;
        }
        for (int i = 0; i < operands.Count; i++)
            if (operands[i].Variable != i) operands[i].Candidates = operands[operands[i].Variable].Candidates;
        return new OperandsPlan(operands.ToArray(), notes.ToArray());
    }

    private const string FewerArguments = "inline asm: fewer call arguments than constraints take";

    private static bool IsOutput(OperandPlan op) => op.Constraint.Type == AsmConstraintType.Output && !op.Constraint.Indirect;

    /// <summary>
    /// How the backend prints an operand, from its codes and argument (TargetLowering::ComputeConstraintToUse and
    /// LowerAsmOperandForConstraint): a constant prints as an immediate when any code takes one; a global prints as
    /// itself when an immediate code takes it (<c>i</c>, <c>s</c>, <c>X</c>) or when it is the memory an indirect or
    /// address operand names (<c>*m</c>, <c>p</c>); otherwise the value goes to a register or a stack slot.
    /// </summary>
    private static OperandPlan Classify(AsmConstraint c, int index, AsmOperandKind kind, List<OperandPlan> before, AsmTarget target)
    {
        if (c.Type == AsmConstraintType.Label) return new OperandPlan(c, index, Form.Label, false);
        if (c.TiedTo >= 0 && c.TiedTo < before.Count)
        {
            // A tied input lives in its output's register (or wherever the output is).
            return new OperandPlan(c, index, before[c.TiedTo].Form, false);
        }
        // "g" stands for "i", "m" and "r"; the target's tests are pure, so one pass over the codes answers all of them.
        bool register = false, memory = false, immediate = false, flag = false, pointer = false;
        void Look(string code)
        {
            register |= target.ClassOf(code) != null || (code.Length > 2 && code[0] == '{' && !code.StartsWith("{@", StringComparison.Ordinal));
            memory |= target.IsMemory(code);
            immediate |= target.IsImmediate(code);
            flag |= code.StartsWith("{@", StringComparison.Ordinal);
            pointer |= code == "p";
        }
        foreach (var code in c.Codes)
        {
            if (code == "g") { Look("i"); Look("m"); Look("r"); }
            else Look(code);
        }
        bool address = c.Indirect || pointer;
        if (flag && !register) return new OperandPlan(c, index, Form.None, false); // ={@ccz}: a flag output, never printed
        switch (kind)
        {
            case AsmOperandKind.Constant:
                if (immediate || !(register || memory)) return new OperandPlan(c, index, Form.Immediate, false);
                return new OperandPlan(c, index, register ? Form.Register : Form.Memory, false);
            case AsmOperandKind.Symbol:
                if (immediate && !c.Indirect) return new OperandPlan(c, index, Form.Immediate, false);
                if (memory && address) return new OperandPlan(c, index, Form.Memory, true);
                if (register) return new OperandPlan(c, index, Form.Register, false);
                return new OperandPlan(c, index, memory ? Form.Memory : Form.Immediate, false);
            default:
                if (register) return new OperandPlan(c, index, Form.Register, false);
                if (memory) return new OperandPlan(c, index, Form.Memory, false);
                return new OperandPlan(c, index, Form.Immediate, false);
        }
    }

    // ---- arguments that do not matter

    private const char Mark = '\uE000'; // operand n is marked as Mark + n: a private-use character, neither blank nor comma
    private const int MaxMarked = 64;

    /// <summary>
    /// The constant arguments of <paramref name="plan"/> whose value cannot change the references found, as long as it
    /// prints as a plain number (<see cref="PrintsAsNumber"/>): kernel asm passes a line number, flags or a size that
    /// land in data (<c>.word ${1:c}</c> in the bug table), and calls of one template differ only in them. An operand
    /// is inert when every reference to it stands alone (delimited by blanks, commas, operators or brackets) among the
    /// operands of a statement that names no symbol other than <c>.</c> and holds no other kind of operand: a number
    /// there is skipped by the symbol scan, whatever its value, and the statement is never evidence for a reference.
    /// Nothing is inert in a template with a block directive (a condition or a loop could read the value), with an
    /// operand in a statement's labels or first word, or with a register operand that has several candidates (the
    /// number of register choices tried depends on the length of the text).
    /// </summary>
    internal static InertArgument[] InertArguments(Piece[] pieces, OperandsPlan plan, ReadOnlySpan<AsmOperandKind> kinds, AsmDialect dialect)
    {
        var operands = plan.Operands;
        if (dialect.Comment.Length == 0 || operands.Length > MaxMarked) return [];
        ulong candidates = 0;
        for (int i = 0; i < operands.Length; i++)
        {
            var op = operands[i];
            if (op.Candidates.Count > 1) return [];
            if (op.Form == Form.Immediate && (uint)op.Argument < (uint)kinds.Length && kinds[op.Argument] == AsmOperandKind.Constant)
                candidates |= 1UL << i;
        }
        if (candidates == 0) return [];
        var shape = new StringBuilder();
        foreach (var p in pieces)
        {
            if (p.Text is null) { shape.Append((char)(Mark + p.Operand)); continue; }
            if (p.Text.AsSpan().IndexOfAnyInRange(Mark, (char)(Mark + MaxMarked - 1)) >= 0) return [];
            shape.Append(p.Text);
        }
        ulong spoiled = 0;
        foreach (var statement in AsmText.Statements(shape.ToString(), dialect))
        {
            int first = statement.AsSpan().IndexOfAnyInRange(Mark, (char)(Mark + MaxMarked - 1));
            var text = first < 0 ? statement : Numbered(statement);
            bool names = AsmAssembler.NamesSymbols(statement, text, dialect, out bool block, out int operandsStart);
            if (block) return [];
            if (first < 0) continue;
            if (first < operandsStart) return [];
            bool inert = !names;
            ulong marked = 0;
            for (int k = first; k < statement.Length; k++)
            {
                int n = statement[k] - Mark;
                if (n is < 0 or >= MaxMarked) continue;
                marked |= 1UL << n;
                inert &= (candidates & (1UL << n)) != 0 && k > 0 && DelimitsBefore(statement[k - 1]) && (k + 1 == statement.Length || DelimitsAfter(statement[k + 1]));
            }
            if (!inert) spoiled |= marked;
        }
        var result = new List<InertArgument>();
        for (int i = 0; i < operands.Length; i++)
        {
            if ((candidates & ~spoiled & (1UL << i)) == 0) continue;
            var modifiers = new StringBuilder();
            foreach (var p in pieces)
                if (p.Text is null && p.Operand == i && modifiers.ToString().IndexOf(p.Modifier) < 0) modifiers.Append(p.Modifier);
            result.Add(new InertArgument(operands[i].Argument, modifiers.ToString()));
        }
        return result.ToArray();

        static string Numbered(string statement)
        {
            var chars = statement.ToCharArray();
            for (int k = 0; k < chars.Length; k++) if (chars[k] >= Mark && chars[k] < Mark + MaxMarked) chars[k] = '0';
            return new string(chars);
        }
    }

    // The characters that end whatever token comes before a number, and that a number ends at: never part of a name,
    // a number, a string, a register (%), a relocation specifier (@, :) or a macro parameter (\).
    private static bool DelimitsBefore(char c) => c is ' ' or '\t' or ',' or '(' or '[' or '+' or '-' or '*' or '/' or '|' or '&' or '^' or '<' or '>' or '!' or '~';

    private static bool DelimitsAfter(char c) => c is ' ' or '\t' or ',' or ')' or ']' or '+' or '-' or '*' or '/' or '|' or '&' or '^' or '<' or '>' or '!' or '~';

    /// <summary>Whether <paramref name="value"/> prints as a plain number under each of <paramref name="modifiers"/>:
    /// digits, after a minus sign and the dialect's immediate prefix at most. Anything else (a register name for zero,
    /// nothing at all for a modifier the target does not print) may read differently, so the value must count.</summary>
    internal static bool PrintsAsNumber(AsmTarget target, AsmDialect dialect, long value, string modifiers)
    {
        foreach (char m in modifiers)
        {
            var s = (target.PrintImmediate(value, m) ?? "").AsSpan();
            if (s.Length > 0 && s[0] == dialect.ImmediatePrefix && s[0] is '$' or '#' && s[0] != dialect.Comment[0]) s = s[1..];
            if (s.Length > 0 && s[0] == '-') s = s[1..];
            if (s.Length == 0 || s.ContainsAnyExceptInRange('0', '9')) return false;
        }
        return true;
    }

    // ---- template

    /// <summary>
    /// Splits the IR template into literal text and operand references as EmitGCCInlineAsmStr does: <c>$$</c> is '$',
    /// <c>$(a$|b$)</c> keeps variant 0, <c>${:uid}</c>, <c>${:comment}</c> and <c>${:private}</c> are replaced,
    /// <c>$N</c>, <c>${N}</c> and <c>${N:m}</c> refer to operand N. Where LLVM reports a fatal error the reference is
    /// dropped, noted, and the rest still scanned.
    /// </summary>
    internal static (Piece[] Pieces, string[] Notes) ParseTemplate(string asm, int operandCount, AsmDialect dialect)
    {
        var notes = new List<string>();
        void Note(string note) { if (!notes.Contains(note)) notes.Add(note); }
        var pieces = new List<Piece>();
        var literal = new StringBuilder();
        string s = asm;
        int variant = -1, i = 0;
        bool Emit() => variant is -1 or 0;
        void Flush() { if (literal.Length > 0) { pieces.Add(new Piece(literal.ToString(), -1, '\0')); literal.Clear(); } }

        while (i < s.Length)
        {
            if (s[i] != '$')
            {
                int end = s.IndexOf('$', i);
                if (end < 0) end = s.Length;
                if (Emit()) literal.Append(s, i, end - i);
                i = end;
                continue;
            }
            i++;
            char next = i < s.Length ? s[i] : '\0';
            switch (next)
            {
                case '$': if (Emit()) literal.Append('$'); i++; continue;
                case '(':
                    if (variant != -1) Note("inline asm: nested $( variants");
                    variant = 0; i++; continue;
                case '|': if (variant == -1) literal.Append('|'); else variant++; i++; continue;
                case ')': if (variant == -1) literal.Append('}'); else variant = -1; i++; continue;
            }
            bool braces = next == '{';
            if (braces) i++;
            if (braces && i < s.Length && s[i] == ':')
            {
                int close = s.IndexOf('}', i);
                if (close < 0) { Note("inline asm: unterminated ${:...} in the template"); i = s.Length; break; }
                string special = s[(i + 1)..close];
                i = close + 1;
                if (!Emit()) continue;
                switch (special)
                {
                    case "uid": literal.Append('0'); break;
                    case "comment": literal.Append(dialect.Comment); break;
                    case "private": literal.Append(".L"); break;
                    default: Note($"inline asm: unknown special ${{:{special}}}"); break;
                }
                continue;
            }
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            bool numbered = int.TryParse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out int number);
            char modifier = '\0';
            bool wellFormed = numbered;
            if (braces)
            {
                if (i < s.Length && s[i] == ':' && i + 1 < s.Length) { modifier = s[i + 1]; i += 2; }
                if (i < s.Length && s[i] == '}') i++;
                else wellFormed = false;
            }
            if (!wellFormed) { Note("inline asm: malformed $ operand reference in the template"); continue; }
            if (number >= operandCount) { Note($"inline asm: operand ${number} does not exist ({operandCount} operands)"); continue; }
            if (!Emit()) continue;
            Flush();
            pieces.Add(new Piece(null, number, modifier));
        }
        Flush();
        return (pieces.ToArray(), notes.ToArray());
    }

    /// <summary>The template with every operand printed; <paramref name="choice"/> gives each register operand's register
    /// (null: unknown). When <paramref name="spans"/> is given it receives where each operand landed.</summary>
    /// <remarks>Operands may print much longer than they are written (a symbol of a long name, used many times): the
    /// text is cut at the last line that ends within max(4 Mi, 64 × template length) characters, the bound of the
    /// assembler's expansion, so a small template cannot render to a size quadratic in its input (docs/limits.md).</remarks>
    private string Render(Piece[] pieces, string?[] choice, List<(int, int, int)>? spans)
    {
        long limit = Math.Max(4L << 20, 64L * _asm.Length);
        var sb = new StringBuilder(_asm.Length + 16);
        foreach (var p in pieces)
        {
            if (p.Text != null) sb.Append(p.Text);
            else
            {
                int start = sb.Length;
                sb.Append(Print(p.Operand, p.Modifier, choice));
                spans?.Add((start, sb.Length, p.Operand));
            }
            if (sb.Length > limit)
            {
                string head = sb.ToString(0, (int)limit);
                int cut = head.LastIndexOf('\n') + 1;
                spans?.RemoveAll(s => s.Item2 > cut);
                Note($"inline asm: operands print to more than {limit} characters; the text past that is not scanned");
                return head[..cut];
            }
        }
        return sb.ToString();
    }

    private string Print(int index, char modifier, string?[] choice)
    {
        var op = _operands[index];
        var arg = op.Argument;
        switch (op.Form)
        {
            case Form.Register:
                if (choice[op.Variable] is not { } register) return Unknown;
                string printed = _target.PrintRegister(register, modifier) ?? "";
                _printedRegisters.Add(printed);
                return printed;
            case Form.Memory:
                return _target.PrintMemory(op.MemorySymbol, op.MemorySymbol != null ? arg.Value : 0, modifier) ?? "";
            case Form.Immediate when arg.Kind == AsmOperandKind.Constant:
                return _target.PrintImmediate(arg.Value, modifier) ?? "";
            case Form.Immediate when arg.Kind == AsmOperandKind.Symbol && !string.IsNullOrEmpty(arg.Symbol):
                return _target.PrintSymbol(arg.Symbol, arg.Value, modifier) ?? "";
            case Form.Immediate:
                // An argument we cannot print: a block address (asm goto before LLVM 16) prints as a local label.
                return modifier == 'l' ? Label(index) : Unknown;
            case Form.Label:
                return Label(index);
            default:
                return "";
        }
    }

    private static string Label(int index) => ".Ltmp_asm" + index.ToString(CultureInfo.InvariantCulture);

    // ---- assembling

    /// <summary>Assembles one rendering and records what it references; falls back to a scan without expansion
    /// when the assembler refuses the text.</summary>
    private void Assemble(string text, AsmBudget budget)
    {
        var read = AsmText.Statements(text, _dialect);
        var statements = read as List<string> ?? read.ToList();
        var assembler = new AsmAssembler(_dialect, budget, "inline asm", objectFile: true);
        try
        {
            assembler.Run(statements);
        }
        catch (NotSupportedException e)
        {
            Note($"{e.Message}; scanned without expansion");
            assembler = new AsmAssembler(_dialect, AsmAssembler.BudgetFor(text), "inline asm", objectFile: true);
            try { assembler.RunFlat(statements); }
            catch (NotSupportedException e2) { Note(e2.Message); }
        }
        foreach (var (name, weak, statement) in assembler.Undefined())
        {
            if (name.Length == 0 || name == "." || name.StartsWith(".L", StringComparison.Ordinal) || _dialect.IsProvidedName(name)) continue;
            // A register operand standing alone ("addq ${0:V}, %rax" gives "rax"): a register, never a symbol.
            if (_printedRegisters.Contains(name)) continue;
            if (name.Contains(Unknown, StringComparison.Ordinal))
            {
                if (name != Unknown) Note($"inline asm: a name built from an operand the scan cannot print is not reported: {name.Replace(Unknown, "?", StringComparison.Ordinal)}");
                continue;
            }
            if (_references.Count >= MaxReferences) return;
            if (!_seen.Add(name)) continue;
            string snippet = statement.Length > MaxSnippet ? statement[..MaxSnippet] + "..." : statement;
            _references.Add(new AsmReference(name, snippet.Replace(Unknown, "?", StringComparison.Ordinal)) { IsWeak = weak });
        }
    }
}
