using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KsymTrim.Diagnostics;

namespace KsymTrim.Bitcode.Bitstream;

/// <summary>
/// The bit level of an LLVM bitstream (LLVM's <c>SimpleBitstreamCursor</c>): a position and an end, in bits from the
/// start of the data, and fixed and VBR fields read LSB-first (LLVM docs/BitCodeFormat.rst, "Fixed Width Integers",
/// "Variable Width Integers"). Knows nothing of blocks or abbreviations: its <see cref="End"/> is whatever limit the
/// owner sets (the end of the current block), and no read goes past it; a read that would fails with
/// <see cref="KsymFormatException"/> at the byte offset of the position.
/// <para>The data is passed to every read rather than held (a struct that is not a ref struct cannot hold a span):
/// the owner makes the span once per record or entry, from a pointer or an array fixed at its construction.
/// Every call must pass the same data, at least <see cref="DataEnd"/> bits long. A mutable struct: keep it in a field
/// or a local and call it there, never through a copy. Not thread-safe.</para>
/// </summary>
internal struct BitReader
{
    /// <summary>How many bits <see cref="Peek"/> returns at least (64 minus the up to 7 bits of the byte offset).</summary>
    public const int PeekBits = 57;

    private long _bit;
    private long _end;
    private readonly long _dataEnd;
    private readonly long _baseOffset;

    /// <summary>A reader at bit 0 of <paramref name="byteLength"/> bytes of data that start at
    /// <paramref name="baseOffset"/> in their file (for diagnostics); its end is the end of the data.</summary>
    public BitReader(int byteLength, long baseOffset)
    {
        _dataEnd = (long)byteLength * 8;
        _end = _dataEnd;
        _baseOffset = baseOffset;
    }

    /// <summary>The position in bits from the start of the data. Setting it does not check it: the owner does.</summary>
    public long Position
    {
        readonly get => _bit;
        set => _bit = value;
    }

    /// <summary>The limit reads are checked against (the end of the current block), at most <see cref="DataEnd"/>.</summary>
    public long End
    {
        readonly get => _end;
        set => _end = value;
    }

    /// <summary>The end of the data, in bits.</summary>
    public readonly long DataEnd => _dataEnd;

    /// <summary>The bits between the position and <see cref="End"/>.</summary>
    public readonly long BitsLeft => _end - _bit;

    /// <summary>The byte offset in the file of the position, for diagnostics.</summary>
    public readonly long FileOffset => _baseOffset + (_bit >> 3);

    /// <summary>Whether <paramref name="count"/> elements of at least <paramref name="bitsPerElement"/> bits each
    /// (1 or more) can lie between the position and <see cref="End"/> (LLVM's <c>isSizePlausible</c>): the check
    /// made before anything is sized from a count the data claims.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsSizePlausible(ulong count, int bitsPerElement) => count <= (ulong)((_end - _bit) / bitsPerElement);

    /// <summary>A fixed field of <paramref name="width"/> bits (0 to 64, checked).</summary>
    public ulong Read(ReadOnlySpan<byte> data, int width)
    {
        if ((uint)width > 64) Fail($"field width {width} exceeds 64 bits");
        if (width == 0) return 0;
        return ReadFixed(data, width);
    }

    /// <summary>A fixed field of 1 to 64 bits (the caller checked the width), checked against <see cref="End"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadFixed(ReadOnlySpan<byte> data, int width)
    {
        long bit = _bit;
        if (bit + width > _end) FailTruncated();
        _bit = bit + width;
        return width <= PeekBits ? Peek(data, bit) & ((1UL << width) - 1) : ReadWide(data, bit, width);
    }

    /// <summary>The 64 bits from <paramref name="bit"/> (zeros past the end of the data), of which the low
    /// <see cref="PeekBits"/> are the data's: one little-endian load, shifted by the bit offset in the byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Peek(ReadOnlySpan<byte> data, long bit)
    {
        // One bounds check: the read below is of the 8 bytes just checked to lie inside the span (a span's length is
        // below 2^31, so the unsigned sum cannot wrap), where Slice and ReadUInt64LittleEndian would check twice more.
        ulong index = (ulong)(bit >> 3);
        if (index + 8 <= (ulong)data.Length)
        {
            ulong word = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref MemoryMarshal.GetReference(data), (nint)index));
            if (!BitConverter.IsLittleEndian) word = BinaryPrimitives.ReverseEndianness(word);
            return word >> (int)(bit & 7);
        }
        return PeekTail(data, bit);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong PeekTail(ReadOnlySpan<byte> data, long bit)
    {
        int index = (int)(bit >> 3);
        ulong value = 0;
        for (int k = 0; k < 8 && index + k < data.Length; k++) value |= (ulong)data[index + k] << (8 * k);
        return value >> (int)(bit & 7);
    }

    /// <summary>A field of 58 to 64 bits, known to lie inside the data: two overlapping peeks.</summary>
    private static ulong ReadWide(ReadOnlySpan<byte> data, long bit, int width)
    {
        ulong value = (Peek(data, bit) & 0xFFFFFFFF) | (Peek(data, bit + 32) << 32);
        return width == 64 ? value : value & ((1UL << width) - 1);
    }

    /// <summary>A VBR field of <paramref name="width"/> bits per piece (2 to 32, checked).</summary>
    public ulong ReadVbrChecked(ReadOnlySpan<byte> data, int width)
    {
        if (width < 2 || width > 32) Fail($"VBR width {width} is not between 2 and 32");
        return ReadVbr(data, width);
    }

    /// <summary>A VBR field of 2 to 32 bits a piece (the caller checked the width). Values whose pieces fit in one
    /// peek (all but the longest) are decoded from it; the others, and any that would cross <see cref="End"/>, are
    /// read piece by piece, so that an error is reported at the piece that causes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadVbr(ReadOnlySpan<byte> data, int width)
    {
        long bit = _bit;
        ulong word = Peek(data, bit);
        ulong hi = 1UL << (width - 1);
        if ((word & hi) == 0 && bit + width <= _end)
        {
            _bit = bit + width;
            return word & (hi - 1);
        }
        return ReadVbrLong(data, width, word);
    }

    /// <summary>A VBR field of more than one piece, <paramref name="word"/> being the peek at the position.</summary>
    private ulong ReadVbrLong(ReadOnlySpan<byte> data, int width, ulong word)
    {
        if (TryDecodeVbrLong(word, width, out ulong result, out int used) && _bit + used <= _end)
        {
            _bit += used;
            return result;
        }
        return ReadVbrSlow(data, width);
    }

    /// <summary>The VBR value of <paramref name="width"/>-bit pieces (2 to 32) at the start of <paramref name="word"/>
    /// (a <see cref="Peek"/>) and its bits, when all its pieces lie in the peek's <see cref="PeekBits"/>; false when
    /// they do not (the caller then reads it with <see cref="ReadVbr"/>). Checks nothing against <see cref="End"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryDecodeVbr(ulong word, int width, out ulong value, out int used)
    {
        ulong hi = 1UL << (width - 1);
        if ((word & hi) == 0)
        {
            value = word & (hi - 1);
            used = width;
            return true;
        }
        return TryDecodeVbrLong(word, width, out value, out used);
    }

    /// <summary><see cref="TryDecodeVbr"/> of a value of two pieces or more.</summary>
    private static bool TryDecodeVbrLong(ulong word, int width, out ulong value, out int used)
    {
        ulong hi = 1UL << (width - 1), mask = hi - 1;
        ulong result = word & mask;
        int bits = width, shift = width - 1;
        // Pieces within one peek (57 bits) cannot overflow 64 bits.
        while ((word & hi) != 0 && bits + width <= PeekBits)
        {
            word >>= width;
            result |= (word & mask) << shift;
            bits += width;
            shift += width - 1;
        }
        value = result;
        used = bits;
        return (word & hi) == 0;
    }

    /// <summary>A VBR field piece by piece: fails at the first piece past <see cref="End"/> or at the piece whose
    /// bits exceed 64.</summary>
    private ulong ReadVbrSlow(ReadOnlySpan<byte> data, int width)
    {
        ulong hi = 1UL << (width - 1), mask = hi - 1;
        ulong piece = ReadFixed(data, width);
        if ((piece & hi) == 0) return piece;
        ulong result = piece & mask;
        int shift = width - 1;
        while (true)
        {
            piece = ReadFixed(data, width);
            if (shift >= 64 || (shift > 0 && (piece & mask) >> Math.Min(63, 64 - shift) != 0 && shift + width - 1 > 64))
                Fail("VBR value exceeds 64 bits");
            result |= (piece & mask) << shift;
            if ((piece & hi) == 0) return result;
            shift += width - 1;
        }
    }

    /// <summary>VBR6 values, the operands of every unabbreviated record: those of one or two pieces (below 1024,
    /// which covers characters and most ids) are decoded here with the position kept in a register, several from one
    /// peek while it lies before <see cref="End"/>; the others take <see cref="ReadVbr"/>'s paths, with the same results
    /// and errors.</summary>
    /// <remarks>Taking the values of one peek one after the other, with no new load and no check against the end per
    /// value, cut this loop by a fifth: 1.4% of `used` over lto-x86_64-612 (callgrind, session 19). Apart from the loop,
    /// in a method of its own, reading the few values past the fast path cost more than it saved.</remarks>
    public void ReadVbr6(ReadOnlySpan<byte> data, Span<ulong> into)
    {
        long bit = _bit, end = _end;
        int k = 0;
        while (k < into.Length)
        {
            ulong word = Peek(data, bit);
            if ((word & 0x820) == 0x820)
            {
                // three pieces or more
                _bit = bit;
                into[k++] = ReadVbrLong(data, 6, word);
                bit = _bit;
                continue;
            }
            if (bit + PeekBits > end)
            {
                // near the end: one value, checked against it
                ulong value = (word & 0x20) == 0 ? word & 0x1F : (word & 0x1F) | ((word >> 1) & 0x3E0);
                int used = (word & 0x20) == 0 ? 6 : 12;
                if (bit + used > end)
                {
                    _bit = bit;
                    into[k++] = ReadVbrSlow(data, 6); // fails at the piece past the end
                    bit = _bit;
                    continue;
                }
                into[k++] = value;
                bit += used;
                continue;
            }
            // The whole peek lies before the end: its values of one or two pieces are taken in turn while the next
            // (at most 12 bits) still lies inside it, and the first is one of them. (The count is a local of its own,
            // which the compiler keeps in a register: k, live across the calls above, it keeps on the stack.)
            int taken = 0, n = k;
            do
            {
                if ((word & 0x20) == 0) { into[n++] = word & 0x1F; word >>= 6; taken += 6; }
                else if ((word & 0x800) == 0) { into[n++] = (word & 0x1F) | ((word >> 1) & 0x3E0); word >>= 12; taken += 12; }
                else break;
            } while (n < into.Length && taken <= PeekBits - 12);
            k = n;
            bit += taken;
        }
        _bit = bit;
    }

    /// <summary>The end of <paramref name="n"/> VBR6 values from <paramref name="bit"/>, or -1 when they run past
    /// <see cref="End"/>: nine pieces a peek, a value ending at each piece whose continuation bit is clear. Does not
    /// move the position.</summary>
    public readonly long SkipVbr6(ReadOnlySpan<byte> data, long bit, int n)
    {
        const ulong Continuations = 0x20820820820820; // bit 5 of each of the nine 6-bit pieces in a peek
        long end = _end;
        while (n > 0)
        {
            if (bit >= end) return -1;
            ulong ends = ~Peek(data, bit) & Continuations;
            int c = BitOperations.PopCount(ends);
            if (c >= n)
            {
                for (int i = 1; i < n; i++) ends &= ends - 1;
                long stop = bit + BitOperations.TrailingZeroCount(ends) + 1;
                return stop <= end ? stop : -1;
            }
            n -= c;
            bit += 54;
        }
        return bit;
    }

    /// <summary>Moves to the next multiple of 32 bits, which must not lie past <see cref="End"/>.</summary>
    public void Align32()
    {
        long aligned = (_bit + 31) & ~31L;
        if (aligned > _end) FailTruncated();
        _bit = aligned;
    }

    /// <summary>Fails: the data or the block ends inside a field.</summary>
    public readonly void FailTruncated() => Fail("bitcode ends inside a block or record");

    /// <summary>Fails with <paramref name="reason"/> at the byte offset of the position.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public readonly void Fail(string reason) => Throw.Bitcode(FileOffset, reason);
}
