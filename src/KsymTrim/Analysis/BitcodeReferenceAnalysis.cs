using KsymTrim.Bitcode.Module;
using KsymTrim.InlineAsm;
using KsymTrim.Objects;

namespace KsymTrim.Analysis;

/// <summary>
/// What the bitcode members of one module share: the LTO backend optimises them together, importing and
/// inlining across them, so whether a function can be specialised depends on all of them.
/// </summary>
public sealed class BitcodeModuleSet
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);
    // per function name: which arguments some direct call may make constant (inlining, IPSCCP)
    private readonly Dictionary<string, bool[]> _constantArguments = new(StringComparer.Ordinal);
    // the last taint computed for a function while iterating (final once the iteration settles)
    private readonly Dictionary<IrFunction, bool[]> _taint = new(ReferenceEqualityComparer.Instance);
    // per function From visited with an undecided call: BackReferences of its body
    private readonly Dictionary<IrFunction, int> _backReferences = new(ReferenceEqualityComparer.Instance);
    // per module, per global value: what the fixpoint asks of a callee, decided once instead of per call and pass
    private readonly Dictionary<BitcodeModule, byte[]> _calleeFlags = new(ReferenceEqualityComparer.Instance);
    private const byte Intrinsic = 1, Defined = 2, Declaration = 4;
    internal const byte IntrinsicFlag = Intrinsic, DefinedFlag = Defined, DeclarationFlag = Declaration;

    /// <summary>Where an instruction's taint comes from.</summary>
    internal enum TaintSource
    {
        /// <summary>From its operands, those from <c>from</c> on (a call's arguments; every operand otherwise).</summary>
        Operands,
        /// <summary>Nowhere: an alloca, inline asm, an indirect call or an external function's result is opaque.</summary>
        Opaque,
        /// <summary>A call to a function that may be inlined: tainted whatever its operands.</summary>
        Inlinable,
    }

    /// <summary>The one rule the taint passes and <see cref="TaintView"/> share: what an instruction's taint depends on.</summary>
    internal static TaintSource TaintSourceOf(in IrInstruction inst, ReadOnlySpan<IrValue> operands, byte[] calleeFlags, out int from)
    {
        from = 0;
        if (inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr)
        {
            from = inst.CalleeOperand;
            var callee = from < inst.Count ? operands[inst.First + from] : default;
            if (callee.Kind != IrValueKind.Global || (uint)callee.Index >= (uint)calleeFlags.Length)
                return TaintSource.Opaque; // inline asm or an indirect call
            byte cf = calleeFlags[callee.Index];
            if ((cf & Intrinsic) == 0)
                return (cf & Declaration) == 0 || (cf & Defined) != 0 ? TaintSource.Inlinable : TaintSource.Opaque;
            from++;
            return TaintSource.Operands;
        }
        return inst.Op == IrOp.Alloca ? TaintSource.Opaque : TaintSource.Operands;
    }

    /// <summary>Per global value of <paramref name="m"/>: <see cref="Intrinsic"/> (an <c>llvm.</c> name),
    /// <see cref="Defined"/> (some member defines the name), <see cref="Declaration"/> (a declaration for the linker).</summary>
    private byte[] CalleeFlags(BitcodeModule m)
    {
        if (_calleeFlags.TryGetValue(m, out var flags)) return flags;
        flags = new byte[m.GlobalValues.Count];
        for (int i = 0; i < flags.Length; i++)
        {
            var g = m.GlobalValues[i];
            byte b = 0;
            if (g.Name.StartsWith("llvm.", StringComparison.Ordinal)) b |= Intrinsic;
            // a function this module defines is in _defined by construction: no lookup by name
            if ((!g.IsDeclarationForLinker && g.Kind == GlobalValueKind.Function) || _defined.Contains(g.Name)) b |= Defined;
            if (g.IsDeclarationForLinker) b |= Declaration;
            flags[i] = b;
        }
        return flags; // stored only by From, so that the set stays read-only once built
    }

    /// <summary>Collects the facts of <paramref name="modules"/> (read with function bodies): which functions
    /// they define, and, iterated to a fixed point over direct calls, which arguments may receive a constant.</summary>
    public static BitcodeModuleSet From(IEnumerable<BitcodeModule> modules)
    {
        var set = new BitcodeModuleSet();
        var list = modules.ToList();
        foreach (var m in list)
            foreach (var g in m.GlobalValues)
                if (!g.IsDeclarationForLinker && g.Kind == GlobalValueKind.Function) set._defined.Add(g.Name);

        foreach (var m in list) set._calleeFlags.TryAdd(m, set.CalleeFlags(m));

        // A worklist over functions that call functions some member defines: a function is looked at again only
        // when one of its own arguments was found to receive a constant.
        var byName = new Dictionary<string, List<Caller>>(StringComparer.Ordinal);
        var work = new Queue<Caller>();
        var calls = new List<int>();
        foreach (var m in list)
        {
            if (m.Functions is null) continue;
            var flags = set._calleeFlags[m];
            foreach (var f in m.Functions)
            {
                if (f.Body is not { } body || !CallsDefinedFunction(f, body, flags, calls)) continue;
                string name = NameOf(m, f);
                if (!byName.TryGetValue(name, out var fs)) byName[name] = fs = [];
                var caller = new Caller(m, f, body, flags, calls.ToArray()) { Queued = true };
                fs.Add(caller);
                work.Enqueue(caller);
            }
        }
        var changed = new List<string>();
        long budget = 64L * Math.Max(1, work.Count) + 1024;
        while (work.Count > 0)
        {
            if (--budget < 0) { set._settled = false; break; }
            var c = work.Dequeue();
            c.Queued = false;
            changed.Clear();
            // The taint is computed only when propagating may read it. When it is not, any earlier taint is dropped:
            // TaintOf then computes it from the final argument flags, which is what the last visit would have
            // computed (a function whose arguments change is visited again).
            TaintView? tainted = null;
            if (set.PassesUndecidedInstruction(c))
            {
                if (c.BackReferences < 0) set._backReferences[c.Function] = c.BackReferences = BackReferences(c.Body);
                if (c.BackReferences > MaxSettledBackReferences)
                {
                    var full = set.Taint(c.Module, c.Function, c.Body);
                    set._taint[c.Function] = full;
                    tainted = new TaintView(full);
                }
                else
                {
                    // Only the few instructions propagating reads: their taint, as the passes would settle it, from
                    // the flags as they are now (a recursive call may set the function's own flags while propagating).
                    set._taint.Remove(c.Function);
                    set._constantArguments.TryGetValue(NameOf(c.Module, c.Function), out var own);
                    tainted = new TaintView(c.Body, c.CalleeFlags, set._settled, own?.ToArray());
                }
            }
            else set._taint.Remove(c.Function);
            set.PropagateArguments(c, tainted, changed);
            foreach (var name in changed)
                if (byName.TryGetValue(name, out var fs))
                    foreach (var entry in fs)
                        if (!entry.Queued) { entry.Queued = true; work.Enqueue(entry); }
        }
        return set;
    }

    /// <summary>A function that calls a function some member defines, with its calls to such functions (instruction
    /// indices, in order: the only instructions the fixpoint's passes over calls look at).</summary>
    private sealed class Caller(BitcodeModule module, IrFunction function, IrBody body, byte[] calleeFlags, int[] calls)
    {
        public BitcodeModule Module => module;
        public IrFunction Function => function;
        public IrBody Body => body;
        public byte[] CalleeFlags => calleeFlags;
        public int[] Calls => calls;
        public bool Queued { get; set; }
        /// <summary><see cref="BitcodeModuleSet.BackReferences"/> of the body, or -1 until counted.</summary>
        public int BackReferences { get; set; } = -1;
    }

    private bool _settled = true;

    // per thread: Taint's list of instructions a later pass may still taint, reused between functions
    [ThreadStatic] private static int[]? t_candidates;

    /// <summary>The IR name of a defined function ("?" for a malformed index).</summary>
    internal static string NameOf(BitcodeModule module, IrFunction f) =>
        (uint)f.Global < (uint)module.GlobalValues.Count ? module.GlobalValues[f.Global].Name : "?";

    /// <summary>True when some call with arguments calls a function some member defines; fills <paramref name="calls"/>
    /// with every call of such a function (with or without arguments).</summary>
    private static bool CallsDefinedFunction(IrFunction f, IrBody body, byte[] flags, List<int> calls)
    {
        calls.Clear();
        // The call sites first (far fewer than instructions): a site's CalleeGlobal is the global its instruction's
        // callee operand names, and its arguments are the operands after the callee. Only an indirect site may hide
        // a global callee (a forward reference the reader resolved later), so without one the sites decide.
        if (f.Calls is CallSite[] sites)
        {
            bool maybe = false;
            foreach (var site in sites)
            {
                if (site.Callee == CalleeKind.Indirect ||
                    (site.Callee == CalleeKind.Global && (uint)site.CalleeGlobal < (uint)flags.Length &&
                     (flags[site.CalleeGlobal] & Defined) != 0 && site.Arguments.Count > 0)) { maybe = true; break; }
            }
            if (!maybe) return false;
        }
        bool any = false;
        var instructions = body.Instructions;
        var operands = body.Operands;
        for (int i = 0; i < instructions.Length; i++)
        {
            var inst = instructions[i];
            if (inst.Op is not (IrOp.Call or IrOp.Invoke or IrOp.CallBr)) continue;
            int at = inst.CalleeOperand;
            if (at >= inst.Count) continue;
            var callee = operands[inst.First + at];
            if (callee.Kind != IrValueKind.Global || (uint)callee.Index >= (uint)flags.Length || (flags[callee.Index] & Defined) == 0) continue;
            calls.Add(i);
            if (at + 1 < inst.Count) any = true; // with arguments
        }
        return any;
    }

    /// <summary>True when argument <paramref name="index"/> of the function <paramref name="name"/> may become
    /// a constant in the LTO backend: some direct call passes a value that is or may become constant.</summary>
    public bool ArgumentMayBeConstant(string name, int index) =>
        !_settled || (_constantArguments.TryGetValue(name, out var a) && (uint)index < (uint)a.Length && a[index]);

    /// <summary>The taint of <paramref name="f"/> (see <see cref="Taint"/>), from the iteration when it was computed there.</summary>
    internal TaintView TaintOf(BitcodeModule module, IrFunction f, IrBody body)
    {
        if (_settled && _taint.TryGetValue(f, out var t)) return new TaintView(t);
        if (!_backReferences.TryGetValue(f, out int back)) back = BackReferences(body);
        if (back > MaxSettledBackReferences) return new TaintView(Taint(module, f, body));
        _constantArguments.TryGetValue(NameOf(module, f), out var own); // read-only once built: no copy needed
        return new TaintView(body, CalleeFlags(module), _settled, own);
    }

    // Taint's passes: pass 0, then up to 31 more while some instruction changed; still changing in the last: all tainted
    private const int TaintPasses = 32;

    /// <summary>The most <see cref="BackReferences"/> with which <see cref="Taint"/>'s passes always settle: an
    /// instruction first tainted in pass p (p &gt; 0) reads one tainted in pass p - 1 at or after it, or one tainted
    /// in pass p before it; following those reads back to pass 0 crosses p distinct operand slots that read an
    /// instruction at or after their own. With at most 30 of them every instruction is tainted by pass 30, pass 31
    /// changes nothing, and the taint is the least fixed point (<see cref="TaintView"/> computes it per instruction).</summary>
    private const int MaxSettledBackReferences = TaintPasses - 2;

    /// <summary>The operand slots of <paramref name="body"/> that read an instruction at or after their own, counted
    /// up to one more than <see cref="MaxSettledBackReferences"/>.</summary>
    private static int BackReferences(IrBody body)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        int n = instructions.Length, count = 0;
        for (int i = 0; i < n; i++)
        {
            var inst = instructions[i];
            foreach (var v in operands.Slice(inst.First, inst.Count))
                if (v.Kind == IrValueKind.Instruction && v.Index >= i && v.Index < n && ++count > MaxSettledBackReferences) return count;
        }
        return count;
    }

    /// <summary>True when some member defines a function of this name (so a call to it may be inlined).</summary>
    public bool DefinesFunction(string name) => _defined.Contains(name);

    /// <summary>True when <see cref="PropagateArguments"/> may read the taint of an instruction: some direct call to
    /// a defined function passes an instruction's value where the callee's argument is not yet known to receive a
    /// constant (flags only become true while propagating, so this covers every taint it reads).</summary>
    private bool PassesUndecidedInstruction(Caller c)
    {
        var calleeFlags = c.CalleeFlags;
        var m = c.Module;
        var operands = c.Body.Operands;
        var instructions = c.Body.Instructions;
        foreach (int i in c.Calls)
        {
            var inst = instructions[i];
            int at = inst.CalleeOperand;
            var callee = operands[inst.First + at];
            if ((calleeFlags[callee.Index] & (Intrinsic | Defined)) != Defined) continue;
            // the callee's flags are looked up by name only for a call that passes an instruction's value
            bool[]? flags = null;
            bool looked = false;
            int args = inst.Count - at - 1;
            for (int k = 0; k < args; k++)
            {
                if (operands[inst.First + at + 1 + k].Kind != IrValueKind.Instruction) continue;
                if (!looked)
                {
                    _constantArguments.TryGetValue(m.GlobalValues[callee.Index].Name, out flags);
                    looked = true;
                }
                if (flags is null || k >= flags.Length || !flags[k]) return true;
            }
        }
        return false;
    }

    private void PropagateArguments(Caller c, TaintView? tainted, List<string> changedFunctions)
    {
        var m = c.Module;
        var body = c.Body;
        string self = NameOf(m, c.Function);
        var calleeFlags = c.CalleeFlags;
        var instructions = body.Instructions;
        // ArgumentMayBeConstant(self, k) without a lookup by name per argument: the function's own flags, looked up
        // again only after an entry was replaced (an entry's array changes in place otherwise)
        bool[]? own = null;
        bool ownKnown = false;
        foreach (int i in c.Calls)
        {
            var inst = instructions[i];
            int at = inst.CalleeOperand;
            var callee = body.Operands[inst.First + at];
            if ((calleeFlags[callee.Index] & (Intrinsic | Defined)) != Defined) continue;
            int args = inst.Count - at - 1;
            // nothing to propagate (an absent entry reads as an empty one: no argument may be constant)
            if (args <= 0) continue;
            var g = m.GlobalValues[callee.Index];
            if (!_constantArguments.TryGetValue(g.Name, out var flags) || flags.Length < args)
            {
                var grown = new bool[Math.Max(args, flags?.Length ?? 0)];
                flags?.CopyTo(grown, 0);
                _constantArguments[g.Name] = flags = grown;
                ownKnown = false;
            }
            for (int k = 0; k < args; k++)
            {
                if (flags[k]) continue;
                var v = body.Operands[inst.First + at + 1 + k];
                bool t = v.Kind switch
                {
                    IrValueKind.Int or IrValueKind.Null or IrValueKind.Global or IrValueKind.Constant => true,
                    IrValueKind.Argument => !_settled || OwnArgument(self, v.Index, ref own, ref ownKnown),
                    IrValueKind.Instruction => tainted is not null && tainted.IsTainted(v.Index),
                    _ => false,
                };
                if (t)
                {
                    flags[k] = true;
                    changedFunctions.Add(g.Name);
                }
            }
        }
    }

    /// <summary><see cref="ArgumentMayBeConstant"/> for a settled set, with <paramref name="own"/> the flags of
    /// <paramref name="self"/> once looked up (while <paramref name="known"/>).</summary>
    private bool OwnArgument(string self, int index, ref bool[]? own, ref bool known)
    {
        if (!known)
        {
            _constantArguments.TryGetValue(self, out own);
            known = true;
        }
        return own is not null && (uint)index < (uint)own.Length && own[index];
    }

    /// <summary>
    /// Per instruction of <paramref name="f"/>: its value may become a constant in the LTO backend. That is so
    /// when it derives from an argument that may receive a constant, from the result of a call to a function a
    /// member defines (inlining may return a constant), or from memory a local variable holds (once its address
    /// no longer escapes, the store may be forwarded); inline asm outputs and external calls are opaque.
    /// </summary>
    internal bool[] Taint(BitcodeModule module, IrFunction f, IrBody body)
    {
        string self = NameOf(module, f);
        int n = body.Instructions.Length;
        var tainted = new bool[n];
        var ops = body.Operands;
        var calleeFlags = CalleeFlags(module);
        // ArgumentMayBeConstant(self, k), looked up once: nothing changes the flags while the taint is computed
        bool settled = _settled;
        _constantArguments.TryGetValue(self, out var selfArguments);
        // Pass 0 looks at every instruction. What decides an instruction besides its operands' taint (its callee,
        // being an alloca, an argument operand, a load from an alloca) does not change between passes, so a later
        // pass can only taint an instruction pass 0 left untainted that reads some instruction: those candidates,
        // in instruction order, are all later passes visit (the same passes, in the same order, as visiting all).
        var candidates = t_candidates ??= [];
        int count = 0;
        bool changed = false;
        for (int i = 0; i < n; i++)
        {
            var inst = body.Instructions[i];
            var source = TaintSourceOf(inst, ops, calleeFlags, out int from);
            if (source == TaintSource.Opaque) continue;
            bool t = source == TaintSource.Inlinable;
            bool readsInstruction = false;
            for (int k = from; !t && k < inst.Count; k++)
            {
                var v = ops[inst.First + k];
                switch (v.Kind)
                {
                    case IrValueKind.Argument:
                        t = !settled || (selfArguments is not null && (uint)v.Index < (uint)selfArguments.Length && selfArguments[v.Index]);
                        break;
                    case IrValueKind.Instruction when (uint)v.Index < (uint)n:
                        t = tainted[v.Index] || (inst.Op == IrOp.Load && body.Instructions[v.Index].Op == IrOp.Alloca);
                        readsInstruction = true;
                        break;
                }
            }
            if (t) { tainted[i] = true; changed = true; }
            else if (readsInstruction)
            {
                if (count == candidates.Length) Array.Resize(ref candidates, Math.Max(64, 2 * count));
                candidates[count++] = (i << 1) | (from != 0 ? 1 : 0);
            }
        }
        for (int pass = 1; changed && pass < TaintPasses; pass++)
        {
            changed = false;
            int kept = 0;
            for (int c = 0; c < count; c++)
            {
                int i = candidates[c] >> 1;
                var inst = body.Instructions[i];
                int from = (candidates[c] & 1) != 0 ? inst.CalleeOperand + 1 : 0;
                bool t = false;
                for (int k = from; k < inst.Count; k++)
                    if (ops[inst.First + k] is { Kind: IrValueKind.Instruction } v && (uint)v.Index < (uint)n && tainted[v.Index]) { t = true; break; }
                if (t) { tainted[i] = true; changed = true; }
                else candidates[kept++] = candidates[c];
            }
            count = kept;
        }
        t_candidates = candidates;
        if (changed) Array.Fill(tainted, true); // did not settle: trust nothing
        return tainted;
    }
}

/// <summary>
/// The taint of a function's instructions (<see cref="BitcodeModuleSet.Taint"/>): from its array, or computed for
/// one instruction at a time when the passes are known to settle (the least fixed point then: an instruction is
/// tainted when it is tainted itself or reads, transitively, one that is), looking only at what it reads.
/// </summary>
internal sealed class TaintView
{
    private readonly bool[]? _array;
    private readonly IrBody? _body;
    private readonly byte[] _calleeFlags = [];
    private readonly bool _settled;
    private readonly bool[]? _arguments;
    private readonly int _clean;
    private readonly object? _generation;

    // Per thread: a stamp per instruction (seen by the current query, or known untainted for a view) and the
    // query's queue. Stamps only grow within a generation (a new one starts, with cleared marks, when they run
    // out), so an older view's or query's marks never match.
    [ThreadStatic] private static int[]? t_marks;
    [ThreadStatic] private static int[]? t_queue;
    [ThreadStatic] private static int t_stamp;
    [ThreadStatic] private static object? t_generation;

    public TaintView(bool[] tainted) => _array = tainted;

    public TaintView(IrBody body, byte[] calleeFlags, bool settled, bool[]? arguments)
    {
        _body = body;
        _calleeFlags = calleeFlags;
        _settled = settled;
        _arguments = arguments;
        _clean = NextStamp(body.Instructions.Length);
        _generation = t_generation!;
    }

    /// <summary>A new stamp, with marks for at least <paramref name="n"/> instructions.</summary>
    private static int NextStamp(int n)
    {
        var marks = t_marks;
        if (marks is null || t_stamp == int.MaxValue || t_generation is null)
        {
            t_marks = new int[Math.Max(n, 64)];
            t_queue = new int[t_marks.Length];
            t_stamp = 0;
            t_generation = new object();
        }
        else if (marks.Length < n)
        {
            // larger, cleared marks: what views knew is forgotten, no stamp repeats
            t_marks = new int[Math.Max(n, 2 * marks.Length)];
            t_queue = new int[t_marks.Length];
        }
        return ++t_stamp;
    }

    /// <summary>True when instruction <paramref name="index"/> is tainted (false out of range).</summary>
    public bool IsTainted(int index)
    {
        if (_array is not null) return (uint)index < (uint)_array.Length && _array[index];
        var body = _body!;
        var instructions = body.Instructions;
        var operands = body.Operands;
        int n = instructions.Length;
        if ((uint)index >= (uint)n) return false;
        int query = NextStamp(n);
        // another generation (the stamps ran out, or another thread): this view's marks are gone
        if (!ReferenceEquals(t_generation, _generation)) return Fallback(index);
        var marks = t_marks!;
        var queue = t_queue!;
        if (marks[index] == _clean) return false;
        int head = 0, tail = 0;
        marks[index] = query;
        queue[tail++] = index;
        while (head < tail)
        {
            int i = queue[head++];
            var inst = instructions[i];
            var source = BitcodeModuleSet.TaintSourceOf(inst, operands, _calleeFlags, out int from);
            if (source == BitcodeModuleSet.TaintSource.Opaque) continue;
            if (source == BitcodeModuleSet.TaintSource.Inlinable) return true;
            for (int k = from; k < inst.Count; k++)
            {
                var v = operands[inst.First + k];
                switch (v.Kind)
                {
                    case IrValueKind.Argument:
                        if (!_settled || (_arguments is not null && (uint)v.Index < (uint)_arguments.Length && _arguments[v.Index])) return true;
                        break;
                    case IrValueKind.Instruction when (uint)v.Index < (uint)n:
                        if (inst.Op == IrOp.Load && instructions[v.Index].Op == IrOp.Alloca) return true;
                        if (marks[v.Index] != query && marks[v.Index] != _clean)
                        {
                            marks[v.Index] = query;
                            queue[tail++] = v.Index;
                        }
                        break;
                }
            }
        }
        // nothing tainted reaches any of them: none is tainted
        for (int q = 0; q < tail; q++) marks[queue[q]] = _clean;
        return false;
    }

    // The marks this view knew are gone: answer as a fresh view of the same state.
    private bool Fallback(int index) => new TaintView(_body!, _calleeFlags, _settled, _arguments).IsTainted(index);
}

/// <summary>
/// The symbols the native object made from LLVM bitcode will reference: the declarations its live code and
/// data still use after code generation has folded what it folds, the calls code generation adds (libcalls for
/// instructions and intrinsics, calls implied by function attributes and module flags), and the symbols named in
/// inline and module-level asm. Thread-safe.
/// </summary>
public static class BitcodeReferenceAnalysis
{
    /// <summary>How to read bitcode for <see cref="Linkage"/>: function bodies, and the constant details
    /// (<see cref="BitcodeReadOptions.ConstantDetails"/>) of the modules that may look exports up by name at run time
    /// (they declare <c>__symbol_get</c> or <c>__symbol_put</c>, or have a <c>.no_trim_symbol</c> variable).</summary>
    public static BitcodeReadOptions ReadOptions { get; } = new()
    {
        ReadFunctionBodies = true,
        ConstantDetails = BitcodeRuntimeLookups.NeedsConstantDetails,
    };

    /// <summary>The linkage facts of one bitcode object, with evidence for every needed symbol.</summary>
    /// <param name="modules">The object's modules (one, or several for split LTO units), read with function bodies
    /// (<see cref="ReadOptions"/>: a module read without its constant details reports its run-time lookups as
    /// warnings).</param>
    /// <param name="member">The archive member, or null.</param>
    /// <param name="set">Facts shared with the module's other bitcode members.</param>
    public static ObjectLinkage Linkage(IReadOnlyList<BitcodeModule> modules, string? member, BitcodeModuleSet set)
    {
        var evidence = new Dictionary<(string, ReferenceSource), string>();
        var weak = new List<string>();
        var defined = new List<string>();
        var ownNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
            foreach (var g in module.GlobalValues)
                if (!g.IsDeclarationForLinker) ownNames.Add(module.MangledName(g.Name));
        var lookupNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var warnings = new List<LookupWarning>();
        foreach (var module in modules)
            new ModuleWalk(module, set, member, evidence, weak, defined, ownNames).Run(lookupNames, warnings);

        var refs = new SymbolReference[evidence.Count];
        int count = 0;
        foreach (var ((name, source), detail) in evidence) refs[count++] = new SymbolReference(name, source, detail);
        refs.AsSpan().Sort(default(ReferenceResolver.Order));
        var undefined = new List<string>(refs.Length);
        foreach (var r in refs)
            if (undefined.Count == 0 || undefined[^1] != r.Symbol) undefined.Add(r.Symbol);
        var lookups = new SymbolReference[lookupNames.Count];
        count = 0;
        foreach (var (name, detail) in lookupNames) lookups[count++] = new SymbolReference(name, ReferenceSource.RuntimeLookup, detail);
        lookups.AsSpan().Sort(default(ReferenceResolver.Order));
        return new ObjectLinkage(member, undefined, weak, defined) { Evidence = refs, RuntimeLookups = lookups, Warnings = warnings };
    }

    /// <summary>One module's walk: functions first (which declarations stay used, what code generation adds),
    /// then declarations and module asm.</summary>
    private sealed class ModuleWalk(BitcodeModule module, BitcodeModuleSet set, string? member,
        Dictionary<(string, ReferenceSource), string> evidence, List<string> weak, List<string> defined, HashSet<string> ownNames)
    {
        private readonly bool[] _liveUse = new bool[module.GlobalValues.Count];
        private readonly bool[] _deadUse = new bool[module.GlobalValues.Count];
        private readonly BitcodeLowering _lowering = new(module);
        private readonly AsmDialect _dialect = AsmDialect.ForTriple(module.Triple);
        private readonly EvidenceSink _sink = new(evidence, ownNames);
        private bool _protected;
        // the evidence of a declaration, built once rather than per declaration
        private readonly string _undefined = member is null ? "undefined" : "undefined in " + member;
        // per global value: CalleeFlags (decided once, not per call)
        private readonly byte[] _intrinsic = CalleeFlags.Of(module.GlobalValues);

        // the module's run-time lookups, when it may make any (null for most modules)
        private readonly BitcodeRuntimeLookups? _lookups = BitcodeRuntimeLookups.For(module, set, member);

        public void Run(Dictionary<string, string> lookupNames, List<LookupWarning> warnings)
        {
            bool exact = module.Functions is not null && module.GlobalsUsedByData is not null;
            if (module.Functions is not null)
                foreach (var f in module.Functions)
                {
                    if (f.Body is null || !f.IsComplete || f.Body.HasUnrecordedOperands) exact = false;
                    Function(f);
                }
            ModuleAsm(); // first: a name the module asm defines is the module's own
            Declarations(exact);
            _lookups?.Finish(lookupNames, warnings);
        }

        private void Add(string symbol, ReferenceSource source, string detail) => _sink.Add(symbol, source, detail);

        private void Declarations(bool exact)
        {
            var usedByData = module.GlobalsUsedByData;
            for (int g = 0; g < module.GlobalValues.Count; g++)
            {
                var gv = module.GlobalValues[g];
                if (!gv.IsDeclarationForLinker || BitcodeSymbols.IsFormatSpecific(gv)) continue;
                // A declaration that only dead code uses gets no symbol in the object. One that no instruction names
                // at all is kept: metadata (debug info locations such as DW_OP_addr) may still refer to it.
                bool used = !exact || _liveUse[g] || usedByData![g] || !_deadUse[g];
                if (!used) continue;
                string name = module.MangledName(gv.Name);
                if (gv.Linkage == KsymTrim.Bitcode.Module.Linkage.ExternalWeak) { weak.Add(name); continue; }
                Add(name, ReferenceSource.Symtab, _undefined);
            }
            foreach (var gv in module.GlobalValues)
                if (!gv.IsDeclarationForLinker && !gv.IsLocal && !BitcodeSymbols.IsFormatSpecific(gv)) defined.Add(module.MangledName(gv.Name));
        }

        private void ModuleAsm()
        {
            if (module.ModuleAsm.Length == 0) return;
            IReadOnlyList<AsmSymbol> symbols;
            try { symbols = ModuleAsmSymbols.Collect(module.ModuleAsm, _dialect); }
            catch (NotSupportedException e)
            {
                // Asm this reader cannot expand (an .if on a relocatable expression, a loop over its limits): fail
                // closed, as nm does, rather than report too little.
                throw new Diagnostics.KsymFormatException(Diagnostics.DiagnosticId.Unsupported, Diagnostics.InputFormat.Bitcode,
                    module.Offset, e.Message);
            }
            foreach (var s in symbols)
            {
                if (!s.IsUndefined) { if (s.IsGlobal) defined.Add(s.Name); ownNames.Add(s.Name); continue; }
                if (s.IsWeak) weak.Add(s.Name);
                else Add(s.Name, ReferenceSource.ModuleAsm, "module asm");
            }
        }

        private void Function(IrFunction f)
        {
            string fn = BitcodeModuleSet.NameOf(module, f);
            var body = f.Body;
            var fl = _lowering.ForFunction(f);
            if (body is null)
            {
                // Not decodable to the end (a record this reader does not know): nothing is folded, every call site
                // and operation read so far counts, and the function rules assume the worst.
                foreach (var call in f.Calls) CallSite(fn, call, fl);
                _lookups?.OnIncompleteFunction(fn, f);
                foreach (var op in f.Operations) _lowering.Instruction(fl, fn, AsInstruction(op), _sink);
                bool ssp = fl.Traits.StackProtector != Lowering.StackProtectorLevel.None;
                _lowering.FunctionCalls(fl, fn, new Lowering.FunctionFacts(ssp, true, true, true, true, HasDynamicAlloca: true), _sink);
                return;
            }
            // null: nothing folds, every instruction and operand stays (most functions: no per-function arrays)
            var fold = NeedsFolding(f, body)
                ? ConstantFolding.Fold(body, module.Types, _intrinsic, StablePredicate(f, body))
                : null;
            bool hasIndirect = false, hasReturn = false, hasCalls = false, hasIndirectBranch = false, hasDynamicAlloca = false;
            var ops = body.Operands;
            var instructions = body.Instructions;
            var calls = f.Calls as CallSite[] ?? [.. f.Calls]; // no interface call per call site
            int callCount = calls.Length;
            var liveInstructions = fold?.LiveInstructions;
            var usedOperands = fold?.UsedOperands;
            _lookups?.OnFunction(f, liveInstructions);
            for (int i = 0; i < instructions.Length; i++)
            {
                ref readonly var inst = ref instructions[i];
                bool isLive = liveInstructions is null || liveInstructions[i];
                int start = 0;
                if (inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr)
                {
                    start = inst.CalleeOperand; // after the successor blocks
                    var call = (uint)inst.Aux < (uint)callCount ? calls[inst.Aux] : null;
                    if (call is not null && isLive)
                    {
                        if (_lookups is not null && start < inst.Count && ops[inst.First + start].Kind == IrValueKind.Global)
                            _lookups.OnCall(f, i, ops[inst.First + start].Index);
                        if (call.Callee != CalleeKind.Global || (uint)call.CalleeGlobal >= (uint)_intrinsic.Length ||
                            (_intrinsic[call.CalleeGlobal] & CalleeFlags.Intrinsic) == 0) hasCalls = true;
                        if (call.Callee == CalleeKind.Indirect) hasIndirect = true;
                        // the callee operand: a call that code generation removes does not use its callee
                        if (start < inst.Count && ops[inst.First + start] is { Kind: IrValueKind.Global } callee &&
                            _lowering.CallDisappears(fl, call, callee.Index))
                        {
                            _deadUse[callee.Index] = true;
                            start++;
                        }
                        CallSite(fn, call, fl);
                    }
                }
                else if (isLive)
                {
                    switch (inst.Op)
                    {
                        case IrOp.Ret: hasReturn = true; break;
                        case IrOp.IndirectBr: hasIndirectBranch = true; break;
                        case IrOp.Alloca when inst.Count > 0 && ops[inst.First].Kind != IrValueKind.Int: hasDynamicAlloca = true; break;
                        // only the forms BitcodeLowering.Instruction may lower to a call (not and/or/xor, int casts,
                        // icmp, plain loads and stores: most instructions)
                        case IrOp.Binary when inst.Code < 10:
                        case IrOp.Cast when inst.Code is >= 3 and <= 8:
                        case IrOp.Cmp when inst.Code <= 15:
                        case IrOp.Unary when inst.Code == 0:
                        case IrOp.Load when (inst.Code & 1) != 0:
                        case IrOp.Store when inst.Code == 1:
                        case IrOp.AtomicRmw or IrOp.CmpXchg:
                            _lowering.Instruction(fl, fn, inst, _sink);
                            break;
                    }
                }
                // indexed rather than over a slice: the compiled loop is tighter
                for (int k = inst.First + start, end = inst.First + inst.Count; k < end; k++)
                {
                    if (ops[k].Kind is IrValueKind.Global or IrValueKind.Constant) // most operands are neither
                        MarkUse(ops[k], body, isLive && (usedOperands is null || usedOperands[k]) ? _liveUse : _deadUse);
                }
            }
            // Every protected function adds the same symbols (__stack_chk_fail, the module's guard): once one is
            // found, the others need not be examined.
            bool protector = !_protected && StackProtection.Needed(fl.Traits, body, fold?.LiveInstructions, module);
            _protected |= protector;
            _lowering.FunctionCalls(fl, fn, new Lowering.FunctionFacts(protector, hasIndirect, hasIndirectBranch, hasReturn, hasCalls, HasDynamicAlloca: hasDynamicAlloca), _sink);
        }

        private void MarkUse(IrValue v, IrBody body, bool[] use)
        {
            if (v.Kind == IrValueKind.Global) { if ((uint)v.Index < (uint)use.Length) use[v.Index] = true; }
            else if (v.Kind == IrValueKind.Constant && (uint)v.Index < (uint)body.ConstantGlobals.Count)
                foreach (int g in body.ConstantGlobals[v.Index])
                    if ((uint)g < (uint)use.Length) use[g] = true;
        }

        /// <summary>An operation of an incompletely decoded function as the instruction the lowering bridge reads.</summary>
        private static IrInstruction AsInstruction(Operation op) => op.Kind switch
        {
            OperationKind.Binary => new IrInstruction(IrOp.Binary, 0, op.Opcode, op.Type, 0, 0, -1),
            OperationKind.Cast => new IrInstruction(IrOp.Cast, 0, op.Opcode, op.Type2, 0, 0, op.Type),
            OperationKind.FloatCompare => new IrInstruction(IrOp.Cmp, 0, op.Opcode, op.Type, 0, 0, -1),
            OperationKind.Unary => new IrInstruction(IrOp.Unary, 0, op.Opcode, op.Type, 0, 0, -1),
            OperationKind.AtomicRmw => new IrInstruction(IrOp.AtomicRmw, 0, op.Opcode, op.Type, 0, 0, -1),
            OperationKind.CmpXchg => new IrInstruction(IrOp.CmpXchg, 0, 0, op.Type, 0, 0, -1),
            OperationKind.AtomicLoad => new IrInstruction(IrOp.Load, 0, 1, op.Type, 0, 0, -1),
            _ => new IrInstruction(IrOp.Store, 0, 1, op.Type, 0, 0, -1),
        };

        /// <summary>Only functions that call <c>llvm.is.constant</c> or <c>llvm.objectsize</c> can fold branches
        /// beyond what the pre-link optimiser already folded.</summary>
        private bool NeedsFolding(IrFunction f, IrBody body)
        {
            // The call sites first (see BitcodeModuleSet.CallsDefinedFunction): only an indirect one needs the scan.
            if (f.Calls is CallSite[] sites)
            {
                bool indirect = false;
                foreach (var site in sites)
                {
                    if (site.Kind != CallKind.Call) continue;
                    if (site.Callee == CalleeKind.Global)
                    {
                        if ((uint)site.CalleeGlobal < (uint)_intrinsic.Length &&
                            (_intrinsic[site.CalleeGlobal] & (CalleeFlags.IsConstant | CalleeFlags.ObjectSize)) != 0) return true;
                    }
                    else if (site.Callee == CalleeKind.Indirect) indirect = true;
                }
                if (!indirect) return false;
            }
            foreach (var inst in body.Instructions)
            {
                if (inst.Op != IrOp.Call || inst.Count == 0) continue;
                var callee = body.Operands[inst.First];
                if (callee.Kind == IrValueKind.Global && (uint)callee.Index < (uint)_intrinsic.Length &&
                    (_intrinsic[callee.Index] & (CalleeFlags.IsConstant | CalleeFlags.ObjectSize)) != 0)
                    return true;
            }
            return false;
        }

        /// <summary>
        /// An operand stays non-constant until LowerConstantIntrinsics runs when nothing the LTO backend learns
        /// can make it constant: it does not derive from an argument of a function that some member calls
        /// directly (inlining and IPSCCP give such arguments constants), from the result of a call to a function a
        /// member defines (inlining may return a constant), or from memory a local variable holds.
        /// </summary>
        private Func<IrValue, bool> StablePredicate(IrFunction f, IrBody body)
        {
            string self = BitcodeModuleSet.NameOf(module, f);
            var tainted = set.TaintOf(module, f, body);
            int n = body.Instructions.Length;
            return v => v.Kind switch
            {
                IrValueKind.Argument => !set.ArgumentMayBeConstant(self, v.Index),
                IrValueKind.Instruction => (uint)v.Index < (uint)n && !tainted.IsTainted(v.Index) && body.Instructions[v.Index].Op != IrOp.Alloca,
                _ => false,
            };
        }

        private void CallSite(string fn, CallSite call, BitcodeLowering.FunctionLowering? fl)
        {
            switch (call.Callee)
            {
                case CalleeKind.InlineAsm when call.Asm is not null:
                    foreach (var r in _lowering.AsmReferences(call, _dialect))
                    {
                        if (r.IsWeak) { if (!ownNames.Contains(r.Symbol)) weak.Add(r.Symbol); }
                        else _sink.AddAsm(r.Symbol, fn, r.Snippet);
                    }
                    break;
                // CalleeFlags.Intrinsic: an llvm. name, decided once per global rather than per call
                case CalleeKind.Global when fl is not null && (uint)call.CalleeGlobal < (uint)_intrinsic.Length &&
                                            (_intrinsic[call.CalleeGlobal] & CalleeFlags.Intrinsic) != 0:
                    _lowering.Intrinsic(fl, fn, module.GlobalValues[call.CalleeGlobal].Name, call, _sink);
                    break;
            }
        }
    }
}


/// <summary>Collects the first evidence per (symbol, source), building the detail text only for a new entry.</summary>
internal sealed class EvidenceSink(Dictionary<(string, ReferenceSource), string> evidence, HashSet<string> ownNames)
{
    /// <summary>Records <paramref name="detail"/> unless the symbol is the module's own or already has evidence of this source.</summary>
    public void Add(string symbol, ReferenceSource source, string detail)
    {
        if (symbol.Length == 0 || ownNames.Contains(symbol)) return;
        evidence.TryAdd((symbol, source), detail);
    }

    /// <summary>Records "<paramref name="function"/>: <paramref name="what"/>" as for <see cref="Add(string, ReferenceSource, string)"/>.</summary>
    public void Add(string symbol, ReferenceSource source, string function, string what)
    {
        if (symbol.Length == 0 || ownNames.Contains(symbol) || evidence.ContainsKey((symbol, source))) return;
        evidence[(symbol, source)] = function + ": " + what;
    }

    /// <summary>Records an inline asm statement as one line of evidence.</summary>
    public void AddAsm(string symbol, string function, string statement)
    {
        if (symbol.Length == 0 || ownNames.Contains(symbol) || evidence.ContainsKey((symbol, ReferenceSource.InlineAsm))) return;
        var text = string.Join(' ', statement.Split((char[])['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
        evidence[(symbol, ReferenceSource.InlineAsm)] = function + ": " + (text.Length <= 160 ? text : text[..157] + "...");
    }
}
