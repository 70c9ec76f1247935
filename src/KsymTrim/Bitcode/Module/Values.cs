using System.Runtime.InteropServices;

namespace KsymTrim.Bitcode.Module;

/// <summary>What a value id of a module or function names.</summary>
internal enum ValueKind : byte
{
    /// <summary>A global variable, function, alias or ifunc (index into <see cref="BitcodeModule.GlobalValues"/>).</summary>
    Global,
    /// <summary>A constant (index into the constants of its block).</summary>
    Constant,
    /// <summary>An inline asm value (index into the function's inline asm list).</summary>
    InlineAsm,
    /// <summary>A function argument.</summary>
    Argument,
    /// <summary>An instruction result.</summary>
    Instruction,
}

/// <summary>One entry of the value table.</summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Index">Index into the list of its kind.</param>
/// <param name="Type">Its type id, or -1 when the reader does not track it.</param>
internal readonly record struct ValueSlot(ValueKind Kind, int Index, int Type);

/// <summary>A constant, as far as the analysis needs it.</summary>
/// <param name="Code">Its record code.</param>
/// <param name="Type">Its type id (the current SETTYPE).</param>
/// <param name="Int">The value of an INTEGER constant; 1 for a NULL constant of integer type (see <see cref="IsIntegerNull"/>);
/// the opcode of a CE_CAST; the source element type of a GEP (see <see cref="GepSourceType"/>); the raw bits of a FLOAT
/// (see <see cref="IsFloat"/>).</param>
/// <param name="First">Where the value ids a constant expression or aggregate refers to (absolute ids) start in
/// its <see cref="ConstantTable"/>'s operand list.</param>
/// <param name="Count">How many there are.</param>
internal readonly record struct ConstantEntry(ConstantsCode Code, int Type, long Int, int First, int Count)
{
    public bool IsInteger => Code == ConstantsCode.Integer;
    /// <summary>A FLOAT constant: <see cref="Int"/> holds its bits (the low 64 of an x86_fp80, fp128 or ppc_fp128).</summary>
    public bool IsFloat => Code == ConstantsCode.Float;
    public bool IsNullLike => Code is ConstantsCode.Null or ConstantsCode.Undef or ConstantsCode.Poison;

    /// <summary>A NULL constant of integer type: LLVM writes an integer zero so (BitcodeWriter.cpp, writeConstants:
    /// isNullValue()). Marked when the constant is read, so that resolving one needs no type lookup.</summary>
    public bool IsIntegerNull => Code == ConstantsCode.Null && Int == 1;

    /// <summary>A GEP constant expression (any of its record forms).</summary>
    public bool IsGep => Code is ConstantsCode.CeGepOld or ConstantsCode.CeInboundsGep or ConstantsCode.CeGepWithInrangeIndexOld or ConstantsCode.CeGep;

    /// <summary>A constant expression that stands for the address its first operand names, as far as
    /// <see cref="FunctionReader.ResolveGlobal"/> follows one: any cast, a GEP, <c>dso_local_equivalent</c> and
    /// <c>no_cfi</c>.</summary>
    public bool AddressesFirstOperand =>
        IsGep || Code is ConstantsCode.CeCast or ConstantsCode.DsoLocalEquivalent or ConstantsCode.NoCfiValue;

    /// <summary>A GEP's source element type id, when its record names one; else -1.</summary>
    public int GepSourceType => IsGep && Int is >= 0 and <= int.MaxValue ? (int)Int : -1;
}

/// <summary>
/// The constants of a module and, while one of its functions is read, of that function: entries and their
/// operand ids in two flat lists, so that a constant costs no allocation of its own (function-level CONSTANTS
/// blocks are a large part of a module, mostly integers and constant expressions).
/// </summary>
internal sealed class ConstantTable
{
    private readonly List<ConstantEntry> _entries = [];
    private readonly List<int> _operands = [];

    public int Count => _entries.Count;

    /// <summary>The length of the operand list (see <see cref="Truncate"/>).</summary>
    public int OperandCount => _operands.Count;

    public ConstantEntry this[int index] => _entries[index];

    /// <summary>The value ids <paramref name="c"/> refers to; valid until the table changes.</summary>
    public ReadOnlySpan<int> Operands(in ConstantEntry c) => CollectionsMarshal.AsSpan(_operands).Slice(c.First, c.Count);

    /// <summary>Appends an operand id of the constant the next <see cref="Add"/> defines.</summary>
    public void AddOperand(int id) => _operands.Add(id);

    /// <summary>Adds a constant whose operands are those added since the operand list held <paramref name="first"/>.</summary>
    public void Add(ConstantsCode code, int type, long value, int first) =>
        _entries.Add(new ConstantEntry(code, type, value, first, _operands.Count - first));

    /// <summary>Drops the constants and operands added after the table held <paramref name="count"/> and
    /// <paramref name="operandCount"/> of them.</summary>
    public void Truncate(int count, int operandCount)
    {
        _entries.RemoveRange(count, _entries.Count - count);
        _operands.RemoveRange(operandCount, _operands.Count - operandCount);
    }

    public void Clear()
    {
        _entries.Clear();
        _operands.Clear();
    }
}

/// <summary>An inline asm value (CST_CODE_INLINEASM and its older forms).</summary>
/// <param name="Asm">The asm template, as in the IR (operand references unsubstituted).</param>
/// <param name="Constraints">The constraint string.</param>
/// <param name="HasSideEffects">asm sideeffect (volatile).</param>
/// <param name="FunctionType">Its function type id, or -1 (older encodings).</param>
internal sealed record InlineAsm(string Asm, string Constraints, bool HasSideEffects, int FunctionType);
