using System.Text;
using KsymTrim.Bitcode.Bitstream;
using KsymTrim.Diagnostics;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// Reads one MODULE_BLOCK's module-level records (BitcodeWriter.cpp writeModuleInfo documents the layouts);
/// names are resolved once the STRTAB that follows the module is known. Sub-blocks other than the type table
/// and BLOCKINFO are skipped by length.
/// </summary>
internal sealed class ModuleReader
{
    private readonly record struct RawGlobal(GlobalValueKind Kind, ulong NameOffset, ulong NameSize, Linkage Linkage,
        int Visibility, bool IsDeclaration, bool IsConstant, int Section, ulong ValueType, long FileOffset);

    private readonly List<RawGlobal> _globals = [];
    private readonly List<string> _sections = [];
    private readonly List<bool> _functionTypes = [];
    private readonly StringBuilder _asm = new();
    private string? _triple, _dataLayout, _sourceFileName;
    private readonly string? _producer;
    private readonly long _offset;

    private ModuleReader(string? producer, long offset)
    {
        _producer = producer;
        _offset = offset;
    }

    public int Version { get; private set; }

    public static ModuleReader Read(BitstreamCursor cursor, string? producer)
    {
        var reader = new ModuleReader(producer, cursor.FileOffset);
        cursor.EnterBlock(BlockIds.Module);
        var ops = new List<ulong>();
        while (true)
        {
            var e = cursor.Advance();
            switch (e.Kind)
            {
                case EntryKind.EndBlock:
                    return reader;
                case EntryKind.SubBlock:
                    if (e.Id == BlockIds.TypeNew) reader.ReadTypes(cursor, ops);
                    else if (e.Id == BlockIds.BlockInfo) cursor.ReadBlockInfoBlock();
                    else cursor.SkipBlock();
                    break;
                case EntryKind.Record:
                    long at = cursor.FileOffset;
                    reader.OnRecord(cursor.ReadRecord(e.Id, ops, out _), ops, at, cursor);
                    break;
                default:
                    cursor.Fail("bitcode ends inside MODULE_BLOCK");
                    break;
            }
        }
    }

    private void OnRecord(uint code, List<ulong> ops, long at, BitstreamCursor cursor)
    {
        switch (code)
        {
            case ModuleCodes.Version:
                Version = ops.Count > 0 ? (int)Math.Min(ops[0], int.MaxValue) : 0;
                break;
            case ModuleCodes.Triple:
                _triple = BitcodeFile.RecordString(ops, 0);
                break;
            case ModuleCodes.DataLayout:
                _dataLayout = BitcodeFile.RecordString(ops, 0);
                break;
            case ModuleCodes.SourceFileName:
                _sourceFileName = BitcodeFile.RecordString(ops, 0);
                break;
            case ModuleCodes.Asm:
                if (_asm.Length > 0) _asm.Append('\n');
                _asm.Append(BitcodeFile.RecordString(ops, 0));
                break;
            case ModuleCodes.SectionName:
                _sections.Add(BitcodeFile.RecordString(ops, 0));
                break;
            case ModuleCodes.GlobalVar:
                // [strtab_offset, strtab_size, type, isconst|explicit<<1|addrspace<<2, initid, linkage, align, section, visibility, ...]
                Need(ops, 6, "GLOBALVAR", cursor);
                _globals.Add(new RawGlobal(GlobalValueKind.Variable, ops[0], ops[1], GlobalValue.Decode(ops[5]), Get(ops, 8),
                    IsDeclaration: ops[4] == 0, IsConstant: (ops[3] & 1) != 0, Section: Get(ops, 7), ValueType: ops[2], at));
                break;
            case ModuleCodes.Function:
                // [strtab_offset, strtab_size, type, cc, isproto, linkage, paramattr, align, section, visibility, ...]
                Need(ops, 6, "FUNCTION", cursor);
                _globals.Add(new RawGlobal(GlobalValueKind.Function, ops[0], ops[1], GlobalValue.Decode(ops[5]), Get(ops, 9),
                    IsDeclaration: ops[4] != 0, IsConstant: false, Section: Get(ops, 8), ValueType: ops[2], at));
                break;
            case ModuleCodes.Alias:
                // [strtab_offset, strtab_size, value type, addrspace, aliasee, linkage, visibility, ...]
                Need(ops, 6, "ALIAS", cursor);
                _globals.Add(new RawGlobal(GlobalValueKind.Alias, ops[0], ops[1], GlobalValue.Decode(ops[5]), Get(ops, 6),
                    IsDeclaration: false, IsConstant: false, Section: 0, ValueType: ops[2], at));
                break;
            case ModuleCodes.IFunc:
                // [strtab_offset, strtab_size, value type, addrspace, resolver, linkage, visibility]
                Need(ops, 6, "IFUNC", cursor);
                _globals.Add(new RawGlobal(GlobalValueKind.IFunc, ops[0], ops[1], GlobalValue.Decode(ops[5]), Get(ops, 6),
                    IsDeclaration: false, IsConstant: false, Section: 0, ValueType: ops[2], at));
                break;
            case ModuleCodes.AliasOld:
                cursor.Fail("MODULE_CODE_ALIAS_OLD (bitcode before LLVM 3.8) is not supported");
                break;
        }
    }

    private void ReadTypes(BitstreamCursor cursor, List<ulong> ops)
    {
        cursor.EnterBlock(BlockIds.TypeNew);
        while (true)
        {
            var e = cursor.Advance();
            switch (e.Kind)
            {
                case EntryKind.EndBlock:
                    return;
                case EntryKind.SubBlock:
                    cursor.SkipBlock();
                    break;
                case EntryKind.Record:
                    uint code = cursor.ReadRecord(e.Id, ops, out _);
                    if (code is TypeCodes.NumEntry or TypeCodes.StructName) break;
                    _functionTypes.Add(code is TypeCodes.Function or TypeCodes.FunctionOld);
                    break;
                default:
                    cursor.Fail("bitcode ends inside the type table");
                    break;
            }
        }
    }

    private static int Get(List<ulong> ops, int index) => index < ops.Count ? (int)Math.Min(ops[index], int.MaxValue) : 0;

    private static void Need(List<ulong> ops, int count, string what, BitstreamCursor cursor)
    {
        if (ops.Count < count) cursor.Fail($"{what} record has {ops.Count} operands, fewer than {count}");
    }

    public BitcodeModule Finish(ReadOnlyMemory<byte> strtab)
    {
        if (Version < 2)
            throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, _offset,
                $"bitcode module version {Version} (before LLVM 5) is not supported");
        var span = strtab.Span;
        var globals = new GlobalValue[_globals.Count];
        for (int i = 0; i < globals.Length; i++)
        {
            var g = _globals[i];
            if (g.NameOffset > (ulong)span.Length || g.NameSize > (ulong)span.Length - g.NameOffset)
                throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, g.FileOffset,
                    $"global value name (0x{g.NameOffset:x}+0x{g.NameSize:x}) lies outside the STRTAB ({span.Length} bytes)");
            string name = Encoding.UTF8.GetString(span.Slice((int)g.NameOffset, (int)g.NameSize));
            string? section = null;
            if (g.Section > 0)
            {
                if (g.Section > _sections.Count)
                    throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, g.FileOffset,
                        $"global value {name} names section {g.Section}, but the module has {_sections.Count}");
                section = _sections[g.Section - 1];
            }
            bool executable = g.Kind is GlobalValueKind.Function or GlobalValueKind.IFunc ||
                              (g.Kind == GlobalValueKind.Alias && g.ValueType < (ulong)_functionTypes.Count && _functionTypes[(int)g.ValueType]);
            globals[i] = new GlobalValue(name, g.Kind, g.Linkage, g.Visibility, g.IsDeclaration, g.IsConstant, section, executable);
        }
        return new BitcodeModule(_producer, Version, _triple, _dataLayout, _sourceFileName, _asm.ToString(), globals, _offset);
    }
}
