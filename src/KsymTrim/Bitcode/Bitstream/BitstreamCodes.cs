using KsymTrim.Bitcode.Module;

namespace KsymTrim.Bitcode.Bitstream;

// The values come from the generated table of LLVM's headers (LlvmBitCodes.g.cs, BitCodeEnums.h); these
// constants give them the cursor's types (uint ids, int widths) so that its hot paths compare plain integers.

/// <summary>The abbreviation ids every block has (LLVM's <c>bitc::FixedAbbrevIDs</c>, docs/BitCodeFormat.rst
/// "Abbreviation IDs"); ids from <see cref="FirstApplicationAbbrev"/> on name DEFINE_ABBREVs.</summary>
internal static class AbbrevId
{
    /// <summary>END_BLOCK: the block ends, at the next multiple of 32 bits.</summary>
    public const uint EndBlock = (uint)FixedAbbrevId.EndBlock;
    /// <summary>ENTER_SUBBLOCK: a block id, an abbreviation width, then the block's length in words.</summary>
    public const uint EnterSubblock = (uint)FixedAbbrevId.EnterSubblock;
    /// <summary>DEFINE_ABBREV: an abbreviation for the current block (or, in BLOCKINFO, for the SETBID block).</summary>
    public const uint DefineAbbrev = (uint)FixedAbbrevId.DefineAbbrev;
    /// <summary>UNABBREV_RECORD: a VBR6 code, a VBR6 count and that many VBR6 operands.</summary>
    public const uint UnabbrevRecord = (uint)FixedAbbrevId.UnabbrevRecord;
    /// <summary>The first id a DEFINE_ABBREV gets.</summary>
    public const uint FirstApplicationAbbrev = (uint)FixedAbbrevId.FirstApplicationAbbrev;
}

/// <summary>The fixed widths of a block's framing (LLVM's <c>bitc::StandardWidths</c>).</summary>
internal static class StandardWidths
{
    /// <summary>The VBR width of the block id after ENTER_SUBBLOCK.</summary>
    public const int BlockIdWidth = (int)StandardWidth.BlockIDWidth;
    /// <summary>The VBR width of the new block's abbreviation width after its id.</summary>
    public const int CodeLenWidth = (int)StandardWidth.CodeLenWidth;
    /// <summary>The fixed width of the block's length in 32-bit words, after alignment to 32 bits.</summary>
    public const int BlockSizeWidth = (int)StandardWidth.BlockSizeWidth;
    /// <summary>The abbreviation width at the top level, outside every block.</summary>
    public const int TopLevelAbbrevWidth = 2; // not in BitCodeEnums.h: BitstreamWriter and BitstreamCursor start at 2
}

/// <summary>The block id and record codes of BLOCKINFO (LLVM's <c>bitc::BLOCKINFO_BLOCK_ID</c> and
/// <c>bitc::BlockInfoCodes</c>).</summary>
internal static class BlockInfoCodes
{
    /// <summary>BLOCKINFO's own block id.</summary>
    public const uint BlockId = (uint)StandardBlockId.BlockinfoBlockId;
    /// <summary>SETBID: [blockid], the block later DEFINE_ABBREVs apply to.</summary>
    public const uint SetBid = (uint)BlockInfoCode.Setbid;
}
