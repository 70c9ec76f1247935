using KsymTrim.Analysis.Lowering;
using KsymTrim.Bitcode.Module;
using KsymTrim.InlineAsm;

namespace KsymTrim.Analysis;

public static partial class BitcodeReferenceAnalysis
{
    /// <summary>One module's walk: functions first (which declarations stay used, what code generation adds),
    /// then declarations and module asm. Folding, taint and stack protection work in <paramref name="scratch"/>,
    /// which the walk uses, one function at a time, until it ends.</summary>
    private sealed class ModuleWalk(BitcodeModule module, BitcodeModuleSet set, string? member,
        Dictionary<(string, ReferenceSource), string> evidence, List<string> weak, List<string> defined, HashSet<string> ownNames,
        AnalysisScratch scratch)
    {
        private readonly bool[] _liveUse = new bool[module.Globals.Length];
        private readonly bool[] _deadUse = new bool[module.Globals.Length];
        private readonly BitcodeLowering _lowering = new(module);
        private readonly AsmDialect _dialect = AsmDialect.ForTriple(module.Triple);
        private readonly EvidenceSink _sink = new(evidence, ownNames);
        private bool _protected;
        // the evidence of a declaration, built once rather than per declaration
        private readonly string _undefined = member is null ? "undefined" : "undefined in " + member;
        // per global value: what folding and this walk ask of it as a callee
        private readonly GlobalTraits[] _folding = FoldingTraitTable.Of(module.Globals, set.DefinesFunctionIn(module));

        // per global value: thread_local (null when the module has none, as in most modules)
        private readonly bool[]? _threadLocal = ThreadLocalGlobals(module);
        private readonly List<int> _threadLocalUsed = [];

        private static bool[]? ThreadLocalGlobals(BitcodeModule module)
        {
            if (!module.HasThreadLocalGlobals) return null;
            bool[]? tls = null;
            for (int g = 0; g < module.Globals.Length; g++)
                if (module.Globals[g].ThreadLocal != ThreadLocalMode.None) (tls ??= new bool[module.Globals.Length])[g] = true;
            return tls;
        }

        private bool HasPersonality(IrFunction f) =>
            (uint)f.Global >= (uint)module.Globals.Length || module.Globals[f.Global].Personality != -1;

        /// <summary>The function's personality routine as EHPersonalities.cpp classifyEHPersonality sorts it.</summary>
        private Lowering.EhPersonality Personality(IrFunction f)
        {
            if ((uint)f.Global >= (uint)module.Globals.Length) return Lowering.EhPersonality.Unknown;
            int p = module.Globals[f.Global].Personality;
            if ((uint)p >= (uint)module.Globals.Length) return Lowering.EhPersonality.Unknown;
            return module.Globals[p].Name switch
            {
                "__gxx_personality_v0" => Lowering.EhPersonality.GnuCxx,
                "__gxx_personality_sj0" => Lowering.EhPersonality.GnuCxxSjLj,
                _ => Lowering.EhPersonality.Other,
            };
        }

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
            for (int g = 0; g < module.Globals.Length; g++)
            {
                var gv = module.Globals[g];
                if (!gv.IsDeclarationForLinker || gv.IsFormatSpecific) continue;
                // A declaration that only dead code uses gets no symbol in the object. One that no instruction names
                // at all is kept: metadata (debug info locations such as DW_OP_addr) may still refer to it.
                bool used = !exact || _liveUse[g] || usedByData![g] || !_deadUse[g];
                if (!used) continue;
                string name = module.ObjectName(g);
                if (gv.Linkage == KsymTrim.Bitcode.Module.Linkage.ExternalWeak) { weak.Add(name); continue; }
                Add(name, ReferenceSource.Symtab, _undefined);
            }
            for (int g = 0; g < module.Globals.Length; g++)
            {
                var gv = module.Globals[g];
                if (!gv.IsDeclarationForLinker && !gv.IsLocal && !gv.IsFormatSpecific) defined.Add(module.ObjectName(g));
            }
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
                foreach (var call in f.Calls) CallSite(fn, call, fl, -1);
                _lookups?.OnIncompleteFunction(fn, f);
                foreach (var inst in f.PartialInstructions) _lowering.Instruction(fl, fn, inst, _sink);
                bool ssp = fl.Traits.StackProtector != Lowering.StackProtectorLevel.None;
                if (_threadLocal is not null) // which thread-local globals it accesses is not known: all of them
                    for (int g = 0; g < _threadLocal.Length; g++)
                        if (_threadLocal[g]) _lowering.ThreadLocal(fl, fn, g, _sink);
                _lowering.FunctionCalls(fl, fn, new Lowering.FunctionFacts(ssp, true, true, true, true, HasDynamicAlloca: true,
                    HasResume: HasPersonality(f), Personality: Personality(f), CallingConv: CallingConvOf(f),
                    BFloatFromRegisters: BFloatFromRegisters(f), ShadowStackGc: ShadowStackGc(f)), _sink); // resume needs a personality
                return;
            }
            // default (not Folded): nothing folds, every instruction and operand stays (most functions)
            var fold = NeedsFolding(f, body) ? Fold(f, body) : default;
            bool hasIndirect = false, hasReturn = false, hasCalls = false, hasIndirectBranch = false, hasDynamicAlloca = false, hasResume = false, hasCleanupPad = false;
            _threadLocalUsed.Clear();
            var ops = body.Operands;
            var instructions = body.Instructions;
            var calls = f.Calls;
            int callCount = calls.Length;
            _lookups?.OnFunction(f, fold);
            for (int i = 0; i < instructions.Length; i++)
            {
                ref readonly var inst = ref instructions[i];
                bool isLive = fold.Keeps(i);
                int start = 0;
                if (inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr)
                {
                    start = inst.CalleeOperand; // after the successor blocks
                    var call = (uint)inst.Aux < (uint)callCount ? calls[inst.Aux] : null;
                    if (call is not null && isLive)
                    {
                        if (_lookups is not null && start < inst.Count && ops[inst.First + start].Kind == IrValueKind.Global)
                            _lookups.OnCall(f, i, ops[inst.First + start].Index);
                        if (call.Callee != CalleeKind.Global || (uint)call.CalleeGlobal >= (uint)_folding.Length ||
                            (_folding[call.CalleeGlobal] & GlobalTraits.Intrinsic) == 0) hasCalls = true;
                        if (call.Callee == CalleeKind.Indirect) hasIndirect = true;
                        // the callee operand: a call that code generation removes does not use its callee
                        if (start < inst.Count && ops[inst.First + start] is { Kind: IrValueKind.Global } callee &&
                            _lowering.CallDisappears(fl, call, callee.Index, i))
                        {
                            _deadUse[callee.Index] = true;
                            start++;
                        }
                        CallSite(fn, call, fl, i);
                    }
                }
                else if (isLive)
                {
                    switch (inst.Op)
                    {
                        case IrOp.Ret: hasReturn = true; break;
                        case IrOp.IndirectBr: hasIndirectBranch = true; break;
                        case IrOp.Alloca when inst.Count > 0 && ops[inst.First].Kind != IrValueKind.Int: hasDynamicAlloca = true; break;
                        case IrOp.OtherTerminator: hasResume |= inst.IsResume; break;
                        case IrOp.Other when inst.IsCleanupLandingPad: hasCleanupPad = true; break;
                        default:
                            if (LoweringModel.MayLowerToCall(inst)) _lowering.Instruction(fl, fn, inst, _sink);
                            break;
                    }
                }
                // indexed rather than over a slice: the compiled loop is tighter
                for (int k = inst.First + start, end = inst.First + inst.Count; k < end; k++)
                {
                    if (ops[k].Kind is IrValueKind.Global or IrValueKind.Constant) // most operands are neither
                        MarkUse(ops[k], body, isLive && fold.Reads(k) ? _liveUse : _deadUse);
                }
            }
            if (_threadLocal is not null) ThreadLocalAccesses(body, fold);
            foreach (int g in _threadLocalUsed) _lowering.ThreadLocal(fl, fn, g, _sink);
            // Every protected function adds the same symbols (__stack_chk_fail, the module's guard): once one is
            // found, the others need not be examined.
            bool protector = !_protected && StackProtection.Needed(fl.Traits, body, fold, scratch, module);
            _protected |= protector;
            // DwarfEHPrepare::pruneUnreachableResumes (above -O0): a resume that no cleanup landingpad reaches becomes
            // unreachable, and no resume call is made for it; without any cleanup pad, none is (llc 22
            // X86/gcc_except_table-multi.ll, AArch64/pic-eh-stubs.ll: catch-only pads, no _Unwind_Resume).
            // The personality is still read for any resume: SjLjEHPrepare registers the function context whatever
            // DwarfEHPrepare later prunes.
            _lowering.FunctionCalls(fl, fn, new Lowering.FunctionFacts(protector, hasIndirect, hasIndirectBranch, hasReturn, hasCalls,
                HasThreadLocalAccess: _threadLocalUsed.Count > 0, HasDynamicAlloca: hasDynamicAlloca, HasResume: hasResume && hasCleanupPad,
                Personality: hasResume ? Personality(f) : Lowering.EhPersonality.Unknown, CallingConv: CallingConvOf(f),
                BFloatFromRegisters: BFloatFromRegisters(f), ShadowStackGc: ShadowStackGc(f)), _sink);
        }

        /// <summary>
        /// Records the thread-local globals that the live operands of <paramref name="body"/> name, as the walk above
        /// reads them (a removed call's callee, which it skips, is a function declaration: never thread-local). A pass
        /// of its own, in the few modules with a thread-local global, so that the walk's operand loop, the hottest
        /// of the analysis, does not test for them.
        /// </summary>
        private void ThreadLocalAccesses(IrBody body, in FoldView fold)
        {
            var ops = body.Operands;
            var instructions = body.Instructions;
            for (int i = 0; i < instructions.Length; i++)
            {
                ref readonly var inst = ref instructions[i];
                if (!fold.Keeps(i)) continue;
                int start = inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr ? inst.CalleeOperand : 0;
                for (int k = inst.First + start, end = inst.First + inst.Count; k < end; k++)
                    if (ops[k].Kind is IrValueKind.Global or IrValueKind.Constant && fold.Reads(k)) ThreadLocalUse(ops[k], body);
            }
        }

        private bool ShadowStackGc(IrFunction f) =>
            (uint)f.Global < (uint)module.Globals.Length && module.Globals[f.Global].Gc == "shadow-stack";

        /// <summary>A bfloat parameter, or a call returning bfloat (asked only on i386, where it matters).</summary>
        private bool BFloatFromRegisters(IrFunction f)
        {
            if (_lowering.Target.Arch != Lowering.TargetArch.I386) return false;
            if (module.Types.Get((ulong)Math.Max(f.FunctionType, 0)) is { Kind: IrTypeKind.Function } ft)
                for (int i = 1; i < ft.Contained.Count; i++)
                    if (IsBFloat(ft.Contained[i])) return true;
            foreach (var call in f.Calls)
                if (module.Types.Get((ulong)Math.Max(call.FunctionType, 0)) is { Kind: IrTypeKind.Function } ct && ct.Contained.Count > 0 &&
                    IsBFloat(ct.Contained[0]))
                    return true;
            return false;
        }

        private bool IsBFloat(int type) => module.Types.Get((ulong)Math.Max(type, 0)) is { Kind: IrTypeKind.Float, Name: "bfloat" };

        private int CallingConvOf(IrFunction f) =>
            (uint)f.Global < (uint)module.Globals.Length ? module.Globals[f.Global].CallingConv : 0;

        /// <summary>Records the thread-local globals a live operand names (directly or inside a constant expression).</summary>
        private void ThreadLocalUse(IrValue v, IrBody body)
        {
            var tls = _threadLocal!;
            if (v.Kind == IrValueKind.Global) { if ((uint)v.Index < (uint)tls.Length && tls[v.Index] && !_threadLocalUsed.Contains(v.Index)) _threadLocalUsed.Add(v.Index); }
            else if (v.Kind == IrValueKind.Constant && (uint)v.Index < (uint)body.ConstantGlobals.Count)
                foreach (int g in body.ConstantGlobals[v.Index])
                    if ((uint)g < (uint)tls.Length && tls[g] && !_threadLocalUsed.Contains(g)) _threadLocalUsed.Add(g);
        }

        private void MarkUse(IrValue v, IrBody body, bool[] use)
        {
            if (v.Kind == IrValueKind.Global) { if ((uint)v.Index < (uint)use.Length) use[v.Index] = true; }
            else if (v.Kind == IrValueKind.Constant && (uint)v.Index < (uint)body.ConstantGlobals.Count)
                foreach (int g in body.ConstantGlobals[v.Index])
                    if ((uint)g < (uint)use.Length) use[g] = true;
        }

        /// <summary>Only functions that call <c>llvm.is.constant</c> or <c>llvm.objectsize</c> can fold branches
        /// beyond what the pre-link optimiser already folded (<see cref="FoldingTraitTable.NeedsFolding"/>: the set's
        /// facts are made for the same functions, <c>BitcodeModuleSet.NeededCallers</c>).</summary>
        private bool NeedsFolding(IrFunction f, IrBody body) => FoldingTraitTable.NeedsFolding(f, body, _folding);

        // the most calling contexts a function is folded in (Fold): a product of the arguments' constants
        private const int MaxContexts = 16;

        /// <summary>
        /// What code generation keeps of <paramref name="body"/>. When arguments may become constant and the constants
        /// they may receive are known (<see cref="BitcodeModuleSet.ArgumentConstants"/>), a folding rule: the body is
        /// folded once per calling context, each such argument either one of its constants (an inlined or IPSCCP copy)
        /// or unknown (the out-of-line copy, or a caller's non-constant value), and what some context keeps is kept.
        /// Otherwise once, such arguments unknown and unstable.
        /// </summary>
        private FoldView Fold(IrFunction f, IrBody body)
        {
            // Once, arguments that may become constant unknown and unstable: when that decides every intrinsic of a
            // live block, no context can decide more (most functions), and the contexts are not looked for.
            var taint = set.TaintOf(module, f, body, scratch);
            string self = BitcodeModuleSet.NameOf(module, f);
            var stablePredicate = Stable(body, taint, k => !set.ArgumentMayBeConstant(self, k));
            var sized = SizedObjects(self, body);
            var once = ConstantFolding.Fold(body, module.Types, _folding, stablePredicate, scratch, objectSizes: sized);
            if (!HasUndecidedIntrinsic(body, once, null)) return once;
            // the arguments' ranges (IPSCCP), asked only now: they decide comparisons, so they can only help here
            var ranges = set.ArgumentRanges(module, f);
            if (ranges is not null)
            {
                once = ConstantFolding.Fold(body, module.Types, _folding, stablePredicate, scratch, ranges: ranges, objectSizes: sized);
                if (!HasUndecidedIntrinsic(body, once, null)) return once;
            }
            // the tests' outcomes, while the taint is this view (the contexts' taint below replaces it)
            FoldView byOutcome = default; // (Folded when the outcomes were folded)
            if (OutcomeCases(f, self, body, taint, once.UndecidedTests) is { } cases)
            {
                var refined = FoldByOutcome(body, once, cases, stablePredicate, ranges, sized);
                if (!HasUndecidedIntrinsic(body, refined, null)) return refined;
                once = refined;
                byOutcome = refined;
            }
            // the calling contexts: a product of the arguments' constants, or else one per direct call
            List<long?[]>? objectSizes = null;
            KnownBytes?[]? pointed = null;
            var contexts = CallingContexts(f, body);
            if (contexts is null && sized is null && AsksObjectSizeOfArgument(body, once) && SiteContexts(self, body) is { } sites)
                (contexts, objectSizes, pointed) = sites;
            if (contexts is null) return once;
            // every argument is fixed in each context: only the other sources of taint remain (and what a caller's
            // variable it is given holds); when they leave every undecided intrinsic undecided still, no context decides more
            var stable = Stable(body, set.TaintWithoutArguments(module, body, scratch, pointed), static _ => true);
            // (an object size of an argument given a variable's address: the contexts' sizes may decide it)
            if (!HasUndecidedIntrinsic(body, once, pointed is null ? stable
                    : v => stable(v) || ConstantFolding.ObjectStart(body, v) is { Kind: IrValueKind.Argument } a && (uint)a.Index < (uint)pointed.Length && pointed[a.Index] is not null))
                return once;
            int n = body.Instructions.Length;
            bool[]? blocks = null, live = null, used = null;
            int[]? userStart = null, users = null;
            for (int c = 0; c < contexts.Count; c++)
            {
                // each fold overwrites the scratch the previous view points into: what it keeps is copied first
                var view = ConstantFolding.Fold(body, module.Types, _folding, stable, scratch, contexts[c], ranges, objectSizes: objectSizes?[c] ?? sized);
                Or(ref blocks, view.LiveBlocks);
                Or(ref live, view.LiveInstructions);
                Or(ref used, view.UsedOperands);
                userStart ??= view.UserStart.ToArray();
                users ??= view.Users.ToArray();
            }
            // what the tests' outcomes drop, no context keeps
            if (byOutcome.Folded) { And(blocks!, byOutcome.LiveBlocks); And(live!, byOutcome.LiveInstructions); And(used!, byOutcome.UsedOperands); }
            // no instruction is claimed constant: it may differ from one context to the next
            var state = new byte[n];
            Array.Fill(state, ConstantFolding.Bottom);
            return new FoldView(blocks, live, used, userStart, users, state, new long[n]);
        }

        // the most folds per function for the outcomes of its tests (FoldByOutcome)
        private const int MaxOutcomeFolds = 24;

        /// <summary>A test of <see cref="FoldByOutcome"/>: an <c>llvm.is.constant</c> call and the constants its operand may
        /// become, or, when they are not known, the bounds they lie in (<see cref="ValueBounds"/>).</summary>
        private readonly record struct OutcomeCase(int Test, IrValue Operand, long[] Constants, Interval? Within = null);

        /// <summary>The undecided <c>llvm.is.constant</c> calls whose operand's possible constants are known
        /// (<see cref="PossibleConstants"/>), or else bounds for them (<see cref="ValueBounds.At"/> the call: the
        /// operand's run-time bounds there, so any constant it becomes lies in them), neither the call nor the
        /// operand's definition in a cycle of blocks (each reached once per execution of the function); null when
        /// there is none.</summary>
        private List<OutcomeCase>? OutcomeCases(IrFunction f, string self, IrBody body, TaintView taint, ReadOnlySpan<int> undecided)
        {
            List<OutcomeCase>? cases = null;
            PossibleConstants? constants = null;
            ValueBounds? bounds = null;
            ControlFlow? flow = null;
            int folds = 0;
            foreach (int t in undecided)
            {
                ref readonly var test = ref body.Instructions[t];
                if (test.Op != IrOp.Call || test.Count < 2 || body.Operands[test.First] is not { Kind: IrValueKind.Global } callee ||
                    (uint)callee.Index >= (uint)_folding.Length || (_folding[callee.Index] & GlobalTraits.IsConstant) == 0) continue;
                // the value the operand is a one to one function of: fixing it fixes every value derived from it
                var operand = PossibleConstants.InjectiveRoot(body, body.Operands[test.First + 1]);
                // (a comparison may be either of its two values: folding both outcomes with each decides nothing the test did not)
                if (operand.Kind is not (IrValueKind.Instruction or IrValueKind.Argument) ||
                    (operand.Kind == IrValueKind.Instruction && ((uint)operand.Index >= (uint)body.Instructions.Length ||
                                                                 body.Instructions[operand.Index].Op == IrOp.Cmp))) continue;
                constants ??= new PossibleConstants(body, module.Types, taint.IsTainted, k => set.ArgumentConstants(self, k),
                    load => set.LoadConstants(module, f, body, load));
                var values = constants.Of(operand);
                Interval? within = null;
                if (values is null)
                {
                    // (the cycles first: bounds are dearer, and no use there)
                    flow ??= ControlFlow.Of(body);
                    if (InCycle(flow, body, t, operand)) continue;
                    bounds ??= set.BoundsIn(module, f);
                    // (bounds CompareRange can read: non-negative)
                    if (bounds.At(operand, OperandWidth(body, operand), test.Block) is not { Lo: >= 0 } b ||
                        !ValueBounds.Assuming(body, module.Types, GlobalName, operand, b).DecidesACompare()) continue;
                    (values, within) = ([], b);
                }
                if (folds + 1 + Math.Max(values.Length, 1) > MaxOutcomeFolds) continue;
                flow ??= ControlFlow.Of(body);
                if (InCycle(flow, body, t, operand)) continue;
                folds += 1 + Math.Max(values.Length, 1);
                (cases ??= []).Add(new OutcomeCase(t, operand, values, within));
            }
            return cases;
        }

        /// <summary>True when the test <paramref name="test"/> or its operand's definition is in a cycle of blocks.</summary>
        private static bool InCycle(ControlFlow flow, IrBody body, int test, IrValue operand) =>
            flow.InCycle(body.Instructions[test].Block) || (operand.Kind == IrValueKind.Instruction && flow.InCycle(body.Instructions[operand.Index].Block));

        /// <summary>
        /// A folding rule: what code generation keeps of <paramref name="body"/> is what it keeps in some execution, and
        /// each execution gives each test of <paramref name="cases"/> one outcome: false, or true with its operand one of
        /// its possible constants (a copy in which the backend found it so). Per test, the body is folded once per
        /// outcome, that outcome assumed, and what some outcome keeps is kept; what the tests' folds all drop, or
        /// <paramref name="once"/> drops, is dropped (each is what some execution may keep, so is what they share).
        /// <c>kmalloc(phi(2, n) * 256)</c>: <c>is.constant</c> true only with 512, below the large size.
        /// </summary>
        private FoldView FoldByOutcome(IrBody body, scoped in FoldView once, List<OutcomeCase> cases, Func<IrValue, bool> stable,
            BitcodeModuleSet.ArgumentRange?[]? ranges, long?[]? sized)
        {
            // each fold overwrites the scratch once points into: its facts are copied first
            var blocks = once.LiveBlocks.ToArray();
            var live = once.LiveInstructions.ToArray();
            var used = once.UsedOperands.ToArray();
            var userStart = once.UserStart.ToArray();
            var users = once.Users.ToArray();
            int n = body.Instructions.Length;
            var state = new byte[n];
            var value = new long[n];
            for (int i = 0; i < n; i++)
                if (once.IsConstant(i, out long c)) (state[i], value[i]) = (ConstantFolding.Const, c);
                else state[i] = ConstantFolding.Bottom;
            var undecided = once.UndecidedTests.ToArray();
            foreach (var test in cases)
            {
                bool[]? caseBlocks = null, caseLive = null, caseUsed = null;
                int width = OperandWidth(body, test.Operand);
                // false; true with each constant, or once within the bounds
                int outcomes = test.Within is null ? test.Constants.Length : 1;
                for (int k = -1; k < outcomes; k++)
                {
                    var outcome = k < 0 ? new TestOutcome(test.Test, false, test.Operand, 0)
                        : test.Within is { } within ? new TestOutcome(test.Test, true, test.Operand, 0, ValueBounds.Assuming(body, module.Types, GlobalName, test.Operand, within))
                        : new TestOutcome(test.Test, true, test.Operand, ConstantFolding.Truncate(test.Constants[k], width));
                    var view = ConstantFolding.Fold(body, module.Types, _folding, stable, scratch, ranges: ranges, outcome: outcome, objectSizes: sized);
                    Or(ref caseBlocks, view.LiveBlocks);
                    Or(ref caseLive, view.LiveInstructions);
                    Or(ref caseUsed, view.UsedOperands);
                }
                And(blocks, caseBlocks);
                And(live, caseLive);
                And(used, caseUsed);
            }
            // (a block out of range, in a body folding did not take apart, stays)
            var stillUndecided = undecided.Where(t => (uint)body.Instructions[t].Block >= (uint)blocks.Length || blocks[body.Instructions[t].Block]).ToArray();
            return new FoldView(blocks, live, used, userStart, users, state, value, stillUndecided);
        }

        /// <summary>The integer width of an instruction's value; 64 for an argument (the fold's users truncate it) or
        /// when not known.</summary>
        private string? GlobalName(int g) => (uint)g < (uint)module.Globals.Length ? module.Globals[g].Name : null;

        private int OperandWidth(IrBody body, IrValue v) =>
            v.Kind == IrValueKind.Instruction && module.Types.Get((ulong)Math.Max(body.Instructions[v.Index].Type, 0)) is { Kind: IrTypeKind.Integer } t &&
            t.Width is > 0 and < 64 ? (int)t.Width : 64;

        private static void And(bool[] into, ReadOnlySpan<bool> from)
        {
            for (int i = 0; i < into.Length && i < from.Length; i++) into[i] &= from[i];
        }

        /// <summary>True when a live block calls <c>llvm.is.constant</c> or <c>llvm.objectsize</c> and
        /// <paramref name="fold"/> did not decide its value; with <paramref name="contextStable"/>, only such a call
        /// whose operand that predicate finds stable (one a calling context may decide).</summary>
        private static bool HasUndecidedIntrinsic(IrBody body, in FoldView fold, Func<IrValue, bool>? contextStable)
        {
            if (contextStable is null) return !fold.UndecidedTests.IsEmpty;
            foreach (int i in fold.UndecidedTests)
            {
                var inst = body.Instructions[i];
                if (inst.Count < 2 || contextStable(body.Operands[inst.First + 1])) return true;
            }
            return false;
        }

        private static void Or(ref bool[]? into, ReadOnlySpan<bool> from)
        {
            into ??= new bool[from.Length];
            for (int i = 0; i < from.Length; i++) into[i] |= from[i];
        }

        /// <summary>
        /// A folding rule: the calling contexts of a function one per direct call, where the product of the arguments'
        /// constants is not known (an argument given a local variable's address): each call's own tuple, an integer
        /// literal's value and the size of the caller's variable whose start it passes (what <c>llvm.objectsize</c> of
        /// the argument is once the call is inlined), and the out-of-line copy, every argument unknown. Bridge's
        /// <c>br_dev_read_uargs(args, 4)</c> with <c>u64 args[4]</c> and <c>(args, 3)</c> with <c>args[3]</c>: in neither copy
        /// is the buffer smaller than the copy. Null unless every call passes each argument such a value, an integer its
        /// caller cannot make constant (not tainted there) or an argument of the caller's no call flags, there are fewer
        /// than <see cref="MaxContexts"/> calls, and no member takes the function's address (a call through the pointer
        /// may become direct once its user is inlined); any other pointer may point to an object whose size LLVM finds
        /// once inlined.
        /// The contexts' argument constants, their object sizes, and per argument whether a call gives it a variable's
        /// address (what it points to may then be known: <see cref="KnownBytes.All"/>).
        /// </summary>
        private (List<long?[]> Arguments, List<long?[]> ObjectSizes, KnownBytes?[]? Pointed)? SiteContexts(string self, IrBody body)
        {
            var sites = set.DirectCallSites(self);
            int count = body.ArgumentCount;
            if (sites.Count == 0 || sites.Count >= MaxContexts || count == 0 || set.AddressTaken(self)) return null;
            var arguments = new List<long?[]> { new long?[count] }; // the out-of-line copy
            var sizes = new List<long?[]> { new long?[count] };
            KnownBytes?[]? pointed = null;
            AnalysisScratch? callerScratch = null;
            bool[]? callerTaint = null;
            IrFunction? taintOf = null;
            try
            {
                foreach (var (m, caller, call) in sites)
                {
                    var callerBody = caller.Body!;
                    ref readonly var inst = ref callerBody.Instructions[call];
                    if (inst.Count - inst.CalleeOperand - 1 != count) return null; // (a call of another type, variadic)
                    var values = new long?[count];
                    var objects = new long?[count];
                    for (int k = 0; k < count; k++)
                    {
                        var v = callerBody.Operands[inst.First + inst.CalleeOperand + 1 + k];
                        switch (v.Kind)
                        {
                            case IrValueKind.Int: values[k] = v.Int; continue;
                            case IrValueKind.Null: values[k] = 0; continue;
                            case IrValueKind.Argument:
                                if (set.ArgumentMayBeConstant(BitcodeModuleSet.NameOf(m, caller), v.Index)) return null;
                                continue;
                            case IrValueKind.Instruction when (uint)v.Index < (uint)callerBody.Instructions.Length:
                                if (VariableSize(m, callerBody, v) is { } size)
                                {
                                    objects[k] = size;
                                    (pointed ??= new KnownBytes?[count])[k] = KnownBytes.All;
                                    continue;
                                }
                                // any other pointer may point to an object whose size LLVM finds once inlined (a select of
                                // two variables, an allocation through a wrapper): not a value that stays unknown
                                if (callerBody.Instructions[v.Index].Type is var type && (type < 0 || m.Types.Get((ulong)type)?.Kind == IrTypeKind.Pointer))
                                    return null;
                                if (!ReferenceEquals(taintOf, caller))
                                {
                                    callerScratch ??= AnalysisScratch.Rent();
                                    (callerTaint, taintOf) = (set.Taint(m, caller, callerBody, callerScratch), caller);
                                }
                                if (callerTaint![v.Index]) return null;
                                continue;
                            default:
                                return null; // a global's address, a constant expression: may be known, not fixed
                        }
                    }
                    arguments.Add(values);
                    sizes.Add(objects);
                }
            }
            finally
            {
                if (callerScratch is not null) AnalysisScratch.Return(callerScratch);
            }
            // the out-of-line copy: what such an argument points to is no object it knows
            if (pointed is not null)
                for (int k = 0; k < count; k++)
                    if (pointed[k] is not null) sizes[0][k] = ConstantFolding.UnknownObject;
            return (arguments, sizes, pointed);
        }

        /// <summary>Per argument, <see cref="ConstantFolding.SizedObject"/> where the size of what it points to may become
        /// known (<see cref="BitcodeModuleSet.ObjectSizeMayBeKnown"/>); null when no argument's may (most functions).</summary>
        private long?[]? SizedObjects(string self, IrBody body)
        {
            long?[]? sized = null;
            for (int k = 0; k < body.ArgumentCount; k++)
                if (set.ObjectSizeMayBeKnown(self, k)) (sized ??= new long?[body.ArgumentCount])[k] = ConstantFolding.SizedObject;
            return sized;
        }

        /// <summary>True when some undecided test of <paramref name="fold"/> is an <c>llvm.objectsize</c> of an argument
        /// (through casts and all-zero element pointers): the one question a call's own context answers that the product
        /// of the arguments' constants does not (a call may pass a variable's address). Asked first: the contexts per
        /// call need every caller's taint.</summary>
        private bool AsksObjectSizeOfArgument(IrBody body, scoped in FoldView fold)
        {
            foreach (int t in fold.UndecidedTests)
            {
                ref readonly var test = ref body.Instructions[t];
                if (test.Op == IrOp.Call && test.Count >= 2 && body.Operands[test.First] is { Kind: IrValueKind.Global } callee &&
                    (uint)callee.Index < (uint)_folding.Length && (_folding[callee.Index] & GlobalTraits.ObjectSize) != 0 &&
                    ConstantFolding.ObjectStart(body, body.Operands[test.First + 1]).Kind == IrValueKind.Argument) return true;
            }
            return false;
        }

        /// <summary>The bytes from <paramref name="pointer"/> to the end of the local variable it points into (an alloca
        /// of a literal count, through casts and element pointers of literal indices); null for any other value.</summary>
        private long? VariableSize(BitcodeModule m, IrBody body, IrValue pointer)
        {
            var sizes = set.SizesOf(m);
            if (sizes is null || BitcodeModuleSet.OffsetRoot(body, pointer, sizes, out long? at) is not { Kind: IrValueKind.Instruction } root ||
                at is not { } offset || body.Instructions[root.Index] is not { Op: IrOp.Alloca, Count: > 0 } alloca ||
                body.Operands[alloca.First] is not { Kind: IrValueKind.Int, Int: > 0 and < int.MaxValue } n ||
                sizes.AllocSize(alloca.Type) is not (> 0 and < int.MaxValue and var element)) return null;
            long size = (long)element * n.Int;
            return offset >= 0 && offset <= size ? size - offset : null;
        }

        /// <summary>The calling contexts to fold <paramref name="f"/> in, each the constant of every argument or null; null
        /// when no argument may become constant, or when one may and its constants are not known, or are too many.</summary>
        private List<long?[]>? CallingContexts(IrFunction f, IrBody body)
        {
            string self = BitcodeModuleSet.NameOf(module, f);
            int count = body.ArgumentCount;
            var contexts = new List<long?[]> { new long?[count] }; // every argument unknown
            bool any = false;
            for (int k = 0; k < count; k++)
            {
                if (set.ArgumentConstants(self, k) is not { } values) return null;
                if (values.Count == 0) continue;
                any = true;
                if (contexts.Count * (values.Count + 1) > MaxContexts) return null;
                var grown = new List<long?[]>(contexts.Count * (values.Count + 1));
                foreach (var c in contexts)
                {
                    grown.Add(c);
                    foreach (long v in values.Order())
                    {
                        var copy = (long?[])c.Clone();
                        copy[k] = v;
                        grown.Add(copy);
                    }
                }
                contexts = grown;
            }
            return any ? contexts : null;
        }

        /// <summary>
        /// The stability rule the folds share. An operand stays non-constant until LowerConstantIntrinsics runs when
        /// nothing the LTO backend learns can make it constant: it does not derive from an argument of a function that
        /// some member calls directly (inlining and IPSCCP give such arguments constants; <paramref name="argument"/>
        /// says which may), from the result of a call to a function a member defines (inlining may return a constant),
        /// or from memory a local variable holds: an instruction <paramref name="tainted"/> leaves untainted that is no
        /// alloca. Valid while the function is folded: the taint it reads may be a view of the scratch.
        /// </summary>
        private static Func<IrValue, bool> Stable(IrBody body, TaintView tainted, Func<int, bool> argument)
        {
            int n = body.Instructions.Length;
            return v => v.Kind switch
            {
                IrValueKind.Argument => argument(v.Index),
                // (an alloca first: it needs no search of the taint)
                IrValueKind.Instruction => (uint)v.Index < (uint)n && body.Instructions[v.Index].Op != IrOp.Alloca && !tainted.IsTainted(v.Index),
                _ => false,
            };
        }

        private void CallSite(string fn, CallSite call, BitcodeLowering.FunctionLowering? fl, int instruction)
        {
            if (fl is not null && _lowering.CopiesByVal && call.Callee != CalleeKind.InlineAsm) _lowering.ByValArguments(fl, fn, call, _sink);
            switch (call.Callee)
            {
                case CalleeKind.InlineAsm when call.Asm is not null:
                    foreach (var r in _lowering.AsmReferences(call, _dialect))
                    {
                        if (r.IsWeak) { if (!ownNames.Contains(r.Symbol)) weak.Add(r.Symbol); }
                        else _sink.AddAsm(r.Symbol, fn, r.Snippet);
                    }
                    break;
                // GlobalTraits.Intrinsic: an llvm. name, decided once per global rather than per call
                case CalleeKind.Global when fl is not null && (uint)call.CalleeGlobal < (uint)_folding.Length &&
                                            (_folding[call.CalleeGlobal] & GlobalTraits.Intrinsic) != 0:
                    _lowering.Intrinsic(fl, fn, module.Globals[call.CalleeGlobal].Name, call, instruction, _sink);
                    break;
                case CalleeKind.Global when fl is not null && _lowering.IsLibraryCall(call.CalleeGlobal):
                    // sin, sqrtl, mempcpy...: what replaces them (a sin or cos also the sincos it may merge into)
                    _lowering.LibraryCall(fl, fn, call, call.CalleeGlobal, instruction, _sink);
                    break;
            }
        }
    }
}
