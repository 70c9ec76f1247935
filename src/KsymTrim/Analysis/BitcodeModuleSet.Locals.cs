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
    /// <item>an opaque call (indirect, inline asm, a function no member defines) given the variable's address ends the
    /// path: what it wrote is unknown; one not given it, or an intrinsic that writes no memory, is passed, as is a
    /// memory intrinsic on other bytes or other memory;</item>
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
            return ReadsOpaqueWrite(body, load, alloca, inlining) ? LoadDependence.Values : LoadDependence.Tainted;
        var flow = ControlFlow.Of(body);
        // the paths still to follow back: the block, and the instruction to scan back from in it
        Span<int> pendingBlock = stackalloc int[MaxLocalBlocks + 1], pendingFrom = stackalloc int[MaxLocalBlocks + 1];
        Span<int> seen = stackalloc int[MaxLocalBlocks];         // the blocks whose end was queued
        int paths = 0, blocks = 0;
        (pendingBlock[0], pendingFrom[0]) = (inst.Block, load - 1);
        paths++;
        while (paths > 0)
        {
            paths--;
            int block = pendingBlock[paths], j = pendingFrom[paths];
            bool ended = false;
            for (; j >= 0 && instructions[j].Block == block && !ended; j--)
            {
                switch (LocalStep(body, j, alloca, offset, (long)size, inlining, sizes, values, ref count))
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
        Span<IrValue> values, ref int count)
    {
        var inst = body.Instructions[j];
        var operands = body.Operands;
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
                if (stored.Kind is not (IrValueKind.Instruction or IrValueKind.Argument) || count == values.Length) return Step.Tainted;
                values[count++] = stored;
                return Step.End;
            }
            case IrOp.Call:
            {
                bool given = IsGiven(body, inst, alloca);
                var source = TaintSourceOf(inst, operands, inlining, out _);
                if (source == TaintSource.Opaque) return given ? Step.End : Step.Pass;
                if (!given && CalleeWritesNoMemory(inst, operands, inlining)) return Step.Pass;
                return MemoryIntrinsicMisses(body, inst, alloca, offset, size, inlining, sizes) ? Step.Pass : Step.Tainted;
            }
            case IrOp.Other or IrOp.Invoke or IrOp.CallBr:
                return Step.Tainted;
            default:
                return Step.Pass;
        }
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
