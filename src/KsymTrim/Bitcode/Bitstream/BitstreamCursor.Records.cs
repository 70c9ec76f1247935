using System.Runtime.CompilerServices;

namespace KsymTrim.Bitcode.Bitstream;

// Records (LLVM docs/BitCodeFormat.rst, "UNABBREV_RECORD Encoding", "Abbreviated Record Encoding"): one reader of a
// record's body (ReadRecordBody) behind every entry point, its operands in a caller's array that grows as needed.
internal sealed partial class BitstreamCursor
{
    /// <summary>The operands of records read by <see cref="ReadRecord(uint, out ReadOnlySpan{ulong})"/> and
    /// <see cref="SkipRecord"/>.</summary>
    private ulong[] _scratch = [];

    /// <summary>
    /// Reads the next record of the current block, as <see cref="Advance"/> then <see cref="ReadRecord(uint, ref ulong[], out int, out ValueTuple{int, int})"/>
    /// would, with its operands in <paramref name="ops"/>[0..<paramref name="count"/>) (grown as needed): DEFINE_ABBREV is
    /// processed and sub-blocks are skipped on the way. False at the block's END_BLOCK, which has been left. For
    /// readers of blocks made of many small records (the type table): a record costs one dispatch instead of an
    /// entry and a call per operand kind. A blob operand is checked and stepped over, not returned.
    /// A record whose code (below 64) is a bit of <paramref name="packedCodes"/> and whose abbreviation ends with an
    /// array of fixed or char6 elements has the array checked and left in the data (<paramref name="packed"/> says
    /// where; its <see cref="PackedArray.Length"/> is -1 otherwise); its scalars are in <paramref name="ops"/> as usual.
    /// </summary>
    public bool NextRecord(ref ulong[] ops, out int count, out uint code, ulong packedCodes, out PackedArray packed)
    {
        if (_scopes.Count == 0) Fail("record read at the top level");
        var data = DataSpan;
        while (true)
        {
            uint id = (uint)_bits.ReadFixed(data, _abbrevWidth);
            if (id >= AbbrevId.UnabbrevRecord)
            {
                code = ReadRecordBody(data, id, ref ops, out count, packedCodes, out packed, out _);
                return true;
            }
            switch (id)
            {
                case AbbrevId.EndBlock:
                    LeaveBlock();
                    packed = PackedArray.None;
                    count = 0;
                    code = 0;
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
    /// <see cref="NextRecord"/> (with no packed codes) for readers that cache records by their encoding: an
    /// unabbreviated record has only its first <paramref name="head"/> operands decoded into <paramref name="ops"/>
    /// and the rest stepped over, checked to lie in the block and described by <paramref name="rest"/> (decode them
    /// with <see cref="ReadSkipped"/>, compare them with <see cref="CopyBits"/>). For any other record
    /// <paramref name="rest"/> has a count of -1 and <paramref name="ops"/> holds all of its operands.
    /// </summary>
    public bool NextRecordSkipping(ref ulong[] ops, out int count, out uint code, int head, out SkippedOperands rest)
    {
        rest = new SkippedOperands(0, 0, -1);
        var data = DataSpan;
        long bit = _bits.Position;
        int width = _abbrevWidth;
        // Anything but an unabbreviated record (or a read that would fail) takes NextRecord's path.
        if (_scopes.Count == 0 || (uint)width - 1 >= BitReader.PeekBits || bit + width > _bits.End ||
            (BitReader.Peek(data, bit) & ((1UL << width) - 1)) != AbbrevId.UnabbrevRecord)
            return NextRecord(ref ops, out count, out code, 0, out _);
        _bits.Position = bit + width;
        int n = ReadUnabbreviatedHeader(data, out code);
        int h = Math.Min(n, Math.Max(head, 0));
        if (ops.Length < h) GrowBuffer(ref ops, h);
        _bits.ReadVbr6(data, ops.AsSpan(0, h));
        count = h;
        int left = n - h;
        long start = _bits.Position, end = _bits.SkipVbr6(data, start, left);
        if (end < 0)
        {
            // The operands run past the block: decoding them fails at the first piece past its end.
            if (ops.Length < n) GrowBuffer(ref ops, n);
            _bits.ReadVbr6(data, ops.AsSpan(h, left));
            count = n;
            return true;
        }
        _bits.Position = end;
        rest = new SkippedOperands(start, end - start, left);
        return true;
    }

    /// <summary>
    /// Reads the record of abbreviation id <paramref name="abbrevId"/> (from <see cref="Advance"/>): its code, with
    /// its operands in <paramref name="ops"/>[0..<paramref name="count"/>) (grown as needed). A blob operand is
    /// returned as a byte range of the data in <paramref name="blob"/> (start, length), without copying.
    /// </summary>
    public uint ReadRecord(uint abbrevId, ref ulong[] ops, out int count, out (int Start, int Length) blob) =>
        ReadRecordBody(DataSpan, abbrevId, ref ops, out count, 0, out _, out blob);

    /// <summary><see cref="ReadRecord(uint, ref ulong[], out int, out ValueTuple{int, int})"/> into
    /// <paramref name="ops"/> (replacing what it held).</summary>
    public uint ReadRecord(uint abbrevId, RecordBuffer ops, out (int Start, int Length) blob)
    {
        uint code = ReadRecordBody(DataSpan, abbrevId, ref ops.Items, out int count, 0, out _, out blob);
        ops.Count = count;
        return code;
    }

    /// <summary><see cref="ReadRecord(uint, ref ulong[], out int, out ValueTuple{int, int})"/> into the cursor's own
    /// buffer, for a reader that is done with the operands before it reads on (LLVM's <c>readRecord</c> into
    /// <c>Vals</c>): <paramref name="ops"/> is valid until the next record read without a buffer of the caller's.</summary>
    public uint ReadRecord(uint abbrevId, out ReadOnlySpan<ulong> ops)
    {
        uint code = ReadRecordBody(DataSpan, abbrevId, ref _scratch, out int count, 0, out _, out _);
        ops = _scratch.AsSpan(0, count);
        return code;
    }

    /// <summary>Skips the record of abbreviation id <paramref name="abbrevId"/>, checking it as a read would.</summary>
    public void SkipRecord(uint abbrevId) => ReadRecordBody(DataSpan, abbrevId, ref _scratch, out _, 0, out _, out _);

    /// <summary>A record of a block read by <see cref="ForEachRecord"/>: its code (operands in the list given) and
    /// its blob range, if any.</summary>
    public delegate void RecordHandler(uint code, (int Start, int Length) blob);

    /// <summary>Reads the block <paramref name="blockId"/> (after its ENTER_SUBBLOCK) to its end, handing every record
    /// to <paramref name="handler"/> with its operands in <paramref name="ops"/>; sub-blocks are skipped.</summary>
    public void ForEachRecord(uint blockId, RecordBuffer ops, RecordHandler handler)
    {
        EnterBlock(blockId);
        while (true)
        {
            var e = Advance();
            switch (e.Kind)
            {
                case EntryKind.EndBlock:
                    return;
                case EntryKind.SubBlock:
                    SkipBlock();
                    break;
                case EntryKind.Record:
                    uint code = ReadRecord(e.Id, ops, out var blob);
                    handler(code, blob);
                    break;
                default:
                    FailCount("bitcode ends inside block ", blockId, "");
                    break;
            }
        }
    }

    /// <summary>The bytes of a blob returned by <see cref="ReadRecord(uint, ref ulong[], out int, out ValueTuple{int, int})"/>.</summary>
    public ReadOnlyMemory<byte> Blob((int Start, int Length) blob) => _data.Slice(blob.Start, blob.Length);

    /// <summary>The body of a record after its abbreviation id <paramref name="id"/> (UNABBREV_RECORD or an
    /// abbreviation; any other id fails as undefined): the one reader behind every record entry point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint ReadRecordBody(ReadOnlySpan<byte> data, uint id, ref ulong[] ops, out int count, ulong packedCodes, out PackedArray packed, out (int Start, int Length) blob)
    {
        if (id != AbbrevId.UnabbrevRecord) return ReadAbbreviated(data, GetAbbrev(id), ref ops, out count, packedCodes, out packed, out blob);
        packed = PackedArray.None;
        blob = default;
        count = ReadUnabbreviatedHeader(data, out uint code);
        if (ops.Length < count) GrowBuffer(ref ops, count);
        _bits.ReadVbr6(data, ops.AsSpan(0, count));
        return code;
    }

    /// <summary>An unabbreviated record's code and operand count (after its abbreviation id), the count checked to
    /// fit in the block and in an array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadUnabbreviatedHeader(ReadOnlySpan<byte> data, out uint code)
    {
        code = (uint)Math.Min(_bits.ReadVbr(data, 6), uint.MaxValue);
        ulong n = _bits.ReadVbr(data, 6);
        if (!_bits.IsSizePlausible(n, 6)) FailCount("record with ", n, " operands runs past the end of its block");
        if (n > (ulong)Array.MaxLength) FailCount("record with ", n, " operands is too long");
        return (int)n;
    }

    /// <summary>Decodes operands <see cref="NextRecordSkipping"/> stepped over into <paramref name="into"/>
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
        uint recordCode = (uint)Math.Min(ReadScalar(data, abbrev.Ops[0]), uint.MaxValue);
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
    private ulong ReadScalar(ReadOnlySpan<byte> data, AbbrevOp op) => op.Encoding switch
    {
        AbbrevEncoding.Literal => op.Value,
        AbbrevEncoding.Fixed => _bits.ReadFixed(data, (int)op.Value), // DefineAbbrev checked the widths
        AbbrevEncoding.Vbr => _bits.ReadVbr(data, (int)op.Value),
        AbbrevEncoding.Char6 => Char6Table[(int)_bits.ReadFixed(data, 6)],
        _ => Fail<ulong>("array or blob where a scalar was expected"),
    };

    /// <summary>char6 values: a-z, A-Z, 0-9, '.', '_'.</summary>
    private static ReadOnlySpan<byte> Char6Table => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"u8;
}
