using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

public sealed partial class BitcodeModuleSet
{
    // per callee name number: the direct calls of it in every member (module, caller, instruction); made on the first question
    private List<(BitcodeModule Module, IrFunction Caller, int Call)>?[]? _callSites;
    // per (name, argument): the bounds found (null: not known); and the questions under way (a cycle of calls)
    private readonly Dictionary<(string, int), Interval?> _argumentBounds = [];
    private readonly HashSet<(string, int)> _boundsOpen = [];
    private readonly object _boundsLock = new();
    // the most direct calls whose values ArgumentBounds reads, and how many callers up it asks: past them, not known
    private const int MaxBoundCalls = 16, MaxBoundCallers = 3;

    /// <summary>
    /// The bounds of what direct calls pass argument <paramref name="index"/> (of <paramref name="width"/> bits) of the
    /// function <paramref name="name"/>, each at its call (<see cref="ValueBounds.At"/>, the caller's own arguments
    /// asked the same way); null when some call passes a value without bounds, or none calls it.
    /// </summary>
    /// <remarks>
    /// What this is for: an argument an <c>is.constant</c> finds constant has the value a direct call passes (inlined,
    /// or IPSCCP over every call), as <see cref="ArgumentConstants"/> reads it; calls from outside the module, or
    /// through a pointer, give the out-of-line copy values that are not constant. So the bounds of the direct calls'
    /// values bound every constant the argument may become, not every value it takes. Under a lock: the members of one
    /// set may be walked at once.
    /// </remarks>
    internal Interval? ArgumentBounds(string name, int index, int width)
    {
        if (AnswerFor(name, out bool settled) is not { } facts || !settled || (uint)index >= (uint)facts.Flags.Length || !facts.Flags[index])
            return null; // (ArgumentMayBeConstant false, or propagation stopped early)
        lock (_boundsLock)
        {
            var key = (name, index);
            if (_argumentBounds.TryGetValue(key, out var known)) return known;
            var sites = CallSitesOf(name);
            // (a cycle of calls, or a question too far up: not known there, and not kept)
            if (sites.Count > MaxBoundCalls || _boundsOpen.Count >= MaxBoundCallers || !_boundsOpen.Add(key)) return null;
            Interval? all = null;
            ValueBounds? bounds = null;
            IrFunction? boundsOf = null;
            foreach (var (m, caller, call) in sites)
            {
                var body = caller.Body!;
                ref readonly var inst = ref body.Instructions[call];
                int slot = inst.CalleeOperand + 1 + index;
                if (slot >= inst.Count) { all = null; break; }
                if (!ReferenceEquals(boundsOf, caller)) (bounds, boundsOf) = (BoundsIn(m, caller), caller);
                var at = bounds!.At(body.Operands[inst.First + slot], width, inst.Block);
                if (at is not { } b) { all = null; break; }
                all = all is { } sofar ? Interval.Union(sofar, b) : b;
            }
            _boundsOpen.Remove(key);
            var found = sites.Count == 0 ? null : all;
            // an answer cut short by a question under way (MaxBoundCallers, a cycle) is not kept: asked first, it may be known
            if (_boundsOpen.Count == 0) _argumentBounds[key] = found;
            return found;
        }
    }

    /// <summary>A <see cref="ValueBounds"/> over <paramref name="f"/>'s body, its arguments asked of
    /// <see cref="ArgumentBounds"/>.</summary>
    internal ValueBounds BoundsIn(BitcodeModule m, IrFunction f)
    {
        string self = NameOf(m, f);
        var parameters = m.Types.Get((ulong)Math.Max(f.FunctionType, 0)) is { Kind: IrTypeKind.Function } type ? type : null;
        int Width(int k) => parameters is { } p && k + 1 < p.Contained.Count ? m.Types.IntegerWidth(p.Contained[k + 1]) : 0;
        return new ValueBounds(f.Body!, m.Types, g => (uint)g < (uint)m.Globals.Length ? m.Globals[g].Name : null, Width,
            (k, w) => ArgumentBounds(self, k, w));
    }

    /// <summary>The direct calls of the function <paramref name="name"/> in every member's functions with a body: the
    /// module, the caller, the call's instruction. Under the lock <see cref="ArgumentBounds"/> takes.</summary>
    internal IReadOnlyList<(BitcodeModule Module, IrFunction Caller, int Call)> DirectCallSites(string name)
    {
        lock (_boundsLock) return CallSitesOf(name);
    }

    // names whose address some member takes (an operand other than a call's callee, a global's initializer); null until
    // asked; _everyAddressTaken when a body hides operands or could not be read
    private HashSet<string>? _addressTaken;
    private bool _everyAddressTaken;

    /// <summary>True when some member takes the address of the function <paramref name="name"/> (or may: a body not read
    /// to the end): a call through the pointer may become a direct call once its user is inlined, so the direct calls
    /// are not all the calls. Under the lock <see cref="ArgumentBounds"/> takes.</summary>
    internal bool AddressTaken(string name)
    {
        lock (_boundsLock)
        {
            if (_addressTaken is null)
            {
                var taken = new HashSet<string>(StringComparer.Ordinal);
                foreach (var m in _modules)
                {
                    if (m.GlobalsUsedByData is { } data)
                        for (int g = 0; g < data.Count && g < m.Globals.Length; g++)
                            if (data[g]) taken.Add(m.Globals[g].Name);
                    if (m.Functions is null) continue;
                    foreach (var f in m.Functions)
                    {
                        if (f.Body is not { } body || body.HasUnrecordedOperands) { _everyAddressTaken = true; continue; }
                        foreach (ref readonly var inst in body.Instructions)
                        {
                            int callee = inst.Op is IrOp.Call or IrOp.Invoke or IrOp.CallBr ? inst.First + inst.CalleeOperand : -1;
                            for (int k = inst.First; k < inst.First + inst.Count; k++)
                            {
                                var v = body.Operands[k];
                                if (v.Kind == IrValueKind.Global && k != callee && (uint)v.Index < (uint)m.Globals.Length) taken.Add(m.Globals[v.Index].Name);
                                else if (v.Kind == IrValueKind.Constant && (uint)v.Index < (uint)body.ConstantGlobals.Count)
                                    foreach (int g in body.ConstantGlobals[v.Index])
                                        if ((uint)g < (uint)m.Globals.Length) taken.Add(m.Globals[g].Name);
                            }
                        }
                    }
                }
                _addressTaken = taken;
            }
            return _everyAddressTaken || _addressTaken.Contains(name);
        }
    }

    /// <summary>The direct calls of <paramref name="name"/> in the members (the index made on the first question).</summary>
    private List<(BitcodeModule Module, IrFunction Caller, int Call)> CallSitesOf(string name)
    {
        if (_callSites is null)
        {
            _callSites = new List<(BitcodeModule, IrFunction, int)>?[_defined.Length];
            foreach (var m in _modules)
            {
                if (m.Functions is null) continue;
                var traits = _inlining[m];
                var ids = _names[m];
                foreach (var f in m.Functions)
                {
                    if (f.Body is not { } body) continue;
                    foreach (int i in body.Writes)
                    {
                        ref readonly var inst = ref body.Instructions[i];
                        if (inst.Op is not (IrOp.Call or IrOp.Invoke or IrOp.CallBr) || inst.CalleeOperand >= inst.Count ||
                            body.Operands[inst.First + inst.CalleeOperand] is not { Kind: IrValueKind.Global } callee ||
                            (uint)callee.Index >= (uint)traits.Length || (traits[callee.Index] & GlobalTraits.Defined) == 0) continue;
                        (_callSites[ids[callee.Index]] ??= []).Add((m, f, i));
                    }
                }
            }
        }
        return _nameIds.TryGetValue(name, out int id) && _callSites[id] is { } sites ? sites : [];
    }
}
