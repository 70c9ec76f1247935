namespace KsymTrim.Bitcode.Module;

/// <summary>The kinds of IR type in a bitcode type table (LLVMBitCodes.h, TypeCodes).</summary>
internal enum IrTypeKind
{
    /// <summary>void.</summary>
    Void,
    /// <summary>A floating-point type (half, bfloat, float, double, x86_fp80, fp128, ppc_fp128).</summary>
    Float,
    /// <summary>label.</summary>
    Label,
    /// <summary>metadata.</summary>
    Metadata,
    /// <summary>iN.</summary>
    Integer,
    /// <summary>A pointer: typed (LLVM up to 16) or opaque (<c>ptr</c>).</summary>
    Pointer,
    /// <summary>A function type.</summary>
    Function,
    /// <summary>A literal or named struct.</summary>
    Struct,
    /// <summary>[N x T].</summary>
    Array,
    /// <summary>&lt;N x T&gt; or &lt;vscale x N x T&gt;.</summary>
    Vector,
    /// <summary>token, x86_mmx, x86_amx, target types, opaque structs: types the analysis treats as opaque.</summary>
    Other,
}

/// <summary>One entry of a module's type table: a view of the table's compact storage, made when first asked for
/// (<see cref="TypeTable.Get"/> returns the same instance for the same id).</summary>
internal sealed class IrType
{
    private readonly TypeTable _table;
    private readonly int _id;

    internal IrType(TypeTable table, int id, IrTypeKind kind, ulong width, TypeIdList contained, bool isVarArg)
    {
        _table = table;
        _id = id;
        Kind = kind;
        Width = width;
        Contained = contained;
        IsVarArg = isVarArg;
    }

    /// <summary>What kind of type.</summary>
    public IrTypeKind Kind { get; }

    /// <summary>Bits of an integer or float type; element count of an array or vector.</summary>
    public ulong Width { get; }

    /// <summary>Type ids: the return type then the parameters (function), the elements (struct), the element (array,
    /// vector), the pointee (typed pointer).</summary>
    public TypeIdList Contained { get; }

    /// <summary>A variadic function type.</summary>
    public bool IsVarArg { get; }

    /// <summary>The struct's name, or the float type's name (<c>half</c>, <c>double</c>...). Struct names are
    /// decoded from the bitcode only when asked for: nothing but diagnostics reads them.</summary>
    public string? Name => _table.NameOf(_id);

    /// <summary>A function type's return type id.</summary>
    public int ReturnType => Contained[0];

    /// <summary>A function type's parameter count.</summary>
    public int ParameterCount => Kind == IrTypeKind.Function ? Contained.Count - 1 : 0;

    /// <summary>LLVM's textual name of the type (<see cref="TypeTable.Describe"/>).</summary>
    public override string ToString() => _table.Describe((ulong)_id);
}

/// <summary>The type ids an <see cref="IrType"/> contains: a slice of its table's shared id pool.</summary>
internal readonly struct TypeIdList : IReadOnlyList<int>
{
    private readonly int[] _pool;
    private readonly int _start;

    internal TypeIdList(int[] pool, int start, int count)
    {
        _pool = pool;
        _start = start;
        Count = count;
    }

    /// <summary>How many ids.</summary>
    public int Count { get; }

    /// <summary>Id <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public int this[int index] => AsSpan()[index];

    /// <summary>The ids as a span.</summary>
    public ReadOnlySpan<int> AsSpan() => _pool is null ? default : _pool.AsSpan(_start, Count);

    /// <summary>An enumerator that does not allocate.</summary>
    public ReadOnlySpan<int>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<int> IEnumerable<int>.GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _pool[_start + i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<int>)this).GetEnumerator();
}
