using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

// FunctionReader: the constants operands name: the globals behind them and byte offsets into them.
internal sealed partial class FunctionReader
{
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
        var globals = _context.ConstantGlobals;
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
    internal sealed class ConstantMemo
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
    private int[] Distinct(List<int> list)
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
            var seen = _context.DistinctGlobals;
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
}
