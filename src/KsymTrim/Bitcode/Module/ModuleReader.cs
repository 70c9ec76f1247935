using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using KsymTrim.Bitcode.Bitstream;
using KsymTrim.Diagnostics;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// Reads one MODULE_BLOCK (BitcodeWriter.cpp writeModuleInfo documents the record layouts): the type table,
/// attributes, module-level records, module constants, the metadata needed for module flags, operand bundle
/// tags, and, when asked, every function body. Names are resolved once the STRTAB that follows the module is
/// known. Other sub-blocks are skipped by length.
/// </summary>
internal sealed class ModuleReader
{
    internal readonly record struct RawGlobal(GlobalValueKind Kind, ulong NameOffset, ulong NameSize, Linkage Linkage,
        int Visibility, bool IsDeclaration, bool IsConstant, int Section, ulong ValueType, int AttributeList, long FileOffset)
    {
        /// <summary>A variable's initialiser: its value id + 1 (0: none).</summary>
        public int Initializer { get; init; }

        /// <summary>Decoded DLL storage class (getDecodedDLLStorageClass: 1 dllimport, 2 dllexport).</summary>
        public int DllStorageClass { get; init; }

        /// <summary>A function's calling convention (LLVM's CallingConv::ID).</summary>
        public int CallingConv { get; init; }

        /// <summary>A function's garbage collector: its GCNAME index + 1 (0: none).</summary>
        public int Gc { get; init; }

        /// <summary>An alias's aliasee value id (LLVM's getAliaseeObject follows it).</summary>
        public ulong Aliasee { get; init; } = ulong.MaxValue;

        /// <summary>A variable's or alias's thread_local mode as the record encodes it (0: not thread-local).</summary>
        public int ThreadLocal { get; init; }

        /// <summary>The record's dso_local bit.</summary>
        public bool DsoLocal { get; init; }

        /// <summary>A function's personality: its value id + 1 (0: none).</summary>
        public int Personality { get; init; }
    }

    private readonly BitcodeReadContext _context;
    private readonly List<RawGlobal> _globals; // the context's, when free; given back by Finish
    private readonly List<string> _sections = [];
    private List<string>? _gcNames; // MODULE_CODE_GCNAME, in order (rare)
    private readonly StringBuilder _asm = new();
    private string? _triple, _dataLayout, _sourceFileName;
    private readonly string? _producer;
    private readonly long _offset;
    private readonly bool _readBodies;
    // Constant details (BitcodeReadOptions.ConstantDetails): decided once, before the first CONSTANTS or FUNCTION block
    private readonly BitcodeReadOptions _options;
    private readonly ReadOnlyMemory<byte> _names; // the STRTAB the filter reads names from
    private bool _detailsDecided, _details;
    private ByteArrayConstants? _byteArrays; // the module's byte-array constants, while details are read
    private Dictionary<int, ReadOnlyMemory<byte>>? _initializerBytes; // per global index
    private TypeTable _types = new();
    private Dictionary<uint, AttributeGroup> _groups = new();
    private List<AttributeList> _attributeLists = [];
    // The value and constant tables are needed only while the module block is read: they are the context's, so
    // that a large module's tables do not grow anew for every module.
    private readonly List<ValueSlot> _values;
    private readonly ConstantTable _constants;
    private bool[]? _usedByData;
    private readonly List<InlineAsm> _moduleAsmValues = [];
    private readonly List<string> _bundleTags = [];
    private readonly MetadataFacts _metadata = new();
    private readonly List<int> _bodies = []; // global index of each defined function, in definition order
    private readonly List<IrFunction> _functions = [];
    private readonly List<int> _dataRoots = []; // value ids that module-level data refers to: initialisers, aliasees, personalities

    private ModuleReader(string? producer, long offset, BitcodeReadOptions options, ReadOnlyMemory<byte> names, BitcodeReadContext context)
    {
        _context = context;
        _producer = producer;
        _offset = offset;
        _options = options;
        _names = names;
        _readBodies = options.ReadFunctionBodies;
        _globals = context.FreeGlobals ?? [];
        context.FreeGlobals = null;
        _globals.Clear();
        _values = context.Values;
        _constants = context.Constants;
        _values.Clear();
        _constants.Clear();
    }

    public int Version { get; private set; }

    /// <summary>The offset of the MODULE block (diagnostics).</summary>
    public long Offset => _offset;

    private bool _versionSeen;
    private long _groupsAt = -1, _listsAt = -1; // where the skipped PARAMATTR_GROUP and PARAMATTR blocks begin

    /// <param name="cursor">After the module's ENTER_SUBBLOCK.</param>
    /// <param name="producer">The IDENTIFICATION block's producer.</param>
    /// <param name="options">What to read.</param>
    /// <param name="names">The STRTAB that follows the module, for <see cref="BitcodeReadOptions.ConstantDetails"/>
    /// (empty when not needed or not found).</param>
    /// <param name="context">The parse's context: the reader uses its value and constant tables until the module block
    /// ends, and its global records until <see cref="Finish"/>.</param>
    public static ModuleReader Read(BitstreamCursor cursor, string? producer, BitcodeReadOptions options, ReadOnlyMemory<byte> names,
        BitcodeReadContext context)
    {
        bool readBodies = options.ReadFunctionBodies;
        var reader = new ModuleReader(producer, cursor.FileOffset, options, names, context);
        cursor.EnterBlock((uint)BlockId.Module);
        var ops = new RecordBuffer();
        while (true)
        {
            var e = cursor.Advance();
            switch (e.Kind)
            {
                case EntryKind.EndBlock:
                    if (!readBodies) reader.ReadAttributesForMangling(cursor);
                    if (readBodies) reader._usedByData = reader.GlobalsUsedByData();
                    if (reader._byteArrays is not null) reader.KeepInitializerBytes();
                    return reader; // the reader no longer uses the context's value and constant tables
                case EntryKind.SubBlock:
                    if (e.Id != (uint)StandardBlockId.BlockinfoBlockId) reader.RequireVersion();
                    reader.OnBlock(e.Id, cursor, ops);
                    break;
                case EntryKind.Record:
                    long at = cursor.FileOffset;
                    uint code = cursor.ReadRecord(e.Id, ops);
                    if ((ModuleCode)code != ModuleCode.Version) reader.RequireVersion();
                    reader.OnRecord(code, ops, at, cursor);
                    break;
                default:
                    cursor.Fail("bitcode ends inside MODULE_BLOCK");
                    break;
            }
        }
    }

    private void OnBlock(uint id, BitstreamCursor cursor, RecordBuffer ops)
    {
        switch ((BlockId)id)
        {
            case (BlockId)StandardBlockId.BlockinfoBlockId:
                cursor.ReadBlockInfoBlock();
                break;
            case BlockId.TypeNew:
                _types = TypeTable.Read(cursor, _context);
                break;
            // The symbol-table view needs none of these (they are most of a module's bytes besides function bodies).
            case BlockId.ParamattrGroup when _readBodies:
                _groups = AttributeReader.ReadGroups(cursor, _context);
                break;
            case BlockId.Paramattr when _readBodies:
                _attributeLists = AttributeReader.ReadLists(cursor, _groups, _context);
                break;
            case BlockId.ParamattrGroup:
                _groupsAt = cursor.BitPosition;
                cursor.SkipBlock();
                break;
            case BlockId.Paramattr:
                _listsAt = cursor.BitPosition;
                cursor.SkipBlock();
                break;
            case BlockId.Constants when _readBodies:
                DecideDetails();
                if (_details) _byteArrays ??= new ByteArrayConstants(_options.MaxInitializerBytes);
                ConstantsReader.Read(cursor, _values, _constants, _moduleAsmValues, _types, _context, _byteArrays);
                break;
            case BlockId.Metadata when _readBodies:
                MetadataReader.Read(cursor, ops, _values, _constants, _metadata);
                break;
            case BlockId.OperandBundleTags when _readBodies:
                ReadBundleTags(cursor, ops);
                break;
            case BlockId.Function when _readBodies:
            {
                DecideDetails();
                int n = _functions.Count;
                if (n >= _bodies.Count) cursor.Fail("more function bodies than defined functions");
                if (n == 0) _functions.Capacity = _bodies.Count; // every FUNCTION record precedes the bodies
                var g = _globals[_bodies[n]];
                var attrs = g.AttributeList > 0 && g.AttributeList <= _attributeLists.Count ? _attributeLists[g.AttributeList - 1] : AttributeList.Empty;
                _functions.Add(FunctionReader.Read(cursor, ops, _types, _attributeLists, _values, _constants, _moduleAsmValues, _bundleTags,
                    _bodies[n], (int)Math.Min(g.ValueType, int.MaxValue), attrs, _details, _context));
                break;
            }
            default:
                cursor.SkipBlock();
                break;
        }
    }

    /// <summary>
    /// Without function bodies the attribute blocks are skipped; the Mangler still needs the parameter attributes
    /// (sret, byval) of an x86 stdcall, fastcall or vectorcall function to count its argument bytes
    /// (<see cref="Mangler"/>). Such a module, and only such a one, has them read afterwards from where they were
    /// skipped; <paramref name="cursor"/> is at the top level, after the MODULE block, and does not move.
    /// </summary>
    private void ReadAttributesForMangling(BitstreamCursor cursor)
    {
        if (_listsAt < 0) return;
        bool needed = false;
        foreach (ref readonly var g in CollectionsMarshal.AsSpan(_globals)) needed |= g.Kind == GlobalValueKind.Function && Mangler.MayDecorate(g.CallingConv);
        if (!needed) return;
        // a cursor of its own, with the module's BLOCKINFO: the reading cursor stays where it is
        using var late = new BitstreamCursor(cursor.Data, cursor.FileOffset - (cursor.BitPosition >> 3)) { BlockInfo = cursor.BlockInfo.Clone() };
        if (_groupsAt >= 0)
        {
            late.JumpTo(_groupsAt);
            _groups = AttributeReader.ReadGroups(late, _context);
        }
        late.JumpTo(_listsAt);
        _attributeLists = AttributeReader.ReadLists(late, _groups, _context);
    }

    private void ReadBundleTags(BitstreamCursor cursor, RecordBuffer ops)
    {
        cursor.EnterBlock((uint)BlockId.OperandBundleTags);
        while (cursor.NextRecord(ops))
            if ((OperandBundleTagCode)ops.Code == OperandBundleTagCode.OperandBundleTag) _bundleTags.Add(BitcodeFile.RecordString(ops, 0));
    }

    private void OnRecord(uint code, RecordBuffer ops, long at, BitstreamCursor cursor)
    {
        switch ((ModuleCode)code)
        {
            case ModuleCode.Version:
                Version = ops.Count > 0 ? (int)Math.Min(ops[0], int.MaxValue) : 0;
                _versionSeen = true;
                RequireVersion();
                break;
            case ModuleCode.Triple:
                _triple = BitcodeFile.RecordString(ops, 0);
                break;
            case ModuleCode.Datalayout:
                _dataLayout = BitcodeFile.RecordString(ops, 0);
                break;
            case ModuleCode.SourceFilename:
                _sourceFileName = BitcodeFile.RecordString(ops, 0);
                break;
            case ModuleCode.Asm:
                if (_asm.Length > 0) _asm.Append('\n');
                _asm.Append(BitcodeFile.RecordString(ops, 0));
                break;
            case ModuleCode.Sectionname:
                _sections.Add(BitcodeFile.RecordString(ops, 0));
                break;
            case ModuleCode.Gcname:
                (_gcNames ??= []).Add(BitcodeFile.RecordString(ops, 0));
                break;
            case ModuleCode.Globalvar:
            {
                // [strtab_offset, strtab_size, type, isconst|explicit<<1|addrspace<<2, initid, linkage, align, section, visibility, ...]
                Need(ops, 6, "GLOBALVAR", cursor);
                var linkage = GlobalValue.Decode(ops[5]);
                AddGlobal() = new RawGlobal(GlobalValueKind.Variable, ops[0], ops[1], linkage, Get(ops, 8),
                    IsDeclaration: ops[4] == 0, IsConstant: (ops[3] & 1) != 0, Section: Get(ops, 7), ValueType: ops[2], 0, at)
                    { Initializer = Get(ops, 4), DllStorageClass = DllStorage(ops, 12, linkage), ThreadLocal = Get(ops, 9), DsoLocal = Get(ops, 15) != 0 };
                if (ops[4] != 0) _dataRoots.Add(Get(ops, 4) - 1);
                break;
            }
            case ModuleCode.Function:
            {
                // [strtab_offset, strtab_size, type, cc, isproto, linkage, paramattr, align, section, visibility, ...]
                Need(ops, 6, "FUNCTION", cursor);
                var linkage = GlobalValue.Decode(ops[5]);
                AddGlobal() = new RawGlobal(GlobalValueKind.Function, ops[0], ops[1], linkage, Get(ops, 9),
                    IsDeclaration: ops[4] != 0, IsConstant: false, Section: Get(ops, 8), ValueType: ops[2], Get(ops, 6), at)
                    { DllStorageClass = DllStorage(ops, 13, linkage), CallingConv = Get(ops, 3), Personality = Get(ops, 16), Gc = Get(ops, 10) };
                if (ops[4] == 0) _bodies.Add(_globals.Count - 1);
                foreach (int field in (ReadOnlySpan<int>)[12, 15, 16]) // prologue data, prefix data, personality: value id + 1
                    if (Get(ops, field) > 0) _dataRoots.Add(Get(ops, field) - 1);
                break;
            }
            case ModuleCode.Alias:
            {
                // [strtab_offset, strtab_size, value type, addrspace, aliasee, linkage, visibility, ...]
                Need(ops, 6, "ALIAS", cursor);
                // [..., visibility, dllstorageclass, threadlocal, unnamed_addr, preemptionspecifier]
                var linkage = GlobalValue.Decode(ops[5]);
                AddGlobal() = new RawGlobal(GlobalValueKind.Alias, ops[0], ops[1], linkage, Get(ops, 6),
                    IsDeclaration: false, IsConstant: false, Section: 0, ValueType: ops[2], 0, at)
                    { DllStorageClass = DllStorage(ops, 7, linkage), Aliasee = ops[4], ThreadLocal = Get(ops, 8), DsoLocal = Get(ops, 10) != 0 };
                _dataRoots.Add(Get(ops, 4));
                break;
            }
            case ModuleCode.Ifunc:
                // [strtab_offset, strtab_size, value type, addrspace, resolver, linkage, visibility]
                Need(ops, 6, "IFUNC", cursor);
                AddGlobal() = new RawGlobal(GlobalValueKind.IFunc, ops[0], ops[1], GlobalValue.Decode(ops[5]), Get(ops, 6),
                    IsDeclaration: false, IsConstant: false, Section: 0, ValueType: ops[2], 0, at);
                _dataRoots.Add(Get(ops, 4));
                break;
            case ModuleCode.AliasOld:
                cursor.Fail("MODULE_CODE_ALIAS_OLD (bitcode before LLVM 3.8) is not supported");
                break;
        }
    }

    /// <summary>Adds a global value and its value slot; the caller writes the record into the slot returned, so the
    /// record (over 100 bytes) is copied once, not once more per call (List.Add takes it by value).</summary>
    private ref RawGlobal AddGlobal()
    {
        int index = _globals.Count;
        _globals.Add(default);
        _values.Add(new ValueSlot(ValueKind.Global, index, -1));
        return ref CollectionsMarshal.AsSpan(_globals)[index];
    }

    /// <summary>
    /// The DLL storage class at operand <paramref name="index"/> (GLOBALVAR 12, FUNCTION 13, ALIAS 7, counting the
    /// STRTAB offset and size), as parseGlobalVarRecord, parseFunctionRecord and parseGlobalIndirectSymbolRecord read
    /// it: none for local <paramref name="linkage"/> (the record's, decoded); a record too short to hold it takes it from the old dllimport (5) and dllexport (6)
    /// linkages (upgradeDLLImportExportLinkage).
    /// </summary>
    private static int DllStorage(RecordBuffer ops, int index, Linkage linkage)
    {
        if (ops.Count <= index) return ops[5] switch { 5 => 1, 6 => 2, _ => 0 };
        if (linkage is Linkage.Internal or Linkage.Private) return 0;
        return ops[index] is 1 or 2 ? (int)ops[index] : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a dozen per global value record
    private static int Get(RecordBuffer ops, int index) =>
        (uint)index < (uint)ops.Count ? (int)Math.Min(ops.Items[index], int.MaxValue) : 0;

    private static void Need(RecordBuffer ops, int count, string what, BitstreamCursor cursor)
    {
        if (ops.Count < count) cursor.Fail($"{what} record has {ops.Count} operands, fewer than {count}");
    }

    /// <summary>
    /// Refuses, as KT0004, a module of a version other than 2 as soon as its VERSION record is read, or the first
    /// record or block when there is none (LLVM then takes version 0). Versions 0 and 1 (LLVM 3.x and 4) number
    /// values absolutely or keep names in VALUE_SYMTAB blocks; there is no STRTAB before LLVM 5. Refusing here,
    /// before any other record, gives every command (<c>nm</c> reads no function body, <c>refs</c> does) the same
    /// error at the same offset, the MODULE block's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked before every record of the module: one test, not a call
    private void RequireVersion()
    {
        if (_versionSeen && Version == 2) return;
        UnsupportedVersion(_offset, _versionSeen ? Version : 0);
    }

    /// <summary>The one error for a module version this reader does not read.</summary>
    [DoesNotReturn]
    internal static void UnsupportedVersion(long offset, int version) =>
        Throw.Format(DiagnosticId.Unsupported, InputFormat.Bitcode, offset, version < 2
            ? $"bitcode module version {version} (before LLVM 5) is not supported"
            : $"bitcode module version {version} is not supported (LLVM 5 and later write version 2)");

    public BitcodeModule Finish(ReadOnlyMemory<byte> strtab)
    {
        if (Version != 2) UnsupportedVersion(_offset, Version);
        if (_readBodies && _functions.Count != _bodies.Count)
            Throw.Bitcode(_offset,
                $"module defines {_bodies.Count} functions but holds {_functions.Count} function bodies");
        var span = strtab.Span;
        var globals = new GlobalValue[_globals.Count];
        var records = CollectionsMarshal.AsSpan(_globals);
        for (int i = 0; i < globals.Length; i++)
        {
            ref readonly var g = ref records[i]; // not copied: a record is over 100 bytes
            if (g.NameOffset > (ulong)span.Length || g.NameSize > (ulong)span.Length - g.NameOffset)
                Throw.Bitcode(g.FileOffset,
                    $"global value name (0x{g.NameOffset:x}+0x{g.NameSize:x}) lies outside the STRTAB ({span.Length} bytes)");
            string name = NameCache.Get(span.Slice((int)g.NameOffset, (int)g.NameSize));
            string? section = null;
            if (g.Section > 0)
            {
                if (g.Section > _sections.Count)
                    Throw.Bitcode(g.FileOffset,
                        $"global value {name} names section {g.Section}, but the module has {_sections.Count}");
                section = _sections[g.Section - 1];
            }
            bool executable = g.Kind is GlobalValueKind.Function or GlobalValueKind.IFunc ||
                              (g.Kind == GlobalValueKind.Alias && _types.IsFunction(g.ValueType));
            var attrs = g.AttributeList > 0 && g.AttributeList <= _attributeLists.Count ? _attributeLists[g.AttributeList - 1] : AttributeList.Empty;
            globals[i] = new GlobalValue(name, g.Kind, g.Linkage, g.Visibility, g.IsDeclaration, g.IsConstant, section, executable)
            {
                ValueType = (int)Math.Min(g.ValueType, int.MaxValue),
                Attributes = attrs,
                IsDllImport = g.DllStorageClass == 1,
                CallingConv = g.CallingConv,
                Gc = g.Gc > 0 && _gcNames is not null && g.Gc <= _gcNames.Count ? _gcNames[g.Gc - 1] : null,
                Aliasee = g.Aliasee < (ulong)_globals.Count ? (int)g.Aliasee : -1,
                ThreadLocal = (ThreadLocalMode)Math.Min(g.ThreadLocal, (int)ThreadLocalMode.LocalExec),
                IsDsoLocal = g.DsoLocal,
                Personality = g.Personality <= 0 ? -1
                    : g.Personality <= _values.Count && _values[g.Personality - 1].Kind == ValueKind.Global ? _values[g.Personality - 1].Index : -2,
            };
        }
        _context.FreeGlobals = _globals; // the reader is done with its records
        return new BitcodeModule(_producer, Version, _triple, _dataLayout, _sourceFileName, _asm.ToString(), globals, _offset,
            _types, _readBodies ? _functions : null, _metadata.ModuleFlags, _readBodies && _metadata.IsComplete)
        {
            GlobalsUsedByData = _usedByData,
            HasConstantDetails = _details,
            Initializers = _initializerBytes,
            AttributeGroups = [.. _groups.Values],
        };
    }

    /// <summary>Whether to read the constant details (<see cref="BitcodeReadOptions.ConstantDetails"/>): asked once,
    /// of the global values recorded so far, when the first CONSTANTS or FUNCTION block begins.</summary>
    private void DecideDetails()
    {
        if (_detailsDecided) return;
        _detailsDecided = true;
        var filter = _options.ConstantDetails;
        if (filter is null || !_readBodies) return;
        var names = _names.Span;
        foreach (ref readonly var g in CollectionsMarshal.AsSpan(_globals))
        {
            // a name outside the STRTAB is reported by Finish; the filter sees it empty
            var name = g.NameOffset <= (ulong)names.Length && g.NameSize <= (ulong)names.Length - g.NameOffset
                ? names.Slice((int)g.NameOffset, (int)g.NameSize)
                : default;
            string? section = g.Section > 0 && g.Section <= _sections.Count ? _sections[g.Section - 1] : null;
            if (filter(name, g.Kind, g.IsDeclaration, section)) { _details = true; return; }
        }
    }

    /// <summary>The bytes of every variable initialised with a byte-array constant of the module, kept for
    /// <see cref="BitcodeModule.InitializerBytes"/>.</summary>
    private void KeepInitializerBytes()
    {
        var arrays = _byteArrays!;
        for (int i = 0; i < _globals.Count; i++)
        {
            var g = _globals[i];
            int id = g.Initializer - 1;
            if (g.Kind != GlobalValueKind.Variable || (uint)id >= (uint)_values.Count) continue;
            var slot = _values[id];
            if (slot.Kind == ValueKind.Constant && arrays.TryGet(slot.Index, out var bytes))
                (_initializerBytes ??= [])[i] = bytes;
        }
        _byteArrays = null;
    }

    /// <summary>Marks every global that module-level data names: variable initialisers, aliasees, ifunc
    /// resolvers, personality/prefix/prologue data, and any module-level constant (the module's CONSTANTS block
    /// holds only what such data needs), through nested constant expressions and aggregates.</summary>
    private bool[] GlobalsUsedByData()
    {
        var used = new bool[_globals.Count];
        var seen = new bool[_values.Count];
        var stack = _context.DataWork;
        stack.Clear();
        foreach (int root in _dataRoots) stack.Push(root);
        for (int id = 0; id < _values.Count; id++)
            if (_values[id].Kind == ValueKind.Constant) stack.Push(id);
        while (stack.Count > 0)
        {
            int id = stack.Pop();
            if ((uint)id >= (uint)_values.Count || seen[id]) continue;
            seen[id] = true;
            var slot = _values[id];
            if (slot.Kind == ValueKind.Global) used[slot.Index] = true;
            else if (slot.Kind == ValueKind.Constant)
            {
                var c = _constants[slot.Index];
                foreach (int op in _constants.Operands(c)) stack.Push(op);
            }
        }
        return used;
    }
}
