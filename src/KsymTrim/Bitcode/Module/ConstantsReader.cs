using System.Runtime.CompilerServices;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// Reads a CONSTANTS_BLOCK (module- or function-level): every record but SETTYPE defines the next value id,
/// whatever its code, so numbering never drifts on constants this reader does not interpret.
/// </summary>
internal static class ConstantsReader
{
    /// <summary>The codes whose trailing array the reader never looks at (STRING, CSTRING, DATA): the cursor steps
    /// over such an array instead of decoding it.</summary>
    private const ulong IgnoredArrays = 1UL << (int)ConstantsCode.String | 1UL << (int)ConstantsCode.Cstring | 1UL << (int)ConstantsCode.Data;

    /// <param name="cursor">At the block's ENTER_SUBBLOCK.</param>
    /// <param name="values">The value table, extended by the block's constants.</param>
    /// <param name="constants">The constant table, extended by the block's constants.</param>
    /// <param name="inlineAsm">The inline asm values, extended by the block's.</param>
    /// <param name="types">The module's types.</param>
    /// <param name="byteArrays">When not null, the bytes of the block's byte-array constants (STRING, CSTRING, DATA
    /// of i8) are kept there, by constant index.</param>
    /// <param name="context">The parse's context: records are read into its operands, inline asm values interned in its table.</param>
    public static void Read(BitstreamCursor cursor, List<ValueSlot> values, ConstantTable constants,
        List<InlineAsm> inlineAsm, TypeTable types, BitcodeReadContext context, ByteArrayConstants? byteArrays = null)
    {
        cursor.EnterBlock((uint)BlockId.Constants);
        int currentType = -1;
        var record = context.Record;
        var options = new RecordOptions { PackedCodes = IgnoredArrays };
        while (cursor.NextRecord(record, options))
        {
            var code = (ConstantsCode)record.Code;
            var ops = record.AsSpan();
            if (code == ConstantsCode.Settype) // SETTYPE: [typeid]
            {
                if (ops.Length < 1 || ops[0] >= (ulong)types.Count) cursor.Fail("SETTYPE names no type");
                currentType = (int)ops[0];
                continue;
            }
            if (byteArrays is not null && code is ConstantsCode.String or ConstantsCode.Cstring or ConstantsCode.Data)
            {
                // STRING and CSTRING are arrays of i8; DATA is kept only when its elements are i8
                if (code != ConstantsCode.Data || IsByteSequence(types, currentType))
                {
                    if (record.Packed.Length >= 0) byteArrays.Add(constants.Count, cursor.Data.Span, record.Packed, code == ConstantsCode.Cstring);
                    else byteArrays.Add(constants.Count, ops, code == ConstantsCode.Cstring);
                }
            }
            Record(cursor, code, ops, currentType, values, constants, inlineAsm, types, context);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Record(BitstreamCursor cursor, ConstantsCode code, ReadOnlySpan<ulong> ops, int currentType, List<ValueSlot> values,
        ConstantTable constants, List<InlineAsm> inlineAsm, TypeTable types, BitcodeReadContext context)
    {
        int first = constants.OperandCount;
        switch (code)
        {
            case ConstantsCode.InlineasmOld or ConstantsCode.InlineasmOld2 or ConstantsCode.InlineasmOld3: // INLINEASM_OLD/OLD2/OLD3: [flags, asmlen, asm..., cstrlen, cstr...]
            case ConstantsCode.Inlineasm: // INLINEASM: [fnty, flags, asmlen, asm..., cstrlen, cstr...]
            {
                int at = code == ConstantsCode.Inlineasm ? 1 : 0;
                int fnty = code == ConstantsCode.Inlineasm && ops.Length > 0 ? (int)Math.Min(ops[0], int.MaxValue) : -1;
                if (ops.Length < at + 2) cursor.Fail("inline asm record is too short");
                bool sideEffect = (ops[at] & 1) != 0;
                var asm = Counted(ops, at + 1, cursor);
                var constraints = Counted(ops, at + 2 + asm.Length, cursor);
                var cache = context.InlineAsmValues;
                cache.StartModule(values);
                inlineAsm.Add(cache.Get(asm, constraints, sideEffect, fnty));
                values.Add(new ValueSlot(ValueKind.InlineAsm, inlineAsm.Count - 1, fnty >= 0 ? fnty : currentType));
                return;
            }
            case ConstantsCode.Integer: // INTEGER: [signed vbr]
                constants.Add(code, currentType, ops.Length > 0 ? DecodeSigned(ops[0]) : 0, first);
                break;
            case ConstantsCode.Aggregate: // AGGREGATE: [values...]
            case ConstantsCode.CeSelect or ConstantsCode.CeInsertelt or ConstantsCode.CeShufflevec: // [operands...]
                Ids(constants, ops, 0, ops.Length);
                constants.Add(code, currentType, 0, first);
                break;
            case ConstantsCode.CeBinop: // CE_BINOP [opc, l, r]
            case ConstantsCode.CeExtractelt: // CE_EXTRACTELT: [opty, opval, (idxty), idx]
            case ConstantsCode.CeCmp: // CE_CMP: [opty, l, r, pred]
                Ids(constants, ops, 1, 2);
                constants.Add(code, currentType, 0, first);
                break;
            case ConstantsCode.CeCast: // CE_CAST: [opc, opty, opval]
                Ids(constants, ops, 2, 1);
                constants.Add(code, currentType, ops.Length > 0 ? (long)ops[0] : 0, first);
                break;
            case ConstantsCode.CeGepOld or ConstantsCode.CeInboundsGep or ConstantsCode.CeGepWithInrangeIndexOld or ConstantsCode.CeGep: // GEP forms: (pointee type, flags), then (type, value) pairs
            {
                int start = code switch { ConstantsCode.CeGepWithInrangeIndexOld or ConstantsCode.CeGep => 2, _ => ops.Length % 2 == 1 ? 1 : 0 };
                for (int i = start + 1; i < ops.Length; i += 2) constants.AddOperand(ToId(ops[i]));
                // the source element type, when the record names it (ConstantEntry.GepSourceType)
                constants.Add(code, currentType, start > 0 && ops.Length > 0 && ops[0] <= int.MaxValue ? (long)ops[0] : -1, first);
                break;
            }
            case ConstantsCode.CeUnop: // CE_UNOP: [opc, opval]
            case ConstantsCode.Blockaddress: // BLOCKADDRESS: [fnty, fn, bb]
            case ConstantsCode.DsoLocalEquivalent: // DSO_LOCAL_EQUIVALENT: [gvty, gv]
            case ConstantsCode.NoCfiValue: // NO_CFI_VALUE: [fty, f]
                Ids(constants, ops, 1, 1);
                constants.Add(code, currentType, 0, first);
                break;
            case ConstantsCode.Float: // FLOAT: [fpval], the raw bits of half, bfloat, float or double (the low word of wider types)
                constants.Add(code, currentType, ops.Length > 0 ? (long)ops[0] : 0, first);
                break;
            case ConstantsCode.Null: // NULL: marked when of integer type (see ConstantEntry.IsIntegerNull)
                constants.Add(code, currentType, types.Get((ulong)Math.Max(currentType, 0))?.Kind == IrTypeKind.Integer ? 1 : 0, first);
                break;
            default: // UNDEF, POISON, STRING, CSTRING, DATA, WIDE_INTEGER, and codes of newer LLVMs
                constants.Add(code, currentType, 0, first);
                break;
        }
        values.Add(new ValueSlot(ValueKind.Constant, constants.Count - 1, currentType));
    }

    /// <summary>An array or vector of i8.</summary>
    private static bool IsByteSequence(TypeTable types, int type) =>
        types.Get((ulong)Math.Max(type, 0)) is { Kind: IrTypeKind.Array or IrTypeKind.Vector } t && t.Contained.Count > 0 &&
        types.Get((ulong)t.Contained[0]) is { Kind: IrTypeKind.Integer, Width: 8 };

    private static int ToId(ulong v) => v > int.MaxValue ? -1 : (int)v;

    private static void Ids(ConstantTable constants, ReadOnlySpan<ulong> ops, int start, int count)
    {
        int n = Math.Max(0, Math.Min(count, ops.Length - start));
        for (int i = 0; i < n; i++) constants.AddOperand(ToId(ops[start + i]));
    }

    /// <summary>Signed VBR as LLVM writes integers (BitcodeReader.cpp, decodeSignRotatedValue).</summary>
    public static long DecodeSigned(ulong v) => (v & 1) == 0 ? (long)(v >> 1) : v != 1 ? -(long)(v >> 1) : long.MinValue;

    /// <summary>The characters of a counted string at <paramref name="at"/> (its length, then one character per operand).</summary>
    private static ReadOnlySpan<ulong> Counted(ReadOnlySpan<ulong> ops, int at, BitstreamCursor cursor)
    {
        if (at >= ops.Length) cursor.Fail("inline asm record is too short");
        ulong len = ops[at];
        if (len > (ulong)(ops.Length - at - 1)) cursor.Fail("inline asm string runs past its record");
        return ops.Slice(at + 1, (int)len);
    }

    private static string Decode(ReadOnlySpan<ulong> chars)
    {
        // The length is bounded by the record just read; most asm strings are short enough for the stack.
        Span<byte> bytes = chars.Length <= 512 ? stackalloc byte[chars.Length] : new byte[chars.Length];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)chars[i];
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// The inline asm values of the module being read, by contents: a module repeats the same asm (an inline
    /// function's asm is in every function it was inlined into), and one shared object saves decoding its strings
    /// again and lets the analysis find its template by reference. InlineAsm is immutable, so sharing is invisible.
    /// Bounded, one per <see cref="BitcodeReadContext"/>, and emptied only when full, as the function reader's call
    /// sites are.
    /// </summary>
    internal sealed class AsmCache
    {
        private readonly ModuleInternTable<InlineAsm> _table = new(4096);

        /// <summary>Empties the cache when <paramref name="module"/> (its value list) is not the one it was filled from.</summary>
        public void StartModule(object module) => _table.StartModule(module);

        private static ulong Mix(ulong h, ulong v) => Caching.TableHash.Mix(h, v);

        public InlineAsm Get(ReadOnlySpan<ulong> asm, ReadOnlySpan<ulong> constraints, bool sideEffect, int functionType)
        {
            ulong h = Mix(0, (ulong)(uint)functionType << 32 | (uint)asm.Length);
            h = Mix(h, (ulong)constraints.Length << 1 | (sideEffect ? 1UL : 0));
            foreach (ulong c in asm) h = Mix(h, c);
            foreach (ulong c in constraints) h = Mix(h, c);
            int hash = Caching.TableHash.Fold(h);
            for (int e = _table.First(hash); e != 0; e = _table.Next(e))
            {
                var a = _table[e];
                if (a.FunctionType == functionType && a.HasSideEffects == sideEffect &&
                    SameAscii(a.Asm, asm) && SameAscii(a.Constraints, constraints))
                    return a;
            }
            return _table.Add(hash, new InlineAsm(Decode(asm), Decode(constraints), sideEffect, functionType));
        }

        /// <summary>Whether <paramref name="chars"/> are ASCII and spell <paramref name="s"/> (a string decoded from
        /// other bytes never compares equal: UTF-8 decodes ASCII bytes to themselves only).</summary>
        private static bool SameAscii(string s, ReadOnlySpan<ulong> chars)
        {
            if (s.Length != chars.Length) return false;
            for (int i = 0; i < chars.Length; i++)
                if (chars[i] >= 0x80 || s[i] != (char)chars[i]) return false;
            return true;
        }
    }
}

/// <summary>
/// The byte-array constants (STRING, CSTRING, DATA of i8) of a module's CONSTANTS block, by constant index, their
/// bytes in one pool: what <see cref="BitcodeModule.InitializerBytes"/> is made of when constant details are read.
/// An array longer than the limit, or past the pool's total bound, is not kept.
/// </summary>
internal sealed class ByteArrayConstants(int maxBytes)
{
    /// <summary>The most bytes kept for one module, whatever its arrays: memory stays bounded by the input.</summary>
    private const int MaxTotal = 64 << 20;

    private byte[] _pool = new byte[1024];
    private int _used;
    private readonly Dictionary<int, (int Start, int Length)> _byConstant = [];

    /// <summary>Keeps the bytes of an array left in the data (<see cref="BitstreamCursor.NextRecord"/>'s packed array),
    /// with a NUL after them for a CSTRING.</summary>
    public void Add(int constant, ReadOnlySpan<byte> data, PackedArray packed, bool nul)
    {
        var into = Reserve(constant, packed.Length, nul);
        if (into.IsEmpty) return;
        Span<ulong> chunk = stackalloc ulong[64];
        for (int done = 0; done < packed.Length; done += chunk.Length)
        {
            int n = Math.Min(chunk.Length, packed.Length - done);
            int width = packed.Width == 0 ? 6 : packed.Width;
            BitstreamCursor.Unpack(data, new PackedArray(packed.Bit + (long)done * width, n, packed.Width), chunk);
            for (int k = 0; k < n; k++) into[done + k] = (byte)chunk[k];
        }
    }

    /// <summary>Keeps the bytes of an array read as operands (each truncated to a byte, as a string record's are).</summary>
    public void Add(int constant, ReadOnlySpan<ulong> values, bool nul)
    {
        var into = Reserve(constant, values.Length, nul);
        for (int k = 0; k < values.Length && k < into.Length; k++) into[k] = (byte)values[k];
    }

    /// <summary>Room for <paramref name="length"/> bytes (and a NUL), or empty when the array is not kept.</summary>
    private Span<byte> Reserve(int constant, int length, bool nul)
    {
        int size = length + (nul ? 1 : 0);
        if (length < 0 || size > maxBytes || size > MaxTotal - _used || size == 0) return default;
        if (_used + size > _pool.Length) Array.Resize(ref _pool, (int)Math.Min(MaxTotal, Math.Max(_used + size, 2L * _pool.Length)));
        var span = _pool.AsSpan(_used, size);
        if (nul) span[^1] = 0;
        _byConstant[constant] = (_used, size);
        _used += size;
        return span[..length];
    }

    /// <summary>The bytes of constant <paramref name="constant"/>, when it is a byte array that was kept.</summary>
    public bool TryGet(int constant, out ReadOnlyMemory<byte> bytes)
    {
        if (_byConstant.TryGetValue(constant, out var r))
        {
            bytes = new ReadOnlyMemory<byte>(_pool, r.Start, r.Length);
            return true;
        }
        bytes = default;
        return false;
    }
}
