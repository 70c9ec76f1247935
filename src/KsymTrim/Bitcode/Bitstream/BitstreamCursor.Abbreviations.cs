using System.Runtime.CompilerServices;

namespace KsymTrim.Bitcode.Bitstream;

// Abbreviations: DEFINE_ABBREV, the id lookup, and BLOCKINFO (LLVM docs/BitCodeFormat.rst, "Abbreviations",
// "BLOCKINFO Block").
internal sealed partial class BitstreamCursor
{
    /// <summary>Reads a BLOCKINFO block (after its ENTER_SUBBLOCK) and adds its abbreviations to
    /// <see cref="BlockInfo"/>.</summary>
    public void ReadBlockInfoBlock()
    {
        EnterBlock(BlockInfoCodes.BlockId);
        List<Abbreviation>? current = null;
        var record = new RecordBuffer();
        while (true)
        {
            uint id = (uint)Read(_abbrevWidth);
            if (id == AbbrevId.EndBlock)
            {
                _bits.Align32();
                var scope = _scopes.Pop();
                _bits.Position = scope.EndBit;
                RestoreParent();
                return;
            }
            if (id == AbbrevId.EnterSubblock)
            {
                ReadVbr(StandardWidths.BlockIdWidth); // no sub-blocks are defined inside BLOCKINFO: skip what is there
                SkipBlock();
                continue;
            }
            if (id == AbbrevId.DefineAbbrev)
            {
                if (current is null) Fail("DEFINE_ABBREV in BLOCKINFO before SETBID");
                DefineAbbrev(current);
                continue;
            }
            uint code = ReadRecord(id, record);
            if (code == BlockInfoCodes.SetBid)
            {
                if (record.Count < 1) Fail("SETBID without a block id");
                current = _blockInfo.GetOrAdd((uint)record[0]);
            }
        }
    }

    /// <summary>A DEFINE_ABBREV in a block: adds to the block's own abbreviations, given a list on the first.</summary>
    private void DefineOwnAbbrev()
    {
        if (_sharedCount + _abbrevs.Count >= MaxAbbreviations) FailTooManyAbbreviations();
        if (_abbrevs == None)
        {
            _abbrevs = [];
            if (_scopes.Count > 0) _scopes.Push(_scopes.Pop() with { Abbrevs = _abbrevs });
        }
        DefineAbbrev(_abbrevs);
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
        long index = (long)id - AbbrevId.FirstApplicationAbbrev;
        if (index < 0 || index >= _sharedCount + _abbrevs.Count) FailCount("undefined abbreviation ", id, "");
        return index < _sharedCount ? _shared[(int)index] : _abbrevs[(int)index - _sharedCount];
    }
}
