using System.Text;
using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>
/// The exports one bitcode module looks up by name at run time (<see cref="RuntimeLookups"/>): the constant strings
/// its live code passes to a lookup function it declares (<c>__symbol_get</c>, <c>__symbol_put</c>), followed back
/// through casts, GEPs of constant offset, <c>select</c>, <c>phi</c> and the arguments of functions to the module's
/// direct calls (all of a function's callers when it is internal to the object and its address is not taken); and
/// the strings of its <see cref="RuntimeLookups.NoTrimSection"/> variables. A name the analysis cannot follow back to
/// constants alone (a call result, a load, an argument of a function other objects may call) gives a
/// <see cref="LookupWarning"/>, one per call site: never nothing.
/// Made by <see cref="For"/> only for a module that declares a lookup function or has such a variable (the others
/// pay one pass over their global values); fed by the module walk, then asked once (<see cref="Finish"/>).
/// One thread.
/// </summary>
internal sealed class BitcodeRuntimeLookups
{
    /// <summary>How many functions' arguments a name is followed back through.</summary>
    private const int MaxDepth = 16;

    /// <summary>How many values the following back of one call site's name may look at.</summary>
    private const int MaxSteps = 4096;

    /// <summary>How many values the following back of all the module's names may look at: time stays proportional
    /// to the module, whatever its call sites share.</summary>
    private const int MaxModuleSteps = 1 << 20;

    private int _moduleSteps;

    private readonly BitcodeModule _module;
    private readonly string? _member;
    private readonly RuntimeLookupEntry?[] _entries; // per global value: the lookup function it declares
    private readonly bool _noTrim;
    private readonly List<Site> _sites = [];
    private readonly List<LookupWarning> _early = []; // calls in functions that could not be decoded
    private readonly Dictionary<IrFunction, bool[]> _live = new(ReferenceEqualityComparer.Instance); // folded functions only
    private Dictionary<int, List<(IrFunction Function, int Instruction)>>? _callers; // per defined function: its direct calls
    private Dictionary<int, string>? _notFollowed; // per local function: why its callers are not all known

    /// <summary>A live call of a lookup function: its function, the instruction, and what it calls.</summary>
    private readonly record struct Site(IrFunction Function, int Instruction, RuntimeLookupEntry Entry);

    private BitcodeRuntimeLookups(BitcodeModule module, string? member, RuntimeLookupEntry?[] entries, bool noTrim)
    {
        _module = module;
        _member = member;
        _entries = entries;
        _noTrim = noTrim;
    }

    /// <summary>The lookups of <paramref name="module"/>, or null when it declares no lookup function that no member
    /// of the module defines and has no <see cref="RuntimeLookups.NoTrimSection"/> variable.</summary>
    public static BitcodeRuntimeLookups? For(BitcodeModule module, BitcodeModuleSet set, string? member)
    {
        RuntimeLookupEntry?[]? entries = null;
        bool noTrim = false;
        var globals = module.Globals;
        for (int g = 0; g < globals.Length; g++)
        {
            var gv = globals[g];
            if (gv.Kind == GlobalValueKind.Variable)
            {
                noTrim |= gv.Section == RuntimeLookups.NoTrimSection;
                continue;
            }
            if (gv.Kind != GlobalValueKind.Function || !gv.IsDeclaration) continue;
            if (RuntimeLookups.Find(module.MangledName(gv.Name)) is not { } entry || set.DefinesFunction(gv.Name)) continue;
            (entries ??= new RuntimeLookupEntry?[globals.Length])[g] = entry;
        }
        return entries is null && !noTrim ? null : new BitcodeRuntimeLookups(module, member, entries ?? [], noTrim);
    }

    /// <summary>The filter of <see cref="BitcodeReadOptions.ConstantDetails"/> that asks for the details this
    /// analysis reads: a module that declares a lookup function or has a <see cref="RuntimeLookups.NoTrimSection"/>
    /// variable.</summary>
    public static bool NeedsConstantDetails(ReadOnlySpan<byte> name, GlobalValueKind kind, bool isDeclaration, string? section) =>
        kind switch
        {
            // a leading \x01 asks for the name verbatim (BitcodeModule.MangledName)
            GlobalValueKind.Function => isDeclaration && IsLookupName(name.Length > 0 && name[0] == 1 ? name[1..] : name),
            GlobalValueKind.Variable => section == RuntimeLookups.NoTrimSection,
            _ => false,
        };

    /// <summary>The lengths of the lookup functions' names, as bits (names of 64 bytes and more set bit 63): most
    /// declarations are ruled out without comparing bytes.</summary>
    private static readonly ulong s_nameLengths =
        RuntimeLookups.Entries.Aggregate(0UL, (bits, e) => bits | 1UL << Math.Min(e.Function.Length, 63));

    private static bool IsLookupName(ReadOnlySpan<byte> name) =>
        (s_nameLengths & 1UL << Math.Min(name.Length, 63)) != 0 && RuntimeLookups.Find(name) is not null;

    /// <summary>Notes a live call, invoke or callbr (instruction <paramref name="instruction"/> of
    /// <paramref name="f"/>) of the global value <paramref name="callee"/>.</summary>
    public void OnCall(IrFunction f, int instruction, int callee)
    {
        if ((uint)callee < (uint)_entries.Length && _entries[callee] is { } entry) _sites.Add(new Site(f, instruction, entry));
    }

    /// <summary>Notes which instructions of <paramref name="f"/> code generation keeps (all of them when
    /// <paramref name="fold"/> is not <see cref="FoldView.Folded"/>); copied, since the view lasts only until the next fold.</summary>
    public void OnFunction(IrFunction f, in FoldView fold)
    {
        if (fold.Folded) _live[f] = fold.LiveInstructions.ToArray();
    }

    /// <summary>A function the reader could not decode to the end: its lookup calls cannot be followed.</summary>
    public void OnIncompleteFunction(string function, IrFunction f)
    {
        foreach (var call in f.Calls)
            if (call.Callee == CalleeKind.Global && (uint)call.CalleeGlobal < (uint)_entries.Length && _entries[call.CalleeGlobal] is { } entry)
                _early.Add(new LookupWarning(_member, function, entry.Function,
                    "a value in a function the reader could not decode to the end" + (f.Problem is { } p ? $" ({p})" : "")));
    }

    /// <summary>Adds the module's lookups: each name once to <paramref name="names"/> (name to evidence, the first
    /// kept), and a warning per call site whose name is not a constant to <paramref name="warnings"/>.</summary>
    public void Finish(Dictionary<string, string> names, List<LookupWarning> warnings)
    {
        warnings.AddRange(_early);
        foreach (var site in _sites) Call(site, names, warnings);
        if (_noTrim) NoTrimVariables(names, warnings);
    }

    private void Call(Site site, Dictionary<string, string> names, List<LookupWarning> warnings)
    {
        string function = BitcodeModuleSet.NameOf(_module, site.Function);
        var body = site.Function.Body!;
        var inst = body.Instructions[site.Instruction];
        int at = inst.CalleeOperand + 1 + site.Entry.NameArgument;
        var r = new Resolution();
        if (!_module.HasConstantDetails)
            r.Fail("", "a value the reader did not keep (the module was read without constant details)");
        else if (at >= inst.Count) r.Fail("", "no argument (the call passes fewer arguments than the function takes)");
        else
        {
            r.Follow(site.Function, inst.First + at, 0, "");
            Run(r);
        }
        foreach (var name in r.Names)
            if (!names.ContainsKey(name)) names[name] = RuntimeLookups.CallEvidence(function, site.Entry.Function, name);
        if (r.Problem is { } problem) warnings.Add(new LookupWarning(_member, function, site.Entry.Function, problem));
    }

    private void NoTrimVariables(Dictionary<string, string> names, List<LookupWarning> warnings)
    {
        for (int g = 0; g < _module.Globals.Length; g++)
        {
            var gv = _module.Globals[g];
            if (gv.Kind != GlobalValueKind.Variable || gv.Section != RuntimeLookups.NoTrimSection) continue;
            var r = new Resolution();
            if (!_module.HasConstantDetails)
                r.Fail("", "an initialiser the reader did not keep (the module was read without constant details)");
            else String(g, 0, writableMatters: false, "", r);
            foreach (var name in r.Names)
                if (!names.ContainsKey(name)) names[name] = RuntimeLookups.SectionEvidence(name, gv.Name);
            if (r.Problem is { } problem) warnings.Add(new LookupWarning(_member, gv.Name, RuntimeLookups.NoTrimSection, problem));
        }
    }

    /// <summary>What following one name back found: the names, and the first value that is not a constant; and the
    /// values still to follow (breadth first, so that the warning names the nearest problem; no recursion, so that
    /// no chain of values, however long, runs the stack out).</summary>
    private sealed class Resolution
    {
        public readonly List<string> Names = [];
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly HashSet<long> _visited = [];

        /// <summary>False when instruction <paramref name="index"/> (an argument: -1 - its number) of
        /// <paramref name="f"/> was followed already.</summary>
        public bool Visit(IrFunction f, int index) => _visited.Add((long)f.Global << 32 | (uint)index);
        public readonly Queue<(IrFunction Function, int Operand, int Depth, string Via)> Work = new();
        public string? Problem;
        public int Steps;

        public void Fail(string via, string what) => Problem ??= via + what;

        public void Add(string name)
        {
            if (_names.Add(name)) Names.Add(name);
        }

        /// <summary>Operand <paramref name="operand"/> of <paramref name="f"/>'s body is to be followed.</summary>
        public void Follow(IrFunction f, int operand, int depth, string via) => Work.Enqueue((f, operand, depth, via));
    }

    /// <summary>Follows the values <paramref name="r"/> holds back to constant strings, within the budgets.</summary>
    private void Run(Resolution r)
    {
        while (r.Work.TryDequeue(out var item))
        {
            if (++r.Steps > MaxSteps)
            {
                r.Fail(item.Via, $"a value reached through more than {MaxSteps} others");
                return;
            }
            if (++_moduleSteps > MaxModuleSteps)
            {
                r.Fail(item.Via, $"a value the analysis did not follow (the module's {MaxModuleSteps} steps are spent)");
                return;
            }
            Resolve(item.Function, item.Operand, item.Depth, item.Via, r);
        }
    }

    /// <summary>Operand <paramref name="operand"/> of <paramref name="f"/>'s body: a constant string's name, a problem,
    /// or more values to follow.</summary>
    private void Resolve(IrFunction f, int operand, int depth, string via, Resolution r)
    {
        var body = f.Body!;
        var v = body.Operands[operand];
        switch (v.Kind)
        {
            case IrValueKind.Global:
                StringAt(v.Index, body.GlobalOffset(operand), via, r);
                break;
            case IrValueKind.Null:
                break; // NULL (or undef) names nothing
            case IrValueKind.Int:
                r.Fail(via, $"the integer {v.Int}");
                break;
            case IrValueKind.Constant:
                r.Fail(via, "a constant expression the analysis does not follow");
                break;
            case IrValueKind.Instruction:
                Instruction(f, v.Index, depth, via, r);
                break;
            case IrValueKind.Argument:
                Argument(f, v.Index, depth, via, r);
                break;
            default:
                r.Fail(via, "a value the analysis does not follow");
                break;
        }
    }

    private void Instruction(IrFunction f, int index, int depth, string via, Resolution r)
    {
        var body = f.Body!;
        if ((uint)index >= (uint)body.Instructions.Length)
        {
            r.Fail(via, "a value the analysis does not follow");
            return;
        }
        if (!r.Visit(f, index)) return; // a loop of phis: its values are being followed already
        var inst = body.Instructions[index];
        var ops = body.OperandsOf(inst);
        switch (inst.Op)
        {
            case IrOp.Select when inst.Count >= 3: // cond, true value, false value
                r.Follow(f, inst.First + 1, depth, via);
                r.Follow(f, inst.First + 2, depth, via);
                return;
            case IrOp.Phi: // (value, block) pairs
                for (int k = 0; k + 1 < inst.Count; k += 2) r.Follow(f, inst.First + k, depth, via);
                return;
            case IrOp.Cast when inst.CastOp is CastOpcode.Bitcast or CastOpcode.Addrspacecast && inst.Count >= 1:
            case IrOp.Freeze when inst.Count >= 1:
                r.Follow(f, inst.First, depth, via);
                return;
            case IrOp.Gep when inst.Count >= 1 && AllZero(ops[1..]):
                r.Follow(f, inst.First, depth, via); // the same address
                return;
            default:
                r.Fail(via, Describe(body, inst, ops));
                return;
        }
    }

    private static bool AllZero(ReadOnlySpan<IrValue> indices)
    {
        foreach (var v in indices)
            if (v.Kind != IrValueKind.Int || v.Int != 0) return false;
        return true;
    }

    /// <summary>What a value the analysis does not follow is, for the warning.</summary>
    private string Describe(IrBody body, IrInstruction inst, ReadOnlySpan<IrValue> ops)
    {
        switch (inst.Op)
        {
            case IrOp.Call or IrOp.Invoke or IrOp.CallBr:
            {
                int at = inst.CalleeOperand;
                return at < ops.Length && ops[at].Kind == IrValueKind.Global && (uint)ops[at].Index < (uint)_module.Globals.Length
                    ? $"the result of a call to {_module.Globals[ops[at].Index].Name}"
                    : "the result of an indirect call or inline asm";
            }
            case IrOp.Load:
                return "a pointer loaded from memory";
            case IrOp.Alloca:
                return "a local buffer, filled at run time";
            case IrOp.Gep:
                return ops.Length > 0 && ops[0].Kind == IrValueKind.Instruction && (uint)ops[0].Index < (uint)body.Instructions.Length &&
                       body.Instructions[ops[0].Index].Op == IrOp.Alloca
                    ? "a local buffer, filled at run time"
                    : "an address computed at run time (getelementptr)";
            default:
                return $"a value computed at run time ({inst.Op.ToString().ToLowerInvariant()})";
        }
    }

    /// <summary>Argument <paramref name="index"/> of <paramref name="f"/>: the values the direct calls of the module
    /// pass. They are all it can be when the function is internal to the object and has no other use; otherwise they
    /// are followed too (they are some of its values), and the call site gets a warning.</summary>
    private void Argument(IrFunction f, int index, int depth, string via, Resolution r)
    {
        string name = BitcodeModuleSet.NameOf(_module, f);
        FindCallers();
        if ((uint)f.Global >= (uint)_module.Globals.Length || !_module.Globals[f.Global].IsLocal)
            r.Fail(via, $"argument {index} of {name}, which code outside the object may call");
        else if (_notFollowed!.TryGetValue(f.Global, out var why))
            r.Fail(via, $"argument {index} of {name}, {why}");
        if (depth >= MaxDepth)
        {
            r.Fail(via, $"argument {index} of {name}, passed through more than {MaxDepth} functions");
            return;
        }
        if (!r.Visit(f, -1 - index)) return;
        if (!_callers!.TryGetValue(f.Global, out var calls)) return; // never called: nothing is passed
        foreach (var (caller, at) in calls)
        {
            if (_live.TryGetValue(caller, out var live) && (uint)at < (uint)live.Length && !live[at]) continue; // dead code
            var body = caller.Body!;
            var inst = body.Instructions[at];
            int operand = inst.CalleeOperand + 1 + index;
            string from = $"argument {index} of {name}, passed by {BitcodeModuleSet.NameOf(_module, caller)} as ";
            if (operand >= inst.Count) r.Fail(via + from, "nothing (the call passes fewer arguments)");
            else r.Follow(caller, inst.First + operand, depth + 1, via + from);
        }
    }

    /// <summary>
    /// The direct calls of every function the module defines, and the local functions whose callers are not all
    /// direct calls the bodies show: one whose address is taken (an operand other than a callee, module-level data),
    /// or called from a function the reader could not decode.
    /// </summary>
    private void FindCallers()
    {
        if (_callers is not null) return;
        _callers = [];
        _notFollowed = [];
        var globals = _module.GlobalValues;
        bool IsFunction(int g) => (uint)g < (uint)globals.Count && globals[g].Kind == GlobalValueKind.Function;
        bool IsLocalFunction(int g) => IsFunction(g) && globals[g].IsLocal;
        void NotFollowed(int g, string why) => _notFollowed!.TryAdd(g, why);
        if (_module.GlobalsUsedByData is { } data)
            for (int g = 0; g < data.Count && g < globals.Count; g++)
                if (data[g] && IsLocalFunction(g)) NotFollowed(g, "whose address module-level data takes");
        foreach (var f in _module.Functions ?? [])
        {
            if (f.Body is not { } body)
            {
                foreach (var call in f.Calls)
                {
                    if (call.Callee == CalleeKind.Global && IsLocalFunction(call.CalleeGlobal))
                        NotFollowed(call.CalleeGlobal, "called from a function the reader could not decode to the end");
                    foreach (var a in call.Arguments)
                        if (a.Kind == OperandKind.Global && IsLocalFunction(a.Global))
                            NotFollowed(a.Global, "whose address a function the reader could not decode uses");
                }
                continue;
            }
            var instructions = body.Instructions;
            var operands = body.Operands;
            for (int i = 0; i < instructions.Length; i++)
            {
                var inst = instructions[i];
                int callee = inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr ? inst.First + inst.CalleeOperand : -1;
                for (int k = inst.First; k < inst.First + inst.Count; k++)
                {
                    var v = operands[k];
                    if (v.Kind == IrValueKind.Global && IsFunction(v.Index))
                    {
                        if (k == callee)
                        {
                            if (!_callers.TryGetValue(v.Index, out var list)) _callers[v.Index] = list = [];
                            list.Add((f, i));
                        }
                        else if (globals[v.Index].IsLocal) NotFollowed(v.Index, "whose address is taken");
                    }
                    else if (v.Kind == IrValueKind.Constant && (uint)v.Index < (uint)body.ConstantGlobals.Count)
                    {
                        foreach (int g in body.ConstantGlobals[v.Index])
                            if (IsLocalFunction(g)) NotFollowed(g, "whose address is taken");
                    }
                }
            }
            if (body.HasUnrecordedOperands)
                for (int g = 0; g < globals.Count; g++)
                    if (IsLocalFunction(g)) NotFollowed(g, $"whose uses in {BitcodeModuleSet.NameOf(_module, f)} the reader does not all see");
        }
    }

    /// <summary>The string at <paramref name="offset"/> bytes into global <paramref name="global"/>.</summary>
    private void StringAt(int global, long? offset, string via, Resolution r)
    {
        if ((uint)global >= (uint)_module.Globals.Length)
        {
            r.Fail(via, "a value the analysis does not follow");
            return;
        }
        var gv = _module.Globals[global];
        if (offset is not { } at)
        {
            r.Fail(via, $"an address in {gv.Name} at an offset the analysis does not compute");
            return;
        }
        String(global, at, writableMatters: true, via, r);
    }

    /// <summary>The NUL-terminated string at <paramref name="at"/> bytes into the variable <paramref name="global"/>.</summary>
    private void String(int global, long at, bool writableMatters, string via, Resolution r)
    {
        var gv = _module.Globals[global];
        if (gv.Kind != GlobalValueKind.Variable)
        {
            r.Fail(via, $"the address of {gv.Name}, which is not a variable");
            return;
        }
        if (_module.InitializerBytes(global) is not { } memory)
        {
            r.Fail(via, gv.IsDeclaration
                ? $"the variable {gv.Name}, defined in another object"
                : $"the variable {gv.Name}, whose initialiser is not a constant string");
            return;
        }
        var bytes = memory.Span;
        if (at < 0 || at >= bytes.Length)
        {
            r.Fail(via, $"an address outside the string {gv.Name}");
            return;
        }
        var rest = bytes[(int)at..];
        int end = rest.IndexOf((byte)0);
        if (end < 0)
        {
            r.Fail(via, $"the variable {gv.Name}, whose bytes hold no terminating NUL");
            return;
        }
        var text = rest[..end];
        // A constant that is no identifier (a format, a message) names no export: nothing to keep, nothing to warn.
        if (RuntimeLookups.IsExportName(text)) r.Add(Encoding.ASCII.GetString(text));
        // A writable variable may hold another name when the call runs.
        if (writableMatters && !gv.IsConstant) r.Fail(via, $"the writable variable {gv.Name}, which may hold another name at run time");
    }
}
