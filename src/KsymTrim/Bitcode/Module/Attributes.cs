using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

/// <summary>How an attribute is encoded in PARAMATTR_GRP_CODE_ENTRY (BitcodeReader.cpp, parseAttributeGroupBlock).</summary>
internal enum AttributeEncoding
{
    /// <summary>0: an enum attribute (<c>nounwind</c>).</summary>
    Enum = 0,
    /// <summary>1: an integer attribute (<c>align 8</c>, <c>uwtable</c>, <c>memory(...)</c>).</summary>
    Int = 1,
    /// <summary>3 and 4: a string attribute, with or without value (<c>"fentry-call"="true"</c>).</summary>
    String = 3,
    /// <summary>5 and 6: a type attribute (<c>byval(T)</c>, <c>elementtype(T)</c>).</summary>
    Type = 5,
    /// <summary>7: a ConstantRange attribute (<c>range(...)</c>, LLVM 19).</summary>
    Range = 7,
}

/// <summary>One attribute.</summary>
/// <param name="Name">The attribute's name as llvm-dis prints it (<c>nounwind</c>, <c>sspstrong</c>) or a string
/// attribute's key.</param>
/// <param name="Encoding">How it was encoded.</param>
/// <param name="Value">A string attribute's value, or null.</param>
/// <param name="Int">An integer attribute's value, or a type attribute's type id.</param>
internal readonly record struct IrAttribute(string Name, AttributeEncoding Encoding, string? Value = null, ulong Int = 0)
{
    /// <summary>llvm-dis's spelling, for string attributes exactly (<c>"key"="value"</c>), for the others the name.</summary>
    public override string ToString() => Encoding == AttributeEncoding.String
        ? (Value is null ? $"\"{Name}\"" : $"\"{Name}\"=\"{Value}\"")
        : Name;
}

/// <summary>A PARAMATTR_GROUP entry: attributes for one position (function, return value or a parameter).</summary>
/// <param name="Id">The group id.</param>
/// <param name="Index">0xFFFFFFFF for the function, 0 for the return value, n for parameter n-1.</param>
/// <param name="Attributes">The attributes.</param>
/// <param name="IsComplete">False when an encoding this reader does not know stopped it: the rest of the group
/// is unknown.</param>
internal sealed record AttributeGroup(uint Id, uint Index, IReadOnlyList<IrAttribute> Attributes, bool IsComplete)
{
    /// <summary>The index of function attributes.</summary>
    public const uint FunctionIndex = 0xFFFFFFFF;

    /// <summary>True for a parameter's group with <c>byval</c> (asked only on the targets that copy such arguments).</summary>
    public bool IsByValParameter => Index is not (FunctionIndex or 0) && HasByVal(Attributes);

    /// <summary>True when an attribute of the group is named <c>allocsize</c> (<see cref="AttributeList.HasAllocSize"/>):
    /// decided by the reader once per distinct group body (<see cref="NamesAllocSize(IrAttribute[])"/>), as it shares
    /// the attributes of a repeated body.</summary>
    public bool HasAllocSize { get; init; }

    /// <summary>True when an attribute of <paramref name="attributes"/> is named <c>allocsize</c>.</summary>
    internal static bool NamesAllocSize(IrAttribute[] attributes)
    {
        foreach (ref readonly var a in attributes.AsSpan())
            if (a.Name == "allocsize") return true;
        return false;
    }

    private static bool HasByVal(IReadOnlyList<IrAttribute> attributes)
    {
        // the reader's groups hold arrays: read as a span, not through the interface (once per group per module)
        ReadOnlySpan<IrAttribute> span = attributes is IrAttribute[] array ? array : [.. attributes];
        foreach (ref readonly var a in span)
            if (a.Encoding == AttributeEncoding.Type && a.Name == "byval") return true;
        return false;
    }
}

/// <summary>A PARAMATTR entry: the groups that together are one attribute list.</summary>
internal sealed record AttributeList(IReadOnlyList<AttributeGroup> Groups)
{
    /// <summary>The function attributes of the list.</summary>
    public IEnumerable<IrAttribute> FunctionAttributes =>
        Groups.Where(g => g.Index == AttributeGroup.FunctionIndex).SelectMany(g => g.Attributes);

    /// <summary>True when every group was read completely.</summary>
    public bool IsComplete => Groups.All(g => g.IsComplete);

    /// <summary>The function attribute named <paramref name="name"/>, or null.</summary>
    /// <remarks>Asked at call sites (<c>nobuiltin</c>): indexed loops, no enumerators; the reader's groups hold arrays,
    /// read as spans rather than through the interface (which cost twice as much, callgrind, session 19).</remarks>
    public IrAttribute? Function(string name)
    {
        for (int i = 0; i < Groups.Count; i++)
        {
            var group = Groups[i];
            if (group.Index != AttributeGroup.FunctionIndex) continue;
            ReadOnlySpan<IrAttribute> attributes = group.Attributes is IrAttribute[] array ? array : [.. group.Attributes];
            foreach (ref readonly var a in attributes)
                if (a.Name == name) return a;
        }
        return null;
    }

    /// <summary>True when parameter <paramref name="k"/> (from 0) is not captured: <c>nocapture</c>, or, from LLVM 21,
    /// <c>captures(none)</c> (the integer 0: CaptureInfo::toIntValue packs the components captured, none here).</summary>
    public bool DoesNotCapture(int k) =>
        ParameterHas(k, static a => a.Name == "nocapture" || a is { Name: "captures", Encoding: AttributeEncoding.Int, Int: 0 });

    /// <summary>True when parameter <paramref name="k"/> (from 0) is only read through: <c>readonly</c> or <c>readnone</c>.</summary>
    public bool OnlyReadsThrough(int k) => ParameterHas(k, static a => a.Name is "readonly" or "readnone");

    /// <summary>True when some parameter is only read through (<see cref="OnlyReadsThrough"/>).</summary>
    public bool OnlyReadsThroughSome
    {
        get
        {
            for (int i = 0; i < Groups.Count; i++)
            {
                if (Groups[i].Index is 0 or AttributeGroup.FunctionIndex) continue; // (the return value, the function)
                var attributes = Groups[i].Attributes;
                for (int a = 0; a < attributes.Count; a++)
                    if (attributes[a].Name is "readonly" or "readnone") return true;
            }
            return false;
        }
    }

    private bool ParameterHas(int k, Func<IrAttribute, bool> which)
    {
        for (int i = 0; i < Groups.Count; i++)
        {
            if (Groups[i].Index != (uint)k + 1) continue;
            var attributes = Groups[i].Attributes;
            for (int a = 0; a < attributes.Count; a++)
                if (which(attributes[a])) return true;
        }
        return false;
    }

    /// <summary>True when the function writes no memory: <c>readonly</c> or <c>readnone</c> (to LLVM 15), or a
    /// <c>memory(...)</c> (LLVM 16) that allows no writes (MemoryEffects: two bits per location, Ref 1 and Mod 2, so no
    /// Mod bit anywhere).</summary>
    public bool WritesNoMemory
    {
        get
        {
            for (int i = 0; i < Groups.Count; i++)
            {
                if (Groups[i].Index != AttributeGroup.FunctionIndex) continue;
                var attributes = Groups[i].Attributes;
                for (int a = 0; a < attributes.Count; a++)
                    if (attributes[a].Name is "readonly" or "readnone" ||
                        (attributes[a] is { Name: "memory", Encoding: AttributeEncoding.Int } memory && (memory.Int & 0xAAAA_AAAA_AAAA_AAAAUL) == 0)) return true;
            }
            return false;
        }
    }

    /// <summary>True when a parameter has <c>byval</c>, decided once per list when first asked (call sites and
    /// declarations share lists). The lowering asks at a call only in a module where a list says so
    /// (<see cref="BitcodeModule.HasByValParameters"/>): asking at every call cost 0.35% of `used` over lto-arm64-612
    /// (callgrind), scanning the attributes at every call 0.8%.</summary>
    public bool HasByValParameter
    {
        get
        {
            if (_byVal == 0)
            {
                bool any = false;
                for (int i = 0; i < Groups.Count && !any; i++) any = Groups[i].IsByValParameter;
                _byVal = any ? 1 : -1; // a benign race: every thread writes the same value
            }
            return _byVal > 0;
        }
    }

    private int _byVal;

    /// <summary>True when the function attributes hold <c>allocsize</c> (<c>Function("allocsize") is not null</c>), from
    /// the groups' <see cref="AttributeGroup.HasAllocSize"/>, decided once per list when first asked (every global value
    /// of every member asks, and declarations share lists): asked through <see cref="Function"/> per global it cost 2.2%
    /// of `used` over lto-x86_64-612, and through it once per list 0.35% over lto-x86_64 (callgrind, session 19).</summary>
    public bool HasAllocSize
    {
        get
        {
            if (_allocSize == 0)
            {
                bool any = false;
                for (int i = 0; i < Groups.Count && !any; i++) any = Groups[i].Index == AttributeGroup.FunctionIndex && Groups[i].HasAllocSize;
                _allocSize = any ? 1 : -1; // a benign race, as _byVal
            }
            return _allocSize > 0;
        }
    }

    private int _allocSize;

    /// <summary>The empty list.</summary>
    public static AttributeList Empty { get; } = new([]);
}

/// <summary>Reads PARAMATTR_GROUP_BLOCK and PARAMATTR_BLOCK.</summary>
internal static class AttributeReader
{
    // LLVMBitCodes.h AttributeKindCodes (AttributeKind), spelled as Attribute::getNameFromAttrKind prints them. Index = kind.
    private static readonly string[] KindNames =
    [
        "", "align", "alwaysinline", "byval", "inlinehint", "inreg", "minsize", "naked", "nest", "noalias",
        "nobuiltin", "nocapture", "noduplicate", "noimplicitfloat", "noinline", "nonlazybind", "noredzone", "noreturn",
        "nounwind", "optsize", "readnone", "readonly", "returned", "returns_twice", "signext", "alignstack", "ssp",
        "sspreq", "sspstrong", "sret", "sanitize_address", "sanitize_thread", "sanitize_memory", "uwtable", "zeroext",
        "builtin", "cold", "optnone", "inalloca", "nonnull", "jumptable", "dereferenceable", "dereferenceable_or_null",
        "convergent", "safestack", "argmemonly", "swiftself", "swifterror", "norecurse", "inaccessiblememonly",
        "inaccessiblemem_or_argmemonly", "allocsize", "writeonly", "speculatable", "strictfp", "sanitize_hwaddress",
        "nocf_check", "optforfuzzing", "shadowcallstack", "speculative_load_hardening", "immarg", "willreturn", "nofree",
        "nosync", "sanitize_memtag", "preallocated", "nomerge", "null_pointer_is_valid", "noundef", "byref",
        "mustprogress", "nocallback", "hot", "noprofile", "vscale_range", "swiftasync", "nosanitize_coverage",
        "elementtype", "disable_sanitizer_instrumentation", "nosanitize_bounds", "allocalign", "allocptr", "allockind",
        "presplitcoroutine", "fn_ret_thunk_extern", "skipprofile", "memory", "nofpclass", "optdebug", "writable",
        "coro_only_destroy_when_complete", "dead_on_unwind", "range", "sanitize_numerical_stability", "initializes",
        "hybrid_patchable", "sanitize_realtime", "sanitize_realtime_blocking", "coro_elide_safe", "noext",
        "no_divergence_source", "sanitize_type", "captures",
    ];

    public static string KindName(ulong kind) => kind < (ulong)KindNames.Length && kind > 0 ? KindNames[kind] : $"attr#{kind}";

    /// <summary>Reads PARAMATTR_GROUP_BLOCK after its ENTER_SUBBLOCK; records are read into
    /// <paramref name="context"/>'s record.</summary>
    public static Dictionary<uint, AttributeGroup> ReadGroups(BitstreamCursor cursor, BitcodeReadContext context)
    {
        var groups = new Dictionary<uint, AttributeGroup>();
        var scratch = new List<IrAttribute>();
        var record = context.Record;
        cursor.EnterBlock((uint)BlockId.ParamattrGroup);
        // ENTRY: [grpid, idx, attrs...]. The attributes (the body) are stepped over undecoded and looked up in the
        // cache by their bits: a repeated group (most of them) is never decoded.
        var options = new RecordOptions { DecodedHead = 2 };
        while (cursor.NextRecord(record, options))
        {
            if ((AttributeCode)record.Code != AttributeCode.ParamattrGrpCodeEntry || record.Count < 2) continue;
            uint id = (uint)record[0], index = (uint)record[1];
            var rest = record.Rest;
            if (rest.Count < 0)
            {
                // Abbreviated (LLVM writes these records unabbreviated): decoded every time.
                scratch.Clear();
                bool done = ParseAttributes(record.AsSpan()[2..], scratch);
                var attributes = scratch.ToArray();
                groups[id] = new AttributeGroup(id, index, attributes, done) { HasAllocSize = AttributeGroup.NamesAllocSize(attributes) };
                continue;
            }
            if (GroupCache.TryGet(cursor, rest, context, out var known))
            {
                groups[id] = new AttributeGroup(id, index, known.Attributes, known.IsComplete) { HasAllocSize = known.AllocSize };
                continue;
            }
            var body = record.Append(rest.Count);
            cursor.ReadSkipped(rest, body);
            scratch.Clear();
            bool complete = ParseAttributes(body, scratch);
            var list = scratch.ToArray();
            bool allocSize = AttributeGroup.NamesAllocSize(list);
            GroupCache.Add(cursor, rest, context, list, complete, allocSize);
            groups[id] = new AttributeGroup(id, index, list, complete) { HasAllocSize = allocSize };
        }
        return groups;
    }

    /// <summary>Adds the attributes of a group's body to <paramref name="attrs"/>; false when an unknown encoding
    /// or a short record stopped the decoding.</summary>
    private static bool ParseAttributes(ReadOnlySpan<ulong> ops, List<IrAttribute> attrs)
    {
        int i = 0;
        while (i < ops.Length)
        {
            ulong enc = ops[i++];
            switch (enc)
            {
                case 0 when i < ops.Length:
                    attrs.Add(new IrAttribute(KindName(ops[i++]), AttributeEncoding.Enum));
                    break;
                case 1 when i + 1 < ops.Length:
                    attrs.Add(new IrAttribute(KindName(ops[i]), AttributeEncoding.Int, Int: ops[i + 1]));
                    i += 2;
                    break;
                case 3 or 4:
                {
                    string key = ReadCString(ops, ref i);
                    string? value = enc == 4 ? ReadCString(ops, ref i) : null;
                    attrs.Add(new IrAttribute(key, AttributeEncoding.String, value));
                    break;
                }
                case 5 when i < ops.Length:
                    attrs.Add(new IrAttribute(KindName(ops[i++]), AttributeEncoding.Type));
                    break;
                case 6 when i + 1 < ops.Length:
                    attrs.Add(new IrAttribute(KindName(ops[i]), AttributeEncoding.Type, Int: ops[i + 1]));
                    i += 2;
                    break;
                case 7 when i + 1 < ops.Length:
                {
                    // [kind, bitwidth, (words if > 64), lower, upper] (BitcodeWriter.cpp, emitConstantRange)
                    string name = KindName(ops[i]);
                    ulong width = ops[i + 1];
                    i += 2;
                    if (width > 64)
                    {
                        if (i >= ops.Length) return false;
                        ulong words = ops[i++];
                        i += (int)Math.Min((words & 0xFFFFFFFF) + (words >> 32), int.MaxValue / 2);
                    }
                    else i += 2;
                    if (i > ops.Length) return false;
                    attrs.Add(new IrAttribute(name, AttributeEncoding.Range));
                    break;
                }
                default:
                    // An encoding of a newer LLVM (8: ConstantRangeList) or a short record: the rest is unknown.
                    return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The attribute lists of groups already read, by the group's body (its records after [grpid, idx]): the
    /// members of a module are compiled with the same flags, so most of their groups (target-cpu, the long
    /// target-features string...) repeat member after member. A hit shares the immutable array and decodes
    /// nothing, and the body is looked up by its bits as stepped over in the bitcode (LLVM's VBR encoding is
    /// canonical), so a hit decodes no operand either. Direct-mapped and bounded: keys of up to
    /// <see cref="MaxWords"/> words.
    /// </summary>
    private static class GroupCache
    {
        private const int Slots = 2048;
        private const int MaxWords = 1024; // longer bodies (above 57 kbit) are decoded every time

        public sealed record Entry(ulong[] Key, IrAttribute[] Attributes, bool IsComplete, bool AllocSize);

        private static readonly Entry?[] Table = new Entry?[Slots];

        public static bool TryGet(BitstreamCursor cursor, SkippedOperands body, BitcodeReadContext context, out Entry entry)
        {
            entry = null!;
            if (body.Words >= MaxWords) return false;
            var key = Encode(cursor, body, context);
            var found = Volatile.Read(ref Table[Caching.TableHash.Of(MemoryMarshal.AsBytes(key)) & (Slots - 1)]);
            if (found is null || !key.SequenceEqual(found.Key)) return false;
            entry = found;
            return true;
        }

        public static void Add(BitstreamCursor cursor, SkippedOperands body, BitcodeReadContext context, IrAttribute[] attributes, bool complete,
            bool allocSize)
        {
            if (body.Words >= MaxWords) return;
            var key = Encode(cursor, body, context);
            Volatile.Write(ref Table[Caching.TableHash.Of(MemoryMarshal.AsBytes(key)) & (Slots - 1)], new Entry(key.ToArray(), attributes, complete, allocSize));
        }

        /// <summary>The body's length in bits, then its bits: equal keys, equal operands (in the context's key buffer).</summary>
        private static ReadOnlySpan<ulong> Encode(BitstreamCursor cursor, SkippedOperands body, BitcodeReadContext context)
        {
            var buffer = context.AttributeKey ??= new ulong[MaxWords + 1];
            int n = (int)body.Words;
            buffer[0] = (ulong)body.Bits;
            cursor.CopyBits(body, buffer.AsSpan(1, n));
            return buffer.AsSpan(0, n + 1);
        }
    }

    /// <summary>The NUL-terminated string of bytes (one per operand) from <paramref name="i"/>, decoded as UTF-8;
    /// <paramref name="i"/> moves past the NUL.</summary>
    private static string ReadCString(ReadOnlySpan<ulong> ops, ref int i)
    {
        int start = Math.Min(i, ops.Length);
        var rest = ops[start..];
        int length = rest.IndexOf(0UL);
        if (length < 0) length = rest.Length;
        i = start + length + 1; // past the NUL
        return StringCache.Get(rest[..length]);
    }

    /// <summary>
    /// Strings of attribute groups, shared by every module read by the process. Each group repeats its string
    /// attributes in full (<c>"target-features"</c> alone is hundreds of characters), and the same few strings
    /// recur in every group of every module: one copy of each is kept rather than one per group. A fixed table
    /// indexed by hash, each slot holding the last string that landed there, bounds the memory; slots are written
    /// whole, so threads can share it without locks (a lost race only costs a copy).
    /// </summary>
    private static class StringCache
    {
        private const int Slots = 1024;
        private const int MaxLength = 4096; // longer strings are made every time, not kept
        private static readonly string?[] Table = new string?[Slots];

        public static string Get(ReadOnlySpan<ulong> bytes)
        {
            if (bytes.IsEmpty) return "";
            if (bytes.Length > MaxLength) return Decode(bytes);
            Span<char> chars = stackalloc char[bytes.Length];
            ulong all = 0;
            for (int k = 0; k < bytes.Length; k++)
            {
                byte b = (byte)bytes[k];
                all |= b;
                chars[k] = (char)b;
            }
            // Anything but ASCII takes the UTF-8 decoder's path (which replaces malformed sequences).
            if (all >= 0x80) return Decode(bytes);
            ref string? slot = ref Table[Caching.TableHash.Of(chars) & (Slots - 1)];
            var cached = Volatile.Read(ref slot);
            if (cached is not null && chars.SequenceEqual(cached)) return cached;
            var made = new string(chars);
            Volatile.Write(ref slot, made);
            return made;
        }

        private static string Decode(ReadOnlySpan<ulong> bytes)
        {
            var buffer = new byte[bytes.Length];
            for (int k = 0; k < buffer.Length; k++) buffer[k] = (byte)bytes[k];
            return Encoding.UTF8.GetString(buffer);
        }
    }

    /// <summary>Reads PARAMATTR_BLOCK after its ENTER_SUBBLOCK, naming the <paramref name="groups"/> read before;
    /// records are read into <paramref name="context"/>'s record.</summary>
    public static List<AttributeList> ReadLists(BitstreamCursor cursor, Dictionary<uint, AttributeGroup> groups,
        BitcodeReadContext context)
    {
        var lists = new List<AttributeList>();
        var record = context.Record;
        cursor.EnterBlock((uint)BlockId.Paramattr);
        // One record read and one exactly sized array of groups per list: no operand list, no handler call, no
        // growing list.
        while (cursor.NextRecord(record))
        {
            var code = (AttributeCode)record.Code;
            if (code == AttributeCode.ParamattrCodeEntryOld) { lists.Add(new AttributeList([new AttributeGroup(0, AttributeGroup.FunctionIndex, [], false)])); continue; } // ENTRY_OLD: not decoded
            if (code != AttributeCode.ParamattrCodeEntry) continue; // LLVM ignores other codes
            var ids = record.AsSpan();
            var list = new AttributeGroup[ids.Length];
            for (int i = 0; i < list.Length; i++)
            {
                uint g = (uint)ids[i];
                list[i] = groups.TryGetValue(g, out var group) ? group : new AttributeGroup(g, AttributeGroup.FunctionIndex, [], false);
            }
            lists.Add(new AttributeList(list));
        }
        return lists;
    }
}
