using System.Runtime.CompilerServices;

namespace KsymTrim.Bitcode.Bitstream;

// Records (LLVM docs/BitCodeFormat.rst, "UNABBREV_RECORD Encoding", "Abbreviated Record Encoding"): one record API,
// LLVM's pair (advance + readRecord): Advance then ReadRecord, or NextRecord for both at once. Either fills a
// RecordBuffer as RecordOptions say, through the one reader of a record's body (ReadRecordBody).
internal sealed partial class BitstreamCursor
{
    /// <summary>
    /// Reads the next record of the current block into <paramref name="record"/>, as <see cref="Advance"/> then
    /// <see cref="ReadRecord"/> would: DEFINE_ABBREV is processed and sub-blocks are skipped on the way. False at the
    /// block's END_BLOCK, which has been left (<paramref name="record"/> is then empty, of code 0). For readers of
    /// blocks made of many records and no sub-block they read (types, constants, attributes, small blocks): a record
    /// costs one dispatch instead of an entry and a call.
    /// </summary>
    public bool NextRecord(RecordBuffer record, in RecordOptions options = default)
    {
        if (_scopes.Count == 0) Fail("record read at the top level");
        var data = DataSpan;
        while (true)
        {
            uint id = (uint)_bits.ReadFixed(data, _abbrevWidth);
            if (id >= AbbrevId.UnabbrevRecord)
            {
                ReadRecordBody(data, id, record, options);
                return true;
            }
            switch (id)
            {
                case AbbrevId.EndBlock:
                    LeaveBlock();
                    record.Clear();
                    return false;
                case AbbrevId.EnterSubblock:
                    _bits.ReadVbr(data, StandardWidths.BlockIdWidth);
                    SkipBlock();
                    continue;
                default: // DEFINE_ABBREV
                    DefineOwnAbbrev();
                    continue;
            }
        }
    }

    /// <summary>
    /// Reads the next record of the current block into <paramref name="record"/>, as <see cref="NextRecord"/> does, but
    /// stops at a sub-block: <see cref="EntryKind.Record"/> with the record read, <see cref="EntryKind.SubBlock"/> with
    /// the block's id in <paramref name="blockId"/> (after its ENTER_SUBBLOCK: enter or skip it), or
    /// <see cref="EntryKind.EndBlock"/> when the block's END_BLOCK has been left (<paramref name="record"/> is then
    /// unchanged). For readers of blocks that hold the sub-blocks they read (function bodies): one call a record
    /// instead of <see cref="Advance"/>, its entry and <see cref="ReadRecord"/>.
    /// </summary>
    public EntryKind NextRecordOrBlock(RecordBuffer record, out uint blockId)
    {
        if (_scopes.Count == 0) Fail("record read at the top level");
        var data = DataSpan;
        blockId = 0;
        while (true)
        {
            uint id = (uint)_bits.ReadFixed(data, _abbrevWidth);
            if (id >= AbbrevId.UnabbrevRecord)
            {
                ReadRecordBody(data, id, record, default);
                return EntryKind.Record;
            }
            switch (id)
            {
                case AbbrevId.EndBlock:
                    LeaveBlock();
                    return EntryKind.EndBlock;
                case AbbrevId.EnterSubblock:
                    blockId = (uint)_bits.ReadVbr(data, StandardWidths.BlockIdWidth);
                    return EntryKind.SubBlock;
                default: // DEFINE_ABBREV
                    DefineOwnAbbrev();
                    continue;
            }
        }
    }

    /// <summary>
    /// Reads the record of abbreviation id <paramref name="abbrevId"/> (from <see cref="Advance"/>) into
    /// <paramref name="record"/>, replacing what it held, and returns its code (also in
    /// <see cref="RecordBuffer.Code"/>). A record read only to be stepped over is read the same way: it is checked as
    /// any other.
    /// </summary>
    public uint ReadRecord(uint abbrevId, RecordBuffer record, in RecordOptions options = default) =>
        ReadRecordBody(DataSpan, abbrevId, record, options);

    /// <summary>The bytes of a record's blob (<see cref="RecordBuffer.Blob"/>), without copying.</summary>
    public ReadOnlyMemory<byte> Blob((int Start, int Length) blob) => _data.Slice(blob.Start, blob.Length);

    /// <summary>The body of a record after its abbreviation id <paramref name="id"/> (UNABBREV_RECORD or an
    /// abbreviation; any other id fails as undefined): the one reader behind <see cref="NextRecord"/> and
    /// <see cref="ReadRecord"/>. Every field of <paramref name="record"/> is set: no state of an earlier record
    /// survives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint ReadRecordBody(ReadOnlySpan<byte> data, uint id, RecordBuffer record, in RecordOptions options)
    {
        if (id != AbbrevId.UnabbrevRecord)
        {
            var abbrev = GetAbbrev(id);
            if (abbrev.Simple && TryReadSimple(data, abbrev, record, options.PackedCodes)) return record.Code;
            return ReadAbbreviatedRecord(data, abbrev, record, options.PackedCodes);
        }
        record.Packed = PackedArray.None;
        record.Blob = default;
        int count = ReadUnabbreviatedHeader(data, out uint code);
        record.Rest = options.DecodedHead > 0 ? ReadUnabbreviatedHead(data, ref record.Items, ref count, options.DecodedHead) : ReadAllOperands(data, ref record.Items, count);
        record.Code = code;
        record.Count = count;
        return code;
    }

    /// <summary>A record of a <see cref="Abbreviation.Simple"/> abbreviation, read with the position in a local and
    /// checked against the block's end once, after the scalars (a read past the end of the data gives zeros, not an
    /// error: see <see cref="BitReader.Peek"/>), instead of field by field. False, with nothing moved or changed but
    /// <paramref name="record"/>'s operands, when the record is not one this reads at once (a VBR value longer than a
    /// peek, a record past the block's end, an implausible array, a buffer to grow): the general reader
    /// (<see cref="ReadAbbreviatedRecord"/>) then reads it from the start, with its results and errors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryReadSimple(ReadOnlySpan<byte> data, Abbreviation abbrev, RecordBuffer record, ulong packedCodes)
    {
        long bit = _bits.Position, end = _bits.End;
        var items = record.Items;
        var scalars = abbrev.Scalars;
        if (items.Length < scalars.Length) return false;
        for (int i = 0; i < scalars.Length; i++)
        {
            var op = scalars[i];
            ulong value;
            if (op.Encoding == AbbrevEncoding.Fixed)
            {
                int width = (int)op.Value;
                value = BitReader.Peek(data, bit) & ((1UL << width) - 1);
                bit += width;
            }
            else if (op.Encoding == AbbrevEncoding.Vbr)
            {
                if (!BitReader.TryDecodeVbr(BitReader.Peek(data, bit), (int)op.Value, out value, out int used)) return false;
                bit += used;
            }
            else value = op.Value; // a literal
            items[i] = value;
        }
        int count = scalars.Length;
        var packed = PackedArray.None;
        if (abbrev.Tail == AbbrevEncoding.Array)
        {
            if (!BitReader.TryDecodeVbr(BitReader.Peek(data, bit), 6, out ulong length, out int used)) return false;
            bit += used;
            int width = abbrev.ElementWidth;
            if (bit > end || length > (ulong)((end - bit) / width)) return false;
            var element = abbrev.Element.Encoding;
            uint code = (uint)abbrev.LiteralCode;
            if (code < 64 && ((packedCodes >> (int)code) & 1) != 0 && element != AbbrevEncoding.Vbr)
            {
                // The check above proved that the fixed-width elements fit in the block.
                packed = new PackedArray(bit, (int)length, element == AbbrevEncoding.Char6 ? 0 : width);
                bit += (long)length * width;
            }
            else
            {
                if (length > (ulong)(items.Length - count)) return false;
                var into = items.AsSpan(count, (int)length);
                count += (int)length;
                if (element == AbbrevEncoding.Fixed)
                {
                    ulong mask = (1UL << width) - 1;
                    for (int k = 0; k < into.Length; k++, bit += width) into[k] = BitReader.Peek(data, bit) & mask;
                }
                else if (element == AbbrevEncoding.Char6)
                {
                    var table = Char6Table;
                    for (int k = 0; k < into.Length; k++, bit += 6) into[k] = table[(int)(BitReader.Peek(data, bit) & 63)];
                }
                else
                {
                    // VBR elements are checked one by one against the block's end: the general reader's loops
                    _bits.Position = bit;
                    ReadElements(data, abbrev.Element, width, into);
                    bit = _bits.Position;
                }
            }
        }
        else if (bit > end) return false;
        _bits.Position = bit;
        record.Code = (uint)abbrev.LiteralCode;
        record.Count = count;
        record.Packed = packed;
        record.Blob = default;
        record.Rest = SkippedOperands.None;
        return true;
    }

    /// <summary>An abbreviated record of any shape, into <paramref name="record"/>; returns its code.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private uint ReadAbbreviatedRecord(ReadOnlySpan<byte> data, Abbreviation abbrev, RecordBuffer record, ulong packedCodes)
    {
        uint code = ReadAbbreviated(data, abbrev, ref record.Items, out int count, packedCodes, out var packed, out var blob);
        record.Packed = packed;
        record.Blob = blob;
        record.Rest = SkippedOperands.None;
        record.Code = code;
        record.Count = count;
        return code;
    }

    /// <summary>All <paramref name="count"/> operands of an unabbreviated record, into <paramref name="ops"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SkippedOperands ReadAllOperands(ReadOnlySpan<byte> data, ref ulong[] ops, int count)
    {
        if (ops.Length < count) GrowBuffer(ref ops, count);
        _bits.ReadVbr6(data, ops.AsSpan(0, count));
        return SkippedOperands.None;
    }

    /// <summary>The first <paramref name="head"/> of an unabbreviated record's <paramref name="count"/> operands
    /// decoded into <paramref name="ops"/> (<paramref name="count"/> becomes how many), the rest stepped over and
    /// checked to lie in the block (<see cref="RecordOptions.DecodedHead"/>). Operands that run past the block are
    /// decoded instead, which fails at the first piece past its end, as a full read would.</summary>
    private SkippedOperands ReadUnabbreviatedHead(ReadOnlySpan<byte> data, ref ulong[] ops, ref int count, int head)
    {
        int n = count;
        int h = Math.Min(n, head);
        if (ops.Length < h) GrowBuffer(ref ops, h);
        _bits.ReadVbr6(data, ops.AsSpan(0, h));
        count = h;
        int left = n - h;
        long start = _bits.Position, end = _bits.SkipVbr6(data, start, left);
        if (end < 0)
        {
            if (ops.Length < n) GrowBuffer(ref ops, n);
            _bits.ReadVbr6(data, ops.AsSpan(h, left));
            count = n;
            return SkippedOperands.None;
        }
        _bits.Position = end;
        return new SkippedOperands(start, end - start, left);
    }

    /// <summary>An unabbreviated record's code and operand count (after its abbreviation id), the count checked to
    /// fit in the block and in an array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadUnabbreviatedHeader(ReadOnlySpan<byte> data, out uint code)
    {
        // The code and the count, when each is below 1024 (one or two pieces: nearly every record, and a third of a
        // function's have a code above 31), from one peek: the same values, and the same checks since both lie
        // before the block's end, as the two reads below.
        long bit = _bits.Position;
        ulong word = BitReader.Peek(data, bit);
        if (TryVbr6OfTwoPieces(ref word, out ulong first, out int used) && TryVbr6OfTwoPieces(ref word, out ulong count, out int more)
            && bit + used + more <= _bits.End)
        {
            code = (uint)first;
            _bits.Position = bit + used + more;
            if (!_bits.IsSizePlausible(count, 6)) FailCount("record with ", count, " operands runs past the end of its block");
            return (int)count;
        }
        code = (uint)Math.Min(_bits.ReadVbr(data, 6), uint.MaxValue);
        ulong n = _bits.ReadVbr(data, 6);
        if (!_bits.IsSizePlausible(n, 6)) FailCount("record with ", n, " operands runs past the end of its block");
        if (n > (ulong)Array.MaxLength) FailCount("record with ", n, " operands is too long");
        return (int)n;
    }

    /// <summary>A VBR6 value of one or two pieces taken from the start of <paramref name="word"/> (shifted past it), and
    /// its bits; false for a longer one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryVbr6OfTwoPieces(ref ulong word, out ulong value, out int used)
    {
        if ((word & 0x20) == 0)
        {
            value = word & 0x1F;
            used = 6;
        }
        else if ((word & 0x800) == 0)
        {
            value = (word & 0x1F) | ((word >> 1) & 0x3E0);
            used = 12;
        }
        else
        {
            value = 0;
            used = 0;
            return false;
        }
        word >>= used;
        return true;
    }

    /// <summary>Decodes operands a record read stepped over (<see cref="RecordBuffer.Rest"/>) into <paramref name="into"/>
    /// (<see cref="SkippedOperands.Count"/> long), failing on a value too wide as a record read would.</summary>
    public void ReadSkipped(SkippedOperands rest, Span<ulong> into)
    {
        if (rest.Count != into.Length) Fail("skipped operands read into a span of another length");
        long saved = _bits.Position;
        _bits.Position = rest.Start;
        _bits.ReadVbr6(DataSpan, into);
        _bits.Position = saved;
    }

    /// <summary>The bits of <paramref name="rest"/> as words of 56 bits (the last one masked), into
    /// <paramref name="into"/>, which is <see cref="SkippedOperands.Words"/> long: equal words, equal operands.</summary>
    public void CopyBits(SkippedOperands rest, Span<ulong> into)
    {
        var data = DataSpan;
        for (int k = 0; k < into.Length; k++)
        {
            long left = rest.Bits - 56L * k;
            ulong word = BitReader.Peek(data, rest.Start + 56L * k);
            into[k] = left >= 56 ? word & ((1UL << 56) - 1) : word & ((1UL << (int)Math.Max(left, 0)) - 1);
        }
    }

    /// <summary>An abbreviated record: the code, the scalars, then a trailing array (read, or left in the data for a
    /// code of <paramref name="packedCodes"/>) or blob (stepped over, its range in <paramref name="blob"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint ReadAbbreviated(ReadOnlySpan<byte> data, Abbreviation abbrev, ref ulong[] ops, out int count, ulong packedCodes, out PackedArray packed, out (int Start, int Length) blob)
    {
        packed = PackedArray.None;
        blob = default;
        long literal = abbrev.LiteralCode;
        uint recordCode = literal >= 0 ? (uint)literal : (uint)Math.Min(ReadScalar(data, abbrev.Ops[0]), uint.MaxValue);
        int scalars = abbrev.ScalarEnd - 1;
        if (ops.Length < scalars) GrowBuffer(ref ops, scalars);
        if (scalars > 0) ReadScalars(data, abbrev, ops.AsSpan(0, scalars));
        count = scalars;
        switch (abbrev.Tail)
        {
            case AbbrevEncoding.Array:
            {
                var element = abbrev.Element;
                ulong length = _bits.ReadVbr(data, 6);
                int width = element.Encoding == AbbrevEncoding.Char6 ? 6 : (int)element.Value; // fixed 1-64, VBR 2-32
                if (!_bits.IsSizePlausible(length, width))
                    FailCount("array of ", length, " elements runs past the end of its block");
                if (recordCode < 64 && ((packedCodes >> (int)recordCode) & 1) != 0 && element.Encoding != AbbrevEncoding.Vbr && width <= BitReader.PeekBits)
                {
                    // The check above proved that the fixed-width elements fit in the block.
                    packed = new PackedArray(_bits.Position, (int)length, element.Encoding == AbbrevEncoding.Char6 ? 0 : width);
                    _bits.Position += (long)length * width;
                    break;
                }
                if (length > (ulong)(Array.MaxLength - scalars)) FailCount("record with ", length, " operands is too long");
                count = scalars + (int)length;
                if (ops.Length < count) GrowBuffer(ref ops, count);
                ReadElements(data, element, width, ops.AsSpan(scalars, (int)length));
                break;
            }
            case AbbrevEncoding.Blob:
                blob = SkipBlob(data);
                break;
        }
        return recordCode;
    }

    private static void GrowBuffer(ref ulong[] ops, int count) => Array.Resize(ref ops, Math.Max(count, Math.Max(16, ops.Length * 2)));

    private (int Start, int Length) SkipBlob(ReadOnlySpan<byte> data)
    {
        ulong length = _bits.ReadVbr(data, 6);
        _bits.Align32();
        if (!_bits.IsSizePlausible(length, 8)) FailCount("blob of ", length, " bytes runs past the end of its block");
        var blob = ((int)(_bits.Position >> 3), (int)length);
        _bits.Position += (long)length * 8;
        _bits.Align32();
        return blob;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadScalars(ReadOnlySpan<byte> data, Abbreviation abbrev, Span<ulong> into)
    {
        var aops = abbrev.Ops;
        for (int i = 0; i < into.Length; i++) into[i] = ReadScalar(data, aops[i + 1]);
    }

    /// <summary>An array's elements, one loop per encoding. Fixed-width elements were checked against the block's
    /// end all at once by the caller, so they are read without a check each.</summary>
    private void ReadElements(ReadOnlySpan<byte> data, AbbrevOp element, int width, Span<ulong> into)
    {
        switch (element.Encoding)
        {
            case AbbrevEncoding.Fixed when width <= BitReader.PeekBits:
            {
                long bit = _bits.Position;
                ulong mask = (1UL << width) - 1;
                for (int k = 0; k < into.Length; k++, bit += width) into[k] = BitReader.Peek(data, bit) & mask;
                _bits.Position = bit;
                break;
            }
            case AbbrevEncoding.Char6:
            {
                long bit = _bits.Position;
                var table = Char6Table;
                for (int k = 0; k < into.Length; k++, bit += 6) into[k] = table[(int)(BitReader.Peek(data, bit) & 63)];
                _bits.Position = bit;
                break;
            }
            case AbbrevEncoding.Vbr when width == 6:
                _bits.ReadVbr6(data, into);
                break;
            case AbbrevEncoding.Vbr:
                for (int k = 0; k < into.Length; k++) into[k] = _bits.ReadVbr(data, width);
                break;
            default:
                for (int k = 0; k < into.Length; k++) into[k] = _bits.ReadFixed(data, width);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadScalar(ReadOnlySpan<byte> data, AbbrevOp op)
    {
        // the two common encodings tested first: a switch's jump table cost more per scalar than these two tests
        if (op.Encoding == AbbrevEncoding.Fixed) return _bits.ReadFixed(data, (int)op.Value); // DefineAbbrev checked the widths
        if (op.Encoding == AbbrevEncoding.Vbr) return _bits.ReadVbr(data, (int)op.Value);
        return op.Encoding switch
        {
            AbbrevEncoding.Literal => op.Value,
            AbbrevEncoding.Char6 => Char6Table[(int)_bits.ReadFixed(data, 6)],
            _ => Fail<ulong>("array or blob where a scalar was expected"),
        };
    }

    /// <summary>char6 values: a-z, A-Z, 0-9, '.', '_'.</summary>
    private static ReadOnlySpan<byte> Char6Table => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"u8;
}
