namespace KsymTrim.Analysis.Lowering;

/// <summary>The machines the lowering model knows. Anything else is <see cref="Unknown"/>, for which the model
/// predicts only what every LLVM backend does (see <see cref="LoweringModel"/>).</summary>
internal enum TargetArch
{
    /// <summary>A triple the model does not know.</summary>
    Unknown,
    /// <summary>x86_64 (amd64).</summary>
    X86_64,
    /// <summary>i386, i486, i586, i686 (32-bit x86).</summary>
    I386,
    /// <summary>aarch64 (arm64), little or big endian.</summary>
    AArch64,
    /// <summary>32-bit ARM: arm*, armeb*, thumb*.</summary>
    Arm,
    /// <summary>riscv32.</summary>
    RiscV32,
    /// <summary>riscv64.</summary>
    RiscV64,
    /// <summary>32-bit PowerPC (powerpc, powerpcle).</summary>
    PowerPC,
    /// <summary>64-bit PowerPC, big (ELFv1) or little (ELFv2) endian.</summary>
    PowerPC64,
    /// <summary>IBM Z (s390x, SystemZ).</summary>
    S390x,
}

/// <summary>What kind of value an operand or result is.</summary>
internal enum ValueClass
{
    /// <summary>Anything else (void, labels, aggregates).</summary>
    Other,
    /// <summary>An integer <c>iN</c>; <see cref="ValueShape.Bits"/> is N.</summary>
    Integer,
    /// <summary>A floating-point type; <see cref="ValueShape.Bits"/>: 16 half, 32 float, 64 double, 80 x86_fp80,
    /// 128 fp128, 129 ppc_fp128 (<see cref="ValueShape.PpcFp128Bits"/>), 17 bfloat (<see cref="ValueShape.BFloatBits"/>: 16
    /// bits wide, but not IEEE half).</summary>
    Float,
    /// <summary>A pointer; <see cref="ValueShape.Bits"/> its width (0 when unknown).</summary>
    Pointer,
    /// <summary>A vector of <see cref="ValueShape.Lanes"/> elements of <see cref="ValueShape.ElementClass"/> and
    /// <see cref="ValueShape.Bits"/> bits each.</summary>
    Vector,
}

/// <summary>The shape of one IR value: its class and width. For a vector, <see cref="Bits"/> is the element width,
/// <see cref="ElementClass"/> the element class and <see cref="Lanes"/> the element count.</summary>
/// <param name="Class">The value's class.</param>
/// <param name="Bits">Integer or float width (see <see cref="ValueClass.Float"/> for the float codes), pointer width,
/// or a vector's element width.</param>
/// <param name="Lanes">Vector element count; 1 for scalars.</param>
/// <param name="ElementClass">A vector's element class; <see cref="ValueClass.Other"/> for scalars.</param>
internal readonly record struct ValueShape(ValueClass Class, int Bits, int Lanes = 1, ValueClass ElementClass = ValueClass.Other)
{
    /// <summary>The <see cref="Bits"/> code for ppc_fp128 (IBM double-double), distinct from IEEE fp128's 128.</summary>
    public const int PpcFp128Bits = 129;

    /// <summary>The <see cref="Bits"/> code for bfloat (a 16-bit float that is not IEEE half).</summary>
    public const int BFloatBits = 17;

    /// <summary>An integer of <paramref name="bits"/> bits.</summary>
    public static ValueShape Int(int bits) => new(ValueClass.Integer, bits);

    /// <summary>A float of <paramref name="bits"/> bits (16, 32, 64, 80, 128; <see cref="PpcFp128Bits"/>,
    /// <see cref="BFloatBits"/>).</summary>
    public static ValueShape Float(int bits) => new(ValueClass.Float, bits);

    /// <summary>A pointer.</summary>
    public static ValueShape Pointer(int bits = 0) => new(ValueClass.Pointer, bits);

    /// <summary>A vector of <paramref name="lanes"/> elements.</summary>
    public static ValueShape Vector(ValueClass element, int bits, int lanes) => new(ValueClass.Vector, bits, lanes, element);

    /// <summary>No value (void).</summary>
    public static ValueShape None => default;

    /// <summary>True for bfloat.</summary>
    public bool IsBFloat => Class == ValueClass.Float && Bits == BFloatBits;

    /// <summary>The scalar class: <see cref="Class"/>, or <see cref="ElementClass"/> for a vector.</summary>
    public ValueClass ScalarClass => Class == ValueClass.Vector ? ElementClass : Class;

    /// <summary>Parses the short text form used by tests and docs: <c>i64</c>, <c>f32</c>, <c>f16</c>, <c>bf16</c>,
    /// <c>f80</c>, <c>f128</c>, <c>ppcf128</c>, <c>ptr</c>, <c>v4i32</c>, <c>void</c>.</summary>
    public static ValueShape Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text is "" or "void") return None;
        if (text == "ptr") return Pointer();
        if (text == "ppcf128") return Float(PpcFp128Bits);
        if (text == "bf16") return Float(BFloatBits);
        if (text[0] == 'v')
        {
            int i = 1;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            var element = Parse(text[i..]);
            return Vector(element.Class, element.Bits, int.Parse(text.AsSpan(1, i - 1), System.Globalization.CultureInfo.InvariantCulture));
        }
        if (text[0] == 'i') return Int(int.Parse(text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        if (text[0] == 'f') return Float(int.Parse(text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        throw new FormatException("not a value shape: " + text);
    }

    /// <inheritdoc/>
    public override string ToString() => Class switch
    {
        ValueClass.Integer => "i" + Bits,
        ValueClass.Float => Bits == PpcFp128Bits ? "ppcf128" : Bits == BFloatBits ? "bf16" : "f" + Bits,
        ValueClass.Pointer => "ptr",
        ValueClass.Vector => "v" + Lanes + new ValueShape(ElementClass, Bits),
        _ => "void",
    };
}

/// <summary>The IR instructions whose lowering can add a call.</summary>
internal enum InstructionOp
{
    /// <summary><c>add</c> (never a call; listed so callers need not filter).</summary>
    Add,
    /// <summary><c>sub</c>.</summary>
    Sub,
    /// <summary><c>mul</c>.</summary>
    Mul,
    /// <summary><c>udiv</c>.</summary>
    UDiv,
    /// <summary><c>sdiv</c>.</summary>
    SDiv,
    /// <summary><c>urem</c>.</summary>
    URem,
    /// <summary><c>srem</c>.</summary>
    SRem,
    /// <summary><c>shl</c>.</summary>
    Shl,
    /// <summary><c>lshr</c>.</summary>
    LShr,
    /// <summary><c>ashr</c>.</summary>
    AShr,
    /// <summary><c>and</c>.</summary>
    And,
    /// <summary><c>or</c>.</summary>
    Or,
    /// <summary><c>xor</c>.</summary>
    Xor,
    /// <summary><c>fadd</c>.</summary>
    FAdd,
    /// <summary><c>fsub</c>.</summary>
    FSub,
    /// <summary><c>fmul</c>.</summary>
    FMul,
    /// <summary><c>fdiv</c>.</summary>
    FDiv,
    /// <summary><c>frem</c>.</summary>
    FRem,
    /// <summary><c>fneg</c>.</summary>
    FNeg,
    /// <summary><c>fcmp</c>; the predicate goes in the <c>atomicOp</c> argument (see <see cref="FCmpPredicate"/>).</summary>
    FCmp,
    /// <summary><c>fptoui</c>.</summary>
    FPToUI,
    /// <summary><c>fptosi</c>.</summary>
    FPToSI,
    /// <summary><c>uitofp</c>.</summary>
    UIToFP,
    /// <summary><c>sitofp</c>.</summary>
    SIToFP,
    /// <summary><c>fptrunc</c>.</summary>
    FPTrunc,
    /// <summary><c>fpext</c>.</summary>
    FPExt,
    /// <summary><c>atomicrmw</c>; its operation goes in <c>atomicOp</c> (see <see cref="AtomicRmwOp"/>).</summary>
    AtomicRmw,
    /// <summary><c>cmpxchg</c>.</summary>
    CmpXchg,
    /// <summary><c>load atomic</c>.</summary>
    AtomicLoad,
    /// <summary><c>store atomic</c>.</summary>
    AtomicStore,
    /// <summary><c>fence</c>.</summary>
    Fence,
}

/// <summary>LLVM's <c>AtomicRMWInst::BinOp</c> numbering (llvm/IR/Instructions.h), which is also the bitcode's
/// after <c>getDecodedRMWOperation</c>.</summary>
internal enum AtomicRmwOp
{
    /// <summary><c>xchg</c>.</summary>
    Xchg = 0,
    /// <summary><c>add</c>.</summary>
    Add = 1,
    /// <summary><c>sub</c>.</summary>
    Sub = 2,
    /// <summary><c>and</c>.</summary>
    And = 3,
    /// <summary><c>nand</c>.</summary>
    Nand = 4,
    /// <summary><c>or</c>.</summary>
    Or = 5,
    /// <summary><c>xor</c>.</summary>
    Xor = 6,
    /// <summary><c>max</c>.</summary>
    Max = 7,
    /// <summary><c>min</c>.</summary>
    Min = 8,
    /// <summary><c>umax</c>.</summary>
    UMax = 9,
    /// <summary><c>umin</c>.</summary>
    UMin = 10,
    /// <summary><c>fadd</c>.</summary>
    FAdd = 11,
    /// <summary><c>fsub</c>.</summary>
    FSub = 12,
    /// <summary><c>fmax</c> (LLVM 15).</summary>
    FMax = 13,
    /// <summary><c>fmin</c> (LLVM 15).</summary>
    FMin = 14,
    /// <summary><c>uinc_wrap</c> (LLVM 16).</summary>
    UIncWrap = 15,
    /// <summary><c>udec_wrap</c> (LLVM 16).</summary>
    UDecWrap = 16,
}

/// <summary>LLVM's <c>CmpInst::Predicate</c> numbering for floating-point compares (llvm/IR/InstrTypes.h).</summary>
internal enum FCmpPredicate
{
    /// <summary>Always false.</summary>
    False = 0,
    /// <summary>Ordered and equal.</summary>
    Oeq = 1,
    /// <summary>Ordered and greater.</summary>
    Ogt = 2,
    /// <summary>Ordered and greater or equal.</summary>
    Oge = 3,
    /// <summary>Ordered and less.</summary>
    Olt = 4,
    /// <summary>Ordered and less or equal.</summary>
    Ole = 5,
    /// <summary>Ordered and not equal.</summary>
    One = 6,
    /// <summary>Ordered (no NaN).</summary>
    Ord = 7,
    /// <summary>Unordered (a NaN).</summary>
    Uno = 8,
    /// <summary>Unordered or equal.</summary>
    Ueq = 9,
    /// <summary>Unordered or greater.</summary>
    Ugt = 10,
    /// <summary>Unordered or greater or equal.</summary>
    Uge = 11,
    /// <summary>Unordered or less.</summary>
    Ult = 12,
    /// <summary>Unordered or less or equal.</summary>
    Ule = 13,
    /// <summary>Unordered or not equal.</summary>
    Une = 14,
    /// <summary>Always true.</summary>
    True = 15,
}

/// <summary>Atomic orderings as the model needs them (AArch64 outline-atomics helpers are named by ordering).</summary>
internal enum AtomicOrdering
{
    /// <summary>Not known: the model predicts every ordering's helper.</summary>
    Unknown = 0,
    /// <summary><c>unordered</c> or <c>monotonic</c>.</summary>
    Monotonic = 2,
    /// <summary><c>acquire</c>.</summary>
    Acquire = 4,
    /// <summary><c>release</c>.</summary>
    Release = 5,
    /// <summary><c>acq_rel</c>.</summary>
    AcquireRelease = 6,
    /// <summary><c>seq_cst</c>.</summary>
    SequentiallyConsistent = 7,
}

/// <summary>A call code generation adds: the symbol, and the rule that predicts it, for a person to read
/// (e.g. "udiv i64 on i386 -> __udivdi3 (RuntimeLibcalls.def UDIV_I64; X86ISelLowering: no 64-bit divide)").</summary>
/// <param name="Symbol">The undefined symbol the object will reference.</param>
/// <param name="Rule">Why: the IR construct, the target condition and the LLVM source.</param>
internal readonly record struct LoweredCall(string Symbol, string Rule);

/// <summary>Facts about one function body that decide the calls its attributes imply.</summary>
/// <param name="NeedsStackProtector">StackProtector.cpp would protect the function: <c>sspreq</c>, or
/// <see cref="LoweringModel.AllocaNeedsProtector"/> true for one of its allocas.</param>
/// <param name="HasIndirectCalls">An indirect call or indirect tail call (callee not a function).</param>
/// <param name="HasIndirectBranches">An <c>indirectbr</c>.</param>
/// <param name="HasReturns">A <c>ret</c> instruction.</param>
/// <param name="HasCalls">Any call that is not to an intrinsic.</param>
/// <param name="HasThreadLocalAccess">The body names a <c>thread_local</c> global or calls llvm.threadlocal.address.</param>
/// <param name="HasDynamicAlloca">An alloca whose size is not constant.</param>
/// <param name="HasResume">A <c>resume</c> instruction that DwarfEHPrepare keeps: the function also has a
/// <c>landingpad</c> with <c>cleanup</c> (pruneUnreachableResumes makes a resume that no cleanup pad reaches
/// unreachable; reachability itself is not checked).</param>
/// <param name="Personality">The function's personality routine, as EHPersonalities.cpp classifyEHPersonality
/// sorts it.</param>
/// <param name="CallingConv">The function's calling convention (CallingConv::ID; 11 HiPE).</param>
/// <param name="BFloatFromRegisters">A <c>bfloat</c> parameter, or a call returning <c>bfloat</c>: a value the calling
/// convention hands over in a register of another type.</param>
/// <param name="ShadowStackGc">The function has <c>gc "shadow-stack"</c>.</param>
internal readonly record struct FunctionFacts(bool NeedsStackProtector, bool HasIndirectCalls, bool HasIndirectBranches,
    bool HasReturns, bool HasCalls, bool HasThreadLocalAccess = false, bool HasDynamicAlloca = false, bool HasResume = false,
    EhPersonality Personality = EhPersonality.Unknown, int CallingConv = 0, bool BFloatFromRegisters = false, bool ShadowStackGc = false);

/// <summary>A personality routine as code generation sorts it (IR/EHPersonalities.cpp classifyEHPersonality).</summary>
internal enum EhPersonality
{
    /// <summary>None, or not known (a constant expression in bitcode before opaque pointers).</summary>
    Unknown,
    /// <summary><c>__gxx_personality_v0</c> (GNU_CXX).</summary>
    GnuCxx,
    /// <summary><c>__gxx_personality_sj0</c> (GNU_CXX_SjLj).</summary>
    GnuCxxSjLj,
    /// <summary>Any other named routine (<c>__gcc_personality_v0</c>, <c>rust_eh_personality</c>...).</summary>
    Other,
}

/// <summary>Facts about one <c>alloca</c> for StackProtector.cpp's <c>RequiresStackProtector</c>.</summary>
/// <param name="IsArray">The allocated type is an array type.</param>
/// <param name="ContainsArray">The allocated type is an array, or a struct with an array member at any depth of
/// struct nesting (StackProtector's <c>ContainsProtectableArray</c> looks through structs, not through arrays).</param>
/// <param name="CharArray">Of the arrays found that way, one has element type exactly <c>i8</c>.</param>
/// <param name="ArrayBytes">The largest alloc size of the arrays found that way (for a top-level array, its size);
/// with <see cref="CharArray"/>, the largest <c>i8</c> array when <see cref="LargestCharArrayBytes"/> is not given.</param>
/// <param name="IsVariableSize">An array allocation (<c>alloca T, N</c>) whose count is not a constant.</param>
/// <param name="AddressTaken">StackProtector's <c>HasAddressTaken</c> holds (the analyzer computes it).</param>
/// <param name="IsStructWithArray">The allocated type is a struct and the array(s) are members.</param>
/// <param name="AllocationCount">The constant count of <c>alloca T, N</c>; 1 for a plain alloca.</param>
/// <param name="LargestCharArrayBytes">The largest <c>i8</c> array found, or -1 to use <see cref="ArrayBytes"/>.</param>
internal readonly record struct AllocaFacts(bool IsArray, bool ContainsArray, bool CharArray, long ArrayBytes, bool IsVariableSize,
    bool AddressTaken, bool IsStructWithArray, long AllocationCount = 1, long LargestCharArrayBytes = -1);

/// <summary>A module flag's value: a string (<c>!"sysreg"</c>) or an integer (<c>i32 40</c>).</summary>
/// <param name="String">The string value, or null.</param>
/// <param name="Int">The integer value, or null.</param>
internal readonly record struct ModuleFlagValue(string? String, long? Int);
