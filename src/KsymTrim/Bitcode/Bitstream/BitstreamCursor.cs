using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using KsymTrim.Diagnostics;

namespace KsymTrim.Bitcode.Bitstream;

/// <summary>What <see cref="BitstreamCursor.Advance"/> found.</summary>
internal enum EntryKind : byte
{
    /// <summary>The end of the current block (already left).</summary>
    EndBlock,
    /// <summary>A sub-block: call <see cref="BitstreamCursor.EnterBlock"/> or <see cref="BitstreamCursor.SkipBlock"/>.</summary>
    SubBlock,
    /// <summary>A record: call <see cref="BitstreamCursor.ReadRecord"/> or <see cref="BitstreamCursor.SkipRecord"/>.</summary>
    Record,
    /// <summary>The end of the stream at the top level.</summary>
    EndOfStream,
}

/// <summary>An entry: its kind and the block id (sub-block) or abbreviation id (record).</summary>
internal readonly record struct BitstreamEntry(EntryKind Kind, uint Id);

/// <summary>
/// A cursor over an LLVM bitstream (LLVM docs/BitCodeFormat.rst; llvm/include/llvm/Bitstream/BitstreamReader.h):
/// fixed and VBR fields read LSB-first, abbreviations (block-local and from BLOCKINFO), blocks entered or
/// skipped in O(1) by their length word. Every read is checked against the end of the data and of the current
/// block; limits on nesting depth, abbreviations and record sizes keep hostile input from exhausting memory or
/// looping. Errors are <see cref="KsymFormatException"/> with the byte offset. Not thread-safe.
/// </summary>
internal sealed class BitstreamCursor
{
    /// <summary>How deep blocks may nest. LLVM's deepest (MODULE/FUNCTION/CONSTANTS...) is about 4.</summary>
    public const int MaxDepth = 32;
    /// <summary>Abbreviations one block may hold (its own plus BLOCKINFO's).</summary>
    public const int MaxAbbreviations = 1 << 16;
    /// <summary>Operands in one abbreviation.</summary>
    public const int MaxAbbrevOps = 1 << 10;

    private readonly ReadOnlyMemory<byte> _data;
    private readonly long _baseOffset; // offset of _data in the file, for diagnostics
    private readonly long _endBit;
    private long _bit;
    private int _abbrevWidth = 2;
    private long _blockEndBit;
    private List<Abbreviation> _abbrevs = [];                 // the block's own DEFINE_ABBREVs
    private IReadOnlyList<Abbreviation> _shared = [];         // BLOCKINFO's for the block id, not copied
    private int _sharedCount;                                 // how many of them existed when the block was entered
    private readonly Stack<Scope> _scopes = new();
    private readonly Dictionary<uint, List<Abbreviation>> _blockInfo = new();

    private readonly record struct Scope(int AbbrevWidth, List<Abbreviation> Abbrevs, IReadOnlyList<Abbreviation> Shared, int SharedCount, long EndBit, uint BlockId);

    public BitstreamCursor(ReadOnlyMemory<byte> data, long baseOffset)
    {
        _data = data;
        _baseOffset = baseOffset;
        _endBit = (long)data.Length * 8;
        _blockEndBit = _endBit;
    }

    /// <summary>The current position in bits from the start of the data.</summary>
    public long BitPosition => _bit;

    /// <summary>The byte offset in the file of the current position, for diagnostics.</summary>
    public long FileOffset => _baseOffset + (_bit >> 3);

    /// <summary>The id of the block being read, or uint.MaxValue at the top level.</summary>
    public uint BlockId => _scopes.Count == 0 ? uint.MaxValue : _scopes.Peek().BlockId;

    /// <summary>How many blocks are open.</summary>
    public int Depth => _scopes.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Read(int width)
    {
        if ((uint)width > 64) Fail($"field width {width} exceeds 64 bits");
        if (width == 0) return 0;
        if (_bit + width > _blockEndBit) FailTruncated();
        var span = _data.Span;
        long byteIndex = _bit >> 3;
        int shift = (int)(_bit & 7);
        ulong value;
        if (byteIndex + 8 <= span.Length)
        {
            value = BinaryPrimitives.ReadUInt64LittleEndian(span[(int)byteIndex..]) >> shift;
            if (width + shift > 64) value |= (ulong)span[(int)byteIndex + 8] << (64 - shift);
        }
        else
        {
            value = 0;
            int n = 0;
            for (long i = byteIndex; i < span.Length && n < 72; i++, n += 8)
                value |= n < 64 ? (ulong)span[(int)i] << n : 0;
            value >>= shift;
            if (width + shift > 64 && byteIndex + 8 < span.Length) value |= (ulong)span[(int)byteIndex + 8] << (64 - shift);
        }
        _bit += width;
        return width == 64 ? value : value & ((1UL << width) - 1);
    }

    public ulong ReadVbr(int width)
    {
        if (width < 2 || width > 32) Fail($"VBR width {width} is not between 2 and 32");
        ulong hi = 1UL << (width - 1), mask = hi - 1;
        ulong piece = Read(width);
        if ((piece & hi) == 0) return piece;
        ulong result = piece & mask;
        int shift = width - 1;
        while (true)
        {
            piece = Read(width);
            if (shift >= 64 || (shift > 0 && (piece & mask) >> Math.Min(63, 64 - shift) != 0 && shift + width - 1 > 64))
                Fail("VBR value exceeds 64 bits");
            result |= (piece & mask) << shift;
            if ((piece & hi) == 0) return result;
            shift += width - 1;
        }
    }

    public void AlignTo32()
    {
        long aligned = (_bit + 31) & ~31L;
        if (aligned > _blockEndBit) FailTruncated();
        _bit = aligned;
    }

    /// <summary>Reads the next entry of the current block, processing DEFINE_ABBREV itself.</summary>
    public BitstreamEntry Advance()
    {
        while (true)
        {
            if (_scopes.Count == 0 && AtTopLevelEnd()) return new BitstreamEntry(EntryKind.EndOfStream, 0);
            uint id = (uint)Read(_abbrevWidth);
            switch (id)
            {
                case 0: // END_BLOCK
                    if (_scopes.Count == 0) Fail("END_BLOCK at the top level");
                    AlignTo32();
                    var scope = _scopes.Pop();
                    if (_bit != scope.EndBit && _bit > scope.EndBit) Fail("block ends past its declared length");
                    _bit = scope.EndBit;
                    RestoreParent();
                    return new BitstreamEntry(EntryKind.EndBlock, 0);
                case 1: // ENTER_SUBBLOCK
                    return new BitstreamEntry(EntryKind.SubBlock, (uint)ReadVbr(8));
                case 2: // DEFINE_ABBREV
                    if (_sharedCount + _abbrevs.Count >= MaxAbbreviations) Fail($"more than {MaxAbbreviations} abbreviations in one block");
                    DefineAbbrev(_abbrevs);
                    continue;
                default:
                    return new BitstreamEntry(EntryKind.Record, id);
            }
        }
    }

    private bool AtTopLevelEnd()
    {
        if (_endBit - _bit < 32) return true;
        // Wrapped bitcode and archives may pad with zeros after the last block.
        var rest = _data.Span[(int)(_bit >> 3)..];
        return !rest.ContainsAnyExcept((byte)0);
    }

    private void RestoreParent()
    {
        if (_scopes.Count == 0)
        {
            _abbrevWidth = 2;
            _abbrevs = [];
            _shared = [];
            _sharedCount = 0;
            _blockEndBit = _endBit;
        }
        else
        {
            var parent = _scopes.Peek();
            _abbrevWidth = parent.AbbrevWidth;
            _abbrevs = parent.Abbrevs;
            _shared = parent.Shared;
            _sharedCount = parent.SharedCount;
            _blockEndBit = parent.EndBit;
        }
    }

    /// <summary>Reads the rest of an ENTER_SUBBLOCK header and enters the block.</summary>
    public void EnterBlock(uint blockId)
    {
        int width = (int)ReadVbr(4);
        AlignTo32();
        long words = (long)Read(32);
        long end = _bit + words * 32;
        if (width < 2 || width > 32) Fail($"block {blockId} has abbreviation width {width}");
        if (end > _blockEndBit) Fail($"block {blockId} ({words} words) runs past the end of its parent");
        if (_scopes.Count >= MaxDepth) Fail($"blocks nest deeper than {MaxDepth}");
        var abbrevs = new List<Abbreviation>();
        // BLOCKINFO's abbreviations come first; they are looked up in place rather than copied into every block
        // (a file of many small blocks would otherwise cost time quadratic in its size). The lists only grow, so
        // remembering their length now makes a snapshot: a later BLOCKINFO does not change an open block's ids.
        IReadOnlyList<Abbreviation> shared = _blockInfo.TryGetValue(blockId, out var info) ? info : [];
        _scopes.Push(new Scope(width, abbrevs, shared, shared.Count, end, blockId));
        _abbrevWidth = width;
        _abbrevs = abbrevs;
        _shared = shared;
        _sharedCount = shared.Count;
        _blockEndBit = end;
    }

    /// <summary>A position inside the current block, with the number of abbreviations it had defined, to come back
    /// to with <see cref="Reset"/>.</summary>
    public (long Bit, int Abbreviations) Mark() => (_bit, _abbrevs.Count);

    /// <summary>Goes back (or forward) to <paramref name="mark"/> in the current block, forgetting the abbreviations
    /// defined after it.</summary>
    public void Reset((long Bit, int Abbreviations) mark)
    {
        JumpTo(mark.Bit);
        if (mark.Abbreviations < _abbrevs.Count) _abbrevs.RemoveRange(mark.Abbreviations, _abbrevs.Count - mark.Abbreviations);
    }

    /// <summary>Moves to <paramref name="bit"/>, which must lie inside the current block (an index entry, such as
    /// METADATA_INDEX's, names a record position there).</summary>
    public void JumpTo(long bit)
    {
        if (bit < 0 || bit >= _blockEndBit) Fail($"jump to bit {bit} leaves the block (it ends at bit {_blockEndBit})");
        _bit = bit;
    }

    /// <summary>Reads the rest of an ENTER_SUBBLOCK header and jumps past the block, in O(1).</summary>
    public void SkipBlock()
    {
        ReadVbr(4);
        AlignTo32();
        long words = (long)Read(32);
        long end = _bit + words * 32;
        if (end > _blockEndBit || end < _bit) Fail("block runs past the end of its parent");
        _bit = end;
    }

    /// <summary>The BLOCKINFO abbreviations recorded so far, to restore later with <see cref="RestoreBlockInfo"/>.</summary>
    public Dictionary<uint, List<Abbreviation>> SaveBlockInfo() =>
        _blockInfo.ToDictionary(kv => kv.Key, kv => new List<Abbreviation>(kv.Value));

    /// <summary>Replaces the BLOCKINFO abbreviations with a saved set. LLVM reads each module of a multi-module
    /// file with a fresh cursor, so a module's BLOCKINFO must not add to the previous module's.</summary>
    public void RestoreBlockInfo(Dictionary<uint, List<Abbreviation>> saved)
    {
        _blockInfo.Clear();
        foreach (var (k, v) in saved) _blockInfo[k] = new List<Abbreviation>(v);
    }

    /// <summary>Reads a BLOCKINFO block (after its ENTER_SUBBLOCK) and records its abbreviations.</summary>
    public void ReadBlockInfoBlock()
    {
        EnterBlock(0);
        List<Abbreviation>? current = null;
        var ops = new List<ulong>();
        while (true)
        {
            uint id = (uint)Read(_abbrevWidth);
            if (id == 0)
            {
                AlignTo32();
                var scope = _scopes.Pop();
                _bit = scope.EndBit;
                RestoreParent();
                return;
            }
            if (id == 1)
            {
                ReadVbr(8); // the block id; no sub-blocks are defined inside BLOCKINFO: skip what is there
                SkipBlock();
                continue;
            }
            if (id == 2)
            {
                if (current is null) Fail("DEFINE_ABBREV in BLOCKINFO before SETBID");
                DefineAbbrev(current);
                continue;
            }
            uint code = ReadRecord(id, ops, out _);
            if (code == 1) // SETBID
            {
                if (ops.Count < 1) Fail("SETBID without a block id");
                uint bid = (uint)ops[0];
                if (!_blockInfo.TryGetValue(bid, out current)) _blockInfo[bid] = current = [];
            }
        }
    }

    private void DefineAbbrev(List<Abbreviation> into)
    {
        int count = (int)Math.Min(ReadVbr(5), int.MaxValue);
        if (count == 0 || count > MaxAbbrevOps) Fail($"abbreviation with {count} operands");
        var ops = new List<AbbrevOp>(count);
        for (int i = 0; i < count; i++)
        {
            bool literal = Read(1) == 1;
            if (literal)
            {
                ops.Add(new AbbrevOp(AbbrevEncoding.Literal, ReadVbr(8)));
                continue;
            }
            var enc = (AbbrevEncoding)Read(3);
            switch (enc)
            {
                case AbbrevEncoding.Fixed:
                case AbbrevEncoding.Vbr:
                {
                    ulong width = ReadVbr(5);
                    if (width == 0) { ops.Add(new AbbrevOp(AbbrevEncoding.Literal, 0)); break; } // fixed(0)/vbr(0) read as literal 0
                    if (enc == AbbrevEncoding.Fixed && width > 64) Fail($"fixed operand of {width} bits");
                    if (enc == AbbrevEncoding.Vbr && (width < 2 || width > 32)) Fail($"VBR operand of {width} bits");
                    ops.Add(new AbbrevOp(enc, width));
                    break;
                }
                case AbbrevEncoding.Array:
                    if (i != count - 2) Fail("array operand is not second to last");
                    ops.Add(new AbbrevOp(enc, 0));
                    break;
                case AbbrevEncoding.Blob:
                    if (i != count - 1) Fail("blob operand is not last");
                    ops.Add(new AbbrevOp(enc, 0));
                    break;
                case AbbrevEncoding.Char6:
                    ops.Add(new AbbrevOp(enc, 0));
                    break;
                default:
                    Fail($"unknown abbreviation encoding {(int)enc}");
                    break;
            }
        }
        if (ops[^1].Encoding == AbbrevEncoding.Array) Fail("array operand has no element type");
        if (ops.Count >= 2 && ops[^2].Encoding == AbbrevEncoding.Array &&
            ops[^1].Encoding is AbbrevEncoding.Array or AbbrevEncoding.Blob or AbbrevEncoding.Literal)
            Fail("array element is an array, a blob or a literal");
        if (ops[0].Encoding is AbbrevEncoding.Array or AbbrevEncoding.Blob) Fail("abbreviation's record code is an array or a blob");
        if (into.Count >= MaxAbbreviations) Fail($"more than {MaxAbbreviations} abbreviations in one block");
        into.Add(new Abbreviation(ops.ToArray()));
    }

    private Abbreviation GetAbbrev(uint id)
    {
        long index = (long)id - 4;
        if (index < 0 || index >= _sharedCount + _abbrevs.Count) Fail($"undefined abbreviation {id}");
        return index < _sharedCount ? _shared[(int)index] : _abbrevs[(int)index - _sharedCount];
    }

    /// <summary>
    /// Reads a record's code and operands into <paramref name="ops"/> (cleared first). A blob operand is returned
    /// as a byte range of the data in <paramref name="blob"/> (start, length), without copying.
    /// </summary>
    public uint ReadRecord(uint abbrevId, List<ulong> ops, out (int Start, int Length) blob)
    {
        ops.Clear();
        blob = default;
        if (abbrevId == 3) // UNABBREV_RECORD
        {
            uint code = (uint)Math.Min(ReadVbr(6), uint.MaxValue);
            ulong count = ReadVbr(6);
            if (count > (ulong)((_blockEndBit - _bit) / 6)) Fail($"record with {count} operands runs past the end of its block");
            for (ulong i = 0; i < count; i++) ops.Add(ReadVbr(6));
            return code;
        }
        var abbrev = GetAbbrev(abbrevId);
        var aops = abbrev.Ops;
        uint recordCode = (uint)Math.Min(ReadScalar(aops[0]), uint.MaxValue);
        for (int i = 1; i < aops.Length; i++)
        {
            var op = aops[i];
            switch (op.Encoding)
            {
                case AbbrevEncoding.Array:
                {
                    ulong length = ReadVbr(6);
                    var element = aops[++i];
                    long minBits = element.Encoding switch
                    {
                        AbbrevEncoding.Fixed => (long)element.Value,
                        AbbrevEncoding.Vbr => (long)element.Value,
                        _ => 6,
                    };
                    if (minBits > 0 && length > (ulong)((_blockEndBit - _bit) / minBits))
                        Fail($"array of {length} elements runs past the end of its block");
                    for (ulong k = 0; k < length; k++) ops.Add(ReadScalar(element));
                    break;
                }
                case AbbrevEncoding.Blob:
                {
                    ulong length = ReadVbr(6);
                    AlignTo32();
                    if (length > (ulong)((_blockEndBit - _bit) / 8)) Fail($"blob of {length} bytes runs past the end of its block");
                    blob = ((int)(_bit >> 3), (int)length);
                    _bit += (long)length * 8;
                    AlignTo32();
                    break;
                }
                default:
                    ops.Add(ReadScalar(op));
                    break;
            }
        }
        return recordCode;
    }

    /// <summary>A record of a block read by <see cref="ForEachRecord"/>: its code (operands in the list given) and
    /// its blob range, if any.</summary>
    public delegate void RecordHandler(uint code, (int Start, int Length) blob);

    /// <summary>Reads the block <paramref name="blockId"/> (after its ENTER_SUBBLOCK) to its end, handing every record
    /// to <paramref name="handler"/> with its operands in <paramref name="ops"/>; sub-blocks are skipped.</summary>
    public void ForEachRecord(uint blockId, List<ulong> ops, RecordHandler handler)
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
                    Fail($"bitcode ends inside block {blockId}");
                    break;
            }
        }
    }

    /// <summary>Skips a record without keeping its operands.</summary>
    public void SkipRecord(uint abbrevId, List<ulong> scratch) => ReadRecord(abbrevId, scratch, out _);

    private ulong ReadScalar(AbbrevOp op) => op.Encoding switch
    {
        AbbrevEncoding.Literal => op.Value,
        AbbrevEncoding.Fixed => Read((int)op.Value),
        AbbrevEncoding.Vbr => ReadVbr((int)op.Value),
        AbbrevEncoding.Char6 => DecodeChar6(Read(6)),
        _ => Fail<ulong>("array or blob where a scalar was expected"),
    };

    private static ulong DecodeChar6(ulong v) => v switch
    {
        < 26 => 'a' + v,
        < 52 => 'A' + (v - 26),
        < 62 => '0' + (v - 52),
        62 => '.',
        _ => '_',
    };

    /// <summary>The bytes of a blob returned by <see cref="ReadRecord"/>.</summary>
    public ReadOnlyMemory<byte> Blob((int Start, int Length) blob) => _data.Slice(blob.Start, blob.Length);

    private void FailTruncated() => Fail("bitcode ends inside a block or record");

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(string reason) =>
        throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, FileOffset, reason);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private T Fail<T>(string reason) => throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, FileOffset, reason);
}
