using System.Runtime.CompilerServices;

namespace KsymTrim.Bitcode.Bitstream;

/// <summary>
/// A record's operands (LLVM's <c>Vals</c>): an array that grows as records need and is reused from one record to
/// the next, so that reading a record allocates nothing once the buffer is big enough. Filled by
/// <see cref="BitstreamCursor.ReadRecord(uint, RecordBuffer, out ValueTuple{int, int})"/> and
/// <see cref="BitstreamCursor.ForEachRecord"/>; each read replaces what it held. Not thread-safe.
/// </summary>
internal sealed class RecordBuffer
{
    /// <summary>The array the operands are read into; [0..<see cref="Count"/>) are the record's.</summary>
    internal ulong[] Items = [];

    /// <summary>How many operands the last record had.</summary>
    public int Count { get; internal set; }

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

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");
}
