using System.Runtime.CompilerServices;
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
internal sealed class TypeTable
{
    /// <summary>16 bytes: a module's entries fit in an array below the large object heap's threshold.</summary>
    private struct Entry
    {
        public int First;    // index in _ids of the contained ids, which run to the next entry's First
        public int Name;     // index in _names; -1 for none; -2 - i for Constant[i]
        public uint Width;   // WideWidth: the width is in _wideWidths
        public byte Kind;
        public bool Flag;    // a function's vararg, a struct's ispacked (one field: a third byte field cost 0.3% of `used`)
    }

    private const uint WideWidth = uint.MaxValue;

    /// <summary>The names of types that are not structs, shared by every table.</summary>
    private static readonly string[] Constant =
        ["opaque", "float", "double", "half", "x86_fp80", "fp128", "ppc_fp128", "x86_mmx", "token", "bfloat", "x86_amx", "target"];

    private const int Opaque = -2, FloatName = -3, Double = -4, Half = -5, X86Fp80 = -6, Fp128 = -7, PpcFp128 = -8,
        X86Mmx = -9, Token = -10, BFloat = -11, X86Amx = -12, Target = -13;

    /// <summary>A name: its text, or until asked for, where its bytes lie in the bitcode.</summary>
    internal struct NameSlot
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
    private Dictionary<int, ulong>? _wideWidths; // widths of uint.MaxValue and above (array lengths), by type id

    /// <summary>An empty table.</summary>
    public TypeTable() { }

    private TypeTable(ReadOnlyMemory<byte> data) => _data = data;

    /// <summary>The number of types.</summary>
    public int Count => _count;

    /// <summary>Type <paramref name="id"/>, or null when the id is out of range.</summary>
    public IrType? Get(ulong id) => id < (ulong)_count ? _views[id] ?? MakeView((int)id) : null;

    /// <summary>The width of the integer type <paramref name="type"/> (1 to 64 bits); 0 for any other type, a wider
    /// integer, or an id out of range.</summary>
    internal int IntegerWidth(int type) =>
        Get((ulong)Math.Max(type, 0)) is { Kind: IrTypeKind.Integer } t && t.Width is > 0 and <= 64 ? (int)t.Width : 0;

    private IrType MakeView(int id)
    {
        ref readonly var e = ref _entries[id];
        ulong width = e.Width == WideWidth ? _wideWidths![id] : e.Width;
        var view = new IrType(this, id, (IrTypeKind)e.Kind, width, new TypeIdList(_ids, e.First, IdCount(id)),
            e.Kind == (byte)IrTypeKind.Function && e.Flag);
        // Several threads may ask at once: one view wins, so that every caller sees the same instance.
        return Interlocked.CompareExchange(ref _views[id], view, null) ?? view;
    }

    /// <summary>What <see cref="Get"/>'s view of type <paramref name="id"/> holds, read from the table without making the
    /// view (the type sizes lay out thousands of types per module); false when the id is out of range.</summary>
    internal bool TryShape(int id, out TypeShape shape)
    {
        if ((uint)id >= (uint)_count)
        {
            shape = default;
            return false;
        }
        ref readonly var e = ref _entries[id];
        shape = new TypeShape((IrTypeKind)e.Kind, e.Width == WideWidth ? _wideWidths![id] : e.Width, _ids.AsSpan(e.First, IdCount(id)));
        return true;
    }

    private int IdCount(int id) => (id + 1 < _count ? _entries[id + 1].First : _idCount) - _entries[id].First;

    /// <summary>True when <paramref name="id"/> is a vector type (without making its view).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsVector(ulong id) => id < (ulong)_count && _entries[id].Kind == (byte)IrTypeKind.Vector;

    /// <summary>True when <paramref name="id"/> is a function type.</summary>
    public bool IsFunction(ulong id) => id < (ulong)_count && _entries[id].Kind == (byte)IrTypeKind.Function;

    /// <summary>True when <paramref name="id"/> is a packed struct (<c>&lt;{ ... }&gt;</c>).</summary>
    public bool IsPacked(ulong id) => id < (ulong)_count && _entries[id].Kind == (byte)IrTypeKind.Struct && _entries[id].Flag;

    /// <summary>True when <paramref name="id"/> is void.</summary>
    public bool IsVoid(ulong id) => id < (ulong)_count && _entries[id].Kind == (byte)IrTypeKind.Void;

    /// <summary>The element type id of a typed pointer, or null (opaque pointer, not a pointer).</summary>
    public int? Pointee(ulong id) =>
        id < (ulong)_count && _entries[id].Kind == (byte)IrTypeKind.Pointer && IdCount((int)id) > 0 ? _ids[_entries[id].First] : null;

    private int _bool = -2; // the id of i1, found on first use (-1: the table has none)

    /// <summary>The id of <c>i1</c>, or -1 when the table has none (a comparison's result type).</summary>
    public int Bool
    {
        get
        {
            if (_bool != -2) return _bool;
            int found = -1;
            for (int id = 0; id < _count && found < 0; id++)
                if (_entries[id].Kind == (byte)IrTypeKind.Integer && _entries[id].Width == 1) found = id;
            return _bool = found;
        }
    }

    /// <summary>The id of the vector type of <paramref name="count"/> elements of type <paramref name="element"/>, or
    /// -1 when the table has none (a shufflevector's result type: its mask's length, its operands' element).</summary>
    public int FindVector(int element, ulong count)
    {
        for (int id = 0; id < _count; id++)
        {
            ref readonly var e = ref _entries[id];
            if (e.Kind == (byte)IrTypeKind.Vector && IdCount(id) > 0 && _ids[e.First] == element &&
                (e.Width == WideWidth ? _wideWidths![id] : e.Width) == count)
                return id;
        }
        return -1;
    }

    /// <summary>The name of type <paramref name="id"/> (<see cref="IrType.Name"/>), decoded on first use.</summary>
    internal string? NameOf(int id)
    {
        int slot = _entries[id].Name;
        if (slot < -1) return Constant[-2 - slot];
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
    /// <param name="cursor">After the block's ENTER_SUBBLOCK.</param>
    /// <param name="context">The parse's context. While the table is read its contained ids and names grow in the
    /// context's arrays, copied out exactly sized at the end: the table lives as long as its module, and growing by
    /// doubling allocated about twice what it kept (a module averages three ids per type).</param>
    internal static TypeTable Read(BitstreamCursor cursor, BitcodeReadContext context)
    {
        var table = new TypeTable(cursor.Data) { _ids = context.TypeIds, _names = context.TypeNames };
        var record = context.Record;
        int pendingName = -1;
        var data = cursor.Data.Span;
        cursor.EnterBlock((uint)BlockId.TypeNew);
        // STRUCT_NAME's characters are stepped over, not decoded (see the remarks), and the ids of structs and
        // functions are decoded straight into the pool.
        const ulong packedCodes = 1UL << (int)TypeCode.StructAnon | 1UL << (int)TypeCode.StructName | 1UL << (int)TypeCode.StructNamed
            | 1UL << (int)TypeCode.Function;
        var options = new RecordOptions { PackedCodes = packedCodes };
        while (cursor.NextRecord(record, options))
        {
            var code = (TypeCode)record.Code;
            var packed = record.Packed;
            if (packed.Length >= 0)
            {
                // [ispacked or vararg, ids...]: the usual abbreviations of STRUCT_ANON, STRUCT_NAMED and FUNCTION.
                if (code != TypeCode.StructName && record.Count == 1)
                {
                    if (code == TypeCode.Function && packed.Length == 0) cursor.Fail("function type record is too short");
                    table.AddPackedIds(code == TypeCode.Function ? IrTypeKind.Function : IrTypeKind.Struct, packed, data, cursor,
                        code == TypeCode.StructNamed ? pendingName : -1, record[0] != 0);
                    if (code == TypeCode.StructNamed) pendingName = -1;
                    continue;
                }
                if (code == TypeCode.StructName && record.Count == 0)
                {
                    pendingName = table.AddName(null, packed);
                    continue;
                }
                // Any other shape: the operands as ReadRecord gives them.
                BitstreamCursor.Unpack(data, packed, record.Append(packed.Length));
            }
            var rec = record.AsSpan();
            switch (code)
            {
                case TypeCode.Numentry: // NUMENTRY: room for that many entries (as many as the block can hold at most)
                    if (rec.Length > 0 && table._count == 0)
                    {
                        int n = (int)Math.Min(rec[0], (ulong)Math.Min(cursor.BitsLeftInBlock / 2, Array.MaxLength));
                        if (n > table._entries.Length) table._entries = new Entry[n];
                        if (2 * n > table._ids.Length) table._ids = new int[2 * n];
                    }
                    break;
                case TypeCode.StructName: // STRUCT_NAME: names the next STRUCT_NAMED or OPAQUE
                    pendingName = table.AddName(RecordString(rec));
                    break;
                case TypeCode.Void: table.Add(IrTypeKind.Void, 0); break;
                case TypeCode.Float: table.Add(IrTypeKind.Float, 32, FloatName); break;
                case TypeCode.Double: table.Add(IrTypeKind.Float, 64, Double); break;
                case TypeCode.Label: table.Add(IrTypeKind.Label, 0); break;
                case TypeCode.Opaque: // OPAQUE
                    table.Add(IrTypeKind.Other, 0, pendingName >= 0 ? pendingName : Opaque);
                    pendingName = -1;
                    break;
                case TypeCode.Integer: table.Add(IrTypeKind.Integer, Op(rec, 0, cursor)); break;
                case TypeCode.Pointer: table.AddWithId(IrTypeKind.Pointer, 0, rec, 0, cursor); break;
                case TypeCode.FunctionOld: table.Function(rec, 2, Op(rec, 0, cursor) != 0, cursor); break; // FUNCTION_OLD: [vararg, attrid, retty, params...]
                case TypeCode.Half: table.Add(IrTypeKind.Float, 16, Half); break;
                case TypeCode.Array: table.AddWithId(IrTypeKind.Array, Op(rec, 0, cursor), rec, 1, cursor); break;
                case TypeCode.Vector: table.AddWithId(IrTypeKind.Vector, Op(rec, 0, cursor), rec, 1, cursor); break;
                case TypeCode.X86Fp80: table.Add(IrTypeKind.Float, 80, X86Fp80); break;
                case TypeCode.Fp128: table.Add(IrTypeKind.Float, 128, Fp128); break;
                case TypeCode.PpcFp128: table.Add(IrTypeKind.Float, 128, PpcFp128); break;
                case TypeCode.Metadata: table.Add(IrTypeKind.Metadata, 0); break;
                case TypeCode.X86Mmx: table.Add(IrTypeKind.Other, 64, X86Mmx); break;
                case TypeCode.StructAnon: table.Struct(rec, -1, cursor); break; // STRUCT_ANON: [ispacked, elts...]
                case TypeCode.StructNamed: // STRUCT_NAMED
                    table.Struct(rec, pendingName, cursor);
                    pendingName = -1;
                    break;
                case TypeCode.Function: table.Function(rec, 1, Op(rec, 0, cursor) != 0, cursor); break; // FUNCTION: [vararg, retty, params...]
                case TypeCode.Token: table.Add(IrTypeKind.Other, 0, Token); break;
                case TypeCode.Bfloat: table.Add(IrTypeKind.Float, 16, BFloat); break;
                case TypeCode.X86Amx: table.Add(IrTypeKind.Other, 8192, X86Amx); break;
                case TypeCode.OpaquePointer: table.Add(IrTypeKind.Pointer, 0); break; // OPAQUE_POINTER: [addrspace]
                case TypeCode.TargetType: table.Add(IrTypeKind.Other, 0, Target); break;
                default: table.Add(IrTypeKind.Other, 0, table.AddName($"type#{record.Code}")); break; // a newer type: one entry, opaque to us
            }
        }
        table._views = new IrType?[table._count];
        table.TrimToSize(context);
        return table;
    }

    /// <summary><see cref="BitcodeFile.RecordString"/> of a record's operands.</summary>
    private static string RecordString(ReadOnlySpan<ulong> values)
    {
        Span<byte> bytes = values.Length <= 256 ? stackalloc byte[values.Length] : new byte[values.Length];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)values[i];
        return NameCache.Get(bytes);
    }

    /// <summary>Replaces the scratch arrays by exactly sized copies and keeps them, as grown, in <paramref name="context"/>.</summary>
    private void TrimToSize(BitcodeReadContext context)
    {
        if (_entries.Length != _count) Array.Resize(ref _entries, _count); // NUMENTRY is normally exact
        var ids = _ids;
        _ids = ids.AsSpan(0, _idCount).ToArray();
        var names = _names;
        _names = names.AsSpan(0, _nameCount).ToArray();
        Array.Clear(names, 0, _nameCount); // drop the references to decoded names
        context.TypeIds = ids;
        context.TypeNames = names;
    }

    private int AddName(string? text, PackedArray packed = default)
    {
        if (_nameCount == _names.Length) Array.Resize(ref _names, Math.Max(16, _names.Length * 2));
        _names[_nameCount] = new NameSlot { Text = text, Packed = packed };
        return _nameCount++;
    }

    /// <summary>Adds an entry whose ids (none, or those just added to the pool) start at <paramref name="first"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per type: called, it cost 0.3% of `used` on lto-x86_64
    private void Add(IrTypeKind kind, ulong width, int name = -1, bool flag = false, int first = -1)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, Math.Max(64, _entries.Length * 2));
        if (width >= WideWidth) (_wideWidths ??= [])[_count] = width;
        _entries[_count++] = new Entry
        {
            Kind = (byte)kind, Width = (uint)Math.Min(width, WideWidth), First = first < 0 ? _idCount : first, Name = name, Flag = flag,
        };
    }

    /// <summary>Adds a type of one contained id, operand <paramref name="index"/> (checked to be an id): an array's or a
    /// vector's element, a typed pointer's pointee. A third of a module's types are arrays: through
    /// <see cref="AddWithIds"/>, a general loop, one cost about 125 instructions, here about half.</summary>
    private void AddWithId(IrTypeKind kind, ulong width, ReadOnlySpan<ulong> ops, int index, BitstreamCursor cursor)
    {
        if ((uint)index >= (uint)ops.Length) cursor.Fail("type record is too short");
        ulong v = ops[index];
        if (v > int.MaxValue) cursor.Fail($"type id {v} is out of range");
        int start = _idCount;
        if (start == _ids.Length) Array.Resize(ref _ids, Math.Max(256, _ids.Length * 2));
        _ids[start] = (int)v;
        _idCount = start + 1;
        Add(kind, width, first: start);
    }

    /// <summary>Adds a type whose contained ids are <paramref name="count"/> operands from <paramref name="first"/>
    /// (each checked to be an id), to the end of the record when <paramref name="count"/> is -1.</summary>
    private void AddWithIds(IrTypeKind kind, ulong width, ReadOnlySpan<ulong> ops, int first, int count, BitstreamCursor cursor,
        int name = -1, bool flag = false)
    {
        int end = count < 0 ? ops.Length : first + count;
        if (end > ops.Length) cursor.Fail("type record is too short");
        int n = end - first;
        if (_idCount + n > _ids.Length) Array.Resize(ref _ids, Math.Max(Math.Max(256, _ids.Length * 2), _idCount + n));
        var values = ops[first..end];
        var into = _ids.AsSpan(_idCount, n);
        for (int i = 0; i < values.Length; i++)
        {
            ulong v = values[i];
            if (v > int.MaxValue) cursor.Fail($"type id {v} is out of range");
            into[i] = (int)v;
        }
        int start = _idCount;
        _idCount += n;
        Add(kind, width, name, flag, start);
    }

    /// <summary>Adds a struct or function type whose contained ids are the elements of <paramref name="packed"/>.</summary>
    private void AddPackedIds(IrTypeKind kind, PackedArray packed, ReadOnlySpan<byte> data, BitstreamCursor cursor, int name, bool flag)
    {
        int n = packed.Length;
        if (_idCount + n > _ids.Length) Array.Resize(ref _ids, Math.Max(Math.Max(256, _ids.Length * 2), _idCount + n));
        if (!BitstreamCursor.Unpack(data, packed, _ids.AsSpan(_idCount, n))) cursor.Fail("type id is out of range");
        int start = _idCount;
        _idCount += n;
        Add(kind, 0, name, flag, start);
    }

    private static ulong Op(ReadOnlySpan<ulong> ops, int i, BitstreamCursor cursor)
    {
        if (i >= ops.Length) cursor.Fail("type record is too short");
        return ops[i];
    }

    private void Function(ReadOnlySpan<ulong> ops, int first, bool varArg, BitstreamCursor cursor)
    {
        if (ops.Length <= first) cursor.Fail("function type record is too short");
        AddWithIds(IrTypeKind.Function, 0, ops, first, -1, cursor, flag: varArg);
    }

    private void Struct(ReadOnlySpan<ulong> ops, int name, BitstreamCursor cursor)
    {
        if (ops.Length < 1) cursor.Fail("struct type record is too short");
        AddWithIds(IrTypeKind.Struct, 0, ops, 1, -1, cursor, name, ops[0] != 0);
    }
}

/// <summary>A type's kind, width and contained ids as its <see cref="IrType"/> view gives them
/// (<see cref="TypeTable.TryShape"/>).</summary>
internal readonly ref struct TypeShape(IrTypeKind kind, ulong width, ReadOnlySpan<int> contained)
{
    public IrTypeKind Kind { get; } = kind;
    public ulong Width { get; } = width;
    public ReadOnlySpan<int> Contained { get; } = contained;
}
