namespace KsymTrim.Bitcode.Module;

// Block and record codes from llvm/include/llvm/Bitcode/LLVMBitCodes.h (LLVM 11 to 19 agree on these values).

/// <summary>Block ids (FIRST_APPLICATION_BLOCKID = 8).</summary>
internal static class BlockIds
{
    public const uint BlockInfo = 0;
    public const uint Module = 8;
    public const uint ParamAttr = 9;
    public const uint ParamAttrGroup = 10;
    public const uint Constants = 11;
    public const uint Function = 12;
    public const uint Identification = 13;
    public const uint ValueSymtab = 14;
    public const uint Metadata = 15;
    public const uint MetadataAttachment = 16;
    public const uint TypeNew = 17;
    public const uint OperandBundleTags = 21;
    public const uint StringTable = 23;
    public const uint SymbolTable = 25;
}

/// <summary>MODULE_BLOCK record codes.</summary>
internal static class ModuleCodes
{
    public const uint Version = 1;
    public const uint Triple = 2;
    public const uint DataLayout = 3;
    public const uint Asm = 4;
    public const uint SectionName = 5;
    public const uint GlobalVar = 7;
    public const uint Function = 8;
    public const uint AliasOld = 9;
    public const uint Alias = 14;
    public const uint SourceFileName = 16;
    public const uint IFunc = 18;
}

/// <summary>TYPE_BLOCK_ID_NEW record codes that do not define a type entry, and the function type codes.</summary>
internal static class TypeCodes
{
    public const uint NumEntry = 1;
    public const uint FunctionOld = 9;
    public const uint StructName = 19;
    public const uint Function = 21;
}
