using System.Runtime.InteropServices;
using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    /// <summary>A return-contents summary (<see cref="SummarizeReturnContents"/>) that knows nothing: what the returned
    /// pointer points to may hold constants whatever the call passes.</summary>
    internal const ulong ContentsAlways = ulong.MaxValue;

    // per module, per global value: the return-contents summary of the function of that name (ContentsAlways when none)
    private readonly Dictionary<BitcodeModule, ReturnContents[]> _returnContents = new(ReferenceEqualityComparer.Instance);

    /// <summary>The return-contents summaries of the global values of <paramref name="m"/>, by global index.</summary>
    internal ReturnContents[] ReturnContentsOf(BitcodeModule m)
    {
        EnsureFacts();
        return ReturnContentsTable(m);
    }

    /// <summary><see cref="ReturnContentsOf"/> while the facts are made.</summary>
    private ReturnContents[] ReturnContentsTable(BitcodeModule m)
    {
        if (_returnContents.TryGetValue(m, out var table)) return table;
        table = new ReturnContents[m.Globals.Length];
        Array.Fill(table, ReturnContents.Always);
        return _returnContents[m] = table;
    }

    /// <summary>What a load's taint depends on (<see cref="LoadRule"/>).</summary>
    internal enum LoadDependence
    {
        /// <summary>Tainted whatever else: what it reads may be known.</summary>
        Tainted,
        /// <summary>As its address: the load is tainted when the address is (the rule for most loads).</summary>
        Address,
        /// <summary>Tainted only when one of the values the rule named is.</summary>
        Values,
    }

    // the most values LoadRule names (element indices on the way, a call's arguments); past it, the address decides
    internal const int MaxLoadDependencies = 16;

    // the most casts and element pointers AddressRule follows back from an address; past them, the address decides
    private const int MaxAddressSteps = 8;

    /// <summary>
    /// A folding rule: a load through a pointer is constant only when what the pointer points to may hold a constant
    /// where the load reads. The taint of the address says the pointer may become known; that is not enough when the
    /// pointer, through casts and element pointers, is an argument or what a function some member defines returns:
    /// <list type="bullet">
    /// <item>an argument: what it points to may hold constants only when some call passes it an address whose contents
    /// may be (<paramref name="contents"/>: a global's, a local variable's, one such argument's of the caller, or one
    /// a call returns with such contents), and only in those bytes (<see cref="KnownBytes"/>: a load at a literal
    /// offset that overlaps none of them reads nothing known); a caller's null, or a pointer no constant reaches,
    /// brings none;</item>
    /// <item>a call's result: the callee's return-contents summary (<see cref="SummarizeReturnContents"/>) names the
    /// arguments whose value or contents reach what the returned pointer points to, in the bytes the load reads
    /// (<see cref="ReturnContents.At"/>); the load is tainted only when one of those the call passes is.</item>
    /// </list>
    /// Either way, a tainted element index on the way taints the load (it may select a known element). A load of a global
    /// variable some member writes is tainted (<see cref="GlobalTraits.Stored"/>); one of a local variable, as
    /// <see cref="LocalRule"/> says. The values the load depends on are written to <paramref name="values"/>
    /// (<paramref name="count"/> of them) for <see cref="LoadDependence.Values"/>; <see cref="LoadDependence.Address"/>
    /// for every other load.
    /// </summary>
    internal static LoadDependence LoadRule(IrBody body, int load, GlobalTraits[] inlining, ReturnContents[]? returnContents,
        bool settled, KnownBytes?[]? contents, TypeSizes? sizes, Span<IrValue> values, out int count)
    {
        count = 0;
        var inst = body.Instructions[load];
        if (inst.Count == 0) return LoadDependence.Address;
        var address = body.Operands[inst.First];
        var root = AddressRoot(body, address, 7);
        if (ReadsStoredGlobal(root, body, inlining)) return LoadDependence.Tainted;
        if (root.Kind == IrValueKind.Instruction && (uint)root.Index < (uint)body.Instructions.Length && body.Instructions[root.Index].Op == IrOp.Alloca)
            return LocalRule(body, load, root.Index, inlining, sizes, values, ref count);
        long size = sizes is null ? 0 : (long)Math.Min(sizes.StoreSize(inst.Type), long.MaxValue);
        return AddressRule(body, address, inlining, returnContents, settled, contents, values, out count, sizes, 0, size, load);
    }

    /// <summary><see cref="LoadRule"/> for a load of the bytes [<paramref name="offset"/>, <paramref name="offset"/> +
    /// <paramref name="size"/>) from <paramref name="address"/> (null or 0: not known, any bytes).</summary>
    internal static LoadDependence AddressRule(IrBody body, IrValue address, GlobalTraits[] inlining, ReturnContents[]? returnContents,
        bool settled, KnownBytes?[]? contents, Span<IrValue> values, out int count, TypeSizes? sizes = null, long? offset = null, long size = 0,
        int reader = -1)
    {
        count = 0;
        Span<int> choices = stackalloc int[MaxAddressChoices];
        int chosen = 0;
        return RootRule(body, address, inlining, returnContents, settled, contents, values, ref count, choices, ref chosen, sizes, offset, size, reader);
    }

    // the most phis and selects AddressRule looks through (each of their values a pointer it follows the same way)
    private const int MaxAddressChoices = 8;

    /// <summary>
    /// <see cref="AddressRule"/> from <paramref name="address"/>, adding to <paramref name="values"/>. Through casts and
    /// element pointers (their indices named), the pointer is an argument, a call's result (see <see cref="LoadRule"/>),
    /// or a phi or select among pointers: then the load reads what one of them points to, and each is asked the same
    /// way (a literal brings nothing; a global's or a local variable's address, contents that may be known; any other
    /// value, as its own taint says, named). Anything else: <see cref="LoadDependence.Address"/>.
    /// </summary>
    private static LoadDependence RootRule(IrBody body, IrValue address, GlobalTraits[] inlining, ReturnContents[]? returnContents,
        bool settled, KnownBytes?[]? contents, Span<IrValue> values, ref int count, Span<int> choices, ref int chosen,
        TypeSizes? sizes, long? offset, long size, int reader)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        var v = address;
        // the element pointers on the way: the bytes read from the root are asked of them only where fields matter
        Span<int> steps = stackalloc int[MaxAddressSteps];
        int stepCount = 0;
        for (int depth = 0; depth < MaxAddressSteps && v.Kind == IrValueKind.Instruction; depth++)
        {
            if ((uint)v.Index >= (uint)instructions.Length) return LoadDependence.Address;
            var inst = instructions[v.Index];
            if (inst.Op == IrOp.Gep && inst.Count > 0)
            {
                for (int k = 1; k < inst.Count; k++)
                {
                    var index = operands[inst.First + k];
                    if (index.Kind is not (IrValueKind.Instruction or IrValueKind.Argument)) continue;
                    if (count == values.Length) return LoadDependence.Address;
                    values[count++] = index;
                }
                steps[stepCount++] = v.Index;
                v = operands[inst.First];
                continue;
            }
            if (inst.Op == IrOp.Cast && inst.Count > 0 && inst.CastOp is CastOpcode.Bitcast or CastOpcode.Addrspacecast)
            {
                v = operands[inst.First];
                continue;
            }
            break;
        }
        if (v.Kind == IrValueKind.Argument)
        {
            if (!settled || (contents is not null && (uint)v.Index < (uint)contents.Length && contents[v.Index] is { } known &&
                             (known.IsAll || known.Overlaps(ReadOffset(body, steps[..stepCount], sizes, offset), size)))) return LoadDependence.Tainted;
            return OwnWrites(body, v, steps[..stepCount], offset, size, reader, inlining, sizes, values, ref count);
        }
        if (v.Kind != IrValueKind.Instruction || (uint)v.Index >= (uint)instructions.Length) return LoadDependence.Address;
        var root = instructions[v.Index];
        if (root.Op is IrOp.Phi or IrOp.Select)
            return ChoiceRule(body, v.Index, inlining, returnContents, settled, contents, values, ref count, choices, ref chosen, sizes,
                ReadOffset(body, steps[..stepCount], sizes, offset), size, reader);
        if (root.Op is not (IrOp.Call or IrOp.Invoke or IrOp.CallBr) || returnContents is null) return LoadDependence.Address;
        int at = root.CalleeOperand;
        if (at >= root.Count || operands[root.First + at] is not { Kind: IrValueKind.Global } callee ||
            (uint)callee.Index >= (uint)inlining.Length || (uint)callee.Index >= (uint)returnContents.Length) return LoadDependence.Address;
        var traits = inlining[callee.Index];
        if ((traits & (GlobalTraits.Intrinsic | GlobalTraits.Defined)) != GlobalTraits.Defined) return LoadDependence.Address;
        var summary = returnContents[callee.Index];
        ulong mask = summary.Fields.Count == 0 ? summary.Anywhere : summary.At(ReadOffset(body, steps[..stepCount], sizes, offset), size);
        if (mask == ContentsAlways) return LoadDependence.Tainted;
        for (int k = 0; mask != 0 && k < 64; k++, mask >>= 1)
        {
            if ((mask & 1) == 0) continue;
            int slot = at + 1 + k;
            if (slot >= root.Count) continue;
            var actual = operands[root.First + slot];
            switch (ActualContents(body, actual))
            {
                case Brings.Known: return LoadDependence.Tainted;
                case Brings.AsTainted:
                    if (count == values.Length) return LoadDependence.Address;
                    values[count++] = actual;
                    break;
            }
        }
        return OwnWrites(body, v, steps[..stepCount], offset, size, reader, inlining, sizes, values, ref count);
    }

    /// <summary>
    /// A folding rule: a load through an argument or a call's result (<paramref name="root"/>) also reads what the
    /// function itself stored there. The pre-link optimiser forwards a store to a later load of the same bytes unless a
    /// call stands between them; once the backend inlines that call (one a member defines, that writes other memory),
    /// it does (<c>alloc_set</c>: <c>p-&gt;size = 10000; note_set(1); kmalloc(p-&gt;size)</c>). So each store through the
    /// same root (through casts and element pointers) that may touch the bytes read (from <paramref name="offset"/>
    /// past the address, which is the root plus the element pointers <paramref name="steps"/>: see
    /// <see cref="ReadOffset"/>; <paramref name="size"/> of them) and may come before <paramref name="reader"/> (the load, or
    /// -1: anywhere) names its value (<paramref name="values"/>: the load is tainted where it is); a store of a literal or
    /// another constant, or one the rule cannot read, taints the load. Only where a call the backend may inline comes
    /// before the reader (<see cref="InlinableBefore"/>): past external calls alone, nothing is forwarded that the
    /// pre-link optimiser did not. Calls given the root are not this rule's.
    /// </summary>
    private static LoadDependence OwnWrites(IrBody body, IrValue root, ReadOnlySpan<int> steps, long? offset, long size, int reader,
        GlobalTraits[] inlining, TypeSizes? sizes, Span<IrValue> values, ref int count)
    {
        var through = StoresThrough.Of(body);
        if (through.Unreadable) return LoadDependence.Tainted;
        var stores = through.Of(root, sizes);
        if (stores.Length == 0) return LoadDependence.Values; // (most roots: none)
        // the offset from the root only now: laying out the element pointers first, for roots with no store too, cost
        // 0.6% of `used` over lto-x86_64 (callgrind, session 21)
        offset = ReadOffset(body, steps, sizes, offset);
        var instructions = body.Instructions;
        var operands = body.Operands;
        bool[]? before = null; // the blocks from which the reader's block can be reached (found on the first store met)
        int inlinable = -1;    // whether a call the backend may inline comes before the reader (found on the first store met)
        foreach (var (j, at, bytes) in stores)
        {
            ref readonly var inst = ref instructions[j];
            if (offset is { } o && at is { } a && bytes > 0 && (a + bytes <= o || (size > 0 && o + size <= a))) continue;
            if ((uint)reader < (uint)instructions.Length && !(inst.Block == instructions[reader].Block && j < reader) &&
                !(before ??= through.BlocksBefore(instructions[reader].Block))[inst.Block]) continue;
            if (inlinable < 0) inlinable = InlinableBefore(body, reader, through.InlinableCalls(inlining), through, ref before) ? 1 : 0;
            if (inlinable == 0) return LoadDependence.Values;
            var stored = inst.Op == IrOp.Store && inst.Count >= 2 ? operands[inst.First + 1] : default;
            if (stored.Kind is not (IrValueKind.Instruction or IrValueKind.Argument) || count == values.Length) return LoadDependence.Tainted;
            values[count++] = stored;
        }
        return LoadDependence.Values;
    }

    /// <summary>The stores and atomic updates of a body by the root of their address (<see cref="OffsetRoot"/>: an argument
    /// or an instruction, through casts and element pointers), for <see cref="OwnWrites"/>: made once per body on its first
    /// question (a load through an argument asks it, and most find nothing).</summary>
    private sealed class StoresThrough
    {
        // per root: its stores, in order (filled by the constructor, read only after), and (laid out on the first
        // question about the root) the offset each writes at from the root (null: not known) and the bytes it writes
        // (0: not known)
        private sealed class Root
        {
            public readonly List<int> Stores = [];
            public (int Store, long? At, long Bytes)[]? Fields; // (a benign race: the same fields whichever thread lays them out)
        }

        private readonly Dictionary<IrValue, Root> _byRoot = [];
        private readonly IrBody _body;

        /// <summary>True when a store has no operands (a malformed body): it may be through any root.</summary>
        public bool Unreadable { get; }

        private StoresThrough(IrBody body)
        {
            _body = body;
            var instructions = body.Instructions;
            foreach (int j in body.Writes)
            {
                ref readonly var inst = ref instructions[j];
                if (inst.Op is not (IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg)) continue;
                if (inst.Count == 0) { Unreadable = true; continue; }
                var root = OffsetRoot(body, body.Operands[inst.First], null, out _);
                if (root.Kind is not (IrValueKind.Argument or IrValueKind.Instruction)) continue;
                // one look-up per store (a table of lists copied into a second table of arrays cost twice that)
                (CollectionsMarshal.GetValueRefOrAddDefault(_byRoot, root, out _) ??= new Root()).Stores.Add(j);
            }
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IrBody, StoresThrough> Cache = new();

        /// <summary>The stores of <paramref name="body"/> by root, made on the first question.</summary>
        public static StoresThrough Of(IrBody body)
        {
            if (!Cache.TryGetValue(body, out var found))
            {
                found = new StoresThrough(body);
                if (!Cache.TryAdd(body, found)) Cache.TryGetValue(body, out found); // (another thread's: the same stores)
            }
            return found!;
        }

        /// <summary>The stores whose address is <paramref name="root"/> plus casts and element pointers, in order, each
        /// with the offset it writes at from the root and how many bytes (as <paramref name="sizes"/>, the module's, lay
        /// them out), laid out once per root.</summary>
        public ReadOnlySpan<(int Store, long? At, long Bytes)> Of(IrValue root, TypeSizes? sizes)
        {
            if (!_byRoot.TryGetValue(root, out var r)) return [];
            if (r.Fields is { } known) return known;
            var fields = new (int, long?, long)[r.Stores.Count];
            for (int i = 0; i < fields.Length; i++)
            {
                ref readonly var inst = ref _body.Instructions[r.Stores[i]];
                OffsetRoot(_body, _body.Operands[inst.First], sizes, out long? at);
                long bytes = sizes is null ? 0 : (long)Math.Min(StoredBytes(_body, inst, sizes), long.MaxValue);
                fields[i] = (r.Stores[i], at, bytes);
            }
            return r.Fields = fields;
        }

        // the calls the backend may inline, for one module's traits; the blocks before each block asked about
        private sealed record Inlinable(GlobalTraits[] Traits, int[] Calls);
        private Inlinable? _inlinable;
        private readonly Dictionary<int, bool[]> _before = [];

        /// <summary>The calls of the body the backend may inline (of a function some member defines, or indirect: it may
        /// become one), as <paramref name="inlining"/> says.</summary>
        public int[] InlinableCalls(GlobalTraits[] inlining)
        {
            if (_inlinable is { } known && ReferenceEquals(known.Traits, inlining)) return known.Calls;
            var instructions = _body.Instructions;
            var operands = _body.Operands;
            var calls = new List<int>();
            foreach (int j in _body.Writes)
            {
                ref readonly var inst = ref instructions[j];
                if (inst.Op is IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg) continue;
                var source = TaintSourceOf(inst, operands, inlining, out _);
                if (source is TaintSource.Inlinable or TaintSource.OpaqueResult || (source == TaintSource.Opaque && IsIndirect(inst, operands, out _)))
                    calls.Add(j);
            }
            int[] found = [.. calls];
            _inlinable = new Inlinable(inlining, found); // (a benign race: the same list whichever thread makes it)
            return found;
        }

        /// <summary>The blocks from which block <paramref name="block"/> can be reached by at least one edge (itself
        /// included only inside a loop), made once per block.</summary>
        public bool[] BlocksBefore(int block)
        {
            lock (_before)
            {
                if (!_before.TryGetValue(block, out var reached)) _before[block] = reached = FindBlocksBefore(_body, block);
                return reached;
            }
        }
    }

    /// <summary>True when one of <paramref name="calls"/>, those the backend may inline
    /// (<see cref="StoresThrough.InlinableCalls"/>), may come before <paramref name="reader"/> (-1: anywhere): without
    /// one, nothing the pre-link optimiser did not see comes between a store and the reader.</summary>
    private static bool InlinableBefore(IrBody body, int reader, int[] calls, StoresThrough through, ref bool[]? before)
    {
        var instructions = body.Instructions;
        foreach (int j in calls)
        {
            if ((uint)reader >= (uint)instructions.Length || (instructions[j].Block == instructions[reader].Block && j < reader) ||
                (before ??= through.BlocksBefore(instructions[reader].Block))[instructions[j].Block]) return true;
        }
        return false;
    }

    /// <summary>The blocks from which block <paramref name="block"/> can be reached by at least one edge (itself
    /// included only inside a loop).</summary>
    private static bool[] FindBlocksBefore(IrBody body, int block)
    {
        var flow = ControlFlow.Of(body);
        var reached = new bool[flow.Blocks];
        var pending = new Stack<int>();
        pending.Push(block);
        while (pending.Count > 0)
        {
            int b = pending.Pop();
            for (int e = flow.PredecessorStart[b]; e < flow.PredecessorStart[b + 1]; e++)
            {
                int p = flow.Predecessors[e];
                if ((uint)p < (uint)reached.Length && !reached[p]) { reached[p] = true; pending.Push(p); }
            }
        }
        return reached;
    }

    /// <summary>The offset of the bytes read from the root: <paramref name="offset"/> (from the address) plus what each of
    /// the element pointers <paramref name="steps"/> adds; null when one is not known.</summary>
    private static long? ReadOffset(IrBody body, ReadOnlySpan<int> steps, TypeSizes? sizes, long? offset)
    {
        foreach (int gep in steps)
        {
            if (offset is not { } o || ConstantStep(body, body.Instructions[gep], sizes) is not { } step || AddOverflows(o, step)) return null;
            offset = o + step;
        }
        return offset;
    }

    /// <summary>The bytes the element pointer <paramref name="gep"/> adds to its base: null when an index is not a
    /// literal or the sizes are not known.</summary>
    internal static long? ConstantStep(IrBody body, in IrInstruction gep, TypeSizes? sizes)
    {
        if (sizes is null || gep.Count < 1 || gep.Count - 1 > MaxGepIndices) return null;
        Span<long> indices = stackalloc long[MaxGepIndices];
        for (int k = 1; k < gep.Count; k++)
        {
            if (body.Operands[gep.First + k] is not { Kind: IrValueKind.Int } index) return null;
            indices[k - 1] = index.Int;
        }
        return sizes.TryIndexedOffset(gep.Type, indices[..(gep.Count - 1)], out long step) ? step : null;
    }

    /// <summary>What <paramref name="address"/> points into, through casts (<c>bitcast</c>, <c>addrspacecast</c>) and
    /// element pointers, at most <see cref="MaxAddressSteps"/> of them; <paramref name="offset"/> the bytes from there,
    /// null when an element pointer's indices are not literals (or the sizes are not known).</summary>
    internal static IrValue OffsetRoot(IrBody body, IrValue address, TypeSizes? sizes, out long? offset)
    {
        offset = 0;
        var v = address;
        for (int depth = 0; depth < MaxAddressSteps && v.Kind == IrValueKind.Instruction && (uint)v.Index < (uint)body.Instructions.Length; depth++)
        {
            var inst = body.Instructions[v.Index];
            if (inst.Count == 0) break;
            if (inst.Op == IrOp.Gep) offset = offset is { } o && ConstantStep(body, inst, sizes) is { } step && !AddOverflows(o, step) ? o + step : null;
            else if (inst.Op != IrOp.Cast || inst.CastOp is not (CastOpcode.Bitcast or CastOpcode.Addrspacecast)) break;
            v = body.Operands[inst.First];
        }
        return v;
    }

    // the most indices ConstantStep reads from one element pointer
    private const int MaxGepIndices = 8;

    private static bool AddOverflows(long a, long b) => b > 0 ? a > long.MaxValue - b : a < long.MinValue - b;

    /// <summary><see cref="RootRule"/> for a pointer that is the phi or select <paramref name="choice"/>: each of its
    /// values is asked (a phi or select met again adds nothing: its other values are being asked).</summary>
    private static LoadDependence ChoiceRule(IrBody body, int choice, GlobalTraits[] inlining, ReturnContents[]? returnContents,
        bool settled, KnownBytes?[]? contents, Span<IrValue> values, ref int count, Span<int> choices, ref int chosen,
        TypeSizes? sizes, long? offset, long size, int reader)
    {
        if (choices[..chosen].Contains(choice)) return LoadDependence.Values;
        if (chosen == choices.Length) return LoadDependence.Address;
        choices[chosen++] = choice;
        var inst = body.Instructions[choice];
        bool phi = inst.Op == IrOp.Phi;
        for (int k = phi ? 0 : 1; k < inst.Count; k += phi ? 2 : 1)
        {
            var value = body.Operands[inst.First + k];
            switch (value.Kind)
            {
                case IrValueKind.Int or IrValueKind.Null:
                    continue;
                case IrValueKind.Instruction when IsLocalAddress(body, value):
                    return LoadDependence.Tainted;
                case IrValueKind.Instruction or IrValueKind.Argument:
                    int before = count;
                    switch (RootRule(body, value, inlining, returnContents, settled, contents, values, ref count, choices, ref chosen, sizes, offset, size, reader))
                    {
                        case LoadDependence.Tainted: return LoadDependence.Tainted;
                        case LoadDependence.Address:
                            // as this value's own taint: named instead of what the rule had named on its way
                            count = before;
                            if (count == values.Length) return LoadDependence.Address;
                            values[count++] = value;
                            break;
                    }
                    continue;
                case IrValueKind.Constant when (uint)value.Index < (uint)body.ConstantGlobals.Count && body.ConstantGlobals[value.Index].Length == 0:
                    continue;
                default:
                    return LoadDependence.Tainted; // a global's address (or a constant over one): contents that may be known
            }
        }
        return LoadDependence.Values;
    }

    /// <summary>What a value a call passes brings to the contents of what the callee returns.</summary>
    private enum Brings
    {
        /// <summary>Nothing: a literal that names no global.</summary>
        Nothing,
        /// <summary>Contents that may be known: a global's or a local variable's address (through casts and element pointers).</summary>
        Known,
        /// <summary>What its own taint says.</summary>
        AsTainted,
    }

    /// <summary>What <paramref name="actual"/> brings (<see cref="Brings"/>): a literal nothing; a global's or local
    /// variable's address, through casts and element pointers, known contents; an argument or another instruction,
    /// what its taint says.</summary>
    private static Brings ActualContents(IrBody body, IrValue actual)
    {
        switch (actual.Kind)
        {
            case IrValueKind.Int or IrValueKind.Null: return Brings.Nothing;
            case IrValueKind.Global: return Brings.Known;
            case IrValueKind.Constant:
                return (uint)actual.Index < (uint)body.ConstantGlobals.Count && body.ConstantGlobals[actual.Index].Length == 0
                    ? Brings.Nothing : Brings.Known;
            case IrValueKind.Argument: return Brings.AsTainted;
            case IrValueKind.Instruction:
                if (IsLocalAddress(body, actual)) return Brings.Known;
                return AddressRoot(body, actual, 7).Kind is IrValueKind.Instruction or IrValueKind.Argument ? Brings.AsTainted : Brings.Known;
            default:
                return Brings.Known;
        }
    }

    /// <summary>
    /// A folding rule: the return-contents summaries. Where a function some member defines returns a pointer, a load
    /// through what a call returns may read a constant once the backend inlines it: when the pointer is a global's
    /// address, or points where the function (or one it calls) stored a value that may be constant, or comes from an
    /// argument whose value or contents may be. The summary of a name is the set of its arguments through which that
    /// may come (bit k: argument k), or <see cref="ContentsAlways"/> when it may come whatever the call passes.
    /// <list type="bullet">
    /// <item>Each returned value is followed through casts, element pointers (an index adds what it derives from),
    /// phis, selects and loads (what a loaded pointer points to is known when the load is). An external call's result
    /// brings nothing; another summarised call what its summary says of the values it passes (a pointer, what it
    /// points to; any other value, what it derives from).</item>
    /// <item>Any store, atomic or memory intrinsic through a pointer that is not one of the function's own local
    /// variables, and any call of a defined function given such a pointer (its writes summary, made the same way),
    /// adds what the value written derives from: the argument itself when it is one, <see cref="ContentsAlways"/>
    /// for a literal (<see cref="ValueMasks"/>). Where every returned pointer is the start of one object, a store
    /// through it at a literal offset adds to those bytes only (<see cref="ReturnContents.Fields"/>,
    /// <see cref="ReturnedObjects.FieldOf"/>): a constructor's literal in one field says nothing of another.</item>
    /// </list>
    /// Made on demand, a callee's before its caller's, for the functions some member calls that return a pointer: a
    /// name met again while its own summary is being made (a cycle of calls) is <see cref="ContentsAlways"/> there, so
    /// no summary assumes its own.
    /// </summary>
    private void SummarizeReturnContents(SummaryTables tables)
    {
        // by name number: the writes summaries (ContentsAlways until made), and the names done and under way
        var writes = new ulong[tables.Definitions.Length];
        Array.Fill(writes, ContentsAlways);
        var done = new bool[writes.Length];
        var open = new bool[writes.Length];
        foreach (int name in tables.CalledNames)
            if (tables.Definitions[name] is { } list && list.Exists(d => ReturnsPointer(d.Module, d.Function))) Summarize(name);

        void Summarize(int name)
        {
            if (done[name] || open[name]) return; // (met again in a cycle: ContentsAlways there)
            open[name] = true;
            ulong returned = 0, written = 0;
            var fields = new List<ReturnContents.Field>();
            foreach (var (m, f) in tables.Definitions[name]!)
            {
                if (f.Body is not { } body) { returned = written = ContentsAlways; break; }
                // the callees first: the ones whose result is a pointer, or that are given one
                var traits = _inlining[m];
                var ids = tables.Names[m];
                foreach (int i in body.Writes)
                {
                    ref readonly var inst = ref body.Instructions[i];
                    if (inst.Op is not (IrOp.Call or IrOp.Invoke or IrOp.CallBr) || inst.CalleeOperand >= inst.Count ||
                        body.Operands[inst.First + inst.CalleeOperand] is not { Kind: IrValueKind.Global } callee ||
                        (uint)callee.Index >= (uint)traits.Length ||
                        (traits[callee.Index] & (GlobalTraits.Defined | GlobalTraits.Intrinsic)) != GlobalTraits.Defined) continue;
                    int calleeName = ids[callee.Index];
                    if (tables.Definitions[calleeName] is not null && (IsPointer(m.Types, inst.Type) || GivenPointer(m, body, inst))) Summarize(calleeName);
                }
                var (r, w) = ContentsMasks(m, body, ReturnsPointer(m, f), writes, ids, fields);
                returned |= r;
                written |= w;
            }
            open[name] = false;
            done[name] = true;
            writes[name] = written;
            // (the writes that may be through what it returns included: at any byte, or in its fields)
            var summary = ReturnContents.Of(returned, fields);
            // every member that names it, where some function with a body calls it (no other reads the table); the
            // tables' default is ContentsAlways
            if (summary == ReturnContents.Always || tables.CalledGlobals[name] is not { } globals) return;
            foreach (var (m, g) in globals) ReturnContentsTable(m)[g] = summary;
        }
    }

    private static bool ReturnsPointer(BitcodeModule m, IrFunction f) =>
        m.Types.Get((ulong)Math.Max(f.FunctionType, 0)) is { Kind: IrTypeKind.Function, Contained.Count: > 0 } type && IsPointer(m.Types, type.ReturnType);

    /// <summary>What one body adds to the summaries (see <see cref="SummarizeReturnContents"/>), from its callees'
    /// current ones: through which arguments what it returns may point to known values (<paramref name="returnsPointer"/>),
    /// and through which the values it writes where a caller may read them may be constant (<paramref name="writes"/>:
    /// the callees' own, by name number; <paramref name="ids"/>: the module's globals' name numbers).</summary>
    private (ulong Returns, ulong Writes) ContentsMasks(BitcodeModule module, IrBody body, bool returnsPointer,
        ulong[] writes, int[] ids, List<ReturnContents.Field> fields)
    {
        var sizes = SizesOf(module);
        var inlining = _inlining[module];
        var returnContents = ReturnContentsTable(module);
        var instructions = body.Instructions;
        var operands = body.Operands;
        var view = new ValueMasks(body, inlining);
        var objects = returnsPointer ? new ReturnedObjects(body, sizes, inlining) : null;
        bool[]? visited = null;
        ulong returned = 0, written = 0, writtenThere = 0;
        for (int i = 0; i < instructions.Length && (returned | writtenThere) != ContentsAlways; i++)
        {
            ref readonly var inst = ref instructions[i];
            ulong write = 0;
            switch (inst.Op)
            {
                case IrOp.Ret when inst.Count > 0 && returnsPointer:
                    visited ??= new bool[instructions.Length];
                    returned |= Provenance(body, operands[inst.First], view, inlining, returnContents, visited, 0, module.Types);
                    continue;
                case IrOp.Store when inst.Count >= 2:
                    if (IsLocalAddress(body, operands[inst.First])) continue;
                    var stored = operands[inst.First + 1];
                    write = stored.Kind is IrValueKind.Instruction or IrValueKind.Argument ? view.Of(stored) : ContentsAlways;
                    break;
                case IrOp.AtomicRmw or IrOp.CmpXchg when inst.Count > 0:
                    if (IsLocalAddress(body, operands[inst.First])) continue;
                    write = ContentsAlways;
                    break;
                case IrOp.Call or IrOp.Invoke or IrOp.CallBr:
                    ulong callee = CallWrites(module, body, inst, inlining, writes, ids);
                    if (callee == 0) continue;
                    if (callee == ContentsAlways) { write = ContentsAlways; break; }
                    for (int k = 0; callee != 0 && k < 64; k++, callee >>= 1)
                        if ((callee & 1) != 0 && inst.CalleeOperand + 1 + k < inst.Count)
                            write |= view.Of(operands[inst.First + inst.CalleeOperand + 1 + k]);
                    break;
                default:
                    continue;
            }
            written |= write;
            // what the returned pointer points to holds it only when the write may be through that object; a store at
            // a known offset from it, in those bytes only
            if (objects is null || write == 0 || !objects.MayWrite(body, inst)) continue;
            if (objects.FieldOf(body, inst, sizes) is { } field) fields.Add(new ReturnContents.Field(field.Offset, field.Size, write));
            else writtenThere |= write;
        }
        return (returned | writtenThere, written);
    }

    /// <summary>
    /// The objects a function's returned pointers point into, as LLVM's alias analysis tells them apart: a value stored
    /// through a pointer reaches a load through another only when both have the same underlying object (the same
    /// argument, global, call's result or load, through casts, element pointers, phis and selects). A store through the
    /// inode a function was given is never forwarded to a load through the buffer an external call returned.
    /// </summary>
    private sealed class ReturnedObjects
    {
        // the most values the walk from the returned values visits; past it, every write is taken to reach them
        private const int MaxVisited = 32;
        private readonly HashSet<int> _instructions = [];
        private readonly HashSet<int> _arguments = [];
        private readonly bool _any, _globals, _loads;
        private readonly bool _shifted; // some returned pointer is an element pointer into its object, not its start
        private readonly bool _integers; // some returned pointer is a literal address or made of an integer (an error pointer)

        public ReturnedObjects(IrBody body, TypeSizes? sizes, GlobalTraits[] inlining)
        {
            var instructions = body.Instructions;
            var operands = body.Operands;
            var stack = new Stack<IrValue>();
            var seen = new HashSet<int>();
            foreach (var inst in instructions)
                if (inst.Op == IrOp.Ret && inst.Count > 0) stack.Push(operands[inst.First]);
            while (stack.Count > 0 && !_any)
            {
                var v = stack.Pop();
                switch (v.Kind)
                {
                    case IrValueKind.Int or IrValueKind.Null: continue;
                    case IrValueKind.Argument: _arguments.Add(v.Index); continue;
                    // a literal address (an error pointer): no object a field belongs to; a write through such an address
                    // may be through it (MayBe)
                    case IrValueKind.Constant when (uint)v.Index < (uint)body.ConstantGlobals.Count && body.ConstantGlobals[v.Index].Length == 0:
                        _integers = true;
                        continue;
                    case IrValueKind.Global or IrValueKind.Constant: _globals = true; continue;
                    case IrValueKind.Instruction when (uint)v.Index < (uint)instructions.Length: break;
                    default: _any = true; continue;
                }
                if (!seen.Add(v.Index)) continue;
                if (seen.Count > MaxVisited) { _any = true; break; }
                var inst = instructions[v.Index];
                switch (inst.Op)
                {
                    case IrOp.Cast when inst.Count > 0 && inst.CastOp is CastOpcode.Bitcast or CastOpcode.Addrspacecast:
                        stack.Push(operands[inst.First]);
                        break;
                    case IrOp.Gep when inst.Count > 0:
                        _shifted |= ConstantStep(body, inst, sizes) != 0;
                        stack.Push(operands[inst.First]);
                        break;
                    case IrOp.Phi:
                        for (int k = 0; k < inst.Count; k += 2) stack.Push(operands[inst.First + k]);
                        break;
                    case IrOp.Select when inst.Count == 3:
                        stack.Push(operands[inst.First + 1]);
                        stack.Push(operands[inst.First + 2]);
                        break;
                    case IrOp.Call or IrOp.Invoke or IrOp.CallBr or IrOp.Alloca:
                        _instructions.Add(v.Index);
                        break;
                    case IrOp.Load:
                        _loads = true;
                        break;
                    // an error pointer made of an integer no pointer went into (ERR_PTR of a call's result): no object's
                    case IrOp.Cast when inst.Count > 0 && inst.CastOp == CastOpcode.Inttoptr && !MayHoldAddress(body, operands[inst.First], inlining, 0):
                        _integers = true;
                        break;
                    default:
                        _any = true; // an inttoptr of an address, an extractvalue...: any object
                        break;
                }
            }
        }

        // how deep MayHoldAddress looks into an integer, and how many values it looks at in all
        private const int MaxIntegerDepth = 6, MaxIntegerValues = 32;

        /// <summary>True when <paramref name="address"/>, through casts and element pointers, is a literal address or an
        /// <c>inttoptr</c>.</summary>
        private static bool MadeOfInteger(IrBody body, IrValue address)
        {
            var v = address;
            for (int depth = 0; depth < MaxAddressSteps; depth++)
            {
                if (v.Kind == IrValueKind.Constant) return (uint)v.Index >= (uint)body.ConstantGlobals.Count || body.ConstantGlobals[v.Index].Length == 0;
                if (v.Kind != IrValueKind.Instruction || (uint)v.Index >= (uint)body.Instructions.Length) return false;
                var inst = body.Instructions[v.Index];
                if (inst.Count == 0 || inst.Op is not (IrOp.Cast or IrOp.Gep)) return false;
                if (inst.Op == IrOp.Cast && inst.CastOp == CastOpcode.Inttoptr) return true;
                v = body.Operands[inst.First];
            }
            return true;
        }

        /// <summary>True when the integer <paramref name="v"/> may hold an address: it is not made, through integer casts,
        /// arithmetic, phis and selects, only of literals and what an external function returns as an integer
        /// (an error code). An argument, a load, a <c>ptrtoint</c>, a defined function's result may.</summary>
        private static bool MayHoldAddress(IrBody body, IrValue v, GlobalTraits[] inlining, int depth)
        {
            int budget = MaxIntegerValues;
            return MayHoldAddress(body, v, inlining, depth, ref budget);
        }

        private static bool MayHoldAddress(IrBody body, IrValue v, GlobalTraits[] inlining, int depth, ref int budget)
        {
            if (v.Kind is IrValueKind.Int or IrValueKind.Null) return false;
            if (v.Kind != IrValueKind.Instruction || (uint)v.Index >= (uint)body.Instructions.Length || depth > MaxIntegerDepth || --budget < 0) return true;
            var inst = body.Instructions[v.Index];
            switch (inst.Op)
            {
                case IrOp.Cast when inst.CastOp is CastOpcode.Trunc or CastOpcode.Zext or CastOpcode.Sext:
                case IrOp.Binary or IrOp.Select or IrOp.Phi:
                    for (int k = inst.Op == IrOp.Select ? 1 : 0; k < inst.Count; k++)
                    {
                        var x = body.Operands[inst.First + k];
                        if (x.Kind != IrValueKind.Block && MayHoldAddress(body, x, inlining, depth + 1, ref budget)) return true;
                    }
                    return false;
                case IrOp.Call when inst.CalleeOperand < inst.Count && body.Operands[inst.First + inst.CalleeOperand] is { Kind: IrValueKind.Global } callee &&
                                    (uint)callee.Index < (uint)inlining.Length:
                    return (inlining[callee.Index] & (GlobalTraits.Defined | GlobalTraits.Intrinsic)) != 0;
                default:
                    return true;
            }
        }

        /// <summary>The bytes the store <paramref name="inst"/> writes, as offsets from the returned pointer, when every
        /// pointer returned is the start of one object (a call's result or a local variable, through casts, phis and
        /// selects, or a literal) and the store is through it plus a literal offset; null otherwise (any byte).</summary>
        public (long Offset, long Size)? FieldOf(IrBody body, in IrInstruction inst, TypeSizes? sizes)
        {
            if (_any || _globals || _loads || _shifted || _arguments.Count != 0 || _instructions.Count != 1 || sizes is null ||
                inst.Op != IrOp.Store || inst.Count < 2 || StoredBytes(body, inst, sizes) is not (> 0 and <= long.MaxValue and var bytes)) return null;
            return OffsetRoot(body, body.Operands[inst.First], sizes, out long? offset) is { Kind: IrValueKind.Instruction } root &&
                   _instructions.Contains(root.Index) && offset is { } at ? (at, (long)bytes) : null;
        }

        /// <summary>True when the write <paramref name="inst"/> (a store, an atomic, or a call given pointers) may be
        /// through one of the returned objects.</summary>
        public bool MayWrite(IrBody body, in IrInstruction inst)
        {
            if (_any) return true;
            if (inst.Op is IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg) return MayBe(body, body.Operands[inst.First]);
            // a call: any pointer it is given (a literal or an integer names none)
            for (int k = inst.CalleeOperand + 1; k < inst.Count; k++)
            {
                var v = body.Operands[inst.First + k];
                if (v.Kind is IrValueKind.Int or IrValueKind.Null or IrValueKind.Block) continue;
                if (MayBe(body, v)) return true;
            }
            return _globals; // (a callee may write a global directly)
        }

        private bool MayBe(IrBody body, IrValue address)
        {
            // a write through an address made of an integer (page = (void *)__get_free_page(), a literal address) may be
            // through a returned one made the same way
            if (_integers && MadeOfInteger(body, address)) return true;
            var root = AddressRoot(body, address, 7);
            switch (root.Kind)
            {
                case IrValueKind.Argument: return _arguments.Contains(root.Index);
                case IrValueKind.Global or IrValueKind.Constant: return _globals;
                case IrValueKind.Int or IrValueKind.Null: return false;
                case IrValueKind.Instruction when (uint)root.Index < (uint)body.Instructions.Length:
                    return body.Instructions[root.Index].Op switch
                    {
                        IrOp.Call or IrOp.Invoke or IrOp.CallBr or IrOp.Alloca => _instructions.Contains(root.Index),
                        IrOp.Load => _loads,
                        _ => true, // a phi, a select...: it may be any of them
                    };
                default: return true;
            }
        }
    }

    /// <summary>Through which of its arguments a call may write a value that may be constant where a caller may read it:
    /// none when it is given no pointer other than its own local variables' or literals, or calls an external function
    /// (whose writes are unknown values) or an intrinsic other than a memory one (<c>llvm.mem*</c>: always, unless its
    /// destination is a local variable); a function some member defines, its writes summary
    /// (<see cref="ContentsAlways"/> until it has one).</summary>
    private static ulong CallWrites(BitcodeModule module, IrBody body, in IrInstruction call, GlobalTraits[] inlining, ulong[] writes, int[] ids)
    {
        var operands = body.Operands;
        int at = call.CalleeOperand;
        if (at >= call.Count || operands[call.First + at] is not { Kind: IrValueKind.Global } callee || (uint)callee.Index >= (uint)inlining.Length)
            return 0; // inline asm or an indirect call: what it writes is unknown
        var traits = inlining[callee.Index];
        if ((traits & GlobalTraits.Intrinsic) != 0)
        {
            if ((traits & GlobalTraits.WritesNoMemory) != 0 || !module.Globals[callee.Index].Name.StartsWith("llvm.mem", StringComparison.Ordinal)) return 0;
            return at + 1 < call.Count && !IsLocalAddress(body, operands[call.First + at + 1]) ? ContentsAlways : 0;
        }
        if ((traits & GlobalTraits.Defined) == 0) return 0;
        return GivenPointer(module, body, call) ? writes[ids[callee.Index]] : 0;
    }

    /// <summary>True when the call passes a pointer other than a literal or one of the caller's own local variables.</summary>
    private static bool GivenPointer(BitcodeModule module, IrBody body, in IrInstruction call)
    {
        for (int k = call.CalleeOperand + 1; k < call.Count; k++)
        {
            var v = body.Operands[call.First + k];
            if (v.Kind is IrValueKind.Int or IrValueKind.Null) continue;
            if (v.Kind == IrValueKind.Constant && (uint)v.Index < (uint)body.ConstantGlobals.Count && body.ConstantGlobals[v.Index].Length == 0) continue;
            if (v.Kind == IrValueKind.Instruction && (uint)v.Index < (uint)body.Instructions.Length && body.Instructions[v.Index].Type >= 0 &&
                !IsPointer(module.Types, body.Instructions[v.Index].Type)) continue;
            if (!IsLocalAddress(body, v)) return true;
        }
        return false;
    }

    private static bool IsPointer(TypeTable types, int type) => type >= 0 && types.Get((ulong)type)?.Kind == IrTypeKind.Pointer;

    /// <summary>The arguments through which what <paramref name="v"/> points to may hold known values (a mask, or
    /// <see cref="ContentsAlways"/>): see <see cref="SummarizeReturnContents"/>.</summary>
    private static ulong Provenance(IrBody body, IrValue v, ValueMasks view, GlobalTraits[] inlining, ReturnContents[] returnContents, bool[] visited, int depth,
        TypeTable types)
    {
        switch (v.Kind)
        {
            case IrValueKind.Int or IrValueKind.Null: return 0;
            case IrValueKind.Constant:
                return (uint)v.Index < (uint)body.ConstantGlobals.Count && body.ConstantGlobals[v.Index].Length == 0 ? 0 : ContentsAlways;
            case IrValueKind.Argument: return v.Index < 63 ? 1UL << v.Index : ContentsAlways;
            case IrValueKind.Instruction: break;
            default: return ContentsAlways;
        }
        var instructions = body.Instructions;
        var operands = body.Operands;
        if ((uint)v.Index >= (uint)instructions.Length || depth > 64) return ContentsAlways;
        if (visited[v.Index]) return 0; // (its own contribution is counted where it was met first)
        visited[v.Index] = true;
        var inst = instructions[v.Index];
        ulong mask = 0;
        switch (inst.Op)
        {
            case IrOp.Alloca:
                return 0;
            case IrOp.Cast when inst.Count > 0:
                if (inst.CastOp is CastOpcode.Bitcast or CastOpcode.Addrspacecast)
                    return Provenance(body, operands[inst.First], view, inlining, returnContents, visited, depth + 1, types);
                return view.Of(v);
            case IrOp.Gep when inst.Count > 0:
                mask = Provenance(body, operands[inst.First], view, inlining, returnContents, visited, depth + 1, types);
                for (int k = 1; k < inst.Count && mask != ContentsAlways; k++) mask |= view.Of(operands[inst.First + k]);
                return mask;
            case IrOp.Phi:
                for (int k = 0; k < inst.Count && mask != ContentsAlways; k++)
                {
                    var x = operands[inst.First + k];
                    if (x.Kind != IrValueKind.Block) mask |= Provenance(body, x, view, inlining, returnContents, visited, depth + 1, types);
                }
                return mask;
            case IrOp.Select when inst.Count >= 3:
                return Provenance(body, operands[inst.First + 1], view, inlining, returnContents, visited, depth + 1, types) |
                       Provenance(body, operands[inst.First + 2], view, inlining, returnContents, visited, depth + 1, types);
            case IrOp.Load when inst.Count > 0:
            {
                if (LoadIsSource(body, v.Index, inlining)) return ContentsAlways;
                return Provenance(body, operands[inst.First], view, inlining, returnContents, visited, depth + 1, types);
            }
            case IrOp.Call or IrOp.Invoke or IrOp.CallBr:
            {
                int at = inst.CalleeOperand;
                if (at >= inst.Count || operands[inst.First + at] is not { Kind: IrValueKind.Global } callee ||
                    (uint)callee.Index >= (uint)inlining.Length) return 0; // inline asm, an indirect call: unknown
                var traits = inlining[callee.Index];
                if ((traits & GlobalTraits.Intrinsic) != 0) return ContentsAlways;
                if ((traits & GlobalTraits.Defined) == 0) return 0; // an external function's result
                ulong summary = (uint)callee.Index < (uint)returnContents.Length ? returnContents[callee.Index].Any : ContentsAlways;
                if (summary == ContentsAlways) return ContentsAlways;
                for (int k = 0; summary != 0 && k < 64 && mask != ContentsAlways; k++, summary >>= 1)
                {
                    if ((summary & 1) == 0 || at + 1 + k >= inst.Count) continue;
                    var actual = operands[inst.First + at + 1 + k];
                    // a pointer brings what it points to (its own taint may only say it may become null); any
                    // other value, its taint (a size the callee stores in what it returns)
                    bool pointer = actual.Kind == IrValueKind.Instruction && (uint)actual.Index < (uint)instructions.Length &&
                                   IsPointer(types, instructions[actual.Index].Type);
                    mask |= (pointer ? 0 : view.Of(actual)) | Provenance(body, actual, view, inlining, returnContents, visited, depth + 1, types);
                }
                return mask;
            }
            default:
                return view.Of(v);
        }
    }

    /// <summary>Through which arguments a value may become constant (a mask, or <see cref="ContentsAlways"/>), by a short
    /// walk back through what it reads: an argument through itself; a literal, an opaque result (an external or
    /// indirect call's, inline asm's, an alloca, a call of a function that returns only unknown values) through none;
    /// a load through what its address derives from, unless it is a source of taint itself (a local variable's or a
    /// stored global's); a call some member defines, a phi, or a walk too deep, through any; any other instruction
    /// through its operands.</summary>
    private sealed class ValueMasks(IrBody body, GlobalTraits[] inlining)
    {
        // how deep the walk goes before it answers ContentsAlways
        private const int MaxDepth = 8;

        public ulong Of(IrValue v) => Of(v, 0);

        private ulong Of(IrValue v, int depth)
        {
            switch (v.Kind)
            {
                case IrValueKind.Argument: return v.Index < 63 ? 1UL << v.Index : ContentsAlways;
                case IrValueKind.Instruction: break;
                default: return 0;
            }
            var instructions = body.Instructions;
            if ((uint)v.Index >= (uint)instructions.Length || depth >= MaxDepth) return ContentsAlways;
            var inst = instructions[v.Index];
            var operands = body.Operands;
            switch (TaintSourceOf(inst, operands, inlining, out int from))
            {
                case TaintSource.Opaque or TaintSource.OpaqueResult: return 0;
                case TaintSource.Inlinable: return ContentsAlways;
            }
            if (inst.Op == IrOp.Phi) return ContentsAlways;
            if (inst.Op == IrOp.Load && LoadIsSource(body, v.Index, inlining)) return ContentsAlways;
            ulong mask = 0;
            for (int k = from; k < inst.Count && mask != ContentsAlways; k++) mask |= Of(operands[inst.First + k], depth + 1);
            return mask;
        }
    }
}
