using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

// FunctionReader: one instruction record at a time (parseFunctionBody's switch).
internal sealed partial class FunctionReader
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Op(ReadOnlySpan<ulong> ops, int i) => (uint)i < (uint)ops.Length ? (int)Math.Min(ops[i], int.MaxValue) : -1;

    /// <summary>The type of a comparison of values of <paramref name="operandType"/>: <c>i1</c> (the module's, found
    /// once per function), or for vectors a vector of <c>i1</c> as long (-1 when the table has no such type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CompareResultType(int operandType) =>
        operandType < 0 || !_types.IsVector((ulong)operandType) ? _bool // a scalar comparison, most of them
        : _bool < 0 ? -1 : _types.FindVector(_bool, _types.Get((ulong)operandType)!.Width);

    /// <summary>A shufflevector's result type: vectors of the operands' element type, as many as the mask has
    /// (the operands' own type when the table has no such vector; -1 when the operand is no vector). The model
    /// reads the element type of a conversion's or an operation's operand from it (llc-22
    /// X86/prefer-fpext-splat.ll: fpext of a shuffled &lt;4 x half&gt;).</summary>
    private int ShuffleType(int operandType, int maskType)
    {
        if (operandType < 0 || _types.Get((ulong)operandType) is not { Kind: IrTypeKind.Vector } vector) return -1;
        if (maskType < 0 || _types.Get((ulong)maskType) is not { Kind: IrTypeKind.Vector } m || m.Width == vector.Width) return operandType;
        int found = _types.FindVector(vector.Contained[0], m.Width);
        return found >= 0 ? found : operandType;
    }

    private string? Instruction(FunctionCode code, ReadOnlySpan<ulong> ops)
    {
        int i = 0;
        int first = _raw.Count;
        switch (code)
        {
            case FunctionCode.Declareblocks: // DECLAREBLOCKS: [n]
                _blockCount = Math.Max(0, Op(ops, 0));
                return null;
            case FunctionCode.InstFence: // FENCE: [ordering, syncscope]; kept for the targets that call for it (ARM before v6)
                Emit(IrOp.Other, first, (uint)code);
                return null;
            case FunctionCode.DebugLocAgain or FunctionCode.DebugLoc: // DEBUG_LOC_AGAIN, DEBUG_LOC
            case FunctionCode.BlockaddrUsers: // BLOCKADDR_USERS
            case >= FunctionCode.DebugRecordValue and <= FunctionCode.DebugRecordLabel: // debug records (LLVM 19)
                return null;
            case FunctionCode.InstRet: // RET: [val(vt)?]
                if (ops.Length > 0) Use(ValueTypePair(ops, ref i).Id);
                Emit(IrOp.Ret, first);
                return null;
            case FunctionCode.InstBr: // BR: [bb] or [bb, bb, cond]
                if (ops.Length >= 3)
                {
                    i = 2;
                    Use(Value(ops, ref i));
                    UseBlock(Op(ops, 0));
                    UseBlock(Op(ops, 1));
                }
                else UseBlock(Op(ops, 0));
                Emit(IrOp.Br, first);
                return null;
            case FunctionCode.InstSwitch: // SWITCH: [opty, cond, default, (case value id, bb)*]
                if (ops.Length < 3 || (ops[0] >> 16) == 0x4B5) // SWITCH_INST_MAGIC: the case-range form of LLVM 3.x
                {
                    Emit(IrOp.OtherTerminator, first);
                    return null;
                }
                i = 1;
                Use(Value(ops, ref i));
                UseBlock(Op(ops, 2));
                for (int k = 3; k + 1 < ops.Length; k += 2)
                {
                    Use(Op(ops, k));
                    UseBlock(Op(ops, k + 1));
                }
                Emit(IrOp.Switch, first, type: Op(ops, 0));
                return null;
            case FunctionCode.InstUnreachable: // UNREACHABLE
                Emit(IrOp.Unreachable, first);
                return null;
            case FunctionCode.InstIndirectbr: // INDIRECTBR: [opty, addr, bbs...]
                i = 1;
                Use(Value(ops, ref i));
                for (; i < ops.Length; i++) UseBlock(Op(ops, i));
                Emit(IrOp.IndirectBr, first);
                return null;
            case FunctionCode.InstResume: // RESUME: [val(vt)]
                Use(ValueTypePair(ops, ref i).Id);
                Emit(IrOp.OtherTerminator, first, IrInstruction.ResumeCode);
                return null;
            case FunctionCode.InstCleanupret or FunctionCode.InstCatchret: // CLEANUPRET, CATCHRET: [pad, bb?]
                _unrecorded = true;
                Emit(IrOp.OtherTerminator, first);
                return null;
            case FunctionCode.InstCatchswitch: // CATCHSWITCH
                _unrecorded = true;
                Emit(IrOp.OtherTerminator, first);
                Define(-1);
                return null;
            case FunctionCode.InstStore: // STORE: [ptr(vt), val(vt), align, vol]
            case FunctionCode.InstStoreOld: // STORE_OLD: [ptr(vt), val, align, vol]
            {
                Use(ValueTypePair(ops, ref i).Id);
                var (value, type) = code == FunctionCode.InstStore ? ValueTypePair(ops, ref i) : (Value(ops, ref i), -1);
                if (code == FunctionCode.InstStoreOld) type = TypeOf(value);
                Use(value);
                EmitWrite(IrOp.Store, first, 0, type);
                return null;
            }
            case FunctionCode.OperandBundle: // OPERAND_BUNDLE: [tag, values...]
                _pendingBundles.Add(Op(ops, 0) >= 0 && Op(ops, 0) < _bundleTags.Count ? _bundleTags[Op(ops, 0)] : $"bundle#{Op(ops, 0)}");
                return null;
            case FunctionCode.InstBinop: // BINOP: [lhs(vt), rhs, opcode, flags?]
            {
                var (lhs, type) = ValueTypePair(ops, ref i);
                Use(lhs);
                Use(Value(ops, ref i));
                Emit(IrOp.Binary, first, (uint)Op(ops, i), type, Op(ops, i + 1));
                Define(type);
                return null;
            }
            case FunctionCode.InstCast: // CAST: [op(vt), destty, opc, flags?]
            {
                var (op, from) = ValueTypePair(ops, ref i);
                Use(op);
                int to = Op(ops, i);
                Emit(IrOp.Cast, first, (uint)Op(ops, i + 1), to, from);
                Define(to);
                return null;
            }
            case FunctionCode.InstUnop: // UNOP: [op(vt), opc, flags?]
            {
                var (op, type) = ValueTypePair(ops, ref i);
                Use(op);
                Emit(IrOp.Unary, first, (uint)Op(ops, i), type);
                Define(type);
                return null;
            }
            case FunctionCode.InstCmp or FunctionCode.InstCmp2: // CMP, CMP2: [lhs(vt), rhs, pred, flags?]
            {
                var (lhs, type) = ValueTypePair(ops, ref i);
                Use(lhs);
                Use(Value(ops, ref i));
                Emit(IrOp.Cmp, first, (uint)Math.Max(Op(ops, i), 0), type);
                Define(CompareResultType(type));
                return null;
            }
            case FunctionCode.InstVselect: // VSELECT: [t(vt), f, cond(vt)]
            case FunctionCode.InstSelect: // SELECT: [t(vt), f, cond]
            {
                var (t, type) = ValueTypePair(ops, ref i);
                int f = Value(ops, ref i);
                int cond = code == FunctionCode.InstVselect ? ValueTypePair(ops, ref i).Id : Value(ops, ref i);
                Use(cond);
                Use(t);
                Use(f);
                Emit(IrOp.Select, first, 0, type);
                Define(type);
                return null;
            }
            case FunctionCode.InstInsertelt: // INSERTELT: [vec(vt), elt, idx(vt)]
            case FunctionCode.InstShufflevec: // SHUFFLEVEC: [v1(vt), v2, mask]
            {
                var (v, type) = ValueTypePair(ops, ref i);
                Use(v);
                Use(Value(ops, ref i));
                if (code == FunctionCode.InstInsertelt) Use(ValueTypePair(ops, ref i).Id);
                else
                {
                    int mask = Value(ops, ref i);
                    Use(mask);
                    // The result has the mask's length and the operands' element type: the operand's own type when the
                    // lengths agree (splats, permutations), else that vector type from the table. Without it the
                    // operations on the result (an fmul of a splat) had no type, and so no libcall.
                    type = ShuffleType(type, TypeOf(mask));
                }
                Emit(IrOp.Other, first, (uint)code, type);
                Define(type);
                return null;
            }
            case FunctionCode.InstFreeze: // FREEZE: [op(vt)]
            {
                var (v, type) = ValueTypePair(ops, ref i);
                Use(v);
                Emit(IrOp.Freeze, first, 0, type);
                Define(type);
                return null;
            }
            case FunctionCode.InstInsertval: // INSERTVAL: [agg(vt), val(vt), idx...]
            {
                var (agg, type) = ValueTypePair(ops, ref i);
                Use(agg);
                Use(ValueTypePair(ops, ref i).Id);
                Emit(IrOp.Other, first, (uint)code, type);
                Define(type);
                return null;
            }
            case FunctionCode.InstExtractelt: // EXTRACTELT: [vec(vt), idx(vt)]
            {
                var (v, type) = ValueTypePair(ops, ref i);
                Use(v);
                Use(ValueTypePair(ops, ref i).Id);
                int element = _types.Get((ulong)Math.Max(type, 0)) is { Kind: IrTypeKind.Vector } vt ? vt.Contained[0] : -1;
                Emit(IrOp.Other, first, (uint)code, element);
                Define(element);
                return null;
            }
            case FunctionCode.InstExtractval: // EXTRACTVAL: [agg(vt), idx...]
            {
                var (agg, type) = ValueTypePair(ops, ref i);
                Use(agg);
                // one index (a field of a struct, as an *.with.overflow result is read): kept in Aux
                int field = ops.Length - i == 1 && ops[i] < int.MaxValue ? (int)ops[i] : -1;
                while (i < ops.Length && type >= 0)
                {
                    var t = _types.Get((ulong)type);
                    ulong idx = ops[i++];
                    type = t switch
                    {
                        { Kind: IrTypeKind.Struct } st when idx < (ulong)st.Contained.Count => st.Contained[(int)idx],
                        { Kind: IrTypeKind.Array } a => a.Contained[0],
                        _ => -1,
                    };
                }
                Emit(IrOp.Other, first, (uint)code, type, field);
                Define(type);
                return null;
            }
            case FunctionCode.InstGep: // GEP: [flags, source type, (vt)...]
            case FunctionCode.InstGepOld or FunctionCode.InstInboundsGepOld: // GEP_OLD, INBOUNDS_GEP_OLD: [(vt)...]
            {
                i = code == FunctionCode.InstGep ? 2 : 0;
                while (i < ops.Length) Use(ValueTypePair(ops, ref i).Id);
                Emit(IrOp.Gep, first, code == FunctionCode.InstGep ? (uint)Op(ops, 0) : code == FunctionCode.InstInboundsGepOld ? 1u : 0u, code == FunctionCode.InstGep ? Op(ops, 1) : -1);
                Define(-1);
                return null;
            }
            case FunctionCode.InstAlloca: // ALLOCA: [instty, opty, size (absolute id), packed align/flags, addrspace?]
            {
                if (ops.Length < 4) Short();
                ulong packed = ops[3];
                bool explicitType = (packed & (1UL << 6)) != 0;
                int allocated = explicitType ? Op(ops, 0) : _types.Pointee((ulong)Math.Max(Op(ops, 0), 0)) ?? -1;
                Use(Op(ops, 2));
                Emit(IrOp.Alloca, first, (uint)(packed & ((1UL << 5) | (1UL << 7))), allocated);
                Define(-1);
                return null;
            }
            case FunctionCode.InstCatchpad or FunctionCode.InstCleanuppad: // CATCHPAD, CLEANUPPAD
                _unrecorded = true;
                Emit(IrOp.Other, first);
                Define(-1);
                return null;
            case FunctionCode.InstPhi: // PHI: [ty, (val signed-relative, bb)*, flags?]
            {
                int type = Op(ops, 0);
                int end = ops.Length % 2 == 0 ? ops.Length - 1 : ops.Length; // an even size carries fast-math flags last
                for (i = 1; i + 1 < end; )
                {
                    Use(SignedValue(ops, ref i));
                    UseBlock(Op(ops, i++));
                }
                Emit(IrOp.Phi, first, 0, type);
                Define(type);
                return null;
            }
            case FunctionCode.InstVaarg: // VAARG: [valistty, valist, instty]
                // the va_list pointer is an operand like any other (StackProtector's HasAddressTaken counts va_arg as
                // taking its address: llc-22 X86/stack-guard-memloc-vararg.ll protects such a function under sspstrong)
                i = 1;
                Use(Value(ops, ref i));
                Emit(IrOp.Other, first);
                Define(Op(ops, 2));
                return null;
            case FunctionCode.InstLandingpadOld or FunctionCode.InstLandingpad: // LANDINGPAD: [ty, iscleanup, nclauses, ...]
                _unrecorded = true;
                // The old form's cleanup bit follows a value: taken as a cleanup (the resume it may reach is kept).
                Emit(IrOp.Other, first, code == FunctionCode.InstLandingpadOld || Op(ops, 1) != 0
                    ? IrInstruction.CleanupLandingPadCode : IrInstruction.LandingPadCode);
                Define(Op(ops, 0));
                return null;
            case FunctionCode.InstLoad: // LOAD: [op(vt), ty?, align, vol]
            case FunctionCode.InstLoadatomic: // LOADATOMIC: [op(vt), ty?, align, vol, ordering, ssid]
            {
                var (ptr, ptrType) = ValueTypePair(ops, ref i);
                Use(ptr);
                int rest = code == FunctionCode.InstLoad ? 3 : 5;
                int type = i + rest == ops.Length ? Op(ops, i) : _types.Pointee((ulong)Math.Max(ptrType, 0)) ?? -1;
                int volatileFromEnd = code == FunctionCode.InstLoadatomic ? 3 : 1; // vol, or vol, ordering, ssid
                bool isVolatile = ops.Length >= volatileFromEnd && ops[^volatileFromEnd] != 0;
                int align = code == FunctionCode.InstLoadatomic ? Alignment(ops, i + rest == ops.Length ? i + 1 : i) : -1;
                Emit(IrOp.Load, first, (code == FunctionCode.InstLoadatomic ? 1u : 0u) | (isVolatile ? 2u : 0u), type, align);
                Define(type);
                return null;
            }
            case FunctionCode.InstStoreatomic: // STOREATOMIC: [ptr(vt), val(vt), align, vol, ordering, ssid]
            case FunctionCode.InstStoreatomicOld: // STOREATOMIC_OLD: [ptr(vt), val, ...]
            {
                Use(ValueTypePair(ops, ref i).Id);
                var (value, type) = code == FunctionCode.InstStoreatomic ? ValueTypePair(ops, ref i) : (Value(ops, ref i), -1);
                if (code == FunctionCode.InstStoreatomicOld) type = TypeOf(value);
                Use(value);
                EmitWrite(IrOp.Store, first, 1, type, Alignment(ops, i));
                return null;
            }
            case FunctionCode.InstCmpxchg: // CMPXCHG: [ptr(vt), cmp(vt), new, ...]
            case FunctionCode.InstCmpxchgOld: // CMPXCHG_OLD: [ptr(vt), cmp, new, ...]
            {
                Use(ValueTypePair(ops, ref i).Id);
                var (cmp, cmpType) = code == FunctionCode.InstCmpxchg ? ValueTypePair(ops, ref i) : (Value(ops, ref i), -1);
                if (code == FunctionCode.InstCmpxchgOld) cmpType = TypeOf(cmp);
                Use(cmp);
                Use(Value(ops, ref i));
                EmitWrite(IrOp.CmpXchg, first, 0, cmpType, code == FunctionCode.InstCmpxchg ? Alignment(ops, i + 5) : -1);
                Define(-1);
                return null;
            }
            case FunctionCode.InstAtomicrmw: // ATOMICRMW: [ptr(vt), val(vt), op, ...]
            case FunctionCode.InstAtomicrmwOld: // ATOMICRMW_OLD: [ptr(vt), val, op, ...]
            {
                Use(ValueTypePair(ops, ref i).Id);
                var (val, type) = code == FunctionCode.InstAtomicrmw ? ValueTypePair(ops, ref i) : (Value(ops, ref i), -1);
                if (code == FunctionCode.InstAtomicrmwOld) type = TypeOf(val);
                Use(val);
                EmitWrite(IrOp.AtomicRmw, first, (uint)Math.Max(Op(ops, i), 0), type, code == FunctionCode.InstAtomicrmw ? Alignment(ops, i + 4) : -1);
                Define(type);
                return null;
            }
            case FunctionCode.InstCall: return Call(CallKind.Call, ops);
            case FunctionCode.InstInvoke: return Call(CallKind.Invoke, ops);
            case FunctionCode.InstCallbr: return Call(CallKind.CallBr, ops);
            default:
                return $"instruction record {(uint)code} is not known to this reader";
        }
    }
}
