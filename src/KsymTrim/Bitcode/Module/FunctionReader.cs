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
/// <para>In four parts: this file reads the block and resolves the body; <c>.Instructions</c> decodes each
/// instruction record; <c>.Calls</c> the calls, their callees and arguments; <c>.Constants</c> the constants
/// operands name (globals behind them, byte offsets into them).</para>
/// </summary>
internal sealed partial class FunctionReader
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
    // The lists are the context's, reused by every function of the parse (a body is copied out into right-sized arrays).
    private readonly BitcodeReadContext _context;
    private readonly List<IrInstruction> _insts;
    private readonly List<int> _writes; // the instructions that may write memory (IrBody.Writes)
    private readonly List<RawOperand> _raw;
    private readonly List<CallSite> _calls;
    private readonly List<Operand> _args; // one call's arguments, copied out into an exactly sized array
    private int _block, _blockCount;
    private bool _details; // constant details: the byte offsets of operands that point into a global
    private bool _unrecorded; // an instruction whose operands are not recorded (exception handling, va_arg)
    private int _bool; // the type id of i1 (a scalar comparison's result), or -1

    internal enum RawTag : byte { None, Value, Block }

    /// <summary>An operand as the record gives it: an absolute value id (possibly a forward reference) or a block.</summary>
    internal readonly record struct RawOperand(RawTag Tag, int Id);

    private FunctionReader(BitstreamCursor cursor, RecordBuffer ops, TypeTable types, IReadOnlyList<AttributeList> attributes,
        List<ValueSlot> moduleValues, ConstantTable moduleConstants, List<InlineAsm> moduleAsm, IReadOnlyList<string> bundleTags,
        BitcodeReadContext context)
    {
        _asm = moduleAsm;
        _moduleAsmCount = moduleAsm.Count;
        _context = context;
        _insts = context.Instructions;
        _writes = context.Writes;
        _writes.Clear();
        _raw = context.RawOperands;
        _calls = context.Calls;
        _args = context.Arguments;
        _insts.Clear();
        _raw.Clear();
        _calls.Clear();
        _cursor = cursor;
        _ops = ops;
        _types = types;
        _bool = types.Bool;
        _attributes = attributes;
        _values = moduleValues;
        _constants = moduleConstants;
        _bundleTags = bundleTags;
        _moduleValueCount = moduleValues.Count;
        _moduleConstantCount = moduleConstants.Count;
        _moduleConstantOperandCount = moduleConstants.OperandCount;
    }

    /// <summary>Reads the function block after its ENTER_SUBBLOCK. The module's value and constant lists are
    /// extended while the function is read and restored afterwards. The body is decoded into
    /// <paramref name="context"/>'s lists, and nothing returned points into them.</summary>
    public static IrFunction Read(BitstreamCursor cursor, RecordBuffer ops, TypeTable types, IReadOnlyList<AttributeList> attributes,
        List<ValueSlot> moduleValues, ConstantTable moduleConstants, List<InlineAsm> moduleAsm, IReadOnlyList<string> bundleTags,
        int global, int functionType, AttributeList functionAttributes, bool details, BitcodeReadContext context)
    {
        var reader = new FunctionReader(cursor, ops, types, attributes, moduleValues, moduleConstants, moduleAsm, bundleTags, context)
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
            var kind = _cursor.NextRecordOrBlock(_ops, out uint blockId);
            if (kind == EntryKind.EndBlock) break;
            if (kind == EntryKind.SubBlock)
            {
                if (blockId == (uint)BlockId.Constants && problem is null)
                    ConstantsReader.Read(_cursor, _values, _constants, _asm, _types, _context);
                else _cursor.SkipBlock(); // metadata, attachments, value symbol table, use lists
                continue;
            }
            if (problem is not null) continue; // numbering is lost: only skip to the end of the block
            problem = Instruction((FunctionCode)_ops.Code, _ops.AsSpan());
        }
        var ownAsm = CollectionsMarshal.AsSpan(_asm)[_moduleAsmCount..].ToArray();
        var body = problem is null ? ResolveBody(fnType.ParameterCount) : null;
        // Exactly sized copies of the scratch lists: the function lives as long as its module's analysis.
        // An incomplete function keeps the instructions read before the problem (a complete one has them in its body).
        return new IrFunction(global, functionType, functionAttributes, _calls.ToArray(), body is null ? _insts.ToArray() : [],
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
        if ((uint)i >= (uint)ops.Length) Short(); // a value not defined yet: the writer adds its type
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

    /// <summary><see cref="Emit"/> for an instruction that may write memory (<see cref="IrBody.MayWrite"/>): listed in
    /// <see cref="IrBody.Writes"/> as well. Only the stores, atomics and calls call this, so no other instruction pays
    /// for the list.</summary>
    private void EmitWrite(IrOp op, int first, uint code = 0, int type = -1, int aux = -1)
    {
        _writes.Add(_insts.Count);
        Emit(op, first, code, type, aux);
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
        // every slot is written below: no need for the allocator to clear the array first (bodies are most of what
        // reading allocates)
        var operands = GC.AllocateUninitializedArray<IrValue>(_raw.Count);
        List<int[]>? constantGlobals = null;
        var raw = CollectionsMarshal.AsSpan(_raw);
        var values = CollectionsMarshal.AsSpan(_values);
        var memo = _context.ConstantMemo;
        int serial = memo.Start(values.Length);
        var stamps = memo.Stamps.AsSpan(0, values.Length);
        var resolved = memo.Values.AsSpan(0, values.Length);
        var offsets = memo.Offsets.AsSpan(0, values.Length);
        List<(int Operand, long Offset)>? found = null;
        if (_details)
        {
            found = _context.Offsets;
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
                else operands[k] = default;
            }
            else operands[k] = default; // a forward reference that never resolved, or no value: Other
        }
        var instructions = GC.AllocateUninitializedArray<IrInstruction>(_insts.Count);
        CollectionsMarshal.AsSpan(_insts).CopyTo(instructions);
        var body = new IrBody(Math.Max(_blockCount, _block), argumentCount, instructions, operands,
            constantGlobals is null ? NoConstantGlobals : constantGlobals.ToArray())
        {
            HasUnrecordedOperands = _unrecorded,
            WritesList = _writes.ToArray(),
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
}
