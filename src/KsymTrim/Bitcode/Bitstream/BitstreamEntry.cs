namespace KsymTrim.Bitcode.Bitstream;

/// <summary>What <see cref="BitstreamCursor.Advance"/> found.</summary>
internal enum EntryKind : byte
{
    /// <summary>The end of the current block (already left).</summary>
    EndBlock,
    /// <summary>A sub-block: call <see cref="BitstreamCursor.EnterBlock"/> or <see cref="BitstreamCursor.SkipBlock"/>.</summary>
    SubBlock,
    /// <summary>A record: call <see cref="BitstreamCursor.ReadRecord"/> (to use it or to step over it).</summary>
    Record,
    /// <summary>The end of the stream at the top level.</summary>
    EndOfStream,
}

/// <summary>An entry: its kind and the block id (sub-block) or abbreviation id (record).</summary>
internal readonly record struct BitstreamEntry(EntryKind Kind, uint Id);

/// <summary>An array of fixed-width or char6 elements left undecoded in the data: where it starts (in bits from the
/// start of the cursor's data), how many elements, and their width (0 for char6). A length of -1 means none.</summary>
internal readonly record struct PackedArray(long Bit, int Length, int Width)
{
    /// <summary>No array left in the data.</summary>
    public static PackedArray None => new(0, -1, 0);
}

/// <summary>Operands of an unabbreviated record that a read with <see cref="RecordOptions.DecodedHead"/> stepped over:
/// <paramref name="Count"/> VBR6 values in <paramref name="Bits"/> bits from bit <paramref name="Start"/>; a count of
/// -1 when none were.</summary>
internal readonly record struct SkippedOperands(long Start, long Bits, int Count)
{
    /// <summary>No operands stepped over.</summary>
    public static SkippedOperands None => new(0, 0, -1);

    /// <summary>How many words <see cref="BitstreamCursor.CopyBits"/> makes of them.</summary>
    public long Words => (Bits + 55) / 56;
}
