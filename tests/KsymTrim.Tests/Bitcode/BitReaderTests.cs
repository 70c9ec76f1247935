using KsymTrim.Bitcode.Bitstream;
using KsymTrim.Diagnostics;

namespace KsymTrim.Tests.Bitcode;

/// <summary>
/// <see cref="BitReader"/>'s fast paths (57-bit peeks, whole-peek VBR decoding, two-piece VBR6, nine-piece VBR6
/// skipping) against a bit-by-bit reference, at every bit offset, every width, on random data and at the end of the
/// data or of a block (after LLVM's unittests/Bitstream/BitstreamReaderTest.cpp).
/// </summary>
public class BitReaderTests
{
    private const string Truncated = "bitcode ends inside a block or record";
    private const string Overflow = "VBR value exceeds 64 bits";

    /// <summary>The reference: one bit at a time, LSB-first; null past <paramref name="end"/>.</summary>
    private static ulong? RefBits(byte[] d, long bit, int width, long end)
    {
        if (bit + width > end) return null;
        ulong v = 0;
        for (int i = 0; i < width; i++, bit++) v |= (ulong)((d[bit >> 3] >> (int)(bit & 7)) & 1) << i;
        return v;
    }

    /// <summary>The reference VBR: the value and the bit after it, or the reason it fails.</summary>
    private static (ulong Value, long Next, string? Error) RefVbr(byte[] d, long bit, int width, long end)
    {
        ulong result = 0;
        for (int shift = 0; ; shift += width - 1)
        {
            if (RefBits(d, bit, width, end) is not { } piece) return (0, 0, Truncated);
            bit += width;
            if (shift >= 64) return (0, 0, Overflow);
            for (int j = 0; j < width - 1; j++)
            {
                if (((piece >> j) & 1) == 0) continue;
                if (shift + j >= 64) return (0, 0, Overflow);
                result |= 1UL << (shift + j);
            }
            if ((piece >> (width - 1)) == 0) return (result, bit, null);
        }
    }

    /// <summary>Random bytes; with <paramref name="dense"/>, mostly ones, so that VBR values run long.</summary>
    private static byte[] Data(int seed, int length, bool dense)
    {
        var random = new Random(seed);
        var d = new byte[length];
        random.NextBytes(d);
        if (dense) for (int i = 0; i < d.Length; i++) d[i] |= (byte)random.Next(256);
        return d;
    }

    private static IEnumerable<TestCaseData> Inputs()
    {
        for (int seed = 1; seed <= 3; seed++)
        {
            yield return new TestCaseData(seed, 40, false).SetName($"Random{seed}");
            yield return new TestCaseData(seed, 40, true).SetName($"Dense{seed}");
        }
    }

    private delegate ulong Reading(ref BitReader reader, byte[] data);

    /// <summary>Runs <paramref name="read"/> on a reader at <paramref name="bit"/> with its end at
    /// <paramref name="end"/>: its value and position, or the reason it failed (any other exception escapes).</summary>
    private static (ulong Value, long Next, string? Error) Run(byte[] d, long bit, long end, Reading read)
    {
        var reader = new BitReader(d.Length, 0) { End = end, Position = bit };
        try
        {
            ulong value = read(ref reader, d);
            return (value, reader.Position, null);
        }
        catch (KsymFormatException e)
        {
            Assert.That(e.Id, Is.EqualTo(DiagnosticId.BitcodeMalformed));
            return (0, 0, e.Reason);
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void PeekMatchesTheReferenceAtEveryOffset(int seed, int length, bool dense)
    {
        var d = Data(seed, length, dense);
        for (long bit = 0; bit <= d.Length * 8L + 8; bit++)
        {
            int valid = 64 - (int)(bit & 7);
            ulong expected = 0;
            for (int i = 0; i < valid; i++)
            {
                long b = bit + i;
                if (b < d.Length * 8L) expected |= (ulong)((d[b >> 3] >> (int)(b & 7)) & 1) << i;
            }
            Assert.That(BitReader.Peek(d, bit), Is.EqualTo(expected), $"bit {bit}");
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void ReadMatchesTheReferenceAtEveryOffsetAndWidth(int seed, int length, bool dense)
    {
        var d = Data(seed, length, dense);
        long dataEnd = d.Length * 8L;
        foreach (long end in new[] { dataEnd, dataEnd - 13 })
            for (long bit = 0; bit <= end; bit++)
                for (int width = 0; width <= 64; width++)
                {
                    var got = Run(d, bit, end, (ref BitReader r, byte[] data) => r.Read(data, width));
                    var want = RefBits(d, bit, width, end) is { } v ? (v, bit + width, (string?)null) : (0UL, 0L, Truncated);
                    Assert.That(got, Is.EqualTo(want), $"bit {bit}, width {width}, end {end}");
                }
    }

    [TestCaseSource(nameof(Inputs))]
    public void ReadVbrMatchesTheReferenceAtEveryOffsetAndWidth(int seed, int length, bool dense)
    {
        var d = Data(seed, length, dense);
        long dataEnd = d.Length * 8L;
        foreach (long end in new[] { dataEnd, dataEnd - 13 })
            for (long bit = 0; bit <= end; bit++)
                for (int width = 1; width <= 64; width++)
                {
                    var got = Run(d, bit, end, (ref BitReader r, byte[] data) => r.ReadVbrChecked(data, width));
                    if (width < 2 || width > 32)
                    {
                        Assert.That(got.Error, Is.EqualTo($"VBR width {width} is not between 2 and 32"));
                        continue;
                    }
                    Assert.That(got, Is.EqualTo(RefVbr(d, bit, width, end)), $"bit {bit}, width {width}, end {end}");
                }
    }

    [TestCaseSource(nameof(Inputs))]
    public void ReadVbr6AndSkipVbr6MatchTheReferenceAtEveryOffset(int seed, int length, bool dense)
    {
        var d = Data(seed, length, dense);
        long dataEnd = d.Length * 8L;
        foreach (long end in new[] { dataEnd, dataEnd - 13 })
            for (long bit = 0; bit <= end; bit++)
                foreach (int n in new[] { 0, 1, 2, 3, 8, 9, 10, 20 })
                {
                    var want = new ulong[n];
                    long next = bit;
                    string? error = null;
                    for (int k = 0; k < n && error is null; k++)
                    {
                        var (value, after, e) = RefVbr(d, next, 6, end);
                        (want[k], next, error) = (value, after, e);
                    }

                    var reader = new BitReader(d.Length, 0) { End = end, Position = bit };
                    var got = new ulong[n];
                    string? gotError = null;
                    try { reader.ReadVbr6(d, got); }
                    catch (KsymFormatException e) { gotError = e.Reason; }
                    Assert.That(gotError, Is.EqualTo(error), $"ReadVbr6 error, bit {bit}, n {n}, end {end}");
                    if (error is null)
                    {
                        Assert.That(got, Is.EqualTo(want), $"ReadVbr6 values, bit {bit}, n {n}");
                        Assert.That(reader.Position, Is.EqualTo(next), $"ReadVbr6 position, bit {bit}, n {n}");
                    }

                    // Skipping only looks at continuation bits: it fails only where a piece crosses the end.
                    var skipper = new BitReader(d.Length, 0) { End = end, Position = bit };
                    long skipped = skipper.SkipVbr6(d, bit, n);
                    if (error == Truncated) Assert.That(skipped, Is.EqualTo(-1), $"SkipVbr6, bit {bit}, n {n}, end {end}");
                    else if (error is null) Assert.That(skipped, Is.EqualTo(next), $"SkipVbr6, bit {bit}, n {n}, end {end}");
                    Assert.That(skipper.Position, Is.EqualTo(bit), "SkipVbr6 does not move");
                }
    }

    [Test]
    public void ShortReadsAtTheEndOfTheDataFailAsMalformed()
    {
        // Every length from 0 to 16 bytes, every position, every kind of read: a KsymFormatException or a value,
        // never an IndexOutOfRangeException from a peek past the data.
        for (int length = 0; length <= 16; length++)
        {
            var d = Data(length, length, dense: true);
            for (long bit = 0; bit <= length * 8L; bit++)
            {
                for (int width = 1; width <= 64; width++)
                {
                    Assert.That(Run(d, bit, length * 8L, (ref BitReader r, byte[] data) => r.Read(data, width)).Error, Is.Null.Or.EqualTo(Truncated));
                    if (width is >= 2 and <= 32)
                        Assert.That(Run(d, bit, length * 8L, (ref BitReader r, byte[] data) => r.ReadVbrChecked(data, width)).Error, Is.Null.Or.EqualTo(Truncated).Or.EqualTo(Overflow));
                }
                var reader = new BitReader(d.Length, 0) { Position = bit };
                try { reader.ReadVbr6(d, new ulong[4]); }
                catch (KsymFormatException e) { Assert.That(e.Reason, Is.EqualTo(Truncated).Or.EqualTo(Overflow)); }
                Assert.That(reader.SkipVbr6(d, bit, 4), Is.EqualTo(-1).Or.InRange(bit, length * 8L));
                var aligner = new BitReader(d.Length, 0) { Position = bit };
                try { aligner.Align32(); }
                catch (KsymFormatException e) { Assert.That(e.Reason, Is.EqualTo(Truncated)); }
            }
        }
    }

    [Test]
    public void FailuresCarryTheByteOffsetInTheFile()
    {
        var reader = new BitReader(4, baseOffset: 1000) { Position = 20 };
        var e = Assert.Throws<KsymFormatException>(() => { var r = reader; r.Read(new byte[4], 32); })!;
        Assert.That(e.Offset, Is.EqualTo(1000 + 20 / 8));
        Assert.That(e.Format, Is.EqualTo(InputFormat.Bitcode));
    }
}
