using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    /// <summary>The values an integer argument takes in every copy of a function: each direct call passes a literal,
    /// and <paramref name="Lo"/>..<paramref name="Hi"/> holds them all (0 &lt;= Lo &lt;= Hi, so that the signed and
    /// unsigned orders agree and the range does not wrap).</summary>
    internal readonly record struct ArgumentRange(long Lo, long Hi);

    // per local function whose arguments IPSCCP tracks: each argument's range, or null
    private readonly Dictionary<IrFunction, ArgumentRange?[]> _argumentRanges = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A folding rule, LLVM's IPSCCP in the ThinLTO backend: for a function with local linkage whose address is not
    /// taken, it merges what every call passes into each argument, and integer constants merge into the range that
    /// holds them (ValueLatticeElement, at most 10 widenings, so at most 8 values here). The out-of-line copy then
    /// compares the argument as that range (ValueLatticeElement::getCompare), and an inlined copy has one of the
    /// constants: a comparison the range decides is decided in every copy. Per argument of <paramref name="f"/>: its
    /// range, or null when some call passes anything but an integer literal, or when the function is not tracked.
    /// Null when no argument has one.
    /// </summary>
    internal ArgumentRange?[]? ArgumentRanges(IrFunction f) => _argumentRanges.GetValueOrDefault(f);

    /// <summary>Fills <see cref="_argumentRanges"/> for the local functions of <paramref name="modules"/>.</summary>
    /// <remarks>
    /// IPSCCP tracks a function only while it keeps local linkage. ThinLTO promotes a local function to a global one
    /// when another member imports a function that calls it. So with more than one member, a function counts only when
    /// no chain of direct calls reaches it from a function that another member may import: one another member names,
    /// or one whose address is taken.
    /// </remarks>
    private void ComputeArgumentRanges(List<BitcodeModule> modules)
    {
        // what every member names but does not define: a function another member names may be imported into it
        HashSet<string>? namedElsewhere = null;
        if (modules.Count > 1)
        {
            namedElsewhere = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in modules)
                foreach (var g in m.Globals)
                    if (g.IsDeclarationForLinker) namedElsewhere.Add(g.Name);
        }
        foreach (var m in modules)
            if (m.Functions is { Count: > 0 } functions) RangesOf(m, functions, namedElsewhere);
    }

    private const int MaxRangeValues = 8; // IPSCCP widens to the full range after 10 extensions: stay well below

    private void RangesOf(BitcodeModule m, IReadOnlyList<IrFunction> functions, HashSet<string>? namedElsewhere)
    {
        var globals = m.Globals;
        // the local functions with a body, by global index
        var local = new Dictionary<int, IrFunction>();
        foreach (var f in functions)
            if (f.Body is not null && (uint)f.Global < (uint)globals.Length && globals[f.Global].IsLocal) local[f.Global] = f;
        if (local.Count == 0) return;
        var taken = new bool[globals.Length];
        if (m.GlobalsUsedByData is { } data)
            for (int g = 0; g < taken.Length && g < data.Count; g++) taken[g] = data[g];
        // per local function and argument: the literals calls pass, or null once a call passes anything else
        var values = new Dictionary<int, List<long>?[]>();
        // per function (global index): the functions it calls directly
        var callees = new Dictionary<int, List<int>>();
        foreach (var f in functions)
        {
            if (f.Body is not { } body) continue;
            if (body.HasUnrecordedOperands) return; // names may hide in what was not recorded: no function is tracked
            var ops = body.Operands;
            foreach (var inst in body.Instructions)
            {
                int callee = inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr ? inst.CalleeOperand : -1;
                for (int k = 0; k < inst.Count; k++)
                {
                    var v = ops[inst.First + k];
                    if (v.Kind == IrValueKind.Constant && (uint)v.Index < (uint)body.ConstantGlobals.Count)
                        foreach (int g in body.ConstantGlobals[v.Index]) { if ((uint)g < (uint)taken.Length) taken[g] = true; }
                    if (v.Kind != IrValueKind.Global || (uint)v.Index >= (uint)taken.Length) continue;
                    if (k != callee) { taken[v.Index] = true; continue; }
                    if (!callees.TryGetValue(f.Global, out var list)) callees[f.Global] = list = [];
                    list.Add(v.Index);
                    if (local.TryGetValue(v.Index, out var target)) Passes(values, target, v.Index, ops.Slice(inst.First + k + 1, inst.Count - k - 1), taken);
                }
            }
        }
        if (namedElsewhere is not null) Untrack(m, functions, namedElsewhere, taken, callees, values);
        foreach (var (g, args) in values)
        {
            if (taken[g]) continue;
            ArgumentRange?[]? ranges = null;
            for (int k = 0; k < args.Length; k++)
            {
                if (args[k] is not { Count: > 0 } literals) continue;
                long lo = literals.Min(), hi = literals.Max();
                if (lo < 0) continue; // a negative literal: the orders disagree, or the range wraps
                (ranges ??= new ArgumentRange?[args.Length])[k] = new ArgumentRange(lo, hi);
            }
            if (ranges is not null) _argumentRanges[local[g]] = ranges;
        }
    }

    /// <summary>Records what one direct call of <paramref name="target"/> passes its arguments.</summary>
    private static void Passes(Dictionary<int, List<long>?[]> values, IrFunction target, int global, ReadOnlySpan<IrValue> arguments, bool[] taken)
    {
        int count = target.Body!.ArgumentCount;
        if (arguments.Length != count) { taken[global] = true; return; } // a call through another prototype: not tracked
        if (!values.TryGetValue(global, out var args))
        {
            values[global] = args = new List<long>?[count];
            for (int k = 0; k < count; k++) args[k] = [];
        }
        for (int k = 0; k < count; k++)
        {
            if (args[k] is not { } list) continue;
            if (arguments[k].Kind != IrValueKind.Int) { args[k] = null; continue; }
            if (!list.Contains(arguments[k].Int)) list.Add(arguments[k].Int);
            if (list.Count > MaxRangeValues) args[k] = null;
        }
    }

    /// <summary>With several members: marks taken every function a chain of direct calls reaches from a function
    /// another member may import (one it names, or one whose address is taken), so that it is not tracked.</summary>
    private static void Untrack(BitcodeModule m, IReadOnlyList<IrFunction> functions, HashSet<string> namedElsewhere, bool[] taken,
        Dictionary<int, List<int>> callees, Dictionary<int, List<long>?[]> values)
    {
        var reached = new bool[taken.Length];
        var work = new Stack<int>();
        foreach (var f in functions)
        {
            int g = f.Global;
            if ((uint)g >= (uint)taken.Length) continue;
            if (taken[g] || (!m.Globals[g].IsLocal && namedElsewhere.Contains(m.Globals[g].Name))) { reached[g] = true; work.Push(g); }
        }
        while (work.Count > 0)
        {
            if (!callees.TryGetValue(work.Pop(), out var list)) continue;
            foreach (int c in list)
                if ((uint)c < (uint)reached.Length && !reached[c]) { reached[c] = true; work.Push(c); }
        }
        foreach (int g in values.Keys)
            if (reached[g]) taken[g] = true;
    }
}
