using System.Runtime.CompilerServices;

namespace KsymTrim.Bitcode.Bitstream;

/// <summary>
/// A record as the cursor read it (LLVM's <c>Vals</c> with the rest of <c>readRecord</c>'s results): its code, its
/// operands in an array that grows as records need and is reused from one record to the next (so that reading a
/// record allocates nothing once the array is big enough), and what the read left in the data: a blob, a packed
/// array, or a skipped tail of operands (see <see cref="RecordOptions"/>). Filled by
/// <see cref="BitstreamCursor.NextRecord"/> and <see cref="BitstreamCursor.ReadRecord"/>; each read replaces all of
/// it. Not thread-safe.
/// </summary>
internal sealed class RecordBuffer
{
    /// <summary>The array the operands are read into; [0..<see cref="Count"/>) are the record's.</summary>
    internal ulong[] Items = [];

    /// <summary>The record's code.</summary>
    public uint Code { get; internal set; }

    /// <summary>How many operands were decoded into <see cref="Items"/>: all of the record's, but for an array left
    /// packed (<see cref="Packed"/>) or a tail stepped over (<see cref="Rest"/>).</summary>
    public int Count { get; internal set; }

    /// <summary>The record's blob as a byte range of the cursor's data (start, length), or (0, 0) when none
    /// (<see cref="BitstreamCursor.Blob"/> gives its bytes).</summary>
    public (int Start, int Length) Blob { get; internal set; }

    /// <summary>The trailing array left in the data for a code of <see cref="RecordOptions.PackedCodes"/>; its
    /// <see cref="PackedArray.Length"/> is -1 when none was.</summary>
    public PackedArray Packed { get; internal set; } = PackedArray.None;

    /// <summary>The operands stepped over for <see cref="RecordOptions.DecodedHead"/>; its
    /// <see cref="SkippedOperands.Count"/> is -1 when none were (the record was abbreviated, or all were decoded).</summary>
    public SkippedOperands Rest { get; internal set; } = SkippedOperands.None;

    /// <summary>Operand <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public ulong this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count) ThrowIndex();
            return Items[index];
        }
    }

    /// <summary>The operands.</summary>
    public ReadOnlySpan<ulong> AsSpan() => Items.AsSpan(0, Count);

    /// <summary>A copy of the operands.</summary>
    public ulong[] ToArray() => AsSpan().ToArray();

    /// <summary>Counts <paramref name="count"/> more operands in after the record's and returns them, to be filled
    /// by the caller: for a reader that decodes what the read left in the data (<see cref="Packed"/>,
    /// <see cref="Rest"/>) as operands of the record.</summary>
    public Span<ulong> Append(int count)
    {
        int start = Count;
        if (count < 0 || count > Array.MaxLength - start) ThrowIndex();
        if (Items.Length < start + count) Array.Resize(ref Items, Math.Max(start + count, Items.Length * 2));
        Count = start + count;
        return Items.AsSpan(start, count);
    }

    /// <summary>No record (after END_BLOCK): code 0, no operands, nothing left in the data.</summary>
    internal void Clear()
    {
        Code = 0;
        Count = 0;
        Blob = default;
        Packed = PackedArray.None;
        Rest = SkippedOperands.None;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");
}

/// <summary>
/// How a record read fills its <see cref="RecordBuffer"/> beyond decoding every operand. The default decodes every
/// operand of every record. Readers that name no option read records exactly as LLVM's <c>readRecord</c> does.
/// </summary>
internal readonly struct RecordOptions
{
    /// <summary>Codes (below 64, one bit each) whose abbreviated records keep a trailing array of fixed or char6
    /// elements in the data, checked to lie in the block but not decoded (<see cref="RecordBuffer.Packed"/>); their
    /// scalars are decoded as usual. An array of VBR elements, or of elements wider than
    /// <see cref="BitReader.PeekBits"/>, is decoded.</summary>
    public ulong PackedCodes { get; init; }

    /// <summary>When above 0, an unabbreviated record has only its first <c>DecodedHead</c> operands decoded and the
    /// rest stepped over, checked to lie in the block (<see cref="RecordBuffer.Rest"/>; decode them with
    /// <see cref="BitstreamCursor.ReadSkipped"/>, compare them with <see cref="BitstreamCursor.CopyBits"/>): for
    /// readers that cache records by their encoding. Abbreviated records are decoded whole.</summary>
    public int DecodedHead { get; init; }
}
