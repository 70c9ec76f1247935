using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    /// <summary>The values an integer argument takes in every copy of a function: each direct call passes a literal,
    /// and <paramref name="Lo"/>..<paramref name="Hi"/> holds them all (0 &lt;= Lo &lt;= Hi, so that the signed and
    /// unsigned orders agree and the range does not wrap).</summary>
    internal readonly record struct ArgumentRange(long Lo, long Hi);

    // per module: the candidates for a range (ModuleRanges), found on the first question about one of its functions
    private readonly Dictionary<BitcodeModule, ModuleRanges> _moduleRanges = new(ReferenceEqualityComparer.Instance);
    private List<BitcodeModule> _modules = [];
    // what the members name but do not define (with several members; made on the first question that needs it)
    private bool[]? _namedElsewhere; // by name number

    /// <summary>The ranges of one module's local functions, found in two steps: from the call sites alone (cheap),
    /// the range every argument would have; then, on the first question about a function that compares such an
    /// argument, which functions IPSCCP tracks (a pass over every operand of the module, for addresses taken).</summary>
    private sealed class ModuleRanges
    {
        // per local function that folds (by global index): the range each argument would have if IPSCCP tracks it
        public Dictionary<int, ArgumentRange?[]>? Ranges;
        // per global: not tracked (its address is taken, or a function another member may import reaches it); null
        // until a question needs it
        public bool[]? Untracked;
    }

    /// <summary>
    /// A folding rule, LLVM's IPSCCP in the ThinLTO backend: for a function with local linkage whose address is not
    /// taken, it merges what every call passes into each argument, and integer constants merge into the range that
    /// holds them (ValueLatticeElement, at most 10 widenings, so at most 8 values here). The out-of-line copy then
    /// compares the argument as that range (ValueLatticeElement::getCompare), and an inlined copy has one of the
    /// constants: a comparison the range decides is decided in every copy. Per argument of <paramref name="f"/> (a
    /// function of <paramref name="module"/>): its range, or null when some call passes anything but an integer
    /// literal, or when the function is not tracked. Null when no argument has one.
    /// </summary>
    /// <remarks>
    /// IPSCCP tracks a function only while it keeps local linkage. ThinLTO promotes a local function to a global one
    /// when another member imports a function that calls it. So with more than one member, a function counts only
    /// when no chain of direct calls reaches it from a function another member may import: one another member names,
    /// or one whose address is taken. Computed on the first question about a module's functions, under a lock: the
    /// members of one set may be walked at once (BitcodeReferenceAnalysis.Linkage is public).
    /// </remarks>
    internal ArgumentRange?[]? ArgumentRanges(BitcodeModule module, IrFunction f)
    {
        EnsureFacts();
        if ((uint)f.Global >= (uint)module.Globals.Length || !module.Globals[f.Global].IsLocal || module.Functions is not { } functions ||
            f.Body is not { } body || !ComparesArgument(body, null)) return null;
        lock (_moduleRanges)
        {
            if (!_moduleRanges.TryGetValue(module, out var state))
                _moduleRanges[module] = state = new ModuleRanges { Ranges = Candidates(module, functions) };
            if (state.Ranges is null || !state.Ranges.TryGetValue(f.Global, out var ranges) || !ComparesArgument(body, ranges)) return null;
            state.Untracked ??= Untracked(module, functions, state.Ranges);
            return state.Untracked[f.Global] ? null : ranges;
        }
    }

    private const int MaxRangeValues = 8; // IPSCCP widens to the full range after 10 extensions: stay well below

    /// <summary>The range each argument of a local function would have, from the call sites alone, for the functions
    /// that fold (they call is.constant or objectsize, ModuleWalk.NeedsFolding) and that every direct call passes
    /// literals, at most 8 and none negative (so that the signed and unsigned orders agree and the range does not
    /// wrap), for some argument.</summary>
    private static Dictionary<int, ArgumentRange?[]>? Candidates(BitcodeModule m, IReadOnlyList<IrFunction> functions)
    {
        var globals = m.Globals;
        // Per global, indexed rather than hashed (every call site asks): per candidate and argument, the literals
        // calls pass, or null once a call passes anything else; and the local callees found not to fold.
        List<long>?[]?[]? values = null;
        bool[]? rejected = null;
        Dictionary<int, IrFunction>? byGlobal = null;
        int count = 0;
        foreach (var f in functions)
            foreach (var site in f.Calls)
            {
                int g = site.CalleeGlobal;
                if (site.Callee != CalleeKind.Global || (uint)g >= (uint)globals.Length || !globals[g].IsLocal) continue;
                if ((values is not null && values[g] is not null) || (rejected is not null && rejected[g]) || !HasLiteral(site.Arguments)) continue;
                byGlobal ??= ByGlobal(functions);
                if (!byGlobal.TryGetValue(g, out var target) || !Folds(m, target))
                {
                    (rejected ??= new bool[globals.Length])[g] = true;
                    continue;
                }
                var args = new List<long>?[target.Body!.ArgumentCount];
                for (int k = 0; k < args.Length; k++) args[k] = [];
                (values ??= new List<long>?[]?[globals.Length])[g] = args;
                count++;
            }
        if (values is null) return null;
        foreach (var f in functions)
            foreach (var site in f.Calls)
                if (site.Callee == CalleeKind.Global && (uint)site.CalleeGlobal < (uint)values.Length && values[site.CalleeGlobal] is { } args)
                    Passes(args, site.Arguments);
        Dictionary<int, ArgumentRange?[]>? result = null;
        for (int g = 0; g < values.Length && count > 0; g++)
        {
            if (values[g] is not { } args) continue;
            count--;
            ArgumentRange?[]? ranges = null;
            for (int k = 0; k < args.Length; k++)
            {
                if (args[k] is not { Count: > 0 and <= MaxRangeValues } literals) continue;
                long lo = literals.Min(), hi = literals.Max();
                if (lo < 0) continue;
                (ranges ??= new ArgumentRange?[args.Length])[k] = new ArgumentRange(lo, hi);
            }
            if (ranges is not null) (result ??= [])[g] = ranges;
        }
        return result;
    }

    /// <summary>True when <paramref name="body"/> compares an argument that has a range (any argument, without
    /// <paramref name="ranges"/>), or a cast of one: only then can a range decide anything.</summary>
    private static bool ComparesArgument(IrBody body, ArgumentRange?[]? ranges)
    {
        var instructions = body.Instructions;
        var ops = body.Operands;
        foreach (ref readonly var inst in instructions)
        {
            if (inst.Op != IrOp.Cmp) continue;
            for (int k = 0; k < inst.Count; k++)
            {
                var v = ops[inst.First + k];
                for (int depth = 0; depth < 4 && v.Kind == IrValueKind.Instruction && (uint)v.Index < (uint)instructions.Length &&
                     instructions[v.Index] is { Op: IrOp.Cast, Count: > 0 } cast; depth++)
                    v = ops[cast.First];
                if (v.Kind == IrValueKind.Argument && (ranges is null || ((uint)v.Index < (uint)ranges.Length && ranges[v.Index] is not null))) return true;
            }
        }
        return false;
    }

    /// <summary>Per global of <paramref name="m"/>: IPSCCP does not track it (for the candidates of
    /// <paramref name="candidates"/>): its address is taken, a call passes it a number of arguments its body does not
    /// have, or, with several members, a function another member may import reaches it.</summary>
    private bool[] Untracked(BitcodeModule m, IReadOnlyList<IrFunction> functions, Dictionary<int, ArgumentRange?[]> candidates)
    {
        var globals = m.Globals;
        var taken = new bool[globals.Length];
        if (m.GlobalsUsedByData is { } data)
            for (int g = 0; g < taken.Length && g < data.Count; g++) taken[g] = data[g];
        var candidate = new bool[globals.Length];
        foreach (int g in candidates.Keys) candidate[g] = true;
        foreach (var f in functions)
        {
            foreach (var site in f.Calls)
                if (site.Callee == CalleeKind.Global && (uint)site.CalleeGlobal < (uint)candidate.Length && candidate[site.CalleeGlobal] &&
                    candidates[site.CalleeGlobal].Length != site.Arguments.Count)
                    taken[site.CalleeGlobal] = true; // a call through another prototype
            if (f.Body is not { } body) continue;
            if (body.HasUnrecordedOperands) { Array.Fill(taken, true); return taken; } // names may hide in what was not recorded
            MarkTaken(body, candidate, taken);
        }
        if (_modules.Count > 1)
        {
            if (_namedElsewhere is null)
            {
                var named = new bool[_defined.Length];
                foreach (var other in _modules)
                {
                    var ids = _names[other];
                    for (int g = 0; g < ids.Length; g++)
                        if (other.Globals[g].IsDeclarationForLinker) named[ids[g]] = true;
                }
                _namedElsewhere = named;
            }
            var (own, elsewhere) = (_names.GetValueOrDefault(m), _namedElsewhere);
            Untrack(m, functions, g => own is not null ? elsewhere[own[g]] : _nameIds.TryGetValue(m.Globals[g].Name, out int id) && elsewhere[id], taken);
        }
        return taken;
    }

    private static bool HasLiteral(IReadOnlyList<Operand> arguments)
    {
        foreach (var a in arguments)
            if (a.Kind == OperandKind.Int) return true;
        return false;
    }

    private static Dictionary<int, IrFunction> ByGlobal(IReadOnlyList<IrFunction> functions)
    {
        var map = new Dictionary<int, IrFunction>();
        foreach (var f in functions)
            if (f.Body is not null) map[f.Global] = f;
        return map;
    }

    /// <summary>True when <paramref name="f"/> calls <c>llvm.is.constant</c> or <c>llvm.objectsize</c> directly: only
    /// such a function is folded further than the pre-link optimiser folded it.</summary>
    private static bool Folds(BitcodeModule m, IrFunction f)
    {
        foreach (var site in f.Calls)
            if (site.Callee == CalleeKind.Global && (uint)site.CalleeGlobal < (uint)m.Globals.Length &&
                FoldingTraitTable.IsTest(m.Globals[site.CalleeGlobal].Name))
                return true;
        return false;
    }

    /// <summary>Records what one direct call passes a candidate's arguments (<paramref name="args"/>); a call with
    /// another number of arguments makes them all unknown.</summary>
    private static void Passes(List<long>?[] args, IReadOnlyList<Operand> arguments)
    {
        for (int k = 0; k < args.Length; k++)
        {
            if (args[k] is not { } list) continue; // some call passes a value that is not a literal
            if (k >= arguments.Count || arguments[k].Kind != OperandKind.Int) { args[k] = null; continue; }
            if (list.Count > MaxRangeValues) continue; // too many already
            if (!list.Contains(arguments[k].Int)) list.Add(arguments[k].Int);
        }
    }

    /// <summary>Marks taken every candidate <paramref name="body"/> names other than as the callee of a call (any
    /// global a constant expression names counts as taken, even as a callee).</summary>
    private static void MarkTaken(IrBody body, bool[] candidate, bool[] taken)
    {
        foreach (var globals in body.ConstantGlobals)
            foreach (int g in globals)
                if ((uint)g < (uint)taken.Length) taken[g] = true;
        var ops = body.Operands;
        foreach (ref readonly var inst in body.Instructions)
        {
            int callee = inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr ? inst.CalleeOperand : -1;
            for (int k = 0; k < inst.Count; k++)
                if (ops[inst.First + k] is { Kind: IrValueKind.Global } v && k != callee && (uint)v.Index < (uint)candidate.Length && candidate[v.Index])
                    taken[v.Index] = true;
        }
    }

    /// <summary>With several members: marks taken every function a chain of direct calls reaches from a function
    /// another member may import (one it names, or one whose address is taken), so that it is not tracked.</summary>
    private static void Untrack(BitcodeModule m, IReadOnlyList<IrFunction> functions, Func<int, bool> namedElsewhere, bool[] taken)
    {
        var sites = new Dictionary<int, IReadOnlyList<CallSite>>();
        var reached = new bool[taken.Length];
        var work = new Stack<int>();
        foreach (var f in functions)
        {
            int g = f.Global;
            if ((uint)g >= (uint)taken.Length) continue;
            sites[g] = f.Calls;
            if (taken[g] || (!m.Globals[g].IsLocal && namedElsewhere(g))) { reached[g] = true; work.Push(g); }
        }
        while (work.Count > 0)
        {
            if (!sites.TryGetValue(work.Pop(), out var calls)) continue;
            foreach (var site in calls)
                if (site.Callee == CalleeKind.Global && (uint)site.CalleeGlobal < (uint)reached.Length && !reached[site.CalleeGlobal])
                {
                    reached[site.CalleeGlobal] = true;
                    work.Push(site.CalleeGlobal);
                }
        }
        for (int g = 0; g < taken.Length; g++) taken[g] |= reached[g];
    }
}
