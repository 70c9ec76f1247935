using System.Runtime.InteropServices;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// A module's type table (TYPE_BLOCK_ID_NEW), entries in definition order; type ids index it. Ids inside
/// entries may refer forward (struct bodies); <see cref="Get"/> checks every id.
/// </summary>
/// <remarks>
/// A module holds thousands of types (most from headers) of which the analysis asks about a few hundred, and the
/// table lives as long as the module: entries are kept as plain values in arrays (the contained ids in one shared
/// pool), an <see cref="IrType"/> is made for an id when first asked for, and struct names, which only diagnostics
/// read, stay undecoded in the bitcode until asked for.
/// </remarks>
public sealed class TypeTable
{
    private struct Entry
    {
        public ulong Width;
        public int First;    // index in _ids of the contained ids
        public int Count;
        public int Name;     // index in _names, -1 for none
        public IrTypeKind Kind;
        public bool IsVarArg;
    }

    /// <summary>A name: its text, or until asked for, where its bytes lie in the bitcode.</summary>
    private struct NameSlot
    {
        public string? Text;
        public PackedArray Packed;
    }

    private readonly ReadOnlyMemory<byte> _data; // the bitcode the packed names point into
    private Entry[] _entries = [];
    private int _count;
    private int[] _ids = [];
    private int _idCount;
    private NameSlot[] _names = [];
    private int _nameCount;
    private IrType?[] _views = [];

    /// <summary>An empty table.</summary>
    public TypeTable() { }

    private TypeTable(ReadOnlyMemory<byte> data) => _data = data;

    /// <summary>The number of types.</summary>
    public int Count => _count;

    /// <summary>Type <paramref name="id"/>, or null when the id is out of range.</summary>
    public IrType? Get(ulong id) => id < (ulong)_count ? _views[id] ?? MakeView((int)id) : null;

    private IrType MakeView(int id)
    {
        ref readonly var e = ref _entries[id];
        var view = new IrType(this, id, e.Kind, e.Width, new TypeIdList(_ids, e.First, e.Count), e.IsVarArg);
        // Several threads may ask at once: one view wins, so that every caller sees the same instance.
        return Interlocked.CompareExchange(ref _views[id], view, null) ?? view;
    }

    /// <summary>True when <paramref name="id"/> is a function type.</summary>
    public bool IsFunction(ulong id) => id < (ulong)_count && _entries[id].Kind == IrTypeKind.Function;

    /// <summary>True when <paramref name="id"/> is void.</summary>
    public bool IsVoid(ulong id) => id < (ulong)_count && _entries[id].Kind == IrTypeKind.Void;

    /// <summary>The element type id of a typed pointer, or null (opaque pointer, not a pointer).</summary>
    public int? Pointee(ulong id) =>
        id < (ulong)_count && _entries[id] is { Kind: IrTypeKind.Pointer, Count: > 0 } e ? _ids[e.First] : null;

    /// <summary>The name of type <paramref name="id"/> (<see cref="IrType.Name"/>), decoded on first use.</summary>
    internal string? NameOf(int id)
    {
        int slot = _entries[id].Name;
        if (slot < 0) return null;
        ref var name = ref _names[slot];
        if (name.Text is { } text) return text;
        text = BitstreamCursor.DecodeString(_data.Span, name.Packed);
        return Interlocked.CompareExchange(ref name.Text, text, null) ?? text;
    }

    /// <summary>LLVM's textual name of a type, for diagnostics and tests (<c>i64</c>, <c>ptr</c>, <c>void (i32)</c>).</summary>
    public string Describe(ulong id, int depth = 0)
    {
        var t = Get(id);
        if (t is null) return "?";
        if (depth > 8) return "...";
        return t.Kind switch
        {
            IrTypeKind.Void => "void",
            IrTypeKind.Integer => "i" + t.Width,
            IrTypeKind.Float => t.Name ?? "float",
            IrTypeKind.Label => "label",
            IrTypeKind.Metadata => "metadata",
            IrTypeKind.Pointer => t.Contained.Count > 0 ? Describe((ulong)t.Contained[0], depth + 1) + "*" : "ptr",
            IrTypeKind.Function => Describe((ulong)t.Contained[0], depth + 1) + " (" +
                string.Join(", ", t.Contained.Skip(1).Select(c => Describe((ulong)c, depth + 1))) + (t.IsVarArg ? ", ..." : "") + ")",
            IrTypeKind.Struct => t.Name is { } name ? "%" + name : "{ " + string.Join(", ", t.Contained.Select(c => Describe((ulong)c, depth + 1))) + " }",
            IrTypeKind.Array => $"[{t.Width} x {Describe((ulong)t.Contained[0], depth + 1)}]",
            IrTypeKind.Vector => $"<{t.Width} x {Describe((ulong)t.Contained[0], depth + 1)}>",
            _ => t.Name ?? "opaque",
        };
    }

    /// <summary>Reads the block after its ENTER_SUBBLOCK.</summary>
    internal static TypeTable Read(BitstreamCursor cursor, List<ulong> ops)
    {
        var table = new TypeTable(cursor.Data);
        int pendingName = -1;
        cursor.EnterBlock(BlockIds.TypeNew);
        while (true)
        {
            var e = cursor.Advance();
            if (e.Kind == EntryKind.EndBlock)
            {
                table._views = new IrType?[table._count];
                return table;
            }
            if (e.Kind == EntryKind.SubBlock) { cursor.SkipBlock(); continue; }
            if (e.Kind != EntryKind.Record) cursor.Fail("bitcode ends inside the type table");
            // STRUCT_NAME's characters are stepped over, not decoded (see the remarks).
            uint code = cursor.ReadRecordPacked(e.Id, ops, 19, out var packed);
            switch (code)
            {
                case 1: // NUMENTRY
                    break;
                case 19: // STRUCT_NAME: names the next STRUCT_NAMED or OPAQUE
                    pendingName = packed.Length >= 0 ? table.AddName(null, packed) : table.AddName(BitcodeFile.RecordString(ops, 0));
                    break;
                case 2: table.Add(IrTypeKind.Void, 0); break;
                case 3: table.Add(IrTypeKind.Float, 32, table.AddName("float")); break;
                case 4: table.Add(IrTypeKind.Float, 64, table.AddName("double")); break;
                case 5: table.Add(IrTypeKind.Label, 0); break;
                case 6: // OPAQUE
                    table.Add(IrTypeKind.Other, 0, pendingName >= 0 ? pendingName : table.AddName("opaque"));
                    pendingName = -1;
                    break;
                case 7: table.Add(IrTypeKind.Integer, Op(ops, 0, cursor)); break;
                case 8: table.AddWithIds(IrTypeKind.Pointer, 0, ops, 0, 1, cursor); break;
                case 9: table.Function(ops, 2, Op(ops, 0, cursor) != 0, cursor); break; // FUNCTION_OLD: [vararg, attrid, retty, params...]
                case 10: table.Add(IrTypeKind.Float, 16, table.AddName("half")); break;
                case 11: table.AddWithIds(IrTypeKind.Array, Op(ops, 0, cursor), ops, 1, 1, cursor); break;
                case 12: table.AddWithIds(IrTypeKind.Vector, Op(ops, 0, cursor), ops, 1, 1, cursor); break;
                case 13: table.Add(IrTypeKind.Float, 80, table.AddName("x86_fp80")); break;
                case 14: table.Add(IrTypeKind.Float, 128, table.AddName("fp128")); break;
                case 15: table.Add(IrTypeKind.Float, 128, table.AddName("ppc_fp128")); break;
                case 16: table.Add(IrTypeKind.Metadata, 0); break;
                case 17: table.Add(IrTypeKind.Other, 64, table.AddName("x86_mmx")); break;
                case 18: table.Struct(ops, -1, cursor); break; // STRUCT_ANON: [ispacked, elts...]
                case 20: // STRUCT_NAMED
                    table.Struct(ops, pendingName, cursor);
                    pendingName = -1;
                    break;
                case 21: table.Function(ops, 1, Op(ops, 0, cursor) != 0, cursor); break; // FUNCTION: [vararg, retty, params...]
                case 22: table.Add(IrTypeKind.Other, 0, table.AddName("token")); break;
                case 23: table.Add(IrTypeKind.Float, 16, table.AddName("bfloat")); break;
                case 24: table.Add(IrTypeKind.Other, 8192, table.AddName("x86_amx")); break;
                case 25: table.Add(IrTypeKind.Pointer, 0); break; // OPAQUE_POINTER: [addrspace]
                case 26: table.Add(IrTypeKind.Other, 0, table.AddName("target")); break;
                default: table.Add(IrTypeKind.Other, 0, table.AddName($"type#{code}")); break; // a newer type: one entry, opaque to us
            }
        }
    }

    private int AddName(string? text, PackedArray packed = default)
    {
        if (_nameCount == _names.Length) Array.Resize(ref _names, Math.Max(16, _names.Length * 2));
        _names[_nameCount] = new NameSlot { Text = text, Packed = packed };
        return _nameCount++;
    }

    private ref Entry Add(IrTypeKind kind, ulong width, int name = -1, bool isVarArg = false)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, Math.Max(64, _entries.Length * 2));
        ref var e = ref _entries[_count++];
        e = new Entry { Kind = kind, Width = width, First = _idCount, Count = 0, Name = name, IsVarArg = isVarArg };
        return ref e;
    }

    /// <summary>Adds a type whose contained ids are <paramref name="count"/> operands from <paramref name="first"/>
    /// (each checked to be an id), to the end of the record when <paramref name="count"/> is -1.</summary>
    private void AddWithIds(IrTypeKind kind, ulong width, List<ulong> ops, int first, int count, BitstreamCursor cursor,
        int name = -1, bool isVarArg = false)
    {
        int end = count < 0 ? ops.Count : first + count;
        int n = end - first;
        if (_idCount + n > _ids.Length) Array.Resize(ref _ids, Math.Max(Math.Max(256, _ids.Length * 2), _idCount + n));
        var values = CollectionsMarshal.AsSpan(ops);
        for (int i = first; i < end; i++) _ids[_idCount + i - first] = Id(values, i, cursor);
        ref var e = ref Add(kind, width, name, isVarArg);
        e.Count = n;
        _idCount += n;
    }

    private static ulong Op(List<ulong> ops, int i, BitstreamCursor cursor)
    {
        if (i >= ops.Count) cursor.Fail("type record is too short");
        return ops[i];
    }

    private static int Id(ReadOnlySpan<ulong> ops, int i, BitstreamCursor cursor)
    {
        if (i >= ops.Length) cursor.Fail("type record is too short");
        ulong v = ops[i];
        if (v > int.MaxValue) cursor.Fail($"type id {v} is out of range");
        return (int)v;
    }

    private void Function(List<ulong> ops, int first, bool varArg, BitstreamCursor cursor)
    {
        if (ops.Count <= first) cursor.Fail("function type record is too short");
        AddWithIds(IrTypeKind.Function, 0, ops, first, -1, cursor, isVarArg: varArg);
    }

    private void Struct(List<ulong> ops, int name, BitstreamCursor cursor)
    {
        if (ops.Count < 1) cursor.Fail("struct type record is too short");
        AddWithIds(IrTypeKind.Struct, 0, ops, 1, -1, cursor, name);
    }
}
