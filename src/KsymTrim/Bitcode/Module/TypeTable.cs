using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// A module's type table (TYPE_BLOCK_ID_NEW), entries in definition order; type ids index it. Ids inside
/// entries may refer forward (struct bodies); <see cref="Get"/> checks every id.
/// </summary>
public sealed class TypeTable
{
    private readonly List<IrType> _types = [];

    /// <summary>The number of types.</summary>
    public int Count => _types.Count;

    /// <summary>Type <paramref name="id"/>, or null when the id is out of range.</summary>
    public IrType? Get(ulong id) => id < (ulong)_types.Count ? _types[(int)id] : null;

    /// <summary>True when <paramref name="id"/> is a function type.</summary>
    public bool IsFunction(ulong id) => Get(id)?.Kind == IrTypeKind.Function;

    /// <summary>True when <paramref name="id"/> is void.</summary>
    public bool IsVoid(ulong id) => Get(id)?.Kind == IrTypeKind.Void;

    /// <summary>The element type id of a typed pointer, or null (opaque pointer, not a pointer).</summary>
    public int? Pointee(ulong id) => Get(id) is { Kind: IrTypeKind.Pointer, Contained.Count: > 0 } p ? p.Contained[0] : null;

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
            IrTypeKind.Struct => t.Name is not null ? "%" + t.Name : "{ " + string.Join(", ", t.Contained.Select(c => Describe((ulong)c, depth + 1))) + " }",
            IrTypeKind.Array => $"[{t.Width} x {Describe((ulong)t.Contained[0], depth + 1)}]",
            IrTypeKind.Vector => $"<{t.Width} x {Describe((ulong)t.Contained[0], depth + 1)}>",
            _ => t.Name ?? "opaque",
        };
    }

    /// <summary>Reads the block after its ENTER_SUBBLOCK.</summary>
    internal static TypeTable Read(BitstreamCursor cursor, List<ulong> ops)
    {
        var table = new TypeTable();
        string? pendingName = null;
        cursor.EnterBlock(BlockIds.TypeNew);
        while (true)
        {
            var e = cursor.Advance();
            if (e.Kind == EntryKind.EndBlock) return table;
            if (e.Kind == EntryKind.SubBlock) { cursor.SkipBlock(); continue; }
            if (e.Kind != EntryKind.Record) cursor.Fail("bitcode ends inside the type table");
            uint code = cursor.ReadRecord(e.Id, ops, out _);
            IrType? type = code switch
            {
                1 => null, // NUMENTRY
                19 => null, // STRUCT_NAME: names the next STRUCT_NAMED or OPAQUE
                2 => new IrType(IrTypeKind.Void, 0, []),
                3 => new IrType(IrTypeKind.Float, 32, [], Name: "float"),
                4 => new IrType(IrTypeKind.Float, 64, [], Name: "double"),
                5 => new IrType(IrTypeKind.Label, 0, []),
                6 => new IrType(IrTypeKind.Other, 0, [], Name: pendingName ?? "opaque"),
                7 => new IrType(IrTypeKind.Integer, Op(ops, 0, cursor), []),
                8 => new IrType(IrTypeKind.Pointer, 0, [Id(ops, 0, cursor)]),
                9 => Function(ops, 2, Op(ops, 0, cursor) != 0, cursor), // FUNCTION_OLD: [vararg, attrid, retty, params...]
                10 => new IrType(IrTypeKind.Float, 16, [], Name: "half"),
                11 => new IrType(IrTypeKind.Array, Op(ops, 0, cursor), [Id(ops, 1, cursor)]),
                12 => new IrType(IrTypeKind.Vector, Op(ops, 0, cursor), [Id(ops, 1, cursor)]),
                13 => new IrType(IrTypeKind.Float, 80, [], Name: "x86_fp80"),
                14 => new IrType(IrTypeKind.Float, 128, [], Name: "fp128"),
                15 => new IrType(IrTypeKind.Float, 128, [], Name: "ppc_fp128"),
                16 => new IrType(IrTypeKind.Metadata, 0, []),
                17 => new IrType(IrTypeKind.Other, 64, [], Name: "x86_mmx"),
                18 => Struct(ops, null, cursor), // STRUCT_ANON: [ispacked, elts...]
                20 => Struct(ops, pendingName, cursor), // STRUCT_NAMED
                21 => Function(ops, 1, Op(ops, 0, cursor) != 0, cursor), // FUNCTION: [vararg, retty, params...]
                22 => new IrType(IrTypeKind.Other, 0, [], Name: "token"),
                23 => new IrType(IrTypeKind.Float, 16, [], Name: "bfloat"),
                24 => new IrType(IrTypeKind.Other, 8192, [], Name: "x86_amx"),
                25 => new IrType(IrTypeKind.Pointer, 0, []), // OPAQUE_POINTER: [addrspace]
                26 => new IrType(IrTypeKind.Other, 0, [], Name: "target"),
                _ => new IrType(IrTypeKind.Other, 0, [], Name: $"type#{code}"), // a newer type: one entry, opaque to us
            };
            if (code == 19) { pendingName = BitcodeFile.RecordString(ops, 0); continue; }
            if (type is null) continue;
            if (code is 6 or 20) pendingName = null;
            table._types.Add(type);
        }
    }

    private static ulong Op(List<ulong> ops, int i, BitstreamCursor cursor)
    {
        if (i >= ops.Count) cursor.Fail("type record is too short");
        return ops[i];
    }

    private static int Id(List<ulong> ops, int i, BitstreamCursor cursor)
    {
        ulong v = Op(ops, i, cursor);
        if (v > int.MaxValue) cursor.Fail($"type id {v} is out of range");
        return (int)v;
    }

    private static IrType Function(List<ulong> ops, int first, bool varArg, BitstreamCursor cursor)
    {
        if (ops.Count <= first) cursor.Fail("function type record is too short");
        var ids = new int[ops.Count - first];
        for (int i = first; i < ops.Count; i++) ids[i - first] = Id(ops, i, cursor);
        return new IrType(IrTypeKind.Function, 0, ids, varArg);
    }

    private static IrType Struct(List<ulong> ops, string? name, BitstreamCursor cursor)
    {
        if (ops.Count < 1) cursor.Fail("struct type record is too short");
        var ids = new int[ops.Count - 1];
        for (int i = 1; i < ops.Count; i++) ids[i - 1] = Id(ops, i, cursor);
        return new IrType(IrTypeKind.Struct, 0, ids, Name: name);
    }
}
