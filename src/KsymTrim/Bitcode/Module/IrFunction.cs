using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KsymTrim.Bitcode.Module;

/// <summary>call, invoke or callbr.</summary>
internal enum CallKind
{
    /// <summary>FUNC_CODE_INST_CALL.</summary>
    Call,
    /// <summary>FUNC_CODE_INST_INVOKE.</summary>
    Invoke,
    /// <summary>FUNC_CODE_INST_CALLBR (asm goto).</summary>
    CallBr,
}

/// <summary>What a call calls.</summary>
internal enum CalleeKind
{
    /// <summary>A global value (a function, or an alias of one), possibly through a constant expression.</summary>
    Global,
    /// <summary>An inline asm value.</summary>
    InlineAsm,
    /// <summary>Anything else: a pointer computed at run time.</summary>
    Indirect,
}

/// <summary>What an operand of a call is, as far as the analysis needs it.</summary>
internal enum OperandKind
{
    /// <summary>An integer constant (<see cref="Operand.Int"/>).</summary>
    Int,
    /// <summary>A global value, or a constant expression over one (<see cref="Operand.Global"/>).</summary>
    Global,
    /// <summary>null, undef or poison.</summary>
    Null,
    /// <summary>A floating-point constant (<see cref="Operand.FloatBits"/>).</summary>
    Float,
    /// <summary>A value computed at run time, or a constant the analysis does not interpret.</summary>
    Other,
}

/// <summary>A call operand.</summary>
/// <remarks>16 bytes rather than 24: one value holds the integer of an <see cref="OperandKind.Int"/> operand and the
/// global of a <see cref="OperandKind.Global"/> one (and the bits of a <see cref="OperandKind.Float"/> one), as no operand has both.</remarks>
internal readonly record struct Operand
{
    private readonly long _payload;

    /// <summary>A call operand.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="int">The value of an integer constant, or the bits of a floating-point one (ignored for any other kind).</param>
    /// <param name="global">The global value's index in <see cref="BitcodeModule.GlobalValues"/> (ignored for any
    /// other kind than <see cref="OperandKind.Global"/>).</param>
    /// <param name="type">Its type id, or -1 when not tracked.</param>
    public Operand(OperandKind kind, long @int, int global, int type)
    {
        Type = type;
        Kind = kind;
        _payload = kind switch { OperandKind.Int or OperandKind.Float => @int, OperandKind.Global => global, _ => 0 };
    }

    /// <summary>Its type id, or -1 when not tracked.</summary>
    public int Type { get; }

    /// <summary>What it is.</summary>
    public OperandKind Kind { get; }

    /// <summary>The value of an integer constant; 0 for any other kind.</summary>
    public long Int => Kind == OperandKind.Int ? _payload : 0;

    /// <summary>The bits of a floating-point constant (CST_CODE_FLOAT: as <c>bitcastToAPInt</c>); 0 for any other kind.</summary>
    public ulong FloatBits => Kind == OperandKind.Float ? (ulong)_payload : 0;

    /// <summary>The global value's index in <see cref="BitcodeModule.GlobalValues"/>, or -1.</summary>
    public int Global => Kind == OperandKind.Global ? (int)_payload : -1;
}

/// <summary>A call site. Call sites with equal contents may be one shared instance.</summary>
/// <param name="Kind">call, invoke or callbr.</param>
/// <param name="Callee">What is called.</param>
/// <param name="CalleeGlobal">The called global value's index, or -1.</param>
/// <param name="Asm">The inline asm called, or null.</param>
/// <param name="Arguments">The arguments, in order.</param>
/// <param name="Attributes">The call-site attributes.</param>
/// <param name="Bundles">The operand bundle tags (<c>kcfi</c>, <c>funclet</c>...).</param>
/// <param name="FunctionType">The callee's function type id.</param>
/// <param name="FastMath">A call's fast-math flags as the bitcode writes them (CALL_FMF; see <see cref="FastMathFlags"/>), 0 when none.</param>
internal sealed record CallSite(CallKind Kind, CalleeKind Callee, int CalleeGlobal, InlineAsm? Asm, IReadOnlyList<Operand> Arguments,
    AttributeList Attributes, IReadOnlyList<string> Bundles, int FunctionType, byte FastMath = 0);

/// <summary>The fast-math flag bits of the bitcode (LLVMBitCodes.h FastMathMap; BitcodeReader.cpp getDecodedFastMathFlags).</summary>
internal static class FastMathFlags
{
    /// <summary>The old <c>fast</c> (UnsafeAlgebra): every flag.</summary>
    public const byte Fast = 1;
    /// <summary><c>nnan</c>.</summary>
    public const byte NoNaNs = 2;
    /// <summary><c>ninf</c>.</summary>
    public const byte NoInfs = 4;
    /// <summary><c>nsz</c>.</summary>
    public const byte NoSignedZeros = 8;
    /// <summary><c>arcp</c>.</summary>
    public const byte AllowReciprocal = 16;
    /// <summary><c>contract</c>.</summary>
    public const byte AllowContract = 32;
    /// <summary><c>afn</c>.</summary>
    public const byte ApproxFunc = 64;
    /// <summary><c>reassoc</c>.</summary>
    public const byte AllowReassoc = 128;

    /// <summary>Whether <paramref name="flags"/> include every flag of <paramref name="required"/>.</summary>
    public static bool Has(byte flags, byte required) => (flags & Fast) != 0 || (flags & required) == required;
}

/// <summary>A defined function: its attributes and what its body does that the analysis needs.</summary>
/// <param name="Global">Its index in <see cref="BitcodeModule.GlobalValues"/>.</param>
/// <param name="FunctionType">Its function type id.</param>
/// <param name="Attributes">Its attribute list.</param>
/// <param name="Calls">Its call sites, in order.</param>
/// <param name="PartialInstructions">When <paramref name="Body"/> is null (the function is incomplete): the
/// instructions read before the decoding stopped, in order, without their operands (<see cref="IrInstruction.First"/>
/// and <see cref="IrInstruction.Count"/> point nowhere); empty otherwise (the body holds them).</param>
/// <param name="InlineAsm">The inline asm values of its constants block.</param>
/// <param name="IsComplete">False when a record this reader does not know stopped the decoding (value numbering
/// could not continue safely): the lists are then partial.</param>
/// <param name="Problem">Why it is incomplete.</param>
/// <param name="Body">The function's instructions, blocks and operands (the control flow and data flow the
/// analysis folds), or null when it was not kept.</param>
internal sealed record IrFunction(int Global, int FunctionType, AttributeList Attributes, CallSite[] Calls,
    IrInstruction[] PartialInstructions, IReadOnlyList<InlineAsm> InlineAsm, bool IsComplete, string? Problem, IrBody? Body = null);

/// <summary>What an instruction is, as far as control flow, constant folding and uses need it.</summary>
internal enum IrOp : byte
{
    /// <summary>An instruction whose operands are all recorded but that the analysis does not interpret.</summary>
    Other,
    /// <summary>A binary operator (<see cref="IrInstruction.Code"/>: BinaryOpcodes).</summary>
    Binary,
    /// <summary>A cast (Code: CastOpcodes; <see cref="IrInstruction.Aux"/>: the source type id).</summary>
    Cast,
    /// <summary>icmp or fcmp (Code: the predicate; Type: the operand type).</summary>
    Cmp,
    /// <summary>select: operands cond, true value, false value.</summary>
    Select,
    /// <summary>phi: operands (value, block) pairs.</summary>
    Phi,
    /// <summary>call: operands callee, arguments; Aux: index in <see cref="IrFunction.Calls"/>.</summary>
    Call,
    /// <summary>load: operand the address; Type: the loaded type; Code: 1 atomic, 2 volatile.</summary>
    Load,
    /// <summary>store: operands address, value; Type: the value's type (-1 when not known); Code 1 for an atomic store (0 otherwise).</summary>
    Store,
    /// <summary>alloca: operand the element count; Type: the allocated type.</summary>
    Alloca,
    /// <summary>getelementptr: operands base, indices.</summary>
    Gep,
    /// <summary>atomicrmw: operands address, value.</summary>
    AtomicRmw,
    /// <summary>cmpxchg: operands address, expected, new value.</summary>
    CmpXchg,
    /// <summary>freeze.</summary>
    Freeze,
    /// <summary>A unary operator (Code: UnaryOpcodes, 0 fneg).</summary>
    Unary,
    /// <summary>ret: operand the value, if any.</summary>
    Ret,
    /// <summary>br: operands (block) or (cond, true block, false block).</summary>
    Br,
    /// <summary>switch: operands cond, default block, then (case value, block) pairs.</summary>
    Switch,
    /// <summary>indirectbr: operands address, blocks.</summary>
    IndirectBr,
    /// <summary>invoke: operands normal and unwind blocks (Code: 2), callee, arguments; Aux: the call index.</summary>
    Invoke,
    /// <summary>callbr: operands default and indirect blocks (Code: their count), callee, arguments; Aux: the call index.</summary>
    CallBr,
    /// <summary>unreachable.</summary>
    Unreachable,
    /// <summary>resume, cleanupret, catchret, catchswitch, or a switch in a form this reader does not follow:
    /// a terminator whose successors are not recorded (any block may follow).</summary>
    OtherTerminator,
}

/// <summary>What an operand is.</summary>
internal enum IrValueKind : byte
{
    /// <summary>Not a value the analysis follows (metadata, inline asm, a forward reference that never resolved).</summary>
    Other,
    /// <summary>The result of the instruction at <see cref="IrValue.Index"/>.</summary>
    Instruction,
    /// <summary>The function's argument number <see cref="IrValue.Index"/>.</summary>
    Argument,
    /// <summary>An integer constant, <see cref="IrValue.Int"/> (an integer zero included).</summary>
    Int,
    /// <summary>The global value at <see cref="IrValue.Index"/>, or a cast or GEP of it.</summary>
    Global,
    /// <summary>null, undef, poison, or a zero aggregate.</summary>
    Null,
    /// <summary>Another constant, that names the globals <see cref="IrBody.ConstantGlobals"/>[<see cref="IrValue.Index"/>] (possibly none).</summary>
    Constant,
    /// <summary>The basic block number <see cref="IrValue.Index"/>.</summary>
    Block,
}

/// <summary>An operand.</summary>
/// <remarks>Nine bytes (no padding): one value holds the integer of an <see cref="IrValueKind.Int"/> operand and the
/// index of any other, as no operand has both. Operands are the largest part of a module's IR, and every byte of it
/// is fresh memory the process must fault in and clear.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly record struct IrValue
{
    private readonly long _payload;

    /// <summary>An operand.</summary>
    /// <param name="kind">What it is.</param>
    /// <param name="index">The instruction, argument, global, block or constant-table index (ignored for an integer).</param>
    /// <param name="int">An integer constant's value (ignored for any other kind).</param>
    public IrValue(IrValueKind kind, int index, long @int = 0)
    {
        Kind = kind;
        _payload = kind == IrValueKind.Int ? @int : index;
    }

    /// <summary>An operand of a kind other than <see cref="IrValueKind.Int"/> (no test of the kind).</summary>
    internal static IrValue OfIndex(IrValueKind kind, int index) => new(kind, (long)index);

    private IrValue(IrValueKind kind, long payload)
    {
        Kind = kind;
        _payload = payload;
    }

    /// <summary>What it is.</summary>
    public IrValueKind Kind { get; }

    /// <summary>The instruction, argument, global, block or constant-table index; 0 for an integer.</summary>
    public int Index => Kind == IrValueKind.Int ? 0 : (int)_payload;

    /// <summary>An integer constant's value; 0 for any other kind.</summary>
    public long Int => Kind == IrValueKind.Int ? _payload : 0;
}

/// <summary>One instruction.</summary>
/// <param name="Op">What it is.</param>
/// <param name="Block">The basic block it is in.</param>
/// <param name="Code">The opcode, predicate or successor count (see <see cref="IrOp"/>).</param>
/// <param name="Type">Its result type id (see <see cref="IrOp"/> for exceptions), -1 when not known.</param>
/// <param name="First">Its first operand in <see cref="IrBody.Operands"/>.</param>
/// <param name="Count">Its operand count.</param>
/// <param name="Aux">The call index of a call, invoke or callbr; a cast's source type; the alignment in bytes of an
/// atomic load, store, cmpxchg or atomicrmw (-1 when the record does not say); a binary operation's flags (for add,
/// sub, mul and shl <see cref="IrInstruction.NoUnsignedWrap"/> and <see cref="IrInstruction.NoSignedWrap"/>; -1 when
/// the record has none); the index of an <c>extractvalue</c> with one (-1 with several); else -1.</param>
/// <remarks>Unpadded (25 bytes rather than 28): a module holds a million of them.</remarks>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly record struct IrInstruction(IrOp Op, int Block, uint Code, int Type, int First, int Count, int Aux)
{
    /// <summary>A binary operation's flag (<see cref="Aux"/>): no unsigned wrap (<c>nuw</c>), for add, sub, mul and shl.</summary>
    public const int NoUnsignedWrap = 1;
    /// <summary>A binary operation's flag (<see cref="Aux"/>): no signed wrap (<c>nsw</c>), for add, sub, mul and shl.</summary>
    public const int NoSignedWrap = 2;

    /// <summary>True for a binary operation whose record carries <paramref name="flag"/>.</summary>
    public bool HasBinaryFlag(int flag) => Op == IrOp.Binary && Aux > 0 && (Aux & flag) != 0;

    /// <summary>For a call, invoke or callbr: the position of the callee among its operands (the successor blocks
    /// of an invoke or callbr come first); the arguments follow it.</summary>
    public int CalleeOperand => Op == IrOp.Call ? 0 : (int)Code;

    /// <summary>The <see cref="Code"/> of an <see cref="IrOp.OtherTerminator"/> that is a <c>resume</c>.</summary>
    public const uint ResumeCode = 1;

    /// <summary>A <c>resume</c> (DwarfEHPrepare turns it into a call to <c>_Unwind_Resume</c> or its target's equivalent).</summary>
    public bool IsResume => Op == IrOp.OtherTerminator && Code == ResumeCode;

    /// <summary>A <c>fence</c>: an <see cref="IrOp.Other"/> whose <see cref="Code"/> is the record code FUNC_CODE_INST_FENCE.</summary>
    public bool IsFence => Op == IrOp.Other && Code == (uint)FunctionCode.InstFence;

    /// <summary>The <see cref="Code"/> of an <see cref="IrOp.Other"/> that is a <c>landingpad</c> without <c>cleanup</c>.</summary>
    public const uint LandingPadCode = 0x8000_0000;

    /// <summary>The <see cref="Code"/> of an <see cref="IrOp.Other"/> that is a <c>landingpad</c> with <c>cleanup</c>.</summary>
    public const uint CleanupLandingPadCode = 0x8000_0001;

    /// <summary>A <c>landingpad</c> with the <c>cleanup</c> clause (the pads from which DwarfEHPrepare keeps a resume).</summary>
    public bool IsCleanupLandingPad => Op == IrOp.Other && Code == CleanupLandingPadCode;

    // Typed views of Code for the instructions that keep an LLVM code in it (see IrOp). Each is the same uint,
    // cast: no field is added and no instruction is tested, so a caller checks Op first.

    /// <summary>A binary operator's opcode (<see cref="IrOp.Binary"/>).</summary>
    public BinaryOpcode BinaryOp { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (BinaryOpcode)Code; }

    /// <summary>A cast's opcode (<see cref="IrOp.Cast"/>).</summary>
    public CastOpcode CastOp { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (CastOpcode)Code; }

    /// <summary>A unary operator's opcode (<see cref="IrOp.Unary"/>).</summary>
    public UnaryOpcode UnaryOp { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (UnaryOpcode)Code; }

    /// <summary>An icmp's or fcmp's predicate (<see cref="IrOp.Cmp"/>).</summary>
    public CmpPredicate Predicate { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (CmpPredicate)Code; }

    /// <summary>A load atomic or store atomic (<see cref="IrOp.Load"/>, <see cref="IrOp.Store"/>: Code bit 0).</summary>
    public bool IsAtomic { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (Code & 1) != 0; }

    /// <summary>A volatile load (<see cref="IrOp.Load"/>: Code bit 1).</summary>
    public bool IsVolatile { [MethodImpl(MethodImplOptions.AggressiveInlining)] get => (Code & 2) != 0; }
}

/// <summary>A function body as the analysis needs it: instructions in order, grouped in numbered basic blocks
/// (block 0 is the entry), with every value operand resolved. Immutable; thread-safe.</summary>
internal sealed class IrBody
{
    private readonly IrInstruction[] _instructions;
    private readonly IrValue[] _operands;

    internal IrBody(int blockCount, int argumentCount, IrInstruction[] instructions, IrValue[] operands, IReadOnlyList<int[]> constantGlobals)
    {
        BlockCount = blockCount;
        ArgumentCount = argumentCount;
        _instructions = instructions;
        _operands = operands;
        ConstantGlobals = constantGlobals;
    }

    /// <summary>The number of basic blocks.</summary>
    public int BlockCount { get; }

    /// <summary>The number of arguments.</summary>
    public int ArgumentCount { get; }

    /// <summary>The instructions, in order.</summary>
    public ReadOnlySpan<IrInstruction> Instructions => _instructions;

    /// <summary>All operands, indexed by <see cref="IrInstruction.First"/>.</summary>
    public ReadOnlySpan<IrValue> Operands => _operands;

    /// <summary>For each <see cref="IrValueKind.Constant"/> operand's Index: the globals that constant names.</summary>
    public IReadOnlyList<int[]> ConstantGlobals { get; }

    /// <summary>True when some instruction's operands are not recorded (exception-handling pads and returns,
    /// landingpad, va_arg): the globals the body names may then be more than its operands show.</summary>
    public bool HasUnrecordedOperands { get; init; }

    // the reader's list of the instructions that may write memory (null: found on first use)
    private int[]? _writes;

    /// <summary>The reader's <see cref="Writes"/>, made while it emitted the instructions.</summary>
    internal int[] WritesList { init => _writes = value; }

    /// <summary>The instructions that may write memory a load can read, in order: stores, atomic updates and calls of
    /// every kind (<see cref="MayWrite"/>). The analyses that ask what memory holds visit these, not every
    /// instruction.</summary>
    public ReadOnlySpan<int> Writes => _writes ??= FindWrites(_instructions); // the same list whichever thread finds it

    /// <summary>True for an instruction kind that may write memory: a store, an atomic update, or a call.</summary>
    public static bool MayWrite(IrOp op) => op is IrOp.Store or IrOp.AtomicRmw or IrOp.CmpXchg or IrOp.Call or IrOp.Invoke or IrOp.CallBr;

    private static int[] FindWrites(IrInstruction[] instructions)
    {
        var writes = new List<int>();
        for (int i = 0; i < instructions.Length; i++)
            if (MayWrite(instructions[i].Op)) writes.Add(i);
        return [.. writes];
    }

    /// <summary>The operands of <paramref name="instruction"/>.</summary>
    public ReadOnlySpan<IrValue> OperandsOf(in IrInstruction instruction) => _operands.AsSpan(instruction.First, instruction.Count);

    /// <summary>What <see cref="GlobalOffset"/> keeps for an offset it cannot give.</summary>
    internal const long UnknownOffset = long.MinValue;

    // Constant details: the operands whose constant points into its global at an offset other than 0, sorted.
    private int[]? _offsetOperands;
    private long[] _offsets = [];

    internal void SetGlobalOffsets(int[] operands, long[] offsets)
    {
        _offsetOperands = operands;
        _offsets = offsets;
    }

    /// <summary>True when the body was read with constant details (<see cref="BitcodeReadOptions.ConstantDetails"/>),
    /// so that <see cref="GlobalOffset"/> answers.</summary>
    public bool HasGlobalOffsets => _offsetOperands is not null;

    /// <summary>
    /// For an operand of kind <see cref="IrValueKind.Global"/> (an index into <see cref="Operands"/>): the constant
    /// byte offset from the global's start of the address it stands for (0 for the global itself or a cast of it;
    /// 5 for <c>getelementptr ([9 x i8], ptr @s, i64 0, i64 5)</c>). Null when the offset is not a constant this
    /// reader computes (a struct field past the first, a size that depends on the data layout, a cast to an
    /// integer) or when the body was read without constant details.
    /// </summary>
    public long? GlobalOffset(int operand)
    {
        if (_offsetOperands is null) return null;
        int at = Array.BinarySearch(_offsetOperands, operand);
        if (at < 0) return 0;
        long offset = _offsets[at];
        return offset == UnknownOffset ? null : offset;
    }
}
