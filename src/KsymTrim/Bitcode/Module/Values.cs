namespace KsymTrim.Bitcode.Module;

/// <summary>What a value id of a module or function names.</summary>
public enum ValueKind : byte
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
/// <param name="Code">Its CST_CODE_* record code.</param>
/// <param name="Type">Its type id (the current SETTYPE).</param>
/// <param name="Int">The value of an INTEGER constant.</param>
/// <param name="Operands">The value ids a constant expression or aggregate refers to (absolute ids).</param>
internal sealed record ConstantEntry(uint Code, int Type, long Int, int[] Operands)
{
    public bool IsInteger => Code == 4;
    public bool IsNullLike => Code is 2 or 3 or 26; // null, undef, poison
}

/// <summary>An inline asm value (CST_CODE_INLINEASM and its older forms).</summary>
/// <param name="Asm">The asm template, as in the IR (operand references unsubstituted).</param>
/// <param name="Constraints">The constraint string.</param>
/// <param name="HasSideEffects">asm sideeffect (volatile).</param>
/// <param name="FunctionType">Its function type id, or -1 (older encodings).</param>
public sealed record InlineAsm(string Asm, string Constraints, bool HasSideEffects, int FunctionType);
