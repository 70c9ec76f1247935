using KsymTrim.Analysis.Lowering;
using KsymTrim.Bitcode.Module;
using KsymTrim.Caching;
using KsymTrim.InlineAsm;

namespace KsymTrim.Analysis;

/// <summary>
/// Translates the bitcode model into the questions the lowering model (<see cref="LoweringModel"/>) and the
/// inline asm scanner (<see cref="InlineAsmReferences"/>) answer: which calls an instruction, an intrinsic, an asm
/// statement or a function's attributes make code generation add. One instance per module; not thread-safe.
/// </summary>
internal sealed class BitcodeLowering
{
    private readonly BitcodeModule _module;
    private readonly CodegenTarget _target;

    /// <summary>The module's target.</summary>
    internal CodegenTarget Target => _target;
    private readonly Dictionary<string, ModuleFlagValue> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<AttributeList, FunctionTraits> _traits = new(ReferenceEqualityComparer.Instance);
    // Functions with different parameter attributes have different lists but mostly share one function group.
    private readonly Dictionary<AttributeGroup, FunctionTraits> _traitsByGroup = new(ReferenceEqualityComparer.Instance);
    private FunctionTraits? _traitsWithoutAttributes;
    private readonly List<LoweredCall> _calls = [];
    private readonly List<long?> _constants = [];
    private readonly List<int> _alignments = [];
    private readonly List<ValueShape> _shapes = [];

    // per global value: its lowering traits, GlobalTraits.None until computed on first use
    private readonly GlobalTraits[] _callee;

    private static readonly HashSet<string> Expandable = new(StringComparer.Ordinal)
    {
        "memcmp", "bcmp", "mempcpy", "strlen", "strnlen", "strcmp", "strcpy", "stpcpy", "memchr",
    };

    // asked at every direct call site (twice): the cached case inlined, the computation apart
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private GlobalTraits Callee(int global) => _callee[global] is var b && b != GlobalTraits.None ? b : ComputeCallee(global);

    private GlobalTraits ComputeCallee(int global)
    {
        var g = _module.Globals[global];
        var b = GlobalTraits.Computed;
        if (g.Name.StartsWith("llvm.", StringComparison.Ordinal) && IntrinsicRules.Find(g.Name) is null) b |= GlobalTraits.NoLowering;
        if (g.Name is "llvm.trap" or "llvm.debugtrap" or "llvm.ubsantrap") b |= GlobalTraits.Trap;
        if (g.IsDeclarationForLinker && HasDontCallError(g.Attributes)) b |= GlobalTraits.DontCallError;
        if (g.IsDeclarationForLinker && (Expandable.Contains(g.Name) || LibraryCallRules.FindFortified(g.Name) is not null)) b |= GlobalTraits.Expandable;
        if (g.IsDeclarationForLinker && !g.IsLocal && LibraryCallRules.Recognises(g.Name)) b |= GlobalTraits.LibraryCall;
        if (g.IsDeclarationForLinker && !g.IsLocal && MassvRules.Redirects(_target, g.Name)) b |= GlobalTraits.LibraryCall | GlobalTraits.Massv;
        return _callee[global] = b;
    }

    // per function attribute group's attributes (shared by the module's declarations, and by modules: the reader
    // shares the arrays of identical groups): whether they include dontcall-error
    private readonly Dictionary<IReadOnlyList<IrAttribute>, bool> _dontCallError = new(ReferenceEqualityComparer.Instance);

    // the same per attribute list (declarations with the same attributes share one)
    private readonly Dictionary<AttributeList, bool> _dontCallErrorByList = new(ReferenceEqualityComparer.Instance);

    /// <summary><c>list.Function("dontcall-error") is not null</c>, decided once per attribute list and group.</summary>
    private bool HasDontCallError(AttributeList list)
    {
        if (_dontCallErrorByList.TryGetValue(list, out bool found)) return found;
        var groups = list.Groups;
        for (int i = 0; i < groups.Count && !found; i++)
        {
            var g = groups[i];
            if (g.Index != AttributeGroup.FunctionIndex) continue;
            if (!_dontCallError.TryGetValue(g.Attributes, out bool has))
            {
                var attributes = g.Attributes;
                for (int k = 0; k < attributes.Count && !has; k++) has = attributes[k].Name == "dontcall-error";
                _dontCallError[g.Attributes] = has;
            }
            found = has;
        }
        _dontCallErrorByList[list] = found;
        return found;
    }

    public BitcodeLowering(BitcodeModule module)
    {
        _callee = new GlobalTraits[module.Globals.Length];
        _module = module;
        _target = SharedTarget(module.Triple ?? "", module.ProducerMajor);
        foreach (var f in module.ModuleFlags) _flags[f.Name] = new ModuleFlagValue(f.String, f.Int);
        CopiesByVal = LoweringModel.CopiesByValWithMemcpy(_target) && module.HasByValParameters;
    }

    /// <summary>Per-function state: its traits (attributes as the lowering model reads them).</summary>
    internal sealed class FunctionLowering(IrFunction function, FunctionTraits traits)
    {
        public IrFunction Function { get; } = function;
        public FunctionTraits Traits { get; } = traits;
    }

    public FunctionLowering ForFunction(IrFunction f)
    {
        if (!_traits.TryGetValue(f.Attributes, out var traits))
            _traits[f.Attributes] = traits = TraitsOf(f.Attributes);
        return new FunctionLowering(f, traits);
    }

    /// <summary>The traits of an attribute list, shared by every list with the same function group (and, through
    /// <see cref="SharedTraits"/>, by every module with the same target and function attributes).</summary>
    private FunctionTraits TraitsOf(AttributeList list)
    {
        AttributeGroup? only = null;
        int groups = 0;
        var all = list.Groups;
        for (int i = 0; i < all.Count; i++) // not foreach: an interface's boxed enumerator, for every list of a module
            if (all[i].Index == AttributeGroup.FunctionIndex) { only = all[i]; groups++; }
        if (groups == 0) return _traitsWithoutAttributes ??= SharedTraits(_target, []);
        if (groups == 1)
        {
            if (!_traitsByGroup.TryGetValue(only!, out var traits))
            {
                // Identical groups share their attribute array (the reader's group cache): known from another module
                // without hashing the attributes (the long target-features string among them) again.
                var key = new GroupKey(_target, only!.Attributes);
                if (!TraitsByGroup.TryGetValue(key, out traits))
                    traits = Bounded.Add(TraitsByGroup, key, SharedTraits(_target, FunctionAttributes(only.Attributes)), ref _groupCount, MaxSharedTraits);
                _traitsByGroup[only] = traits;
            }
            return traits;
        }
        var merged = new List<IrAttribute>();
        foreach (var g in all)
            if (g.Index == AttributeGroup.FunctionIndex) merged.AddRange(g.Attributes);
        return SharedTraits(_target, FunctionAttributes(merged));
    }

    /// <summary>Function attributes as <see cref="FunctionTraits.From"/> reads them.</summary>
    private static KeyValuePair<string, string?>[] FunctionAttributes(IReadOnlyList<IrAttribute> attributes)
    {
        var attrs = new KeyValuePair<string, string?>[attributes.Count];
        for (int i = 0; i < attrs.Length; i++)
        {
            var a = attributes[i];
            attrs[i] = new(a.Name, a.Encoding == AttributeEncoding.String ? a.Value : null);
        }
        return attrs;
    }

    // Process-wide, bounded: every module of a kernel build has the same few targets and function attribute sets,
    // and FunctionTraits (immutable, thread-safe) costs a feature-string parse and a capability table to build.
    private const int MaxSharedTraits = 4096;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int), CodegenTarget> Targets = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<TraitsKey, FunctionTraits> Traits = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<GroupKey, FunctionTraits> TraitsByGroup = new();
    private static int _targetCount, _traitsCount, _asmCount, _groupCount;

    /// <summary>A target and an attribute array, both by reference.</summary>
    private readonly struct GroupKey(CodegenTarget target, IReadOnlyList<IrAttribute> attributes) : IEquatable<GroupKey>
    {
        public CodegenTarget Target => target;
        public IReadOnlyList<IrAttribute> Attributes => attributes;

        public bool Equals(GroupKey other) => ReferenceEquals(target, other.Target) && ReferenceEquals(attributes, other.Attributes);

        public override bool Equals(object? obj) => obj is GroupKey k && Equals(k);

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(target),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(attributes));
    }

    /// <summary>One <see cref="CodegenTarget"/> per (triple, LLVM major): a target is a pure function of them, and
    /// sharing it lets <see cref="SharedTraits"/> compare targets by reference.</summary>
    private static CodegenTarget SharedTarget(string triple, int llvmMajor)
    {
        if (Targets.TryGetValue((triple, llvmMajor), out var target)) return target;
        target = CodegenTarget.FromTriple(triple, llvmMajor);
        return Bounded.Add(Targets, (triple, llvmMajor), target, ref _targetCount, MaxSharedTraits);
    }

    private static FunctionTraits SharedTraits(CodegenTarget target, KeyValuePair<string, string?>[] attrs)
    {
        var key = new TraitsKey(target, attrs);
        if (Traits.TryGetValue(key, out var traits)) return traits;
        traits = FunctionTraits.From(target, attrs);
        return Bounded.Add(Traits, key, traits, ref _traitsCount, MaxSharedTraits);
    }

    /// <summary>A target (by reference) and function attributes (by value, in order).</summary>
    private readonly struct TraitsKey(CodegenTarget target, KeyValuePair<string, string?>[] attrs) : IEquatable<TraitsKey>
    {
        private readonly int _hash = Hash(target, attrs);

        private static int Hash(CodegenTarget target, KeyValuePair<string, string?>[] attrs)
        {
            var h = new HashCode();
            h.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(target));
            foreach (var (k, v) in attrs)
            {
                h.Add(k);
                h.Add(v);
            }
            return h.ToHashCode();
        }

        public CodegenTarget Target => target;
        public KeyValuePair<string, string?>[] Attributes => attrs;

        public bool Equals(TraitsKey other)
        {
            if (_hash != other._hash || !ReferenceEquals(target, other.Target) || attrs.Length != other.Attributes.Length) return false;
            for (int i = 0; i < attrs.Length; i++)
                if (attrs[i].Key != other.Attributes[i].Key || attrs[i].Value != other.Attributes[i].Value) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is TraitsKey k && Equals(k);

        public override int GetHashCode() => _hash;
    }

    /// <summary>True when code generation removes this call: a call to a function with <c>dontcall-error</c>
    /// (a surviving call fails the build: Clang's <c>__attribute__((error))</c>, the kernel's
    /// <c>__compiletime_assert_*</c> and <c>__bad_copy_*</c>), or a library call the backend expands inline
    /// (memcmp/bcmp of a small constant size and the like: <see cref="LoweringModel.MayExpandCall"/>).</summary>
    /// <param name="fl">The calling function.</param>
    /// <param name="call">The call site.</param>
    /// <param name="calleeGlobal">The callee's global value index.</param>
    /// <param name="instruction">The call's index in the function body's instructions (-1 unknown): a PowerPC MASSV call
    /// (<see cref="MassvRules"/>) is redirected, so no longer names its callee, only when its result is used.</param>
    public bool CallDisappears(FunctionLowering fl, CallSite call, int calleeGlobal, int instruction = -1)
    {
        if ((uint)calleeGlobal >= (uint)_module.Globals.Length) return false;
        var b = Callee(calleeGlobal);
        if ((b & GlobalTraits.DontCallError) != 0) return true;
        if ((b & GlobalTraits.Massv) != 0 && call.Kind == CallKind.Call)
            return instruction >= 0 && fl.Function.Body is { } body && ResultUsed(body, instruction);
        if ((b & GlobalTraits.Expandable) == 0 || IsNoBuiltinCall(call, calleeGlobal)) return false;
        Arguments(call);
        string name = _module.Globals[calleeGlobal].Name;
        if (!SizeArgumentFits(name)) return false;
        return LoweringModel.MayExpandCall(_target, fl.Traits, name, _constants, _alignments);
    }

    /// <summary>True when an operand of <paramref name="body"/> reads the result of instruction <paramref name="instruction"/>
    /// (<c>!use_empty()</c>). A scan of the function's operands: asked only for the rare calls that need it.</summary>
    private static bool ResultUsed(IrBody body, int instruction)
    {
        foreach (var v in body.Operands)
            if (v.Kind == IrValueKind.Instruction && v.Index == instruction) return true;
        return false;
    }

    /// <summary>TargetLibraryInfo isValidProtoForLibFunc: a size_t parameter must be the pointer-sized integer, or the
    /// function is not recognised and the call stays (mempcpy with an i64 size on a 32-bit target stays mempcpy).
    /// Reads the arguments <see cref="Arguments"/> filled.</summary>
    private bool SizeArgumentFits(string name)
    {
        int size = name switch { "memcmp" or "bcmp" or "mempcpy" or "memchr" => 2, "strnlen" => 1, _ => -1 };
        return size < 0 || (size < _shapes.Count && _shapes[size].Class == ValueClass.Integer && _shapes[size].Bits == _target.PointerBits);
    }

    /// <summary>CallBase::isNoBuiltin: the call site, or the callee's declaration, has <c>nobuiltin</c> (Clang puts it on
    /// library calls under -fno-builtin/-ffreestanding). Such a call stays a call to its callee (TargetLibraryInfo
    /// getLibFunc(const CallBase&amp;) refuses it; SelectionDAGBuilder::visitCall checks <c>!I.isNoBuiltin()</c>). A
    /// <c>builtin</c> call-site attribute, which would override the callee's, is not looked at: the call is kept.</summary>
    private bool IsNoBuiltinCall(CallSite call, int calleeGlobal) => CallOrCalleeHas(call, calleeGlobal, "nobuiltin");

    /// <summary>The call site or the callee's declaration has function attribute <paramref name="name"/>.</summary>
    private bool CallOrCalleeHas(CallSite call, int calleeGlobal, string name) =>
        call.Attributes.Function(name) is not null ||
        ((uint)calleeGlobal < (uint)_module.Globals.Length && _module.Globals[calleeGlobal].Attributes.Function(name) is not null);

    /// <summary>True when calls of this module may copy <c>byval</c> arguments with memcpy: the target does, and an
    /// attribute list of the module has <c>byval</c> (decided once per module; the check at every call showed in
    /// callgrind, 0.15% of `used` over lto-x86_64).</summary>
    public bool CopiesByVal { get; }

    /// <summary>The copies of a call's <c>byval</c> arguments (the call site's attribute, or the callee's): the
    /// memcpy rule of each (<see cref="LoweringModel.ForByValArgument"/>).</summary>
    public void ByValArguments(FunctionLowering fl, string fn, CallSite call, EvidenceSink add)
    {
        if (!CopiesByVal) return;
        if (call.Attributes.HasByValParameter) ByVal(fl, fn, call.Attributes, add);
        int g = call.CalleeGlobal;
        if ((uint)g >= (uint)_module.Globals.Length || call.Callee != CalleeKind.Global) return;
        var calleeAttributes = _module.Globals[g].Attributes;
        if (calleeAttributes.HasByValParameter) ByVal(fl, fn, calleeAttributes, add);
    }

    private void ByVal(FunctionLowering fl, string fn, AttributeList attributes, EvidenceSink add)
    {
        foreach (var g in attributes.Groups)
        {
            if (g.Index == AttributeGroup.FunctionIndex || g.Index == 0) continue;
            int type = -1, align = 0;
            foreach (var attr in g.Attributes)
            {
                if (attr.Name == "byval") type = attr.Encoding == AttributeEncoding.Type && attr.Int <= int.MaxValue ? (int)attr.Int : -2;
                else if (attr.Name == "align" && attr.Encoding == AttributeEncoding.Int && attr.Int <= 1UL << 30) align = (int)attr.Int;
            }
            if (type == -1) continue;
            _calls.Clear();
            LoweringModel.ForByValArgument(_target, fl.Traits, type >= 0 ? ByValBytes(type, 0) : null, align, _calls);
            foreach (var c in _calls) add.Add(c.Symbol, ReferenceSource.Libcall, fn, c.Rule);
        }
    }

    /// <summary>An upper bound of a type's size in bytes (each struct member padded to 8 bytes), or null when unknown.</summary>
    private long? ByValBytes(int typeId, int depth)
    {
        var t = _module.Types.Get((ulong)Math.Max(typeId, 0));
        if (typeId < 0 || t is null || depth > 16) return null;
        switch (t.Kind)
        {
            case IrTypeKind.Integer or IrTypeKind.Float: return (long)Math.Min((t.Width + 7) / 8, 1UL << 32);
            case IrTypeKind.Pointer: return 8;
            case IrTypeKind.Array or IrTypeKind.Vector:
                return ByValBytes(t.Contained[0], depth + 1) is long e && t.Width < 1UL << 32 ? e * (long)t.Width : null;
            case IrTypeKind.Struct:
            {
                long sum = 0;
                foreach (int c in t.Contained)
                {
                    if (ByValBytes(c, depth + 1) is not long member) return null;
                    sum += (member + 7) & ~7L;
                }
                return sum;
            }
            default: return null;
        }
    }

    /// <summary>A call to a declared library function that code generation may replace by a DAG node (<c>sinl</c>,
    /// <c>fmin</c>, <c>mempcpy</c>...): what that node lowers to (<see cref="LoweringModel.ForLibraryCall"/>).
    /// <paramref name="instruction"/>: the call's index in the function's body, or -1.</summary>
    public void LibraryCall(FunctionLowering fl, string fn, CallSite call, int calleeGlobal, int instruction, EvidenceSink add)
    {
        if (!IsLibraryCall(calleeGlobal)) return;
        string name = _module.Globals[calleeGlobal].Name;
        // PPCLowerMASSVEntries redirects MASSV calls whatever nobuiltin says
        if ((Callee(calleeGlobal) & GlobalTraits.Massv) == 0 && IsNoBuiltinCall(call, calleeGlobal)) return;
        // SelectionDAGBuilder::visitUnaryFloatCall/visitBinaryFloatCall (and the copysign, ldexp cases of visitCall)
        // make the node only when I.onlyReadsMemory(): a libm call that may set errno stays a call to its callee.
        // A strictfp call (CallBase::isStrictFP) is never replaced either (visitCall's !I.isStrictFP()).
        if (LibraryCallRules.NeedsOnlyReadsMemory(name) && (!OnlyReadsMemory(call, calleeGlobal) || IsStrictFP(call, calleeGlobal))) return;
        Arguments(call);
        var fnType = _module.Types.Get((ulong)Math.Max(call.FunctionType, 0));
        var result = fnType is { Kind: IrTypeKind.Function } t ? Shape(t.ReturnType) : ValueShape.None;
        _calls.Clear();
        LoweringModel.ForLibraryCall(_target, fl.Traits, name, _shapes, _constants, _alignments, result, _calls,
            sinCosPaired: SinCosPaired(fl, instruction));
        foreach (var c in _calls) add.Add(c.Symbol, ReferenceSource.Libcall, fn, c.Rule);
    }

    /// <summary>Global <paramref name="global"/> is a library function <see cref="LibraryCall"/> may lower (asked at every
    /// direct call site: inlined, so that the walk calls <see cref="LibraryCall"/> only for those).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsLibraryCall(int global) => (uint)global < (uint)_callee.Length && (Callee(global) & GlobalTraits.LibraryCall) != 0;

    // Per traits and thread-local global: the calls an access adds (they depend on the target and the module flags
    // besides, fixed for the module).
    private readonly Dictionary<(FunctionTraits, int), LoweredCall[]> _threadLocalCalls = [];

    /// <summary>An access to thread-local global <paramref name="global"/> (<see cref="LoweringModel.ForThreadLocal"/>).</summary>
    public void ThreadLocal(FunctionLowering fl, string fn, int global, EvidenceSink add)
    {
        if (!_threadLocalCalls.TryGetValue((fl.Traits, global), out var calls))
        {
            var g = _module.Globals[global];
            _calls.Clear();
            LoweringModel.ForThreadLocal(_target, fl.Traits, _module.MangledName(g.Name), g.ThreadLocal, g.IsDsoLocal,
                !g.IsDeclarationForLinker, _flags, _calls);
            _threadLocalCalls[(fl.Traits, global)] = calls = _calls.ToArray();
        }
        foreach (var c in calls) add.Add(c.Symbol, ReferenceSource.Libcall, fn, c.Rule);
    }

    /// <summary>The libcalls an instruction lowers to.</summary>
    public void Instruction(FunctionLowering fl, string fn, in IrInstruction inst, EvidenceSink add)
    {
        InstructionOp op;
        ValueShape operand, result;
        int extra = 0;
        switch (inst.Op)
        {
            case IrOp.Binary:
            {
                operand = result = Shape(inst.Type);
                bool fp = operand.ScalarClass == ValueClass.Float;
                op = (inst.BinaryOp, fp) switch // the encoding's SDIV and SREM stand for fdiv and frem too
                {
                    (BinaryOpcode.Mul, false) => InstructionOp.Mul,
                    (BinaryOpcode.Udiv, false) => InstructionOp.UDiv,
                    (BinaryOpcode.Sdiv, false) => InstructionOp.SDiv,
                    (BinaryOpcode.Urem, false) => InstructionOp.URem,
                    (BinaryOpcode.Srem, false) => InstructionOp.SRem,
                    (BinaryOpcode.Shl, false) => InstructionOp.Shl,
                    (BinaryOpcode.Lshr, false) => InstructionOp.LShr,
                    (BinaryOpcode.Ashr, false) => InstructionOp.AShr,
                    (BinaryOpcode.Add, true) => InstructionOp.FAdd,
                    (BinaryOpcode.Sub, true) => InstructionOp.FSub,
                    (BinaryOpcode.Mul, true) => InstructionOp.FMul,
                    (BinaryOpcode.Sdiv, true) => InstructionOp.FDiv,
                    (BinaryOpcode.Srem, true) => InstructionOp.FRem,
                    _ => InstructionOp.Add,
                };
                if (op == InstructionOp.Add) return; // add, sub, logic: never a call
                // ExpandIntRes_Shift: a constant amount is ExpandShiftByConstant, before any libcall strategy
                // (llc 22 SystemZ/int-mul-08.ll: lshr i128 by 64 on z10 calls nothing, a variable one __lshrti3).
                // An i128 amount is a wide-integer constant (no globals named), not an Int operand.
                if (op is InstructionOp.Shl or InstructionOp.LShr or InstructionOp.AShr && fl.Function.Body is { } body
                    && inst.Count >= 2 && body.Operands[inst.First + 1] is var amount
                    && (amount.Kind is IrValueKind.Int or IrValueKind.Null
                        || (amount.Kind == IrValueKind.Constant && (uint)amount.Index < (uint)body.ConstantGlobals.Count
                            && body.ConstantGlobals[amount.Index].Length == 0))) return;
                break;
            }
            case IrOp.Unary when inst.UnaryOp == UnaryOpcode.Fneg:
                op = InstructionOp.FNeg;
                operand = result = Shape(inst.Type);
                break;
            case IrOp.Cast:
                op = inst.CastOp switch
                {
                    CastOpcode.Fptoui => InstructionOp.FPToUI, CastOpcode.Fptosi => InstructionOp.FPToSI,
                    CastOpcode.Uitofp => InstructionOp.UIToFP, CastOpcode.Sitofp => InstructionOp.SIToFP,
                    CastOpcode.Fptrunc => InstructionOp.FPTrunc, CastOpcode.Fpext => InstructionOp.FPExt, _ => InstructionOp.Add,
                };
                if (op == InstructionOp.Add) return;
                operand = Shape(inst.Aux);
                result = Shape(inst.Type);
                break;
            case IrOp.Cmp when inst.Predicate <= CmpPredicate.LastFcmpPredicate:
                op = InstructionOp.FCmp;
                operand = result = Shape(inst.Type);
                extra = (int)inst.Code;
                break;
            case IrOp.AtomicRmw:
                op = InstructionOp.AtomicRmw;
                operand = result = Shape(inst.Type);
                extra = (int)inst.Code;
                break;
            case IrOp.CmpXchg:
                op = InstructionOp.CmpXchg;
                operand = result = Shape(inst.Type);
                break;
            case IrOp.Load when inst.IsAtomic:
                op = InstructionOp.AtomicLoad;
                operand = result = Shape(inst.Type);
                break;
            case IrOp.Other when inst.IsFence:
                op = InstructionOp.Fence;
                operand = result = ValueShape.None;
                break;
            case IrOp.Store when inst.IsAtomic && !inst.IsVolatile:
                op = InstructionOp.AtomicStore;
                operand = result = Shape(inst.Type);
                break;
            default:
                return;
        }
        _calls.Clear();
        int alignment = op >= InstructionOp.AtomicRmw && inst.Aux > 0 ? inst.Aux : 0;
        LoweringModel.ForInstruction(_target, fl.Traits, op, operand, result, extra, alignment, _calls);
        foreach (var c in _calls) add.Add(c.Symbol, ReferenceSource.Libcall, fn, c.Rule);
    }

    /// <summary>CallBase::onlyReadsMemory: the call site's or the callee's memory effects (<c>memory(...)</c>, or
    /// <c>readnone</c>/<c>readonly</c> before LLVM 16) write nothing (MemoryEffects: two bits per location, bit 1 Mod).</summary>
    private bool OnlyReadsMemory(CallSite call, int calleeGlobal) =>
        ReadsOnly(call.Attributes) ||
        ((uint)calleeGlobal < (uint)_module.Globals.Length && ReadsOnly(_module.Globals[calleeGlobal].Attributes));

    private bool IsStrictFP(CallSite call, int calleeGlobal) => CallOrCalleeHas(call, calleeGlobal, "strictfp");

    private static bool ReadsOnly(AttributeList list)
    {
        foreach (var a in list.FunctionAttributes)
            if (a.Name is "readnone" or "readonly" || (a.Name == "memory" && a.Encoding == AttributeEncoding.Int && (a.Int & 0xAAAAAAAAAAAAAAAAUL) == 0))
                return true;
        return false;
    }

    /// <summary>Which of FSIN, FCOS, FSINCOS the call at <paramref name="instruction"/> of <paramref name="body"/>
    /// makes (1, 2, 3), or 0: llvm.sin/cos/sincos, or a call to sin/cos(f/l) (whose node needs onlyReadsMemory,
    /// not checked for a partner: a partner seen where there is none predicts more).</summary>
    private int SinCosKind(IrBody body, int instruction)
    {
        var inst = body.Instructions[instruction];
        if (inst.Op != IrOp.Call || inst.Count < 2) return 0;
        var callee = body.Operands[inst.First];
        if (callee.Kind != IrValueKind.Global || (uint)callee.Index >= (uint)_module.Globals.Length) return 0;
        string name = _module.Globals[callee.Index].Name;
        if (name.StartsWith("llvm.", StringComparison.Ordinal))
            return name.StartsWith("llvm.sin.", StringComparison.Ordinal) ? 1 : name.StartsWith("llvm.cos.", StringComparison.Ordinal) ? 2
                : name.StartsWith("llvm.sincos.", StringComparison.Ordinal) ? 3 : 0;
        return name switch { "sin" or "sinf" or "sinl" => 1, "cos" or "cosf" or "cosl" => 2, _ => 0 };
    }

    /// <summary>LegalizeDAG useSinCos: an FSIN (FCOS) becomes FSINCOS only when its operand has another user that is
    /// an FCOS (FSIN) or an FSINCOS; the DAG is one basic block's, so: a sin and a cos (or llvm.sincos) of the same
    /// value in the same block. True when the call at <paramref name="instruction"/> has such a partner, or when
    /// that is not known (no body).</summary>
    private bool SinCosPaired(FunctionLowering fl, int instruction)
    {
        var body = fl.Function.Body;
        if (body is null || (uint)instruction >= (uint)body.Instructions.Length) return true;
        int kind = SinCosKind(body, instruction);
        if (kind is 0 or 3) return true;
        var instructions = body.Instructions;
        int block = instructions[instruction].Block;
        var operand = body.Operands[instructions[instruction].First + 1];
        int first = instruction, last = instruction;
        while (first > 0 && instructions[first - 1].Block == block) first--;
        while (last + 1 < instructions.Length && instructions[last + 1].Block == block) last++;
        for (int k = first; k <= last; k++)
        {
            if (k == instruction) continue;
            int other = SinCosKind(body, k);
            if ((other == 3 || (other != 0 && other != kind)) && body.Operands[instructions[k].First + 1] == operand) return true;
        }
        return false;
    }

    /// <summary>The calls an intrinsic call lowers to. <paramref name="instruction"/>: the call's index in the
    /// function's body, or -1.</summary>
    public void Intrinsic(FunctionLowering fl, string fn, string name, CallSite call, int instruction, EvidenceSink add)
    {
        // llvm.trap, debugtrap and ubsantrap with a "trap-func-name" call-site attribute (clang's -ftrap-function)
        // are a call to that function (SelectionDAGBuilder::visitIntrinsicCall, and GlobalISel's IRTranslator).
        var traits = (uint)call.CalleeGlobal < (uint)_callee.Length ? Callee(call.CalleeGlobal) : GlobalTraits.None;
        if ((traits & GlobalTraits.Trap) != 0 && call.Attributes.Function("trap-func-name") is { Value: { Length: > 0 } trapFunction })
            add.Add(trapFunction, ReferenceSource.Intrinsic, fn, $"{name} with \"trap-func-name\"=\"{trapFunction}\" -> call {trapFunction} (SelectionDAGBuilder::visitIntrinsicCall)");
        if ((traits & GlobalTraits.NoLowering) != 0) return;
        Arguments(call);
        var fnType = _module.Types.Get((ulong)Math.Max(call.FunctionType, 0));
        var result = fnType is { Kind: IrTypeKind.Function } t ? Shape(t.ReturnType) : ValueShape.None;
        _calls.Clear();
        LoweringModel.ForIntrinsic(_target, fl.Traits, name, _shapes, _constants, _alignments, result, _calls,
            sinCosPaired: !name.StartsWith("llvm.sin.", StringComparison.Ordinal) && !name.StartsWith("llvm.cos.", StringComparison.Ordinal)
                          || SinCosPaired(fl, instruction),
            powIsCubeRoot: call.FastMath != 0 && name.StartsWith("llvm.pow.", StringComparison.Ordinal) && PowIsCubeRoot(fl, call, instruction, result));
        foreach (var c in _calls) add.Add(c.Symbol, ReferenceSource.Intrinsic, fn, c.Rule);
    }

    /// <summary>An <c>llvm.pow</c> call that DAGCombiner::visitFPOW makes a cube root (<see cref="LoweringModel.PowIsCubeRoot"/>):
    /// its exponent a float constant, or an <c>fdiv</c> of <c>uitofp</c>/<c>sitofp</c> of integer constants in the
    /// call's block, which SelectionDAG::getNode folds to a ConstantFP (llc X86/pow.ll: <c>1 / 3</c> so).</summary>
    private bool PowIsCubeRoot(FunctionLowering fl, CallSite call, int instruction, ValueShape result)
    {
        if (call.Arguments.Count != 2 || result.Class != ValueClass.Float) return false;
        var exponent = call.Arguments[1];
        if (exponent.Kind == OperandKind.Float) return LoweringModel.PowIsCubeRoot(result.Bits, call.FastMath, exponent.FloatBits);
        if (exponent.Kind != OperandKind.Other || instruction < 0 || fl.Function.Body is not { } body) return false;
        var inst = body.Instructions[instruction];
        if (inst.Op != IrOp.Call || inst.Count < 3) return false;
        double? value = FoldFloat(body, body.Operands[inst.First + 2], inst.Block, result.Bits, 0);
        ulong bits = value is not double v ? 0 : result.Bits == 32 ? BitConverter.SingleToUInt32Bits((float)v) : BitConverter.DoubleToUInt64Bits(v);
        return value is not null && LoweringModel.PowIsCubeRoot(result.Bits, call.FastMath, bits);
    }

    /// <summary>The value of a float <paramref name="v"/> of <paramref name="fp"/> bits that SelectionDAG folds to a
    /// constant (uitofp/sitofp of an integer constant, fdiv of such values, all in <paramref name="block"/>), rounded to
    /// its type; else null.</summary>
    private static double? FoldFloat(IrBody body, IrValue v, int block, int fp, int depth)
    {
        if (v.Kind != IrValueKind.Instruction || (uint)v.Index >= (uint)body.Instructions.Length || depth > 4) return null;
        var inst = body.Instructions[v.Index];
        if (inst.Block != block || inst.Count < 1) return null;
        var first = body.Operands[inst.First];
        double? value = inst.Op switch
        {
            IrOp.Cast when first.Kind == IrValueKind.Int && inst.CastOp == CastOpcode.Sitofp => first.Int,
            IrOp.Cast when first.Kind == IrValueKind.Int && inst.CastOp == CastOpcode.Uitofp && first.Int >= 0 => first.Int,
            IrOp.Binary when inst.BinaryOp == BinaryOpcode.Sdiv && inst.Count == 2 => // fdiv shares SDIV's code
                FoldFloat(body, first, block, fp, depth + 1) is double a && FoldFloat(body, body.Operands[inst.First + 1], block, fp, depth + 1) is double b
                    ? (fp == 32 ? (float)a / (float)b : a / b) : null,
            _ => null,
        };
        return value is double r && fp == 32 ? (float)r : value;
    }

    // Per traits, per FunctionFacts (as bits): the calls ForFunction gives. They depend only on the target and
    // the module flags besides, both fixed for the module, and most functions share a few traits and facts.
    private readonly Dictionary<FunctionTraits, FunctionCallsEntry?[]> _functionCalls = new(ReferenceEqualityComparer.Instance);

    // Adding evidence for a symbol and source a second time changes nothing (the evidence and the own names only
    // grow), so a list of calls already added to a sink is not added to it again.
    private sealed class FunctionCallsEntry(LoweredCall[] calls)
    {
        public LoweredCall[] Calls => calls;
        public EvidenceSink? AddedTo { get; set; }
    }

    /// <summary>The calls the function's attributes and the module's flags imply.</summary>
    public void FunctionCalls(FunctionLowering fl, string fn, FunctionFacts facts, EvidenceSink add)
    {
        if (facts.CallingConv == 11 || facts.BFloatFromRegisters || facts.ShadowStackGc)
        {
            // rare facts the table's key leaves out (the HiPE calling convention, i386 bfloat, the shadow-stack GC): asked every time
            _calls.Clear();
            LoweringModel.ForFunction(_target, fl.Traits, facts, _flags, _calls);
            foreach (var c in _calls) add.Add(c.Symbol, ReferenceSource.Attribute, fn, c.Rule);
            return;
        }
        int key = (facts.NeedsStackProtector ? 1 : 0) | (facts.HasIndirectCalls ? 2 : 0) | (facts.HasIndirectBranches ? 4 : 0) |
            (facts.HasReturns ? 8 : 0) | (facts.HasCalls ? 16 : 0) | (facts.HasThreadLocalAccess ? 32 : 0) | (facts.HasDynamicAlloca ? 64 : 0) |
            (facts.HasResume ? 128 : 0) | ((int)facts.Personality << 8);
        // Keys of functions without a personality (nearly all) are below 256: the table grows to hold the others only
        // when one comes (clearing 1,024 entries per traits and module cost 0.4% of the LTO corpora's instructions).
        if (!_functionCalls.TryGetValue(fl.Traits, out var byFacts)) _functionCalls[fl.Traits] = byFacts = new FunctionCallsEntry?[256];
        if (key >= byFacts.Length)
        {
            Array.Resize(ref byFacts, 1024);
            _functionCalls[fl.Traits] = byFacts;
        }
        var entry = byFacts[key];
        if (entry is null)
        {
            _calls.Clear();
            LoweringModel.ForFunction(_target, fl.Traits, facts, _flags, _calls);
            byFacts[key] = entry = new FunctionCallsEntry(_calls.ToArray());
        }
        if (ReferenceEquals(entry.AddedTo, add)) return;
        foreach (var c in entry.Calls) add.Add(c.Symbol, ReferenceSource.Attribute, fn, c.Rule);
        entry.AddedTo = add;
    }

    // The module's asm constants (one object per distinct asm value, shared by its call sites) to their process-wide
    // templates: the template strings are hashed once per module, not at every call site.
    private readonly Dictionary<Bitcode.Module.InlineAsm, InlineAsmTemplate> _templates = new(ReferenceEqualityComparer.Instance);
    private string?[]? _asmNames;
    private readonly AsmOperand[]?[] _asmArguments = new AsmOperand[]?[16];

    // What all of the module's inline asm may expand to together: what one template alone may (AsmAssembler.BudgetFor's
    // minimum, 4 Mi characters and a million statements), and for each distinct asm value 64 characters and 16
    // statements per character of its text. Without it each template had its own minimum: a 25 KB module of a hundred
    // small loops took 40 s and 2 GB (fuzzing).
    private const long ModuleAsmChars = 4L << 20, ModuleAsmStatements = 1_000_000;
    private readonly AsmBudget _asmBudget = new(ModuleAsmChars, ModuleAsmStatements);

    /// <summary>The symbols an inline asm call site names, operands substituted. An array, shared with every call site
    /// of the same asm and operands: callers enumerate it without an enumerator object.</summary>
    public AsmReference[] AsmReferences(CallSite call, AsmDialect dialect)
    {
        var asm = call.Asm!;
        if (!_templates.TryGetValue(asm, out var template) || !ReferenceEquals(template.Dialect, dialect))
        {
            if (!_templates.ContainsKey(asm))
            {
                _asmBudget.Chars += 64L * (asm.Asm.Length + asm.Constraints.Length);
                _asmBudget.Statements += 16L * asm.Asm.Length;
            }
            _templates[asm] = template = InlineAsmTemplate.For(dialect, asm.Asm, asm.Constraints);
        }
        // The arguments are read into an array kept per argument count: most calls find their result cached, and only
        // a call that stores one needs an array of its own.
        int count = call.Arguments.Count;
        var operands = count < _asmArguments.Length ? _asmArguments[count] ??= new AsmOperand[count] : new AsmOperand[count];
        for (int i = 0; i < operands.Length; i++)
        {
            var a = call.Arguments[i];
            operands[i] = a.Kind switch
            {
                OperandKind.Int => AsmOperand.Constant(a.Int),
                OperandKind.Null => AsmOperand.Constant(0),
                OperandKind.Global when (uint)a.Global < (uint)_module.Globals.Length => AsmOperand.Global(AsmName(a.Global)),
                _ => AsmOperand.Unknown,
            };
        }
        // Kernel asm repeats: the same template with the same operands at many call sites and in many modules.
        var keyOperands = template.CacheKey(operands);
        var key = new AsmKey(template, keyOperands);
        if (AsmCache.TryGetValue(key, out var cached)) return cached;
        var refs = InlineAsmReferences.Collect(template, operands, null, _asmBudget, out bool limited).ToArray();
        // Cut short by this module's budget: what the template alone gives is not known, so nothing is cached.
        if (limited) return refs;
        if (ReferenceEquals(keyOperands, operands)) key = new AsmKey(template, (AsmOperand[])operands.Clone());
        Bounded.Add(AsmCache, key, refs, ref _asmCount, 65536);
        return refs;
    }

    /// <summary>An asm template (shared, so compared by reference) and its operands, compared by value.</summary>
    private readonly struct AsmKey(InlineAsmTemplate template, AsmOperand[] operands) : IEquatable<AsmKey>
    {
        private readonly int _hash = Hash(template, operands);

        // The operands go into the hash: the same template recurs with many operand sets (a static key or call site
        // per use), which would otherwise share one hash and be compared in full one after another.
        // Hashed at every asm call site: symbol names by TableHash, a few instructions per 8 bytes.
        private static int Hash(InlineAsmTemplate template, AsmOperand[] operands)
        {
            ulong h = (ulong)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(template);
            foreach (var o in operands)
            {
                h = TableHash.Mix(h, (ulong)o.Kind);
                h = TableHash.Mix(h, (ulong)o.Value);
                if (o.Symbol is not null) h = TableHash.Mix(h, (uint)TableHash.Of(o.Symbol));
            }
            return TableHash.Fold(h);
        }

        public bool Equals(AsmKey other) =>
            _hash == other._hash && ReferenceEquals(template, other.Template) && operands.AsSpan().SequenceEqual(other.Operands);

        public override bool Equals(object? obj) => obj is AsmKey k && Equals(k);

        public override int GetHashCode() => _hash;

        public InlineAsmTemplate Template => template;
        public AsmOperand[] Operands => operands;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<AsmKey, AsmReference[]> AsmCache = new();

    /// <summary>Global <paramref name="index"/>'s name as the asm printer prints it: private globals get the ELF private
    /// prefix. Built once per global: a static key or string is named at many call sites.</summary>
    private string AsmName(int index)
    {
        var names = _asmNames ??= new string?[_module.Globals.Length];
        if (names[index] is { } name) return name;
        var g = _module.Globals[index];
        return names[index] = g.Linkage == Linkage.Private ? ".L" + g.Name : _module.MangledName(g.Name);
    }

    /// <summary>Fills the argument shapes, constants and alignments of <paramref name="call"/>.</summary>
    private void Arguments(CallSite call)
    {
        _shapes.Clear();
        _constants.Clear();
        _alignments.Clear();
        foreach (var a in call.Arguments)
        {
            _shapes.Add(Shape(a.Type));
            _constants.Add(a.Kind == OperandKind.Int ? a.Int : null);
            _alignments.Add(0);
        }
        foreach (var g in call.Attributes.Groups)
        {
            if (g.Index == AttributeGroup.FunctionIndex || g.Index == 0 || g.Index > (uint)_alignments.Count) continue;
            foreach (var attr in g.Attributes)
                if (attr.Name == "align" && attr.Encoding == AttributeEncoding.Int && attr.Int <= 1UL << 30)
                    _alignments[(int)g.Index - 1] = (int)attr.Int;
        }
    }

    /// <summary>The shape of a type as the lowering model sees it.</summary>
    private ValueShape Shape(int typeId)
    {
        var t = _module.Types.Get((ulong)Math.Max(typeId, 0));
        if (typeId < 0 || t is null) return ValueShape.None;
        switch (t.Kind)
        {
            case IrTypeKind.Integer: return ValueShape.Int((int)Math.Min(t.Width, int.MaxValue));
            case IrTypeKind.Float: return ValueShape.Float(FloatBits(t));
            case IrTypeKind.Pointer: return ValueShape.Pointer(_target.PointerBits);
            case IrTypeKind.Vector:
            {
                var e = _module.Types.Get((ulong)Math.Max(t.Contained[0], 0));
                // LLVM's vector elements are integers, floats or pointers: a vector of vectors (a type table that is
                // malformed, possibly cyclic: a vector of itself overflowed the stack) has no shape.
                var es = e is null || e.Kind == IrTypeKind.Vector ? ValueShape.None : Shape(t.Contained[0]);
                return ValueShape.Vector(es.Class, es.Bits, (int)Math.Min(t.Width, int.MaxValue));
            }
            default: return ValueShape.None;
        }
    }

    private static int FloatBits(IrType t) => t.Name switch
    {
        "bfloat" => ValueShape.BFloatBits,
        "ppc_fp128" => ValueShape.PpcFp128Bits,
        _ => (int)t.Width,
    };
}
