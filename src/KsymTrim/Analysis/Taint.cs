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
        /// <summary>A call to a function some member defines whose result cannot become constant
        /// (<see cref="GlobalTraits.ReturnsOpaque"/>): untainted like <see cref="Opaque"/>, but what it writes through
        /// its arguments may be known.</summary>
        OpaqueResult,
    }

    /// <summary>The one rule <see cref="FunctionTaint"/> and <see cref="TaintView"/> share: what an instruction's taint depends on.</summary>
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
            {
                if ((cf & GlobalTraits.Declaration) != 0 && (cf & GlobalTraits.Defined) == 0) return TaintSource.Opaque;
                return (cf & GlobalTraits.ReturnsOpaque) != 0 ? TaintSource.OpaqueResult : TaintSource.Inlinable;
            }
            from++;
            return TaintSource.Operands;
        }
        return inst.Op == IrOp.Alloca ? TaintSource.Opaque : TaintSource.Operands;
    }

    /// <summary>True when the opaque call <paramref name="call"/> calls a function whose declaration says it only reads
    /// through some parameter (<see cref="GlobalTraits.ReadsThroughSome"/>): a variable given there may keep what was
    /// stored in it, and the backend forwards that past the call (which parameter the variable is given as is not
    /// asked: a call that may leave it as it was is enough).</summary>
    internal static bool MayOnlyRead(in IrInstruction call, ReadOnlySpan<IrValue> operands, GlobalTraits[] inlining) =>
        call.CalleeOperand < call.Count && operands[call.First + call.CalleeOperand] is { Kind: IrValueKind.Global } callee &&
        (uint)callee.Index < (uint)inlining.Length && (inlining[callee.Index] & GlobalTraits.ReadsThroughSome) != 0;

    /// <summary>True when the call <paramref name="call"/> is indirect: its callee (<paramref name="target"/>) is neither a
    /// global nor inline asm, so it becomes a call of a known function where its target becomes known.</summary>
    internal static bool IsIndirect(in IrInstruction call, ReadOnlySpan<IrValue> operands, out IrValue target)
    {
        target = call.CalleeOperand < call.Count ? operands[call.First + call.CalleeOperand] : default;
        return call.CalleeOperand < call.Count && target.Kind is not (IrValueKind.Global or IrValueKind.Other);
    }

    /// <summary>
    /// A folding rule: an integer <c>add</c>, <c>sub</c> or <c>xor</c> is one to one in each operand when the other is
    /// fixed, so when one operand is a choice among integer literals (<see cref="IsLiteralChoice"/>: a loop's offset that
    /// is 24 on the first pass and 0 after) and the other is not, the result is constant only where that other operand
    /// is: whichever literal the backend picks for the choice in a copy, <c>x - 24</c> is no more constant than
    /// <c>x</c>. True when operand <paramref name="k"/> of <paramref name="inst"/> is such a choice: its taint does not
    /// reach the result. (A choice cannot bring back the other operand's value, as <c>x - (x + c)</c> could: it names
    /// nothing but literals.)
    /// </summary>
    internal static bool CarriesNoTaint(IrBody body, in IrInstruction inst, int k)
    {
        if (inst.Op != IrOp.Binary || inst.Count != 2 || (uint)k > 1 ||
            inst.BinaryOp is not (BinaryOpcode.Add or BinaryOpcode.Sub or BinaryOpcode.Xor)) return false;
        var other = body.Operands[inst.First + 1 - k];
        return other.Kind is IrValueKind.Instruction or IrValueKind.Argument &&
               IsLiteralChoice(body, body.Operands[inst.First + k], MaxChoiceDepth) && !IsLiteralChoice(body, other, MaxChoiceDepth);
    }

    // how deep IsLiteralChoice follows phis and selects
    private const int MaxChoiceDepth = 3;

    /// <summary>True when <paramref name="v"/> is an integer literal, or a phi or select (within
    /// <paramref name="depth"/> of them) every value of which is one (or the phi itself: a loop keeping it).</summary>
    private static bool IsLiteralChoice(IrBody body, IrValue v, int depth)
    {
        if (v.Kind == IrValueKind.Int) return true;
        if (v.Kind != IrValueKind.Instruction || depth == 0 || (uint)v.Index >= (uint)body.Instructions.Length) return false;
        var inst = body.Instructions[v.Index];
        var operands = body.Operands;
        switch (inst.Op)
        {
            case IrOp.Phi:
                if (inst.Count == 0) return false;
                for (int k = 0; k < inst.Count; k += 2)
                {
                    var incoming = operands[inst.First + k];
                    if (!(incoming.Kind == IrValueKind.Instruction && incoming.Index == v.Index) && !IsLiteralChoice(body, incoming, depth - 1)) return false;
                }
                return true;
            case IrOp.Select:
                return inst.Count == 3 && IsLiteralChoice(body, operands[inst.First + 1], depth - 1) &&
                       IsLiteralChoice(body, operands[inst.First + 2], depth - 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// A folding rule: the load <paramref name="load"/> from the local variable <paramref name="alloca"/> reads what an
    /// opaque call (an indirect call, inline asm, or a function no member defines) wrote there, so the LTO backend
    /// cannot know its value, even after inlining: the load is not a source of taint; for an indirect call, only while
    /// its target (<paramref name="target"/>, else <see cref="IrValueKind.Other"/>) stays unknown. Scanning back from the load
    /// (through blocks with one predecessor, which every path to the load passes through), the first instruction
    /// that might decide what the variable holds must be such a call given the variable's address (or a cast or
    /// element of it). On the way, only these may come: stores and atomics to memory that cannot be the variable (an
    /// argument's, a global's or another local's, reached through casts and element pointers), opaque calls not given
    /// the address (what they write there is as unknown), and intrinsics that write no memory. Anything else (a store
    /// to the variable or through a pointer from memory, a call some member defines, any other intrinsic, an invoke,
    /// the entry block) leaves the load tainted.
    /// </summary>
    internal static bool ReadsOpaqueWrite(IrBody body, int load, int alloca, GlobalTraits[] inlining, out IrValue target)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        target = default;
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
            ref readonly var inst = ref instructions[j];
            switch (inst.Op)
            {
                case IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg:
                    if (inst.Count == 0 || !CannotBe(body, operands[inst.First], alloca)) return false;
                    continue;
                case IrOp.Other or IrOp.Invoke or IrOp.CallBr:
                    return false;
                case IrOp.Call:
                {
                    bool given = IsGiven(body, inst, alloca);
                    var source = TaintSourceOf(inst, operands, inlining, out _);
                    if (given)
                    {
                        if (source != TaintSource.Opaque) return false;
                        // an indirect call: known where its target becomes known (IndirectWrite)
                        if (!IsIndirect(inst, operands, out var callee))
                        {
                            if (MayOnlyRead(inst, operands, inlining)) continue; // (what was stored before may be forwarded)
                            return true;
                        }
                        target = callee;
                        return callee.Kind is IrValueKind.Instruction or IrValueKind.Argument;
                    }
                    if (source == TaintSource.Opaque || CalleeWritesNoMemory(inst, operands, inlining)) continue; // (opaque: as unknown)
                    return false;
                }
            }
        }
    }

    /// <summary>True when the load <paramref name="load"/> is a source of taint by what it reads, whatever its address's
    /// taint. Through casts and element pointers, its address is in
    /// <list type="bullet">
    /// <item>a global variable some member writes (<see cref="GlobalTraits.Stored"/>; see <see cref="MarkStoredGlobals"/>):
    /// the backend may forward what a member stored there;</item>
    /// <item>a local variable (any field of it) that no opaque call wrote last (<see cref="ReadsOpaqueWrite"/>): once a
    /// callee given its address is inlined, or the caller's own store reaches the load, the value may be known.</item>
    /// </list></summary>
    internal static bool LoadIsSource(IrBody body, int load, GlobalTraits[] inlining)
    {
        var instructions = body.Instructions;
        if ((uint)load >= (uint)instructions.Length || instructions[load] is not { Op: IrOp.Load, Count: > 0 } inst) return false;
        var root = AddressRoot(body, body.Operands[inst.First], 7);
        if (ReadsStoredGlobal(root, body, inlining)) return true;
        return root.Kind == IrValueKind.Instruction && (uint)root.Index < (uint)instructions.Length &&
               instructions[root.Index].Op == IrOp.Alloca && !(ReadsOpaqueWrite(body, load, root.Index, inlining, out var target) && target.Kind == IrValueKind.Other);
    }

    /// <summary>True when the address root <paramref name="root"/> is a global variable some member writes
    /// (<see cref="GlobalTraits.Stored"/>), or a constant over one.</summary>
    private static bool ReadsStoredGlobal(IrValue root, IrBody body, GlobalTraits[] inlining)
    {
        switch (root.Kind)
        {
            case IrValueKind.Global:
                return (uint)root.Index < (uint)inlining.Length && (inlining[root.Index] & GlobalTraits.Stored) != 0;
            case IrValueKind.Constant when (uint)root.Index < (uint)body.ConstantGlobals.Count:
                foreach (int g in body.ConstantGlobals[root.Index])
                    if ((uint)g < (uint)inlining.Length && (inlining[g] & GlobalTraits.Stored) != 0) return true;
                return false;
            default:
                return false;
        }
    }

    /// <summary>True when the call <paramref name="call"/> calls an intrinsic that writes no memory a load could read
    /// (<see cref="GlobalTraits.WritesNoMemory"/>).</summary>
    private static bool CalleeWritesNoMemory(in IrInstruction call, ReadOnlySpan<IrValue> operands, GlobalTraits[] inlining) =>
        call.CalleeOperand < call.Count && operands[call.First + call.CalleeOperand] is { Kind: IrValueKind.Global } callee &&
        (uint)callee.Index < (uint)inlining.Length && (inlining[callee.Index] & GlobalTraits.WritesNoMemory) != 0;

    /// <summary>True when the call <paramref name="call"/> is given the address of the local variable
    /// <paramref name="alloca"/> (or a cast or element of it) among its arguments.</summary>
    private static bool IsGiven(IrBody body, in IrInstruction call, int alloca)
    {
        for (int k = call.CalleeOperand + 1; k < call.Count; k++)
            if (DerivesFrom(body, body.Operands[call.First + k], alloca, 4)) return true;
        return false;
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
            ref readonly var inst = ref instructions[i];
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
    internal static IrValue AddressRoot(IrBody body, IrValue v, int depth)
    {
        for (; depth >= 0; depth--)
        {
            if (v.Kind != IrValueKind.Instruction) return v;
            if ((uint)v.Index >= (uint)body.Instructions.Length) return default;
            ref readonly var inst = ref body.Instructions[v.Index];
            if (inst.Op is not (IrOp.Cast or IrOp.Gep) || inst.Count == 0) return v;
            v = body.Operands[inst.First];
        }
        return default;
    }

    /// <summary>The taint of <paramref name="f"/> (see <see cref="Taint"/>) from the final argument flags, computed per
    /// instruction in the marks of <paramref name="scratch"/> (see <see cref="TaintView"/>): equal to
    /// <see cref="Taint"/>'s for every instruction.</summary>
    internal TaintView TaintOf(BitcodeModule module, IrFunction f, IrBody body, AnalysisScratch scratch)
    {
        var facts = AnswerFor(NameOf(module, f), out bool settled); // read-only once built: no copy needed
        return new TaintView(body, InliningTraitsOf(module), settled, facts?.Flags, scratch, facts?.Contents, ReturnContentsOf(module), SizesOf(module));
    }

    /// <summary>The taint of <paramref name="body"/> when its arguments are fixed (each a known constant, or a value that
    /// stays unknown): the taint from every other source (<see cref="Taint"/>), for a fold in one calling context.
    /// <paramref name="contents"/>: per argument given a caller's local variable, the bytes of what it points to that
    /// may hold known values there, or null; such an argument is a source of taint itself (the variable's address,
    /// whose object size and comparisons are known once the call is inlined).</summary>
    internal TaintView TaintWithoutArguments(BitcodeModule module, IrBody body, AnalysisScratch scratch, KnownBytes?[]? contents = null)
    {
        EnsureFacts();
        return new(body, InliningTraitsOf(module), settled: true, arguments: contents?.Select(c => c is not null).ToArray(), scratch, contents,
            ReturnContentsOf(module), SizesOf(module));
    }

    /// <summary>
    /// Per instruction of <paramref name="f"/>: its value may become a constant in the LTO backend. That is so
    /// when it derives from an argument that may receive a constant, from the result of a call to a function a
    /// member defines (inlining may return a constant), from memory a local variable holds (once its address
    /// no longer escapes, the store may be forwarded), or from a phi whose other edges may die
    /// (<see cref="ControlTaint"/>); inline asm outputs, external calls and calls of functions that return only unknown
    /// values (<see cref="SummarizeReturns"/>) are opaque. The work arrays are <paramref name="scratch"/>'s; the
    /// result is the caller's.
    /// </summary>
    internal bool[] Taint(BitcodeModule module, IrFunction f, IrBody body, AnalysisScratch scratch, bool withoutArguments = false)
    {
        EnsureFacts();
        // ArgumentMayBeConstant(self, k), looked up once: nothing changes the flags while the taint is computed
        bool settled = true;
        bool[]? arguments = null;
        KnownBytes?[]? contents = null;
        if (!withoutArguments && AnswerFor(NameOf(module, f), out settled) is { } facts) (arguments, contents) = (facts.Flags, facts.Contents);
        return FunctionTaint(body, new TaintInputs(InliningTraitsOf(module), ReturnContentsOf(module), settled, arguments, contents, SizesOf(module)), scratch);
    }

    /// <summary>The taint of <paramref name="body"/> (see the instance <c>Taint</c>): an argument is a source as
    /// <see cref="TaintInputs.ArgumentSource"/> says. The least fixed point: the sources
    /// are found in one look at every instruction, their taint is carried to the users of each tainted instruction
    /// (<see cref="AnalysisScratch.TaintUsers"/>), and again from each phi <see cref="ControlTaint"/> adds, while it
    /// adds some. A load is tainted as <see cref="LoadRule"/> says.</summary>
    internal static bool[] FunctionTaint(IrBody body, in TaintInputs inputs, AnalysisScratch scratch)
    {
        var inlining = inputs.Inlining;
        var instructions = body.Instructions;
        var operands = body.Operands;
        int n = instructions.Length;
        var tainted = new bool[n];
        var work = AnalysisScratch.Sized(ref scratch.TaintWork, n);
        int top = 0;
        Span<IrValue> values = stackalloc IrValue[MaxLoadDependencies];
        List<int>? pending = null; // loads that only the values LoadRule names may taint
        for (int i = 0; i < n; i++)
        {
            ref readonly var inst = ref instructions[i];
            var source = TaintSourceOf(inst, operands, inlining, out int from);
            if (source is TaintSource.Opaque or TaintSource.OpaqueResult) continue;
            bool t = source == TaintSource.Inlinable;
            if (!t && inst.Op == IrOp.Load)
            {
                var rule = LoadRuleWith(body, i, inputs, values, out int count);
                if (rule == LoadDependence.Tainted) t = true;
                else if (rule == LoadDependence.Values)
                {
                    // tainted only through the values the rule names: the arguments among them now, the instructions
                    // once they are (Carry reaches the load through its address, and the pending loads are asked again)
                    for (int d = 0; !t && d < count; d++)
                        t = values[d].Kind == IrValueKind.Argument && inputs.ArgumentSource(values[d].Index);
                    if (!t)
                    {
                        (pending ??= []).Add(i);
                        continue;
                    }
                }
            }
            for (int k = from; !t && k < inst.Count; k++)
            {
                var v = operands[inst.First + k];
                t = v.Kind == IrValueKind.Argument && inputs.ArgumentSource(v.Index);
            }
            if (t) { tainted[i] = true; work[top++] = i; }
        }
        if (top == 0 && pending is null && ControlFlow.Of(body).KnownPhis.Length == 0) return tainted; // nothing to carry (most functions)
        var users = scratch.TaintUsers;
        users.Build(body);
        CarryAll(body, inputs, users, tainted, work, ref top, pending);
        var flow = ControlFlow.Of(body);
        if (flow.KnownPhis.Length == 0) return tainted;
        bool[]? phis = null;
        for (int round = 0; ControlTaint(body, flow, tainted, inputs.Settled, inputs.Arguments, ref phis, everyPhi: round >= MaxControlRounds); round++)
        {
            foreach (int i in flow.KnownPhis)
                if (phis![i] && !tainted[i]) { tainted[i] = true; work[top++] = i; }
            CarryAll(body, inputs, users, tainted, work, ref top, pending);
        }
        return tainted;
    }

    /// <summary>What a function's taint reads besides its body: the callees' traits, the return-contents summaries,
    /// whether the argument flags are final and which arguments may be constant (<see cref="ArgumentSource"/>), which
    /// may point to known contents, and the type sizes (<see cref="LoadRule"/>).</summary>
    internal readonly record struct TaintInputs(GlobalTraits[] Inlining, ReturnContents[]? ReturnContents, bool Settled, bool[]? Arguments, KnownBytes?[]? Contents,
        TypeSizes? Sizes)
    {
        /// <summary>True when argument <paramref name="k"/> is a source of taint: the flags are not final, or they flag it.</summary>
        public bool ArgumentSource(int k) => !Settled || (Arguments is not null && (uint)k < (uint)Arguments.Length && Arguments[k]);
    }

    /// <summary><see cref="LoadRule"/> with what <paramref name="inputs"/> holds.</summary>
    internal static LoadDependence LoadRuleWith(IrBody body, int load, in TaintInputs inputs, Span<IrValue> values, out int count) =>
        LoadRule(body, load, inputs.Inlining, inputs.ReturnContents, inputs.Settled, inputs.Contents, inputs.Sizes, values, out count);

    /// <summary><see cref="Carry"/>, then again while a pending load (one only the values <see cref="LoadRule"/> names
    /// may taint, some of which Carry does not reach it through: a call's arguments) turns out tainted.</summary>
    private static void CarryAll(IrBody body, in TaintInputs loads, IrUsers users, bool[] tainted, int[] work, ref int top, List<int>? pending)
    {
        Span<IrValue> values = stackalloc IrValue[MaxLoadDependencies];
        while (true)
        {
            Carry(body, loads, users, tainted, work, ref top, values);
            if (pending is null) return;
            for (int p = pending.Count - 1; p >= 0; p--)
            {
                int i = pending[p];
                if (!tainted[i] && !LoadTaintedByValues(body, i, loads, tainted, values)) continue;
                pending.RemoveAt(p);
                if (!tainted[i]) { tainted[i] = true; work[top++] = i; }
            }
            if (top == 0) return;
        }
    }

    /// <summary>True when <see cref="LoadRule"/> finds load <paramref name="i"/> tainted from <paramref name="tainted"/> as it is.</summary>
    private static bool LoadTaintedByValues(IrBody body, int i, in TaintInputs loads, bool[] tainted, Span<IrValue> values)
    {
        var rule = LoadRuleWith(body, i, loads, values, out int count);
        if (rule == LoadDependence.Tainted) return true;
        if (rule == LoadDependence.Address)
        {
            var address = body.Operands[body.Instructions[i].First];
            return address.Kind switch
            {
                IrValueKind.Argument => loads.ArgumentSource(address.Index),
                IrValueKind.Instruction => (uint)address.Index < (uint)tainted.Length && tainted[address.Index],
                _ => false,
            };
        }
        for (int d = 0; d < count; d++)
        {
            var v = values[d];
            if (v.Kind == IrValueKind.Argument ? loads.ArgumentSource(v.Index)
                : v.Kind == IrValueKind.Instruction && (uint)v.Index < (uint)tainted.Length && tainted[v.Index]) return true;
        }
        return false;
    }

    /// <summary>Carries taint from the tainted instructions on <paramref name="work"/> to their users, transitively: each
    /// user that reads a tainted value where it carries taint (not an opaque call, not a call's callee).</summary>
    private static void Carry(IrBody body, in TaintInputs loads, IrUsers users, bool[] tainted, int[] work, ref int top, Span<IrValue> values)
    {
        var inlining = loads.Inlining;
        var instructions = body.Instructions;
        var operands = body.Operands;
        while (top > 0)
        {
            int v = work[--top];
            for (int e = users.Start[v]; e < users.Start[v + 1]; e++)
            {
                int u = users.Users[e];
                if (tainted[u]) continue;
                var inst = instructions[u];
                var source = TaintSourceOf(inst, operands, inlining, out int from);
                if (source is TaintSource.Opaque or TaintSource.OpaqueResult) continue;
                bool reads = from == 0 && inst.Op != IrOp.Binary;
                for (int k = from; !reads && k < inst.Count; k++)
                    reads = operands[inst.First + k] is { Kind: IrValueKind.Instruction } x && x.Index == v && !CarriesNoTaint(body, inst, k);
                if (!reads) continue;
                // a load: as the rule says (its address tainted is not always enough)
                if (inst.Op == IrOp.Load && !LoadTaintedByValues(body, u, loads, tainted, values)) continue;
                tainted[u] = true;
                work[top++] = u;
            }
        }
    }

    // how many times FunctionTaint asks ControlTaint again before it taints every phi with a known value at once
    private const int MaxControlRounds = 8;
}

/// <summary>
/// The taint of a function's instructions (<see cref="BitcodeModuleSet.Taint"/>): from its array, or computed for one
/// instruction at a time (the least fixed point: an instruction is tainted when it is a source itself or reads,
/// transitively, one that is), looking only at what it reads. A phi with a known incoming value it meets is decided
/// by <see cref="BitcodeModuleSet.ControlTaint"/>'s rule with the branches as helper views see them: one takes
/// every such phi to be tainted (when its branches keep the phi, so do the least fixed point's, which are at least as
/// steady), one none (when its branches do not keep the phi, neither do the least fixed point's: the phi is
/// tainted), and one every such phi but this one (kept there, it is kept in the least fixed point: a loop's counter).
/// When none decides, and nothing else taints the answer, the view computes the whole function's taint and answers
/// from it from then on.
/// </summary>
/// <remarks>An on-demand view works in the marks of the <see cref="AnalysisScratch"/> it was given, which remember
/// the instructions it found untainted or tainted; making it makes it the owner of those marks. It is valid until the
/// next on-demand view is made from the same scratch: asking an older one throws <see cref="InvalidOperationException"/>.
/// A view of an array holds nothing of a scratch.</remarks>
internal sealed class TaintView
{
    private bool[]? _array;
    private readonly IrBody? _body;
    private readonly BitcodeModuleSet.TaintInputs _inputs;
    private readonly AnalysisScratch? _scratch;
    private readonly TaintMarks? _marks;
    private readonly PhiRule _phis;
    private readonly int _except = -1; // under PhiRule.Tainted, the one phi taken as plain
    // the cuts of the branches as the helper views see them, every phi tainted and none (made on the first phi met)
    private BranchCuts? _pessimistic, _optimistic;

    /// <summary>What a view makes of a phi with a known incoming value.</summary>
    private enum PhiRule
    {
        /// <summary><see cref="BitcodeModuleSet.ControlTaint"/>'s rule, through the helpers or the whole function.</summary>
        Exact,
        /// <summary>A source of taint (the pessimistic helper; <c>phisTainted</c>).</summary>
        Tainted,
        /// <summary>Tainted only through what it reads (the optimistic helper).</summary>
        Plain,
    }

    public TaintView(bool[] tainted) => _array = tainted;

    /// <summary>An on-demand view. With <paramref name="phisTainted"/>, a phi with a known incoming value is taken to be
    /// tainted (more than <see cref="BitcodeModuleSet.ControlTaint"/> finds, never less). <paramref name="contents"/> and
    /// <paramref name="returnContents"/> are what <see cref="BitcodeModuleSet.LoadRule"/> reads.</summary>
    public TaintView(IrBody body, GlobalTraits[] inlining, bool settled, bool[]? arguments, AnalysisScratch scratch,
        KnownBytes?[]? contents, ReturnContents[]? returnContents, TypeSizes? sizes, bool phisTainted = false)
        : this(body, new BitcodeModuleSet.TaintInputs(inlining, returnContents, settled, arguments, contents, sizes), scratch,
            phisTainted ? PhiRule.Tainted : PhiRule.Exact, scratch.Taint) { }

    private TaintView(IrBody body, in BitcodeModuleSet.TaintInputs inputs, AnalysisScratch scratch, PhiRule phis, TaintMarks marks, int except = -1)
    {
        _inputs = inputs;
        _except = except;
        _body = body;
        _scratch = scratch;
        _phis = phis;
        _marks = marks;
        int n = body.Instructions.Length;
        if (marks.Marks.Length < n)
        {
            // larger, cleared marks: no stamp matches them
            marks.Marks = new int[Math.Max(n, Math.Max(64, 2 * marks.Marks.Length))];
            marks.Queue = new int[marks.Marks.Length];
        }
        marks.Owner = this;
        marks.Clean = NextStamp(marks);
        marks.Dirty = NextStamp(marks);
    }

    /// <summary>A new stamp of <paramref name="m"/>. When the stamps run out, the marks are cleared and the owner's
    /// stamps renewed: it forgets what it knew, and no older stamp matches.</summary>
    private static int NextStamp(TaintMarks m)
    {
        if (m.Stamp == int.MaxValue)
        {
            Array.Clear(m.Marks);
            m.Stamp = 0;
            m.Clean = ++m.Stamp;
            m.Dirty = ++m.Stamp;
        }
        return ++m.Stamp;
    }

    /// <summary>True when instruction <paramref name="index"/> is tainted (false out of range).</summary>
    public bool IsTainted(int index)
    {
        if (_array is not null) return (uint)index < (uint)_array.Length && _array[index];
        if ((uint)index >= (uint)_body!.Instructions.Length) return false;
        var m = _marks!;
        if (!ReferenceEquals(m.Owner, this)) ThrowSuperseded();
        int query = NextStamp(m);
        int clean = m.Clean, dirty = m.Dirty;
        var marks = m.Marks;
        if (marks[index] == clean) return false;
        if (marks[index] == dirty) return true;
        switch (Reaches(index, query, clean, dirty))
        {
            case Search.Tainted:
                marks[index] = dirty; // asked again (as an operand of later queries, often), it answers at once
                return true;
            case Search.Untainted:
                return false;
            default:
                // untainted but for a phi the helper could not keep: the whole function's taint decides
                _array = BitcodeModuleSet.FunctionTaint(_body, _inputs, _scratch!);
                return _array[index];
        }
    }

    private enum Search { Untainted, Tainted, PhiMet }

    /// <summary>The search of <see cref="IsTainted"/>: whether something tainted reaches <paramref name="index"/>.
    /// When nothing does, and every phi with a known incoming value it met was kept, every instruction it visited is
    /// marked <paramref name="clean"/>.</summary>
    private Search Reaches(int index, int query, int clean, int dirty)
    {
        var body = _body!;
        var instructions = body.Instructions;
        var operands = body.Operands;
        int n = instructions.Length;
        var marks = _marks!.Marks;
        var queue = _marks.Queue;
        int head = 0, tail = 0;
        bool phiMet = false;
        Span<IrValue> values = stackalloc IrValue[BitcodeModuleSet.MaxLoadDependencies];
        marks[index] = query;
        queue[tail++] = index;
        while (head < tail)
        {
            int i = queue[head++];
            ref readonly var inst = ref instructions[i];
            var source = BitcodeModuleSet.TaintSourceOf(inst, operands, _inputs.Inlining, out int from);
            if (source is BitcodeModuleSet.TaintSource.Opaque or BitcodeModuleSet.TaintSource.OpaqueResult) continue;
            // a source of taint found is marked so (dirty): the searches of later queries stop at it
            if (source == BitcodeModuleSet.TaintSource.Inlinable) { marks[i] = dirty; return Search.Tainted; }
            if (_phis != PhiRule.Plain && inst.Op == IrOp.Phi && BitcodeModuleSet.HasKnownIncoming(body, i))
            {
                if (_phis == PhiRule.Tainted)
                {
                    if (i != _except) { marks[i] = dirty; return Search.Tainted; }
                }
                else if (!Kept(i, ref _pessimistic, PhiRule.Tainted))
                {
                    if (!Kept(i, ref _optimistic, PhiRule.Plain)) { marks[i] = dirty; return Search.Tainted; }
                    BranchCuts? alone = null;
                    phiMet |= !Kept(i, ref alone, PhiRule.Tainted, except: i); // else only the whole function's taint decides
                }
            }
            if (inst.Op == IrOp.Load)
            {
                // a load: as LoadRule says; when some values other than its address decide, only they are searched
                var rule = BitcodeModuleSet.LoadRuleWith(body, i, _inputs, values, out int count);
                if (rule == BitcodeModuleSet.LoadDependence.Tainted) { marks[i] = dirty; return Search.Tainted; }
                if (rule == BitcodeModuleSet.LoadDependence.Values)
                {
                    for (int d = 0; d < count; d++)
                    {
                        var v = values[d];
                        if (v.Kind == IrValueKind.Argument)
                        {
                            if (_inputs.ArgumentSource(v.Index)) { marks[i] = dirty; return Search.Tainted; }
                            continue;
                        }
                        if (v.Kind != IrValueKind.Instruction || (uint)v.Index >= (uint)n) continue;
                        if (marks[v.Index] == dirty) { marks[i] = dirty; return Search.Tainted; }
                        if (marks[v.Index] != query && marks[v.Index] != clean)
                        {
                            marks[v.Index] = query;
                            queue[tail++] = v.Index;
                        }
                    }
                    continue;
                }
            }
            for (int k = from; k < inst.Count; k++)
            {
                var v = operands[inst.First + k];
                if (inst.Op == IrOp.Binary && BitcodeModuleSet.CarriesNoTaint(body, inst, k)) continue;
                switch (v.Kind)
                {
                    case IrValueKind.Argument:
                        if (_inputs.ArgumentSource(v.Index)) { marks[i] = dirty; return Search.Tainted; }
                        break;
                    case IrValueKind.Instruction when (uint)v.Index < (uint)n:
                        if (marks[v.Index] == dirty) { marks[i] = dirty; return Search.Tainted; }
                        if (marks[v.Index] != query && marks[v.Index] != clean)
                        {
                            marks[v.Index] = query;
                            queue[tail++] = v.Index;
                        }
                        break;
                }
            }
        }
        if (phiMet) return Search.PhiMet; // (its marks are the query's: no later query reads them)
        // nothing tainted reaches any of them: none is tainted
        for (int q = 0; q < tail; q++) marks[queue[q]] = clean;
        return Search.Untainted;
    }


    /// <summary>True when <see cref="BitcodeModuleSet.ControlTaint"/>'s rule keeps phi <paramref name="phi"/> with the
    /// branches as a helper view with the rule <paramref name="rule"/> sees them (its cuts in <paramref name="cuts"/>,
    /// made on first use with the helper, in the scratch's marks for it). With <paramref name="except"/>, the helper
    /// takes every phi with a known incoming value to be tainted but that one: when its branches keep it, so do the
    /// least fixed point's, whatever the other phis turn out to be (a loop's counter, whose exit test reads it).</summary>
    private bool Kept(int phi, ref BranchCuts? cuts, PhiRule rule, int except = -1)
    {
        var body = _body!;
        if (cuts is null)
        {
            var s = _scratch!;
            var marks = except >= 0 ? s.TaintAlone : rule == PhiRule.Tainted ? s.TaintPessimist : s.TaintOptimist;
            var helper = new TaintView(body, _inputs, s, rule, marks, except);
            cuts = new BranchCuts(ControlFlow.Of(body), body, v => v.Kind switch
            {
                IrValueKind.Instruction => (uint)v.Index < (uint)body.Instructions.Length && !helper.IsTainted(v.Index),
                IrValueKind.Argument => !_inputs.ArgumentSource(v.Index),
                _ => false,
            });
        }
        return BitcodeModuleSet.KeptFromCuts(body, phi, cuts);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowSuperseded() =>
        throw new InvalidOperationException("A newer TaintView was made from the same AnalysisScratch: this one's marks are gone.");
}
