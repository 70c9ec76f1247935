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

/// <summary>A DEFINE_ABBREV: a flat list of operands, as LLVM keeps it.</summary>
internal sealed class Abbreviation(AbbrevOp[] ops)
{
    public AbbrevOp[] Ops { get; } = ops;
}
