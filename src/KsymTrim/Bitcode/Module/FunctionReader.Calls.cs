using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KsymTrim.Bitcode.Bitstream;

namespace KsymTrim.Bitcode.Module;

// FunctionReader: calls, invokes and callbrs: the callee, arguments, attributes and bundles.
internal sealed partial class FunctionReader
{
    private string? Call(CallKind kind, ReadOnlySpan<ulong> ops)
    {
        // CALL:   [paramattrs, cc, fmf?, fnty?, callee(vt), args...]
        // INVOKE: [paramattrs, cc, normal bb, unwind bb, fnty?, callee(vt), args...]
        // CALLBR: [paramattrs, cc, default bb, #indirect, indirect bbs..., fnty?, callee(vt), args...]
        int i = 0;
        int first = _raw.Count;
        int attrIndex = Op(ops, i++);
        ulong cc = i < ops.Length ? ops[i++] : 0;
        bool explicitType;
        uint successors = 0;
        byte fastMath = 0;
        switch (kind)
        {
            case CallKind.Call:
                if ((cc & (1UL << 17)) != 0) fastMath = i < ops.Length ? (byte)ops[i++] : (byte)0; // CALL_FMF: fast-math flags
                explicitType = (cc & (1UL << 15)) != 0;
                break;
            case CallKind.Invoke:
                UseBlock(Op(ops, i));
                UseBlock(Op(ops, i + 1));
                successors = 2;
                i += 2;
                explicitType = (cc & (1UL << 13)) != 0;
                break;
            default:
                UseBlock(Op(ops, i++));
                int indirect = Op(ops, i++);
                if (indirect < 0 || indirect > ops.Length - i) Short();
                for (int k = 0; k < indirect; k++) UseBlock(Op(ops, i + k));
                successors = (uint)indirect + 1;
                i += indirect;
                explicitType = (cc & (1UL << 15)) != 0;
                break;
        }
        int fnty = explicitType ? Op(ops, i++) : -1;
        var (callee, calleeType) = ValueTypePair(ops, ref i);
        if (!explicitType) fnty = _types.Pointee((ulong)Math.Max(calleeType, 0)) ?? -1; // typed pointers: pointer to function
        var fn = _types.Get((ulong)Math.Max(fnty, 0));
        if (fnty < 0 || fn is null || fn.Kind != IrTypeKind.Function)
            return $"call with no function type (type {fnty})";
        Use(callee);

        var args = _args;
        args.Clear();
        for (int p = 0; p < fn.ParameterCount; p++)
        {
            int paramType = fn.Contained[p + 1];
            var paramKind = _types.Get((ulong)paramType)?.Kind;
            if (paramKind == IrTypeKind.Label) { UseBlock(Op(ops, i++)); args.Add(new Operand(OperandKind.Other, 0, -1, paramType)); continue; }
            if (paramKind == IrTypeKind.Metadata)
            {
                // A metadata argument (llvm.dbg.*) names a metadata id, not a value.
                i++;
                _raw.Add(default);
                args.Add(new Operand(OperandKind.Other, 0, -1, paramType));
                continue;
            }
            int arg = Value(ops, ref i);
            Use(arg);
            args.Add(Describe(arg, paramType));
        }
        if (fn.IsVarArg)
            while (i < ops.Length)
            {
                var (id, type) = ValueTypePair(ops, ref i);
                Use(id);
                args.Add(Describe(id, type));
            }

        var (calleeKind, calleeGlobal, asm) = ResolveCallee(callee);
        var attrs = attrIndex > 0 && attrIndex <= _attributes.Count ? _attributes[attrIndex - 1] : AttributeList.Empty;
        CallSite site;
        if (_pendingBundles.Count == 0)
        {
            var cache = _context.CallSites;
            cache.StartModule(_values);
            site = cache.Get(kind, calleeKind, calleeGlobal, asm, CollectionsMarshal.AsSpan(args), attrIndex, attrs, fnty, fastMath);
        }
        else
        {
            site = new CallSite(kind, calleeKind, calleeGlobal, asm, args.ToArray(), attrs, _pendingBundles.ToArray(), fnty, fastMath);
            _pendingBundles.Clear();
        }
        _calls.Add(site);
        EmitWrite(kind switch { CallKind.Invoke => IrOp.Invoke, CallKind.CallBr => IrOp.CallBr, _ => IrOp.Call }, first, successors,
            fn.ReturnType, _calls.Count - 1);
        if (!_types.IsVoid((ulong)fn.ReturnType)) Define(fn.ReturnType);
        return null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (CalleeKind, int, InlineAsm?) ResolveCallee(int id)
    {
        if ((uint)id >= (uint)_values.Count) return (CalleeKind.Indirect, -1, null); // forward reference: an instruction
        var slot = _values[id];
        if (slot.Kind == ValueKind.InlineAsm) return (CalleeKind.InlineAsm, -1, _asm[slot.Index]);
        int global = ResolveGlobal(id, 0);
        return global >= 0 ? (CalleeKind.Global, global, null) : (CalleeKind.Indirect, -1, null);
    }

    /// <summary>The global value a constant (expression) stands for: itself, or the base of a cast or GEP.</summary>
    internal int ResolveGlobal(int id, int depth)
    {
        if ((uint)id >= (uint)_values.Count || depth > 16) return -1;
        var slot = _values[id];
        switch (slot.Kind)
        {
            case ValueKind.Global:
                return slot.Index;
            case ValueKind.Constant:
                var c = _constants[slot.Index];
                return c.AddressesFirstOperand && c.Count > 0 ? ResolveGlobal(_constants.Operands(c)[0], depth + 1) : -1;
            default:
                return -1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Operand Describe(int id, int type)
    {
        if ((uint)id >= (uint)_values.Count) return new Operand(OperandKind.Other, 0, -1, type);
        var slot = _values[id];
        if (slot.Kind == ValueKind.Constant)
        {
            var c = _constants[slot.Index];
            if (c.IsInteger) return new Operand(OperandKind.Int, c.Int, -1, type);
            // LLVM writes an integer zero as CST_CODE_NULL (BitcodeWriter.cpp, writeConstants: isNullValue()).
            if (c.IsIntegerNull) return new Operand(OperandKind.Int, 0, -1, type);
            if (c.IsNullLike) return new Operand(OperandKind.Null, 0, -1, type);
            if (c.IsFloat) return new Operand(OperandKind.Float, c.Int, -1, type);
        }
        int global = ResolveGlobal(id, 0);
        return global >= 0 ? new Operand(OperandKind.Global, 0, global, type) : new Operand(OperandKind.Other, 0, -1, type);
    }

    /// <summary>
    /// The call sites of the module being read, by contents: most calls repeat one another (the same callee with
    /// the same constant arguments; llvm.dbg.value with its metadata arguments), and a shared instance costs nothing
    /// per call. Call sites are immutable and hold only ids and shared references, so sharing one is invisible.
    /// Bounded; one per <see cref="BitcodeReadContext"/>. It is keyed to the context's value table, which every module
    /// read in that context reuses, so it is emptied only when full and its entries may serve a later module (equal
    /// contents, so this too is invisible).
    /// </summary>
    internal sealed class CallCache
    {
        private readonly ModuleInternTable<CallSite> _table = new(8192);

        /// <summary>Empties the cache when <paramref name="module"/> (its value list) is not the one it was filled from.</summary>
        public void StartModule(object module) => _table.StartModule(module);

        private static ulong Mix(ulong h, ulong v) => Caching.TableHash.Mix(h, v);

        public CallSite Get(CallKind kind, CalleeKind callee, int calleeGlobal, InlineAsm? asm, ReadOnlySpan<Operand> args,
            int attributeIndex, AttributeList attributes, int functionType, byte fastMath)
        {
            // TableHash over the ids and the operands' bytes (HashCode's generic Add is costly per
            // field here); the attribute list and asm are compared by reference but hashed through the attribute index.
            ulong h = Mix(0, (ulong)(uint)calleeGlobal << 32 | (uint)functionType);
            h = Mix(h, (ulong)kind | (ulong)callee << 4 | (ulong)(uint)attributeIndex << 8 | (ulong)args.Length << 40 | (ulong)fastMath << 56);
            foreach (ulong w in MemoryMarshal.Cast<Operand, ulong>(args)) h = Mix(h, w); // Operand has no padding
            int hash = Caching.TableHash.Fold(h);
            for (int e = _table.First(hash); e != 0; e = _table.Next(e))
            {
                var c = _table[e];
                if (c.Kind == kind && c.Callee == callee && c.CalleeGlobal == calleeGlobal &&
                    c.FunctionType == functionType && c.FastMath == fastMath && ReferenceEquals(c.Attributes, attributes) && ReferenceEquals(c.Asm, asm) &&
                    MemoryMarshal.AsBytes(args).SequenceEqual(MemoryMarshal.AsBytes(((Operand[])c.Arguments).AsSpan()))) // Operand has no padding
                    return c;
            }
            return _table.Add(hash, new CallSite(kind, callee, calleeGlobal, asm, args.ToArray(), attributes, [], functionType, fastMath));
        }
    }
}
