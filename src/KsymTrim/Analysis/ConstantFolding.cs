using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis;

/// <summary>
/// Which basic blocks of a function code generation keeps: sparse conditional constant propagation
/// (Wegman and Zadeck, as LLVM's SCCP) over integer constants, where <c>llvm.is.constant</c> and
/// <c>llvm.objectsize</c> fold the way LLVM's LowerConstantIntrinsics pass folds them at the end of the
/// pipeline: <c>is.constant</c> of a value that is not a constant is false, <c>objectsize</c> of an object of
/// unknown size is -1 (or 0 when the <c>min</c> argument is true). Folding an intrinsic is sound only when its
/// operand cannot become a constant before that pass runs (through inlining or interprocedural propagation in
/// the LTO backend); the caller says which operands are stable. Everything else is folded only from constants,
/// so a block is dropped only when no execution reaches it.
/// </summary>
internal sealed class ConstantFolding
{
    // the lattice: not yet known, one constant, not a constant
    internal const byte Top = 0, Const = 1, Bottom = 2;

    private readonly IrBody _body;
    private readonly TypeTable _types;
    private readonly GlobalTraits[] _callees;
    private readonly Func<IrValue, bool> _stable;
    private readonly long?[]? _arguments; // per argument: its constant in the context folded for, or null
    private readonly BitcodeModuleSet.ArgumentRange?[]? _ranges; // per argument: the range of every copy's values, or null
    private readonly long?[]? _objectSizes; // per argument: the size of the object it points to the start of in the context, or null

    /// <summary>An object size (<see cref="Fold"/>'s <c>objectSizes</c>) for an argument that points to no object the
    /// context knows: <c>llvm.objectsize</c> of it is lowered to its default.</summary>
    internal const long UnknownObject = long.MinValue;

    /// <summary>An object size for an argument whose object's size may become known (what an <c>allocsize</c> function
    /// returned, passed to it): <c>llvm.objectsize</c> of it, at any offset, is not decided.</summary>
    internal const long SizedObject = long.MinValue + 1;
    private readonly AnalysisScratch _scratch;
    // the scratch's arrays (longer than this function needs; only the first n, blocks entries count)
    private readonly byte[] _state;
    private readonly long[] _value;
    private readonly int[] _blockStart;
    private readonly bool[] _executable;
    private readonly int _n, _blocks;
    private readonly bool _inOrder; // instructions in block order, every block in range
    private readonly EdgeSet _edges;
    private readonly int[] _blockWork, _valueWork;
    private int _blockTop, _valueTop;
    // The first run (probe): an is.constant of a constant operand is opaque (Bottom), as LLVM's SCCP sees it; _probed
    // when one was. The second run: _lowered holds each such call's lowering, true where the first run ended with its
    // operand constant (see Lower).
    private readonly bool[]? _lowered;
    private bool _probed;
    private readonly int[] _userStart, _users;
    // an outcome the fold assumes (TestOutcome): the test's instruction, and its operand's when it holds (-1: none)
    private readonly int _assumedTest = -1, _assumedOperand = -1;
    private readonly long _assumedTestValue, _assumedOperandValue;
    // with an outcome that holds within bounds: the bounds of the values computed from its operand alone
    private readonly ValueBounds? _within;

    private ConstantFolding(IrBody body, TypeTable types, GlobalTraits[] callees, Func<IrValue, bool> stable, AnalysisScratch scratch,
        long?[]? arguments, BitcodeModuleSet.ArgumentRange?[]? ranges, TestOutcome? outcome, long?[]? objectSizes, bool[]? lowered = null)
    {
        _lowered = lowered;
        _objectSizes = objectSizes;
        if (outcome is { } o)
        {
            _assumedTest = o.Test;
            _assumedTestValue = o.Holds ? 1 : 0;
            if (o.Holds && o.Within is not null) _within = o.Within; // the operand a constant, not one known
            else if (o.Holds && o.Operand.Kind == IrValueKind.Instruction)
            {
                _assumedOperand = o.Operand.Index;
                _assumedOperandValue = o.Value;
            }
            else if (o.Holds && o.Operand.Kind == IrValueKind.Argument && o.Operand.Index >= 0)
            {
                var fixedArguments = new long?[Math.Max(body.ArgumentCount, o.Operand.Index + 1)];
                arguments?.AsSpan(0, Math.Min(arguments.Length, fixedArguments.Length)).CopyTo(fixedArguments);
                fixedArguments[o.Operand.Index] = o.Value;
                arguments = fixedArguments;
            }
        }
        _arguments = arguments;
        _ranges = ranges;
        _body = body;
        _types = types;
        _callees = callees;
        _stable = stable;
        int n = _n = body.Instructions.Length;
        int blocks = Math.Max(body.BlockCount, 1);
        _blocks = blocks;
        var s = _scratch = scratch;
        _state = AnalysisScratch.Cleared(ref s.FoldState, n);
        _value = AnalysisScratch.Cleared(ref s.FoldValue, n);
        _executable = AnalysisScratch.Cleared(ref s.Executable, blocks);
        _blockStart = AnalysisScratch.Cleared(ref s.BlockStart, blocks + 1);
        _blockWork = AnalysisScratch.Sized(ref s.BlockWork, blocks);
        _valueWork = AnalysisScratch.Sized(ref s.ValueWork, 2 * n); // Top -> Const -> Bottom: at most two changes each
        // instructions per block, then their running sum: where each block's instructions start
        // (and whether they come in block order, every block in range: what folding needs, in the same pass)
        bool inOrder = true;
        int last = 0;
        foreach (ref readonly var inst in body.Instructions)
        {
            int block = inst.Block;
            if ((uint)block < (uint)blocks) _blockStart[block + 1]++;
            else inOrder = false;
            if (block < last) inOrder = false;
            last = block;
        }
        _inOrder = inOrder;
        for (int b = 0; b < blocks; b++) _blockStart[b + 1] += _blockStart[b];
        _blockStart[blocks] = n;
        _edges = s.Edges;
        _edges.Reset(blocks);

        s.Users.Build(body);
        _userStart = s.Users.Start;
        _users = s.Users.Users;
    }

    /// <summary>What survives folding: which blocks execution reaches, which instructions code generation keeps
    /// (dead code elimination after folding: an instruction whose result nothing live uses and that has no side
    /// effect goes), and which operand slots of kept instructions are still read.</summary>
    /// <param name="body">The function.</param>
    /// <param name="types">The module's types.</param>
    /// <param name="callees">Per global value of the module: its <see cref="GlobalTraits"/> (to recognise intrinsic
    /// callees without comparing names at every call).</param>
    /// <param name="stable">True for an operand of <c>is.constant</c>/<c>objectsize</c> that stays what it is
    /// until those intrinsics are lowered, so that folding them is sound.</param>
    /// <param name="scratch">The worker's scratch, which folding overwrites and the result points into.</param>
    /// <param name="arguments">For a fold in one calling context (an inlined copy, see ModuleWalk): per argument, the
    /// constant it has there, or null where it is not constant; null when no argument is known.</param>
    /// <param name="ranges">Per argument: the range every copy's value lies in (<see cref="BitcodeModuleSet.ArgumentRanges"/>),
    /// which decides a comparison of the argument with a constant; null when none is known.</param>
    /// <param name="outcome">An outcome of one <c>llvm.is.constant</c> call to assume (the executions in which it has
    /// that outcome: see <see cref="TestOutcome"/>), or null.</param>
    /// <param name="objectSizes">For a fold in one call's context: per argument, the size of the object whose start the
    /// call passes it (a caller's local variable), which <c>llvm.objectsize</c> of the argument is; null where not known.</param>
    /// <remarks>The result is a view of <paramref name="scratch"/> (see <see cref="FoldView"/>): valid until the
    /// next fold with the same scratch.</remarks>
    public static FoldView Fold(IrBody body, TypeTable types, GlobalTraits[] callees, Func<IrValue, bool> stable, AnalysisScratch scratch,
        long?[]? arguments = null, BitcodeModuleSet.ArgumentRange?[]? ranges = null, TestOutcome? outcome = null, long?[]? objectSizes = null)
    {
        var f = new ConstantFolding(body, types, callees, stable, scratch, arguments, ranges, outcome, objectSizes);
        if (!f._inOrder) return f.Everything();
        if (f.Run()) f = new ConstantFolding(body, types, callees, stable, scratch, arguments, ranges, outcome, objectSizes, f.Lower()); // the second run
        if (f._lowered is not null) f.Run();
        return f.Sweep();
    }

    /// <summary>Nothing folded: every block, instruction and operand slot stays.</summary>
    private FoldView Everything()
    {
        int n = _n, operands = _body.Operands.Length;
        _executable.AsSpan(0, _blocks).Fill(true);
        var live = AnalysisScratch.Sized(ref _scratch.Live, n);
        var used = AnalysisScratch.Sized(ref _scratch.Used, operands);
        live.AsSpan(0, n).Fill(true);
        used.AsSpan(0, operands).Fill(true);
        var tests = AnalysisScratch.Sized(ref _scratch.Tests, n);
        int count = 0;
        for (int i = 0; i < n; i++)
            if (IsTest(_body.Instructions[i])) tests[count++] = i;
        return View(live, used, count);
    }

    private FoldView View(bool[] live, bool[] used, int tests) => new(
        _executable.AsSpan(0, _blocks), live.AsSpan(0, _n), used.AsSpan(0, _body.Operands.Length),
        _userStart.AsSpan(0, _n + 1), _users.AsSpan(0, _userStart[_n]), _state.AsSpan(0, _n), _value.AsSpan(0, _n),
        _scratch.Tests.AsSpan(0, tests));

    /// <summary>True for a call of <c>llvm.is.constant</c> or <c>llvm.objectsize</c>.</summary>
    private bool IsTest(in IrInstruction inst) => (CalleeTraits(inst) & (GlobalTraits.IsConstant | GlobalTraits.ObjectSize)) != 0;

    /// <summary>The traits of the global a call calls directly; none for any other instruction or callee.</summary>
    private GlobalTraits CalleeTraits(in IrInstruction inst) =>
        inst.Op == IrOp.Call && inst.Count > 0 && _body.Operands[inst.First] is { Kind: IrValueKind.Global } callee &&
        (uint)callee.Index < (uint)_callees.Length ? _callees[callee.Index] : GlobalTraits.None;

    /// <summary>Marks what stays: side-effecting instructions of live blocks, then everything they read, except
    /// what folding replaced by a constant.</summary>
    private FoldView Sweep()
    {
        var instructions = _body.Instructions;
        int n = instructions.Length;
        var live = AnalysisScratch.Cleared(ref _scratch.Live, n);
        var used = AnalysisScratch.Cleared(ref _scratch.Used, _body.Operands.Length);
        // each instruction is pushed once, when it becomes live
        var work = AnalysisScratch.Sized(ref _scratch.SweepWork, n);
        var tests = AnalysisScratch.Sized(ref _scratch.Tests, n);
        int top = 0, undecided = 0;
        for (int i = 0; i < n; i++)
        {
            ref readonly var inst = ref instructions[i];
            if (!_executable[inst.Block]) continue;
            if (inst.Op == IrOp.Call && _state[i] != Const && IsTest(inst)) tests[undecided++] = i;
            if (!IsRoot(inst)) continue;
            live[i] = true;
            work[top++] = i;
        }
        while (top > 0)
        {
            int i = work[--top];
            ref readonly var inst = ref instructions[i];
            var ops = OperandsOf(inst);
            int from = 0, to = ops.Length;
            switch (inst.Op)
            {
                case IrOp.Br when ops.Length == 3 && Of(ops[0]).State == Const: from = 1; break;
                case IrOp.Switch when ops.Length >= 2 && Of(ops[0]).State == Const: from = 1; break;
                case IrOp.Select when ops.Length == 3 && Of(ops[0]) is (Const, var c):
                    from = (c & 1) != 0 ? 1 : 2;
                    to = from + 1;
                    break;
                default:
                    if (_state[i] == Const && !IsRoot(inst)) to = 0; // replaced by its constant value
                    break;
            }
            for (int k = from; k < to; k++)
            {
                if (inst.Op == IrOp.Phi && k % 2 == 0 && k + 1 < ops.Length &&
                    !_edges.Contains(ops[k + 1].Index, inst.Block)) { k++; continue; }
                used[inst.First + k] = true;
                if (ops[k] is { Kind: IrValueKind.Instruction } v && (uint)v.Index < (uint)n && !live[v.Index])
                {
                    live[v.Index] = true;
                    work[top++] = v.Index;
                }
            }
        }
        return View(live, used, undecided);
    }

    // IrBody.OperandsOf is not inlined here; this is (it runs once per visit and per swept instruction)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<IrValue> OperandsOf(in IrInstruction inst) => _body.Operands.Slice(inst.First, inst.Count);

    /// <summary>An instruction code generation keeps whether or not its result is used.</summary>
    private bool IsRoot(in IrInstruction inst)
    {
        switch (inst.Op)
        {
            case IrOp.Binary or IrOp.Cast or IrOp.Cmp or IrOp.Select or IrOp.Phi or IrOp.Gep or IrOp.Freeze or IrOp.Unary or IrOp.Alloca:
                return false;
            case IrOp.Load:
                return inst.IsAtomic || inst.IsVolatile;
            case IrOp.Call:
            {
                var callee = inst.Count > 0 ? _body.Operands[inst.First] : default;
                if (callee.Kind != IrValueKind.Global || (uint)callee.Index >= (uint)_callees.Length) return true;
                return (_callees[callee.Index] & GlobalTraits.Pure) == 0;
            }
            default:
                return true;
        }
    }

    /// <summary>Propagates to the fixed point; true when this was a probe that left an <c>is.constant</c> of a constant
    /// operand opaque (a second run, with <see cref="Lower"/>'s decisions, follows).</summary>
    private bool Run()
    {
        MarkBlock(0);
        int budget = 64 * (_body.Instructions.Length + _blocks) + 1024; // SCCP converges in O(uses x lattice height)
        Propagate(ref budget);
        if (budget <= 0) { _executable.AsSpan(0, _blocks).Fill(true); return false; }
        return _probed;
    }

    /// <summary>
    /// A folding rule, in LLVM's order: SCCP runs with <c>llvm.is.constant</c> opaque (both branches on it feasible),
    /// then LowerConstantIntrinsics makes it true where SCCP replaced the operand by a constant and false elsewhere.
    /// The first run leaves an <c>is.constant</c> of an operand it finds constant opaque (its probe); this gives, per
    /// instruction, true for each whose operand was still constant when that run settled: the second run folds them
    /// true, and the rest as their operands decide (false when stable). Deciding true while a phi still waited for an
    /// edge (a loop's back edge behind the branch on the test itself, a later edge bringing another value) would
    /// claim constant what SCCP does not (<c>phi_late</c>).
    /// </summary>
    private bool[] Lower()
    {
        var lowered = AnalysisScratch.Cleared(ref _scratch.FoldLowered, _n);
        var instructions = _body.Instructions;
        for (int i = 0; i < _n; i++)
        {
            ref readonly var inst = ref instructions[i];
            if (inst.Op != IrOp.Call || !_executable[inst.Block] || inst.Count < 2 || (CalleeTraits(inst) & GlobalTraits.IsConstant) == 0) continue;
            lowered[i] = Of(_body.Operands[inst.First + 1]).State == Const;
        }
        return lowered;
    }

    private void Propagate(ref int budget)
    {
        var instructions = _body.Instructions;
        while ((_blockTop > 0 || _valueTop > 0) && budget-- > 0)
        {
            if (_valueTop > 0)
            {
                int i = _valueWork[--_valueTop];
                for (int u = _userStart[i]; u < _userStart[i + 1]; u++)
                {
                    // A user already at Bottom cannot change: Visit would only set Bottom again (and an invoke,
                    // callbr or other terminator marks the edges it marked when it first went to Bottom).
                    int user = _users[u];
                    if (_state[user] != Bottom && _executable[instructions[user].Block]) Visit(user);
                }
                continue;
            }
            int b = _blockWork[--_blockTop];
            for (int i = _blockStart[b]; i < _blockStart[b + 1]; i++) Visit(i);
        }
    }

    private void MarkBlock(int block)
    {
        if ((uint)block >= (uint)_blocks || _executable[block]) return;
        _executable[block] = true;
        _blockWork[_blockTop++] = block; // once per block
    }

    private void MarkEdge(int from, int to)
    {
        if ((uint)to >= (uint)_blocks) return;
        if (_edges.Add(from, to))
        {
            if (_executable[to])
            {
                // a new edge into a live block: its phis may change
                for (int i = _blockStart[to]; i < _blockStart[to + 1] && _body.Instructions[i].Op == IrOp.Phi; i++)
                    if (_state[i] != Bottom) Visit(i);
            }
            else MarkBlock(to);
        }
    }

    private void Set(int i, byte state, long value)
    {
        if (_state[i] == Bottom) return;
        if (state == Const && _state[i] == Const && _value[i] != value) state = Bottom;
        if (state == _state[i] && (state != Const || _value[i] == value)) return;
        if (state == Top) return;
        _state[i] = state;
        _value[i] = value;
        _valueWork[_valueTop++] = i;
    }

    /// <summary>The lattice value of an operand.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private (byte State, long Value) Of(in IrValue v) => v.Kind switch
    {
        IrValueKind.Int => (Const, v.Int),
        IrValueKind.Null => (Const, 0),
        IrValueKind.Instruction when (uint)v.Index < (uint)_n => (_state[v.Index], _value[v.Index]),
        IrValueKind.Argument when _arguments is { } a && (uint)v.Index < (uint)a.Length && a[v.Index] is { } c => (Const, c),
        _ => (Bottom, 0),
    };

    private static bool IsConstantValue(IrValue v) => v.Kind is IrValueKind.Int or IrValueKind.Null or IrValueKind.Global or IrValueKind.Constant;

    private int Width(int type) => _types.Get((ulong)Math.Max(type, 0)) is { Kind: IrTypeKind.Integer } t ? (int)Math.Min(t.Width, 64) : 64;

    internal static long Truncate(long v, int width) => width >= 64 ? v : v & ((1L << width) - 1);

    internal static long SignExtend(long v, int width) => width >= 64 ? v : (v << (64 - width)) >> (64 - width);

    private void Visit(int i)
    {
        ref readonly var inst = ref _body.Instructions[i];
        if (i == _assumedOperand) { Set(i, Const, _assumedOperandValue); return; } // (the assumed test: VisitCall)
        var ops = OperandsOf(inst);
        switch (inst.Op)
        {
            case IrOp.Br:
                if (ops.Length == 1) MarkEdge(inst.Block, ops[0].Index);
                else if (ops.Length == 3)
                {
                    var (s, v) = Of(ops[0]);
                    if (s == Const) MarkEdge(inst.Block, (v & 1) != 0 ? ops[1].Index : ops[2].Index);
                    else if (s == Bottom) { MarkEdge(inst.Block, ops[1].Index); MarkEdge(inst.Block, ops[2].Index); }
                }
                return;
            case IrOp.Switch:
            {
                if (ops.Length < 2) return;
                var (s, v) = Of(ops[0]);
                if (s == Top) return;
                int width = Width(inst.Type);
                bool matched = false;
                for (int k = 2; k + 1 < ops.Length; k += 2)
                {
                    bool caseConst = ops[k].Kind is IrValueKind.Int or IrValueKind.Null;
                    if (s == Bottom || !caseConst) MarkEdge(inst.Block, ops[k + 1].Index);
                    else if (Truncate(ops[k].Int, width) == Truncate(v, width)) { MarkEdge(inst.Block, ops[k + 1].Index); matched = true; }
                }
                if (s == Bottom || !matched) MarkEdge(inst.Block, ops[1].Index);
                return;
            }
            case IrOp.IndirectBr or IrOp.Invoke or IrOp.CallBr:
                foreach (var o in ops)
                    if (o.Kind == IrValueKind.Block) MarkEdge(inst.Block, o.Index);
                if (inst.Op != IrOp.IndirectBr) Set(i, Bottom, 0);
                return;
            case IrOp.OtherTerminator:
                for (int b = 0; b < _blocks; b++) MarkEdge(inst.Block, b);
                Set(i, Bottom, 0);
                return;
            case IrOp.Ret or IrOp.Unreachable:
                return;
            case IrOp.Phi:
            {
                byte state = Top;
                long value = 0;
                for (int k = 0; k + 1 < ops.Length; k += 2)
                {
                    if (!_edges.Contains(ops[k + 1].Index, inst.Block)) continue;
                    var (s, v) = Of(ops[k]);
                    if (s == Top) continue;
                    if (s == Bottom || (state == Const && value != v)) { state = Bottom; break; }
                    state = Const;
                    value = v;
                }
                Set(i, state, value);
                return;
            }
            case IrOp.Select:
            {
                if (ops.Length < 3) { Set(i, Bottom, 0); return; }
                var (c, cv) = Of(ops[0]);
                if (c == Top) return;
                if (c == Const) { var (s, v) = Of((cv & 1) != 0 ? ops[1] : ops[2]); Set(i, s, v); return; }
                var (ts, tv) = Of(ops[1]);
                var (fs, fv) = Of(ops[2]);
                if (ts == Const && fs == Const && tv == fv) Set(i, Const, tv);
                else if (ts == Top || fs == Top) return;
                else Set(i, Bottom, 0);
                return;
            }
            case IrOp.Freeze:
            {
                if (ops.Length < 1) { Set(i, Bottom, 0); return; }
                var (s, v) = Of(ops[0]);
                Set(i, s, v);
                return;
            }
            case IrOp.Binary: VisitBinary(i, inst, ops); return;
            case IrOp.Cmp: VisitCompare(i, inst, ops); return;
            case IrOp.Cast: VisitCast(i, inst, ops); return;
            case IrOp.Call: VisitCall(i, ops); return;
            default:
                Set(i, Bottom, 0);
                return;
        }
    }

    private void VisitBinary(int i, in IrInstruction inst, ReadOnlySpan<IrValue> ops)
    {
        if (ops.Length < 2 || _types.Get((ulong)Math.Max(inst.Type, 0))?.Kind != IrTypeKind.Integer) { Set(i, Bottom, 0); return; }
        int width = Width(inst.Type);
        var (ls, l) = Of(ops[0]);
        var (rs, r) = Of(ops[1]);
        // and with 0 and or with all ones are constant whatever the other operand (SCCP does the same)
        long ones = Truncate(-1, width);
        if (inst.BinaryOp == BinaryOpcode.And && ((ls == Const && Truncate(l, width) == 0) || (rs == Const && Truncate(r, width) == 0))) { Set(i, Const, 0); return; }
        if (inst.BinaryOp == BinaryOpcode.Or && ((ls == Const && Truncate(l, width) == ones) || (rs == Const && Truncate(r, width) == ones))) { Set(i, Const, ones); return; }
        if (ls == Top || rs == Top) return;
        if (ls != Const || rs != Const) { Set(i, Bottom, 0); return; }
        if (Evaluate(inst.BinaryOp, l, r, width) is { } v) Set(i, Const, v);
        else Set(i, Bottom, 0);
    }

    /// <summary>An integer binary operation on two constants at <paramref name="width"/> bits, truncated to it; null
    /// when the result is poison or undefined (a division by zero, a shift past the width) or the opcode is not one.</summary>
    internal static long? Evaluate(BinaryOpcode op, long l, long r, int width)
    {
        ulong a = (ulong)Truncate(l, width), b = (ulong)Truncate(r, width);
        long sa = SignExtend(l, width), sb = SignExtend(r, width);
        long? result = op switch
        {
            BinaryOpcode.Add => (long)(a + b),
            BinaryOpcode.Sub => (long)(a - b),
            BinaryOpcode.Mul => (long)(a * b),
            BinaryOpcode.Udiv => b == 0 ? null : (long)(a / b),
            BinaryOpcode.Sdiv => sb == 0 || (sa == long.MinValue && sb == -1) ? null : sa / sb,
            BinaryOpcode.Urem => b == 0 ? null : (long)(a % b),
            BinaryOpcode.Srem => sb == 0 || (sa == long.MinValue && sb == -1) ? null : sa % sb,
            BinaryOpcode.Shl => b >= (ulong)width ? null : (long)(a << (int)b),
            BinaryOpcode.Lshr => b >= (ulong)width ? null : (long)(a >> (int)b),
            BinaryOpcode.Ashr => b >= (ulong)width ? null : sa >> (int)b,
            BinaryOpcode.And => (long)(a & b),
            BinaryOpcode.Or => (long)(a | b),
            BinaryOpcode.Xor => (long)(a ^ b),
            _ => null,
        };
        return result is { } v ? Truncate(v, width) : null;
    }

    private void VisitCompare(int i, in IrInstruction inst, ReadOnlySpan<IrValue> ops)
    {
        if (ops.Length < 2 || inst.Predicate is < CmpPredicate.FirstIcmpPredicate or > CmpPredicate.LastIcmpPredicate) { Set(i, Bottom, 0); return; }
        var (ls, l) = Of(ops[0]);
        var (rs, r) = Of(ops[1]);
        if (ls == Top || rs == Top) return;
        int width = Width(inst.Type);
        if (ls != Const || rs != Const)
        {
            // an argument's range against a constant (IPSCCP, see BitcodeModuleSet.ArgumentRanges)
            if (_ranges is not null && (ls == Const || rs == Const) &&
                (ls == Const ? RangeOf(ops[1], width) : RangeOf(ops[0], width)) is { } range &&
                CompareRange(inst.Predicate, range, ls == Const ? l : r, constantOnLeft: ls == Const, width) is { } decided)
                Set(i, Const, decided ? 1 : 0);
            // a value computed from an operand assumed constant within bounds (TestOutcome.Within)
            else if (_within is not null && (ls == Const || rs == Const) && WithinBounds(ls == Const ? ops[1] : ops[0], width) is { } bounds &&
                     CompareRange(inst.Predicate, bounds, ls == Const ? l : r, constantOnLeft: ls == Const, width) is { } holds)
                Set(i, Const, holds ? 1 : 0);
            else Set(i, Bottom, 0);
            return;
        }
        bool result = Compare(inst.Predicate, (ulong)Truncate(l, width), (ulong)Truncate(r, width), SignExtend(l, width), SignExtend(r, width));
        Set(i, Const, result ? 1 : 0);
    }

    /// <summary>An integer comparison of two values, given as unsigned (<paramref name="a"/>, <paramref name="b"/>)
    /// and signed (<paramref name="sa"/>, <paramref name="sb"/>) at the compared width.</summary>
    internal static bool Compare(CmpPredicate predicate, ulong a, ulong b, long sa, long sb) => predicate switch
    {
        CmpPredicate.IcmpEq => a == b, CmpPredicate.IcmpNe => a != b,
        CmpPredicate.IcmpUgt => a > b, CmpPredicate.IcmpUge => a >= b, CmpPredicate.IcmpUlt => a < b, CmpPredicate.IcmpUle => a <= b,
        CmpPredicate.IcmpSgt => sa > sb, CmpPredicate.IcmpSge => sa >= sb, CmpPredicate.IcmpSlt => sa < sb, _ => sa <= sb, // IcmpSle
    };

    /// <summary>The range of <paramref name="v"/> when it is an argument with one, or an integer cast of such a value
    /// that keeps every value of the range (zext and sext of non-negative values; trunc when they fit), compared at
    /// <paramref name="width"/> bits; null otherwise.</summary>
    private BitcodeModuleSet.ArgumentRange? RangeOf(IrValue v, int width)
    {
        for (int depth = 0; depth < 4; depth++)
        {
            if (v.Kind == IrValueKind.Argument)
            {
                if ((uint)v.Index >= (uint)_ranges!.Length || _ranges[v.Index] is not { } r) return null;
                // every value must be non-negative at the compared width too
                return width >= 64 || r.Hi < 1L << (width - 1) ? r : null;
            }
            if (v.Kind != IrValueKind.Instruction || (uint)v.Index >= (uint)_n) return null;
            var inst = _body.Instructions[v.Index];
            if (inst.Op != IrOp.Cast || inst.Count < 1 || inst.CastOp is not (CastOpcode.Zext or CastOpcode.Sext or CastOpcode.Trunc)) return null;
            width = Math.Min(width, Width(inst.Type)); // a trunc keeps the range only when it fits the narrower type
            v = _body.Operands[inst.First];
        }
        return null;
    }

    /// <summary>The bounds <see cref="_within"/> gives <paramref name="v"/>, as a range <see cref="CompareRange"/> reads
    /// (non-negative at the compared width); null otherwise.</summary>
    private BitcodeModuleSet.ArgumentRange? WithinBounds(IrValue v, int width) =>
        _within!.Of(v, width)?.AsRange(width);

    /// <summary>The comparison of every value of <paramref name="range"/> with <paramref name="constant"/> when they
    /// all agree (ValueLatticeElement::getCompare), or null.</summary>
    internal static bool? CompareRange(CmpPredicate predicate, BitcodeModuleSet.ArgumentRange range, long constant, bool constantOnLeft, int width)
    {
        ulong c = (ulong)Truncate(constant, width);
        long sc = SignExtend(constant, width);
        // x is non-negative and below 2^(width-1): the same in both orders
        bool At(long x) => constantOnLeft ? Compare(predicate, c, (ulong)x, sc, x) : Compare(predicate, (ulong)x, c, x, sc);
        if (predicate is CmpPredicate.IcmpEq or CmpPredicate.IcmpNe)
        {
            // equal for one value of the range, or for none
            bool inside = sc >= range.Lo && sc <= range.Hi;
            if (inside && range.Lo != range.Hi) return null;
            return At(inside ? sc : range.Lo);
        }
        // the other predicates are monotone over a range that does not wrap: its ends decide
        bool lo = At(range.Lo), hi = At(range.Hi);
        return lo == hi ? lo : null;
    }

    private void VisitCast(int i, in IrInstruction inst, ReadOnlySpan<IrValue> ops)
    {
        if (ops.Length < 1) { Set(i, Bottom, 0); return; }
        var (s, v) = Of(ops[0]);
        if (s == Top) return;
        if (s != Const || _types.Get((ulong)Math.Max(inst.Type, 0))?.Kind != IrTypeKind.Integer ||
            _types.Get((ulong)Math.Max(inst.Aux, 0))?.Kind != IrTypeKind.Integer) { Set(i, Bottom, 0); return; }
        int to = Width(inst.Type), from = Width(inst.Aux);
        switch (inst.CastOp)
        {
            case CastOpcode.Trunc: Set(i, Const, Truncate(v, to)); return;
            case CastOpcode.Zext: Set(i, Const, Truncate(Truncate(v, from), to)); return;
            case CastOpcode.Sext: Set(i, Const, Truncate(SignExtend(v, from), to)); return;
            default: Set(i, Bottom, 0); return;
        }
    }

    private void VisitCall(int i, ReadOnlySpan<IrValue> ops)
    {
        if (ops.Length < 1 || ops[0].Kind != IrValueKind.Global || (uint)ops[0].Index >= (uint)_callees.Length) { Set(i, Bottom, 0); return; }
        var callee = _callees[ops[0].Index];
        if ((callee & GlobalTraits.IsConstant) != 0 && ops.Length >= 2)
        {
            if (i == _assumedTest) { Set(i, Const, _assumedTestValue); return; }
            var arg = ops[1];
            if (IsConstantValue(arg)) { Set(i, Const, 1); return; }
            var (s, _) = Of(arg);
            if (_lowered is not null && _lowered[i]) { Set(i, Const, 1); return; } // the probe ended with it constant
            if (s == Top) return;
            // Under an assumed outcome, another test's operand may be constant only by the value assumed, which the
            // backend need not have known there: that test may go either way.
            if (s == Const && _assumedTest >= 0) { Set(i, Bottom, 0); return; }
            if (s == Const && _lowered is null)
            {
                // An operand folding finds constant may still turn out not to be (a phi that a later edge joins): the
                // probe leaves the test opaque, and Lower decides it once nothing else changes.
                _probed = true;
                Set(i, Bottom, 0);
                return;
            }
            // the second run: a constant operand the probe did not end with is one SCCP did not give (false)
            if (_stable(arg)) Set(i, Const, 0);
            else Set(i, Bottom, 0);
            return;
        }
        if ((callee & GlobalTraits.ObjectSize) != 0 && ops.Length >= 3)
        {
            // llvm.objectsize(ptr, i1 min, i1 nullunknown [, i1 dynamic]): of an argument given the start of an object of
            // known size in this context, that size (as min or max; LowerConstantIntrinsics folds it, dynamic or not)
            var underlying = BitcodeModuleSet.AddressRoot(_body, ops[1], MaxUnderlyingSteps);
            if (_objectSizes is { } sized && underlying is { Kind: IrValueKind.Argument } root && (uint)root.Index < (uint)sized.Length &&
                sized[root.Index] == SizedObject) { Set(i, Bottom, 0); return; }
            if (_objectSizes is { } sizes && ObjectStart(_body, ops[1]) is { Kind: IrValueKind.Argument } pointer && (uint)pointer.Index < (uint)sizes.Length &&
                sizes[pointer.Index] is { } size && ops[2].Kind is IrValueKind.Int or IrValueKind.Null)
            {
                // (no object known: what LowerConstantIntrinsics gives, 0 as min, all ones as max)
                if (size == UnknownObject) size = ops[2].Int != 0 ? 0 : -1;
                Set(i, Const, Truncate(size, Width(_body.Instructions[i].Type)));
                return;
            }
            // of what an allocsize function returned (through casts and element pointers): its size may become known once
            // the function is inlined where the size it was given is (the pre-link optimiser folded the literal ones)
            if (underlying is { Kind: IrValueKind.Instruction } call && (CalleeTraits(_body.Instructions[call.Index]) & GlobalTraits.AllocSize) != 0)
            {
                Set(i, Bottom, 0);
                return;
            }
            // a dynamic request may be lowered to code
            bool dynamic = ops.Length >= 5 && !(ops[4].Kind is IrValueKind.Int or IrValueKind.Null && ops[4].Int == 0);
            if (dynamic || ops[2].Kind is not (IrValueKind.Int or IrValueKind.Null) || !_stable(ops[1])) { Set(i, Bottom, 0); return; }
            bool min = ops[2].Int != 0;
            int width = Width(_body.Instructions[i].Type);
            Set(i, Const, min ? 0 : Truncate(-1, width));
            return;
        }
        Set(i, Bottom, 0);
    }

    // how many casts and element pointers an object size's operand is followed back through to what it points into
    private const int MaxUnderlyingSteps = 7;

    /// <summary><paramref name="pointer"/> through casts and element pointers whose indices are all 0: the value whose
    /// address it is, at the same byte.</summary>
    internal static IrValue ObjectStart(IrBody body, IrValue pointer)
    {
        for (int depth = 0; depth < 8 && pointer.Kind == IrValueKind.Instruction && (uint)pointer.Index < (uint)body.Instructions.Length; depth++)
        {
            var inst = body.Instructions[pointer.Index];
            if (inst.Count == 0) break;
            bool same = inst.Op switch
            {
                IrOp.Cast => inst.CastOp is CastOpcode.Bitcast or CastOpcode.Addrspacecast,
                IrOp.Gep => AllZero(body, inst),
                _ => false,
            };
            if (!same) break;
            pointer = body.Operands[inst.First];
        }
        return pointer;
    }

    private static bool AllZero(IrBody body, in IrInstruction gep)
    {
        for (int k = 1; k < gep.Count; k++)
            if (body.Operands[gep.First + k] is not ({ Kind: IrValueKind.Int, Int: 0 } or { Kind: IrValueKind.Null })) return false;
        return true;
    }
}

/// <summary>
/// One outcome of an <c>llvm.is.constant</c> call <see cref="ConstantFolding.Fold"/> may assume, to fold only the
/// executions in which the call has it: <paramref name="Holds"/> false, or true with its operand (an instruction or
/// an argument) equal to <paramref name="Value"/> (truncated to the operand's width), or, with
/// <paramref name="Within"/>, a constant within the bounds it gives (a compare of a value computed from the operand
/// alone is then decided when its bounds decide it). Sound for an execution that reaches the call at most once and
/// defines the operand once (neither in a cycle; see <see cref="PossibleConstants"/>, <see cref="ValueBounds"/>).
/// </summary>
internal readonly record struct TestOutcome(int Test, bool Holds, IrValue Operand, long Value, ValueBounds? Within = null);

/// <summary>The outcome of <see cref="ConstantFolding.Fold"/>: what code generation keeps of one function, and
/// the users of each of its instructions (which folding needed, and stack protection reads again).</summary>
/// <remarks>
/// Ownership: every span points into the <see cref="AnalysisScratch"/> the fold was given, sliced to the function
/// (one entry per block, instruction, operand slot). The scratch owns the memory; the view is valid until the next
/// fold with the same scratch overwrites it. Being a <c>ref struct</c>, it cannot be stored in a field, captured or
/// kept across an <c>await</c>: whoever needs the facts beyond the next fold copies them. <c>default</c> is the
/// view of a function that was not folded (<see cref="Folded"/> false): everything stays, and it has no rows.
/// </remarks>
internal readonly ref struct FoldView
{
    /// <summary>Per block: execution can reach it.</summary>
    public readonly ReadOnlySpan<bool> LiveBlocks;
    /// <summary>Per instruction: code generation keeps it.</summary>
    public readonly ReadOnlySpan<bool> LiveInstructions;
    /// <summary>Per operand slot (<see cref="IrBody.Operands"/>): a kept instruction still reads it.</summary>
    public readonly ReadOnlySpan<bool> UsedOperands;
    /// <summary>The users of instruction i are <c>Users[UserStart[i]..UserStart[i + 1]]</c> (<see cref="IrUsers"/>).</summary>
    public readonly ReadOnlySpan<int> UserStart, Users;
    /// <summary>True when this is a fold's result; false for <c>default</c> (nothing folded, every instruction stays).</summary>
    public readonly bool Folded;
    // per instruction: the lattice state (ConstantFolding.Top, Const, Bottom) and the constant
    private readonly ReadOnlySpan<byte> _state;
    private readonly ReadOnlySpan<long> _value;

    /// <summary>The calls of <c>llvm.is.constant</c> and <c>llvm.objectsize</c> in live blocks whose value the fold did
    /// not decide, in order (empty for a view joined from several folds).</summary>
    public readonly ReadOnlySpan<int> UndecidedTests;

    public FoldView(ReadOnlySpan<bool> liveBlocks, ReadOnlySpan<bool> liveInstructions, ReadOnlySpan<bool> usedOperands,
        ReadOnlySpan<int> userStart, ReadOnlySpan<int> users, ReadOnlySpan<byte> state, ReadOnlySpan<long> value,
        ReadOnlySpan<int> undecidedTests = default)
    {
        UndecidedTests = undecidedTests;
        _state = state;
        _value = value;
        LiveBlocks = liveBlocks;
        LiveInstructions = liveInstructions;
        UsedOperands = usedOperands;
        UserStart = userStart;
        Users = users;
        Folded = true;
    }

    /// <summary>True when code generation keeps instruction <paramref name="index"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Keeps(int index) => !Folded || LiveInstructions[index];

    /// <summary>True when a kept instruction still reads operand slot <paramref name="slot"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Reads(int slot) => !Folded || UsedOperands[slot];

    /// <summary>True when folding found that instruction <paramref name="index"/> always has the integer
    /// <paramref name="value"/> (truncated to its width, not sign-extended); false out of range, for an instruction
    /// in a block execution never reaches, and when nothing was folded.</summary>
    public bool IsConstant(int index, out long value)
    {
        bool known = (uint)index < (uint)_state.Length && _state[index] == ConstantFolding.Const;
        value = known ? _value[index] : 0;
        return known;
    }
}

/// <summary>Intrinsics with no side effect, whose calls dead code elimination removes when nothing uses their
/// result (llvm/include/llvm/IR/Intrinsics.td: IntrNoMem and speculatable/willreturn). A name not listed is kept.</summary>
internal static class PureIntrinsics
{
    private static readonly string[] Prefixes =
    [
        "llvm.is.constant.", "llvm.objectsize.", "llvm.ctpop.", "llvm.ctlz.", "llvm.cttz.", "llvm.bswap.", "llvm.bitreverse.",
        "llvm.fshl.", "llvm.fshr.", "llvm.abs.", "llvm.smax.", "llvm.smin.", "llvm.umax.", "llvm.umin.",
        "llvm.sadd.with.overflow.", "llvm.uadd.with.overflow.", "llvm.ssub.with.overflow.", "llvm.usub.with.overflow.",
        "llvm.smul.with.overflow.", "llvm.umul.with.overflow.", "llvm.sadd.sat.", "llvm.uadd.sat.", "llvm.ssub.sat.", "llvm.usub.sat.",
        "llvm.expect.", "llvm.ptrmask.", "llvm.threadlocal.address.",
    ];

    private static readonly IntrinsicPrefixes Table = new(Prefixes);

    public static bool IsPure(string name) => Table.Matches(name);
}

/// <summary>A set of intrinsic name prefixes (each <c>llvm.</c> and more), matched by the character after <c>llvm.</c>
/// first: the trait tables ask it of every intrinsic of every module.</summary>
internal sealed class IntrinsicPrefixes
{
    private const string Llvm = "llvm.";
    // per character after "llvm.": the prefixes that have it there
    private readonly Dictionary<char, string[]> _byFirst;

    public IntrinsicPrefixes(IEnumerable<string> prefixes) =>
        _byFirst = prefixes.GroupBy(p => p[Llvm.Length]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>True when <paramref name="name"/> starts with one of the prefixes.</summary>
    public bool Matches(string name)
    {
        if (name.Length <= Llvm.Length || !name.StartsWith(Llvm, StringComparison.Ordinal) ||
            !_byFirst.TryGetValue(name[Llvm.Length], out var candidates)) return false;
        foreach (var p in candidates)
            if (name.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }
}

/// <summary>The users of each instruction's result in a body, as compressed rows: the users of instruction i are
/// <c>Users[Start[i]..Start[i + 1]]</c>, in instruction order. Part of an <see cref="AnalysisScratch"/>: the arrays
/// are reused from one body to the next (and may be longer than the body needs), so the rows hold for the body
/// last built until the next <see cref="Build"/>.</summary>
internal sealed class IrUsers
{
    public int[] Start = [], Users = [];
    private int[] _fill = [];
    // the body the rows are of: a function folded again (once per calling context) keeps them
    private IrBody? _of;

    /// <summary>Builds the rows for <paramref name="body"/> (nothing to do when they are of it already).</summary>
    public void Build(IrBody body)
    {
        if (ReferenceEquals(_of, body)) return;
        _of = null;
        var instructions = body.Instructions;
        var operands = body.Operands;
        int n = instructions.Length;
        var start = AnalysisScratch.Cleared(ref Start, n + 1);
        foreach (var inst in instructions)
            for (int k = 0; k < inst.Count; k++)
                if (operands[inst.First + k] is { Kind: IrValueKind.Instruction } v && (uint)v.Index < (uint)n) start[v.Index + 1]++;
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        var users = AnalysisScratch.Sized(ref Users, start[n]);
        var fill = AnalysisScratch.Sized(ref _fill, n);
        start.AsSpan(0, n).CopyTo(fill);
        for (int j = 0; j < n; j++)
        {
            var inst = instructions[j];
            for (int k = 0; k < inst.Count; k++)
                if (operands[inst.First + k] is { Kind: IrValueKind.Instruction } v && (uint)v.Index < (uint)n) users[fill[v.Index]++] = j;
        }
        _of = body;
    }
}

/// <summary>A set of CFG edges (from, to), open addressing over a reused array.</summary>
internal sealed class EdgeSet
{
    private long[] _slots = [];
    private int _mask, _count;

    /// <summary>Empties the set, sized for about <paramref name="blocks"/> blocks' edges.</summary>
    public void Reset(int blocks)
    {
        int capacity = 16;
        while (capacity < 4 * (long)blocks && capacity < 1 << 30) capacity <<= 1;
        if (_slots.Length < capacity) _slots = new long[capacity];
        _slots.AsSpan(0, capacity).Fill(-1);
        _mask = capacity - 1;
        _count = 0;
    }

    private static int Hash(long key) => Caching.TableHash.Fold(Caching.TableHash.Mix(0, (ulong)key));

    /// <summary>True when the edge was not yet in the set.</summary>
    public bool Add(int from, int to)
    {
        long key = ((long)from << 32) | (uint)to;
        int i = Hash(key) & _mask;
        while (true)
        {
            long k = _slots[i];
            if (k == key) return false;
            if (k == -1) break;
            i = (i + 1) & _mask;
        }
        _slots[i] = key;
        if (++_count * 2 > _mask + 1) Grow();
        return true;
    }

    public bool Contains(int from, int to)
    {
        long key = ((long)from << 32) | (uint)to;
        if (key == -1) return false;
        int i = Hash(key) & _mask;
        while (true)
        {
            long k = _slots[i];
            if (k == key) return true;
            if (k == -1) return false;
            i = (i + 1) & _mask;
        }
    }

    private void Grow()
    {
        int capacity = (_mask + 1) * 2;
        var old = _slots.AsSpan(0, _mask + 1).ToArray();
        if (_slots.Length < capacity) _slots = new long[capacity];
        _slots.AsSpan(0, capacity).Fill(-1);
        _mask = capacity - 1;
        foreach (long key in old)
        {
            if (key == -1) continue;
            int i = Hash(key) & _mask;
            while (_slots[i] != -1) i = (i + 1) & _mask;
            _slots[i] = key;
        }
    }
}
