using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KsymTrim.Diagnostics;

namespace KsymTrim.Bitcode.Bitstream;

/// <summary>
/// A cursor over an LLVM bitstream (LLVM docs/BitCodeFormat.rst; llvm/include/llvm/Bitstream/BitstreamReader.h):
/// blocks entered or skipped in O(1) by their length word, abbreviations (block-local and from
/// <see cref="Bitstream.BlockInfo"/>), and records (<c>BitstreamCursor.Records.cs</c>), over a
/// <see cref="BitReader"/> whose end is always the end of the current block. Every read is checked against the end
/// of the data and of the current block; limits on nesting depth, abbreviations and record sizes keep hostile input
/// from exhausting memory or looping. Errors are <see cref="KsymFormatException"/> with the byte offset. Not
/// thread-safe. Dispose it when done: memory that is not an array stays pinned until then.
/// </summary>
internal sealed unsafe partial class BitstreamCursor : IDisposable
{
    /// <summary>How deep blocks may nest. LLVM's deepest (MODULE/FUNCTION/CONSTANTS...) is about 4.</summary>
    public const int MaxDepth = 32;
    /// <summary>Abbreviations one block may hold (its own plus BLOCKINFO's).</summary>
    public const int MaxAbbreviations = 1 << 16;
    /// <summary>Operands in one abbreviation.</summary>
    public const int MaxAbbrevOps = 1 << 10;

    private readonly ReadOnlyMemory<byte> _data;
    // The data's span is made from these, set once at construction, not from ReadOnlyMemory.Span (a type test of the
    // owner and, for a MemoryManager such as a mapped file, a virtual GetSpan: about 40 instructions, paid twice a
    // record). Invariant: exactly one of _pointer (memory of a MemoryManager, pinned by _pin until Dispose) and
    // _array (an array, its segment from _arrayStart; not pinned) is set, and _length is the data's length.
    private MemoryHandle _pin;
    private readonly byte* _pointer;
    private readonly byte[]? _array;
    private readonly int _arrayStart;
    private readonly int _length;
    // Invariant: _bits.End is the end of the innermost open block (the end of the data at the top level).
    private BitReader _bits;
    private int _abbrevWidth = StandardWidths.TopLevelAbbrevWidth;
    private List<Abbreviation> _abbrevs = None;               // the block's own DEFINE_ABBREVs
    private List<Abbreviation> _shared = None;                // BLOCKINFO's for the block id, not copied
    private int _sharedCount;                                 // how many of them existed when the block was entered
    private readonly Stack<Scope> _scopes = new();
    private BlockInfo _blockInfo = new();

    private readonly record struct Scope(int AbbrevWidth, List<Abbreviation> Abbrevs, List<Abbreviation> Shared, int SharedCount, long EndBit, uint BlockId);

    /// <summary>No abbreviations: shared by every block until it defines its own (most never do), never added to.</summary>
    private static readonly List<Abbreviation> None = [];

    /// <summary>A cursor at the start of <paramref name="data"/>, which starts at <paramref name="baseOffset"/> in its
    /// file (for diagnostics). The cursor reads the memory; the caller keeps it alive (and, for a mapped file,
    /// mapped) until the cursor is disposed.</summary>
    public BitstreamCursor(ReadOnlyMemory<byte> data, long baseOffset)
    {
        _data = data;
        _length = data.Length;
        if (MemoryMarshal.TryGetArray(data, out var segment))
        {
            _array = segment.Array ?? [];
            _arrayStart = segment.Offset;
        }
        else
        {
            _pin = data.Pin();
            _pointer = (byte*)_pin.Pointer;
            if (_pointer == null)
            {
                // Empty, or a MemoryManager that cannot pin: read a copy.
                _pin.Dispose();
                _array = data.ToArray();
            }
        }
        _bits = new BitReader(data.Length, baseOffset);
    }

    /// <summary>Releases the pin of the data (see <see cref="_pointer"/>); the cursor may not be used afterwards.</summary>
    public void Dispose() => _pin.Dispose();

    /// <summary>The current position in bits from the start of the data.</summary>
    public long BitPosition => _bits.Position;

    /// <summary>The bits between the current position and the end of the current block: a bound on what the rest of
    /// the block can hold, for sizing buffers from counts the bitcode claims.</summary>
    public long BitsLeftInBlock => _bits.BitsLeft;

    /// <summary>The byte offset in the file of the current position, for diagnostics.</summary>
    public long FileOffset => _bits.FileOffset;

    /// <summary>The id of the block being read, or uint.MaxValue at the top level.</summary>
    public uint BlockId => _scopes.Count == 0 ? uint.MaxValue : _scopes.Peek().BlockId;

    /// <summary>How many blocks are open.</summary>
    public int Depth => _scopes.Count;

    /// <summary>The data the bit positions count from (a <see cref="PackedArray"/> is decoded from it).</summary>
    public ReadOnlyMemory<byte> Data => _data;

    /// <summary>The abbreviations BLOCKINFO blocks have given so far; blocks entered later start with them. Set it to
    /// start a module afresh (see <see cref="BlockInfo.Clone"/>).</summary>
    public BlockInfo BlockInfo
    {
        get => _blockInfo;
        set => _blockInfo = value;
    }

    /// <summary>The data as a span (see <see cref="_pointer"/>): taken once per record or entry, not per field.</summary>
    private ReadOnlySpan<byte> DataSpan
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _pointer != null
            ? new ReadOnlySpan<byte>(_pointer, _length)
            : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_array!), _arrayStart), _length);
    }

    /// <summary>Reads a fixed field of <paramref name="width"/> bits (0 to 64).</summary>
    public ulong Read(int width) => _bits.Read(DataSpan, width);

    /// <summary>Reads a VBR field of <paramref name="width"/> bits per piece (2 to 32).</summary>
    public ulong ReadVbr(int width) => _bits.ReadVbrChecked(DataSpan, width);

    /// <summary>Moves to the next multiple of 32 bits inside the current block.</summary>
    public void AlignTo32() => _bits.Align32();

    /// <summary>Reads the next entry of the current block, processing DEFINE_ABBREV itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BitstreamEntry Advance()
    {
        while (true)
        {
            if (_scopes.Count == 0 && AtTopLevelEnd()) return new BitstreamEntry(EntryKind.EndOfStream, 0);
            var data = DataSpan;
            uint id = (uint)_bits.ReadFixed(data, _abbrevWidth);
            switch (id)
            {
                case AbbrevId.EndBlock:
                    LeaveBlock();
                    return new BitstreamEntry(EntryKind.EndBlock, 0);
                case AbbrevId.EnterSubblock:
                    return new BitstreamEntry(EntryKind.SubBlock, (uint)_bits.ReadVbr(data, StandardWidths.BlockIdWidth));
                case AbbrevId.DefineAbbrev:
                    DefineOwnAbbrev();
                    continue;
                default:
                    return new BitstreamEntry(EntryKind.Record, id);
            }
        }
    }

    /// <summary>After an END_BLOCK: leaves the current block for its parent, at the end its length word gave.</summary>
    private void LeaveBlock()
    {
        if (_scopes.Count == 0) Fail("END_BLOCK at the top level");
        _bits.Align32();
        var scope = _scopes.Pop();
        if (_bits.Position > scope.EndBit) Fail("block ends past its declared length");
        _bits.Position = scope.EndBit;
        RestoreParent();
    }

    private bool AtTopLevelEnd()
    {
        // LLVM stops looking for top-level blocks when at most 8 bytes are left after the current byte, whatever they
        // hold: ranlib pads archive members, Apple's ar leaves garbage (getBitcodeFileContents in BitcodeReader.cpp,
        // "BCBegin + 8 >= size"; test/Bitcode/padding.test). The smallest block takes 12 bytes.
        if ((_bits.DataEnd >> 3) - (_bits.Position >> 3) <= 8) return true;
        // Wrapped bitcode and archives may pad with more zeros after the last block: accepted too.
        var rest = DataSpan[(int)(_bits.Position >> 3)..];
        return !rest.ContainsAnyExcept((byte)0);
    }

    private void RestoreParent()
    {
        if (_scopes.Count == 0)
        {
            _abbrevWidth = StandardWidths.TopLevelAbbrevWidth;
            _abbrevs = None;
            _shared = None;
            _sharedCount = 0;
            _bits.End = _bits.DataEnd;
        }
        else
        {
            var parent = _scopes.Peek();
            _abbrevWidth = parent.AbbrevWidth;
            _abbrevs = parent.Abbrevs;
            _shared = parent.Shared;
            _sharedCount = parent.SharedCount;
            _bits.End = parent.EndBit;
        }
    }

    /// <summary>Reads the rest of an ENTER_SUBBLOCK header and enters the block.</summary>
    public void EnterBlock(uint blockId)
    {
        var data = DataSpan;
        int width = (int)_bits.ReadVbr(data, StandardWidths.CodeLenWidth);
        _bits.Align32();
        long words = (long)_bits.ReadFixed(data, StandardWidths.BlockSizeWidth);
        long end = _bits.Position + words * 32;
        if (width < 2 || width > 32) Fail($"block {blockId} has abbreviation width {width}");
        if (end > _bits.End) Fail($"block {blockId} ({words} words) runs past the end of its parent");
        if (_scopes.Count >= MaxDepth) Fail($"blocks nest deeper than {MaxDepth}");
        var abbrevs = None; // made by the first DEFINE_ABBREV
        // BLOCKINFO's abbreviations come first; they are looked up in place rather than copied into every block
        // (a file of many small blocks would otherwise cost time quadratic in its size). The lists only grow, so
        // remembering their length now makes a snapshot: a later BLOCKINFO does not change an open block's ids.
        var shared = _blockInfo.Find(blockId) ?? None;
        _scopes.Push(new Scope(width, abbrevs, shared, shared.Count, end, blockId));
        _abbrevWidth = width;
        _abbrevs = abbrevs;
        _shared = shared;
        _sharedCount = shared.Count;
        _bits.End = end;
    }

    /// <summary>A position inside the current block, with the number of abbreviations it had defined, to come back
    /// to with <see cref="Reset"/>.</summary>
    public (long Bit, int Abbreviations) Mark() => (_bits.Position, _abbrevs.Count);

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
        if (bit < 0 || bit >= _bits.End) Fail($"jump to bit {bit} leaves the block (it ends at bit {_bits.End})");
        _bits.Position = bit;
    }

    /// <summary>Reads the rest of an ENTER_SUBBLOCK header and jumps past the block, in O(1).</summary>
    public void SkipBlock()
    {
        var data = DataSpan;
        _bits.ReadVbr(data, StandardWidths.CodeLenWidth);
        _bits.Align32();
        long words = (long)_bits.ReadFixed(data, StandardWidths.BlockSizeWidth);
        long end = _bits.Position + words * 32;
        if (end > _bits.End || end < _bits.Position) Fail("block runs past the end of its parent");
        _bits.Position = end;
    }

    // The messages with a number are built out of line: an interpolated string in a hot method costs its frame a
    // handler to set up (and zero) on every call, failing or not.

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FailCount(string before, ulong count, string after) => Fail(before + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + after);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FailTooManyAbbreviations() => Fail($"more than {MaxAbbreviations} abbreviations in one block");

    /// <summary>Fails with <paramref name="reason"/> at the byte offset of the current position.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fail(string reason) => Throw.Bitcode(FileOffset, reason);

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private T Fail<T>(string reason)
    {
        Throw.Bitcode(FileOffset, reason);
        return default!;
    }
}
