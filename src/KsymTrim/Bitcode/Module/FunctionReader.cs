using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// Decodes one FUNCTION_BLOCK (BitcodeReader.cpp, parseFunctionBody): value numbering across arguments,
/// function-level constants and instruction results, relative operand ids with their forward-reference types,
/// and for each call, invoke and callbr the callee, arguments, attributes and operand bundles. Instruction
/// kinds that may lower to library calls are recorded with their operand types. A record this reader does not
/// know stops the decoding of the function (numbering could drift) and marks it incomplete.
/// </summary>
internal sealed class FunctionReader
{
    private readonly BitstreamCursor _cursor;
    private readonly List<ulong> _ops;
    private readonly TypeTable _types;
    private readonly IReadOnlyList<AttributeList> _attributes;
    private readonly List<ValueSlot> _values;
    private readonly List<ConstantEntry> _constants;
    private readonly IReadOnlyList<string> _bundleTags;
    private readonly int _moduleValueCount, _moduleConstantCount;
    private readonly List<InlineAsm> _asm; // shared with the module: module-level inline asm values index it too
    private readonly int _moduleAsmCount;
    private readonly List<CallSite> _calls = [];
    private readonly List<Operation> _operations = [];
    private readonly List<string> _pendingBundles = [];

    private FunctionReader(BitstreamCursor cursor, List<ulong> ops, TypeTable types, IReadOnlyList<AttributeList> attributes,
        List<ValueSlot> moduleValues, List<ConstantEntry> moduleConstants, List<InlineAsm> moduleAsm, IReadOnlyList<string> bundleTags)
    {
        _asm = moduleAsm;
        _moduleAsmCount = moduleAsm.Count;
        _cursor = cursor;
        _ops = ops;
        _types = types;
        _attributes = attributes;
        _values = moduleValues;
        _constants = moduleConstants;
        _bundleTags = bundleTags;
        _moduleValueCount = moduleValues.Count;
        _moduleConstantCount = moduleConstants.Count;
    }

    /// <summary>Reads the function block after its ENTER_SUBBLOCK. The module's value and constant lists are
    /// extended while the function is read and restored afterwards.</summary>
    public static IrFunction Read(BitstreamCursor cursor, List<ulong> ops, TypeTable types, IReadOnlyList<AttributeList> attributes,
        List<ValueSlot> moduleValues, List<ConstantEntry> moduleConstants, List<InlineAsm> moduleAsm, IReadOnlyList<string> bundleTags,
        int global, int functionType, AttributeList functionAttributes)
    {
        var reader = new FunctionReader(cursor, ops, types, attributes, moduleValues, moduleConstants, moduleAsm, bundleTags);
        try
        {
            return reader.ReadBody(global, functionType, functionAttributes);
        }
        finally
        {
            moduleValues.RemoveRange(reader._moduleValueCount, moduleValues.Count - reader._moduleValueCount);
            moduleConstants.RemoveRange(reader._moduleConstantCount, moduleConstants.Count - reader._moduleConstantCount);
            moduleAsm.RemoveRange(reader._moduleAsmCount, moduleAsm.Count - reader._moduleAsmCount);
        }
    }

    private IrFunction ReadBody(int global, int functionType, AttributeList functionAttributes)
    {
        var fnType = _types.Get((ulong)Math.Max(functionType, 0));
        if (fnType is null || fnType.Kind != IrTypeKind.Function)
            _cursor.Fail($"function body for a global of type {functionType}, which is not a function type");
        for (int i = 0; i < fnType!.ParameterCount; i++)
            _values.Add(new ValueSlot(ValueKind.Argument, i, fnType.Contained[i + 1]));

        _cursor.EnterBlock(BlockIds.Function);
        string? problem = null;
        while (true)
        {
            var e = _cursor.Advance();
            if (e.Kind == EntryKind.EndBlock) break;
            if (e.Kind == EntryKind.SubBlock)
            {
                if (e.Id == BlockIds.Constants && problem is null)
                    ConstantsReader.Read(_cursor, _ops, _values, _constants, _asm, _types);
                else _cursor.SkipBlock(); // metadata, attachments, value symbol table, use lists
                continue;
            }
            if (e.Kind != EntryKind.Record) _cursor.Fail("bitcode ends inside a FUNCTION block");
            uint code = _cursor.ReadRecord(e.Id, _ops, out _);
            if (problem is not null) continue; // numbering is lost: only skip to the end of the block
            problem = Instruction(code);
        }
        var ownAsm = _asm.GetRange(_moduleAsmCount, _asm.Count - _moduleAsmCount);
        return new IrFunction(global, functionType, functionAttributes, _calls, _operations, ownAsm, problem is null, problem);
    }

    private int InstNum => _values.Count;

    private int TypeOf(int id) => (uint)id < (uint)_values.Count ? _values[id].Type : -1;

    /// <summary>getValueTypePair: a relative id, followed by a type id when it is a forward reference.</summary>
    private (int Id, int Type) ValueTypePair(ref int i)
    {
        if ((uint)i >= (uint)_ops.Count) Short();
        uint rel = (uint)_ops[i++];
        int id = (int)(uint)((uint)InstNum - rel);
        if ((uint)id < (uint)InstNum) return (id, TypeOf(id));
        if ((uint)i >= (uint)_ops.Count) Short();
        return (id, (int)Math.Min(_ops[i++], int.MaxValue));
    }

    /// <summary>getValue: a relative id whose type the caller knows.</summary>
    private int Value(ref int i)
    {
        if ((uint)i >= (uint)_ops.Count) Short();
        return (int)(uint)((uint)InstNum - (uint)_ops[i++]);
    }

    private void Short() => _cursor.Fail("instruction record is too short");

    private void Define(int type) => _values.Add(new ValueSlot(ValueKind.Instruction, 0, type));

    private int Op(int i) => (uint)i < (uint)_ops.Count ? (int)Math.Min(_ops[i], int.MaxValue) : -1;

    private string? Instruction(uint code)
    {
        int i = 0;
        switch (code)
        {
            case 1: // DECLAREBLOCKS
            case 10 or 11 or 12 or 15 or 31: // RET, BR, SWITCH, UNREACHABLE, INDIRECTBR
            case 24 or 44: // STORE_OLD, STORE
            case 33 or 35: // DEBUG_LOC_AGAIN, DEBUG_LOC
            case 36: // FENCE
            case 39 or 48 or 49: // RESUME, CLEANUPRET, CATCHRET
            case 60: // BLOCKADDR_USERS
            case >= 61 and <= 65: // debug records (LLVM 19)
                return null;
            case 55: // OPERAND_BUNDLE: [tag, values...]
                _pendingBundles.Add(Op(0) >= 0 && Op(0) < _bundleTags.Count ? _bundleTags[Op(0)] : $"bundle#{Op(0)}");
                return null;
            case 2: // BINOP: [lhs(vt), rhs, opcode, flags?]
            {
                var (_, type) = ValueTypePair(ref i);
                Value(ref i);
                _operations.Add(new Operation(OperationKind.Binary, (uint)Op(i), type, -1));
                Define(type);
                return null;
            }
            case 3: // CAST: [op(vt), destty, opc, flags?]
            {
                var (_, from) = ValueTypePair(ref i);
                int to = Op(i);
                _operations.Add(new Operation(OperationKind.Cast, (uint)Op(i + 1), from, to));
                Define(to);
                return null;
            }
            case 56: // UNOP: [op(vt), opc, flags?]
            {
                var (_, type) = ValueTypePair(ref i);
                _operations.Add(new Operation(OperationKind.Unary, (uint)Op(i), type, -1));
                Define(type);
                return null;
            }
            case 9 or 28: // CMP, CMP2: [lhs(vt), rhs, pred, flags?]
            {
                var (_, type) = ValueTypePair(ref i);
                Value(ref i);
                if (Op(i) is >= 0 and <= 15) _operations.Add(new Operation(OperationKind.FloatCompare, (uint)Op(i), type, -1));
                Define(-1);
                return null;
            }
            case 5: // SELECT: [t(vt), f, cond]
            case 29: // VSELECT: [t(vt), f, cond(vt)]
            case 7: // INSERTELT: [vec(vt), elt, idx(vt)]
            case 8: // SHUFFLEVEC: [v1(vt), v2, mask]
            case 58: // FREEZE: [op(vt)]
            case 27: // INSERTVAL: [agg(vt), val(vt), idx...]
            {
                var (_, type) = ValueTypePair(ref i);
                Define(code == 8 ? -1 : type);
                return null;
            }
            case 6: // EXTRACTELT: [vec(vt), idx(vt)]
            {
                var (_, type) = ValueTypePair(ref i);
                Define(_types.Get((ulong)Math.Max(type, 0)) is { Kind: IrTypeKind.Vector } v ? v.Contained[0] : -1);
                return null;
            }
            case 26: // EXTRACTVAL: [agg(vt), idx...]
            {
                var (_, type) = ValueTypePair(ref i);
                while (i < _ops.Count && type >= 0)
                {
                    var t = _types.Get((ulong)type);
                    ulong idx = _ops[i++];
                    type = t switch
                    {
                        { Kind: IrTypeKind.Struct } s when idx < (ulong)s.Contained.Count => s.Contained[(int)idx],
                        { Kind: IrTypeKind.Array } a => a.Contained[0],
                        _ => -1,
                    };
                }
                Define(type);
                return null;
            }
            case 4 or 30 or 43: // GEP_OLD, INBOUNDS_GEP_OLD, GEP
            case 19: // ALLOCA
            case 50 or 51 or 52: // CATCHPAD, CLEANUPPAD, CATCHSWITCH
                Define(-1);
                return null;
            case 16: // PHI: [ty, (val, bb)*]
            case 23: // VAARG: [valistty, valist, instty]
            case 40 or 47: // LANDINGPAD: [ty, ...]
                Define(code == 23 ? Op(2) : Op(0));
                return null;
            case 20: // LOAD: [op(vt), ty?, align, vol]
            case 41: // LOADATOMIC: [op(vt), ty?, align, vol, ordering, ssid]
            {
                var (_, ptrType) = ValueTypePair(ref i);
                int rest = code == 20 ? 3 : 5;
                int type = i + rest == _ops.Count ? Op(i) : _types.Pointee((ulong)Math.Max(ptrType, 0)) ?? -1;
                if (code == 41) _operations.Add(new Operation(OperationKind.AtomicLoad, 0, type, -1));
                Define(type);
                return null;
            }
            case 45: // STOREATOMIC: [ptr(vt), val(vt), align, vol, ordering, ssid]
            case 42: // STOREATOMIC_OLD: [ptr(vt), val, ...]
            {
                ValueTypePair(ref i);
                int type = code == 45 ? ValueTypePair(ref i).Type : TypeOf(Value(ref i));
                _operations.Add(new Operation(OperationKind.AtomicStore, 0, type, -1));
                return null;
            }
            case 46: // CMPXCHG: [ptr(vt), cmp(vt), new, ...]
            case 37: // CMPXCHG_OLD: [ptr(vt), cmp, new, ...]
            {
                ValueTypePair(ref i);
                int type = code == 46 ? ValueTypePair(ref i).Type : TypeOf(Value(ref i));
                _operations.Add(new Operation(OperationKind.CmpXchg, 0, type, -1));
                Define(-1);
                return null;
            }
            case 59: // ATOMICRMW: [ptr(vt), val(vt), op, ...]
            case 38: // ATOMICRMW_OLD: [ptr(vt), val, op, ...]
            {
                ValueTypePair(ref i);
                int type = code == 59 ? ValueTypePair(ref i).Type : TypeOf(Value(ref i));
                _operations.Add(new Operation(OperationKind.AtomicRmw, (uint)Op(i), type, -1));
                Define(type);
                return null;
            }
            case 34: return Call(CallKind.Call);
            case 13: return Call(CallKind.Invoke);
            case 57: return Call(CallKind.CallBr);
            default:
                return $"instruction record {code} is not known to this reader";
        }
    }

    private string? Call(CallKind kind)
    {
        // CALL:   [paramattrs, cc, fmf?, fnty?, callee(vt), args...]
        // INVOKE: [paramattrs, cc, normal bb, unwind bb, fnty?, callee(vt), args...]
        // CALLBR: [paramattrs, cc, default bb, #indirect, indirect bbs..., fnty?, callee(vt), args...]
        int i = 0;
        int attrIndex = Op(i++);
        ulong cc = i < _ops.Count ? _ops[i++] : 0;
        bool explicitType;
        switch (kind)
        {
            case CallKind.Call:
                if ((cc & (1UL << 17)) != 0) i++; // fast-math flags
                explicitType = (cc & (1UL << 15)) != 0;
                break;
            case CallKind.Invoke:
                i += 2;
                explicitType = (cc & (1UL << 13)) != 0;
                break;
            default:
                i++;
                int indirect = Op(i++);
                if (indirect < 0 || indirect > _ops.Count - i) Short();
                i += indirect;
                explicitType = (cc & (1UL << 15)) != 0;
                break;
        }
        int fnty = explicitType ? Op(i++) : -1;
        var (callee, calleeType) = ValueTypePair(ref i);
        if (!explicitType) fnty = _types.Pointee((ulong)Math.Max(calleeType, 0)) ?? -1; // typed pointers: pointer to function
        var fn = _types.Get((ulong)Math.Max(fnty, 0));
        if (fnty < 0 || fn is null || fn.Kind != IrTypeKind.Function)
            return $"call with no function type (type {fnty})";

        var args = new List<Operand>(fn.ParameterCount);
        for (int p = 0; p < fn.ParameterCount; p++)
        {
            int paramType = fn.Contained[p + 1];
            if (_types.Get((ulong)paramType)?.Kind == IrTypeKind.Label) { i++; args.Add(new Operand(OperandKind.Other, 0, -1, paramType)); continue; }
            args.Add(Describe(Value(ref i), paramType));
        }
        if (fn.IsVarArg)
            while (i < _ops.Count)
            {
                var (id, type) = ValueTypePair(ref i);
                args.Add(Describe(id, type));
            }

        var (calleeKind, calleeGlobal, asm) = ResolveCallee(callee);
        var attrs = attrIndex > 0 && attrIndex <= _attributes.Count ? _attributes[attrIndex - 1] : AttributeList.Empty;
        _calls.Add(new CallSite(kind, calleeKind, calleeGlobal, asm, args, attrs, _pendingBundles.ToArray(), fnty));
        _pendingBundles.Clear();
        if (!_types.IsVoid((ulong)fn.ReturnType)) Define(fn.ReturnType);
        return null;
    }

    private (CalleeKind, int, InlineAsm?) ResolveCallee(int id)
    {
        if ((uint)id >= (uint)_values.Count) return (CalleeKind.Indirect, -1, null); // forward reference: an instruction
        var slot = _values[id];
        if (slot.Kind == ValueKind.InlineAsm) return (CalleeKind.InlineAsm, -1, _asm[slot.Index]);
        int global = ResolveGlobal(id, 0);
        return global >= 0 ? (CalleeKind.Global, global, null) : (CalleeKind.Indirect, -1, null);
    }

    /// <summary>The global value a constant (expression) stands for: itself, or the base of a cast or GEP.</summary>
    internal int ResolveGlobal(int id, int depth)
    {
        if ((uint)id >= (uint)_values.Count || depth > 16) return -1;
        var slot = _values[id];
        switch (slot.Kind)
        {
            case ValueKind.Global:
                return slot.Index;
            case ValueKind.Constant:
                var c = _constants[slot.Index];
                return c.Code is 11 or 12 or 20 or 24 or 32 or 27 or 29 && c.Operands.Length > 0 ? ResolveGlobal(c.Operands[0], depth + 1) : -1;
            default:
                return -1;
        }
    }

    private Operand Describe(int id, int type)
    {
        if ((uint)id >= (uint)_values.Count) return new Operand(OperandKind.Other, 0, -1, type);
        var slot = _values[id];
        if (slot.Kind == ValueKind.Constant)
        {
            var c = _constants[slot.Index];
            if (c.IsInteger) return new Operand(OperandKind.Int, c.Int, -1, type);
            // LLVM writes an integer zero as CST_CODE_NULL (BitcodeWriter.cpp, writeConstants: isNullValue()).
            if (c.Code == 2 && _types.Get((ulong)Math.Max(c.Type, 0))?.Kind == IrTypeKind.Integer) return new Operand(OperandKind.Int, 0, -1, type);
            if (c.IsNullLike) return new Operand(OperandKind.Null, 0, -1, type);
        }
        int global = ResolveGlobal(id, 0);
        return global >= 0 ? new Operand(OperandKind.Global, 0, global, type) : new Operand(OperandKind.Other, 0, -1, type);
    }
}
