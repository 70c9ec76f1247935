using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using KsymTrim.Bitcode.Bitstream;
using KsymTrim.Diagnostics;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// An LLVM bitcode file (raw <c>BC\xC0\xDE</c> or in the <c>0x0B17C0DE</c> wrapper) read at the module level:
/// one or several modules (split LTO units), each with the STRTAB that follows it, and the irsymtab blob.
/// Function bodies are skipped by their block length. Bitcode of LLVM 5 and later (strtab era, module
/// version 2) is read; older bitcode is refused. Immutable; thread-safe.
/// </summary>
public sealed class BitcodeFile
{
    private BitcodeFile(IReadOnlyList<BitcodeModule> modules, ReadOnlyMemory<byte> symbolTable, ReadOnlyMemory<byte> stringTable)
    {
        Modules = modules;
        SymbolTableBlob = symbolTable;
        StringTableBlob = stringTable;
    }

    /// <summary>The last STRTAB block's blob (names of the modules before it, and of the irsymtab).</summary>
    public ReadOnlyMemory<byte> StringTableBlob { get; }

    /// <summary>The irsymtab, checked, when its layout version is one this reader knows and its producer is the
    /// first module's; otherwise null (walk <see cref="Modules"/> instead). It is a fast path, never trusted over
    /// the module.</summary>
    /// <exception cref="KsymFormatException">The table's offsets or counts do not fit.</exception>
    public Irsymtab.IrSymbolTable? TryGetIrSymbolTable()
    {
        var table = Irsymtab.IrSymbolTable.TryParse(SymbolTableBlob.Span, StringTableBlob.Span);
        if (table is null || Modules.Count == 0 || table.Modules.Count != Modules.Count) return null;
        // IDENTIFICATION says "LLVM14.0.6"; the irsymtab's producer is LLVM_VERSION_STRING ("14.0.6"), with the
        // revision after a space in some builds.
        var producer = Modules[0].Producer;
        var version = table.Producer.Split(' ')[0];
        return producer is not null && producer == "LLVM" + version ? table : null;
    }

    /// <summary>The modules, in file order.</summary>
    public IReadOnlyList<BitcodeModule> Modules { get; }

    /// <summary>The SYMTAB block's blob (LLVM's irsymtab), empty when absent.</summary>
    public ReadOnlyMemory<byte> SymbolTableBlob { get; }

    /// <summary>Reads <paramref name="data"/>.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="readFunctionBodies">Read everything: module constants, metadata (module flags), attributes and
    /// every function body (calls, inline asm, operations). Without it only what a symbol table needs is read
    /// (global values, names, module asm, the type table); the other blocks are skipped by their length.</param>
    /// <exception cref="KsymFormatException">The bitcode is truncated or malformed.</exception>
    public static BitcodeFile Parse(ReadOnlyMemory<byte> data, bool readFunctionBodies = false) =>
        Parse(data, readFunctionBodies ? BitcodeReadOptions.FunctionBodies : BitcodeReadOptions.SymbolTable);

    /// <summary>Reads <paramref name="data"/> as <paramref name="options"/> ask.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="options">What to read besides the module-level records.</param>
    /// <exception cref="KsymFormatException">The bitcode is truncated or malformed.</exception>
    public static BitcodeFile Parse(ReadOnlyMemory<byte> data, BitcodeReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var context = BitcodeReadContext.Rent();
        try
        {
            return Parse(data, options, context);
        }
        finally
        {
            BitcodeReadContext.Return(context); // nothing the parse returns points into it
        }
    }

    /// <summary>Reads <paramref name="data"/> as <paramref name="options"/> ask, in <paramref name="context"/>.</summary>
    private static BitcodeFile Parse(ReadOnlyMemory<byte> data, BitcodeReadOptions options, BitcodeReadContext context)
    {
        bool readFunctionBodies = options.ReadFunctionBodies;
        bool details = readFunctionBodies && options.ConstantDetails is not null;
        var span = data.Span;
        long baseOffset = 0;
        if (span.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(span) == 0x0B17C0DE)
        {
            // [magic, version, offset, size, cputype], each a little-endian u32 (BitcodeReader.cpp, SkipBitcodeWrapperHeader)
            if (span.Length < 20) Fail(span.Length, "bitcode wrapper header is truncated");
            uint offset = BinaryPrimitives.ReadUInt32LittleEndian(span[8..]);
            uint size = BinaryPrimitives.ReadUInt32LittleEndian(span[12..]);
            if (offset < 20 || (ulong)offset + size > (ulong)span.Length) Fail(8, $"bitcode wrapper names bytes 0x{offset:x}+0x{size:x} outside the file");
            data = data.Slice((int)offset, (int)size);
            baseOffset = offset;
            span = data.Span;
        }
        ReadOnlySpan<byte> magic = [(byte)'B', (byte)'C', 0xC0, 0xDE];
        if (!span.StartsWith(magic))
        {
            if (span.Length < 4 && magic.StartsWith(span)) Fail(baseOffset + span.Length, "bitcode ends inside its magic");
            Fail(baseOffset, "not LLVM bitcode");
        }
        if (span.Length % 4 != 0) Fail(baseOffset + span.Length, "bitcode size is not a multiple of 4 bytes");

        using var cursor = new BitstreamCursor(data, baseOffset);
        cursor.Read(32);
        var modules = new List<BitcodeModule>();
        var pending = new List<ModuleReader>();
        ReadOnlyMemory<byte> symtab = default, lastStrtab = default;
        string? producer = null;
        var ops = new RecordBuffer();
        var topLevelBlockInfo = cursor.BlockInfo.Clone();
        while (true)
        {
            var entry = cursor.Advance();
            if (entry.Kind == EntryKind.EndOfStream) break;
            if (entry.Kind == EntryKind.Record)
            {
                cursor.ReadRecord(entry.Id, ops); // not used: read to be checked
                continue;
            }
            if (entry.Kind != EntryKind.SubBlock) cursor.Fail("unexpected END_BLOCK at the top level");
            switch ((BlockId)entry.Id)
            {
                case (BlockId)StandardBlockId.BlockinfoBlockId:
                    cursor.ReadBlockInfoBlock();
                    topLevelBlockInfo = cursor.BlockInfo.Clone();
                    break;
                case BlockId.Identification:
                    producer = ReadIdentification(cursor, ops);
                    break;
                case BlockId.Module:
                    cursor.BlockInfo = topLevelBlockInfo.Clone();
                    // Names are in the STRTAB after the module; the filter of constant details needs them sooner.
                    var names = details ? FindStringTable(data, baseOffset, cursor.BitPosition) : default;
                    pending.Add(ModuleReader.Read(cursor, producer, options, names, context));
                    producer = null;
                    break;
                case BlockId.Strtab:
                {
                    var strtab = ReadBlob(cursor, (uint)BlockId.Strtab, ops);
                    lastStrtab = strtab;
                    foreach (var m in pending) modules.Add(m.Finish(strtab));
                    pending.Clear();
                    break;
                }
                case BlockId.Symtab:
                    symtab = ReadBlob(cursor, (uint)BlockId.Symtab, ops);
                    break;
                default:
                    cursor.SkipBlock();
                    break;
            }
        }
        if (pending.Count > 0)
        {
            // Before LLVM 5 names lived in VALUE_SYMTAB blocks and there was no STRTAB.
            if (pending[0].Version != 2) ModuleReader.UnsupportedVersion(pending[0].Offset, pending[0].Version);
            cursor.Fail("bitcode module has no STRTAB block");
        }
        if (modules.Count == 0) cursor.Fail("bitcode holds no module");
        return new BitcodeFile(modules, symtab, lastStrtab);
    }

    /// <summary>
    /// The blob of the first STRTAB after the module block whose ENTER_SUBBLOCK ends at bit <paramref name="bit"/>,
    /// found by skipping the blocks in between by their length, with a cursor of its own (the reading cursor's state
    /// is not touched, whatever the lookahead meets). Empty when there is none or the way to it is malformed:
    /// reading on finds the same fault at the same place, after the module's own.
    /// </summary>
    private static ReadOnlyMemory<byte> FindStringTable(ReadOnlyMemory<byte> data, long baseOffset, long bit)
    {
        ReadOnlyMemory<byte> strtab = default;
        var ops = new RecordBuffer();
        try
        {
            using var cursor = new BitstreamCursor(data, baseOffset);
            cursor.JumpTo(bit);
            cursor.SkipBlock();
            while (true)
            {
                var entry = cursor.Advance();
                if (entry.Kind == EntryKind.EndOfStream) break;
                if (entry.Kind == EntryKind.Record) { cursor.ReadRecord(entry.Id, ops); continue; }
                if (entry.Kind != EntryKind.SubBlock) break;
                if (entry.Id == (uint)BlockId.Strtab)
                {
                    strtab = ReadBlob(cursor, (uint)BlockId.Strtab, ops);
                    break;
                }
                cursor.SkipBlock();
            }
        }
        catch (KsymFormatException)
        {
            strtab = default;
        }
        return strtab;
    }

    private static string? ReadIdentification(BitstreamCursor cursor, RecordBuffer ops)
    {
        string? producer = null;
        ulong epoch = 0;
        cursor.EnterBlock((uint)BlockId.Identification);
        while (cursor.NextRecord(ops))
        {
            if ((IdentificationCode)ops.Code == IdentificationCode.String) producer = RecordString(ops, 0);
            else if ((IdentificationCode)ops.Code == IdentificationCode.Epoch && ops.Count > 0) epoch = ops[0];
        }
        // IDENTIFICATION_CODE_EPOCH: LLVM reads only epoch 0 (BitcodeReader.cpp, "Incompatible epoch").
        if (epoch != 0) cursor.Fail($"bitcode epoch {epoch} is not supported (LLVM reads epoch 0)");
        return producer;
    }

    private static ReadOnlyMemory<byte> ReadBlob(BitstreamCursor cursor, uint blockId, RecordBuffer ops)
    {
        ReadOnlyMemory<byte> blob = default;
        // STRTAB_BLOB, SYMTAB_BLOB (the same code): [blob]
        cursor.EnterBlock(blockId);
        while (cursor.NextRecord(ops))
            if (ops.Code == (uint)StrtabCode.Blob) blob = cursor.Blob(ops.Blob);
        return blob;
    }

    /// <summary>A record's operands from <paramref name="start"/> as a string of bytes (UTF-8).</summary>
    internal static string RecordString(RecordBuffer ops, int start)
    {
        if (start >= ops.Count) return "";
        int n = ops.Count - start;
        // Short strings (sections, triple, data layout: the same in every member) are narrowed on the stack and
        // looked up in the shared cache; long ones (module asm) get a buffer of their own.
        Span<byte> bytes = n <= 256 ? stackalloc byte[n] : new byte[n];
        var values = ops.AsSpan()[start..];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)values[i];
        return NameCache.Get(bytes);
    }

    private static void Fail(long offset, string reason) => Throw.Bitcode(offset, reason);
}
