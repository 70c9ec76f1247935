using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    /// <summary>
    /// A folding rule: a load of a global variable that some member writes may read what was written, where the
    /// backend inlines the store and the load into one function (`g = 10000; f();` with f loading g in another
    /// member). Marks <see cref="GlobalTraits.Stored"/> on every member's global of a name that some member stores to
    /// (anything but an opaque call's result), updates atomically, or gives (through casts and element pointers) to a
    /// call that may write it: a function a member defines, or an intrinsic that writes memory. A global only opaque
    /// calls are given stays unmarked: what they write is unknown.
    /// </summary>
    private void MarkStoredGlobals(List<BitcodeModule> modules)
    {
        var stored = new bool[_defined.Length]; // by name number
        bool any = false;
        foreach (var m in modules)
        {
            if (m.Functions is null) continue;
            var traits = _inlining[m];
            var hit = new bool[m.Globals.Length]; // by global index: names are looked up once per global, not per store
            foreach (var f in m.Functions)
            {
                if (f.Body is not { } body) continue;
                var instructions = body.Instructions;
                var operands = body.Operands;
                foreach (int i in body.Writes)
                {
                    ref readonly var inst = ref instructions[i];
                    switch (inst.Op)
                    {
                        case IrOp.Store when inst.Count >= 2 && StoresUnknown(body, operands[inst.First + 1], traits):
                            break; // what an opaque call returned: the load reads no constant
                        case IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg when inst.Count > 0:
                            AddRoot(body, operands[inst.First], hit);
                            break;
                        case IrOp.Call or IrOp.Invoke or IrOp.CallBr:
                        {
                            if (TaintSourceOf(inst, operands, traits, out int from) == TaintSource.Opaque ||
                                CalleeWritesNoMemory(inst, operands, traits)) break;
                            for (int k = from; k < inst.Count; k++)
                                if (operands[inst.First + k].Kind is IrValueKind.Instruction or IrValueKind.Global or IrValueKind.Constant)
                                    AddRoot(body, operands[inst.First + k], hit);
                            break;
                        }
                    }
                }
            }
            var ids = _names[m];
            for (int g = 0; g < hit.Length; g++)
                if (hit[g]) stored[ids[g]] = any = true;
        }
        if (!any) return;
        foreach (var m in modules)
        {
            var traits = _inlining[m];
            var ids = _names[m];
            for (int g = 0; g < traits.Length; g++)
                if (m.Globals[g].Kind != GlobalValueKind.Function && stored[ids[g]]) traits[g] |= GlobalTraits.Stored;
        }

        // a stored value that is the result of an opaque call (external, indirect, inline asm; the return summaries,
        // which read these marks, come later): what a load forwarded from the store reads is as unknown
        static bool StoresUnknown(IrBody body, IrValue value, GlobalTraits[] traits) =>
            value.Kind == IrValueKind.Instruction && (uint)value.Index < (uint)body.Instructions.Length &&
            body.Instructions[value.Index].Op is IrOp.Call or IrOp.Invoke &&
            TaintSourceOf(body.Instructions[value.Index], body.Operands, traits, out _) == TaintSource.Opaque;

        // the global an address is rooted at (a constant expression: every global it names)
        static void AddRoot(IrBody body, IrValue address, bool[] hit)
        {
            var root = AddressRoot(body, address, 7);
            if (root.Kind == IrValueKind.Global && (uint)root.Index < (uint)hit.Length) hit[root.Index] = true;
            else if (root.Kind == IrValueKind.Constant && (uint)root.Index < (uint)body.ConstantGlobals.Count)
                foreach (int g in body.ConstantGlobals[root.Index])
                    if ((uint)g < (uint)hit.Length) hit[g] = true;
        }
    }
}
