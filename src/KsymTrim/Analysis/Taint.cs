using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    /// <summary>Where an instruction's taint comes from.</summary>
    internal enum TaintSource
    {
        /// <summary>From its operands, those from <c>from</c> on (a call's arguments; every operand otherwise).</summary>
        Operands,
        /// <summary>Nowhere: an alloca, inline asm, an indirect call or an external function's result is opaque.</summary>
        Opaque,
        /// <summary>A call to a function that may be inlined: tainted whatever its operands.</summary>
        Inlinable,
    }

    /// <summary>The one rule the taint passes and <see cref="TaintView"/> share: what an instruction's taint depends on.</summary>
    internal static TaintSource TaintSourceOf(in IrInstruction inst, ReadOnlySpan<IrValue> operands, GlobalTraits[] inlining, out int from)
    {
        from = 0;
        if (inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr)
        {
            from = inst.CalleeOperand;
            var callee = from < inst.Count ? operands[inst.First + from] : default;
            if (callee.Kind != IrValueKind.Global || (uint)callee.Index >= (uint)inlining.Length)
                return TaintSource.Opaque; // inline asm or an indirect call
            var cf = inlining[callee.Index];
            if ((cf & GlobalTraits.Intrinsic) == 0)
                return (cf & GlobalTraits.Declaration) == 0 || (cf & GlobalTraits.Defined) != 0 ? TaintSource.Inlinable : TaintSource.Opaque;
            from++;
            return TaintSource.Operands;
        }
        return inst.Op == IrOp.Alloca ? TaintSource.Opaque : TaintSource.Operands;
    }

    /// <summary>
    /// A folding rule: the load <paramref name="load"/> from the local variable <paramref name="alloca"/> reads what an
    /// opaque call (an indirect call, inline asm, or a function no member defines) wrote there, so the LTO backend
    /// cannot know its value, even after inlining: the load is not a source of taint. Scanning back from the load
    /// (through blocks with one predecessor, which every path to the load passes through), the first instruction
    /// that might decide what the variable holds must be such a call given the variable's address (or a cast or
    /// element of it). On the way, only these may come: stores and atomics to memory that cannot be the variable (an
    /// argument's, a global's or another local's, reached through casts and element pointers), opaque calls not given
    /// the address (what they write there is as unknown), and intrinsics that write no memory. Anything else (a store
    /// to the variable or through a pointer from memory, a call some member defines, any other intrinsic, an invoke,
    /// the entry block) leaves the load tainted.
    /// </summary>
    internal static bool ReadsOpaqueWrite(IrBody body, int load, int alloca, GlobalTraits[] inlining)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        if ((uint)load >= (uint)instructions.Length) return false;
        int block = instructions[load].Block, visited = 0;
        for (int j = load - 1; ; j--)
        {
            if (j < 0 || instructions[j].Block != block)
            {
                // the start of the block: go on in its one predecessor, which every path to the load passes through
                if (++visited > MaxScannedBlocks || UniquePredecessorTerminator(body, block) is not (>= 0 and var terminator)) return false;
                if (instructions[terminator].Op is not (IrOp.Br or IrOp.Switch)) return false;
                block = instructions[terminator].Block;
                j = terminator;
                continue;
            }
            var inst = instructions[j];
            switch (inst.Op)
            {
                case IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg:
                    if (inst.Count == 0 || !CannotBe(body, operands[inst.First], alloca)) return false;
                    continue;
                case IrOp.Other or IrOp.Invoke or IrOp.CallBr:
                    return false;
                case IrOp.Call:
                {
                    bool given = false;
                    for (int k = inst.CalleeOperand + 1; k < inst.Count && !given; k++)
                        given = DerivesFrom(body, operands[inst.First + k], alloca, 4);
                    var source = TaintSourceOf(inst, operands, inlining, out _);
                    if (given) return source == TaintSource.Opaque;
                    if (source == TaintSource.Opaque) continue; // what it writes there is as unknown
                    var callee = operands[inst.First + inst.CalleeOperand];
                    if (callee.Kind == IrValueKind.Global && (uint)callee.Index < (uint)inlining.Length &&
                        (inlining[callee.Index] & GlobalTraits.WritesNoMemory) != 0) continue;
                    return false;
                }
            }
        }
    }

    /// <summary>True when the address <paramref name="v"/> cannot be the local variable <paramref name="alloca"/>:
    /// through casts and element pointers it comes from an argument (which existed before the variable), a global or
    /// another local variable.</summary>
    private static bool CannotBe(IrBody body, IrValue v, int alloca)
    {
        var root = AddressRoot(body, v, 7);
        return root.Kind is IrValueKind.Argument or IrValueKind.Global
            || (root.Kind == IrValueKind.Instruction && root.Index != alloca && body.Instructions[root.Index].Op == IrOp.Alloca);
    }

    // how many blocks ReadsOpaqueWrite follows back through unique predecessors
    private const int MaxScannedBlocks = 16;

    // per body: each block's unique predecessor's terminator (UniquePredecessorTerminator), computed once per body
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IrBody, int[]> UniquePredecessors = new();

    /// <summary>The terminator of the one block that branches to <paramref name="block"/>, or -1 when there are
    /// none or several (or the entry block). The table of every block is made on the first question about a body.</summary>
    private static int UniquePredecessorTerminator(IrBody body, int block)
    {
        var table = UniquePredecessors.GetValue(body, UniquePredecessorTable);
        return (uint)block < (uint)table.Length ? table[block] : -1;
    }

    private static int[] UniquePredecessorTable(IrBody body)
    {
        var instructions = body.Instructions;
        int blocks = Math.Max(body.BlockCount, 1);
        var found = new int[blocks];
        Array.Fill(found, -1);
        const int Several = -2;
        for (int i = 0; i < instructions.Length; i++)
        {
            var inst = instructions[i];
            if (inst.Op is not (IrOp.Br or IrOp.Switch or IrOp.IndirectBr or IrOp.Invoke or IrOp.CallBr or IrOp.OtherTerminator)) continue;
            if (inst.Op == IrOp.OtherTerminator) { Array.Fill(found, Several); break; } // its successors are not recorded
            foreach (var v in body.Operands.Slice(inst.First, inst.Count))
            {
                if (v.Kind != IrValueKind.Block || (uint)v.Index >= (uint)blocks) continue;
                int had = found[v.Index];
                if (had == -1) found[v.Index] = i;
                else if (had >= 0 && instructions[had].Block != inst.Block) found[v.Index] = Several;
            }
        }
        found[0] = Several; // the entry block is entered from outside too
        for (int b = 0; b < blocks; b++) if (found[b] == Several) found[b] = -1;
        return found;
    }

    /// <summary>True when <paramref name="v"/> is instruction <paramref name="alloca"/>, or a cast or element pointer of
    /// it (through at most <paramref name="depth"/> of them).</summary>
    private static bool DerivesFrom(IrBody body, IrValue v, int alloca, int depth) =>
        AddressRoot(body, v, depth) is { Kind: IrValueKind.Instruction } root && root.Index == alloca;

    /// <summary>What the address <paramref name="v"/> is a cast or element pointer of, through at most
    /// <paramref name="depth"/> of them (the value reached then, or <c>default</c> past the depth or out of range).</summary>
    private static IrValue AddressRoot(IrBody body, IrValue v, int depth)
    {
        for (; depth >= 0; depth--)
        {
            if (v.Kind != IrValueKind.Instruction) return v;
            if ((uint)v.Index >= (uint)body.Instructions.Length) return default;
            var inst = body.Instructions[v.Index];
            if (inst.Op is not (IrOp.Cast or IrOp.Gep) || inst.Count == 0) return v;
            v = body.Operands[inst.First];
        }
        return default;
    }

    /// <summary>The taint of <paramref name="f"/> (see <see cref="Taint"/>), from the iteration when it was computed
    /// there. Computed in <paramref name="scratch"/>: the view may be one of its marks (see <see cref="TaintView"/>).</summary>
    internal TaintView TaintOf(BitcodeModule module, IrFunction f, IrBody body, AnalysisScratch scratch)
    {
        if (_settled && _taint.TryGetValue(f, out var t)) return new TaintView(t);
        int back = BackReferences(body);
        if (back > MaxSettledBackReferences) return new TaintView(Taint(module, f, body, scratch));
        return TaintOnDemand(module, f, body, scratch);
    }

    /// <summary>The taint of <paramref name="f"/> when its arguments are fixed (each a known constant, or a value that
    /// stays unknown): the taint from every other source (<see cref="Taint"/>), for a fold in one calling context.</summary>
    internal TaintView TaintWithoutArguments(BitcodeModule module, IrFunction f, IrBody body, AnalysisScratch scratch)
    {
        int back = BackReferences(body);
        if (back > MaxSettledBackReferences) return new TaintView(Taint(module, f, body, scratch, withoutArguments: true));
        return new TaintView(body, InliningTraitsOf(module), settled: true, arguments: null, scratch);
    }

    /// <summary>The taint of <paramref name="f"/> computed per instruction by <see cref="TaintView"/> in the marks of
    /// <paramref name="scratch"/>: equal to <see cref="Taint"/>'s for every instruction when <see cref="PassesSettle"/>.</summary>
    internal TaintView TaintOnDemand(BitcodeModule module, IrFunction f, IrBody body, AnalysisScratch scratch)
    {
        _facts.TryGetValue(NameOf(module, f), out var facts); // read-only once built: no copy needed
        return new TaintView(body, InliningTraitsOf(module), _settled, facts?.Flags, scratch);
    }

    /// <summary>True when <see cref="Taint"/>'s passes always settle on <paramref name="body"/>
    /// (<see cref="MaxSettledBackReferences"/>).</summary>
    internal static bool PassesSettle(IrBody body) => BackReferences(body) <= MaxSettledBackReferences;

    // Taint's passes: pass 0, then up to 31 more while some instruction changed; still changing in the last: all tainted
    private const int TaintPasses = 32;

    /// <summary>The most <see cref="BackReferences"/> with which <see cref="Taint"/>'s passes always settle: an
    /// instruction first tainted in pass p (p &gt; 0) reads one tainted in pass p - 1 at or after it, or one tainted
    /// in pass p before it; following those reads back to pass 0 crosses p distinct operand slots that read an
    /// instruction at or after their own. With at most 30 of them every instruction is tainted by pass 30, pass 31
    /// changes nothing, and the taint is the least fixed point (<see cref="TaintView"/> computes it per instruction).</summary>
    private const int MaxSettledBackReferences = TaintPasses - 2;

    /// <summary>The operand slots of <paramref name="body"/> that read an instruction at or after their own, counted
    /// up to one more than <see cref="MaxSettledBackReferences"/>.</summary>
    private static int BackReferences(IrBody body) =>
        body.ForwardReferences >= 0
            ? Math.Min(body.ForwardReferences, MaxSettledBackReferences + 1) // the reader counted them
            : CountBackReferences(body, MaxSettledBackReferences + 1);

    /// <summary>The operand slots of <paramref name="body"/> that read an instruction at or after their own, counted
    /// up to <paramref name="cap"/> (what the reader counts as <see cref="IrBody.ForwardReferences"/>).</summary>
    internal static int CountBackReferences(IrBody body, int cap)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        int n = instructions.Length, count = 0;
        for (int i = 0; i < n; i++)
        {
            var inst = instructions[i];
            foreach (var v in operands.Slice(inst.First, inst.Count))
                if (v.Kind == IrValueKind.Instruction && v.Index >= i && v.Index < n && ++count >= cap) return count;
        }
        return count;
    }

    /// <summary>
    /// Per instruction of <paramref name="f"/>: its value may become a constant in the LTO backend. That is so
    /// when it derives from an argument that may receive a constant, from the result of a call to a function a
    /// member defines (inlining may return a constant), or from memory a local variable holds (once its address
    /// no longer escapes, the store may be forwarded); inline asm outputs and external calls are opaque. The passes'
    /// candidates are kept in <paramref name="scratch"/>; the result is the caller's.
    /// </summary>
    internal bool[] Taint(BitcodeModule module, IrFunction f, IrBody body, AnalysisScratch scratch, bool withoutArguments = false)
    {
        string self = NameOf(module, f);
        int n = body.Instructions.Length;
        var tainted = new bool[n];
        var ops = body.Operands;
        var inlining = InliningTraitsOf(module);
        // ArgumentMayBeConstant(self, k), looked up once: nothing changes the flags while the taint is computed
        bool settled = _settled || withoutArguments;
        bool[]? selfArguments = null;
        if (!withoutArguments && _facts.TryGetValue(self, out var facts)) selfArguments = facts.Flags;
        // Pass 0 looks at every instruction. What decides an instruction besides its operands' taint (its callee,
        // being an alloca, an argument operand, a load from an alloca) does not change between passes, so a later
        // pass can only taint an instruction pass 0 left untainted that reads some instruction: those candidates,
        // in instruction order, are all later passes visit (the same passes, in the same order, as visiting all).
        var candidates = scratch.TaintCandidates;
        int count = 0;
        bool changed = false;
        for (int i = 0; i < n; i++)
        {
            var inst = body.Instructions[i];
            var source = TaintSourceOf(inst, ops, inlining, out int from);
            if (source == TaintSource.Opaque) continue;
            bool t = source == TaintSource.Inlinable;
            bool readsInstruction = false;
            for (int k = from; !t && k < inst.Count; k++)
            {
                var v = ops[inst.First + k];
                switch (v.Kind)
                {
                    case IrValueKind.Argument:
                        t = !settled || (selfArguments is not null && (uint)v.Index < (uint)selfArguments.Length && selfArguments[v.Index]);
                        break;
                    case IrValueKind.Instruction when (uint)v.Index < (uint)n:
                        t = tainted[v.Index] || (inst.Op == IrOp.Load && body.Instructions[v.Index].Op == IrOp.Alloca
                                                     && !ReadsOpaqueWrite(body, i, v.Index, inlining));
                        readsInstruction = true;
                        break;
                }
            }
            if (t) { tainted[i] = true; changed = true; }
            else if (readsInstruction)
            {
                if (count == candidates.Length) Array.Resize(ref candidates, Math.Max(64, 2 * count));
                candidates[count++] = (i << 1) | (from != 0 ? 1 : 0);
            }
        }
        for (int pass = 1; changed && pass < TaintPasses; pass++)
        {
            changed = false;
            int kept = 0;
            for (int c = 0; c < count; c++)
            {
                int i = candidates[c] >> 1;
                var inst = body.Instructions[i];
                int from = (candidates[c] & 1) != 0 ? inst.CalleeOperand + 1 : 0;
                bool t = false;
                for (int k = from; k < inst.Count; k++)
                    if (ops[inst.First + k] is { Kind: IrValueKind.Instruction } v && (uint)v.Index < (uint)n && tainted[v.Index]) { t = true; break; }
                if (t) { tainted[i] = true; changed = true; }
                else candidates[kept++] = candidates[c];
            }
            count = kept;
        }
        scratch.TaintCandidates = candidates;
        if (changed) Array.Fill(tainted, true); // did not settle: trust nothing
        return tainted;
    }
}

/// <summary>
/// The taint of a function's instructions (<see cref="BitcodeModuleSet.Taint"/>): from its array, or computed for
/// one instruction at a time when the passes are known to settle (the least fixed point then: an instruction is
/// tainted when it is tainted itself or reads, transitively, one that is), looking only at what it reads.
/// </summary>
/// <remarks>An on-demand view works in the marks of the <see cref="AnalysisScratch"/> it was given, which remember
/// the instructions it found untainted; making it makes it the owner of those marks. It is valid until the next
/// on-demand view is made from the same scratch: asking an older one throws <see cref="InvalidOperationException"/>.
/// A view of an array holds nothing of a scratch.</remarks>
internal sealed class TaintView
{
    private readonly bool[]? _array;
    private readonly IrBody? _body;
    private readonly GlobalTraits[] _inlining = [];
    private readonly bool _settled;
    private readonly bool[]? _arguments;
    private readonly AnalysisScratch? _scratch;

    public TaintView(bool[] tainted) => _array = tainted;

    public TaintView(IrBody body, GlobalTraits[] inlining, bool settled, bool[]? arguments, AnalysisScratch scratch)
    {
        _body = body;
        _inlining = inlining;
        _settled = settled;
        _arguments = arguments;
        _scratch = scratch;
        int n = body.Instructions.Length;
        if (scratch.TaintMarks.Length < n)
        {
            // larger, cleared marks: no stamp matches them
            scratch.TaintMarks = new int[Math.Max(n, Math.Max(64, 2 * scratch.TaintMarks.Length))];
            scratch.TaintQueue = new int[scratch.TaintMarks.Length];
        }
        scratch.TaintOwner = this;
        scratch.TaintClean = NextStamp(scratch);
        scratch.TaintDirty = NextStamp(scratch);
    }

    /// <summary>A new stamp of <paramref name="s"/>'s marks. When the stamps run out, the marks are cleared and the
    /// owner's clean stamp renewed: it forgets what it knew, and no older stamp matches.</summary>
    private static int NextStamp(AnalysisScratch s)
    {
        if (s.TaintStamp == int.MaxValue)
        {
            Array.Clear(s.TaintMarks);
            s.TaintStamp = 0;
            s.TaintClean = ++s.TaintStamp;
            s.TaintDirty = ++s.TaintStamp;
        }
        return ++s.TaintStamp;
    }

    /// <summary>True when instruction <paramref name="index"/> is tainted (false out of range).</summary>
    public bool IsTainted(int index)
    {
        if (_array is not null) return (uint)index < (uint)_array.Length && _array[index];
        if ((uint)index >= (uint)_body!.Instructions.Length) return false;
        var s = _scratch!;
        if (!ReferenceEquals(s.TaintOwner, this)) ThrowSuperseded();
        int query = NextStamp(s);
        int clean = s.TaintClean, dirty = s.TaintDirty;
        var marks = s.TaintMarks;
        if (marks[index] == clean) return false;
        if (marks[index] == dirty) return true;
        if (Reaches(index, query, clean, dirty))
        {
            marks[index] = dirty; // asked again (as an operand of later queries, often), it answers at once
            return true;
        }
        return false;
    }

    /// <summary>The search of <see cref="IsTainted"/>: true when something tainted reaches <paramref name="index"/>;
    /// when nothing does, every instruction it visited is marked <paramref name="clean"/>.</summary>
    private bool Reaches(int index, int query, int clean, int dirty)
    {
        var body = _body!;
        var instructions = body.Instructions;
        var operands = body.Operands;
        int n = instructions.Length;
        var s = _scratch!;
        var marks = s.TaintMarks;
        var queue = s.TaintQueue;
        int head = 0, tail = 0;
        marks[index] = query;
        queue[tail++] = index;
        while (head < tail)
        {
            int i = queue[head++];
            var inst = instructions[i];
            var source = BitcodeModuleSet.TaintSourceOf(inst, operands, _inlining, out int from);
            if (source == BitcodeModuleSet.TaintSource.Opaque) continue;
            // a source of taint found is marked so (dirty): the searches of later queries stop at it
            if (source == BitcodeModuleSet.TaintSource.Inlinable) { marks[i] = dirty; return true; }
            for (int k = from; k < inst.Count; k++)
            {
                var v = operands[inst.First + k];
                switch (v.Kind)
                {
                    case IrValueKind.Argument:
                        if (!_settled || (_arguments is not null && (uint)v.Index < (uint)_arguments.Length && _arguments[v.Index])) { marks[i] = dirty; return true; }
                        break;
                    case IrValueKind.Instruction when (uint)v.Index < (uint)n:
                        if (inst.Op == IrOp.Load && instructions[v.Index].Op == IrOp.Alloca
                            && !BitcodeModuleSet.ReadsOpaqueWrite(body, i, v.Index, _inlining)) { marks[i] = dirty; return true; }
                        if (marks[v.Index] == dirty) { marks[i] = dirty; return true; }
                        if (marks[v.Index] != query && marks[v.Index] != clean)
                        {
                            marks[v.Index] = query;
                            queue[tail++] = v.Index;
                        }
                        break;
                }
            }
        }
        // nothing tainted reaches any of them: none is tainted
        for (int q = 0; q < tail; q++) marks[queue[q]] = clean;
        return false;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowSuperseded() =>
        throw new InvalidOperationException("A newer TaintView was made from the same AnalysisScratch: this one's marks are gone.");
}
