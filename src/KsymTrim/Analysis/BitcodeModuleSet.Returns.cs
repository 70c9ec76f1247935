using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    /// <summary>What both summaries (<see cref="SummarizeReturns"/>, <see cref="SummarizeReturnContents"/>) look up by
    /// name (by the set's name numbers), made once: every definition of each name, the functions with a body, and, for
    /// each name some function with a body calls (a call is all a summary is for), where that name's global is in every
    /// member.</summary>
    private sealed class SummaryTables
    {
        /// <summary>By name number: the definitions of that name (null: none).</summary>
        public readonly List<(BitcodeModule Module, IrFunction Function)>?[] Definitions;
        public readonly List<(BitcodeModule Module, IrFunction Function, IrBody Body)> Functions = [];
        /// <summary>By name number: where a name some function with a body calls is in every member (null: not called).</summary>
        public readonly List<(BitcodeModule Module, int Index)>?[] CalledGlobals;
        /// <summary>The numbers of <see cref="CalledGlobals"/>'s names, in the order they were first met.</summary>
        public readonly List<int> CalledNames = [];
        /// <summary>Per member: its global values' name numbers.</summary>
        public readonly Dictionary<BitcodeModule, int[]> Names;

        public SummaryTables(List<BitcodeModule> modules, Dictionary<BitcodeModule, GlobalTraits[]> inlining, Dictionary<BitcodeModule, int[]> names,
            int count)
        {
            Names = names;
            Definitions = new List<(BitcodeModule, IrFunction)>?[count];
            CalledGlobals = new List<(BitcodeModule, int)>?[count];
            var called = new bool[count];
            foreach (var m in modules)
            {
                if (m.Functions is null) continue;
                var traits = inlining[m];
                var ids = names[m];
                var calls = new bool[traits.Length]; // by global index
                foreach (var f in m.Functions)
                {
                    if ((uint)f.Global >= (uint)m.Globals.Length || m.Globals[f.Global].IsDeclarationForLinker) continue;
                    (Definitions[ids[f.Global]] ??= []).Add((m, f));
                    if (f.Body is not { } body) continue; // one without a body never qualifies, and its calls are not read
                    Functions.Add((m, f, body));
                    foreach (var site in f.Calls)
                        if (site.Callee == CalleeKind.Global && (uint)site.CalleeGlobal < (uint)calls.Length) calls[site.CalleeGlobal] = true;
                }
                for (int g = 0; g < calls.Length; g++)
                    if (calls[g] && (traits[g] & (GlobalTraits.Defined | GlobalTraits.Intrinsic)) == GlobalTraits.Defined) called[ids[g]] = true;
            }
            foreach (var m in modules)
            {
                var traits = inlining[m];
                var ids = names[m];
                for (int g = 0; g < traits.Length; g++)
                {
                    if ((traits[g] & GlobalTraits.Defined) == 0 || !called[ids[g]]) continue;
                    if (CalledGlobals[ids[g]] is not { } list)
                    {
                        CalledGlobals[ids[g]] = list = [];
                        CalledNames.Add(ids[g]);
                    }
                    list.Add((m, g));
                }
            }
        }
    }

    // rounds of SummarizeReturns: a function's summary may wait for its callees', one level of calls per round
    private const int MaxReturnRounds = 16;

    /// <summary>
    /// A folding rule: the return summaries. A call to a function some member defines is a source of taint because
    /// the backend may inline it and find the value it returns constant. It cannot when every value the function
    /// returns is untainted with all its arguments taken to be constant (whatever a caller passes): an external call's
    /// result, a load through a pointer no constant reaches, a phi of such values that no branch the backend may
    /// decide can narrow (<see cref="ControlTaint"/>), or a call to another such function. Not an argument, a constant,
    /// or a local variable's address. Such a name gets <see cref="GlobalTraits.ReturnsOpaque"/> in every member's
    /// inlining traits when all its definitions qualify (a local function of one member may share its name with
    /// another's). A function's summary may need its callees', so the rounds go on while some name qualifies, from
    /// none: the least set, in which no function qualifies through a cycle of calls alone.
    /// </summary>
    private void SummarizeReturns(SummaryTables tables, AnalysisScratch scratch)
    {
        var (definitions, functions) = (tables.Definitions, tables.Functions);
        // who calls whom, by name number: a function that does not qualify is looked at again only when a function it
        // calls does
        var callers = new List<int>?[definitions.Length];
        BitcodeModule? last = null;
        int[] calledBy = []; // per global of the module: the last function (+1) that calls it, so each callee is added once per caller
        for (int i = 0; i < functions.Count; i++)
        {
            var (m, f, _) = functions[i];
            var traits = _inlining[m];
            if (!ReferenceEquals(m, last)) (last, calledBy) = (m, new int[traits.Length]);
            var ids = tables.Names[m];
            foreach (var site in f.Calls)
            {
                if (site.Callee != CalleeKind.Global || (uint)site.CalleeGlobal >= (uint)traits.Length ||
                    (traits[site.CalleeGlobal] & (GlobalTraits.Defined | GlobalTraits.Intrinsic)) != GlobalTraits.Defined ||
                    calledBy[site.CalleeGlobal] == i + 1) continue;
                calledBy[site.CalleeGlobal] = i + 1;
                var list = callers[ids[site.CalleeGlobal]] ??= [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        }
        var globals = tables.CalledGlobals;
        var qualified = new int[definitions.Length];
        var done = new bool[functions.Count];
        // only functions some member calls and whose result is a value: a summary is read at a call, of its result
        // (every function of the tables has a global of its module: f.Global is in range)
        var asked = new bool[functions.Count];
        for (int i = 0; i < functions.Count; i++)
        {
            var (m, f, _) = functions[i];
            asked[i] = m.Types.Get((ulong)Math.Max(f.FunctionType, 0)) is { Kind: IrTypeKind.Function, Contained.Count: > 0 } type &&
                       m.Types.Get((ulong)Math.Max(type.ReturnType, 0))?.Kind is not (null or IrTypeKind.Void) &&
                       callers[tables.Names[m][f.Global]] is not null;
        }
        var look = Enumerable.Range(0, functions.Count).Where(i => asked[i]).ToList();
        var named = new List<int>();
        for (int round = 0; round < MaxReturnRounds && look.Count > 0; round++)
        {
            named.Clear();
            foreach (int i in look)
            {
                var (m, f, body) = functions[i];
                if (done[i] || !ReturnsOpaqueValues(m, body, scratch)) continue;
                done[i] = true; // its answer stands: the traits only grow
                int name = tables.Names[m][f.Global];
                if (++qualified[name] == definitions[name]!.Count) named.Add(name);
            }
            if (named.Count == 0) break;
            foreach (int name in named)
                foreach (var (m, g) in globals[name]!)
                    _inlining[m][g] |= GlobalTraits.ReturnsOpaque;
            look = named.SelectMany(n => callers[n]!).Distinct().Order().Where(i => asked[i] && !done[i]).ToList();
        }
    }

    /// <summary>True when every value <paramref name="body"/> returns is untainted with every argument a source, and
    /// every phi with a known incoming value too (see <see cref="SummarizeReturns"/>; <see cref="ControlTaint"/>
    /// would spare some, at the price of the taint of every branch).</summary>
    private bool ReturnsOpaqueValues(BitcodeModule module, IrBody body, AnalysisScratch scratch)
    {
        var instructions = body.Instructions;
        var operands = body.Operands;
        TaintView? view = null;
        for (int i = 0; i < instructions.Length; i++)
        {
            ref readonly var inst = ref instructions[i];
            if (inst.Op != IrOp.Ret || inst.Count == 0) continue;
            var v = operands[inst.First];
            if (v.Kind != IrValueKind.Instruction || IsKnown(body, v)) return false;
            // on demand, a phi with a known incoming value met on the way taken to be tainted: the summaries of every
            // function of a module cost a look at what their returns read, not the taint of every body
            view ??= new TaintView(body, _inlining[module], settled: false, arguments: null, scratch, contents: null, ReturnContentsTable(module),
                SizesOf(module), phisTainted: true);
            if (view.IsTainted(v.Index)) return false;
        }
        return true;
    }
}
