using System.Runtime.InteropServices;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// Reads a CONSTANTS_BLOCK (module- or function-level): every record but SETTYPE defines the next value id,
/// whatever its code, so numbering never drifts on constants this reader does not interpret.
/// </summary>
internal static class ConstantsReader
{
    public static void Read(BitstreamCursor cursor, List<ulong> ops, List<ValueSlot> values, ConstantTable constants,
        List<InlineAsm> inlineAsm, TypeTable types)
    {
        cursor.EnterBlock(BlockIds.Constants);
        int currentType = -1;
        while (true)
        {
            var e = cursor.Advance();
            if (e.Kind == EntryKind.EndBlock) return;
            if (e.Kind == EntryKind.SubBlock) { cursor.SkipBlock(); continue; }
            if (e.Kind != EntryKind.Record) cursor.Fail("bitcode ends inside a CONSTANTS block");
            uint code = cursor.ReadRecord(e.Id, ops, out _);
            if (code == 1) // SETTYPE
            {
                if (ops.Count < 1 || ops[0] >= (ulong)types.Count) cursor.Fail("SETTYPE names no type");
                currentType = (int)ops[0];
                continue;
            }
            int first = constants.OperandCount;
            switch (code)
            {
                case 18 or 23 or 28: // INLINEASM_OLD/OLD2/OLD3: [flags, asmlen, asm..., cstrlen, cstr...]
                case 30:             // INLINEASM: [fnty, flags, asmlen, asm..., cstrlen, cstr...]
                {
                    int at = code == 30 ? 1 : 0;
                    int fnty = code == 30 && ops.Count > 0 ? (int)Math.Min(ops[0], int.MaxValue) : -1;
                    if (ops.Count < at + 2) cursor.Fail("inline asm record is too short");
                    bool sideEffect = (ops[at] & 1) != 0;
                    string asm = ReadCounted(ops, at + 1, out int next, cursor);
                    string constraints = ReadCounted(ops, next, out _, cursor);
                    inlineAsm.Add(new InlineAsm(asm, constraints, sideEffect, fnty));
                    values.Add(new ValueSlot(ValueKind.InlineAsm, inlineAsm.Count - 1, fnty >= 0 ? fnty : currentType));
                    continue;
                }
                case 4: // INTEGER: [signed vbr]
                    constants.Add(code, currentType, ops.Count > 0 ? DecodeSigned(ops[0]) : 0, first);
                    break;
                case 7: // AGGREGATE: [values...]
                case 13 or 15 or 16: // CE_SELECT, CE_INSERTELT, CE_SHUFFLEVEC
                    Ids(constants, ops, 0, ops.Count);
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
                    constants.Add(code, currentType, ops.Count > 0 ? (long)ops[0] : 0, first);
                    break;
                case 12 or 20 or 24 or 32: // GEP forms: (pointee type, flags), then (type, value) pairs
                {
                    int start = code switch { 24 or 32 => 2, _ => ops.Count % 2 == 1 ? 1 : 0 };
                    for (int i = start + 1; i < ops.Count; i += 2) constants.AddOperand(ToId(ops[i]));
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
                default: // NULL, UNDEF, POISON, FLOAT, STRING, CSTRING, DATA, WIDE_INTEGER, and codes of newer LLVMs
                    constants.Add(code, currentType, 0, first);
                    break;
            }
            values.Add(new ValueSlot(ValueKind.Constant, constants.Count - 1, currentType));
        }
    }

    private static int ToId(ulong v) => v > int.MaxValue ? -1 : (int)v;

    private static void Ids(ConstantTable constants, List<ulong> ops, int start, int count)
    {
        int n = Math.Max(0, Math.Min(count, ops.Count - start));
        for (int i = 0; i < n; i++) constants.AddOperand(ToId(ops[start + i]));
    }

    /// <summary>Signed VBR as LLVM writes integers (BitcodeReader.cpp, decodeSignRotatedValue).</summary>
    public static long DecodeSigned(ulong v) => (v & 1) == 0 ? (long)(v >> 1) : v != 1 ? -(long)(v >> 1) : long.MinValue;

    private static string ReadCounted(List<ulong> ops, int at, out int next, BitstreamCursor cursor)
    {
        if (at >= ops.Count) cursor.Fail("inline asm record is too short");
        ulong len = ops[at];
        if (len > (ulong)(ops.Count - at - 1)) cursor.Fail("inline asm string runs past its record");
        // The length is bounded by the record just read; most asm strings are short enough for the stack.
        Span<byte> bytes = len <= 512 ? stackalloc byte[(int)len] : new byte[(int)len];
        var from = CollectionsMarshal.AsSpan(ops).Slice(at + 1, bytes.Length);
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)from[i];
        next = at + 1 + bytes.Length;
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
