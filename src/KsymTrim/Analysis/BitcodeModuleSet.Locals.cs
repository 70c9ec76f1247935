using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    // how many blocks LocalRule scans back through before it gives up (the load tainted)
    private const int MaxLocalBlocks = 32;

    /// <summary>
    /// A folding rule: what a load from the local variable <paramref name="alloca"/> reads, as the backend's store
    /// forwarding (GVN, SROA, once the calls given the variable are inlined) finds it. The bytes the load reads (its
    /// offset from the variable through casts and element pointers of constant indices, and its type's size) are
    /// followed back along every path to the load:
    /// <list type="bullet">
    /// <item>a store of exactly those bytes decides the path: the load reads the value stored, named in
    /// <paramref name="values"/> (a literal or an address: tainted); a store that cannot touch them (another variable,
    /// an argument's or a global's memory, other bytes of this one) is passed;</item>
    /// <item>an opaque call (inline asm, a function no member defines) given the variable's address ends the path: what
    /// it wrote is unknown, unless its declaration says it only reads through some parameter
    /// (<see cref="GlobalTraits.ReadsThroughSome"/>: passed, the store before it may be forwarded); one not given it,
    /// or an intrinsic that writes no memory, is passed, as is a memory intrinsic on other bytes or other memory; an indirect call given it ends the path with its target named (it may become a
    /// known function: <see cref="IndirectWrite"/>);</item>
    /// <item>anything else that may write those bytes (a function some member defines, a memory intrinsic on them, a
    /// store of other or unknown bytes of them, the variable's lifetime start, an invoke), or the entry (the variable
    /// uninitialised), or more than <see cref="MaxLocalBlocks"/> blocks: tainted.</item>
    /// </list>
    /// The load is then tainted only when one of the named values is (<see cref="LoadDependence.Values"/>): two
    /// paths that each store what a copy from the user wrote (bridge's ioctl arguments) leave it unknown. Without the
    /// sizes, or when the bytes are not known, <see cref="ReadsOpaqueWrite"/> decides, scanning blocks with one
    /// predecessor only.
    /// </summary>
    internal static LoadDependence LocalRule(IrBody body, int load, int alloca, GlobalTraits[] inlining, TypeSizes? sizes,
        Span<IrValue> values, ref int count)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        var inst = instructions[load];
        if (sizes is null || !LocalBytes(body, operands[inst.First], alloca, sizes, out long offset) || sizes.StoreSize(inst.Type) is not (> 0 and var size))
        {
            if (!ReadsOpaqueWrite(body, load, alloca, inlining, out var target)) return LoadDependence.Tainted;
            if (target.Kind != IrValueKind.Other) values[count++] = target; // (an indirect call's, as IrValueKind.Other when none)
            return LoadDependence.Values;
        }
        return LastWrites(body, inst.Block, load - 1, alloca, offset, (long)size, inlining, sizes, values, ref count, null);
    }

    /// <summary>The paths of <see cref="LocalRule"/>: back from instruction <paramref name="from"/> of block
    /// <paramref name="start"/> (and from the start of the block when it is before it) to what last wrote the bytes
    /// [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="size"/>) of the variable
    /// <paramref name="alloca"/>. With <paramref name="derived"/> (the variable's addresses, when nothing else can reach
    /// it: <see cref="Uncaptured"/>), what is not given one of them cannot write it and is passed; with
    /// <paramref name="opaque"/>, an opaque call given the variable does what it says (<see cref="LocalContents"/>'s);
    /// with <paramref name="writes"/> (<see cref="LoadConstants"/>'s), a literal stored is named and a function some
    /// member defines given the variable is passed once its writes are known.</summary>
    private static LoadDependence LastWrites(IrBody body, int start, int from, int alloca, long offset, long size, GlobalTraits[] inlining,
        TypeSizes sizes, Span<IrValue> values, ref int count, bool[]? derived, OpaqueWrite? opaque = null, CalleeWrites? writes = null)
    {
        var instructions = body.Instructions;
        var flow = ControlFlow.Of(body);
        // the paths still to follow back: the block, and the instruction to scan back from in it
        Span<int> pendingBlock = stackalloc int[MaxLocalBlocks + 1], pendingFrom = stackalloc int[MaxLocalBlocks + 1];
        Span<int> seen = stackalloc int[MaxLocalBlocks];         // the blocks whose end was queued
        int paths = 0, blocks = 0;
        (pendingBlock[0], pendingFrom[0]) = (start, from);
        paths++;
        while (paths > 0)
        {
            paths--;
            int block = pendingBlock[paths], j = pendingFrom[paths];
            bool ended = false;
            for (; j >= 0 && instructions[j].Block == block && !ended; j--)
            {
                switch (LocalStep(body, j, alloca, offset, size, inlining, sizes, values, ref count, derived, opaque, writes))
                {
                    case Step.Pass: continue;
                    case Step.End: ended = true; break;
                    default: return LoadDependence.Tainted;
                }
            }
            if (ended) continue;
            // the start of the block: every predecessor's end, once
            if (block == 0) return LoadDependence.Tainted; // the variable as the function found it: undefined
            for (int e = flow.PredecessorStart[block]; e < flow.PredecessorStart[block + 1]; e++)
            {
                int p = flow.Predecessors[e];
                if (seen[..blocks].Contains(p)) continue;
                if (blocks == MaxLocalBlocks || flow.Terminators[p] < 0) return LoadDependence.Tainted;
                seen[blocks++] = p;
                (pendingBlock[paths], pendingFrom[paths]) = (p, flow.Terminators[p]);
                paths++;
            }
        }
        return LoadDependence.Values;
    }

    // the most stores of distinct bytes LocalContents asks LastWrites about (more: every byte may be known)
    private const int MaxLocalFields = 32;

    /// <summary>
    /// A folding rule: what a function some member defines may read as known through the address of a caller's local
    /// variable <paramref name="alloca"/>, given at the call <paramref name="call"/> as its argument
    /// <paramref name="parameter"/>: the bytes of the variable, as seen from the address (<paramref name="delta"/> bytes
    /// into it), that may hold a value the LTO backend knows once the callee is inlined. Every byte may, but those a
    /// store of an integer that stays unknown last wrote on every path to the call (<see cref="LastWrites"/>, as
    /// <see cref="LocalRule"/> follows them; a pointer stored may point to known contents, so it stays known): a field
    /// set from <c>strlen</c> before the variable is handed on. Only where the callee only reads through the address
    /// (<c>readonly</c> on every definition's parameter, or at the call): one that writes a literal there first and
    /// reads it back would find it. On the way back, an opaque call given the variable ends a path with what it wrote
    /// only when it may write and cannot become a known function: an indirect call may be one once its target is
    /// inlined (the path is then known), an external function that writes no memory is passed (<see cref="OpaqueWrite"/>).
    /// </summary>
    private KnownBytes LocalContents(Caller c, int call, int parameter, int alloca, long delta, TaintView tainted, FunctionFacts self)
    {
        // what last wrote each field depends on the body alone: found once per call, variable and parameter
        // (the fixpoint visits a caller again whenever its own flags grow), only the taint of what it names again
        var key = (call, parameter, alloca);
        if (c.LastWriters?.TryGetValue(key, out var writers) != true)
            (c.LastWriters ??= [])[key] = writers = FieldWriters(c, call, parameter, alloca);
        if (writers is null) return KnownBytes.All;
        var unknown = KnownBytes.None;
        foreach (var field in writers.Fields)
        {
            bool known = false;
            foreach (var x in field.Values)
                if (known = MayBeConstant(x, tainted, self, otherwise: true)) break;
            if (!known) unknown = unknown.Union(KnownBytes.Range(field.Offset, field.Size));
        }
        // (past KnownBytes.MaxRanges a union is every byte: then nothing is claimed unknown)
        if (unknown.IsAll) return KnownBytes.All;
        return KnownBytes.Range(0, writers.Size).Except(unknown).Shift(delta);
    }

    /// <summary>The fields of a variable <see cref="LocalContents"/> weighs: each a candidate's bytes and the values
    /// <see cref="LastWrites"/> found last written there on every path (the field is unknown when none of them is
    /// tainted); a field whose paths meet anything else is left out (known).</summary>
    internal sealed record LocalFields(long Size, List<(long Offset, long Size, IrValue[] Values)> Fields);

    /// <summary>The work of <see cref="LocalContents"/> that depends on the body only; null when every byte stays known.</summary>
    private LocalFields? FieldWriters(Caller c, int call, int parameter, int alloca)
    {
        var body = c.Body;
        var m = c.Module;
        var sizes = SizesOf(m);
        if (sizes is null || body.Instructions[alloca] is not { Op: IrOp.Alloca, Count: > 0 } variable ||
            body.Operands[variable.First] is not { Kind: IrValueKind.Int, Int: 1 } ||
            sizes.AllocSize(variable.Type) is not (> 0 and < int.MaxValue and var allocated) ||
            !OnlyReadsThrough(m, c.Function, body, call, parameter)) return null;
        // the candidates: the bytes each store of an integer that is no literal writes to the variable
        Span<long> fields = stackalloc long[2 * MaxLocalFields];
        int n = 0;
        var instructions = body.Instructions;
        var operands = body.Operands;
        for (int j = 0; j < instructions.Length; j++)
        {
            ref readonly var store = ref instructions[j];
            if (store.Op != IrOp.Store || store.Count < 2 || operands[store.First + 1].Kind is not (IrValueKind.Instruction or IrValueKind.Argument) ||
                store.Type < 0 || m.Types.Get((ulong)store.Type)?.Kind != IrTypeKind.Integer ||
                !LocalBytes(body, operands[store.First], alloca, sizes, out long at) || StoredBytes(body, store, sizes) is not (> 0 and var bytes)) continue;
            bool seen = false;
            for (int k = 0; k < n && !seen; k += 2) seen = fields[k] == at && fields[k + 1] == (long)bytes;
            if (seen) continue;
            if (n == fields.Length) return null;
            (fields[n], fields[n + 1]) = (at, (long)bytes);
            n += 2;
        }
        if (n == 0) return null;
        var derived = Uncaptured(m, c.Function, body, alloca, c.Inlining);
        var found = new List<(long, long, IrValue[])>();
        Span<IrValue> values = stackalloc IrValue[MaxLoadDependencies];
        ref readonly var site = ref instructions[call];
        var opaque = new OpaqueWrite(this, m, c.Function, body, alloca);
        for (int k = 0; k < n; k += 2)
        {
            int count = 0;
            if (LastWrites(body, site.Block, call - 1, alloca, fields[k], fields[k + 1], c.Inlining, sizes, values, ref count, derived, opaque) ==
                LoadDependence.Values) found.Add((fields[k], fields[k + 1], values[..count].ToArray()));
        }
        return found.Count == 0 ? null : new LocalFields((long)allocated, found);
    }

    /// <summary>True when the callee of <paramref name="call"/> only reads through its argument
    /// <paramref name="parameter"/> (<see cref="AttributeList.OnlyReadsThrough"/> at the call, on its declaration, or on
    /// every member's definition).</summary>
    private bool OnlyReadsThrough(BitcodeModule m, IrFunction f, IrBody body, int call, int parameter)
    {
        ref readonly var inst = ref body.Instructions[call];
        if ((uint)inst.Aux < (uint)f.Calls.Length && f.Calls[inst.Aux].Attributes.OnlyReadsThrough(parameter)) return true;
        if (body.Operands[inst.First + inst.CalleeOperand] is not { Kind: IrValueKind.Global } callee || (uint)callee.Index >= (uint)m.Globals.Length)
            return false;
        var g = m.Globals[callee.Index];
        return g.Attributes.OnlyReadsThrough(parameter) || DefinitionsSay(m, callee.Index, parameter, static (list, k) => list.OnlyReadsThrough(k));
    }

    /// <summary>What an opaque call given the variable <paramref name="alloca"/> does to it, for <see cref="LocalContents"/>
    /// and <see cref="LoadConstants"/>: an indirect call may become a call of a known function once its target is inlined
    /// (what it writes may then be known: tainted); an external function that writes no memory
    /// (<see cref="AttributeList.WritesNoMemory"/> at the call or on its declaration), or only reads through each
    /// argument that is the variable's address (<see cref="OnlyReadsThrough"/>), leaves it as it was (passed: the backend
    /// forwards the store before it); inline asm or any other external function writes what stays unknown (the path
    /// ends).</summary>
    private sealed class OpaqueWrite(BitcodeModuleSet set, BitcodeModule m, IrFunction f, IrBody body, int alloca)
    {
        public Step At(int j)
        {
            ref readonly var inst = ref body.Instructions[j];
            if ((uint)inst.Aux >= (uint)f.Calls.Length) return Step.Tainted;
            var site = f.Calls[inst.Aux];
            if (site.Callee == CalleeKind.Indirect) return Step.Tainted;
            if (site.Callee == CalleeKind.InlineAsm) return Step.End;
            if (site.Attributes.WritesNoMemory ||
                ((uint)site.CalleeGlobal < (uint)m.Globals.Length && m.Globals[site.CalleeGlobal].Attributes.WritesNoMemory)) return Step.Pass;
            for (int k = 0; inst.CalleeOperand + 1 + k < inst.Count; k++)
                if (DerivesFrom(body, body.Operands[inst.First + inst.CalleeOperand + 1 + k], alloca, 7) &&
                    !set.OnlyReadsThrough(m, f, body, j, k)) return Step.End;
            return Step.Pass;
        }
    }

    /// <summary>
    /// The addresses of the local variable <paramref name="alloca"/> (it and the casts and element pointers of it), by
    /// instruction, when nothing but them can reach it: each is only a load's or a store's address, a comparison's
    /// operand, a memory intrinsic's or a marker's (<see cref="GlobalTraits.WritesNoMemory"/>) argument, or an argument
    /// a call does not capture (<c>nocapture</c>, <c>captures(none)</c>, at the call or on the callee); null when one
    /// may escape (stored, returned, chosen by a phi or a select, made an integer, given where it may be captured).
    /// </summary>
    private bool[]? Uncaptured(BitcodeModule m, IrFunction f, IrBody body, int alloca, GlobalTraits[] inlining)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        var derived = new bool[instructions.Length];
        derived[alloca] = true;
        // (blocks need not come in dominance order: again until no address is added)
        for (bool grew = true; grew;)
        {
            grew = false;
            for (int i = 0; i < instructions.Length; i++)
            {
                ref readonly var inst = ref instructions[i];
                if (derived[i] || inst.Count == 0 || !(inst.Op == IrOp.Gep ||
                    (inst.Op == IrOp.Cast && (CastOpcode)inst.Code is CastOpcode.Bitcast or CastOpcode.Addrspacecast))) continue;
                if (operands[inst.First] is { Kind: IrValueKind.Instruction } b && (uint)b.Index < (uint)derived.Length && derived[b.Index])
                    (derived[i], grew) = (true, true);
            }
        }
        for (int i = 0; i < instructions.Length; i++)
        {
            ref readonly var inst = ref instructions[i];
            for (int k = 0; k < inst.Count; k++)
            {
                if (operands[inst.First + k] is not { Kind: IrValueKind.Instruction } v || (uint)v.Index >= (uint)derived.Length || !derived[v.Index]) continue;
                bool kept = inst.Op switch
                {
                    IrOp.Load or IrOp.Cmp => true,
                    IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg => k == 0,
                    IrOp.Gep => k == 0 && derived[i],
                    IrOp.Cast => derived[i],
                    IrOp.Call or IrOp.Invoke or IrOp.CallBr => NotCaptured(m, f, body, inst, k, inlining),
                    _ => false,
                };
                if (!kept) return null;
            }
        }
        return derived;
    }

    /// <summary>True when the call <paramref name="call"/> does not capture its operand <paramref name="k"/>: a memory
    /// intrinsic's or a marker's argument (a pure intrinsic's may be its result), or a parameter the call site, the callee's declaration or every member's
    /// definition of it says is not captured.</summary>
    private bool NotCaptured(BitcodeModule m, IrFunction f, IrBody body, in IrInstruction call, int k, GlobalTraits[] inlining)
    {
        int at = call.CalleeOperand;
        if (k <= at || body.Operands[call.First + at] is not { Kind: IrValueKind.Global } callee || (uint)callee.Index >= (uint)inlining.Length) return false;
        if ((inlining[callee.Index] & GlobalTraits.MemoryIntrinsic) != 0) return true;
        // a marker (lifetime, debug, assume), but not a pure intrinsic: its result may be the address (llvm.ptrmask)
        if ((inlining[callee.Index] & GlobalTraits.WritesNoMemory) != 0)
            return (uint)callee.Index < (uint)m.Globals.Length && !PureIntrinsics.IsPure(m.Globals[callee.Index].Name);
        int parameter = k - at - 1;
        if ((uint)call.Aux < (uint)f.Calls.Length && f.Calls[call.Aux].Attributes.DoesNotCapture(parameter)) return true;
        if ((uint)callee.Index >= (uint)m.Globals.Length) return false;
        var g = m.Globals[callee.Index];
        return g.Attributes.DoesNotCapture(parameter) || DefinitionsSay(m, callee.Index, parameter, static (list, p) => list.DoesNotCapture(p));
    }

    /// <summary>What one instruction met on the way back from a load does to the bytes it reads.</summary>
    private enum Step
    {
        /// <summary>Cannot touch them: go on.</summary>
        Pass,
        /// <summary>Decides this path (a store of exactly them, named; an opaque write).</summary>
        End,
        /// <summary>May write something known there: the load is tainted.</summary>
        Tainted,
    }

    private static Step LocalStep(IrBody body, int j, int alloca, long offset, long size, GlobalTraits[] inlining, TypeSizes sizes,
        Span<IrValue> values, ref int count, bool[]? derived, OpaqueWrite? opaque, CalleeWrites? writes)
    {
        var inst = body.Instructions[j];
        var operands = body.Operands;
        if (derived is not null)
        {
            // the variable reached only through its own addresses: what is given none of them cannot write it
            bool touches = false;
            for (int k = 0; k < inst.Count && !touches; k++)
                touches = operands[inst.First + k] is { Kind: IrValueKind.Instruction } x && (uint)x.Index < (uint)derived.Length && derived[x.Index];
            if (!touches) return Step.Pass;
        }
        switch (inst.Op)
        {
            case IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg:
            {
                if (inst.Count == 0) return Step.Tainted;
                var address = operands[inst.First];
                if (CannotBe(body, address, alloca)) return Step.Pass;
                if (inst.Op != IrOp.Store || inst.Count < 2 || !LocalBytes(body, address, alloca, sizes, out long at) ||
                    StoredBytes(body, inst, sizes) is not (> 0 and var bytes)) return Step.Tainted;
                if (at + (long)bytes <= offset || offset + size <= at) return Step.Pass;
                if (at != offset || (long)bytes != size) return Step.Tainted;
                var stored = operands[inst.First + 1];
                // (a literal: tainted for the taint, its value for LoadConstants)
                bool named = stored.Kind is IrValueKind.Instruction or IrValueKind.Argument ||
                             (writes is not null && stored.Kind is IrValueKind.Int or IrValueKind.Null);
                if (!named || count == values.Length) return Step.Tainted;
                values[count++] = stored;
                return Step.End;
            }
            case IrOp.Call:
            {
                // (with derived, only a call given one of the variable's addresses comes here)
                bool given = derived is not null || IsGiven(body, inst, alloca);
                var source = TaintSourceOf(inst, operands, inlining, out _);
                if (source == TaintSource.Opaque) return !given ? Step.Pass : opaque?.At(j) ?? IndirectWrite(inst, operands, inlining, values, ref count);
                if (!given && CalleeWritesNoMemory(inst, operands, inlining)) return Step.Pass;
                if (MemoryIntrinsicMisses(body, inst, alloca, offset, size, inlining, sizes)) return Step.Pass;
                return given && writes is not null ? writes.At(j) : Step.Tainted;
            }
            case IrOp.Other or IrOp.Invoke or IrOp.CallBr:
                return Step.Tainted;
            default:
                return Step.Pass;
        }
    }

    /// <summary>What an opaque call given the variable does to it where <see cref="OpaqueWrite"/> is not at hand
    /// (<see cref="LocalRule"/>, which sees the body only): inline asm or an external function writes what stays unknown
    /// (the path ends); an indirect call becomes a call of a known function where its target becomes known, as
    /// fill_then_alloc's <c>fill(&amp;n)</c> does where a caller passes a member's function, and what it writes may then be
    /// known: the path ends with the target named (the load is tainted where it is), or tainted when it cannot be. A
    /// function that may only read through the variable (<see cref="MayOnlyRead"/>) is passed.</summary>
    private static Step IndirectWrite(in IrInstruction call, ReadOnlySpan<IrValue> operands, GlobalTraits[] inlining, Span<IrValue> values, ref int count)
    {
        if (call.CalleeOperand >= call.Count) return Step.Tainted;
        if (!IsIndirect(call, operands, out var target)) return MayOnlyRead(call, operands, inlining) ? Step.Pass : Step.End;
        if (target.Kind is not (IrValueKind.Instruction or IrValueKind.Argument) || count == values.Length) return Step.Tainted;
        values[count++] = target;
        return Step.End;
    }

    /// <summary>The bytes the store <paramref name="store"/> writes: its value's type's size, or a pointer's for a global's,
    /// a local variable's or an element pointer's address, which the reader leaves untyped; 0 when not known.</summary>
    internal static ulong StoredBytes(IrBody body, in IrInstruction store, TypeSizes sizes)
    {
        ulong bytes = sizes.StoreSize(store.Type);
        if (bytes != 0 || store.Count < 2) return bytes;
        // what the reader leaves untyped is an address
        var value = body.Operands[store.First + 1];
        bool address = value.Kind == IrValueKind.Global ||
                       (value.Kind == IrValueKind.Instruction && (uint)value.Index < (uint)body.Instructions.Length && body.Instructions[value.Index].Op is IrOp.Gep or IrOp.Alloca);
        return address ? sizes.PointerBytes : 0;
    }

    /// <summary>True when <paramref name="call"/> is a memory intrinsic (<c>llvm.memset</c>, <c>llvm.memcpy</c>,
    /// <c>llvm.memmove</c>) whose destination cannot be the bytes [offset, offset + size) of the variable: another
    /// object, or other bytes of it with a literal length.</summary>
    private static bool MemoryIntrinsicMisses(IrBody body, in IrInstruction call, int alloca, long offset, long size, GlobalTraits[] inlining,
        TypeSizes sizes)
    {
        var operands = body.Operands;
        int at = call.CalleeOperand;
        if (at + 3 >= call.Count || operands[call.First + at] is not { Kind: IrValueKind.Global } callee ||
            (uint)callee.Index >= (uint)inlining.Length || (inlining[callee.Index] & GlobalTraits.MemoryIntrinsic) == 0) return false;
        var destination = operands[call.First + at + 1];
        if (CannotBe(body, destination, alloca)) return true;
        var length = operands[call.First + at + 3];
        return length.Kind == IrValueKind.Int && LocalBytes(body, destination, alloca, sizes, out long start) &&
               (start + length.Int <= offset || offset + size <= start);
    }

    /// <summary>True when <paramref name="address"/> is the variable <paramref name="alloca"/> plus a constant
    /// <paramref name="offset"/>, through casts and element pointers whose indices are literals.</summary>
    private static bool LocalBytes(IrBody body, IrValue address, int alloca, TypeSizes sizes, out long offset)
    {
        var root = OffsetRoot(body, address, sizes, out long? at);
        offset = at ?? 0;
        return root is { Kind: IrValueKind.Instruction } && root.Index == alloca && at is not null;
    }
}
