using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>One entry of <c>!llvm.module.flags</c>: <c>!{i32 behavior, !"name", value}</c>.</summary>
/// <param name="Behavior">1 error, 2 warning, 3 require, 4 override, 5 append, 6 append-unique, 7 max, 8 min.</param>
/// <param name="Name">The flag's name (<c>stack-protector-guard</c>, <c>Code Model</c>...).</param>
/// <param name="Int">An integer value, or null.</param>
/// <param name="String">A string value, or null.</param>
public sealed record ModuleFlag(long Behavior, string Name, long? Int, string? String);

/// <summary>
/// Reads a module-level METADATA_BLOCK far enough to resolve <c>!llvm.module.flags</c>: metadata ids are assigned
/// in record order (strings first from METADATA_STRINGS), nodes and values are kept, debug-info records only
/// counted. A record code this reader does not know makes the numbering unreliable: then no flags are reported
/// and <see cref="MetadataFacts.IsComplete"/> is false.
/// </summary>
internal static class MetadataReader
{
    internal enum Kind : byte { Other, String, Value, Node }

    internal readonly record struct Entry(Kind Kind, int Index);

    public static MetadataFacts Read(BitstreamCursor cursor, RecordBuffer ops, IReadOnlyList<ValueSlot> values,
        ConstantTable constants, MetadataFacts into)
    {
        cursor.EnterBlock((uint)BlockId.Metadata);
        // Metadata ids continue across the module's METADATA blocks, as LLVM numbers them.
        var entries = into.Entries;
        var strings = into.Strings;
        var nodes = into.Nodes;
        var valueIds = into.ValueIds;
        string? pendingName = null;
        var flagNodes = new List<ulong>();
        bool complete = true;
        // METADATA_INDEX (LLVM 5+ writes it for blocks with many nodes, debug info above all): the bit position of
        // every node record, so that only the module flags' nodes need be decoded (BitcodeReader's lazy loading).
        long[]? index = null;
        int indexBase = 0;
        (long, int) beforeIndex = default;
        while (true)
        {
            var e = cursor.Advance();
            if (e.Kind == EntryKind.EndBlock) break;
            if (e.Kind == EntryKind.SubBlock) { cursor.SkipBlock(); continue; }
            if (e.Kind != EntryKind.Record) cursor.Fail("bitcode ends inside a METADATA block");
            var code = (MetadataCode)cursor.ReadRecord(e.Id, ops);
            var blob = ops.Blob;
            switch (code)
            {
                case MetadataCode.StringOld: // STRING_OLD
                    strings.Add(new LazyString(BitcodeFile.RecordString(ops, 0)));
                    entries.Add(new Entry(Kind.String, strings.Count - 1));
                    break;
                case MetadataCode.Strings: // STRINGS: [count, offset] blob([vbr6 lengths][chars])
                    ReadStrings(cursor, ops, cursor.Blob(blob), strings, entries);
                    break;
                case MetadataCode.Value: // VALUE: [type, value]
                    valueIds.Add(ops.Count > 1 ? ops[1] : ulong.MaxValue);
                    entries.Add(new Entry(Kind.Value, valueIds.Count - 1));
                    break;
                case MetadataCode.Node or MetadataCode.DistinctNode: // NODE, DISTINCT_NODE: [n x (md id + 1)]
                    // A module flag is a 3-tuple (behavior, name, value); debug info holds many other tuples, not kept.
                    if (ops.Count == 3)
                    {
                        nodes.Add([ops[0], ops[1], ops[2]]);
                        entries.Add(new Entry(Kind.Node, nodes.Count - 1));
                    }
                    else entries.Add(new Entry(Kind.Other, 0));
                    break;
                case MetadataCode.Name: // NAME
                    pendingName = BitcodeFile.RecordString(ops, 0);
                    break;
                case MetadataCode.NamedNode: // NAMED_NODE: [n x md id]
                    if (pendingName == "llvm.module.flags")
                    {
                        if (index is not null)
                        {
                            var after = cursor.Mark();
                            if (!TryIndexedFlags(cursor, ops, index, indexBase, entries, strings, values, constants, into.ModuleFlags))
                            {
                                // The index did not lead to records this reader can decode: read every record instead.
                                cursor.Reset(beforeIndex);
                                entries.RemoveRange(indexBase, entries.Count - indexBase);
                                index = null;
                                pendingName = null;
                                continue;
                            }
                            cursor.Reset(after);
                        }
                        else flagNodes.AddRange(ops.AsSpan());
                    }
                    pendingName = null;
                    break;
                case MetadataCode.IndexOffset when index is null && ops.Count == 2 && complete: // INDEX_OFFSET: [offset low 32, high 32]
                {
                    beforeIndex = cursor.Mark();
                    index = ReadIndex(cursor, ops, beforeIndex.Item1, (long)(ops[0] | (ops[1] << 32)));
                    if (index is null) { cursor.Reset(beforeIndex); break; }
                    indexBase = entries.Count;
                    for (int k = 0; k < index.Length; k++) entries.Add(new Entry(Kind.Other, 0)); // the ids it skips
                    break;
                }
                default:
                    switch (code.IdsDefined())
                    {
                        case MetadataIds.None:
                            break;
                        case MetadataIds.One:
                            entries.Add(new Entry(Kind.Other, 0)); // debug info and other nodes
                            break;
                        default:
                            complete = false; // a newer record: does it define an id? We cannot tell.
                            entries.Add(new Entry(Kind.Other, 0));
                            break;
                    }
                    break;
            }
        }
        into.IsComplete &= complete;
        if (!complete) return into;
        foreach (var id in flagNodes)
        {
            if (id >= (ulong)entries.Count || entries[(int)id].Kind != Kind.Node) continue;
            var node = nodes[entries[(int)id].Index];
            if (node.Length < 3) continue;
            long? behavior = IntOf(node[0]);
            string? name = StringOf(node[1]);
            if (behavior is null || name is null) continue;
            into.ModuleFlags.Add(new ModuleFlag(behavior.Value, name, IntOf(node[2]), StringOf(node[2])));
        }
        return into;

        long? IntOf(ulong op)
        {
            if (op == 0 || op - 1 >= (ulong)entries.Count) return null;
            var x = entries[(int)(op - 1)];
            if (x.Kind != Kind.Value) return null;
            ulong v = valueIds[x.Index];
            if (v >= (ulong)values.Count || values[(int)v].Kind != ValueKind.Constant) return null;
            var c = constants[values[(int)v].Index];
            return c.IsInteger ? c.Int : null;
        }

        string? StringOf(ulong op)
        {
            if (op == 0 || op - 1 >= (ulong)entries.Count) return null;
            var x = entries[(int)(op - 1)];
            return x.Kind == Kind.String ? strings[x.Index].Value : null;
        }
    }

    /// <summary>Reads METADATA_INDEX at <paramref name="begin"/> + <paramref name="offset"/>: the bit position of each
    /// record after the INDEX_OFFSET record, delta-encoded from <paramref name="begin"/>. Null when it is not there.</summary>
    private static long[]? ReadIndex(BitstreamCursor cursor, RecordBuffer ops, long begin, long offset)
    {
        try
        {
            cursor.JumpTo(begin + offset);
            var e = cursor.Advance();
            if (e.Kind != EntryKind.Record || cursor.ReadRecord(e.Id, ops) != 39) return null;
            var positions = new long[ops.Count];
            long at = begin;
            for (int k = 0; k < positions.Length; k++)
            {
                at += (long)Math.Min(ops[k], (ulong)long.MaxValue / 2);
                if (at < begin || at >= begin + offset) return null;
                positions[k] = at;
            }
            return positions;
        }
        catch (KsymTrim.Diagnostics.KsymFormatException)
        {
            return null;
        }
    }

    /// <summary>Decodes the module flags named by the NAMED_NODE in <paramref name="ops"/> through the index: each
    /// flag node, then the value records its operands name. False when a record is not what a flag needs to be.</summary>
    private static bool TryIndexedFlags(BitstreamCursor cursor, RecordBuffer ops, long[] index, int indexBase, List<Entry> entries,
        List<LazyString> strings, IReadOnlyList<ValueSlot> values, ConstantTable constants, List<ModuleFlag> flags)
    {
        var ids = ops.ToArray();
        var record = new RecordBuffer();
        var found = new List<ModuleFlag>();
        try
        {
            foreach (ulong id in ids)
            {
                if (!Read(id, out MetadataCode code) || code is not (MetadataCode.Node or MetadataCode.DistinctNode)) return false;
                if (record.Count != 3) continue;
                ulong b = record[0], n = record[1], v = record[2];
                long? behavior = IntOf(b);
                string? name = StringOf(n);
                if (behavior is null || name is null) continue;
                found.Add(new ModuleFlag(behavior.Value, name, IntOf(v), StringOf(v)));
            }
        }
        catch (KsymTrim.Diagnostics.KsymFormatException)
        {
            return false;
        }
        flags.AddRange(found);
        return true;

        bool Read(ulong id, out MetadataCode code)
        {
            code = 0;
            if (id < (ulong)indexBase || id - (ulong)indexBase >= (ulong)index.Length) return false;
            cursor.JumpTo(index[(int)(id - (ulong)indexBase)]);
            var e = cursor.Advance();
            if (e.Kind != EntryKind.Record) return false;
            code = (MetadataCode)cursor.ReadRecord(e.Id, record);
            return true;
        }

        long? IntOf(ulong op)
        {
            if (op == 0 || !Read(op - 1, out MetadataCode code) || code != MetadataCode.Value || record.Count < 2) return null; // VALUE: [type, value]
            ulong vid = record[1];
            if (vid >= (ulong)values.Count || values[(int)vid].Kind != ValueKind.Constant) return null;
            var c = constants[values[(int)vid].Index];
            return c.IsInteger ? c.Int : null;
        }

        string? StringOf(ulong op)
        {
            if (op == 0 || op - 1 >= (ulong)indexBase) return null;
            var x = entries[(int)(op - 1)];
            return x.Kind == Kind.String ? strings[x.Index].Value : null;
        }
    }

    private static void ReadStrings(BitstreamCursor cursor, RecordBuffer ops, ReadOnlyMemory<byte> blob, List<LazyString> strings, List<Entry> entries)
    {
        if (ops.Count < 2) cursor.Fail("METADATA_STRINGS record is too short");
        ulong count = ops[0], offset = ops[1];
        if (offset > (ulong)blob.Length || count > (ulong)blob.Length * 8 / 6 + 1)
            cursor.Fail("METADATA_STRINGS counts do not fit its blob");
        using var lengths = new BitstreamCursor(blob[..(int)offset], cursor.FileOffset);
        var chars = blob.Span[(int)offset..];
        int at = 0;
        for (ulong i = 0; i < count; i++)
        {
            ulong len = lengths.ReadVbr(6);
            if (len > (ulong)(chars.Length - at)) cursor.Fail("METADATA_STRINGS string runs past its blob");
            strings.Add(new LazyString(blob.Slice((int)offset + at, (int)len))); // decoded only if a module flag names it
            entries.Add(new Entry(Kind.String, strings.Count - 1));
            at += (int)len;
        }
    }
}

/// <summary>What the module's metadata says that the analysis needs.</summary>
internal sealed class MetadataFacts
{
    public List<ModuleFlag> ModuleFlags { get; } = [];
    public bool IsComplete { get; set; } = true;
    internal List<MetadataReader.Entry> Entries { get; } = [];
    internal List<LazyString> Strings { get; } = [];
    internal List<ulong[]> Nodes { get; } = [];
    internal List<ulong> ValueIds { get; } = [];
}

/// <summary>A metadata string, decoded from its bytes only when asked for (debug info holds thousands; module
/// flags need a handful).</summary>
internal readonly struct LazyString
{
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string? _value;

    public LazyString(ReadOnlyMemory<byte> bytes) => _bytes = bytes;

    public LazyString(string value) => _value = value;

    public string Value => _value ?? System.Text.Encoding.UTF8.GetString(_bytes.Span);
}
