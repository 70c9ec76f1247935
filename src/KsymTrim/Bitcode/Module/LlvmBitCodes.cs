namespace KsymTrim.Bitcode.Module;

// Facts about LLVM's bitcode codes that LLVMBitCodes.h does not state, kept beside the generated names
// (LlvmBitCodes.g.cs) so that a code added there shows which of these tables it is missing from.

/// <summary>How many metadata ids a METADATA block record defines (<see cref="MetadataCodes.IdsDefined"/>).</summary>
internal enum MetadataIds : byte
{
    /// <summary>A code the table does not know (one newer than the table, or a number LLVM no longer writes):
    /// whether it defines an id cannot be told, so the numbering of later records is uncertain.</summary>
    Unknown,
    /// <summary>None: names, kinds, attachments and the index.</summary>
    None,
    /// <summary>One id: a string, a value, a node.</summary>
    One,
    /// <summary>As many ids as its count operand (METADATA_STRINGS).</summary>
    Counted,
}

/// <summary>Tables over <see cref="MetadataCode"/>.</summary>
internal static class MetadataCodes
{
    /// <summary>
    /// How many metadata ids a record with <paramref name="code"/> takes, as LLVM's MetadataLoader numbers them:
    /// every record that creates an MDString, a ValueAsMetadata or an MDNode (plain, distinct, or one of the
    /// specialised debug-info nodes) takes the next id; the records that only name, attach or index take none.
    /// </summary>
    /// <remarks>SUBRANGE_TYPE and FIXED_POINT_TYPE (LLVM 21) define one id each in LLVM but are listed as
    /// <see cref="MetadataIds.Unknown"/>, so a module that has them reads as incomplete metadata; listing them as
    /// <see cref="MetadataIds.One"/> changes what is read and needs a fixture of its own.</remarks>
    public static MetadataIds IdsDefined(this MetadataCode code) => code switch
    {
        MetadataCode.Strings => MetadataIds.Counted,
        MetadataCode.Name or MetadataCode.NamedNode or MetadataCode.Kind or MetadataCode.Attachment
            or MetadataCode.GlobalDeclAttachment or MetadataCode.IndexOffset or MetadataCode.Index => MetadataIds.None,
        >= MetadataCode.StringOld and <= MetadataCode.OldFnNode // STRING_OLD, VALUE, NODE, DISTINCT_NODE, LOCATION, OLD_NODE, OLD_FN_NODE (NAME and KIND above)
            or >= MetadataCode.GenericDebug and <= MetadataCode.MacroFile // the debug-info nodes, GENERIC_DEBUG to MACRO_FILE
            or MetadataCode.GlobalVarExpr or MetadataCode.Label or MetadataCode.StringType or MetadataCode.CommonBlock
            or MetadataCode.GenericSubrange or MetadataCode.ArgList or MetadataCode.AssignId => MetadataIds.One,
        _ => MetadataIds.Unknown,
    };
}
