namespace KsymTrim.Bitcode.Bitstream;

/// <summary>
/// The abbreviations BLOCKINFO gives each block id (LLVM's <c>BitstreamBlockInfo</c>), which every block of that id
/// starts with. The lists only grow, so a block that remembers a list and its length on entry holds a snapshot: a
/// later BLOCKINFO does not change an open block's ids. Not thread-safe.
/// </summary>
internal sealed class BlockInfo
{
    private readonly Dictionary<uint, List<Abbreviation>> _abbreviations = new();

    /// <summary>The abbreviations of <paramref name="blockId"/>, or null when BLOCKINFO gave it none.</summary>
    public List<Abbreviation>? Find(uint blockId) => _abbreviations.TryGetValue(blockId, out var list) ? list : null;

    /// <summary>The list a SETBID of <paramref name="blockId"/> adds to, made on first use.</summary>
    public List<Abbreviation> GetOrAdd(uint blockId)
    {
        if (!_abbreviations.TryGetValue(blockId, out var list)) _abbreviations[blockId] = list = [];
        return list;
    }

    /// <summary>A copy whose lists grow apart from this one's: LLVM reads each module of a multi-module file with a
    /// fresh cursor, so a module's BLOCKINFO must not add to what the next module starts with.</summary>
    public BlockInfo Clone()
    {
        var copy = new BlockInfo();
        foreach (var (id, list) in _abbreviations) copy._abbreviations[id] = new List<Abbreviation>(list);
        return copy;
    }
}
