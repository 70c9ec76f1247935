namespace KsymTrim.Bitcode.Bitstream;

/// <summary>The encoding of one abbreviation operand (LLVM docs/BitCodeFormat.rst, "Abbreviations").</summary>
internal enum AbbrevEncoding : byte
{
    Literal = 0,
    Fixed = 1,
    Vbr = 2,
    Array = 3,
    Char6 = 4,
    Blob = 5,
}

/// <summary>One operand of an abbreviation: an encoding and its value (the literal, or the bit width).</summary>
internal readonly record struct AbbrevOp(AbbrevEncoding Encoding, ulong Value);

/// <summary>A DEFINE_ABBREV: a flat list of operands, as LLVM keeps it, with its shape worked out once so that
/// reading a record does not re-examine every operand: scalars first, then at most one array (with its element) or
/// one blob, which the cursor's checks guarantee are last.</summary>
internal sealed class Abbreviation
{
    public Abbreviation(AbbrevOp[] ops)
    {
        Ops = ops;
        int end = ops.Length;
        if (end >= 2 && ops[end - 2].Encoding == AbbrevEncoding.Array)
        {
            Tail = AbbrevEncoding.Array;
            Element = ops[end - 1];
            end -= 2;
        }
        else if (ops[end - 1].Encoding == AbbrevEncoding.Blob)
        {
            Tail = AbbrevEncoding.Blob;
            end -= 1;
        }
        else Tail = AbbrevEncoding.Literal;
        ScalarEnd = end;
        LiteralCode = ops[0].Encoding == AbbrevEncoding.Literal ? (long)Math.Min(ops[0].Value, uint.MaxValue) : -1;
        Scalars = ops[1..end];
        ElementWidth = Element.Encoding == AbbrevEncoding.Char6 ? 6 : (int)Element.Value;
        Simple = LiteralCode >= 0 && Tail != AbbrevEncoding.Blob
            && (Tail != AbbrevEncoding.Array || Element.Encoding != AbbrevEncoding.Fixed || Element.Value <= BitReader.PeekBits)
            && Array.TrueForAll(Scalars, op => op.Encoding is AbbrevEncoding.Literal or AbbrevEncoding.Vbr
                || (op.Encoding == AbbrevEncoding.Fixed && op.Value <= BitReader.PeekBits));
    }

    public AbbrevOp[] Ops { get; }

    /// <summary><see cref="Ops"/>[0..ScalarEnd) are scalars; [0] is the record code.</summary>
    public int ScalarEnd { get; }

    /// <summary><see cref="AbbrevEncoding.Array"/> or <see cref="AbbrevEncoding.Blob"/> when the abbreviation ends
    /// with one, otherwise <see cref="AbbrevEncoding.Literal"/> (none).</summary>
    public AbbrevEncoding Tail { get; }

    /// <summary>The record code when [0] is a literal (LLVM's writer makes every code one), clamped as a code read is;
    /// -1 otherwise. Taken without the encoding's switch: once per abbreviated record.</summary>
    public long LiteralCode { get; }

    /// <summary>The element of the trailing array (fixed, VBR or char6).</summary>
    public AbbrevOp Element { get; }

    /// <summary><see cref="Ops"/>[1..<see cref="ScalarEnd"/>): the scalars after the code.</summary>
    public AbbrevOp[] Scalars { get; }

    /// <summary>The bits of one element of the trailing array: 6 for char6, at least 2 a piece for VBR.</summary>
    public int ElementWidth { get; }

    /// <summary>True for the shape LLVM's writer gives nearly every abbreviation: a literal code, scalars that are
    /// literals, VBR or fixed fields of at most <see cref="BitReader.PeekBits"/>, and no tail or an array whose
    /// elements are char6, VBR or such fixed fields. The cursor reads these with the position in a register
    /// (<c>BitstreamCursor.TryReadSimple</c>).</summary>
    public bool Simple { get; }
}
