using System.Numerics;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

/// <summary>An array of fixed-width or char6 elements left undecoded in the data: where it starts (in bits from the
/// start of the cursor's data), how many elements, and their width (0 for char6).</summary>
internal readonly record struct PackedArray(long Bit, int Length, int Width);

/// <summary>Operands of an unabbreviated record that <see cref="BitstreamCursor.NextRecordSkipping"/> stepped over:
/// <paramref name="Count"/> VBR6 values in <paramref name="Bits"/> bits from bit <paramref name="Start"/>; a count of
/// -1 when none were.</summary>
internal readonly record struct SkippedOperands(long Start, long Bits, int Count)
{
    /// <summary>How many words <see cref="BitstreamCursor.CopyBits"/> makes of them.</summary>
    public long Words => (Bits + 55) / 56;
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
    // When the data is a mapped file (as every input file is), its span is taken from the sealed MappedFile directly:
    // ReadOnlyMemory.Span tests the owner's type and calls the virtual GetSpan, about 40 instructions paid twice a
    // record. The slice of the file the data covers:
    private readonly IO.MappedFile? _mapped;
    private readonly int _mappedStart;
    private readonly long _baseOffset; // offset of _data in the file, for diagnostics
    private readonly long _endBit;
    private long _bit;
    private int _abbrevWidth = 2;
    private long _blockEndBit;
    private List<Abbreviation> _abbrevs = None;               // the block's own DEFINE_ABBREVs
    private List<Abbreviation> _shared = None;                // BLOCKINFO's for the block id, not copied
    private int _sharedCount;                                 // how many of them existed when the block was entered
    private readonly Stack<Scope> _scopes = new();
    private readonly Dictionary<uint, List<Abbreviation>> _blockInfo = new();

    private readonly record struct Scope(int AbbrevWidth, List<Abbreviation> Abbrevs, List<Abbreviation> Shared, int SharedCount, long EndBit, uint BlockId);

    /// <summary>No abbreviations: shared by every block until it defines its own (most never do), never added to.</summary>
    private static readonly List<Abbreviation> None = [];

    public BitstreamCursor(ReadOnlyMemory<byte> data, long baseOffset)
    {
        _data = data;
        if (MemoryMarshal.TryGetMemoryManager(data, out IO.MappedFile? mapped, out int start, out int length) && length == data.Length)
        {
            _mapped = mapped;
            _mappedStart = start;
        }
        _baseOffset = baseOffset;
        _endBit = (long)data.Length * 8;
        _blockEndBit = _endBit;
    }

    /// <summary>The current position in bits from the start of the data.</summary>
    public long BitPosition => _bit;

    /// <summary>The bits between the current position and the end of the current block: a bound on what the rest of
    /// the block can hold, for sizing buffers from counts the bitcode claims.</summary>
    public long BitsLeftInBlock => _blockEndBit - _bit;

    /// <summary>The byte offset in the file of the current position, for diagnostics.</summary>
    public long FileOffset => _baseOffset + (_bit >> 3);

    /// <summary>The id of the block being read, or uint.MaxValue at the top level.</summary>
    public uint BlockId => _scopes.Count == 0 ? uint.MaxValue : _scopes.Peek().BlockId;

    /// <summary>How many blocks are open.</summary>
    public int Depth => _scopes.Count;

    /// <summary>The data the bit positions count from (a <see cref="PackedArray"/> is decoded from it).</summary>
    public ReadOnlyMemory<byte> Data => _data;

    /// <summary>The data as a span (see <see cref="_mapped"/>).</summary>
    private ReadOnlySpan<byte> DataSpan
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _mapped is { } mapped ? mapped.GetSpan().Slice(_mappedStart, _data.Length) : _data.Span;
    }

    /// <summary>Reads a fixed field of <paramref name="width"/> bits (0 to 64).</summary>
    public ulong Read(int width)
    {
        if ((uint)width > 64) Fail($"field width {width} exceeds 64 bits");
        if (width == 0) return 0;
        return ReadFixed(DataSpan, width);
    }

    // The hot readers take the span from their caller: ReadOnlyMemory.Span costs a type test and, for a mapped file,
    // a virtual call, which used to be paid for every field.

    /// <summary>A fixed field of 1 to 64 bits (the caller checked the width), checked against the block's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadFixed(ReadOnlySpan<byte> data, int width)
    {
        long bit = _bit;
        if (bit + width > _blockEndBit) FailTruncated();
        _bit = bit + width;
        return width <= PeekBits ? Peek(data, bit) & ((1UL << width) - 1) : ReadWide(data, bit, width);
    }

    /// <summary>How many bits <see cref="Peek"/> returns at least.</summary>
    private const int PeekBits = 57;

    /// <summary>The 64 bits from <paramref name="bit"/> (zeros past the end of the data), of which the low
    /// <see cref="PeekBits"/> are the data's: one little-endian load, shifted by the bit offset in the byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Peek(ReadOnlySpan<byte> data, long bit)
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

    /// <summary>Reads a VBR field of <paramref name="width"/> bits per piece (2 to 32).</summary>
    public ulong ReadVbr(int width)
    {
        if (width < 2 || width > 32) Fail($"VBR width {width} is not between 2 and 32");
        return ReadVbr(DataSpan, width);
    }

    /// <summary>A VBR field (the caller checked the width). Values whose pieces fit in one peek (all but the longest)
    /// are decoded from it; the others, and any that would cross the block's end, take the piece-by-piece path,
    /// which also reports errors exactly as it always did.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadVbr(ReadOnlySpan<byte> data, int width)
    {
        long bit = _bit;
        ulong word = Peek(data, bit);
        ulong hi = 1UL << (width - 1);
        if ((word & hi) == 0 && bit + width <= _blockEndBit)
        {
            _bit = bit + width;
            return word & (hi - 1);
        }
        return ReadVbrLong(data, width, word);
    }

    private ulong ReadVbrLong(ReadOnlySpan<byte> data, int width, ulong word)
    {
        ulong hi = 1UL << (width - 1), mask = hi - 1;
        ulong result = word & mask;
        int used = width, shift = width - 1;
        // Pieces within one peek (57 bits) cannot overflow 64 bits, so no check is needed here.
        while ((word & hi) != 0 && used + width <= PeekBits)
        {
            word >>= width;
            result |= (word & mask) << shift;
            used += width;
            shift += width - 1;
        }
        if ((word & hi) == 0 && _bit + used <= _blockEndBit)
        {
            _bit += used;
            return result;
        }
        return ReadVbrSlow(data, width);
    }

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

    public void AlignTo32()
    {
        long aligned = (_bit + 31) & ~31L;
        if (aligned > _blockEndBit) FailTruncated();
        _bit = aligned;
    }

    /// <summary>Reads the next entry of the current block, processing DEFINE_ABBREV itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BitstreamEntry Advance()
    {
        while (true)
        {
            if (_scopes.Count == 0 && AtTopLevelEnd()) return new BitstreamEntry(EntryKind.EndOfStream, 0);
            uint id = (uint)ReadFixed(DataSpan, _abbrevWidth);
            switch (id)
            {
                case 0: // END_BLOCK
                    LeaveBlock();
                    return new BitstreamEntry(EntryKind.EndBlock, 0);
                case 1: // ENTER_SUBBLOCK
                    return new BitstreamEntry(EntryKind.SubBlock, (uint)ReadVbr(8));
                case 2: // DEFINE_ABBREV
                    if (_sharedCount + _abbrevs.Count >= MaxAbbreviations) FailTooManyAbbreviations();
                    if (_abbrevs == None) OwnAbbreviations();
                    DefineAbbrev(_abbrevs);
                    continue;
                default:
                    return new BitstreamEntry(EntryKind.Record, id);
            }
        }
    }

    /// <summary>After an END_BLOCK: leaves the current block for its parent.</summary>
    private void LeaveBlock()
    {
        if (_scopes.Count == 0) Fail("END_BLOCK at the top level");
        AlignTo32();
        var scope = _scopes.Pop();
        if (_bit != scope.EndBit && _bit > scope.EndBit) Fail("block ends past its declared length");
        _bit = scope.EndBit;
        RestoreParent();
    }

    /// <summary>Gives the current block a list of its own for its first DEFINE_ABBREV.</summary>
    private void OwnAbbreviations()
    {
        _abbrevs = [];
        if (_scopes.Count > 0) _scopes.Push(_scopes.Pop() with { Abbrevs = _abbrevs });
    }

    private bool AtTopLevelEnd()
    {
        if (_endBit - _bit < 32) return true;
        // Wrapped bitcode and archives may pad with zeros after the last block.
        var rest = DataSpan[(int)(_bit >> 3)..];
        return !rest.ContainsAnyExcept((byte)0);
    }

    private void RestoreParent()
    {
        if (_scopes.Count == 0)
        {
            _abbrevWidth = 2;
            _abbrevs = None;
            _shared = None;
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
        var abbrevs = None; // made by the first DEFINE_ABBREV
        // BLOCKINFO's abbreviations come first; they are looked up in place rather than copied into every block
        // (a file of many small blocks would otherwise cost time quadratic in its size). The lists only grow, so
        // remembering their length now makes a snapshot: a later BLOCKINFO does not change an open block's ids.
        var shared = _blockInfo.TryGetValue(blockId, out var info) ? info : None;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Abbreviation GetAbbrev(uint id)
    {
        long index = (long)id - 4;
        if (index < 0 || index >= _sharedCount + _abbrevs.Count) FailCount("undefined abbreviation ", id, "");
        return index < _sharedCount ? _shared[(int)index] : _abbrevs[(int)index - _sharedCount];
    }

    /// <summary>
    /// Reads a record's code and operands into <paramref name="ops"/> (cleared first). A blob operand is returned
    /// as a byte range of the data in <paramref name="blob"/> (start, length), without copying.
    /// </summary>
    public uint ReadRecord(uint abbrevId, List<ulong> ops, out (int Start, int Length) blob) =>
        ReadAnyRecord(abbrevId, ops, out blob, uint.MaxValue, out _);

    /// <summary>
    /// <see cref="ReadRecord"/>, except that a record of code
    /// <paramref name="packedCode"/> whose abbreviation is <c>[code, array of fixed or char6]</c> has its array
    /// checked and stepped over by arithmetic rather than decoded: <paramref name="packed"/> says where it lies
    /// (<see cref="PackedArray.Length"/> is -1 otherwise, with the operands in <paramref name="ops"/> as usual).
    /// </summary>
    public uint ReadRecordPacked(uint abbrevId, List<ulong> ops, uint packedCode, out PackedArray packed) =>
        ReadAnyRecord(abbrevId, ops, out _, packedCode, out packed);

    /// <summary>
    /// Reads the next record of the current block, as <see cref="Advance"/> then <see cref="ReadRecordPacked"/> would,
    /// with its operands in <paramref name="ops"/>[0..<paramref name="count"/>) (grown as needed): DEFINE_ABBREV is
    /// processed and sub-blocks are skipped on the way. False at the block's END_BLOCK, which has been left. For
    /// readers of blocks made of many small records (the type table): a record costs one dispatch instead of an
    /// entry, a list and a call per operand kind. A blob operand is checked and stepped over, not returned.
    /// A record whose code (below 64) is a bit of <paramref name="packedCodes"/> and whose abbreviation ends with an
    /// array of fixed or char6 elements has the array left in the data (<paramref name="packed"/>, see
    /// <see cref="ReadRecordPacked"/>); its scalars are in <paramref name="ops"/> as usual.
    /// </summary>
    public bool NextRecord(ref ulong[] ops, out int count, out uint code, ulong packedCodes, out PackedArray packed)
    {
        if (_scopes.Count == 0) Fail("record read at the top level");
        var data = DataSpan;
        while (true)
        {
            uint id = (uint)ReadFixed(data, _abbrevWidth);
            if (id > 3)
            {
                code = ReadAbbreviated(data, GetAbbrev(id), ref ops, out count, packedCodes, out packed);
                return true;
            }
            packed = new PackedArray(0, -1, 0);
            switch (id)
            {
                case 0: // END_BLOCK
                    LeaveBlock();
                    count = 0;
                    code = 0;
                    return false;
                case 1: // ENTER_SUBBLOCK
                    ReadVbr(data, 8);
                    SkipBlock();
                    continue;
                case 2: // DEFINE_ABBREV
                    if (_sharedCount + _abbrevs.Count >= MaxAbbreviations) FailTooManyAbbreviations();
                    if (_abbrevs == None) OwnAbbreviations();
                    DefineAbbrev(_abbrevs);
                    continue;
                default: // UNABBREV_RECORD
                {
                    count = ReadUnabbreviatedHeader(data, out code);
                    if (ops.Length < count) GrowBuffer(ref ops, count);
                    ReadVbr6(data, ops.AsSpan(0, count));
                    return true;
                }
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
        long bit = _bit;
        int width = _abbrevWidth;
        // Anything but an unabbreviated record (or a read that would fail) takes NextRecord's path.
        if (_scopes.Count == 0 || (uint)width - 1 >= PeekBits || bit + width > _blockEndBit || (Peek(data, bit) & ((1UL << width) - 1)) != 3)
            return NextRecord(ref ops, out count, out code, 0, out _);
        _bit = bit + width;
        int n = ReadUnabbreviatedHeader(data, out code);
        int h = Math.Min(n, Math.Max(head, 0));
        if (ops.Length < h) GrowBuffer(ref ops, h);
        ReadVbr6(data, ops.AsSpan(0, h));
        count = h;
        int left = n - h;
        long start = _bit, end = SkipVbr6(data, start, left);
        if (end < 0)
        {
            // The operands run past the block: decoding them fails as it always did.
            if (ops.Length < n) GrowBuffer(ref ops, n);
            ReadVbr6(data, ops.AsSpan(h, left));
            count = n;
            return true;
        }
        _bit = end;
        rest = new SkippedOperands(start, end - start, left);
        return true;
    }

    /// <summary>An unabbreviated record's code and operand count (after its abbreviation id), the count checked to
    /// fit in the block and in an array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ReadUnabbreviatedHeader(ReadOnlySpan<byte> data, out uint code)
    {
        code = (uint)Math.Min(ReadVbr(data, 6), uint.MaxValue);
        ulong n = ReadVbr(data, 6);
        if (n > (ulong)((_blockEndBit - _bit) / 6)) FailCount("record with ", n, " operands runs past the end of its block");
        if (n > (ulong)Array.MaxLength) FailCount("record with ", n, " operands is too long");
        return (int)n;
    }

    /// <summary>The end of <paramref name="n"/> VBR6 values from <paramref name="bit"/>, or -1 when they run past
    /// the block's end: nine pieces a peek, a value ending at each piece whose continuation bit is clear.</summary>
    private long SkipVbr6(ReadOnlySpan<byte> data, long bit, int n)
    {
        const ulong Continuations = 0x20820820820820; // bit 5 of each of the nine 6-bit pieces in a peek
        long end = _blockEndBit;
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

    /// <summary>Decodes operands <see cref="NextRecordSkipping"/> stepped over into <paramref name="into"/>
    /// (<see cref="SkippedOperands.Count"/> long), failing on a value too wide as a record read would.</summary>
    public void ReadSkipped(SkippedOperands rest, Span<ulong> into)
    {
        if (rest.Count != into.Length) Fail("skipped operands read into a span of another length");
        long saved = _bit;
        _bit = rest.Start;
        ReadVbr6(DataSpan, into);
        _bit = saved;
    }

    /// <summary>The bits of <paramref name="rest"/> as words of 56 bits (the last one masked), into
    /// <paramref name="into"/>, which is <see cref="SkippedOperands.Words"/> long: equal words, equal operands.</summary>
    public void CopyBits(SkippedOperands rest, Span<ulong> into)
    {
        var data = DataSpan;
        for (int k = 0; k < into.Length; k++)
        {
            long left = rest.Bits - 56L * k;
            ulong word = Peek(data, rest.Start + 56L * k);
            into[k] = left >= 56 ? word & ((1UL << 56) - 1) : word & ((1UL << (int)Math.Max(left, 0)) - 1);
        }
    }

    /// <summary>An abbreviated record for <see cref="NextRecord"/>: the same reads and checks as
    /// <see cref="ReadAnyRecord"/>, into an array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint ReadAbbreviated(ReadOnlySpan<byte> data, Abbreviation abbrev, ref ulong[] ops, out int count, ulong packedCodes, out PackedArray packed)
    {
        packed = new PackedArray(0, -1, 0);
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
                ulong length = ReadVbr(data, 6);
                int width = element.Encoding == AbbrevEncoding.Char6 ? 6 : (int)element.Value; // fixed 1-64, VBR 2-32
                if (length > (ulong)((_blockEndBit - _bit) / width))
                    FailCount("array of ", length, " elements runs past the end of its block");
                if (recordCode < 64 && ((packedCodes >> (int)recordCode) & 1) != 0 && element.Encoding != AbbrevEncoding.Vbr && width <= PeekBits)
                {
                    packed = new PackedArray(_bit, (int)length, element.Encoding == AbbrevEncoding.Char6 ? 0 : width);
                    _bit += (long)length * width;
                    break;
                }
                if (length > (ulong)(Array.MaxLength - scalars)) FailCount("record with ", length, " operands is too long");
                count = scalars + (int)length;
                if (ops.Length < count) GrowBuffer(ref ops, count);
                ReadElements(data, element, width, ops.AsSpan(scalars, (int)length));
                break;
            }
            case AbbrevEncoding.Blob:
                SkipBlob(data);
                break;
        }
        return recordCode;
    }

    private static void GrowBuffer(ref ulong[] ops, int count) => Array.Resize(ref ops, Math.Max(count, Math.Max(16, ops.Length * 2)));

    private (int Start, int Length) SkipBlob(ReadOnlySpan<byte> data)
    {
        ulong length = ReadVbr(data, 6);
        AlignTo32();
        if (length > (ulong)((_blockEndBit - _bit) / 8)) FailCount("blob of ", length, " bytes runs past the end of its block");
        var blob = ((int)(_bit >> 3), (int)length);
        _bit += (long)length * 8;
        AlignTo32();
        return blob;
    }

    private uint ReadAnyRecord(uint abbrevId, List<ulong> ops, out (int Start, int Length) blob, uint packedCode, out PackedArray packed)
    {
        ops.Clear();
        blob = default;
        packed = new PackedArray(0, -1, 0);
        if (abbrevId == 3) return ReadUnabbreviated(ops); // UNABBREV_RECORD
        var abbrev = GetAbbrev(abbrevId);
        var data = DataSpan;
        uint recordCode = (uint)Math.Min(ReadScalar(data, abbrev.Ops[0]), uint.MaxValue);
        if (abbrev.ScalarEnd > 1) ReadScalars(data, abbrev, Grow(ops, (ulong)(abbrev.ScalarEnd - 1)));
        switch (abbrev.Tail)
        {
            case AbbrevEncoding.Array:
                ReadArray(data, abbrev, ops, recordCode == packedCode && abbrev.ScalarEnd == 1, ref packed);
                break;
            case AbbrevEncoding.Blob:
                blob = SkipBlob(data);
                break;
        }
        return recordCode;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint ReadUnabbreviated(List<ulong> ops)
    {
        var data = DataSpan;
        uint code = (uint)Math.Min(ReadVbr(data, 6), uint.MaxValue);
        ulong count = ReadVbr(data, 6);
        if (count > (ulong)((_blockEndBit - _bit) / 6)) FailCount("record with ", count, " operands runs past the end of its block");
        ReadVbr6(data, Grow(ops, count));
        return code;
    }

    /// <summary>VBR6 values, the operands of every unabbreviated record: those of one or two pieces (below 1024,
    /// which covers characters and most ids) are decoded here with the position kept in a register.</summary>
    private void ReadVbr6(ReadOnlySpan<byte> data, Span<ulong> into)
    {
        long bit = _bit, end = _blockEndBit;
        for (int k = 0; k < into.Length; k++)
        {
            ulong word = Peek(data, bit);
            ulong value;
            int used;
            if ((word & 0x20) == 0) { value = word & 0x1F; used = 6; }
            else if ((word & 0x800) == 0) { value = (word & 0x1F) | ((word >> 1) & 0x3E0); used = 12; }
            else
            {
                _bit = bit;
                into[k] = ReadVbrLong(data, 6, word);
                bit = _bit;
                continue;
            }
            if (bit + used > end)
            {
                _bit = bit;
                into[k] = ReadVbrSlow(data, 6); // fails, as it always did
                bit = _bit;
                continue;
            }
            into[k] = value;
            bit += used;
        }
        _bit = bit;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadScalars(ReadOnlySpan<byte> data, Abbreviation abbrev, Span<ulong> into)
    {
        var aops = abbrev.Ops;
        for (int i = 0; i < into.Length; i++) into[i] = ReadScalar(data, aops[i + 1]);
    }

    /// <summary>A trailing array: checked against the block's end, then stepped over when
    /// <paramref name="pack"/> allows and its elements have a fixed width, read otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadArray(ReadOnlySpan<byte> data, Abbreviation abbrev, List<ulong> ops, bool pack, ref PackedArray packed)
    {
        var element = abbrev.Element;
        ulong length = ReadVbr(data, 6);
        int width = element.Encoding == AbbrevEncoding.Char6 ? 6 : (int)element.Value; // fixed 1-64, VBR 2-32
        if (length > (ulong)((_blockEndBit - _bit) / width))
            FailCount("array of ", length, " elements runs past the end of its block");
        if (pack && element.Encoding != AbbrevEncoding.Vbr && width <= PeekBits)
        {
            // The check above proved that the fixed-width elements fit in the block.
            packed = new PackedArray(_bit, (int)length, element.Encoding == AbbrevEncoding.Char6 ? 0 : width);
            _bit += (long)length * width;
            return;
        }
        ReadElements(data, element, width, Grow(ops, length));
    }

    /// <summary>Adds <paramref name="count"/> slots to <paramref name="ops"/> and returns them, to be filled in
    /// place rather than added one by one. The callers checked the count against the bits left in the block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<ulong> Grow(List<ulong> ops, ulong count)
    {
        int start = ops.Count;
        if (count > (ulong)(Array.MaxLength - start)) FailCount("record with ", count, " operands is too long");
        CollectionsMarshal.SetCount(ops, start + (int)count);
        return CollectionsMarshal.AsSpan(ops).Slice(start);
    }

    /// <summary>An array's elements, one loop per encoding. Fixed-width elements were checked against the block's
    /// end all at once by the caller, so they are read without a check each.</summary>
    private void ReadElements(ReadOnlySpan<byte> data, AbbrevOp element, int width, Span<ulong> into)
    {
        switch (element.Encoding)
        {
            case AbbrevEncoding.Fixed when width <= PeekBits:
            {
                long bit = _bit;
                ulong mask = (1UL << width) - 1;
                for (int k = 0; k < into.Length; k++, bit += width) into[k] = Peek(data, bit) & mask;
                _bit = bit;
                break;
            }
            case AbbrevEncoding.Char6:
            {
                long bit = _bit;
                var table = Char6Table;
                for (int k = 0; k < into.Length; k++, bit += 6) into[k] = table[(int)(Peek(data, bit) & 63)];
                _bit = bit;
                break;
            }
            case AbbrevEncoding.Vbr when width == 6:
                ReadVbr6(data, into);
                break;
            case AbbrevEncoding.Vbr:
                for (int k = 0; k < into.Length; k++) into[k] = ReadVbr(data, width);
                break;
            default:
                for (int k = 0; k < into.Length; k++) into[k] = ReadFixed(data, width);
                break;
        }
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
                    FailCount("bitcode ends inside block ", blockId, "");
                    break;
            }
        }
    }

    /// <summary>Skips a record without keeping its operands.</summary>
    public void SkipRecord(uint abbrevId, List<ulong> scratch) => ReadRecord(abbrevId, scratch, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ReadScalar(ReadOnlySpan<byte> data, AbbrevOp op) => op.Encoding switch
    {
        AbbrevEncoding.Literal => op.Value,
        AbbrevEncoding.Fixed => ReadFixed(data, (int)op.Value), // DefineAbbrev checked the widths
        AbbrevEncoding.Vbr => ReadVbr(data, (int)op.Value),
        AbbrevEncoding.Char6 => Char6Table[(int)ReadFixed(data, 6)],
        _ => Fail<ulong>("array or blob where a scalar was expected"),
    };

    /// <summary>char6 values: a-z, A-Z, 0-9, '.', '_'.</summary>
    private static ReadOnlySpan<byte> Char6Table => "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._"u8;

    /// <summary>The bytes of an array <see cref="ReadRecordPacked"/> stepped
    /// over (each element truncated to a byte, as a string record's operands are), decoded as UTF-8.</summary>
    public static string DecodeString(ReadOnlySpan<byte> data, PackedArray array)
    {
        if (array.Length <= 0) return "";
        byte[] bytes = new byte[array.Length];
        long bit = array.Bit;
        if (array.Width == 0)
        {
            var table = Char6Table;
            for (int k = 0; k < bytes.Length; k++, bit += 6) bytes[k] = table[(int)(Peek(data, bit) & 63)];
        }
        else
        {
            for (int k = 0; k < bytes.Length; k++, bit += array.Width) bytes[k] = (byte)Peek(data, bit);
        }
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The elements of an array <see cref="NextRecord"/> left in the data, into <paramref name="into"/>
    /// (<see cref="PackedArray.Length"/> values).</summary>
    public static void Unpack(ReadOnlySpan<byte> data, PackedArray array, Span<ulong> into)
    {
        long bit = array.Bit;
        into = into[..array.Length];
        if (array.Width == 0)
        {
            var table = Char6Table;
            for (int k = 0; k < into.Length; k++, bit += 6) into[k] = table[(int)(Peek(data, bit) & 63)];
            return;
        }
        ulong mask = (1UL << array.Width) - 1;
        for (int k = 0; k < into.Length; k++, bit += array.Width) into[k] = Peek(data, bit) & mask;
    }

    /// <summary><see cref="Unpack(ReadOnlySpan{byte}, PackedArray, Span{ulong})"/> into ints: false, with
    /// <paramref name="into"/> partly written, when an element is above <see cref="int.MaxValue"/>.</summary>
    public static bool Unpack(ReadOnlySpan<byte> data, PackedArray array, Span<int> into)
    {
        long bit = array.Bit;
        into = into[..array.Length];
        if (array.Width == 0)
        {
            var table = Char6Table;
            for (int k = 0; k < into.Length; k++, bit += 6) into[k] = table[(int)(Peek(data, bit) & 63)];
            return true;
        }
        int width = array.Width;
        ulong mask = (1UL << width) - 1;
        if (width <= 31)
        {
            for (int k = 0; k < into.Length; k++, bit += width) into[k] = (int)(Peek(data, bit) & mask);
            return true;
        }
        for (int k = 0; k < into.Length; k++, bit += width)
        {
            ulong v = Peek(data, bit) & mask;
            if (v > int.MaxValue) return false;
            into[k] = (int)v;
        }
        return true;
    }

    /// <summary>The bytes of a blob returned by <see cref="ReadRecord"/>.</summary>
    public ReadOnlyMemory<byte> Blob((int Start, int Length) blob) => _data.Slice(blob.Start, blob.Length);

    private void FailTruncated() => Fail("bitcode ends inside a block or record");

    // The messages with a number are built out of line: an interpolated string in a hot method costs its frame a
    // handler to set up (and zero) on every call, failing or not.

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FailCount(string before, ulong count, string after) => Fail(before + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + after);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FailTooManyAbbreviations() => Fail($"more than {MaxAbbreviations} abbreviations in one block");

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(string reason) =>
        throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, FileOffset, reason);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private T Fail<T>(string reason) => throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, FileOffset, reason);
}
