using System.Runtime.CompilerServices;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// Reads a CONSTANTS_BLOCK (module- or function-level): every record but SETTYPE defines the next value id,
/// whatever its code, so numbering never drifts on constants this reader does not interpret.
/// </summary>
internal static class ConstantsReader
{
    // The records' operands, reused by every block read on this thread (grown by the cursor as needed).
    [ThreadStatic] private static ulong[]? t_ops;

    /// <summary>The codes whose trailing array the reader never looks at (STRING, CSTRING, DATA): the cursor steps
    /// over such an array instead of decoding it.</summary>
    private const ulong IgnoredArrays = 1UL << 8 | 1UL << 9 | 1UL << 22;

    public static void Read(BitstreamCursor cursor, List<ulong> scratch, List<ValueSlot> values, ConstantTable constants,
        List<InlineAsm> inlineAsm, TypeTable types)
    {
        _ = scratch; // the block's records are read into an array of this reader's (one dispatch per record)
        cursor.EnterBlock(BlockIds.Constants);
        int currentType = -1;
        var buffer = t_ops ??= new ulong[64];
        while (cursor.NextRecord(ref buffer, out int count, out uint code, IgnoredArrays, out _))
        {
            ReadOnlySpan<ulong> ops = buffer.AsSpan(0, count);
            if (code == 1) // SETTYPE
            {
                if (ops.Length < 1 || ops[0] >= (ulong)types.Count) cursor.Fail("SETTYPE names no type");
                currentType = (int)ops[0];
                continue;
            }
            Record(cursor, code, ops, currentType, values, constants, inlineAsm, types);
        }
        t_ops = buffer; // keep a grown buffer
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Record(BitstreamCursor cursor, uint code, ReadOnlySpan<ulong> ops, int currentType, List<ValueSlot> values,
        ConstantTable constants, List<InlineAsm> inlineAsm, TypeTable types)
    {
        int first = constants.OperandCount;
        switch (code)
        {
            case 18 or 23 or 28: // INLINEASM_OLD/OLD2/OLD3: [flags, asmlen, asm..., cstrlen, cstr...]
            case 30:             // INLINEASM: [fnty, flags, asmlen, asm..., cstrlen, cstr...]
            {
                int at = code == 30 ? 1 : 0;
                int fnty = code == 30 && ops.Length > 0 ? (int)Math.Min(ops[0], int.MaxValue) : -1;
                if (ops.Length < at + 2) cursor.Fail("inline asm record is too short");
                bool sideEffect = (ops[at] & 1) != 0;
                var asm = Counted(ops, at + 1, cursor);
                var constraints = Counted(ops, at + 2 + asm.Length, cursor);
                var cache = t_asmCache ??= new AsmCache();
                cache.StartModule(values);
                inlineAsm.Add(cache.Get(asm, constraints, sideEffect, fnty));
                values.Add(new ValueSlot(ValueKind.InlineAsm, inlineAsm.Count - 1, fnty >= 0 ? fnty : currentType));
                return;
            }
            case 4: // INTEGER: [signed vbr]
                constants.Add(code, currentType, ops.Length > 0 ? DecodeSigned(ops[0]) : 0, first);
                break;
            case 7: // AGGREGATE: [values...]
            case 13 or 15 or 16: // CE_SELECT, CE_INSERTELT, CE_SHUFFLEVEC
                Ids(constants, ops, 0, ops.Length);
                constants.Add(code, currentType, 0, first);
                break;
            case 10: // CE_BINOP [opc, l, r]
            case 14: // CE_EXTRACTELT: [opty, opval, (idxty), idx]
            case 17: // CE_CMP: [opty, l, r, pred]
                Ids(constants, ops, 1, 2);
                constants.Add(code, currentType, 0, first);
                break;
            case 11: // CE_CAST: [opc, opty, opval]
                Ids(constants, ops, 2, 1);
                constants.Add(code, currentType, ops.Length > 0 ? (long)ops[0] : 0, first);
                break;
            case 12 or 20 or 24 or 32: // GEP forms: (pointee type, flags), then (type, value) pairs
            {
                int start = code switch { 24 or 32 => 2, _ => ops.Length % 2 == 1 ? 1 : 0 };
                for (int i = start + 1; i < ops.Length; i += 2) constants.AddOperand(ToId(ops[i]));
                constants.Add(code, currentType, 0, first);
                break;
            }
            case 25: // CE_UNOP: [opc, opval]
            case 21: // BLOCKADDRESS: [fnty, fn, bb]
            case 27: // DSO_LOCAL_EQUIVALENT: [gvty, gv]
            case 29: // NO_CFI_VALUE: [fty, f]
                Ids(constants, ops, 1, 1);
                constants.Add(code, currentType, 0, first);
                break;
            case 2: // NULL: marked when of integer type (see ConstantEntry.IsIntegerNull)
                constants.Add(code, currentType, types.Get((ulong)Math.Max(currentType, 0))?.Kind == IrTypeKind.Integer ? 1 : 0, first);
                break;
            default: // UNDEF, POISON, FLOAT, STRING, CSTRING, DATA, WIDE_INTEGER, and codes of newer LLVMs
                constants.Add(code, currentType, 0, first);
                break;
        }
        values.Add(new ValueSlot(ValueKind.Constant, constants.Count - 1, currentType));
    }

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

    [ThreadStatic] private static AsmCache? t_asmCache;

    /// <summary>
    /// The inline asm values of the module being read, by contents: a module repeats the same asm (an inline
    /// function's asm is in every function it was inlined into), and one shared object saves decoding its strings
    /// again and lets the analysis find its template by reference. InlineAsm is immutable, so sharing is invisible.
    /// Bounded, and restarted with each module, as the function reader's call sites are.
    /// </summary>
    private sealed class AsmCache
    {
        private readonly ModuleInternTable<InlineAsm> _table = new(4096);

        /// <summary>Empties the cache when <paramref name="module"/> (its value list) is not the one it was filled from.</summary>
        public void StartModule(object module) => _table.StartModule(module);

        private static ulong Mix(ulong h, ulong v) => ModuleInternTable<InlineAsm>.Mix(h, v);

        public InlineAsm Get(ReadOnlySpan<ulong> asm, ReadOnlySpan<ulong> constraints, bool sideEffect, int functionType)
        {
            ulong h = ((ulong)(uint)functionType << 32 | (uint)asm.Length) * 0x9E3779B97F4A7C15UL;
            h = Mix(h, (ulong)constraints.Length << 1 | (sideEffect ? 1UL : 0));
            foreach (ulong c in asm) h = Mix(h, c);
            foreach (ulong c in constraints) h = Mix(h, c);
            int hash = ModuleInternTable<InlineAsm>.Fold(h);
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
