using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    // how deep ParameterWrites follows a pointer given on to another function a member defines
    private const int MaxWriteDepth = 3;

    /// <summary>
    /// A folding rule: the values a load from a local variable may read once the backend forwards what was stored
    /// (<see cref="PossibleConstants"/> asks it for a load the taint leaves tainted). The bytes the load reads are
    /// followed back along every path to it, as <see cref="LocalRule"/> does (<see cref="LastWrites"/>), with two
    /// differences: a literal stored there is named too (its value is what the path reads), and a function some member
    /// defines given the variable does not end the search: it adds every constant it may write there
    /// (<see cref="ParameterWrites"/>) and the path goes on past it (it may write nothing). An opaque call given the
    /// variable ends the path with nothing (what it wrote, the backend cannot know); an indirect call, anything else
    /// that may write the bytes, the variable's lifetime start or the entry (the variable uninitialised): not known.
    /// efivarfs' <c>datasize</c>: 0, then <c>efivar_entry_size(var, &amp;datasize)</c>, which stores 0 and hands the
    /// address to the firmware: <c>kmalloc(datasize + 4)</c> is constant only as <c>kmalloc(4)</c>.
    /// </summary>
    /// <returns>The values named (read in <paramref name="body"/>) and the constants callees write; null when the
    /// values are not known.</returns>
    internal (IrValue[] Named, long[] Written)? LoadConstants(BitcodeModule m, IrFunction f, IrBody body, int load)
    {
        if ((uint)load >= (uint)body.Instructions.Length || SizesOf(m) is not { } sizes) return null;
        ref readonly var inst = ref body.Instructions[load];
        if (inst.Op != IrOp.Load || inst.Count == 0 || m.Types.IntegerWidth(inst.Type) == 0) return null;
        var address = body.Operands[inst.First];
        if (AddressRoot(body, address, 7) is not { Kind: IrValueKind.Instruction } root || (uint)root.Index >= (uint)body.Instructions.Length ||
            body.Instructions[root.Index].Op != IrOp.Alloca || !LocalBytes(body, address, root.Index, sizes, out long offset) ||
            sizes.StoreSize(inst.Type) is not (> 0 and var size)) return null;
        Span<IrValue> values = stackalloc IrValue[MaxLoadDependencies];
        int count = 0;
        var inlining = InliningTraitsOf(m);
        var writes = new CalleeWrites(this, m, inlining, body, root.Index, offset, (long)size, sizes);
        if (LastWrites(body, inst.Block, load - 1, root.Index, offset, (long)size, inlining, sizes, values, ref count, null,
                new OpaqueWrite(this, m, f, body, root.Index), writes) != LoadDependence.Values) return null;
        return (values[..count].ToArray(), writes.Constants.ToArray());
    }

    /// <summary>What a call of a function some member defines, given a caller's local variable, may write to the bytes
    /// [offset, offset + size) of it, for <see cref="LoadConstants"/>: the constants of <see cref="ParameterWrites"/>
    /// for each argument that is the variable's address (<see cref="Step.Pass"/>), or <see cref="Step.Tainted"/> when
    /// they are not known.</summary>
    private sealed class CalleeWrites(BitcodeModuleSet set, BitcodeModule m, GlobalTraits[] traits, IrBody body, int alloca, long offset, long size,
        TypeSizes sizes)
    {
        public readonly List<long> Constants = [];

        public Step At(int j)
        {
            ref readonly var call = ref body.Instructions[j];
            var operands = body.Operands;
            int at = call.CalleeOperand;
            if (call.Op != IrOp.Call || at >= call.Count || operands[call.First + at] is not { Kind: IrValueKind.Global } callee ||
                (uint)callee.Index >= (uint)traits.Length || (traits[callee.Index] & (GlobalTraits.Defined | GlobalTraits.Intrinsic)) != GlobalTraits.Defined)
                return Step.Tainted;
            for (int k = 0; at + 1 + k < call.Count; k++)
            {
                var actual = operands[call.First + at + 1 + k];
                // (an address of something else: what the callee writes through it, ParameterWrites takes as not known)
                if (!DerivesFrom(body, actual, alloca, 7)) continue;
                if (!LocalBytes(body, actual, alloca, sizes, out long start) ||
                    set.ParameterWrites(m, callee.Index, k, offset - start, size, 0) is not { } written) return Step.Tainted;
                Constants.AddRange(written);
            }
            return Step.Pass;
        }
    }

    private readonly Dictionary<(int Name, int Parameter, long Offset, long Size), long[]?> _parameterWrites = [];
    private readonly Lock _parameterWritesLock = new();

    /// <summary>
    /// The constants a function some member defines (every definition of the global <paramref name="global"/> of
    /// <paramref name="m"/>) may write through its
    /// parameter <paramref name="parameter"/> to the bytes [<paramref name="offset"/>, <paramref name="offset"/> +
    /// <paramref name="size"/>) of what it points to, when a caller gives it a local variable's address; null when they
    /// are not known. Read from the whole body, whatever the order: a store there of a literal adds it (of another value:
    /// not known); a store or memory intrinsic through any address that is neither the parameter nor the function's own
    /// variable nor a global (which may be the caller's variable once inlined), not known; an opaque call writes only
    /// what the backend cannot know (nothing added); another defined function given the parameter adds what it writes
    /// (<see cref="MaxWriteDepth"/> deep), one not given it, or an indirect call, may write through an address it was
    /// given elsewhere: not known.
    /// </summary>
    private long[]? ParameterWrites(BitcodeModule m, int global, int parameter, long offset, long size, int depth)
    {
        if (!_names.TryGetValue(m, out var ids) || (uint)global >= (uint)ids.Length) return null;
        var key = (ids[global], parameter, offset, size);
        lock (_parameterWritesLock)
            if (_parameterWrites.TryGetValue(key, out var known)) return known;
        long[]? found = null;
        if (depth < MaxWriteDepth && DefinitionsOf(key.Item1) is { Count: > 0 } definitions)
        {
            var all = new List<long>();
            found = [];
            foreach (var (d, f) in definitions)
                if (f.Body is not { } body || SizesOf(d) is not { } sizes || !WritesThrough(d, body, parameter, offset, size, sizes, depth, all))
                {
                    found = null;
                    break;
                }
            if (found is not null) found = [.. all.Distinct()];
        }
        lock (_parameterWritesLock) _parameterWrites[key] = found;
        return found;
    }

    /// <summary><see cref="ParameterWrites"/> for one definition: false when what it writes there is not known.</summary>
    private bool WritesThrough(BitcodeModule m, IrBody body, int parameter, long offset, long size, TypeSizes sizes, int depth, List<long> into)
    {
        var traits = InliningTraitsOf(m);
        var instructions = body.Instructions;
        var operands = body.Operands;
        for (int i = 0; i < instructions.Length; i++)
        {
            ref readonly var inst = ref instructions[i];
            switch (inst.Op)
            {
                case IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg:
                {
                    if (inst.Count == 0) return false;
                    var root = OffsetRoot(body, operands[inst.First], sizes, out long? at);
                    if (IsOwnOrGlobal(body, root)) continue;
                    if (root.Kind != IrValueKind.Argument || root.Index != parameter || at is not { } start) return false;
                    long bytes = inst.Op == IrOp.Store && inst.Count >= 2 ? (long)StoredBytes(body, inst, sizes) : 0;
                    if (bytes > 0 && (start + bytes <= offset || offset + size <= start)) continue;
                    if (inst.Op != IrOp.Store || start != offset || bytes != size) return false;
                    switch (operands[inst.First + 1])
                    {
                        case { Kind: IrValueKind.Int } literal: into.Add(literal.Int); continue;
                        case { Kind: IrValueKind.Null }: into.Add(0); continue;
                        default: return false;
                    }
                }
                case IrOp.Call:
                {
                    int at = inst.CalleeOperand;
                    if (at >= inst.Count) return false;
                    var source = TaintSourceOf(inst, operands, traits, out _);
                    if (source == TaintSource.Opaque && !IsIndirect(inst, operands, out _)) continue; // what it writes stays unknown
                    if (CalleeWritesNoMemory(inst, operands, traits)) continue;
                    if (operands[inst.First + at] is not { Kind: IrValueKind.Global } callee || (uint)callee.Index >= (uint)traits.Length) return false;
                    if ((traits[callee.Index] & GlobalTraits.MemoryIntrinsic) != 0)
                    {
                        // the destination: the parameter's other bytes (a literal length), the function's own or a global
                        if (at + 3 >= inst.Count) return false;
                        var destination = OffsetRoot(body, operands[inst.First + at + 1], sizes, out long? start);
                        if (IsOwnOrGlobal(body, destination)) continue;
                        if (destination.Kind == IrValueKind.Argument && destination.Index == parameter && start is { } s &&
                            operands[inst.First + at + 3] is { Kind: IrValueKind.Int } length && (s + length.Int <= offset || offset + size <= s)) continue;
                        return false;
                    }
                    if ((traits[callee.Index] & (GlobalTraits.Defined | GlobalTraits.Intrinsic)) != GlobalTraits.Defined) return false;
                    bool given = false;
                    for (int k = 0; at + 1 + k < inst.Count; k++)
                    {
                        var root = OffsetRoot(body, operands[inst.First + at + 1 + k], sizes, out long? start);
                        if (root.Kind != IrValueKind.Argument || root.Index != parameter) continue;
                        if (start is not { } s || ParameterWrites(m, callee.Index, k, offset - s, size, depth + 1) is not { } written) return false;
                        into.AddRange(written);
                        given = true;
                    }
                    if (!given) return false; // (it may write through an address given elsewhere)
                    continue;
                }
                case IrOp.Invoke or IrOp.CallBr or IrOp.Other:
                    return false;
                default:
                    continue;
            }
        }
        return true;
    }

    /// <summary>True when the address root <paramref name="root"/> is a global or the function's own local variable: no
    /// caller's variable.</summary>
    private static bool IsOwnOrGlobal(IrBody body, IrValue root) =>
        root.Kind == IrValueKind.Global ||
        (root.Kind == IrValueKind.Instruction && (uint)root.Index < (uint)body.Instructions.Length && body.Instructions[root.Index].Op == IrOp.Alloca);

    /// <summary>Every member's definition of the function numbered <paramref name="name"/> (the facts' table,
    /// <see cref="SummaryTables.Definitions"/>: none for a declaration for the linker, which a definition prevails over).</summary>
    private List<(BitcodeModule Module, IrFunction Function)>? DefinitionsOf(int name)
    {
        EnsureFacts();
        return (uint)name < (uint)_definitions.Length ? _definitions[name] : null;
    }
}
