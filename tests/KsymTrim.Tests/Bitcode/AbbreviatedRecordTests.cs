using KsymTrim.Bitcode.Bitstream;
using KsymTrim.Diagnostics;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Bitcode;

/// <summary>
/// Abbreviated records of random shapes (literal, fixed, VBR and char6 scalars; arrays of fixed, VBR and char6
/// elements; blobs; fields of 1 to 64 bits and values of every length), as the cursor reads them against the values
/// written: the shapes LLVM's writer uses take the cursor's one-pass reader (<c>TryReadSimple</c>), the others and the
/// records it gives back (long VBR values, records past a block's end) the general one. Then the same block cut short
/// at every word: the records before the cut are read, and the first past it fails as malformed input.
/// </summary>
public class AbbreviatedRecordTests
{
    private const string Char6 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._";

    private sealed record Field(int Encoding, int Width, ulong Literal); // Encoding: 0 literal, 1 fixed, 2 VBR, 4 char6

    private sealed record Shape(uint Code, Field[] Scalars, Field? Element, bool Blob);

    private sealed record Written(int Abbrev, uint Code, ulong[] Values, int BlobLength, int EndByte);

    private static Field RandomField(Random random, bool element)
    {
        return random.Next(element ? 3 : 4) switch
        {
            0 => new Field(1, random.Next(8) == 0 ? random.Next(58, 65) : random.Next(1, 58), 0),
            1 => new Field(2, random.Next(4) == 0 ? random.Next(2, 33) : random.Next(2, 9), 0),
            2 => new Field(4, 6, 0),
            _ => new Field(0, 0, (ulong)random.NextInt64()),
        };
    }

    private static ulong RandomValue(Random random, Field f) => f.Encoding switch
    {
        0 => f.Literal,
        4 => (ulong)random.Next(64),
        // VBR: every length, so that values run past one peek; fixed: within the width
        _ => (ulong)random.NextInt64() >> random.Next(64) & (f.Encoding == 1 && f.Width < 64 ? (1UL << f.Width) - 1 : ulong.MaxValue),
    };

    private static void Write(BitstreamWriter w, Field f, ulong v)
    {
        if (f.Encoding == 1) w.Emit(v, f.Width);
        else if (f.Encoding == 2) w.Vbr(v, f.Width);
        else if (f.Encoding == 4) w.Emit(v, 6);
    }

    private static ulong Decoded(Field f, ulong v) => f.Encoding == 4 ? Char6[(int)v] : v;

    /// <summary>A block of abbreviations and records; the records as they should read.</summary>
    private static (byte[] Data, List<Written> Records, int LengthAt) Block(int seed)
    {
        var random = new Random(seed);
        var w = new BitstreamWriter();
        w.Enter(100, 5);
        int lengthAt = w.Length - 4;
        var shapes = new List<Shape>();
        for (int a = 0; a < 8; a++)
        {
            var scalars = Enumerable.Range(0, random.Next(5)).Select(_ => RandomField(random, false)).ToArray();
            int tail = random.Next(4);
            var shape = new Shape((uint)random.Next(70), scalars, tail is 1 or 2 ? RandomField(random, true) : null, tail == 3);
            shapes.Add(shape);
            var ops = new List<(bool, int, int)> { (true, (int)shape.Code, 0) };
            foreach (var f in scalars) ops.Add(f.Encoding == 0 ? (true, (int)(f.Literal & 0xFFFF), 0) : (false, f.Encoding, f.Width));
            if (shape.Element is { } e) { ops.Add((false, 3, 0)); ops.Add((false, e.Encoding, e.Width)); }
            if (shape.Blob) ops.Add((false, 5, 0));
            w.DefineAbbrev([.. ops]);
        }
        // literals as the abbreviations carry them (the writer emits 16 bits of one)
        for (int a = 0; a < shapes.Count; a++)
            shapes[a] = shapes[a] with { Scalars = shapes[a].Scalars.Select(f => f with { Literal = f.Literal & 0xFFFF }).ToArray() };
        var records = new List<Written>();
        for (int r = 0; r < 60; r++)
        {
            int a = random.Next(shapes.Count);
            var shape = shapes[a];
            w.Emit((ulong)(4 + a), w.Width);
            var values = new List<ulong>();
            foreach (var f in shape.Scalars)
            {
                ulong v = RandomValue(random, f);
                Write(w, f, v);
                values.Add(Decoded(f, v));
            }
            int blobLength = -1;
            if (shape.Element is { } e)
            {
                int n = random.Next(4) == 0 ? random.Next(100) : random.Next(6);
                w.Vbr((ulong)n, 6);
                for (int k = 0; k < n; k++)
                {
                    ulong v = RandomValue(random, e);
                    Write(w, e, v);
                    values.Add(Decoded(e, v));
                }
            }
            if (shape.Blob)
            {
                blobLength = random.Next(12);
                w.Vbr((ulong)blobLength, 6);
                w.Align();
                for (int k = 0; k < blobLength; k++) w.Emit(0x61, 8);
                w.Align();
            }
            records.Add(new Written(a, shape.Code, [.. values], Math.Max(blobLength, 0), w.Length));
        }
        w.End();
        return (w.ToArray(), records, lengthAt);
    }

    /// <summary>Reads the block's records (with every code's fixed and char6 arrays left packed, or none) until its
    /// end or the first failure, which must be malformed input.</summary>
    private static (List<(uint Code, ulong[] Values, int BlobLength)> Records, KsymFormatException? Error) Read(byte[] data, bool packed)
    {
        using var cursor = new BitstreamCursor(data, 0);
        var read = new List<(uint, ulong[], int)>();
        try
        {
            var entry = cursor.Advance();
            Assert.That(entry.Kind, Is.EqualTo(EntryKind.SubBlock));
            cursor.EnterBlock(entry.Id);
            var record = new RecordBuffer();
            var options = new RecordOptions { PackedCodes = packed ? ulong.MaxValue : 0 };
            while (cursor.NextRecord(record, options))
            {
                if (record.Packed.Length >= 0)
                    BitstreamCursor.Unpack(cursor.Data.Span, record.Packed, record.Append(record.Packed.Length));
                var values = record.ToArray();
                if (record.Packed.Length >= 0 && record.Packed.Width == 0)
                    for (int k = values.Length - record.Packed.Length; k < values.Length; k++) Assert.That(Char6.Contains((char)values[k]), Is.True);
                read.Add((record.Code, values, record.Blob.Length));
            }
            return (read, null);
        }
        catch (KsymFormatException e)
        {
            Assert.That(e.Id, Is.EqualTo(DiagnosticId.BitcodeMalformed));
            return (read, e);
        }
    }

    private static void AssertSame(List<(uint Code, ulong[] Values, int BlobLength)> got, List<Written> want, int count, string where)
    {
        Assert.That(got, Has.Count.EqualTo(count), where);
        for (int r = 0; r < count; r++)
        {
            Assert.That(got[r].Code, Is.EqualTo(want[r].Code), $"{where}, record {r} (abbreviation {want[r].Abbrev})");
            Assert.That(got[r].Values, Is.EqualTo(want[r].Values), $"{where}, record {r} (abbreviation {want[r].Abbrev})");
            Assert.That(got[r].BlobLength, Is.EqualTo(want[r].BlobLength), $"{where}, record {r}");
        }
    }

    [Test]
    public void RecordsOfEveryShapeReadAsWritten([Range(1, 40)] int seed, [Values] bool packed)
    {
        var (data, records, _) = Block(seed);
        var (got, error) = Read(data, packed);
        Assert.That(error, Is.Null, () => error!.Message);
        AssertSame(got, records, records.Count, $"seed {seed}");
    }

    [Test]
    public void ABlockCutShortFailsAtTheFirstRecordPastItsEnd([Range(1, 8)] int seed)
    {
        var (data, records, lengthAt) = Block(seed);
        uint words = BitConverter.ToUInt32(data, lengthAt);
        for (uint cut = 0; cut < words; cut++)
        {
            // the block's length word made shorter: the data past the new end is still there to be peeked at
            var copy = (byte[])data.Clone();
            BitConverter.TryWriteBytes(copy.AsSpan(lengthAt), cut);
            foreach (bool packed in new[] { false, true })
            {
                var (got, error) = Read(copy, packed);
                Assert.That(error, Is.Not.Null, $"cut at word {cut}: no failure");
                AssertSame(got, records, got.Count, $"cut at word {cut}");
                // A record ends in byte EndByte of the data (the writer's complete bytes before its last bits), or at
                // its start: the records that end before the cut were all read, and none that ends past it.
                int endByte = lengthAt + 4 + 4 * (int)cut;
                Assert.That(got.Count, Is.InRange(records.Count(r => r.EndByte + 1 <= endByte), records.Count(r => r.EndByte <= endByte)),
                    $"cut at word {cut}");
            }
        }
    }
}
