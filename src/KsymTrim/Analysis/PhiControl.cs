using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    /// <summary>
    /// A folding rule, the control half of a phi's taint. A phi with an incoming value the backend knows (a constant, a
    /// global's address, or a local variable's, whose object size it knows) becomes that value in a copy where the
    /// edges of its other values die, and <c>__builtin_constant_p</c> or <c>__builtin_object_size</c> of it with it: a
    /// size set to 10000 on one branch and read on the other, in a function the backend inlines where the branch is
    /// decided. An edge dies when a branch that may be decided (<see cref="BranchCuts"/>) cuts it off. The phi is kept
    /// from that when, whenever an edge of a known value lives, so does an edge of another value (not known: an
    /// instruction or an argument, untainted or the phi would be tainted already; or another integer): it leaves its
    /// block by a branch that cannot be decided, and that block is reached whenever the known value's block is, or
    /// the phi's, or the entry (<see cref="BranchCuts.AlwaysReached"/>). Adds to <paramref name="phis"/> (by
    /// instruction) the untainted phis of <see cref="ControlFlow.KnownPhis"/> that are not kept (every one when
    /// <paramref name="everyPhi"/>); true when it added one.
    /// </summary>
    internal static bool ControlTaint(IrBody body, ControlFlow flow, bool[] tainted, bool settled, bool[]? arguments, ref bool[]? phis, bool everyPhi)
    {
        BranchCuts? cuts = null;
        bool added = false;
        foreach (int i in flow.KnownPhis)
        {
            if (tainted[i] || (phis is not null && phis[i])) continue;
            if (!everyPhi && KeptFromCuts(body, i, cuts ??= new BranchCuts(flow, body, Untainted))) continue;
            (phis ??= new bool[body.Instructions.Length])[i] = true;
            added = true;
        }
        return added;

        // a condition that cannot become constant (a constant one the pre-link optimiser would have folded: not counted)
        bool Untainted(IrValue v) => v.Kind switch
        {
            IrValueKind.Instruction => (uint)v.Index < (uint)tainted.Length && !tainted[v.Index],
            IrValueKind.Argument => settled && (arguments is null || (uint)v.Index >= (uint)arguments.Length || !arguments[v.Index]),
            _ => false,
        };
    }

    /// <summary>True when phi <paramref name="phi"/> has an incoming value the backend knows (see <see cref="ControlTaint"/>).</summary>
    internal static bool HasKnownIncoming(IrBody body, int phi)
    {
        var inst = body.Instructions[phi];
        for (int k = 0; k < inst.Count; k += 2)
            if (IsKnown(body, body.Operands[inst.First + k])) return true;
        return false;
    }

    /// <summary>A value whose constant or object size the backend knows: anything but an instruction or an argument,
    /// and a local variable's address (through casts and element pointers).</summary>
    private static bool IsKnown(IrBody body, IrValue v)
    {
        if (v.Kind == IrValueKind.Argument) return false;
        if (v.Kind != IrValueKind.Instruction) return true;
        var root = AddressRoot(body, v, 7);
        if (root.Kind == IrValueKind.Argument) return false;
        if (root.Kind != IrValueKind.Instruction) return true; // a constant, or past the depth: as known
        return (uint)root.Index >= (uint)body.Instructions.Length || body.Instructions[root.Index].Op == IrOp.Alloca;
    }

    /// <summary>The rule of <see cref="ControlTaint"/> for one phi: for every incoming edge of a known value, an edge
    /// of another value (not known, or another integer) lives whenever it does.</summary>
    internal static bool KeptFromCuts(IrBody body, int phi, BranchCuts cuts)
    {
        var inst = body.Instructions[phi];
        var operands = body.Operands;
        for (int k = 0; k + 1 < inst.Count; k += 2)
        {
            var value = operands[inst.First + k];
            var known = operands[inst.First + k + 1];
            if (!IsKnown(body, value) || known.Kind != IrValueKind.Block) continue;
            bool kept = false;
            for (int u = 0; u + 1 < inst.Count && !kept; u += 2)
            {
                var other = operands[inst.First + u];
                var from = operands[inst.First + u + 1];
                if (from.Kind != IrValueKind.Block || from.Index == known.Index || !Differs(body, value, other)) continue;
                kept = cuts.AlwaysReached(from.Index, known.Index, inst.Block);
            }
            if (!kept) return false;
        }
        return true;
    }

    /// <summary>True when the value <paramref name="other"/> cannot be the known value <paramref name="known"/>: it is
    /// not known, or both are integers that differ (not null: it may be undef, which a phi may take to be the other).</summary>
    private static bool Differs(IrBody body, IrValue known, IrValue other) =>
        !IsKnown(body, other) || (known.Kind == IrValueKind.Int && other.Kind == IrValueKind.Int && known.Int != other.Int);
}

/// <summary>
/// The blocks of one function and their edges, as <see cref="BitcodeModuleSet.ControlTaint"/> reads them: each
/// block's terminator, its distinct successors and predecessors (none recorded for a terminator the reader does not
/// follow, <see cref="IrOp.OtherTerminator"/>: no block is claimed reached through it), and the phis with a known
/// incoming value. Made once per body (<see cref="Of"/>) and shared by every taint of it.
/// </summary>
internal sealed class ControlFlow
{
    public readonly int Blocks;
    /// <summary>Per block: its terminator's instruction, or -1 (a malformed body).</summary>
    public readonly int[] Terminators;
    /// <summary>The distinct successors of block b are <c>Successors[SuccessorStart[b]..SuccessorStart[b + 1]]</c>.</summary>
    public readonly int[] SuccessorStart, Successors;
    /// <summary>The distinct predecessors of block b are <c>Predecessors[PredecessorStart[b]..PredecessorStart[b + 1]]</c>.</summary>
    public readonly int[] PredecessorStart, Predecessors;
    private readonly IrBody _body;
    private int[]? _knownPhis;

    /// <summary>The phis with a known incoming value (<see cref="BitcodeModuleSet.HasKnownIncoming"/>), in order
    /// (found on first use: the helpers of <see cref="TaintView"/> need only the edges).</summary>
    public int[] KnownPhis => _knownPhis ??= FindKnownPhis(_body); // the same array whichever thread finds it first

    private static int[] FindKnownPhis(IrBody body)
    {
        var instructions = body.Instructions;
        var phis = new List<int>();
        for (int i = 0; i < instructions.Length; i++)
            if (instructions[i].Op == IrOp.Phi && BitcodeModuleSet.HasKnownIncoming(body, i)) phis.Add(i);
        return [.. phis];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IrBody, ControlFlow> Cache = new();

    /// <summary>The control flow of <paramref name="body"/>, made on the first question about it.</summary>
    public static ControlFlow Of(IrBody body) => Cache.GetValue(body, static b => new ControlFlow(b));

    private ControlFlow(IrBody body)
    {
        _body = body;
        var instructions = body.Instructions;
        var operands = body.Operands;
        Blocks = Math.Max(body.BlockCount, 1);
        Terminators = new int[Blocks];
        Array.Fill(Terminators, -1);
        SuccessorStart = new int[Blocks + 1];
        PredecessorStart = new int[Blocks + 1];
        int edges = 0;
        for (int i = 0; i < instructions.Length; i++)
        {
            ref readonly var inst = ref instructions[i];
            if (inst.Op is not (IrOp.Br or IrOp.Switch or IrOp.IndirectBr or IrOp.Invoke or IrOp.CallBr or IrOp.OtherTerminator) ||
                (uint)inst.Block >= (uint)Blocks) continue;
            Terminators[inst.Block] = i;
            edges += inst.Count;
        }
        var successors = new int[edges];
        int count = 0;
        var seen = new int[Blocks]; // the block + 1 whose successors last listed each block
        for (int b = 0; b < Blocks; b++)
        {
            SuccessorStart[b] = count;
            if (Terminators[b] < 0) continue;
            var inst = instructions[Terminators[b]];
            if (inst.Op == IrOp.OtherTerminator) continue; // its successors are not recorded: none is claimed
            foreach (var v in operands.Slice(inst.First, inst.Count))
            {
                if (v.Kind != IrValueKind.Block || (uint)v.Index >= (uint)Blocks || seen[v.Index] == b + 1) continue;
                seen[v.Index] = b + 1;
                successors[count++] = v.Index;
            }
        }
        SuccessorStart[Blocks] = count;
        Successors = count == edges ? successors : successors.AsSpan(0, count).ToArray();
        // predecessors: the successor lists turned around (a counting sort by target)
        foreach (int s in Successors) PredecessorStart[s + 1]++;
        for (int b = 0; b < Blocks; b++) PredecessorStart[b + 1] += PredecessorStart[b];
        Predecessors = new int[Successors.Length];
        var fill = PredecessorStart.AsSpan(0, Blocks).ToArray();
        for (int b = 0; b < Blocks; b++)
            for (int e = SuccessorStart[b]; e < SuccessorStart[b + 1]; e++)
                Predecessors[fill[Successors[e]]++] = b;
    }

    /// <summary>True when <paramref name="block"/> may run more than once per call: a path from it leads back to it,
    /// or to a terminator whose successors are not recorded (which may go anywhere). True out of range. Found for every
    /// block on the first question (<see cref="FindCycles"/>).</summary>
    public bool InCycle(int block) => (uint)block >= (uint)Blocks || (_cycles ??= FindCycles())[block];

    private bool[]? _cycles; // the same array whichever thread finds it first

    /// <summary>Per block, <see cref="InCycle"/>: the blocks from which a terminator whose successors are not recorded
    /// can be reached (backwards from those), and those of a strongly connected component with a cycle in it (more
    /// than one block, or an edge to itself; Tarjan's algorithm, without recursion).</summary>
    private bool[] FindCycles()
    {
        int n = Blocks;
        var cyclic = new bool[n];
        var work = new Stack<int>();
        for (int b = 0; b < n; b++)
            if (Terminators[b] >= 0 && _body.Instructions[Terminators[b]].Op == IrOp.OtherTerminator) { cyclic[b] = true; work.Push(b); }
        while (work.Count > 0)
        {
            int b = work.Pop();
            for (int e = PredecessorStart[b]; e < PredecessorStart[b + 1]; e++)
                if (!cyclic[Predecessors[e]]) { cyclic[Predecessors[e]] = true; work.Push(Predecessors[e]); }
        }
        var index = new int[n];
        var low = new int[n];
        var open = new bool[n]; // on the component stack
        Array.Fill(index, -1);
        var components = new Stack<int>();
        var path = new Stack<(int Block, int Edge)>(); // the depth-first path, each block with its next edge to follow
        var members = new List<int>();
        int next = 0;
        for (int start = 0; start < n; start++)
        {
            if (index[start] >= 0) continue;
            Enter(start);
            while (path.Count > 0)
            {
                var (b, e) = path.Pop();
                if (e < SuccessorStart[b + 1])
                {
                    path.Push((b, e + 1));
                    int s = Successors[e];
                    if (index[s] < 0) Enter(s);
                    else if (open[s]) low[b] = Math.Min(low[b], index[s]);
                    continue;
                }
                // every edge of b followed: its parent learns how low it reaches, and a component's root takes it off
                if (path.Count > 0) low[path.Peek().Block] = Math.Min(low[path.Peek().Block], low[b]);
                if (low[b] != index[b]) continue;
                members.Clear();
                int w;
                do { w = components.Pop(); open[w] = false; members.Add(w); } while (w != b);
                bool cycle = members.Count > 1 || Successors.AsSpan(SuccessorStart[b], SuccessorStart[b + 1] - SuccessorStart[b]).Contains(b);
                if (cycle) foreach (int m in members) cyclic[m] = true;
            }
        }
        return cyclic;

        void Enter(int b)
        {
            index[b] = low[b] = next++;
            components.Push(b);
            open[b] = true;
            path.Push((b, SuccessorStart[b]));
        }
    }
}

/// <summary>
/// The control flow of one function as the LTO backend may cut it, for one taint. A branch may be decided when its
/// condition is tainted (it may become constant), and then only one of its edges lives; an invoke's unwind edge
/// dies if its callee turns out not to unwind; any other terminator whose successors the reader does not record may
/// go anywhere. An unconditional branch, an asm goto, and a branch, switch or indirect branch on an untainted value
/// keep every edge (they are steady). Blocks die only by such cuts (a call the backend finds never returns is not
/// foreseen).
/// </summary>
internal sealed class BranchCuts
{
    // the most AlwaysReached sets one instance computes; past it, nothing more is claimed always reached
    private const int MaxSets = 128;

    private readonly ControlFlow _flow;
    private readonly IrBody _body;
    private readonly Func<IrValue, bool> _untainted;
    private readonly sbyte[] _steady; // per block: 1 when it keeps every edge out of it, -1 when not, 0 not asked yet
    private readonly int[] _remaining, _stamps, _stack; // Set's work arrays
    private int _stamp;
    private readonly Dictionary<int, ulong[]> _sets = [];

    /// <summary>The cuts of <paramref name="body"/> when <paramref name="untainted"/> says which conditions cannot become
    /// constant (asked only about the branches a question needs).</summary>
    public BranchCuts(ControlFlow flow, IrBody body, Func<IrValue, bool> untainted)
    {
        _flow = flow;
        _body = body;
        _untainted = untainted;
        _steady = new sbyte[flow.Blocks];
        _remaining = new int[flow.Blocks];
        _stamps = new int[flow.Blocks];
        _stack = new int[flow.Blocks];
    }

    /// <summary>True when block <paramref name="b"/> keeps every edge out of it: an unconditional branch, an asm goto,
    /// or a branch, switch or indirect branch on an untainted value.</summary>
    private bool Steady(int b)
    {
        if (_steady[b] != 0) return _steady[b] > 0;
        bool steady = false;
        if (_flow.Terminators[b] >= 0) // else a ret or unreachable: no edge
        {
            var inst = _body.Instructions[_flow.Terminators[b]];
            var operands = _body.Operands;
            steady = inst.Op switch
            {
                IrOp.Br => inst.Count == 1 || (inst.Count == 3 && _untainted(operands[inst.First])),
                IrOp.Switch or IrOp.IndirectBr => inst.Count > 0 && _untainted(operands[inst.First]),
                IrOp.CallBr => true, // the asm decides at run time, whatever the backend learns
                _ => false,
            };
        }
        _steady[b] = steady ? (sbyte)1 : (sbyte)-1;
        return steady;
    }

    /// <summary>True when block <paramref name="block"/> leaves to each successor in every copy in which it is
    /// reached, and is reached whenever <paramref name="whenever"/> is (or a block every path to it crosses: through
    /// unique predecessors), or <paramref name="orWhenever"/> is, or always (from the entry).</summary>
    public bool AlwaysReached(int block, int whenever, int orWhenever)
    {
        var flow = _flow;
        if ((uint)block >= (uint)flow.Blocks || !Steady(block) || Set(block) is not { } set) return false;
        if (Has(set, 0) || ((uint)orWhenever < (uint)flow.Blocks && Has(set, orWhenever))) return true;
        for (int b = whenever, steps = 0; (uint)b < (uint)flow.Blocks && steps < 64; steps++)
        {
            if (Has(set, b)) return true;
            if (b == 0 || flow.PredecessorStart[b + 1] - flow.PredecessorStart[b] != 1) return false;
            b = flow.Predecessors[flow.PredecessorStart[b]];
        }
        return false;
    }

    private static bool Has(ulong[] set, int block) => (set[block >> 6] & (1UL << block)) != 0;

    /// <summary>The blocks from which <paramref name="target"/> is reached in every copy, as a bit set: itself; a steady
    /// block with a successor among them; a block whose every successor (all recorded) is among them, whichever its
    /// branch keeps. Null past <see cref="MaxSets"/>.</summary>
    private ulong[]? Set(int target)
    {
        if (_sets.TryGetValue(target, out var known)) return known;
        if (_sets.Count >= MaxSets) return null;
        var flow = _flow;
        var set = new ulong[(flow.Blocks + 63) >> 6];
        // the successors of each block not in the set yet, counted down from its first look (stamped per set)
        int stamp = ++_stamp;
        var remaining = _remaining;
        var stack = _stack;
        int top = 0;
        set[target >> 6] |= 1UL << target;
        stack[top++] = target;
        while (top > 0)
        {
            int x = stack[--top];
            for (int e = flow.PredecessorStart[x]; e < flow.PredecessorStart[x + 1]; e++)
            {
                int p = flow.Predecessors[e];
                if (Has(set, p)) continue;
                if (_stamps[p] != stamp)
                {
                    _stamps[p] = stamp;
                    remaining[p] = flow.SuccessorStart[p + 1] - flow.SuccessorStart[p];
                }
                if (--remaining[p] > 0 && !Steady(p)) continue;
                set[p >> 6] |= 1UL << p;
                stack[top++] = p;
            }
        }
        _sets[target] = set;
        return set;
    }
}
