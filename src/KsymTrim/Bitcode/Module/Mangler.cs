using System.Runtime.InteropServices;

namespace KsymTrim.Bitcode.Module;

/// <summary>
/// The parts of LLVM's Mangler (llvm/lib/IR/Mangler.cpp, <c>getNameWithPrefix</c>) beyond the global prefix: the
/// Microsoft byte-count suffix of x86 <c>vectorcall</c> functions (every target: <c>f@@8</c>) and, where the data layout
/// asks for 32-bit Windows mangling (<c>m:x</c>), of <c>stdcall</c> (<c>_f@8</c>) and <c>fastcall</c> (<c>@f@8</c>)
/// functions and of aliases of them (<c>getAliaseeObject</c>).
/// </summary>
internal static class Mangler
{
    /// <summary>CallingConv::X86_StdCall.</summary>
    public const int X86StdCall = 64;
    /// <summary>CallingConv::X86_FastCall.</summary>
    public const int X86FastCall = 65;
    /// <summary>CallingConv::X86_VectorCall.</summary>
    public const int X86VectorCall = 80;

    /// <summary>True when a function of calling convention <paramref name="cc"/> may be named otherwise than by the
    /// global prefix alone.</summary>
    public static bool MayDecorate(int cc) => cc is X86StdCall or X86FastCall or X86VectorCall;

    /// <summary>
    /// The names that LLVM's Mangler decorates in <paramref name="module"/>, keyed by IR name; empty when there is
    /// none (the usual case).
    /// </summary>
    public static Dictionary<string, string> DecoratedNames(BitcodeModule module)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var globals = module.GlobalValues;
        bool any = false;
        foreach (var g in globals) any |= g.Kind == GlobalValueKind.Function && MayDecorate(g.CallingConv);
        if (!any) return result;
        char mode = module.ManglingMode;
        TypeSizes? sizes = null;
        foreach (var g in globals)
        {
            if (g.Name.Length == 0 || g.Kind is not (GlobalValueKind.Function or GlobalValueKind.Alias)) continue;
            // getAliaseeObject: an alias's function, through aliases of aliases
            var f = g;
            for (int depth = 0; f.Kind == GlobalValueKind.Alias && f.Aliasee >= 0 && depth < 64; depth++) f = globals[f.Aliasee];
            if (f.Kind != GlobalValueKind.Function) continue;
            int cc = f.CallingConv;
            if (!MayDecorate(cc)) continue;
            // "\01" and (Windows mangling) a leading '?' suppress the decoration
            if (g.Name[0] == '\x01' || (g.Name[0] == '?' && mode is 'w' or 'x')) continue;
            if (mode != 'x' && cc != X86VectorCall) continue; // hasMicrosoftFastStdCallMangling
            string prefix = cc switch { X86FastCall => "@", X86VectorCall => "", _ => module.GlobalPrefix ?? "" };
            string name = prefix + g.Name + (cc == X86VectorCall ? "@" : "");
            var type = module.Types.Get((ulong)Math.Max(f.ValueType, 0));
            if (type is { Kind: IrTypeKind.Function })
            {
                int parameters = type.ParameterCount;
                // "pure" variadic functions get no suffix
                if (!type.IsVarArg || parameters == 0 || (parameters == 1 && HasParameterAttribute(f, 0, "sret")))
                {
                    sizes ??= new TypeSizes(module.DataLayout, module.Types);
                    name += "@" + ArgumentBytes(f, type, sizes);
                }
            }
            result[g.Name] = name;
        }
        return result;
    }

    /// <summary>addByteCountSuffix: the bytes of the arguments, each rounded up to the pointer size; an sret
    /// argument does not count, a byval, inalloca or preallocated one counts its pointee.</summary>
    private static ulong ArgumentBytes(GlobalValue f, IrType type, TypeSizes sizes)
    {
        ulong total = 0;
        ulong pointer = sizes.PointerBytes;
        for (int i = 0; i < type.ParameterCount; i++)
        {
            if (HasParameterAttribute(f, i, "sret")) continue;
            int parameterType = type.Contained[i + 1];
            ulong size = sizes.AllocSize(parameterType);
            foreach (var kind in (ReadOnlySpan<string>)["byval", "inalloca", "preallocated"])
            {
                if (ParameterAttribute(f, i, kind) is not { } a) continue;
                // a type attribute names its type; before typed attributes (typed pointers) it is the pointee
                int? pointee = a.Encoding == AttributeEncoding.Type ? (int)Math.Min(a.Int, int.MaxValue) : sizes.Types.Pointee((ulong)parameterType);
                if (pointee is { } p) size = sizes.AllocSize(p);
                break;
            }
            total += pointer == 0 ? size : (size + pointer - 1) / pointer * pointer;
        }
        return total;
    }

    private static bool HasParameterAttribute(GlobalValue f, int parameter, string name) => ParameterAttribute(f, parameter, name) is not null;

    private static IrAttribute? ParameterAttribute(GlobalValue f, int parameter, string name)
    {
        foreach (var group in f.Attributes.Groups)
        {
            if (group.Index != (uint)parameter + 1) continue;
            foreach (var a in group.Attributes)
                if (a.Name == name) return a;
        }
        return null;
    }
}

/// <summary>
/// Type sizes as LLVM's DataLayout gives them (llvm/lib/IR/DataLayout.cpp): <c>getTypeAllocSize</c> from the
/// layout string's <c>p</c>, <c>i</c>, <c>f</c>, <c>v</c> and <c>a</c> specifications and LLVM's defaults for the
/// rest (i1/i8 8, i16 16, i32 32, i64 32, f16 16, f32 32, f64 64, f128 128, v64 64, v128 128 bits). Only what the
/// Mangler's byte count needs.
/// </summary>
internal sealed class TypeSizes
{
    private readonly Specifications _specs;
    private readonly Dictionary<int, (ulong Size, ulong Align)> _cache = [];
    // each struct's field offsets, laid out on the first question about one of them: getelementptr's offsets are asked
    // of the same kernel structs again and again, and a look-up in _cache per field up to the one asked was 3% of
    // `used` on lto-x86_64 (in a dictionary by struct: only the structs an element pointer walks into are asked about)
    private readonly Dictionary<int, ulong[]> _fieldOffsets = [];

    /// <summary>What a data layout string specifies, with LLVM's defaults for the rest. Read-only once made.</summary>
    private sealed class Specifications
    {
        public readonly string? Layout;
        public readonly ulong PointerBytes = 8;
        public readonly SortedList<uint, uint> Integers = new() { [1] = 1, [8] = 1, [16] = 2, [32] = 4, [64] = 4 };
        public readonly Dictionary<uint, uint> Floats = new() { [16] = 2, [32] = 4, [64] = 8, [128] = 16 };
        public readonly Dictionary<uint, uint> Vectors = new() { [64] = 8, [128] = 16 };
        public readonly uint Aggregate = 1;

        public Specifications(string? layout)
        {
            Layout = layout;
            foreach (var part in (layout ?? "").Split('-'))
            {
                var f = part.Split(':');
                if (f.Length < 2 || f[0].Length == 0) continue;
                if (!uint.TryParse(f[1], out uint first)) continue;
                char c = f[0][0];
                bool hasWidth = uint.TryParse(f[0].AsSpan(1), out uint width);
                if (c == 'p' && (f[0].Length == 1 || f[0] == "p0")) PointerBytes = first / 8;
                else if (c == 'a' && f[0].Length == 1) Aggregate = Math.Max(1, first / 8);
                else if (!hasWidth) continue;
                else if (c == 'i') Integers[width] = Math.Max(1, first / 8);
                else if (c == 'f') Floats[width] = Math.Max(1, first / 8);
                else if (c == 'v') Vectors[width] = Math.Max(1, first / 8);
            }
        }
    }

    // the last layout string's specifications, shared: a run's modules almost always name one layout, and parsing it
    // for every module of the lto-x86_64 corpus cost 0.2% of `used` (callgrind, session 21)
    private static Specifications? s_lastSpecs;

    public TypeSizes(string? dataLayout, TypeTable types)
    {
        Types = types;
        var last = s_lastSpecs;
        _specs = last is not null && last.Layout == dataLayout ? last : (s_lastSpecs = new Specifications(dataLayout));
        PointerBytes = _specs.PointerBytes;
    }

    /// <summary>The size of a pointer in address space 0, in bytes.</summary>
    public ulong PointerBytes { get; }

    /// <summary>The type table sizes are asked of.</summary>
    public TypeTable Types { get; }

    /// <summary>getTypeAllocSize of type <paramref name="id"/>. Thread-safe.</summary>
    public ulong AllocSize(int id)
    {
        lock (_cache) return Layout(id, 0).Size;
    }

    /// <summary>getTypeStoreSize of type <paramref name="id"/>: the bytes a load or store of it touches (0 when the
    /// type is not known). Thread-safe.</summary>
    public ulong StoreSize(int id)
    {
        var t = Types.Get((ulong)Math.Max(id, 0));
        if (id < 0 || t is null) return 0;
        return t.Kind switch
        {
            IrTypeKind.Integer or IrTypeKind.Float => (t.Width + 7) / 8,
            IrTypeKind.Pointer => PointerBytes,
            IrTypeKind.Void or IrTypeKind.Label or IrTypeKind.Metadata or IrTypeKind.Function or IrTypeKind.Other => 0,
            _ => AllocSize(id),
        };
    }

    /// <summary>The byte offset getelementptr adds to its base for source element type <paramref name="source"/> and
    /// the integer <paramref name="indices"/> (DataLayout::getIndexedOffsetInType); false when a type is not one it
    /// lays out or an index is out of a struct's range. Thread-safe.</summary>
    public bool TryIndexedOffset(int source, ReadOnlySpan<long> indices, out long offset)
    {
        offset = 0;
        if (indices.Length == 0) return true;
        lock (_cache)
        {
            long total = indices[0] * (long)Layout(source, 0).Size;
            int type = source;
            for (int k = 1; k < indices.Length; k++)
            {
                var t = Types.Get((ulong)Math.Max(type, 0));
                if (type < 0 || t is null) return false;
                switch (t.Kind)
                {
                    case IrTypeKind.Struct:
                        if ((ulong)indices[k] >= (ulong)t.Contained.Count) return false;
                        total += (long)FieldOffset(t, type, (int)indices[k]);
                        type = t.Contained[(int)indices[k]];
                        break;
                    case IrTypeKind.Array:
                        type = t.Contained[0];
                        total += indices[k] * (long)Layout(type, 0).Size;
                        break;
                    default:
                        return false; // a vector's elements may be packed tighter than their alloc size
                }
            }
            offset = total;
            return true;
        }
    }

    /// <summary>The offset of field <paramref name="field"/> of struct <paramref name="t"/> (type <paramref name="id"/>),
    /// the struct's fields laid out on the first question about it.</summary>
    private ulong FieldOffset(IrType t, int id, int field)
    {
        if (!_fieldOffsets.TryGetValue(id, out var offsets))
        {
            bool packed = Types.IsPacked((ulong)id);
            offsets = new ulong[t.Contained.Count];
            ulong offset = 0;
            for (int k = 0; k < offsets.Length; k++)
            {
                var (size, a) = Layout(t.Contained[k], 1);
                if (!packed) offset = (offset + a - 1) / a * a;
                offsets[k] = offset;
                offset += size;
            }
            _fieldOffsets[id] = offsets;
        }
        return offsets[field];
    }

    private (ulong Size, ulong Align) Layout(int id, int depth)
    {
        // one look-up for a type met before, and the mark while it is being laid out: a malformed type that contains
        // itself takes no room (the reference is not kept: laying out the members may grow the table)
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_cache, id, out bool known);
        if (known) return slot;
        slot = (0, 1);
        (ulong store, ulong align) = !Types.TryShape(Math.Max(id, 0), out var t) || depth > 64 ? (0UL, 1UL) : t.Kind switch
        {
            IrTypeKind.Integer => ((t.Width + 7) / 8, (ulong)IntegerAlign((uint)Math.Min(t.Width, uint.MaxValue))),
            IrTypeKind.Pointer => (PointerBytes, PointerBytes),
            IrTypeKind.Float => Primitive(_specs.Floats, t.Width == 80 ? 80u : (uint)t.Width, (t.Width + 7) / 8),
            IrTypeKind.Vector => Vector(t, depth),
            IrTypeKind.Array => Array(t, depth),
            IrTypeKind.Struct => Struct(t, id, depth),
            _ => ((t.Width + 7) / 8, Math.Max(1UL, System.Numerics.BitOperations.RoundUpToPowerOf2((t.Width + 7) / 8))),
        };
        align = Math.Max(1, align);
        var result = ((store + align - 1) / align * align, align);
        _cache[id] = result;
        return result;
    }

    private uint IntegerAlign(uint bits)
    {
        // the first specification at least as wide, else the widest (DataLayout::getIntegerAlignment)
        foreach (var (width, align) in _specs.Integers)
            if (width >= bits) return align;
        return _specs.Integers.Values[^1];
    }

    private static (ulong, ulong) Primitive(Dictionary<uint, uint> specs, uint bits, ulong store) =>
        (store, specs.TryGetValue(bits, out uint a) ? a : Math.Max(1UL, System.Numerics.BitOperations.RoundUpToPowerOf2(store)));

    private (ulong, ulong) Vector(in TypeShape t, int depth)
    {
        int elementId = t.Contained[0];
        ulong elementBits = (Types.TryShape(elementId, out var element) ? element.Kind : (IrTypeKind?)null) switch
        {
            IrTypeKind.Integer or IrTypeKind.Float => element.Width,
            IrTypeKind.Pointer => PointerBytes * 8,
            _ => Layout(elementId, depth + 1).Size * 8,
        };
        ulong bits = elementBits * t.Width;
        return Primitive(_specs.Vectors, (uint)Math.Min(bits, uint.MaxValue), (bits + 7) / 8);
    }

    private (ulong, ulong) Array(in TypeShape t, int depth)
    {
        var (size, align) = Layout(t.Contained[0], depth + 1);
        return (size * t.Width, align);
    }

    private (ulong, ulong) Struct(in TypeShape t, int id, int depth)
    {
        bool packed = Types.IsPacked((ulong)id);
        ulong offset = 0, align = packed ? 1 : _specs.Aggregate;
        foreach (int member in t.Contained)
        {
            var (size, a) = Layout(member, depth + 1);
            if (!packed)
            {
                offset = (offset + a - 1) / a * a;
                align = Math.Max(align, a);
            }
            offset += size;
        }
        return (offset, align);
    }
}
