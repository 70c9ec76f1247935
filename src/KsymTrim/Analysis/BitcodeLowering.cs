using KsymTrim.Bitcode.Module;
using KsymTrim.InlineAsm;

namespace KsymTrim.Analysis;

/// <summary>
/// Translates the bitcode model into the questions the lowering model and the inline asm scanner answer:
/// which calls an instruction, an intrinsic or a function's attributes make code generation add.
/// </summary>
internal sealed class BitcodeLowering(BitcodeModule module)
{
    /// <summary>Per-function state: its attributes and what they imply.</summary>
    internal sealed class FunctionLowering(IrFunction function, Dictionary<string, string?> attributes)
    {
        public IrFunction Function { get; } = function;
        public Dictionary<string, string?> Attributes { get; } = attributes;
        public bool Has(string name) => Attributes.ContainsKey(name);
        public string? Value(string name) => Attributes.TryGetValue(name, out var v) ? v : null;
    }

    public FunctionLowering ForFunction(IrFunction f)
    {
        var attrs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var a in f.Attributes.FunctionAttributes) attrs[a.Name] = a.Value;
        return new FunctionLowering(f, attrs);
    }

    /// <summary>True when code generation removes this call: a call to a function with <c>dontcall-error</c>
    /// (a surviving call fails the build), or a library call that is expanded inline.</summary>
    public bool CallDisappears(FunctionLowering fl, CallSite call, int calleeGlobal)
    {
        if ((uint)calleeGlobal >= (uint)module.GlobalValues.Count) return false;
        var callee = module.GlobalValues[calleeGlobal];
        if (callee.IsDeclarationForLinker && callee.Attributes.Function("dontcall-error") is not null) return true;
        return false;
    }

    public void Instruction(FunctionLowering fl, string fn, IrBody body, in IrInstruction inst, Action<string, ReferenceSource, string> add)
    {
    }

    public void Intrinsic(FunctionLowering fl, string fn, string name, CallSite call, Action<string, ReferenceSource, string> add)
    {
        foreach (var m in (ReadOnlySpan<string>)["memcpy", "memset", "memmove"])
            if (name.StartsWith("llvm." + m + ".", StringComparison.Ordinal) && !name.StartsWith("llvm." + m + ".inline", StringComparison.Ordinal))
                add(m, ReferenceSource.Intrinsic, fn + ": " + name);
    }

    public void FunctionCalls(FunctionLowering fl, string fn, CodegenFacts facts, Action<string, ReferenceSource, string> add)
    {
        if (fl.Value("fentry-call") == "true") add("__fentry__", ReferenceSource.Attribute, fn + ": \"fentry-call\"=\"true\"");
        if (facts.NeedsStackProtector) add("__stack_chk_fail", ReferenceSource.Attribute, fn + ": ssp");
        if (facts.HasIndirectCalls && (fl.Value("target-features") ?? "").Contains("+retpoline-external-thunk", StringComparison.Ordinal))
            add("__x86_indirect_thunk_r11", ReferenceSource.Attribute, fn + ": retpoline");
        if (facts.HasReturns && fl.Has("fn_ret_thunk_extern")) add("__x86_return_thunk", ReferenceSource.Attribute, fn + ": fn_ret_thunk_extern");
    }

    public IEnumerable<(string Symbol, string Snippet)> AsmReferences(CallSite call, AsmDialect dialect)
    {
        foreach (var s in AsmText.Symbols(call.Asm!.Asm, dialect)) yield return (s, call.Asm.Asm);
    }
}
