using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>The values an integer may have at run time: every one lies in <paramref name="Lo"/>..<paramref name="Hi"/>,
/// read as signed at its width (Lo &lt;= Hi).</summary>
internal readonly record struct Interval(long Lo, long Hi)
{
    /// <summary>The smallest bounds holding both.</summary>
    public static Interval Union(Interval a, Interval b) => new(Math.Min(a.Lo, b.Lo), Math.Max(a.Hi, b.Hi));

    /// <summary>Every value of a <paramref name="width"/>-bit integer.</summary>
    public static Interval Full(int width) => new(MinSigned(width), MaxSigned(width));

    internal static long MinSigned(int width) => width >= 64 ? long.MinValue : -(1L << (width - 1));

    internal static long MaxSigned(int width) => width >= 64 ? long.MaxValue : (1L << (width - 1)) - 1;

    /// <summary>These bounds as <see cref="ConstantFolding.CompareRange"/> reads them: only when every value is
    /// non-negative at <paramref name="width"/> bits (the signed and unsigned readings agree); null otherwise.</summary>
    public BitcodeModuleSet.ArgumentRange? AsRange(int width) => Lo >= 0 && Hi <= MaxSigned(width) ? new(Lo, Hi) : null;
}

/// <summary>
/// A folding rule: the bounds of an integer at run time, from what the bitcode says of it. <c>kmalloc_array(n, 16)</c>
/// after <c>if (n &lt; 0 || n &gt; 31) return</c> compares <c>16 * n &gt; 8192</c> behind <c>is.constant</c>: whatever
/// constant the backend finds <c>n</c> to be, it is one <c>n</c> has at run time, so the compare is false.
/// <list type="bullet">
/// <item>From a value's definition (<see cref="Of"/>): a literal is itself; an argument, what the direct calls pass it
/// (the caller's question, <see cref="BitcodeModuleSet.ArgumentBounds"/>), or its type's range; integer casts, binary
/// operations with exact interval arithmetic (a result that may wrap: the type's range), a mask (<c>and</c>), a shift
/// or division by a literal, <c>urem</c>; a select's or phi's values together, or the one a condition the bounds
/// decide picks; <c>umin</c>/<c>umax</c>/<c>smin</c>/<c>smax</c>, <c>uadd.sat</c>; the result of an <c>*.with.overflow</c>
/// intrinsic that cannot overflow (and its overflow bit, false). Anything else (a load, a call): its type's range.</item>
/// <item>At a block (<see cref="At"/>): also the conditions every path to it passes, up the chain of blocks with one
/// predecessor: a branch on <c>icmp v, K</c> (or on <c>zext</c>/<c>sext v</c> once <c>v</c> is known non-negative, or on
/// <c>v + c</c> that cannot wrap), through <c>and</c>/<c>or</c> of conditions and their select forms, taken one way; for
/// an extension, the conditions on what it extends as well.</item>
/// </list>
/// Made in another mode by <see cref="Assuming"/>: only values computed from one root (by the operations above, with
/// literals) have bounds, the root's given. That is what folding under <c>is.constant(root)</c> true may read: such a
/// value is then a constant the backend folds every compare of, and the constant lies in its bounds.
/// </summary>
internal sealed class ValueBounds
{
    // how deep the walk back through definitions goes
    private const int MaxDepth = 24;
    // how many blocks up the chain of single predecessors conditions are looked for
    private const int MaxConditionBlocks = 32;
    // how deep a condition is taken apart (and/or of comparisons)
    private const int MaxConditionDepth = 4;

    private readonly IrBody _body;
    private readonly TypeTable _types;
    private readonly Func<int, string?> _globalName;
    private readonly Func<int, int> _argumentWidth;
    private readonly Func<int, int, Interval?>? _argument;
    private readonly bool _onlyRoot;
    private readonly IrValue _root;
    private readonly Interval _rootBounds;
    private readonly HashSet<int> _open = [];
    // per instruction: its bounds once found (the definitions do not change; each is walked once, not once per path to it)
    private readonly Dictionary<int, Interval?> _known = [];

    /// <param name="body">The function.</param>
    /// <param name="types">Its module's types.</param>
    /// <param name="globalName">The name of a global value by index (to recognise intrinsics).</param>
    /// <param name="argumentWidth">Per argument: its integer width, 0 when it is no integer.</param>
    /// <param name="argument">Per argument and width: the bounds of what every direct call passes it, or null when not
    /// known (then its type's range).</param>
    public ValueBounds(IrBody body, TypeTable types, Func<int, string?> globalName, Func<int, int> argumentWidth,
        Func<int, int, Interval?>? argument)
    {
        _body = body;
        _types = types;
        _globalName = globalName;
        _argumentWidth = argumentWidth;
        _argument = argument;
    }

    private ValueBounds(IrBody body, TypeTable types, Func<int, string?> globalName, IrValue root, Interval bounds)
        : this(body, types, globalName, static _ => 0, null) => (_onlyRoot, _root, _rootBounds) = (true, root, bounds);

    /// <summary>Bounds for the values computed from <paramref name="root"/> alone, the root within
    /// <paramref name="bounds"/>: <see cref="Of"/> answers null for any other value.</summary>
    public static ValueBounds Assuming(IrBody body, TypeTable types, Func<int, string?> globalName, IrValue root, Interval bounds) =>
        new(body, types, globalName, root, bounds);

    /// <summary>The bounds of <paramref name="v"/> from its definition (<paramref name="width"/>: its width when it is
    /// a literal or an argument); null when it is no integer, or, made by <see cref="Assuming"/>, not computed from the
    /// root alone.</summary>
    public Interval? Of(IrValue v, int width)
    {
        _open.Clear();
        return Def(v, width, 0);
    }

    /// <summary>The bounds of <paramref name="v"/> in <paramref name="block"/>: <see cref="Of"/>, narrowed by the
    /// conditions every path to the block passes; null when not known, or when they leave no value (a block no
    /// execution reaches).</summary>
    public Interval? At(IrValue v, int width, int block)
    {
        if (Of(v, width) is not { } bounds) return null;
        // an extension of a value the conditions bound (a count checked as an i32, passed as an i64)
        if (v.Kind == IrValueKind.Instruction && (uint)v.Index < (uint)_body.Instructions.Length &&
            _body.Instructions[v.Index] is { Op: IrOp.Cast, Count: 1, CastOp: CastOpcode.Zext or CastOpcode.Sext } cast &&
            IntegerWidth(cast.Aux) is > 0 and var narrow && At(_body.Operands[cast.First], narrow, block) is { } source &&
            (cast.CastOp == CastOpcode.Sext || source.Lo >= 0))
            bounds = new Interval(Math.Max(bounds.Lo, source.Lo), Math.Min(bounds.Hi, source.Hi));
        var flow = ControlFlow.Of(_body);
        Span<(int Condition, bool Taken)> conditions = stackalloc (int, bool)[MaxConditionBlocks];
        int count = 0;
        for (int cur = block, step = 0; step < MaxConditionBlocks && (uint)cur < (uint)flow.Blocks; step++)
        {
            int from = flow.PredecessorStart[cur], to = flow.PredecessorStart[cur + 1];
            if (to - from != 1) break;
            int p = flow.Predecessors[from];
            if (p == cur || flow.Terminators[p] < 0) break;
            ref readonly var br = ref _body.Instructions[flow.Terminators[p]];
            if (br.Op == IrOp.Br && br.Count == 3)
            {
                var ops = _body.Operands.Slice(br.First, 3);
                if (ops[1].Index != ops[2].Index && ops[0].Kind == IrValueKind.Instruction)
                    conditions[count++] = (ops[0].Index, ops[1].Index == cur);
            }
            cur = p;
        }
        // twice: an unsigned bound applies once another has made the value non-negative
        for (int round = 0; round < 2; round++)
            foreach (var (condition, taken) in conditions[..count])
                bounds = Constrain(bounds, v, condition, taken, 0);
        return bounds.Lo <= bounds.Hi ? bounds : null;
    }

    /// <summary>True when the bounds decide some integer compare of <see cref="_body"/> with a literal, the other side a
    /// non-negative value they bound (made by <see cref="Assuming"/>: a value computed from the root alone). What a fold
    /// within the bounds could decide; when nothing, it is not made.</summary>
    public bool DecidesACompare()
    {
        for (int i = 0; i < _body.Instructions.Length; i++)
        {
            _open.Clear();
            if (DecidedCompare(i, 0) is not null) return true;
        }
        return false;
    }

    /// <summary>The outcome of instruction <paramref name="compare"/> when it is an integer compare of a value with a
    /// literal that the value's bounds decide (walked from <paramref name="depth"/>); null otherwise.</summary>
    private bool? DecidedCompare(int compare, int depth)
    {
        ref readonly var inst = ref _body.Instructions[compare];
        if (inst.Op != IrOp.Cmp || inst.Count != 2 || inst.Predicate is < CmpPredicate.FirstIcmpPredicate or > CmpPredicate.LastIcmpPredicate) return null;
        var ops = _body.Operands.Slice(inst.First, 2);
        int literal = LiteralSide(ops);
        int width = IntegerWidth(inst.Type);
        if (literal < 0 || width == 0 || Def(ops[1 - literal], width, depth)?.AsRange(width) is not { } range) return null;
        return ConstantFolding.CompareRange(inst.Predicate, range, ops[literal].Int, constantOnLeft: literal == 0, width);
    }

    /// <summary>Which of two operands is an integer literal (1 before 0), or -1 when neither is.</summary>
    private static int LiteralSide(ReadOnlySpan<IrValue> ops) => ops[1].Kind == IrValueKind.Int ? 1 : ops[0].Kind == IrValueKind.Int ? 0 : -1;

    private Interval? Unknown(int width) => _onlyRoot || width == 0 ? null : Interval.Full(width);

    private Interval? Def(IrValue v, int width, int depth)
    {
        switch (v.Kind)
        {
            case IrValueKind.Int:
                return width is > 0 and <= 64 ? Point(ConstantFolding.SignExtend(v.Int, width)) : null;
            case IrValueKind.Null:
                return Point(0);
            case IrValueKind.Argument:
            {
                if (_onlyRoot) return v == _root ? _rootBounds : null;
                int w = _argumentWidth(v.Index);
                return w == 0 ? null : _argument?.Invoke(v.Index, w) ?? Interval.Full(w);
            }
            case IrValueKind.Instruction when (uint)v.Index < (uint)_body.Instructions.Length:
                break;
            default:
                return null;
        }
        if (_onlyRoot && v == _root) return _rootBounds;
        ref readonly var inst = ref _body.Instructions[v.Index];
        int own = IntegerWidth(inst.Type);
        if (own == 0 || inst.Op == IrOp.Cmp) return null;
        if (_known.TryGetValue(v.Index, out var known)) return known;
        if (depth >= MaxDepth || !_open.Add(v.Index)) return Unknown(own);
        var bounds = Make(inst, own, depth);
        _open.Remove(v.Index);
        _known[v.Index] = bounds;
        return bounds;
    }

    private Interval? Make(in IrInstruction inst, int width, int depth)
    {
        var ops = _body.Operands.Slice(inst.First, inst.Count);
        switch (inst.Op)
        {
            case IrOp.Cast when ops.Length == 1:
            {
                int from = IntegerWidth(inst.Aux);
                if (from == 0) return Unknown(width);
                if (Def(ops[0], from, depth + 1) is not { } s) return null;
                return inst.CastOp switch
                {
                    CastOpcode.Sext => s,
                    CastOpcode.Zext => s.Lo >= 0 ? s : from < 64 ? new Interval(0, (1L << from) - 1) : Unknown(width),
                    CastOpcode.Trunc => s.Lo >= Interval.MinSigned(width) && s.Hi <= Interval.MaxSigned(width) ? s : Unknown(width),
                    _ => Unknown(width),
                };
            }
            case IrOp.Freeze when ops.Length == 1:
                return Def(ops[0], width, depth + 1);
            case IrOp.Binary when ops.Length == 2:
            {
                if (Def(ops[0], width, depth + 1) is not { } l || Def(ops[1], width, depth + 1) is not { } r) return null;
                return Binary(inst.BinaryOp, l, r, width) ?? Unknown(width);
            }
            case IrOp.Select when ops.Length == 3:
            {
                // a condition the bounds decide picks one value (struct_size's SIZE_MAX on an overflow that cannot happen)
                if (Decide(ops[0], depth) is { } picked) return Def(picked ? ops[1] : ops[2], width, depth + 1);
                if (Def(ops[1], width, depth + 1) is not { } a || Def(ops[2], width, depth + 1) is not { } b) return null;
                // the select form of min and max (a < b ? a : b), as clang 14 leaves them
                return MinMax(ops) is { } kind && MinMaxOf(kind, a, b) is { } extreme ? extreme : Interval.Union(a, b);
            }
            case IrOp.Phi:
            {
                Interval? all = null;
                for (int k = 0; k + 1 < ops.Length; k += 2)
                {
                    if (Def(ops[k], width, depth + 1) is not { } b) return null;
                    all = all is { } sofar ? Interval.Union(sofar, b) : b;
                }
                return all ?? Unknown(width);
            }
            case IrOp.Call when ops.Length == 3 && Intrinsic(ops[0]) is { } kind and not (IntrinsicKind.AddOverflow or IntrinsicKind.SubOverflow or IntrinsicKind.MulOverflow):
            {
                if (Def(ops[1], width, depth + 1) is not { } a || Def(ops[2], width, depth + 1) is not { } b) return null;
                if (kind == IntrinsicKind.UAddSat)
                    return a.Lo >= 0 && b.Lo >= 0 && Binary(BinaryOpcode.Add, a, b, width) is { Lo: >= 0 } sum ? sum : Unknown(width);
                return MinMaxOf(kind, a, b) ?? Unknown(width);
            }
            case IrOp.Other when inst.Code == (uint)FunctionCode.InstExtractval && inst.Aux == 0 && ops.Length == 1:
                return OverflowResult(ops[0], width, depth) ?? Unknown(width);
            default:
                return Unknown(width);
        }
    }

    /// <summary>The value of the <c>i1</c> <paramref name="condition"/> when the bounds decide it: a compare of a bounded
    /// non-negative value with a literal; field 1 of an <c>llvm.*.with.overflow</c> call that cannot overflow
    /// (<see cref="OverflowResult"/>), false. Null otherwise.</summary>
    private bool? Decide(IrValue condition, int depth)
    {
        if (condition.Kind != IrValueKind.Instruction || (uint)condition.Index >= (uint)_body.Instructions.Length) return null;
        ref readonly var inst = ref _body.Instructions[condition.Index];
        var ops = _body.Operands.Slice(inst.First, inst.Count);
        if (inst.Op == IrOp.Other && inst.Code == (uint)FunctionCode.InstExtractval && inst.Aux == 1 && ops.Length == 1 &&
            ops[0].Kind == IrValueKind.Instruction && (uint)ops[0].Index < (uint)_body.Instructions.Length)
        {
            // the overflow bit: false when the result at the operands' width cannot overflow
            ref readonly var call = ref _body.Instructions[ops[0].Index];
            if (call.Op != IrOp.Call || call.Count != 3) return null;
            // (the width of the result's first field, {iN, i1})
            int width = _types.Get((ulong)Math.Max(call.Type, 0)) is { Kind: IrTypeKind.Struct, Contained.Count: 2 } pair ? IntegerWidth(pair.Contained[0]) : 0;
            return width > 0 && OverflowResult(ops[0], width, depth) is not null ? false : null;
        }
        return DecidedCompare(condition.Index, depth + 1);
    }

    /// <summary>The bounds of a min or max of values within <paramref name="a"/> and <paramref name="b"/>; null when not
    /// known (an unsigned one of values that may be negative, where the signed and unsigned readings disagree).</summary>
    private static Interval? MinMaxOf(IntrinsicKind kind, Interval a, Interval b) => kind switch
    {
        IntrinsicKind.SMin => new Interval(Math.Min(a.Lo, b.Lo), Math.Min(a.Hi, b.Hi)),
        IntrinsicKind.SMax => new Interval(Math.Max(a.Lo, b.Lo), Math.Max(a.Hi, b.Hi)),
        IntrinsicKind.UMin => UnsignedMin(a, b),
        IntrinsicKind.UMax when a.Lo >= 0 && b.Lo >= 0 => new Interval(Math.Max(a.Lo, b.Lo), Math.Max(a.Hi, b.Hi)),
        _ => null,
    };

    /// <summary>The unsigned minimum of values within <paramref name="a"/> and <paramref name="b"/>: no more than a
    /// non-negative operand (the signed and unsigned readings agree there), and from the smaller low end when both are
    /// non-negative; null when neither is.</summary>
    private static Interval? UnsignedMin(Interval a, Interval b) => (a.Lo >= 0, b.Lo >= 0) switch
    {
        (true, true) => new Interval(Math.Min(a.Lo, b.Lo), Math.Min(a.Hi, b.Hi)),
        (true, false) => new Interval(0, a.Hi),
        (false, true) => new Interval(0, b.Hi),
        _ => null,
    };

    /// <summary>The min or max a select (<paramref name="select"/>: condition, a, b) is: <c>a &lt; b ? a : b</c> and its
    /// variants, signed or unsigned, either way round; null for any other select.</summary>
    private IntrinsicKind? MinMax(ReadOnlySpan<IrValue> select)
    {
        if (select[0].Kind != IrValueKind.Instruction || (uint)select[0].Index >= (uint)_body.Instructions.Length) return null;
        ref readonly var cmp = ref _body.Instructions[select[0].Index];
        if (cmp.Op != IrOp.Cmp || cmp.Count != 2) return null;
        var x = _body.Operands[cmp.First];
        var y = _body.Operands[cmp.First + 1];
        // "x < y ? x : y" is the smaller; with the values the other way round, the larger
        bool same = x == select[1] && y == select[2], swapped = x == select[2] && y == select[1];
        if (!same && !swapped) return null;
        IntrinsicKind? less = cmp.Predicate switch
        {
            CmpPredicate.IcmpUlt or CmpPredicate.IcmpUle => IntrinsicKind.UMin,
            CmpPredicate.IcmpUgt or CmpPredicate.IcmpUge => IntrinsicKind.UMax,
            CmpPredicate.IcmpSlt or CmpPredicate.IcmpSle => IntrinsicKind.SMin,
            CmpPredicate.IcmpSgt or CmpPredicate.IcmpSge => IntrinsicKind.SMax,
            _ => null,
        };
        return same ? less : less switch
        {
            IntrinsicKind.UMin => IntrinsicKind.UMax, IntrinsicKind.UMax => IntrinsicKind.UMin,
            IntrinsicKind.SMin => IntrinsicKind.SMax, IntrinsicKind.SMax => IntrinsicKind.SMin,
            _ => null,
        };
    }

    /// <summary>Field 0 of an <c>llvm.*.with.overflow</c> call on non-negative values whose exact result is non-negative
    /// and fits the width: it cannot overflow either way, so the result is exact.</summary>
    private Interval? OverflowResult(IrValue aggregate, int width, int depth)
    {
        if (aggregate.Kind != IrValueKind.Instruction || (uint)aggregate.Index >= (uint)_body.Instructions.Length) return null;
        ref readonly var call = ref _body.Instructions[aggregate.Index];
        if (call.Op != IrOp.Call || call.Count != 3) return null;
        var ops = _body.Operands.Slice(call.First, 3);
        var op = Intrinsic(ops[0]) switch
        {
            IntrinsicKind.AddOverflow => BinaryOpcode.Add,
            IntrinsicKind.SubOverflow => BinaryOpcode.Sub,
            IntrinsicKind.MulOverflow => BinaryOpcode.Mul,
            _ => (BinaryOpcode?)null,
        };
        if (op is not { } opcode || Def(ops[1], width, depth + 1) is not { Lo: >= 0 } a || Def(ops[2], width, depth + 1) is not { Lo: >= 0 } b)
            return null;
        return Binary(opcode, a, b, width) is { Lo: >= 0 } exact ? exact : null;
    }

    /// <summary>Interval arithmetic for one binary operation at <paramref name="width"/> bits; null when the result may
    /// wrap or the operation is not followed.</summary>
    private static Interval? Binary(BinaryOpcode op, Interval l, Interval r, int width)
    {
        Int128 lo, hi;
        switch (op)
        {
            case BinaryOpcode.Add: (lo, hi) = ((Int128)l.Lo + r.Lo, (Int128)l.Hi + r.Hi); break;
            case BinaryOpcode.Sub: (lo, hi) = ((Int128)l.Lo - r.Hi, (Int128)l.Hi - r.Lo); break;
            case BinaryOpcode.Mul:
            {
                Int128 a = (Int128)l.Lo * r.Lo, b = (Int128)l.Lo * r.Hi, c = (Int128)l.Hi * r.Lo, d = (Int128)l.Hi * r.Hi;
                (lo, hi) = (Int128.Min(Int128.Min(a, b), Int128.Min(c, d)), Int128.Max(Int128.Max(a, b), Int128.Max(c, d)));
                break;
            }
            case BinaryOpcode.Shl when r.Lo == r.Hi && r.Lo >= 0 && r.Lo < width:
                (lo, hi) = ((Int128)l.Lo << (int)r.Lo, (Int128)l.Hi << (int)r.Lo);
                break;
            case BinaryOpcode.Ashr when r.Lo == r.Hi && r.Lo >= 0 && r.Lo < width:
                return new Interval(l.Lo >> (int)r.Lo, l.Hi >> (int)r.Lo);
            case BinaryOpcode.Lshr when r.Lo == r.Hi && r.Lo >= 0 && r.Lo < width:
                if (l.Lo >= 0) return new Interval(l.Lo >> (int)r.Lo, l.Hi >> (int)r.Lo);
                return r.Lo > 0 ? new Interval(0, (long)(UnsignedMax(width) >> (int)r.Lo)) : null;
            case BinaryOpcode.And:
                // non-negative, and no more than any non-negative operand
                if (l.Lo >= 0 && r.Lo >= 0) return new Interval(0, Math.Min(l.Hi, r.Hi));
                if (l.Lo >= 0) return new Interval(0, l.Hi);
                if (r.Lo >= 0) return new Interval(0, r.Hi);
                return null;
            case BinaryOpcode.Or when l.Lo >= 0 && r.Lo >= 0:
            {
                // no more than every bit below the highest either may set
                long top = Math.Max(l.Hi, r.Hi);
                return new Interval(Math.Max(l.Lo, r.Lo), top == 0 ? 0 : (long)(ulong.MaxValue >> System.Numerics.BitOperations.LeadingZeroCount((ulong)top)));
            }
            case BinaryOpcode.Udiv when r.Lo == r.Hi && r.Lo > 0 && l.Lo >= 0:
                return new Interval(l.Lo / r.Lo, l.Hi / r.Lo);
            case BinaryOpcode.Urem when r.Lo == r.Hi && r.Lo > 0:
                return new Interval(0, l.Lo >= 0 ? Math.Min(l.Hi, r.Lo - 1) : r.Lo - 1);
            default:
                return null;
        }
        return lo >= Interval.MinSigned(width) && hi <= Interval.MaxSigned(width) ? new Interval((long)lo, (long)hi) : null;
    }

    private static ulong UnsignedMax(int width) => width >= 64 ? ulong.MaxValue : (1UL << width) - 1;

    /// <summary><paramref name="bounds"/> of <paramref name="v"/> where the condition <paramref name="condition"/> is
    /// <paramref name="taken"/>.</summary>
    private Interval Constrain(Interval bounds, IrValue v, int condition, bool taken, int depth)
    {
        if (depth > MaxConditionDepth || (uint)condition >= (uint)_body.Instructions.Length) return bounds;
        ref readonly var inst = ref _body.Instructions[condition];
        var ops = _body.Operands.Slice(inst.First, inst.Count);
        switch (inst.Op)
        {
            case IrOp.Cmp when ops.Length == 2 && inst.Predicate is >= CmpPredicate.FirstIcmpPredicate and <= CmpPredicate.LastIcmpPredicate:
            {
                int width = IntegerWidth(inst.Type);
                if (width == 0) return bounds;
                var predicate = taken ? inst.Predicate : Negated(inst.Predicate);
                int literal = LiteralSide(ops);
                if (literal < 0) return bounds;
                if (literal == 0) predicate = Swapped(predicate);
                if (Offset(ops[1 - literal], v, bounds, width) is { } offset)
                {
                    // the compared value is v + offset, exactly: bounded as it is, then shifted back
                    var compared = Apply(new Interval(bounds.Lo + offset, bounds.Hi + offset), predicate, ConstantFolding.SignExtend(ops[literal].Int, width), width);
                    return new Interval(compared.Lo - offset, compared.Hi - offset);
                }
                // v + c that may wrap, compared unsigned: InstCombine's range check, x - lo <u hi - lo + 1
                if (Added(ops[1 - literal], v, width) is { } c && WrappedRange(predicate, ops[literal].Int, c, width) is { } range)
                    return new Interval(Math.Max(bounds.Lo, range.Lo), Math.Min(bounds.Hi, range.Hi));
                return bounds;
            }
            // both hold where "a and b" is true; neither where "a or b" is false
            case IrOp.Binary when ops.Length == 2 && IntegerWidth(inst.Type) == 1 &&
                                  ((inst.BinaryOp == BinaryOpcode.And && taken) || (inst.BinaryOp == BinaryOpcode.Or && !taken)):
                return Both(bounds, v, ops[0], ops[1], taken, depth);
            case IrOp.Binary when ops.Length == 2 && IntegerWidth(inst.Type) == 1 && inst.BinaryOp == BinaryOpcode.Xor &&
                                  ops[1] is { Kind: IrValueKind.Int, Int: 1 or -1 } && ops[0].Kind == IrValueKind.Instruction:
                return Constrain(bounds, v, ops[0].Index, !taken, depth + 1);
            // select a, true, b (a or b) false; select a, b, false (a and b) true
            case IrOp.Select when ops.Length == 3 && IntegerWidth(inst.Type) == 1:
                if (!taken && ops[1] is { Kind: IrValueKind.Int, Int: 1 or -1 }) return Both(bounds, v, ops[0], ops[2], false, depth);
                if (taken && ops[2] is { Kind: IrValueKind.Int, Int: 0 }) return Both(bounds, v, ops[0], ops[1], true, depth);
                return bounds;
            default:
                return bounds;
        }
    }

    private Interval Both(Interval bounds, IrValue v, IrValue a, IrValue b, bool taken, int depth)
    {
        if (a.Kind == IrValueKind.Instruction) bounds = Constrain(bounds, v, a.Index, taken, depth + 1);
        if (b.Kind == IrValueKind.Instruction) bounds = Constrain(bounds, v, b.Index, taken, depth + 1);
        return bounds;
    }

    /// <summary>The <c>c</c> for which <paramref name="compared"/> is exactly <paramref name="v"/> + c at the compared
    /// <paramref name="width"/>, <paramref name="v"/> within <paramref name="bounds"/>: 0 for <paramref name="v"/> itself
    /// or an extension of it while it is known non-negative (the same number at either width, signed or not); the
    /// literal of an <c>add</c> or <c>sub</c> of it that cannot wrap there (InstCombine's <c>n - 255 &lt;u -254</c> for
    /// <c>n != 0 &amp;&amp; n &lt;= 254</c>). Null otherwise.</summary>
    private long? Offset(IrValue compared, IrValue v, Interval bounds, int width)
    {
        if (compared == v) return 0;
        if (compared.Kind != IrValueKind.Instruction || (uint)compared.Index >= (uint)_body.Instructions.Length) return null;
        ref readonly var inst = ref _body.Instructions[compared.Index];
        var ops = _body.Operands.Slice(inst.First, inst.Count);
        if (inst.Op == IrOp.Cast && ops.Length == 1 && inst.CastOp is CastOpcode.Zext or CastOpcode.Sext)
            return bounds.Lo >= 0 && ops[0] == v ? 0 : null;
        if (inst.Op != IrOp.Binary || ops.Length != 2 || inst.BinaryOp is not (BinaryOpcode.Add or BinaryOpcode.Sub)) return null;
        long c;
        if (ops[0] == v && ops[1].Kind == IrValueKind.Int) c = ConstantFolding.SignExtend(ops[1].Int, width);
        else if (inst.BinaryOp == BinaryOpcode.Add && ops[1] == v && ops[0].Kind == IrValueKind.Int) c = ConstantFolding.SignExtend(ops[0].Int, width);
        else return null;
        if (inst.BinaryOp == BinaryOpcode.Sub) { if (c == long.MinValue) return null; c = -c; }
        Int128 lo = (Int128)bounds.Lo + c, hi = (Int128)bounds.Hi + c;
        return lo >= Interval.MinSigned(width) && hi <= Interval.MaxSigned(width) ? c : null;
    }

    /// <summary>The literal <c>c</c> of <paramref name="compared"/> = <paramref name="v"/> + c (an <c>add</c>, or a
    /// <c>sub</c> of the literal), modulo 2^<paramref name="width"/>; null for any other value.</summary>
    private long? Added(IrValue compared, IrValue v, int width)
    {
        if (compared.Kind != IrValueKind.Instruction || (uint)compared.Index >= (uint)_body.Instructions.Length) return null;
        ref readonly var inst = ref _body.Instructions[compared.Index];
        var ops = _body.Operands.Slice(inst.First, inst.Count);
        if (inst.Op != IrOp.Binary || ops.Length != 2) return null;
        if (inst.BinaryOp == BinaryOpcode.Add && ops[0] == v && ops[1].Kind == IrValueKind.Int) return ops[1].Int;
        if (inst.BinaryOp == BinaryOpcode.Add && ops[1] == v && ops[0].Kind == IrValueKind.Int) return ops[0].Int;
        if (inst.BinaryOp == BinaryOpcode.Sub && ops[0] == v && ops[1].Kind == IrValueKind.Int) return unchecked(-ops[1].Int);
        return null;
    }

    /// <summary>The values v for which <c>(v + c) predicate k</c> holds, the sum and k read unsigned modulo
    /// 2^<paramref name="width"/>: the run of the sum's values the predicate allows, shifted back by c; null when the
    /// predicate is signed, or the run, read signed, wraps.</summary>
    private static Interval? WrappedRange(CmpPredicate predicate, long k, long c, int width)
    {
        if (width is < 1 or > 63) return null; // (64 bits: the run's arithmetic would itself need 65)
        long max = (1L << width) - 1, uk = k & max;
        // the sum's values, unsigned: first..last
        long first, last;
        switch (predicate)
        {
            case CmpPredicate.IcmpUlt when uk > 0: (first, last) = (0, uk - 1); break;
            case CmpPredicate.IcmpUle: (first, last) = (0, uk); break;
            case CmpPredicate.IcmpUgt when uk < max: (first, last) = (uk + 1, max); break;
            case CmpPredicate.IcmpUge: (first, last) = (uk, max); break;
            default: return null;
        }
        long lo = ConstantFolding.SignExtend(unchecked(first - c) & max, width);
        Int128 hi = (Int128)lo + (last - first);
        return hi <= Interval.MaxSigned(width) ? new Interval(lo, (long)hi) : null;
    }

    /// <summary>The values of <paramref name="bounds"/> for which <c>value predicate k</c> holds (an unsigned
    /// predicate only where it says something of non-negative values: below a non-negative k; above one, once the
    /// values are known non-negative).</summary>
    private static Interval Apply(Interval bounds, CmpPredicate predicate, long k, int width)
    {
        var (lo, hi) = (bounds.Lo, bounds.Hi);
        switch (predicate)
        {
            case CmpPredicate.IcmpEq: lo = Math.Max(lo, k); hi = Math.Min(hi, k); break;
            case CmpPredicate.IcmpNe:
                if (k == lo && lo < hi) lo++;
                else if (k == hi && lo < hi) hi--;
                break;
            case CmpPredicate.IcmpSlt when k > long.MinValue: hi = Math.Min(hi, k - 1); break;
            case CmpPredicate.IcmpSle: hi = Math.Min(hi, k); break;
            case CmpPredicate.IcmpSgt when k < long.MaxValue: lo = Math.Max(lo, k + 1); break;
            case CmpPredicate.IcmpSge: lo = Math.Max(lo, k); break;
            // unsigned, k non-negative: below k, the non-negative values; above it, once the values are known non-negative
            case CmpPredicate.IcmpUlt when k > 0: lo = Math.Max(lo, 0); hi = Math.Min(hi, k - 1); break;
            case CmpPredicate.IcmpUle when k >= 0: lo = Math.Max(lo, 0); hi = Math.Min(hi, k); break;
            case CmpPredicate.IcmpUgt when k >= 0 && lo >= 0 && k < Interval.MaxSigned(width): lo = Math.Max(lo, k + 1); break;
            case CmpPredicate.IcmpUge when k >= 0 && lo >= 0: lo = Math.Max(lo, k); break;
            // unsigned, k negative (read unsigned, above every non-negative value): above it, the negative values from it
            case CmpPredicate.IcmpUgt when k < 0: lo = Math.Max(lo, k + 1); hi = Math.Min(hi, -1); break;
            case CmpPredicate.IcmpUge when k < 0: lo = Math.Max(lo, k); hi = Math.Min(hi, -1); break;
        }
        return new Interval(lo, hi);
    }

    private static CmpPredicate Negated(CmpPredicate p) => p switch
    {
        CmpPredicate.IcmpEq => CmpPredicate.IcmpNe, CmpPredicate.IcmpNe => CmpPredicate.IcmpEq,
        CmpPredicate.IcmpUgt => CmpPredicate.IcmpUle, CmpPredicate.IcmpUle => CmpPredicate.IcmpUgt,
        CmpPredicate.IcmpUge => CmpPredicate.IcmpUlt, CmpPredicate.IcmpUlt => CmpPredicate.IcmpUge,
        CmpPredicate.IcmpSgt => CmpPredicate.IcmpSle, CmpPredicate.IcmpSle => CmpPredicate.IcmpSgt,
        CmpPredicate.IcmpSge => CmpPredicate.IcmpSlt, _ => CmpPredicate.IcmpSge, // IcmpSlt
    };

    private static CmpPredicate Swapped(CmpPredicate p) => p switch
    {
        CmpPredicate.IcmpUgt => CmpPredicate.IcmpUlt, CmpPredicate.IcmpUlt => CmpPredicate.IcmpUgt,
        CmpPredicate.IcmpUge => CmpPredicate.IcmpUle, CmpPredicate.IcmpUle => CmpPredicate.IcmpUge,
        CmpPredicate.IcmpSgt => CmpPredicate.IcmpSlt, CmpPredicate.IcmpSlt => CmpPredicate.IcmpSgt,
        CmpPredicate.IcmpSge => CmpPredicate.IcmpSle, CmpPredicate.IcmpSle => CmpPredicate.IcmpSge,
        _ => p, // eq, ne
    };

    private static Interval Point(long v) => new(v, v);

    private int IntegerWidth(int type) => _types.IntegerWidth(type);

    /// <summary>The intrinsics whose results the bounds follow, by name prefix.</summary>
    private enum IntrinsicKind { UMin, UMax, SMin, SMax, UAddSat, AddOverflow, SubOverflow, MulOverflow }

    private static readonly (string Prefix, IntrinsicKind Kind)[] Intrinsics =
    [
        ("llvm.umin.", IntrinsicKind.UMin), ("llvm.umax.", IntrinsicKind.UMax),
        ("llvm.smin.", IntrinsicKind.SMin), ("llvm.smax.", IntrinsicKind.SMax),
        ("llvm.uadd.sat.", IntrinsicKind.UAddSat),
        ("llvm.uadd.with.overflow.", IntrinsicKind.AddOverflow), ("llvm.sadd.with.overflow.", IntrinsicKind.AddOverflow),
        ("llvm.usub.with.overflow.", IntrinsicKind.SubOverflow), ("llvm.ssub.with.overflow.", IntrinsicKind.SubOverflow),
        ("llvm.umul.with.overflow.", IntrinsicKind.MulOverflow), ("llvm.smul.with.overflow.", IntrinsicKind.MulOverflow),
    ];

    private IntrinsicKind? Intrinsic(IrValue callee)
    {
        if (callee.Kind != IrValueKind.Global || _globalName(callee.Index) is not { } name || !name.StartsWith("llvm.", StringComparison.Ordinal))
            return null;
        foreach (var (prefix, kind) in Intrinsics)
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return kind;
        return null;
    }
}
