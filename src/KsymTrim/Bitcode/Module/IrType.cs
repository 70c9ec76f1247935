namespace KsymTrim.Bitcode.Module;

/// <summary>The kinds of IR type in a bitcode type table (LLVMBitCodes.h, TypeCodes).</summary>
public enum IrTypeKind
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

/// <summary>One entry of a module's type table.</summary>
/// <param name="Kind">What kind of type.</param>
/// <param name="Width">Bits of an integer or float type; element count of an array or vector.</param>
/// <param name="Contained">Type ids: the return type then the parameters (function), the elements (struct),
/// the element (array, vector), the pointee (typed pointer).</param>
/// <param name="IsVarArg">A variadic function type.</param>
/// <param name="Name">The struct's name, or the float type's name (<c>half</c>, <c>double</c>...).</param>
public sealed record IrType(IrTypeKind Kind, ulong Width, IReadOnlyList<int> Contained, bool IsVarArg = false, string? Name = null)
{
    /// <summary>A function type's return type id.</summary>
    public int ReturnType => Contained[0];

    /// <summary>A function type's parameter count.</summary>
    public int ParameterCount => Kind == IrTypeKind.Function ? Contained.Count - 1 : 0;
}
