namespace KsymTrim.Bitcode.Bitstream;

/// <summary>The abbreviation ids every block has (LLVM's <c>bitc::FixedAbbrevIDs</c>, docs/BitCodeFormat.rst
/// "Abbreviation IDs"); ids from <see cref="FirstApplicationAbbrev"/> on name DEFINE_ABBREVs.</summary>
internal static class AbbrevId
{
    /// <summary>END_BLOCK: the block ends, at the next multiple of 32 bits.</summary>
    public const uint EndBlock = 0;
    /// <summary>ENTER_SUBBLOCK: a block id, an abbreviation width, then the block's length in words.</summary>
    public const uint EnterSubblock = 1;
    /// <summary>DEFINE_ABBREV: an abbreviation for the current block (or, in BLOCKINFO, for the SETBID block).</summary>
    public const uint DefineAbbrev = 2;
    /// <summary>UNABBREV_RECORD: a VBR6 code, a VBR6 count and that many VBR6 operands.</summary>
    public const uint UnabbrevRecord = 3;
    /// <summary>The first id a DEFINE_ABBREV gets.</summary>
    public const uint FirstApplicationAbbrev = 4;
}

/// <summary>The fixed widths of a block's framing (LLVM's <c>bitc::StandardWidths</c>).</summary>
internal static class StandardWidths
{
    /// <summary>The VBR width of the block id after ENTER_SUBBLOCK.</summary>
    public const int BlockIdWidth = 8;
    /// <summary>The VBR width of the new block's abbreviation width after its id.</summary>
    public const int CodeLenWidth = 4;
    /// <summary>The fixed width of the block's length in 32-bit words, after alignment to 32 bits.</summary>
    public const int BlockSizeWidth = 32;
    /// <summary>The abbreviation width at the top level, outside every block.</summary>
    public const int TopLevelAbbrevWidth = 2;
}

/// <summary>The block id and record codes of BLOCKINFO (LLVM's <c>bitc::BLOCKINFO_BLOCK_ID</c> and
/// <c>bitc::BlockInfoCodes</c>).</summary>
internal static class BlockInfoCodes
{
    /// <summary>BLOCKINFO's own block id.</summary>
    public const uint BlockId = 0;
    /// <summary>SETBID: [blockid], the block later DEFINE_ABBREVs apply to.</summary>
    public const uint SetBid = 1;
}
