using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>
/// A folding rule: the constants a value may become. The taint says whether the LTO backend may find a value constant
/// somewhere (in an inlined copy, down one path jump threading split off); where it may, the constant it finds is one
/// of a few the bitcode names, as often as not: a phi of 2 and a count (the count never constant), a size of 24 plus
/// 64 times such a phi. An <c>llvm.is.constant</c> of such a value that holds then holds with one of them, and the
/// branch behind it (<c>size &gt; 8192</c> in <c>kmalloc</c>) folds as that constant decides (see ModuleWalk's folds
/// per outcome). The set is made of integer values only, each truncated to its width:
/// <list type="bullet">
/// <item>a value the taint leaves untainted never becomes constant: none; a literal, itself; an argument, what
/// direct calls pass it (<see cref="BitcodeModuleSet.ArgumentConstants"/>);</item>
/// <item>a phi or a select, every value it may take (a loop's phi to the least fixed point);</item>
/// <item>an integer cast, each of its operand's, cast; a binary operation or comparison, each pair of its operands'
/// (a division by zero or an oversized shift: not known); an <c>add</c>, <c>sub</c> or <c>xor</c> with an operand
/// that never becomes constant none (each is one to one in either operand), as an <c>i1</c> <c>and</c> without a
/// false (<c>or</c> without a true); both only when the operands, unless one is a literal, share no value
/// (<see cref="Independent"/>: <c>x - x</c> is constant whatever <c>x</c> is);</item>
/// <item>a load from a local variable, what was stored there or written by the functions given it
/// (<see cref="BitcodeModuleSet.LoadConstants"/>);</item>
/// <item>anything else (another load, a call, a pointer) is not known, unless it is an <c>i1</c>: false and true.</item>
/// </list>
/// Not known as soon as more than <see cref="MaxValues"/> values come together. The rule reads the taint as it is:
/// it is sound exactly as far as the taint is.
/// </summary>
internal sealed class PossibleConstants
{
    /// <summary>The most values a set holds; past it, the value is not known.</summary>
    public const int MaxValues = 8;
    // how deep the walk back through operands goes before it answers "not known"
    private const int MaxDepth = 32;
    // how many times the walk is made again for the values of a loop's phis to settle
    private const int MaxRounds = 8;

    private readonly IrBody _body;
    private readonly TypeTable _types;
    private readonly Func<int, bool> _tainted;
    private readonly Func<int, IReadOnlyCollection<long>?> _argument;
    private readonly Func<int, (IrValue[] Named, long[] Written)?>? _load;
    // per instruction: its set so far (null: not known); made this round; on the walk's path; settled for good
    private readonly Dictionary<int, long[]?> _sets = [];
    private readonly HashSet<int> _done = [], _open = [], _final = [];
    private bool _stale; // a phi in a cycle was read before its set was final
    private bool _changed; // some set grew this round
    private readonly Dictionary<int, long[]?> _arguments = []; // per argument asked: its set

    /// <param name="body">The function.</param>
    /// <param name="types">Its module's types.</param>
    /// <param name="tainted">True for an instruction that may become constant.</param>
    /// <param name="argument">Per argument: the constants it may receive (empty: it never becomes constant), or null
    /// when they are not known.</param>
    /// <param name="load">Per load: the values it may read (named in the body) and constants written elsewhere, or null
    /// when they are not known (<see cref="BitcodeModuleSet.LoadConstants"/>); without it, a load is not known.</param>
    public PossibleConstants(IrBody body, TypeTable types, Func<int, bool> tainted, Func<int, IReadOnlyCollection<long>?> argument,
        Func<int, (IrValue[] Named, long[] Written)?>? load = null)
    {
        _load = load;
        _body = body;
        _types = types;
        _tainted = tainted;
        _argument = argument;
    }

    /// <summary>The constants <paramref name="v"/> may become (empty: it never does), each truncated to its width; null
    /// when they are not known.</summary>
    public long[]? Of(IrValue v)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            // the sets only grow from one round to the next: again, from what the last round found, until none changes
            _stale = _changed = false;
            _done.Clear();
            var set = Walk(v, 0);
            if (!_stale || (round > 0 && !_changed))
            {
                _final.UnionWith(_done); // what this round made is settled: later questions read it as it is
                return set;
            }
        }
        return null;
    }

    private long[]? Walk(IrValue v, int depth)
    {
        switch (v.Kind)
        {
            case IrValueKind.Int: return [v.Int];
            case IrValueKind.Null: return [0];
            case IrValueKind.Argument:
                if (!_arguments.TryGetValue(v.Index, out var known))
                    _arguments[v.Index] = known = _argument(v.Index) is { } values ? Normalised(values) : null;
                return known;
            case IrValueKind.Instruction when (uint)v.Index < (uint)_body.Instructions.Length: break;
            default: return null; // a global's address, a constant expression, undef
        }
        int i = v.Index;
        ref readonly var inst = ref _body.Instructions[i];
        // (a comparison's type is its operands': its own is i1)
        int width = inst.Op == IrOp.Cmp ? Math.Min(IntegerWidth(inst.Type), 1) : IntegerWidth(inst.Type);
        if (width == 0) return null;
        if (!_tainted(i)) return [];
        if (_done.Contains(i) || _final.Contains(i)) return _sets[i];
        if (!_open.Add(i))
        {
            // a cycle (a loop's phi): what it holds so far; the walk is made again until that settles
            _stale = true;
            return _sets.TryGetValue(i, out var sofar) ? sofar : [];
        }
        long[]? set = depth >= MaxDepth ? null : Make(i, inst, width, depth);
        if (set is null && width == 1) set = [0, 1];
        _open.Remove(i);
        bool seen = _sets.TryGetValue(i, out var previous);
        if (seen && previous is not null && set is not null) set = Union(previous, set);
        else if (seen && previous is null) set = null;
        _changed |= !seen || (previous is null ? set is not null : set is null || set.Length != previous.Length);
        _sets[i] = set;
        _done.Add(i);
        return set;
    }

    private long[]? Make(int i, in IrInstruction inst, int width, int depth)
    {
        var operands = _body.Operands.Slice(inst.First, inst.Count);
        switch (inst.Op)
        {
            case IrOp.Load when _load is not null:
            {
                if (_load(i) is not var (named, written)) return null;
                var set = Truncated(written, width);
                foreach (var value in named)
                    set = Union(set, Truncated(Walk(value, depth + 1), width));
                return set;
            }
            case IrOp.Phi:
            {
                long[]? set = [];
                for (int k = 0; k + 1 < operands.Length && set is not null; k += 2)
                    set = Union(set, Truncated(Walk(operands[k], depth + 1), width));
                return set;
            }
            case IrOp.Select when operands.Length == 3:
                return Union(Truncated(Walk(operands[1], depth + 1), width), Truncated(Walk(operands[2], depth + 1), width));
            case IrOp.Freeze when operands.Length == 1:
                return Truncated(Walk(operands[0], depth + 1), width);
            case IrOp.Cast when operands.Length == 1 && inst.CastOp is CastOpcode.Zext or CastOpcode.Sext or CastOpcode.Trunc:
            {
                int from = IntegerWidth(inst.Aux);
                if (from == 0 || Walk(operands[0], depth + 1) is not { } set) return null;
                var cast = new long[set.Length];
                for (int k = 0; k < set.Length; k++)
                {
                    long x = ConstantFolding.Truncate(set[k], from);
                    cast[k] = ConstantFolding.Truncate(inst.CastOp == CastOpcode.Sext ? ConstantFolding.SignExtend(x, from) : x, width);
                }
                return Normalised(cast);
            }
            case IrOp.Binary when operands.Length == 2:
            {
                // Two values the operands share can make the result constant whatever else they are (x - x; a phi of 5 or
                // x less one of 3 or x, where both take x): each pair, and the rules below, only for operands that share none.
                bool literal = operands[0].Kind is IrValueKind.Int or IrValueKind.Null || operands[1].Kind is IrValueKind.Int or IrValueKind.Null;
                if (!literal && !Independent(operands[0], operands[1])) return null;
                // an operand that never becomes constant: one to one operations stay so; an i1 and/or only by its other
                int never = NeverConstant(operands[0]) ? 0 : NeverConstant(operands[1]) ? 1 : -1;
                if (never >= 0)
                {
                    switch (inst.BinaryOp)
                    {
                        case BinaryOpcode.Add or BinaryOpcode.Sub or BinaryOpcode.Xor: return [];
                        case BinaryOpcode.And or BinaryOpcode.Or when width == 1:
                            long annihilator = inst.BinaryOp == BinaryOpcode.And ? 0 : 1;
                            return Walk(operands[1 - never], depth + 1) is not { } other || other.Contains(annihilator) ? [annihilator] : [];
                        default: return null;
                    }
                }
                if (Walk(operands[0], depth + 1) is not { } left || Walk(operands[1], depth + 1) is not { } right) return null;
                var op = inst.BinaryOp;
                return Product(left, right, (l, r) => ConstantFolding.Evaluate(op, l, r, width));
            }
            case IrOp.Cmp when operands.Length == 2 && inst.Predicate is >= CmpPredicate.FirstIcmpPredicate and <= CmpPredicate.LastIcmpPredicate:
            {
                int compared = IntegerWidth(inst.Type);
                bool literal = operands[0].Kind is IrValueKind.Int or IrValueKind.Null || operands[1].Kind is IrValueKind.Int or IrValueKind.Null;
                if ((!literal && !Independent(operands[0], operands[1])) || Walk(operands[0], depth + 1) is not { } left || Walk(operands[1], depth + 1) is not { } right) return null;
                var predicate = inst.Predicate;
                return Product(left, right, (l, r) => ConstantFolding.Compare(predicate, (ulong)ConstantFolding.Truncate(l, compared),
                    (ulong)ConstantFolding.Truncate(r, compared), ConstantFolding.SignExtend(l, compared), ConstantFolding.SignExtend(r, compared)) ? 1 : 0);
            }
            default:
                return null;
        }
    }

    // how far Independent looks back from each operand, and how many values it may meet
    private const int MaxSharedDepth = 16, MaxSharedValues = 128;

    /// <summary>True when the values <paramref name="a"/> and <paramref name="b"/> are computed from (or read through)
    /// no instruction, argument or global in common, looking back through every operand: then no copy makes one a
    /// function of the other. False when they share one, or when either walk goes too deep or meets too many values.</summary>
    internal bool Independent(IrValue a, IrValue b)
    {
        var fromA = new HashSet<(IrValueKind, int)>();
        if (!Collect(a, fromA, 0)) return false;
        var fromB = new HashSet<(IrValueKind, int)>();
        if (!Collect(b, fromB, 0)) return false;
        return !fromA.Overlaps(fromB);
    }

    private bool Collect(IrValue v, HashSet<(IrValueKind, int)> into, int depth)
    {
        // literals are shared harmlessly; a global is not (two loads of it are one value once GVN is done)
        if (v.Kind is not (IrValueKind.Instruction or IrValueKind.Argument or IrValueKind.Global or IrValueKind.Constant)) return true;
        if (!into.Add((v.Kind, v.Index))) return true;
        if (into.Count > MaxSharedValues) return false;
        if (v.Kind != IrValueKind.Instruction) return true;
        if ((uint)v.Index >= (uint)_body.Instructions.Length) return false;
        if (depth >= MaxSharedDepth) return false;
        ref readonly var inst = ref _body.Instructions[v.Index];
        var operands = _body.Operands.Slice(inst.First, inst.Count);
        for (int k = 0; k < operands.Length; k++)
            if (operands[k].Kind != IrValueKind.Block && !Collect(operands[k], into, depth + 1)) return false;
        return true;
    }

    // how many one-to-one steps InjectiveRoot follows
    private const int MaxRootSteps = 8;

    /// <summary>
    /// The value <paramref name="v"/> is a one to one function of, through integer extensions, <c>freeze</c>, and
    /// binary operations with a literal that lose no bits (<c>add</c>, <c>sub</c>, <c>xor</c>; <c>shl</c> and
    /// <c>mul</c> by a nonzero literal that cannot wrap, <c>nuw</c> or <c>nsw</c>): whatever value <paramref name="v"/>
    /// has in an execution, the root has the one value that gives it. <c>kmalloc_array(n, 8)</c> compares
    /// <c>n &gt; 1024</c>, not its size with 8192, once InstCombine has been at it: the size's test is decided by
    /// fixing <c>n</c>. <paramref name="v"/> itself when it is no such function.
    /// </summary>
    public static IrValue InjectiveRoot(IrBody body, IrValue v)
    {
        for (int step = 0; step < MaxRootSteps && v.Kind == IrValueKind.Instruction && (uint)v.Index < (uint)body.Instructions.Length; step++)
        {
            ref readonly var inst = ref body.Instructions[v.Index];
            var operands = body.Operands.Slice(inst.First, inst.Count);
            switch (inst.Op)
            {
                case IrOp.Cast when operands.Length == 1 && inst.CastOp is CastOpcode.Zext or CastOpcode.Sext:
                case IrOp.Freeze when operands.Length == 1:
                    v = operands[0];
                    continue;
                case IrOp.Binary when operands.Length == 2:
                {
                    int literal = operands[1].Kind == IrValueKind.Int ? 1 : operands[0].Kind == IrValueKind.Int ? 0 : -1;
                    if (literal < 0 || operands[1 - literal].Kind is not (IrValueKind.Instruction or IrValueKind.Argument)) return v;
                    long c = operands[literal].Int;
                    bool noWrap = inst.HasBinaryFlag(IrInstruction.NoUnsignedWrap) || inst.HasBinaryFlag(IrInstruction.NoSignedWrap);
                    bool oneToOne = inst.BinaryOp switch
                    {
                        BinaryOpcode.Add or BinaryOpcode.Sub or BinaryOpcode.Xor => true,
                        BinaryOpcode.Shl => literal == 1 && noWrap,
                        BinaryOpcode.Mul => noWrap && c != 0,
                        _ => false,
                    };
                    if (!oneToOne) return v;
                    v = operands[1 - literal];
                    continue;
                }
                default:
                    return v;
            }
        }
        return v;
    }

    /// <summary>True when <paramref name="v"/> is an integer instruction the taint leaves untainted, or an argument that
    /// receives no constant.</summary>
    private bool NeverConstant(IrValue v) => v.Kind switch
    {
        IrValueKind.Instruction => (uint)v.Index < (uint)_body.Instructions.Length && !_tainted(v.Index) &&
                                   (_body.Instructions[v.Index].Op == IrOp.Cmp || IntegerWidth(_body.Instructions[v.Index].Type) > 0),
        IrValueKind.Argument => _argument(v.Index) is { Count: 0 },
        _ => false,
    };

    private int IntegerWidth(int type) => _types.IntegerWidth(type);

    private static long[]? Product(long[] left, long[] right, Func<long, long, long?> op)
    {
        if (left.Length * right.Length > MaxValues * MaxValues) return null;
        var values = new long[left.Length * right.Length];
        int count = 0;
        foreach (long l in left)
            foreach (long r in right)
            {
                if (op(l, r) is not { } x) return null;
                values[count++] = x;
            }
        return Normalised(values);
    }

    private static long[]? Truncated(long[]? set, int width)
    {
        if (set is null) return null;
        var t = new long[set.Length];
        for (int k = 0; k < set.Length; k++) t[k] = ConstantFolding.Truncate(set[k], width);
        return Normalised(t);
    }

    private static long[]? Union(long[]? a, long[]? b)
    {
        if (a is null || b is null) return null;
        if (b.Length == 0) return a;
        if (a.Length == 0) return b;
        var both = new long[a.Length + b.Length];
        a.CopyTo(both, 0);
        b.CopyTo(both, a.Length);
        return Normalised(both);
    }

    private static long[]? Normalised(IReadOnlyCollection<long> values)
    {
        var set = new long[values.Count];
        int k = 0;
        foreach (long v in values) set[k++] = v;
        return Normalised(set);
    }

    /// <summary><paramref name="values"/> sorted without repeats (in place: the array is the caller's own), or null when
    /// more than <see cref="MaxValues"/> remain.</summary>
    private static long[]? Normalised(long[] values)
    {
        Array.Sort(values);
        int count = 0;
        for (int k = 0; k < values.Length; k++)
            if (count == 0 || values[count - 1] != values[k]) values[count++] = values[k];
        if (count > MaxValues) return null;
        return count == values.Length ? values : values[..count];
    }
}
