using System.Runtime.InteropServices;
using KsymTrim.Bitcode.Module;
using KsymTrim.InlineAsm;

namespace KsymTrim.Analysis;

/// <summary>
/// What the bitcode members of one module share: the LTO backend optimises them together, importing and
/// inlining across them, so whether a function can be specialised depends on all of them.
/// </summary>
public sealed partial class BitcodeModuleSet
{
    private BitcodeModuleSet() { } // made by From

    // Every global value name of the members, numbered once per set (a name is hashed once per member's global, then
    // the set-level summaries index arrays by number instead of hashing it again: names as ids took about 1% of `used`
    // over lto-x86_64-612, callgrind, session 20). Equal names share a number, as they shared a key before.
    private readonly Dictionary<string, int> _nameIds = new(StringComparer.Ordinal);
    // per member: each global value's name number
    private readonly Dictionary<BitcodeModule, int[]> _names = new(ReferenceEqualityComparer.Instance);
    // per name number: some member defines a function of that name
    private bool[] _defined = [];
    // the attributes of each function's definitions, grouped by name number (those of name n are
    // _definitionAttributes[_definitionStart[n].._definitionStart[n + 1]]): what a call of it in another member cannot
    // see on its declaration (nocapture, readonly, which FunctionAttrs infers for the definition). Made on first use, by
    // the facts (one thread, under their lock), from the modules the set was made of: most sets never ask. (A list per
    // name in a dictionary by name cost 0.3% of `used` over lto-x86_64, callgrind, session 21: hashing every definition's
    // name, a list each.)
    private int[]? _definitionStart;
    private AttributeList[] _definitionAttributes = [];
    private List<BitcodeModule> _definers = [];
    // per function name: what direct calls pass its arguments (one entry per name), as the fixpoint under way makes
    // them; the questions read the published ones (_answers), which a later fixpoint never changes
    private Dictionary<string, FunctionFacts> _facts = new(StringComparer.Ordinal);

    /// <summary>What the direct calls of one function (by name) pass it. The fixpoint reaches it through each
    /// module's table by global index (<see cref="FactsTable"/>), without hashing the name per call.</summary>
    private sealed class FunctionFacts
    {
        /// <summary>Per argument: some direct call may make it constant (inlining, IPSCCP).</summary>
        public bool[] Flags = [];
        /// <summary>Per argument: the bytes of what it points to that may hold known values, as some direct call passes
        /// it an address whose contents may be known (a global's, a local variable's; see <see cref="LoadRule"/>);
        /// null for none. Set only where <see cref="Flags"/> is.</summary>
        public KnownBytes?[] Contents = [];
        /// <summary>Per argument: some direct call passes it what an <c>allocsize</c> function returned (or such an argument
        /// of its own): the size of the object it points to may become known (<see cref="IsSizedAllocation"/>).</summary>
        public bool[] Sized = [];
        /// <summary>Per argument: the integer constants direct calls pass it (ArgumentConstants); null entries: none yet.</summary>
        public ArgumentValues?[] Values = [];
        /// <summary>The callers of the fixpoint that define a function of this name (visited again when it changes).</summary>
        public List<Caller>? Definitions;
        /// <summary>Folding may ask about this name (<see cref="NeededCallers"/>): the fixpoint that made the entry
        /// propagated every call that passes it anything, so the entry is final.</summary>
        public bool Needed;
    }

    // per module: its global values' entries of _facts, made on first use
    private Dictionary<BitcodeModule, FunctionFacts?[]> _factsTables = new(ReferenceEqualityComparer.Instance);

    private FunctionFacts?[] FactsTable(BitcodeModule m)
    {
        if (!_factsTables.TryGetValue(m, out var table)) _factsTables[m] = table = new FunctionFacts?[m.Globals.Length];
        return table;
    }

    /// <summary>The entry of global value <paramref name="global"/> of the module whose table is <paramref name="table"/>.</summary>
    private FunctionFacts Facts(FunctionFacts?[] table, BitcodeModule m, int global)
    {
        if (table[global] is { } known) return known;
        string name = m.Globals[global].Name;
        if (!_facts.TryGetValue(name, out var facts))
            _facts[name] = facts = new FunctionFacts { Needed = _needed is not { } needed || needed[_names[m][global]] };
        return table[global] = facts;
    }

    /// <summary>The constants an argument receives from direct calls, or <see cref="Unbounded"/> when some call passes
    /// a value that is not an integer literal yet may become constant (or there are too many).</summary>
    private sealed class ArgumentValues
    {
        public const int MaxValues = 8;
        // a few values, searched in order: most arguments receive one or two (flags, sizes)
        private readonly long[] _values = new long[MaxValues];
        private int _count;
        public bool Unbounded;

        public ReadOnlySpan<long> Values => _values.AsSpan(0, _count);

        /// <summary>Adds <paramref name="value"/>; true when the set changed.</summary>
        public bool Add(long value)
        {
            if (Unbounded || Values.Contains(value)) return false;
            if (_count == MaxValues) return SetUnbounded();
            _values[_count++] = value;
            return true;
        }

        /// <summary>Adds every value of <paramref name="other"/>; true when the set changed.</summary>
        public bool Add(ArgumentValues other)
        {
            if (other.Unbounded) return SetUnbounded();
            bool changed = false;
            foreach (long v in other.Values) changed |= Add(v);
            return changed;
        }

        public bool SetUnbounded()
        {
            if (Unbounded) return false;
            Unbounded = true;
            _count = 0;
            return true;
        }
    }
    // per module, per global value: what the fixpoint asks of a callee, decided once instead of per call and pass
    private readonly Dictionary<BitcodeModule, GlobalTraits[]> _inlining = new(ReferenceEqualityComparer.Instance);
    // per module: the sizes and offsets of its types (LocalRule reads them)
    private readonly Dictionary<BitcodeModule, TypeSizes> _sizes = new(ReferenceEqualityComparer.Instance);

    /// <summary>The type sizes of <paramref name="m"/> (null for a module the set was not made from).</summary>
    internal TypeSizes? SizesOf(BitcodeModule m) => _sizes.GetValueOrDefault(m);

    /// <summary>The traits the taint reads for the global values of <paramref name="m"/> (for tests of its rules).</summary>
    internal GlobalTraits[] InliningTraitsFor(BitcodeModule m)
    {
        EnsureFacts(); // (MarkStoredGlobals and SummarizeReturns add traits)
        return InliningTraitsOf(m);
    }

    /// <summary>The <see cref="GlobalTraits"/> of every global value of <paramref name="m"/>.</summary>
    private GlobalTraits[] InliningTraitsOf(BitcodeModule m)
    {
        if (_inlining.TryGetValue(m, out var flags)) return flags;
        var ids = _names.GetValueOrDefault(m);
        flags = new GlobalTraits[m.Globals.Length];
        for (int i = 0; i < flags.Length; i++)
        {
            var g = m.Globals[i];
            var b = GlobalTraits.None;
            if (g.Name.StartsWith("llvm.", StringComparison.Ordinal))
            {
                b |= GlobalTraits.Intrinsic;
                if (MemoryNeutralIntrinsics.WritesNoMemory(g.Name)) b |= GlobalTraits.WritesNoMemory;
                if (g.Name.StartsWith("llvm.memset.", StringComparison.Ordinal) || g.Name.StartsWith("llvm.memcpy.", StringComparison.Ordinal) ||
                    g.Name.StartsWith("llvm.memmove.", StringComparison.Ordinal)) b |= GlobalTraits.MemoryIntrinsic;
            }
            // a function this module defines is in _defined by construction: no lookup
            if ((!g.IsDeclarationForLinker && g.Kind == GlobalValueKind.Function) || (ids is null ? DefinesFunction(g.Name) : _defined[ids[i]]))
                b |= GlobalTraits.Defined;
            if (g.IsDeclarationForLinker) b |= GlobalTraits.Declaration;
            if (g.Attributes.HasAllocSize) b |= GlobalTraits.AllocSize;
            if (g.Kind == GlobalValueKind.Function && g.Attributes.OnlyReadsThroughSome) b |= GlobalTraits.ReadsThroughSome;
            flags[i] = b;
        }
        return flags; // stored only by From, so that the set stays read-only once built
    }

    /// <summary>The set of <paramref name="modules"/> (read with function bodies): which functions they define, their
    /// traits and type sizes. The facts folding asks (<see cref="MakeFacts"/>) are made on its first question.</summary>
    public static BitcodeModuleSet From(IEnumerable<BitcodeModule> modules)
    {
        var set = new BitcodeModuleSet();
        var list = modules.ToList();
        int globals = 0;
        foreach (var m in list) globals += m.Globals.Length;
        set._nameIds.EnsureCapacity(globals);
        var defined = new List<bool>(globals);
        foreach (var m in list)
        {
            if (set._names.ContainsKey(m)) continue; // (a module given twice)
            var ids = new int[m.Globals.Length];
            for (int g = 0; g < ids.Length; g++)
            {
                ref readonly var gv = ref m.Globals[g];
                // one hash per global: a new name gets the next number
                ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(set._nameIds, gv.Name, out bool seen);
                if (!seen)
                {
                    id = defined.Count;
                    defined.Add(false);
                }
                ids[g] = id;
                if (!gv.IsDeclarationForLinker && gv.Kind == GlobalValueKind.Function) defined[id] = true;
            }
            set._names[m] = ids;
        }
        set._defined = defined.ToArray();
        set._definers = list;
        foreach (var m in list)
        {
            set._inlining.TryAdd(m, set.InliningTraitsOf(m));
            set._sizes.TryAdd(m, new TypeSizes(m.DataLayout, m.Types));
        }
        set._modules = list;
        return set;
    }

    // set once MakeFacts has run (under _factsLock): read without the lock on every question after
    private volatile bool _factsMade;
    private readonly object _factsLock = new();

    /// <summary>Makes the facts folding asks, on its first question. Only a function that calls <c>llvm.is.constant</c>
    /// or <c>llvm.objectsize</c> is folded (<c>ModuleWalk.NeedsFolding</c>), and every question about the facts comes
    /// from folding one: about half the modules of the LTO corpora have none, and their walk never asks (the facts
    /// took about 10% of `used`'s instructions over lto-x86_64-612, callgrind, session 20). Under a lock: the members
    /// of one set may be walked at once.</summary>
    // by name number: the members' definitions of it (null: none), the facts' SummaryTables.Definitions
    private List<(BitcodeModule Module, IrFunction Function)>?[] _definitions = [];

    private void EnsureFacts()
    {
        if (_factsMade) return;
        lock (_factsLock)
        {
            if (_factsMade) return;
            MakeFacts();
            _factsMade = true;
        }
    }

    /// <summary>What the argument fixpoint found, as the questions read it: the entries by function name, whether it
    /// settled, and whether it propagated every caller (<paramref name="Complete"/>) or only those whose results
    /// folding may read (<see cref="NeededCallers"/>; an entry not <see cref="FunctionFacts.Needed"/> is then not
    /// final, and a name without an entry may have callers it skipped).</summary>
    private sealed record ArgumentAnswers(Dictionary<string, FunctionFacts> Facts, bool Settled, bool Complete);

    // the fixpoint's answers (set by MakeFacts, replaced by CompleteFacts): read without the lock
    private volatile ArgumentAnswers? _answers;
    // by name number: the fixpoint under way propagates only into these (null: every name)
    private bool[]? _needed;
    // every caller of the set (the complete fixpoint visits them all), in the members' order
    private List<Caller> _callers = [];

    /// <summary>Collects the facts of the members: which global variables they write (<see cref="MarkStoredGlobals"/>),
    /// which functions return only unknown values (<see cref="SummarizeReturns"/>) and what the pointers they return
    /// point to (<see cref="SummarizeReturnContents"/>), and, iterated to a fixed point over direct calls, which
    /// arguments may receive a constant: over the callers whose results folding may read only
    /// (<see cref="NeededCallers"/>).</summary>
    private void MakeFacts()
    {
        var list = _modules;
        MarkStoredGlobals(list);
        var returns = AnalysisScratch.Rent();
        var tables = new SummaryTables(list, _inlining, _names, _nameIds.Count);
        _definitions = tables.Definitions; // (LoadConstants' ParameterWrites reads them too)
        try { SummarizeReturns(tables, returns); }
        finally { AnalysisScratch.Return(returns); }
        SummarizeReturnContents(tables);

        var calls = new List<int>();
        foreach (var m in list)
        {
            if (m.Functions is null) continue;
            var flags = _inlining[m];
            var ids = _names[m];
            foreach (var f in m.Functions)
            {
                if (f.Body is not { } body || !CallsDefinedFunction(f, body, flags, calls)) continue;
                _callers.Add(new Caller(m, f, body, flags, ids, calls.ToArray(), FactsTable(m)));
            }
        }
        var needed = NeededCallers(_callers);
        Propagate(needed, _callers.Count);
        _answers = new ArgumentAnswers(_facts, _settled, Complete: false);
    }

    /// <summary>The answers of the fixpoint over every caller (each name's facts as the restricted one found them, see
    /// <see cref="NeededCallers"/>), for a question about a name folding does not ask about (a test's, or one of a
    /// module the set was not made of). Made once, in new entries: the published ones stay as they are for the
    /// questions that read them meanwhile.</summary>
    private ArgumentAnswers CompleteFacts()
    {
        lock (_factsLock)
        {
            if (_answers is { Complete: true } done) return done;
            _facts = new Dictionary<string, FunctionFacts>(StringComparer.Ordinal);
            _factsTables = new Dictionary<BitcodeModule, FunctionFacts?[]>(ReferenceEqualityComparer.Instance);
            _needed = null;
            _settled = true;
            var all = new List<Caller>(_callers.Count);
            foreach (var c in _callers) all.Add(new Caller(c.Module, c.Function, c.Body, c.Inlining, c.Names, c.Calls, FactsTable(c.Module)));
            Propagate(all, all.Count);
            return _answers = new ArgumentAnswers(_facts, _settled, Complete: true);
        }
    }

    /// <summary>True once the fixpoint over every caller answers (for tests: folding never needs it).</summary>
    internal bool FactsComplete => _answers is { Complete: true };

    /// <summary>The entry of function <paramref name="name"/> (null: no direct call passes it anything) and whether the
    /// fixpoint settled (<paramref name="settled"/>): from the restricted fixpoint when it made the entry final, else
    /// from the complete one.</summary>
    private FunctionFacts? AnswerFor(string name, out bool settled)
    {
        EnsureFacts();
        var answers = _answers!;
        // (a name no member has gets no entry from any fixpoint)
        if (answers.Facts.TryGetValue(name, out var facts) ? !facts.Needed && !answers.Complete : !answers.Complete && _nameIds.ContainsKey(name))
        {
            answers = CompleteFacts();
            answers.Facts.TryGetValue(name, out facts);
        }
        settled = answers.Settled;
        return facts;
    }

    /// <summary>
    /// The callers whose propagation folding may read, in the order of <paramref name="all"/>; sets <see cref="_needed"/>
    /// and makes the entry of every name it asks about. Folding asks about a folded function (its taint, its
    /// arguments' flags, constants and sizes), about the direct callers of one (their taint and flags, for contexts per
    /// call) and about callers of those (their arguments' bounds). A name's entry is made by the calls that pass it
    /// something, each propagated from its caller's own entry: so the needed names are the folded functions' and,
    /// closed backward, every caller's of a needed name, and the needed callers those that call one. The fixpoint over
    /// them propagates only into needed names (<see cref="PropagateArguments"/>), and gives each needed name the entry
    /// the fixpoint over every caller gives it: it makes the same visits of the needed callers, in the same order (each
    /// is queued only when its own, needed entry changes, which only a needed caller does), each reading only needed
    /// entries (its own, its callees', and the taint of its own), so each propagates the same.
    /// A third of the callers of lto-x86_64 are not needed (4,281 of 6,365).
    /// </summary>
    private List<Caller> NeededCallers(List<Caller> all)
    {
        var needed = new bool[_nameIds.Count];
        var work = new int[needed.Length]; // (each name pushed once)
        int top = 0;
        foreach (var m in _modules)
        {
            if (m.Functions is null || TestTraits(m) is not { } tests) continue;
            var ids = _names[m];
            foreach (var f in m.Functions)
            {
                if (f.Body is not { } body || (uint)f.Global >= (uint)ids.Length || !FoldingTraitTable.NeedsFolding(f, body, tests)) continue;
                Facts(FactsTable(m), m, f.Global); // (made before _needed is set: Needed)
                if (!needed[ids[f.Global]]) work[top++] = ids[f.Global];
                needed[ids[f.Global]] = true;
            }
        }
        // by callee name number, the callers that call it (a counting sort: those of name n are
        // byCallee[start[n]..start[n + 1]], each once per call)
        var start = new int[needed.Length + 1];
        foreach (var c in all)
            foreach (int callee in c.CalleeNames) start[callee + 1]++;
        for (int n = 0; n + 1 < start.Length; n++) start[n + 1] += start[n];
        var byCallee = new int[start[^1]];
        var fill = start.AsSpan(0, start.Length - 1).ToArray();
        for (int k = 0; k < all.Count; k++)
            foreach (int callee in all[k].CalleeNames) byCallee[fill[callee]++] = k;
        var keep = new bool[all.Count];
        while (top > 0)
        {
            int name = work[--top];
            for (int j = start[name]; j < start[name + 1]; j++)
            {
                var c = all[byCallee[j]];
                if (keep[byCallee[j]]) continue;
                keep[byCallee[j]] = true;
                int own = c.Names[c.Function.Global];
                if (!needed[own]) work[top++] = own;
                needed[own] = true;
            }
        }
        _needed = needed;
        var callers = new List<Caller>();
        for (int k = 0; k < all.Count; k++)
            if (keep[k]) callers.Add(all[k]);
        return callers;
    }

    /// <summary>The folding traits <see cref="FoldingTraitTable.NeedsFolding"/> reads (<see cref="GlobalTraits.IsConstant"/>,
    /// <see cref="GlobalTraits.ObjectSize"/>) of the globals of <paramref name="m"/>; null when it names neither.</summary>
    private GlobalTraits[]? TestTraits(BitcodeModule m)
    {
        GlobalTraits[]? tests = null;
        var inlining = _inlining[m];
        for (int g = 0; g < inlining.Length; g++)
            if ((inlining[g] & GlobalTraits.Intrinsic) != 0 && FoldingTraitTable.TestTrait(m.Globals[g].Name) is not GlobalTraits.None and var t)
                (tests ??= new GlobalTraits[inlining.Length])[g] = t;
        return tests;
    }

    /// <summary>The argument fixpoint: a worklist over <paramref name="callers"/> (functions that call functions some
    /// member defines), a function looked at again only when one of its own arguments was found to receive a constant;
    /// at most 64 visits per caller of the set (<paramref name="all"/> of them) on average, past which it has not settled.</summary>
    private void Propagate(List<Caller> callers, int all)
    {
        var work = new Queue<Caller>();
        foreach (var caller in callers)
        {
            caller.Queued = true;
            (Facts(caller.Table, caller.Module, caller.Function.Global).Definitions ??= []).Add(caller);
            work.Enqueue(caller);
        }
        var changed = new List<FunctionFacts>();
        long budget = 64L * Math.Max(1, all) + 1024;
        var scratch = AnalysisScratch.Rent(); // the taint's, for one caller at a time
        try
        {
            while (work.Count > 0)
            {
                if (--budget < 0) { _settled = false; break; }
                var c = work.Dequeue();
                c.Queued = false;
                changed.Clear();
                PropagateArguments(c, scratch, changed);
                foreach (var facts in changed)
                    if (facts.Definitions is { } fs)
                        foreach (var entry in fs)
                            if (!entry.Queued) { entry.Queued = true; work.Enqueue(entry); }
            }
        }
        finally { AnalysisScratch.Return(scratch); }
    }

    /// <summary>A function that calls a function some member defines, with its calls to such functions (instruction
    /// indices, in order: the only instructions the fixpoint's passes over calls look at).</summary>
    private sealed class Caller(BitcodeModule module, IrFunction function, IrBody body, GlobalTraits[] inlining, int[] names, int[] calls,
        FunctionFacts?[] table)
    {
        /// <summary>The module's table of <see cref="FunctionFacts"/> by global index.</summary>
        public FunctionFacts?[] Table => table;
        public BitcodeModule Module => module;
        public IrFunction Function => function;
        public IrBody Body => body;
        public GlobalTraits[] Inlining => inlining;
        /// <summary>The module's name numbers by global index.</summary>
        public int[] Names => names;
        public int[] Calls => calls;
        /// <summary>The name number of each call's callee, in the order of <see cref="Calls"/>.</summary>
        public int[] CalleeNames { get; } = CalleeNamesOf(body, names, calls);
        /// <summary>Some call of it calls a function of its own name (recursion, or another member's function of the
        /// name): propagating may grow its own entry.</summary>
        public bool CallsItself => CalleeNames.AsSpan().Contains(names[function.Global]);
        public bool Queued { get; set; }
        /// <summary>What last wrote the fields of the variables it gives to calls, by (call, parameter, variable)
        /// (<see cref="LocalContents"/>), found on first use.</summary>
        public Dictionary<(int Call, int Parameter, int Alloca), LocalFields?>? LastWriters { get; set; }
    }

    /// <summary>The name number of the callee of each call of <paramref name="calls"/> in <paramref name="body"/>.</summary>
    private static int[] CalleeNamesOf(IrBody body, int[] names, int[] calls)
    {
        var callees = new int[calls.Length];
        for (int k = 0; k < calls.Length; k++)
        {
            ref readonly var inst = ref body.Instructions[calls[k]];
            callees[k] = names[body.Operands[inst.First + inst.CalleeOperand].Index];
        }
        return callees;
    }

    // the fixpoint under way has not settled (its budget ran out): every argument may receive a constant
    private bool _settled = true;

    /// <summary>The IR name of a defined function ("?" for a malformed index).</summary>
    internal static string NameOf(BitcodeModule module, IrFunction f) =>
        (uint)f.Global < (uint)module.Globals.Length ? module.Globals[f.Global].Name : "?";

    /// <summary>True when some call with arguments calls a function some member defines; fills <paramref name="calls"/>
    /// with every call of such a function (with or without arguments).</summary>
    private static bool CallsDefinedFunction(IrFunction f, IrBody body, GlobalTraits[] flags, List<int> calls)
    {
        calls.Clear();
        // The call sites first (far fewer than instructions): a site's CalleeGlobal is the global its instruction's
        // callee operand names, and its arguments are the operands after the callee. Only an indirect site may hide
        // a global callee (a forward reference the reader resolved later), so without one the sites decide.
        bool maybe = false;
        foreach (var site in f.Calls)
        {
            if (site.Callee == CalleeKind.Indirect ||
                (site.Callee == CalleeKind.Global && (uint)site.CalleeGlobal < (uint)flags.Length &&
                 (flags[site.CalleeGlobal] & GlobalTraits.Defined) != 0 && site.Arguments.Count > 0)) { maybe = true; break; }
        }
        if (!maybe) return false;
        bool any = false;
        var instructions = body.Instructions;
        var operands = body.Operands;
        foreach (int i in body.Writes)
        {
            ref readonly var inst = ref instructions[i];
            if (inst.Op is not (IrOp.Call or IrOp.Invoke or IrOp.CallBr)) continue;
            int at = inst.CalleeOperand;
            if (at >= inst.Count) continue;
            var callee = operands[inst.First + at];
            if (callee.Kind != IrValueKind.Global || (uint)callee.Index >= (uint)flags.Length || (flags[callee.Index] & GlobalTraits.Defined) == 0) continue;
            calls.Add(i);
            if (at + 1 < inst.Count) any = true; // with arguments
        }
        return any;
    }

    /// <summary>True when argument <paramref name="index"/> of the function <paramref name="name"/> may become
    /// a constant in the LTO backend: some direct call passes a value that is or may become constant.</summary>
    internal bool ArgumentMayBeConstant(string name, int index)
    {
        var f = AnswerFor(name, out bool settled);
        return !settled || (f is not null && (uint)index < (uint)f.Flags.Length && f.Flags[index]);
    }

    /// <summary>The integer constants argument <paramref name="index"/> of <paramref name="name"/> may receive, when
    /// that is known: empty when it receives no constant (<see cref="ArgumentMayBeConstant"/> false), null when a call
    /// passes it some other value that may become constant (an address, a value tainted in the caller, an argument
    /// of a caller whose own values are unbounded), or more than a few constants.</summary>
    internal IReadOnlyCollection<long>? ArgumentConstants(string name, int index)
    {
        var f = AnswerFor(name, out bool settled);
        if (!settled) return null; // propagation stopped early: the sets may be incomplete
        if (f is null || (uint)index >= (uint)f.Flags.Length || !f.Flags[index]) return []; // (ArgumentMayBeConstant false)
        if ((uint)index >= (uint)f.Values.Length || f.Values[index] is not { Unbounded: false } v) return null;
        return v.Values.ToArray();
    }

    /// <summary>The bytes of what argument <paramref name="index"/> of <paramref name="name"/> points to that may hold
    /// known values (<see cref="LoadRule"/>); null when no call gives it such an address.</summary>
    internal KnownBytes? ArgumentContents(string name, int index)
    {
        var f = AnswerFor(name, out bool settled);
        return !settled ? KnownBytes.All : f is not null && (uint)index < (uint)f.Contents.Length ? f.Contents[index] : null;
    }

    /// <summary>True when the size of the object argument <paramref name="index"/> of <paramref name="name"/> points to may
    /// become known in the LTO backend: some direct call passes it what an <c>allocsize</c> function returned.</summary>
    internal bool ObjectSizeMayBeKnown(string name, int index)
    {
        var f = AnswerFor(name, out bool settled);
        return !settled || (f is not null && (uint)index < (uint)f.Sized.Length && f.Sized[index]);
    }

    /// <summary>True when some member defines a function of this name (so a call to it may be inlined).</summary>
    internal bool DefinesFunction(string name) => _nameIds.TryGetValue(name, out int id) && _defined[id];

    /// <summary>True when some member defines the name of global <paramref name="global"/> of member
    /// <paramref name="m"/> and every definition of it says of its parameter <paramref name="k"/> what
    /// <paramref name="says"/> asks (not captured, only read through).</summary>
    internal bool DefinitionsSay(BitcodeModule m, int global, int k, Func<AttributeList, int, bool> says)
    {
        var start = _definitionStart ??= GroupDefinitions();
        if (!_names.TryGetValue(m, out var names) || (uint)global >= (uint)names.Length) return false;
        int name = names[global];
        if (start[name] == start[name + 1]) return false; // no member defines it
        for (int i = start[name]; i < start[name + 1]; i++)
            if (!says(_definitionAttributes[i], k)) return false;
        return true;
    }

    /// <summary>The attributes of the members' function definitions grouped by name number (a counting sort): sets
    /// <see cref="_definitionAttributes"/>, returns where each name's start.</summary>
    private int[] GroupDefinitions()
    {
        var start = new int[_defined.Length + 1];
        foreach (var d in _definers)
        {
            var ids = _names[d];
            for (int g = 0; g < ids.Length; g++)
                if (IsDefinition(d.Globals[g])) start[ids[g] + 1]++;
        }
        for (int n = 0; n + 1 < start.Length; n++) start[n + 1] += start[n];
        var attributes = new AttributeList[start[^1]];
        var fill = start.AsSpan(0, start.Length - 1).ToArray();
        foreach (var d in _definers)
        {
            var ids = _names[d];
            for (int g = 0; g < ids.Length; g++)
                if (IsDefinition(d.Globals[g])) attributes[fill[ids[g]]++] = d.Globals[g].Attributes;
        }
        _definitionAttributes = attributes;
        return start;

        static bool IsDefinition(in GlobalValue g) => !g.IsDeclarationForLinker && g.Kind == GlobalValueKind.Function;
    }

    /// <summary><see cref="DefinesFunction"/> of the name of a function of <paramref name="m"/>, by its global index: for a
    /// module of the set, its traits' <see cref="GlobalTraits.Defined"/> (which a function has exactly when some member
    /// defines its name) without hashing the name again (hashing it cost 0.15% of `used` over lto-x86_64, callgrind,
    /// session 19).</summary>
    internal Func<int, bool> DefinesFunctionIn(BitcodeModule m) => _inlining.TryGetValue(m, out var traits)
        ? g => (traits[g] & GlobalTraits.Defined) != 0
        : g => DefinesFunction(m.Globals[g].Name);

    /// <summary>
    /// A folding rule: a local variable's address passed to a function a member defines may make its argument
    /// constant. Where the backend inlines the function, the address is the caller's variable: its object size is
    /// known (<c>__builtin_object_size</c> of a caller's buffer), a comparison of it with null folds, and what the
    /// caller stored there reaches the function's loads (a struct on the caller's stack with its size set to 10000).
    /// True when <paramref name="v"/> is such an address (an alloca, through casts and element pointers).
    /// </summary>
    private static bool IsLocalAddress(IrBody body, IrValue v) =>
        AddressRoot(body, v, 7) is { Kind: IrValueKind.Instruction } root && (uint)root.Index < (uint)body.Instructions.Length &&
        body.Instructions[root.Index].Op == IrOp.Alloca;

    /// <summary>
    /// A folding rule: what an <c>allocsize</c> function returns (<see cref="GlobalTraits.AllocSize"/>), passed to a function
    /// a member defines, may make its argument constant as a local variable's address does: once the call is inlined,
    /// <c>llvm.objectsize</c> of the argument is the size the allocation was given (<c>kmalloc(64)</c> passed to a helper
    /// that checks a copy against the buffer's size). True when instruction <paramref name="root"/> (what an address is
    /// a cast or element pointer of: <see cref="AddressRoot"/>) is such a call.
    /// </summary>
    private static bool IsSizedAllocation(IrBody body, int root, GlobalTraits[] inlining)
    {
        if ((uint)root >= (uint)body.Instructions.Length) return false;
        ref readonly var call = ref body.Instructions[root];
        return call.Op is IrOp.Call or IrOp.Invoke && call.CalleeOperand < call.Count &&
               body.Operands[call.First + call.CalleeOperand] is { Kind: IrValueKind.Global } callee && (uint)callee.Index < (uint)inlining.Length &&
               ((inlining[callee.Index] & GlobalTraits.AllocSize) != 0 ||
                (inlining[callee.Index] & (GlobalTraits.Defined | GlobalTraits.Intrinsic)) == GlobalTraits.Defined); // (a wrapper may return one)
    }

    /// <summary>True when what the tainted value <paramref name="v"/> of caller <paramref name="c"/> points to may hold
    /// known values: a load through it would be tainted (<see cref="AddressRule"/>; a pointer the rule does not
    /// look into, as its taint says: a local variable's or a global's address, a loaded pointer, a phi).</summary>
    private bool ContentsMayBeKnown(Caller c, IrValue v, TaintView tainted, FunctionFacts self)
    {
        // (no offset: any byte)
        Span<IrValue> values = stackalloc IrValue[MaxLoadDependencies];
        var rule = AddressRule(c.Body, v, c.Inlining, ReturnContentsTable(c.Module), _settled, self.Contents, values, out int count);
        if (rule != LoadDependence.Values) return true;
        for (int d = 0; d < count; d++)
        {
            if (MayBeConstant(values[d], tainted, self, otherwise: false)) return true;
        }
        return false;
    }

    /// <summary>True when the value <paramref name="x"/> a rule named in caller <paramref name="self"/> may be constant
    /// once the backend inlines: an argument as the fixpoint's flags say (every one before they settle), an instruction
    /// as its taint says, anything else (a literal or another constant) as <paramref name="otherwise"/>: known where the
    /// value itself is asked (<see cref="LocalContents"/>), nothing where what it points to is (a literal address brings no
    /// contents).</summary>
    private bool MayBeConstant(IrValue x, TaintView tainted, FunctionFacts self, bool otherwise) => x.Kind switch
    {
        IrValueKind.Argument => !_settled || ((uint)x.Index < (uint)self.Flags.Length && self.Flags[x.Index]),
        IrValueKind.Instruction => tainted.IsTainted(x.Index),
        _ => otherwise,
    };

    /// <summary>The bytes of what the pointer <paramref name="v"/> of caller <paramref name="c"/> points to that may hold
    /// known values, as seen from <paramref name="v"/>: through casts and element pointers of literal indices from one
    /// of the caller's own arguments, that argument's bytes shifted by the distance; any other pointer, all or none as
    /// <see cref="ContentsMayBeKnown"/> says.</summary>
    private KnownBytes PointerContents(Caller c, int call, int parameter, IrValue v, TaintView tainted, FunctionFacts self)
    {
        var root = OffsetRoot(c.Body, v, SizesOf(c.Module), out long? delta);
        if (root.Kind == IrValueKind.Instruction && delta is { } into && c.Body.Instructions[root.Index].Op == IrOp.Alloca)
            return LocalContents(c, call, parameter, root.Index, into, tainted, self);
        if (_settled && root.Kind == IrValueKind.Argument && (uint)root.Index < (uint)self.Contents.Length &&
            self.Contents[root.Index] is { IsNone: false } theirs)
            return theirs.Shift(delta);
        if (CallResultContents(c, root, tainted, self) is { } fields) return fields.Shift(delta);
        return ContentsMayBeKnown(c, v, tainted, self) ? KnownBytes.All : KnownBytes.None;
    }

    /// <summary>When <paramref name="root"/> is what a call of a function some member defines returns, and its
    /// return-contents summary has fields: the bytes of the returned object that may hold known values, as what the call
    /// passes decides (<see cref="ReturnContents"/>); null for any other value or summary.</summary>
    private KnownBytes? CallResultContents(Caller c, IrValue root, TaintView tainted, FunctionFacts self)
    {
        var body = c.Body;
        if (root.Kind != IrValueKind.Instruction || (uint)root.Index >= (uint)body.Instructions.Length) return null;
        ref readonly var call = ref body.Instructions[root.Index];
        int at = call.CalleeOperand;
        if (call.Op is not (IrOp.Call or IrOp.Invoke or IrOp.CallBr) || at >= call.Count ||
            body.Operands[call.First + at] is not { Kind: IrValueKind.Global } callee || (uint)callee.Index >= (uint)c.Inlining.Length ||
            (c.Inlining[callee.Index] & (GlobalTraits.Intrinsic | GlobalTraits.Defined)) != GlobalTraits.Defined) return null;
        var table = ReturnContentsTable(c.Module);
        if ((uint)callee.Index >= (uint)table.Length || table[callee.Index] is not { Fields.Count: > 0 } summary) return null;
        if (PassesKnown(c, call, summary.Anywhere, tainted, self)) return KnownBytes.All;
        var known = KnownBytes.None;
        foreach (var field in summary.Fields)
            if (PassesKnown(c, call, field.Mask, tainted, self)) known = known.Union(KnownBytes.Range(field.Offset, field.Size));
        return known;
    }

    /// <summary>True when one of the arguments <paramref name="mask"/> names (bit k: argument k) is, in
    /// <paramref name="call"/>, a value that brings known contents or may be constant (as <see cref="RootRule"/> asks).</summary>
    private bool PassesKnown(Caller c, in IrInstruction call, ulong mask, TaintView tainted, FunctionFacts self)
    {
        if (mask == ContentsAlways) return true;
        int at = call.CalleeOperand;
        for (int k = 0; mask != 0 && k < 64; k++, mask >>= 1)
        {
            if ((mask & 1) == 0 || at + 1 + k >= call.Count) continue;
            var actual = c.Body.Operands[call.First + at + 1 + k];
            switch (ActualContents(c.Body, actual))
            {
                case Brings.Known: return true;
                case Brings.AsTainted:
                    if (MayBeConstant(actual, tainted, self, otherwise: false)) return true;
                    break;
            }
        }
        return false;
    }

    /// <summary>Propagates what the calls of caller <paramref name="c"/> pass into their callees' entries (only needed
    /// ones: <see cref="_needed"/>), adding each entry that changed to <paramref name="changedFunctions"/>. An instruction's
    /// value is weighed by its taint, computed only when some such argument reads it, and then only for the few
    /// instructions it reads (in <paramref name="scratch"/>), from the caller's own entry as it was when the visit began
    /// (TaintOf computes it again from the final flags).</summary>
    private void PropagateArguments(Caller c, AnalysisScratch scratch, List<FunctionFacts> changedFunctions)
    {
        var m = c.Module;
        var body = c.Body;
        var inlining = c.Inlining;
        var instructions = body.Instructions;
        var needed = _needed;
        // the function's own entry: its flags and constants are read from it as they are now (a call of itself may
        // grow them while propagating)
        var self = Facts(c.Table, m, c.Function.Global);
        // the taint's view of the entry: its arrays as the visit found them (copied only when a call of this name
        // may grow them meanwhile)
        var (ownFlags, ownContents) = (self.Flags, self.Contents);
        if (c.CallsItself) (ownFlags, ownContents) = (ownFlags.ToArray(), ownContents.ToArray());
        TaintView? tainted = null;
        foreach (int i in c.Calls)
        {
            ref readonly var inst = ref instructions[i];
            int at = inst.CalleeOperand;
            var callee = body.Operands[inst.First + at];
            if ((inlining[callee.Index] & (GlobalTraits.Intrinsic | GlobalTraits.Defined)) != GlobalTraits.Defined ||
                (needed is not null && !needed[c.Names[callee.Index]])) continue;
            int args = inst.Count - at - 1;
            // nothing to propagate (an empty entry: no argument may be constant)
            if (args <= 0) continue;
            var target = Facts(c.Table, m, callee.Index);
            var flags = target.Flags;
            if (flags.Length < args)
            {
                var grown = new bool[args];
                flags.CopyTo(grown, 0);
                target.Flags = flags = grown;
            }
            for (int k = 0; k < args; k++)
            {
                var v = body.Operands[inst.First + at + 1 + k];
                // an argument already flagged, with what it points to and unbounded constants: nothing a value can
                // add (its taint is not asked)
                if (flags[k] && k < target.Contents.Length && target.Contents[k] is { IsAll: true } && k < target.Values.Length &&
                    target.Values[k] is { Unbounded: true }) continue;
                if (v.Kind == IrValueKind.Instruction)
                    tainted ??= new TaintView(body, inlining, _settled, ownFlags, scratch, ownContents, ReturnContentsTable(m), SizesOf(m));
                bool t = v.Kind switch
                {
                    IrValueKind.Int or IrValueKind.Null or IrValueKind.Global or IrValueKind.Constant => true,
                    IrValueKind.Argument => !_settled || ((uint)v.Index < (uint)self.Flags.Length && self.Flags[v.Index]),
                    // a local variable's address (IsLocalAddress, asked first: it is a few steps, the taint a search)
                    IrValueKind.Instruction => IsLocalAddress(body, v) || tainted!.IsTainted(v.Index),
                    _ => false,
                };
                // an allocation whose size LLVM may know, or such an argument of the caller: the argument's object size
                // may become known (its value and what it points to no more than before)
                var root = AddressRoot(body, v, 7);
                if (root.Kind == IrValueKind.Instruction ? IsSizedAllocation(body, root.Index, inlining)
                    : root.Kind == IrValueKind.Argument && (!_settled || ((uint)root.Index < (uint)self.Sized.Length && self.Sized[root.Index])))
                {
                    if (target.Sized.Length < flags.Length) Array.Resize(ref target.Sized, flags.Length);
                    if (!target.Sized[k])
                    {
                        target.Sized[k] = true;
                        changedFunctions.Add(target);
                    }
                }
                if (!t) continue;
                // which bytes of what it points to may hold known values (LoadRule): set with the flag, never without it
                var known = v.Kind switch
                {
                    IrValueKind.Int or IrValueKind.Null => KnownBytes.None,
                    IrValueKind.Constant => (uint)v.Index >= (uint)body.ConstantGlobals.Count || body.ConstantGlobals[v.Index].Length > 0
                        ? KnownBytes.All : KnownBytes.None,
                    IrValueKind.Argument => !_settled ? KnownBytes.All
                        : (uint)v.Index < (uint)self.Contents.Length ? self.Contents[v.Index] ?? KnownBytes.None : KnownBytes.None,
                    IrValueKind.Instruction => (uint)v.Index >= (uint)instructions.Length ||
                                               !(instructions[v.Index].Op == IrOp.Alloca || IsPointer(m.Types, instructions[v.Index].Type)) ? KnownBytes.All
                                                   : PointerContents(c, i, k, v, tainted!, self),
                    _ => KnownBytes.All,
                };
                if (!known.IsNone)
                {
                    if (target.Contents.Length < flags.Length)
                    {
                        var grown = new KnownBytes?[flags.Length];
                        target.Contents.CopyTo(grown, 0);
                        target.Contents = grown;
                    }
                    var before = target.Contents[k];
                    var after = before is null ? known : before.Union(known);
                    if (!ReferenceEquals(before, after))
                    {
                        target.Contents[k] = after;
                        changedFunctions.Add(target);
                    }
                }
                if (target.Values.Length < flags.Length)
                {
                    var grown = new ArgumentValues?[flags.Length];
                    target.Values.CopyTo(grown, 0);
                    target.Values = grown;
                }
                // what constants it may bring: a literal its value, the caller's argument the caller's constants
                var into = target.Values[k] ??= new ArgumentValues();
                bool grew = v.Kind switch
                {
                    IrValueKind.Int => into.Add(v.Int),
                    IrValueKind.Null => into.Add(0),
                    IrValueKind.Argument when (uint)v.Index < (uint)self.Values.Length && self.Values[v.Index] is { } theirs => into.Add(theirs),
                    IrValueKind.Argument => false, // none known yet: the caller is visited again when it gets some
                    _ => into.SetUnbounded(),
                };
                if (!flags[k] || grew)
                {
                    flags[k] = true;
                    changedFunctions.Add(target);
                }
            }
        }
    }
}
