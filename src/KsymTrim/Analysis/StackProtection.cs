using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>
/// Whether LLVM's StackProtector pass protects a function (llvm/lib/CodeGen/StackProtector.cpp,
/// RequiresStackProtector, ContainsProtectableArray, HasAddressTaken, LLVM 11 to 19): <c>sspreq</c> always;
/// <c>ssp</c> for a character array of at least ssp-buffer-size bytes (or a variable-size alloca);
/// <c>sspstrong</c> also for any array, any struct holding one, and any local whose address escapes. The
/// protected function calls <c>__stack_chk_fail</c> on a mismatch.
/// </summary>
internal static class StackProtection
{
    public static bool Needed(IrFunction f, IrBody body, bool[] live, BitcodeModule module) // live: per instruction
    {
        int level = 0;
        int bufferSize = 8;
        foreach (var a in f.Attributes.FunctionAttributes)
        {
            switch (a.Name)
            {
                case "sspreq": level = Math.Max(level, 3); break;
                case "sspstrong": level = Math.Max(level, 2); break;
                case "ssp": level = Math.Max(level, 1); break;
                case "safestack": return false;
                case "stack-protector-buffer-size" when int.TryParse(a.Value, out int n) && n > 0: bufferSize = n; break;
            }
        }
        if (level == 0) return false;
        if (level == 3) return true;
        bool strong = level == 2;
        int[]? userStart = null, users = null;
        for (int i = 0; i < body.Instructions.Length; i++)
        {
            var inst = body.Instructions[i];
            if (inst.Op != IrOp.Alloca || !live[i]) continue;
            var size = inst.Count > 0 ? body.Operands[inst.First] : default;
            bool array = !(size.Kind == IrValueKind.Int && size.Int == 1);
            if (array)
            {
                if (size.Kind != IrValueKind.Int) return true;                 // variable size
                if (size.Int >= bufferSize || strong) return true;
                continue;
            }
            if (ContainsProtectableArray(module, inst.Type, strong, false, bufferSize, 0, out _)) return true;
            if (!strong) continue;
            if (userStart is null) IrUsers.Build(body, out userStart, out users);
            if (AddressTaken(body, module, i, userStart, users!, live, new HashSet<int>())) return true;
        }
        return false;
    }

    private static bool ContainsProtectableArray(BitcodeModule module, int typeId, bool strong, bool inStruct, int bufferSize, int depth, out bool large)
    {
        large = false;
        var t = module.Types.Get((ulong)Math.Max(typeId, 0));
        if (t is null || depth > 32) return false;
        if (t.Kind == IrTypeKind.Array)
        {
            var element = module.Types.Get((ulong)Math.Max(t.Contained[0], 0));
            bool chars = element is { Kind: IrTypeKind.Integer, Width: 8 };
            if (!chars && !strong) return false; // ELF targets: only character arrays, unless strong
            long bytes = SizeOf(module, typeId, 0);
            if (bytes < 0 || bytes >= bufferSize) { large = true; return true; }
            return strong;
        }
        if (t.Kind != IrTypeKind.Struct) return false;
        bool needs = false;
        foreach (int e in t.Contained)
            if (ContainsProtectableArray(module, e, strong, true, bufferSize, depth + 1, out bool l))
            {
                if (l) { large = true; return true; }
                needs = true;
            }
        return needs;
    }

    /// <summary>The allocation size of a type in bytes (alignment padding ignored; -1 when unknown).</summary>
    private static long SizeOf(BitcodeModule module, int typeId, int depth)
    {
        var t = module.Types.Get((ulong)Math.Max(typeId, 0));
        if (t is null || depth > 32) return -1;
        switch (t.Kind)
        {
            case IrTypeKind.Integer: return (long)Math.Max(1, (t.Width + 7) / 8);
            case IrTypeKind.Float: return (long)Math.Max(2, t.Width / 8);
            case IrTypeKind.Pointer: return 8;
            case IrTypeKind.Array or IrTypeKind.Vector:
            {
                long e = SizeOf(module, t.Contained[0], depth + 1);
                return e < 0 ? -1 : e * (long)Math.Min(t.Width, int.MaxValue);
            }
            case IrTypeKind.Struct:
            {
                long sum = 0;
                foreach (int e in t.Contained)
                {
                    long s = SizeOf(module, e, depth + 1);
                    if (s < 0) return -1;
                    sum += s;
                }
                return sum;
            }
            default: return -1;
        }
    }

    /// <summary>StackProtector's HasAddressTaken: any use that lets the address escape or may write past the object.</summary>
    private static bool AddressTaken(IrBody body, BitcodeModule module, int value, int[] start, int[] users, bool[] live, HashSet<int> visited)
    {
        if (!visited.Add(value) || visited.Count > 4096) return visited.Count > 4096;
        for (int u = start[value]; u < start[value + 1]; u++)
        {
            var inst = body.Instructions[users[u]];
            if (!live[users[u]]) continue;
            var ops = body.OperandsOf(inst);
            switch (inst.Op)
            {
                case IrOp.Load or IrOp.AtomicRmw or IrOp.Ret:
                    break;
                case IrOp.Store:
                    if (ops.Length > 1 && ops[1] is { Kind: IrValueKind.Instruction } sv && sv.Index == value) return true;
                    break;
                case IrOp.CmpXchg:
                    if (ops.Length > 2 && ops[2] is { Kind: IrValueKind.Instruction } nv && nv.Index == value) return true;
                    break;
                case IrOp.Cast:
                    if (inst.Code is 11 or 12) { if (AddressTaken(body, module, users[u], start, users, live, visited)) return true; }
                    else return true; // ptrtoint and the rest
                    break;
                case IrOp.Call:
                {
                    var callee = ops.Length > 0 ? ops[0] : default;
                    string name = callee.Kind == IrValueKind.Global && (uint)callee.Index < (uint)module.GlobalValues.Count
                        ? module.GlobalValues[callee.Index].Name : "";
                    if (name.StartsWith("llvm.lifetime.", StringComparison.Ordinal) || name.StartsWith("llvm.dbg.", StringComparison.Ordinal) ||
                        name.StartsWith("llvm.pseudoprobe", StringComparison.Ordinal)) break;
                    return true;
                }
                case IrOp.Gep:
                {
                    for (int k = 1; k < ops.Length; k++)
                        if (ops[k].Kind is not (IrValueKind.Int or IrValueKind.Null)) return true; // a variable offset
                    if (AddressTaken(body, module, users[u], start, users, live, visited)) return true;
                    break;
                }
                case IrOp.Select or IrOp.Phi:
                    if (AddressTaken(body, module, users[u], start, users, live, visited)) return true;
                    break;
                default:
                    return true;
            }
        }
        return false;
    }
}
