using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    private readonly RecordBuffer _ops;
    private readonly TypeTable _types;
    private readonly IReadOnlyList<AttributeList> _attributes;
    private readonly List<ValueSlot> _values;
    private readonly ConstantTable _constants;
    private readonly IReadOnlyList<string> _bundleTags;
    private readonly int _moduleValueCount, _moduleConstantCount, _moduleConstantOperandCount;
    private readonly List<InlineAsm> _asm; // shared with the module: module-level inline asm values index it too
    private readonly int _moduleAsmCount;
    private readonly List<string> _pendingBundles = [];
    // The body: instructions, their operands as read (resolved once every value is known), blocks.
    // Scratch space reused by every function read on this thread (a body is copied out into right-sized arrays).
    [ThreadStatic] private static List<IrInstruction>? t_insts;
    [ThreadStatic] private static List<RawOperand>? t_raw;
    [ThreadStatic] private static List<CallSite>? t_calls;
    [ThreadStatic] private static List<Operation>? t_operations;
    [ThreadStatic] private static List<Operand>? t_args;
    [ThreadStatic] private static ConstantMemo? t_constantMemo;
    [ThreadStatic] private static List<int>? t_globals;
    [ThreadStatic] private static HashSet<int>? t_distinct;
    [ThreadStatic] private static CallCache? t_callCache;
    private readonly List<IrInstruction> _insts;
    private readonly List<RawOperand> _raw;
    private readonly List<CallSite> _calls;
    private readonly List<Operation> _operations;
    private readonly List<Operand> _args; // one call's arguments, copied out into an exactly sized array
    private int _block, _blockCount;
    private bool _details; // constant details: the byte offsets of operands that point into a global
    [ThreadStatic] private static List<(int Operand, long Offset)>? t_offsets;
    private bool _unrecorded; // an instruction whose operands are not recorded (exception handling, va_arg)

    private enum RawTag : byte { None, Value, Block }

    /// <summary>An operand as the record gives it: an absolute value id (possibly a forward reference) or a block.</summary>
    private readonly record struct RawOperand(RawTag Tag, int Id);

    private FunctionReader(BitstreamCursor cursor, RecordBuffer ops, TypeTable types, IReadOnlyList<AttributeList> attributes,
        List<ValueSlot> moduleValues, ConstantTable moduleConstants, List<InlineAsm> moduleAsm, IReadOnlyList<string> bundleTags)
    {
        _asm = moduleAsm;
        _moduleAsmCount = moduleAsm.Count;
        _insts = t_insts ??= new List<IrInstruction>(1024);
        _raw = t_raw ??= new List<RawOperand>(4096);
        _calls = t_calls ??= new List<CallSite>(256);
        _operations = t_operations ??= new List<Operation>(256);
        _args = t_args ??= new List<Operand>(16);
        _insts.Clear();
        _raw.Clear();
        _calls.Clear();
        _operations.Clear();
        _cursor = cursor;
        _ops = ops;
        _types = types;
        _attributes = attributes;
        _values = moduleValues;
        _constants = moduleConstants;
        _bundleTags = bundleTags;
        _moduleValueCount = moduleValues.Count;
        _moduleConstantCount = moduleConstants.Count;
        _moduleConstantOperandCount = moduleConstants.OperandCount;
    }

    /// <summary>Reads the function block after its ENTER_SUBBLOCK. The module's value and constant lists are
    /// extended while the function is read and restored afterwards.</summary>
    public static IrFunction Read(BitstreamCursor cursor, RecordBuffer ops, TypeTable types, IReadOnlyList<AttributeList> attributes,
        List<ValueSlot> moduleValues, ConstantTable moduleConstants, List<InlineAsm> moduleAsm, IReadOnlyList<string> bundleTags,
        int global, int functionType, AttributeList functionAttributes, bool details = false)
    {
        var reader = new FunctionReader(cursor, ops, types, attributes, moduleValues, moduleConstants, moduleAsm, bundleTags)
        {
            _details = details,
        };
        try
        {
            return reader.ReadBody(global, functionType, functionAttributes);
        }
        finally
        {
            moduleValues.RemoveRange(reader._moduleValueCount, moduleValues.Count - reader._moduleValueCount);
            moduleConstants.Truncate(reader._moduleConstantCount, reader._moduleConstantOperandCount);
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

        _cursor.EnterBlock((uint)BlockId.Function);
        string? problem = null;
        while (true)
        {
            var e = _cursor.Advance();
            if (e.Kind == EntryKind.EndBlock) break;
            if (e.Kind == EntryKind.SubBlock)
            {
                if (e.Id == (uint)BlockId.Constants && problem is null)
                    ConstantsReader.Read(_cursor, _ops, _values, _constants, _asm, _types);
                else _cursor.SkipBlock(); // metadata, attachments, value symbol table, use lists
                continue;
            }
            if (e.Kind != EntryKind.Record) _cursor.Fail("bitcode ends inside a FUNCTION block");
            uint code = _cursor.ReadRecord(e.Id, out var ops);
            if (problem is not null) continue; // numbering is lost: only skip to the end of the block
            problem = Instruction((FunctionCode)code, ops);
        }
        var ownAsm = CollectionsMarshal.AsSpan(_asm)[_moduleAsmCount..].ToArray();
        var body = problem is null ? ResolveBody(fnType.ParameterCount) : null;
        // Exactly sized copies of the scratch lists: the function lives as long as its module's analysis.
        // A complete function's operations are its body's instructions: the list is kept only for an incomplete one.
        return new IrFunction(global, functionType, functionAttributes, _calls.ToArray(), body is null ? _operations.ToArray() : [],
            ownAsm, problem is null, problem, body);
    }

    private int InstNum => _values.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TypeOf(int id) => (uint)id < (uint)_values.Count ? _values[id].Type : -1;

    /// <summary>getValueTypePair: a relative id, followed by a type id when it is a forward reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int Id, int Type) ValueTypePair(ReadOnlySpan<ulong> ops, ref int i)
    {
        if ((uint)i >= (uint)ops.Length) Short();
        uint rel = (uint)ops[i++];
        int id = (int)(uint)((uint)InstNum - rel);
        if ((uint)id < (uint)InstNum) return (id, TypeOf(id));
        if ((uint)i >= (uint)ops.Length) Short();
        return (id, (int)Math.Min(ops[i++], int.MaxValue));
    }

    /// <summary>getValue: a relative id whose type the caller knows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Value(ReadOnlySpan<ulong> ops, ref int i)
    {
        if ((uint)i >= (uint)ops.Length) Short();
        return (int)(uint)((uint)InstNum - (uint)ops[i++]);
    }

    private void Short() => _cursor.Fail("instruction record is too short");

    /// <summary>Defines the next value as the result of the instruction emitted last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Define(int type) => _values.Add(new ValueSlot(ValueKind.Instruction, _insts.Count - 1, type));

    /// <summary>Records an instruction whose operands were added with <see cref="Use"/> since <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit(IrOp op, int first, uint code = 0, int type = -1, int aux = -1)
    {
        _insts.Add(new IrInstruction(op, _block, code, type, first, _raw.Count - first, aux));
        if (op >= IrOp.Ret) _block++; // a terminator ends its block
    }

    /// <summary>An alignment field (log2 + 1; 0 none) as bytes, or -1 when the record has no such field.</summary>
    private int Alignment(ReadOnlySpan<ulong> ops, int index)
    {
        if ((uint)index >= (uint)ops.Length) return -1;
        ulong v = ops[index];
        return v is 0 or > 31 ? -1 : 1 << (int)(v - 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Use(int id) => _raw.Add(new RawOperand(RawTag.Value, id));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void UseBlock(int block) => _raw.Add(new RawOperand(RawTag.Block, block));

    /// <summary>getValueSigned: a sign-rotated relative id (phi operands may refer forward).</summary>
    private int SignedValue(ReadOnlySpan<ulong> ops, ref int i)
    {
        if ((uint)i >= (uint)ops.Length) Short();
        long delta = ConstantsReader.DecodeSigned(ops[i++]);
        long id = InstNum - delta;
        return id is >= 0 and <= int.MaxValue ? (int)id : -1;
    }

    /// <summary>Resolves every recorded operand now that all values of the function are known.</summary>
    private IrBody ResolveBody(int argumentCount)
    {
        var operands = new IrValue[_raw.Count];
        List<int[]>? constantGlobals = null;
        var raw = CollectionsMarshal.AsSpan(_raw);
        var values = CollectionsMarshal.AsSpan(_values);
        var memo = t_constantMemo ??= new ConstantMemo();
        int serial = memo.Start(values.Length);
        var stamps = memo.Stamps.AsSpan(0, values.Length);
        var resolved = memo.Values.AsSpan(0, values.Length);
        var offsets = memo.Offsets.AsSpan(0, values.Length);
        List<(int Operand, long Offset)>? found = null;
        if (_details)
        {
            found = t_offsets ??= [];
            found.Clear();
        }
        for (int k = 0; k < raw.Length; k++)
        {
            var r = raw[k];
            if (r.Tag == RawTag.Block) operands[k] = IrValue.OfIndex(IrValueKind.Block, r.Id);
            else if (r.Tag == RawTag.Value && (uint)r.Id < (uint)values.Length)
            {
                var slot = values[r.Id];
                if (slot.Kind == ValueKind.Constant)
                {
                    // Each constant is resolved once per function: operands repeat the same constants often.
                    if (stamps[r.Id] != serial)
                    {
                        resolved[r.Id] = ResolveConstant(slot.Index, r.Id, ref constantGlobals);
                        if (found is not null) offsets[r.Id] = resolved[r.Id].Kind == IrValueKind.Global ? ConstantOffset(r.Id, 0) : 0;
                        stamps[r.Id] = serial;
                    }
                    operands[k] = resolved[r.Id];
                    if (found is not null && offsets[r.Id] != 0) found.Add((k, offsets[r.Id]));
                }
                else if (slot.Kind != ValueKind.InlineAsm) operands[k] = IrValue.OfIndex((IrValueKind)OperandKinds[(int)slot.Kind], slot.Index);
            }
            // else: a forward reference that never resolved, or no value: left as default (Other)
        }
        var body = new IrBody(Math.Max(_blockCount, _block), argumentCount, _insts.ToArray(), operands,
            constantGlobals is null ? NoConstantGlobals : constantGlobals.ToArray())
        {
            HasUnrecordedOperands = _unrecorded,
        };
        if (found is not null)
        {
            // operand order: already sorted for IrBody's binary search
            var at = new int[found.Count];
            var by = new long[found.Count];
            for (int i = 0; i < at.Length; i++) (at[i], by[i]) = found[i];
            body.SetGlobalOffsets(at, by);
        }
        return body;
    }

    /// <summary>
    /// The constant byte offset from its global of a constant that stands for a global (<see cref="ResolveGlobal"/>):
    /// 0 for the global, a bitcast or addrspacecast of it; a GEP's indices added, through arrays and integers (and
    /// the first field of a struct); <see cref="IrBody.UnknownOffset"/> for anything else (another cast, a struct field
    /// past the first, types whose size needs the data layout).
    /// </summary>
    private long ConstantOffset(int id, int depth)
    {
        if ((uint)id >= (uint)_values.Count || depth > 16) return IrBody.UnknownOffset;
        var slot = _values[id];
        if (slot.Kind == ValueKind.Global) return 0;
        if (slot.Kind != ValueKind.Constant) return IrBody.UnknownOffset;
        var c = _constants[slot.Index];
        if (c.Count == 0) return IrBody.UnknownOffset;
        var operands = _constants.Operands(c);
        switch (c.Code)
        {
            case ConstantsCode.CeCast: // bitcast and addrspacecast keep the address
                return c.Int is (long)CastOpcode.Bitcast or (long)CastOpcode.Addrspacecast ? ConstantOffset(operands[0], depth + 1) : IrBody.UnknownOffset;
            case ConstantsCode.DsoLocalEquivalent or ConstantsCode.NoCfiValue:
                return ConstantOffset(operands[0], depth + 1);
            case ConstantsCode.CeGepOld or ConstantsCode.CeInboundsGep or ConstantsCode.CeGepWithInrangeIndexOld or ConstantsCode.CeGep:
            {
                long start = ConstantOffset(operands[0], depth + 1);
                if (start == IrBody.UnknownOffset) return start;
                long add = GepOffset(c.GepSourceType, operands[1..]);
                return add == IrBody.UnknownOffset ? add : start + add; // both bounded by MaxOffset
            }
            default:
                return IrBody.UnknownOffset;
        }
    }

    /// <summary>Offsets beyond this are not computed (a hostile index or type size): |offset| stays far from overflow.</summary>
    private const long MaxOffset = 1L << 40;

    /// <summary>The byte offset a GEP's constant <paramref name="indices"/> add over <paramref name="sourceType"/>, or
    /// <see cref="IrBody.UnknownOffset"/>.</summary>
    private long GepOffset(int sourceType, ReadOnlySpan<int> indices)
    {
        if (indices.IsEmpty) return 0;
        if (sourceType < 0) return IrBody.UnknownOffset;
        long offset = 0;
        int type = sourceType;
        for (int k = 0; k < indices.Length; k++)
        {
            // (bounded first: Math.Abs of long.MinValue, which a sign-rotated VBR can hold, would throw)
            if (IndexValue(indices[k]) is not { } index || index is < -MaxOffset or > MaxOffset) return IrBody.UnknownOffset;
            int element;
            if (k == 0) element = sourceType; // the first index steps over whole source elements
            else
            {
                var t = _types.Get((ulong)Math.Max(type, 0));
                if (t is null || t.Contained.Count == 0) return IrBody.UnknownOffset;
                if (t.Kind == IrTypeKind.Struct)
                {
                    if (index != 0) return IrBody.UnknownOffset; // a field's offset needs the data layout
                    type = t.Contained[0];
                    continue;
                }
                if (t.Kind is not (IrTypeKind.Array or IrTypeKind.Vector)) return IrBody.UnknownOffset;
                element = t.Contained[0];
            }
            if (index != 0)
            {
                long size = AllocSize(element, 0);
                if (size < 0 || size > MaxOffset / Math.Max(1, Math.Abs(index))) return IrBody.UnknownOffset;
                offset += index * size;
                if (offset is < -MaxOffset or > MaxOffset) return IrBody.UnknownOffset;
            }
            type = element;
        }
        return offset;
    }

    /// <summary>An integer constant's value, or null.</summary>
    private long? IndexValue(int id)
    {
        if ((uint)id >= (uint)_values.Count || _values[id].Kind != ValueKind.Constant) return null;
        var c = _constants[_values[id].Index];
        return c.IsInteger ? c.Int : c.IsIntegerNull ? 0 : null;
    }

    /// <summary>The bytes one element of <paramref name="type"/> takes in memory, for the types whose size does not
    /// depend on the data layout (i8, i16, i32, i64 and arrays of them); -1 otherwise.</summary>
    private long AllocSize(int type, int depth)
    {
        var t = _types.Get((ulong)Math.Max(type, 0));
        if (t is null || depth > 8) return -1;
        switch (t.Kind)
        {
            case IrTypeKind.Integer:
                return t.Width is 8 or 16 or 32 or 64 ? (long)(t.Width / 8) : -1;
            case IrTypeKind.Array when t.Contained.Count > 0:
            {
                long element = AllocSize(t.Contained[0], depth + 1);
                if (element < 0 || (element > 0 && t.Width > (ulong)(MaxOffset / element))) return -1;
                return element * (long)t.Width;
            }
            default:
                return -1;
        }
    }

    /// <summary>The operand kind of a global, argument or instruction value (by <see cref="ValueKind"/>).</summary>
    private static ReadOnlySpan<byte> OperandKinds => [(byte)IrValueKind.Global, 0, 0, (byte)IrValueKind.Argument, (byte)IrValueKind.Instruction];

    /// <summary>ConstantGlobals of a body whose constants name no globals: only the shared empty entry 0.</summary>
    private static readonly int[][] NoConstantGlobals = [[]];

    /// <summary>The operand value of constant <paramref name="id"/> (its entry <paramref name="index"/>).</summary>
    private IrValue ResolveConstant(int index, int id, ref List<int[]>? constantGlobals)
    {
        var c = _constants[index];
        if (c.IsInteger) return new IrValue(IrValueKind.Int, 0, c.Int);
        if (c.IsIntegerNull) return new IrValue(IrValueKind.Int, 0, 0);
        if (c.IsNullLike) return new IrValue(IrValueKind.Null, 0);
        int global = ResolveGlobal(id, 0);
        if (global >= 0) return new IrValue(IrValueKind.Global, global);
        // Called once per constant and function (see ResolveBody): the constant's entry is added once.
        var globals = t_globals ??= new List<int>();
        globals.Clear();
        CollectGlobals(id, globals, 0);
        int at = 0;
        if (globals.Count > 0)
        {
            constantGlobals ??= [[]];
            at = constantGlobals.Count;
            constantGlobals.Add(Distinct(globals));
        }
        return new IrValue(IrValueKind.Constant, at);
    }

    /// <summary>The operand values of the constants resolved in the current function, by value id: an entry is valid
    /// when its stamp is the function's serial number, so nothing is cleared between functions.</summary>
    private sealed class ConstantMemo
    {
        public int[] Stamps = new int[1024];
        public IrValue[] Values = new IrValue[1024];
        public long[] Offsets = new long[1024]; // constant details: ConstantOffset of a global's constant
        private int _serial;

        /// <summary>Starts a function of <paramref name="valueCount"/> values; returns its serial number.</summary>
        public int Start(int valueCount)
        {
            if (Stamps.Length < valueCount)
            {
                int size = Math.Max(valueCount, Stamps.Length * 2);
                Stamps = new int[size];
                Values = new IrValue[size];
                Offsets = new long[size];
                _serial = 0;
            }
            if (++_serial == int.MaxValue)
            {
                Array.Clear(Stamps);
                _serial = 1;
            }
            return _serial;
        }
    }

    /// <summary>The distinct values of <paramref name="list"/>, in first-occurrence order.</summary>
    private static int[] Distinct(List<int> list)
    {
        var span = CollectionsMarshal.AsSpan(list);
        int n = 0;
        if (span.Length <= 32)
        {
            for (int k = 0; k < span.Length; k++)
                if (!span[..n].Contains(span[k])) span[n++] = span[k];
        }
        else
        {
            var seen = t_distinct ??= new HashSet<int>();
            seen.Clear();
            for (int k = 0; k < span.Length; k++)
                if (seen.Add(span[k])) span[n++] = span[k];
        }
        return span[..n].ToArray();
    }

    /// <summary>Every global a constant names, through nested constant expressions and aggregates (bounded).</summary>
    private void CollectGlobals(int id, List<int> into, int depth)
    {
        if ((uint)id >= (uint)_values.Count || depth > 16 || into.Count > 256) return;
        var slot = _values[id];
        if (slot.Kind == ValueKind.Global) { into.Add(slot.Index); return; }
        if (slot.Kind != ValueKind.Constant) return;
        var c = _constants[slot.Index];
        foreach (int op in _constants.Operands(c)) CollectGlobals(op, into, depth + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Op(ReadOnlySpan<ulong> ops, int i) => (uint)i < (uint)ops.Length ? (int)Math.Min(ops[i], int.MaxValue) : -1;

    private string? Instruction(FunctionCode code, ReadOnlySpan<ulong> ops)
    {
        int i = 0;
        int first = _raw.Count;
        switch (code)
        {
            case FunctionCode.Declareblocks: // DECLAREBLOCKS: [n]
                _blockCount = Math.Max(0, Op(ops, 0));
                return null;
            case FunctionCode.DebugLocAgain or FunctionCode.DebugLoc: // DEBUG_LOC_AGAIN, DEBUG_LOC
            case FunctionCode.InstFence: // FENCE
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
                Emit(IrOp.OtherTerminator, first);
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
                Use(code == FunctionCode.InstStore ? ValueTypePair(ops, ref i).Id : Value(ops, ref i));
                Emit(IrOp.Store, first);
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
                _operations.Add(new Operation(OperationKind.Binary, (uint)Op(ops, i), type, -1));
                Emit(IrOp.Binary, first, (uint)Op(ops, i), type);
                Define(type);
                return null;
            }
            case FunctionCode.InstCast: // CAST: [op(vt), destty, opc, flags?]
            {
                var (op, from) = ValueTypePair(ops, ref i);
                Use(op);
                int to = Op(ops, i);
                _operations.Add(new Operation(OperationKind.Cast, (uint)Op(ops, i + 1), from, to));
                Emit(IrOp.Cast, first, (uint)Op(ops, i + 1), to, from);
                Define(to);
                return null;
            }
            case FunctionCode.InstUnop: // UNOP: [op(vt), opc, flags?]
            {
                var (op, type) = ValueTypePair(ops, ref i);
                Use(op);
                _operations.Add(new Operation(OperationKind.Unary, (uint)Op(ops, i), type, -1));
                Emit(IrOp.Unary, first, (uint)Op(ops, i), type);
                Define(type);
                return null;
            }
            case FunctionCode.InstCmp or FunctionCode.InstCmp2: // CMP, CMP2: [lhs(vt), rhs, pred, flags?]
            {
                var (lhs, type) = ValueTypePair(ops, ref i);
                Use(lhs);
                Use(Value(ops, ref i));
                if (Op(ops, i) is >= 0 and <= 15) _operations.Add(new Operation(OperationKind.FloatCompare, (uint)Op(ops, i), type, -1));
                Emit(IrOp.Cmp, first, (uint)Math.Max(Op(ops, i), 0), type);
                Define(-1);
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
                else Use(Value(ops, ref i));
                Emit(IrOp.Other, first, (uint)code, type);
                Define(code == FunctionCode.InstShufflevec ? -1 : type);
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
                Emit(IrOp.Other, first, (uint)code, type);
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
            case FunctionCode.InstLandingpadOld or FunctionCode.InstLandingpad: // LANDINGPAD: [ty, ...]
                _unrecorded = true;
                Emit(IrOp.Other, first);
                Define(code == FunctionCode.InstVaarg ? Op(ops, 2) : Op(ops, 0));
                return null;
            case FunctionCode.InstLoad: // LOAD: [op(vt), ty?, align, vol]
            case FunctionCode.InstLoadatomic: // LOADATOMIC: [op(vt), ty?, align, vol, ordering, ssid]
            {
                var (ptr, ptrType) = ValueTypePair(ops, ref i);
                Use(ptr);
                int rest = code == FunctionCode.InstLoad ? 3 : 5;
                int type = i + rest == ops.Length ? Op(ops, i) : _types.Pointee((ulong)Math.Max(ptrType, 0)) ?? -1;
                if (code == FunctionCode.InstLoadatomic) _operations.Add(new Operation(OperationKind.AtomicLoad, 0, type, -1));
                bool isVolatile = ops.Length > 0 && ops[^(code == FunctionCode.InstLoadatomic ? 3 : 1)] != 0;
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
                _operations.Add(new Operation(OperationKind.AtomicStore, 0, type, -1));
                Emit(IrOp.Store, first, 1, type, Alignment(ops, i));
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
                _operations.Add(new Operation(OperationKind.CmpXchg, 0, cmpType, -1));
                Emit(IrOp.CmpXchg, first, 0, cmpType, code == FunctionCode.InstCmpxchg ? Alignment(ops, i + 5) : -1);
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
                _operations.Add(new Operation(OperationKind.AtomicRmw, (uint)Op(ops, i), type, -1));
                Emit(IrOp.AtomicRmw, first, (uint)Math.Max(Op(ops, i), 0), type, code == FunctionCode.InstAtomicrmw ? Alignment(ops, i + 4) : -1);
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

    private string? Call(CallKind kind, ReadOnlySpan<ulong> ops)
    {
        // CALL:   [paramattrs, cc, fmf?, fnty?, callee(vt), args...]
        // INVOKE: [paramattrs, cc, normal bb, unwind bb, fnty?, callee(vt), args...]
        // CALLBR: [paramattrs, cc, default bb, #indirect, indirect bbs..., fnty?, callee(vt), args...]
        int i = 0;
        int first = _raw.Count;
        int attrIndex = Op(ops, i++);
        ulong cc = i < ops.Length ? ops[i++] : 0;
        bool explicitType;
        uint successors = 0;
        switch (kind)
        {
            case CallKind.Call:
                if ((cc & (1UL << 17)) != 0) i++; // fast-math flags
                explicitType = (cc & (1UL << 15)) != 0;
                break;
            case CallKind.Invoke:
                UseBlock(Op(ops, i));
                UseBlock(Op(ops, i + 1));
                successors = 2;
                i += 2;
                explicitType = (cc & (1UL << 13)) != 0;
                break;
            default:
                UseBlock(Op(ops, i++));
                int indirect = Op(ops, i++);
                if (indirect < 0 || indirect > ops.Length - i) Short();
                for (int k = 0; k < indirect; k++) UseBlock(Op(ops, i + k));
                successors = (uint)indirect + 1;
                i += indirect;
                explicitType = (cc & (1UL << 15)) != 0;
                break;
        }
        int fnty = explicitType ? Op(ops, i++) : -1;
        var (callee, calleeType) = ValueTypePair(ops, ref i);
        if (!explicitType) fnty = _types.Pointee((ulong)Math.Max(calleeType, 0)) ?? -1; // typed pointers: pointer to function
        var fn = _types.Get((ulong)Math.Max(fnty, 0));
        if (fnty < 0 || fn is null || fn.Kind != IrTypeKind.Function)
            return $"call with no function type (type {fnty})";
        Use(callee);

        var args = _args;
        args.Clear();
        for (int p = 0; p < fn.ParameterCount; p++)
        {
            int paramType = fn.Contained[p + 1];
            var paramKind = _types.Get((ulong)paramType)?.Kind;
            if (paramKind == IrTypeKind.Label) { UseBlock(Op(ops, i++)); args.Add(new Operand(OperandKind.Other, 0, -1, paramType)); continue; }
            if (paramKind == IrTypeKind.Metadata)
            {
                // A metadata argument (llvm.dbg.*) names a metadata id, not a value.
                i++;
                _raw.Add(default);
                args.Add(new Operand(OperandKind.Other, 0, -1, paramType));
                continue;
            }
            int arg = Value(ops, ref i);
            Use(arg);
            args.Add(Describe(arg, paramType));
        }
        if (fn.IsVarArg)
            while (i < ops.Length)
            {
                var (id, type) = ValueTypePair(ops, ref i);
                Use(id);
                args.Add(Describe(id, type));
            }

        var (calleeKind, calleeGlobal, asm) = ResolveCallee(callee);
        var attrs = attrIndex > 0 && attrIndex <= _attributes.Count ? _attributes[attrIndex - 1] : AttributeList.Empty;
        CallSite site;
        if (_pendingBundles.Count == 0)
        {
            var cache = t_callCache ??= new CallCache();
            cache.StartModule(_values);
            site = cache.Get(kind, calleeKind, calleeGlobal, asm, CollectionsMarshal.AsSpan(args), attrIndex, attrs, fnty);
        }
        else
        {
            site = new CallSite(kind, calleeKind, calleeGlobal, asm, args.ToArray(), attrs, _pendingBundles.ToArray(), fnty);
            _pendingBundles.Clear();
        }
        _calls.Add(site);
        Emit(kind switch { CallKind.Invoke => IrOp.Invoke, CallKind.CallBr => IrOp.CallBr, _ => IrOp.Call }, first, successors,
            fn.ReturnType, _calls.Count - 1);
        if (!_types.IsVoid((ulong)fn.ReturnType)) Define(fn.ReturnType);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
                return c.AddressesFirstOperand && c.Count > 0 ? ResolveGlobal(_constants.Operands(c)[0], depth + 1) : -1;
            default:
                return -1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Operand Describe(int id, int type)
    {
        if ((uint)id >= (uint)_values.Count) return new Operand(OperandKind.Other, 0, -1, type);
        var slot = _values[id];
        if (slot.Kind == ValueKind.Constant)
        {
            var c = _constants[slot.Index];
            if (c.IsInteger) return new Operand(OperandKind.Int, c.Int, -1, type);
            // LLVM writes an integer zero as CST_CODE_NULL (BitcodeWriter.cpp, writeConstants: isNullValue()).
            if (c.IsIntegerNull) return new Operand(OperandKind.Int, 0, -1, type);
            if (c.IsNullLike) return new Operand(OperandKind.Null, 0, -1, type);
        }
        int global = ResolveGlobal(id, 0);
        return global >= 0 ? new Operand(OperandKind.Global, 0, global, type) : new Operand(OperandKind.Other, 0, -1, type);
    }

    /// <summary>
    /// The call sites of the module being read, by contents: most calls repeat one another (the same callee with
    /// the same constant arguments; llvm.dbg.value with its metadata arguments), and a shared instance costs nothing
    /// per call. Call sites are immutable and hold only ids and shared references, so sharing one is invisible.
    /// Bounded, and restarted with each module: sharing is rare across modules, and a module's call sites need not
    /// stay reachable from the thread once the next module is read.
    /// </summary>
    private sealed class CallCache
    {
        private readonly ModuleInternTable<CallSite> _table = new(8192);

        /// <summary>Empties the cache when <paramref name="module"/> (its value list) is not the one it was filled from.</summary>
        public void StartModule(object module) => _table.StartModule(module);

        private static ulong Mix(ulong h, ulong v) => Caching.TableHash.Mix(h, v);

        public CallSite Get(CallKind kind, CalleeKind callee, int calleeGlobal, InlineAsm? asm, ReadOnlySpan<Operand> args,
            int attributeIndex, AttributeList attributes, int functionType)
        {
            // TableHash over the ids and the operands' bytes (HashCode's generic Add is costly per
            // field here); the attribute list and asm are compared by reference but hashed through the attribute index.
            ulong h = Mix(0, (ulong)(uint)calleeGlobal << 32 | (uint)functionType);
            h = Mix(h, (ulong)kind | (ulong)callee << 4 | (ulong)(uint)attributeIndex << 8 | (ulong)args.Length << 40);
            foreach (ulong w in MemoryMarshal.Cast<Operand, ulong>(args)) h = Mix(h, w); // Operand has no padding
            int hash = Caching.TableHash.Fold(h);
            for (int e = _table.First(hash); e != 0; e = _table.Next(e))
            {
                var c = _table[e];
                if (c.Kind == kind && c.Callee == callee && c.CalleeGlobal == calleeGlobal &&
                    c.FunctionType == functionType && ReferenceEquals(c.Attributes, attributes) && ReferenceEquals(c.Asm, asm) &&
                    MemoryMarshal.AsBytes(args).SequenceEqual(MemoryMarshal.AsBytes(((Operand[])c.Arguments).AsSpan()))) // Operand has no padding
                    return c;
            }
            return _table.Add(hash, new CallSite(kind, callee, calleeGlobal, asm, args.ToArray(), attributes, [], functionType));
        }
    }
}
