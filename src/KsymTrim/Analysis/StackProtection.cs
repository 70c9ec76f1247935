using KsymTrim.Analysis.Lowering;
using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>
/// The facts about a function's allocas that LLVM's StackProtector pass decides on (llvm/lib/CodeGen/
/// StackProtector.cpp: the allocated types' arrays as ContainsProtectableArray finds them, variable sizes, and
/// HasAddressTaken), handed to the lowering model's RequiresStackProtector rule
/// (<see cref="LoweringModel.AllocaNeedsProtector"/>). A protected function calls <c>__stack_chk_fail</c>.
/// </summary>
internal static class StackProtection
{
    /// <summary>True when StackProtector protects the function, looking only at live allocas and uses.</summary>
    /// <param name="traits">The function's traits (its ssp level and buffer size).</param>
    /// <param name="body">The function's body.</param>
    /// <param name="fold">What code generation keeps of the body; when <see cref="FoldView.Folded"/>, also the users
    /// of its instructions, which this reads rather than building them again.</param>
    /// <param name="scratch">Where the users are built when the body was not folded. Building them overwrites the
    /// scratch's <see cref="IrUsers"/>, so this runs after everything else that reads a fold of the body.</param>
    /// <param name="module">The module (its types).</param>
    public static bool Needed(FunctionTraits traits, IrBody body, in FoldView fold, AnalysisScratch scratch, BitcodeModule module)
    {
        if (traits.StackProtector == StackProtectorLevel.None) return false;
        // SafeStack replaces StackProtector but keeps a canary of its own for ssp/sspstrong/sspreq functions
        // (CodeGen/SafeStack.cpp run(): StackGuardSlot from getStackGuard, checkStackGuard calls
        // STACKPROTECTOR_CHECK_FAIL __stack_chk_fail) whenever it moves an unsafe alloca; predicted for any
        // (llc 22: safestack+sspreq on x86_64, AArch64, ARM, Android).
        if (traits.SafeStack) return true;
        if (LoweringModel.FunctionNeedsProtector(traits, false)) return true; // sspreq: whatever the allocas
        bool strong = traits.StackProtector is StackProtectorLevel.Strong or StackProtectorLevel.Req;
        bool usersKnown = false;
        ReadOnlySpan<int> start = default, users = default;
        for (int i = 0; i < body.Instructions.Length; i++)
        {
            var inst = body.Instructions[i];
            if (inst.Op != IrOp.Alloca || !fold.Keeps(i)) continue;
            var size = inst.Count > 0 ? body.Operands[inst.First] : default;
            bool containsArray = false;
            long largestChar = -1;
            ArrayFacts(module, inst.Type, 0, ref containsArray, ref largestChar);
            var type = module.Types.Get((ulong)Math.Max(inst.Type, 0));
            var facts = new AllocaFacts(
                IsArray: type?.Kind == IrTypeKind.Array,
                ContainsArray: containsArray,
                CharArray: largestChar >= 0,
                ArrayBytes: Math.Max(largestChar, 0),
                IsVariableSize: size.Kind != IrValueKind.Int,
                AddressTaken: false,
                IsStructWithArray: type?.Kind == IrTypeKind.Struct && containsArray,
                AllocationCount: size.Kind == IrValueKind.Int ? size.Int : 1,
                LargestCharArrayBytes: largestChar);
            if (LoweringModel.AllocaNeedsProtector(traits, facts)) return true;
            if (!strong) continue;
            // HasAddressTaken only matters under sspstrong, and only when nothing else decided: computed last
            if (!usersKnown)
            {
                if (fold.Folded) { start = fold.UserStart; users = fold.Users; }
                else
                {
                    scratch.Users.Build(body);
                    start = scratch.Users.Start.AsSpan(0, body.Instructions.Length + 1);
                    users = scratch.Users.Users;
                }
                usersKnown = true;
            }
            if (AddressTaken(body, module, i, start, users, fold, new HashSet<int>()) &&
                LoweringModel.AllocaNeedsProtector(traits, facts with { AddressTaken = true })) return true;
        }
        return false;
    }

    /// <summary>ContainsProtectableArray's walk: an array at the top or in a struct member (at any depth of structs,
    /// not inside arrays) is an array; the largest <c>i8</c> array's size in bytes (unknown: the largest there is).</summary>
    private static void ArrayFacts(BitcodeModule module, int typeId, int depth, ref bool containsArray, ref long largestChar)
    {
        var t = module.Types.Get((ulong)Math.Max(typeId, 0));
        if (t is null || depth > 32) return;
        if (t.Kind == IrTypeKind.Array)
        {
            containsArray = true;
            if (module.Types.Get((ulong)Math.Max(t.Contained[0], 0)) is { Kind: IrTypeKind.Integer, Width: 8 })
            {
                long bytes = SizeOf(module, typeId, 0);
                largestChar = Math.Max(largestChar, bytes < 0 ? long.MaxValue : bytes);
            }
            return;
        }
        if (t.Kind != IrTypeKind.Struct) return;
        foreach (int e in t.Contained) ArrayFacts(module, e, depth + 1, ref containsArray, ref largestChar);
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
    private static bool AddressTaken(IrBody body, BitcodeModule module, int value, ReadOnlySpan<int> start, ReadOnlySpan<int> users, in FoldView fold, HashSet<int> visited)
    {
        if (!visited.Add(value) || visited.Count > 4096) return visited.Count > 4096;
        for (int u = start[value]; u < start[value + 1]; u++)
        {
            var inst = body.Instructions[users[u]];
            if (!fold.Keeps(users[u])) continue;
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
                    if (inst.CastOp is CastOpcode.Bitcast or CastOpcode.Addrspacecast) { if (AddressTaken(body, module, users[u], start, users, fold, visited)) return true; }
                    else return true; // ptrtoint and the rest
                    break;
                case IrOp.Call:
                {
                    var callee = ops.Length > 0 ? ops[0] : default;
                    string name = callee.Kind == IrValueKind.Global && (uint)callee.Index < (uint)module.Globals.Length
                        ? module.Globals[callee.Index].Name : "";
                    if (name.StartsWith("llvm.lifetime.", StringComparison.Ordinal) || name.StartsWith("llvm.dbg.", StringComparison.Ordinal) ||
                        name.StartsWith("llvm.pseudoprobe", StringComparison.Ordinal)) break;
                    return true;
                }
                case IrOp.Gep:
                {
                    for (int k = 1; k < ops.Length; k++)
                        if (ops[k].Kind is not (IrValueKind.Int or IrValueKind.Null)) return true; // a variable offset
                    if (AddressTaken(body, module, users[u], start, users, fold, visited)) return true;
                    break;
                }
                case IrOp.Select or IrOp.Phi:
                    if (AddressTaken(body, module, users[u], start, users, fold, visited)) return true;
                    break;
                default:
                    return true;
            }
        }
        return false;
    }
}
