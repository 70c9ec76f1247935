namespace KsymTrim.Bitcode.Module;

/// <summary>call, invoke or callbr.</summary>
public enum CallKind
{
    /// <summary>FUNC_CODE_INST_CALL.</summary>
    Call,
    /// <summary>FUNC_CODE_INST_INVOKE.</summary>
    Invoke,
    /// <summary>FUNC_CODE_INST_CALLBR (asm goto).</summary>
    CallBr,
}

/// <summary>What a call calls.</summary>
public enum CalleeKind
{
    /// <summary>A global value (a function, or an alias of one), possibly through a constant expression.</summary>
    Global,
    /// <summary>An inline asm value.</summary>
    InlineAsm,
    /// <summary>Anything else: a pointer computed at run time.</summary>
    Indirect,
}

/// <summary>What an operand of a call is, as far as the analysis needs it.</summary>
public enum OperandKind
{
    /// <summary>An integer constant (<see cref="Operand.Int"/>).</summary>
    Int,
    /// <summary>A global value, or a constant expression over one (<see cref="Operand.Global"/>).</summary>
    Global,
    /// <summary>null, undef or poison.</summary>
    Null,
    /// <summary>A value computed at run time, or a constant the analysis does not interpret.</summary>
    Other,
}

/// <summary>A call operand.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Int">The value of an integer constant.</param>
/// <param name="Global">The global value's index in <see cref="BitcodeModule.GlobalValues"/>, or -1.</param>
/// <param name="Type">Its type id, or -1 when not tracked.</param>
public readonly record struct Operand(OperandKind Kind, long Int, int Global, int Type);

/// <summary>A call site.</summary>
/// <param name="Kind">call, invoke or callbr.</param>
/// <param name="Callee">What is called.</param>
/// <param name="CalleeGlobal">The called global value's index, or -1.</param>
/// <param name="Asm">The inline asm called, or null.</param>
/// <param name="Arguments">The arguments, in order.</param>
/// <param name="Attributes">The call-site attributes.</param>
/// <param name="Bundles">The operand bundle tags (<c>kcfi</c>, <c>funclet</c>...).</param>
/// <param name="FunctionType">The callee's function type id.</param>
public sealed record CallSite(CallKind Kind, CalleeKind Callee, int CalleeGlobal, InlineAsm? Asm, IReadOnlyList<Operand> Arguments,
    AttributeList Attributes, IReadOnlyList<string> Bundles, int FunctionType);

/// <summary>Instructions code generation may turn into runtime library calls.</summary>
public enum OperationKind
{
    /// <summary>A binary operator (<see cref="Operation.Opcode"/> is LLVM's BinaryOpcodes: 0 add ... 12 xor;
    /// 3/4/5/6 are udiv/sdiv/urem/srem, or fdiv/frem on floating-point types).</summary>
    Binary,
    /// <summary>A cast (CastOpcodes); <see cref="Operation.Type2"/> is the destination type.</summary>
    Cast,
    /// <summary>An fcmp.</summary>
    FloatCompare,
    /// <summary>fneg.</summary>
    Unary,
    /// <summary>atomicrmw (Opcode is RMWOperations).</summary>
    AtomicRmw,
    /// <summary>cmpxchg.</summary>
    CmpXchg,
    /// <summary>load atomic.</summary>
    AtomicLoad,
    /// <summary>store atomic.</summary>
    AtomicStore,
}

/// <summary>An instruction that may lower to a library call, with the operand type that decides it.</summary>
/// <param name="Kind">Which instruction.</param>
/// <param name="Opcode">Its opcode (see <see cref="OperationKind"/>).</param>
/// <param name="Type">The operand (or value) type id, -1 when not known.</param>
/// <param name="Type2">For casts the destination type id, else -1.</param>
public readonly record struct Operation(OperationKind Kind, uint Opcode, int Type, int Type2);

/// <summary>A defined function: its attributes and what its body does that the analysis needs.</summary>
/// <param name="Global">Its index in <see cref="BitcodeModule.GlobalValues"/>.</param>
/// <param name="FunctionType">Its function type id.</param>
/// <param name="Attributes">Its attribute list.</param>
/// <param name="Calls">Its call sites, in order.</param>
/// <param name="Operations">Its instructions that may lower to library calls.</param>
/// <param name="InlineAsm">The inline asm values of its constants block.</param>
/// <param name="IsComplete">False when a record this reader does not know stopped the decoding (value numbering
/// could not continue safely): the lists are then partial.</param>
/// <param name="Problem">Why it is incomplete.</param>
public sealed record IrFunction(int Global, int FunctionType, AttributeList Attributes, IReadOnlyList<CallSite> Calls,
    IReadOnlyList<Operation> Operations, IReadOnlyList<InlineAsm> InlineAsm, bool IsComplete, string? Problem);
