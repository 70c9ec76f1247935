namespace KsymTrim.Analysis.Lowering;

/// <summary>A function's stack-protector level (<c>ssp</c>, <c>sspstrong</c>, <c>sspreq</c> attributes).</summary>
internal enum StackProtectorLevel
{
    /// <summary>None (or <c>nossp</c>).</summary>
    None,
    /// <summary><c>ssp</c>: character arrays of at least the buffer size, and variable-size allocas.</summary>
    Ssp,
    /// <summary><c>sspstrong</c>: any array, any address-taken local.</summary>
    Strong,
    /// <summary><c>sspreq</c>: always.</summary>
    Req,
}

/// <summary>
/// The function attributes that change lowering: target-cpu and target-features (with the CPU's implied
/// defaults where they are cheap and known), optsize/minsize, soft float, noimplicitfloat, no-builtins, the
/// stack-protector level, ftrace and instrumentation attributes, return thunks. Built once per function
/// (or per distinct attribute set: it is immutable, thread-safe and can be cached by attribute-group id);
/// every query after that is a field read or one small dictionary lookup.
/// </summary>
internal sealed partial class FunctionTraits
{
    private readonly Dictionary<string, bool> _features;
    private readonly HashSet<string>? _noBuiltin;

    private FunctionTraits(CodegenTarget target, Dictionary<string, bool> features, HashSet<string>? noBuiltin)
    {
        Target = target;
        _features = features;
        _noBuiltin = noBuiltin;
    }

    /// <summary>The target the traits were computed for.</summary>
    public CodegenTarget Target { get; }

    /// <summary>The <c>"target-cpu"</c> attribute, or "" when absent.</summary>
    public string Cpu { get; private set; } = "";

    /// <summary>The raw <c>"target-features"</c> attribute, or "".</summary>
    public string FeatureString { get; private set; } = "";

    /// <summary><c>optsize</c> or <c>minsize</c>.</summary>
    public bool OptSize { get; private set; }

    /// <summary><c>minsize</c>.</summary>
    public bool MinSize { get; private set; }

    /// <summary><c>noimplicitfloat</c>: no FP/vector registers for memcpy/memset and the like.</summary>
    public bool NoImplicitFloat { get; private set; }

    /// <summary><c>"use-soft-float"="true"</c>.</summary>
    public bool UseSoftFloatAttribute { get; private set; }

    /// <summary><c>"no-builtins"</c>: the backend recognises no library function (memcmp, bcmp, mempcpy...).</summary>
    public bool NoBuiltins { get; private set; }

    /// <summary>The stack-protector level.</summary>
    public StackProtectorLevel StackProtector { get; private set; }

    /// <summary><c>"stack-protector-buffer-size"</c> (default 8).</summary>
    public long StackProtectorBufferSize { get; private set; } = 8;

    /// <summary><c>"fentry-call"="true"</c>.</summary>
    public bool FentryCall { get; private set; }

    /// <summary><c>"mnop-mcount"</c>: the fentry call is a NOP.</summary>
    public bool NopMcount { get; private set; }

    /// <summary><c>"mrecord-mcount"</c> (adds a <c>__mcount_loc</c> section, no symbol).</summary>
    public bool RecordMcount { get; private set; }

    /// <summary>The value of <c>"instrument-function-entry-inlined"</c> without a leading <c>\x01</c>, or null.</summary>
    public string? EntryInlinedFunction { get; private set; }

    /// <summary>The value of <c>"instrument-function-entry"</c> without a leading <c>\x01</c>, or null.</summary>
    public string? EntryFunction { get; private set; }

    /// <summary>The value of <c>"instrument-function-exit"</c> or <c>"instrument-function-exit-inlined"</c>, or null.</summary>
    public string? ExitFunction { get; private set; }

    /// <summary><c>fn_ret_thunk_extern</c>.</summary>
    public bool FnRetThunkExtern { get; private set; }

    /// <summary><c>naked</c>.</summary>
    public bool Naked { get; private set; }

    /// <summary><c>uwtable</c> (any kind).</summary>
    public bool UwTable { get; private set; }

    /// <summary><c>nounwind</c>.</summary>
    public bool NoUnwind { get; private set; }

    /// <summary><c>"split-stack"</c>.</summary>
    public bool SplitStack { get; private set; }

    /// <summary><c>"probe-stack"</c> naming a function (not <c>"inline-asm"</c>), or null.</summary>
    public string? ProbeStackFunction { get; private set; }

    /// <summary><c>safestack</c>.</summary>
    public bool SafeStack { get; private set; }

    /// <summary>XRay instruments the entry: <c>"function-instrument"="xray-always"</c>, or
    /// <c>"xray-instruction-threshold"</c> without <c>"xray-never"</c> (the threshold is not checked), and no
    /// <c>"xray-skip-entry"</c> (CodeGen/XRayInstrumentation.cpp runOnMachineFunction).</summary>
    public bool XRayEntry { get; private set; }

    /// <summary>XRay instruments the returns: as <see cref="XRayEntry"/>, with <c>"xray-skip-exit"</c> instead.</summary>
    public bool XRayExit { get; private set; }

    /// <summary>True when <paramref name="feature"/> (without +/-) is enabled: the explicit
    /// <c>"target-features"</c> entry if any (the last one wins, as in LLVM), else on when an explicitly enabled
    /// feature implies it (<see cref="CpuDefaults.ImpliedBy"/>: "+d" implies "f"), else the default that the
    /// target-cpu (or the triple) implies in the model's small table, else false. An explicit "-f" wins over an
    /// implying "+d" whatever their order (LLVM applies them in order: the model's answer has less hardware, so
    /// more calls).</summary>
    public bool HasFeature(string feature)
    {
        if (_features.TryGetValue(feature, out bool on)) return on;
        foreach (var implying in CpuDefaults.ImpliedBy(Target, feature))
            if (_features.TryGetValue(implying, out bool set) && set) return true;
        return CpuDefaults.Implies(Target, Cpu, feature);
    }

    /// <summary>True when <paramref name="feature"/> is named in <c>"target-features"</c> (either sign).</summary>
    public bool HasExplicitFeature(string feature) => _features.ContainsKey(feature);

    /// <summary>True when the backend may not treat a call to <paramref name="function"/> as the library function:
    /// <c>"no-builtins"</c> or <c>"no-builtin-&lt;name&gt;"</c>.</summary>
    public bool IsNoBuiltin(string function) => NoBuiltins || (_noBuiltin is not null && _noBuiltin.Contains(function));

    /// <summary>Traits for no attributes at all.</summary>
    public static FunctionTraits Default(CodegenTarget target) => From(target, []);

    /// <summary>Reads the function attributes: enum attributes as (name, null), e.g. ("optsize", null); string
    /// attributes as (key, value), e.g. ("target-features", "+cx8,-sse"); integer attributes may come either way.
    /// Unknown attributes are ignored.</summary>
    public static FunctionTraits From(CodegenTarget target, IEnumerable<KeyValuePair<string, string?>> functionAttributes)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(functionAttributes);
        var features = new Dictionary<string, bool>(StringComparer.Ordinal);
        HashSet<string>? noBuiltin = null;
        var t = new FunctionTraits(target, features, null);
        string? cpu = null, featureText = null;
        bool ssp = false, strong = false, req = false, nossp = false;
        bool xrayAlways = false, xrayNever = false, xrayThreshold = false, xraySkipEntry = false, xraySkipExit = false;
        foreach (var (key, value) in functionAttributes)
        {
            switch (key)
            {
                case "target-cpu": cpu = value; break;
                case "target-features": featureText = value; break;
                case "optsize": t.OptSize = true; break;
                case "minsize": t.MinSize = true; t.OptSize = true; break;
                case "noimplicitfloat": t.NoImplicitFloat = true; break;
                case "use-soft-float": t.UseSoftFloatAttribute = value == "true"; break;
                case "no-builtins": t.NoBuiltins = true; break;
                case "ssp": ssp = true; break;
                case "sspstrong": strong = true; break;
                case "sspreq": req = true; break;
                case "nossp": nossp = true; break;
                case "stack-protector-buffer-size":
                    if (long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long size))
                        t.StackProtectorBufferSize = size;
                    break;
                case "fentry-call": t.FentryCall = value == "true"; break;
                case "mnop-mcount": t.NopMcount = value is null or "true" or ""; break;
                case "mrecord-mcount": t.RecordMcount = true; break;
                case "instrument-function-entry-inlined":
                    // ARM -pg (clang 13+): the intrinsic llvm.arm.gnu.eabi.mcount is selected to "bl __gnu_mcount_nc"
                    // (ARMInstrInfo.td / ARMExpandPseudoInsts.cpp); other values are the callee's name.
                    t.EntryInlinedFunction = value == "llvm.arm.gnu.eabi.mcount" ? "__gnu_mcount_nc" : StripMangleEscape(value);
                    break;
                case "instrument-function-entry": t.EntryFunction = StripMangleEscape(value); break;
                case "instrument-function-exit" or "instrument-function-exit-inlined": t.ExitFunction = StripMangleEscape(value); break;
                case "fn_ret_thunk_extern": t.FnRetThunkExtern = true; break;
                case "naked": t.Naked = true; break;
                case "uwtable": t.UwTable = value is not "0"; break;
                case "nounwind": t.NoUnwind = true; break;
                case "split-stack": t.SplitStack = true; break;
                case "probe-stack": t.ProbeStackFunction = value is null or "" or "inline-asm" ? null : StripMangleEscape(value); break;
                case "safestack": t.SafeStack = true; break;
                case "function-instrument": xrayAlways = value == "xray-always"; xrayNever = value == "xray-never"; break;
                case "xray-instruction-threshold": xrayThreshold = true; break;
                case "xray-skip-entry": xraySkipEntry = true; break;
                case "xray-skip-exit": xraySkipExit = true; break;
                default:
                    if (key.StartsWith("aarch64_", StringComparison.Ordinal)) t.Sme |= SmeAttribute(key);
                    else if (key.StartsWith("no-builtin-", StringComparison.Ordinal))
                        (noBuiltin ??= new HashSet<string>(StringComparer.Ordinal)).Add(key["no-builtin-".Length..]);
                    break;
            }
        }
        // StackProtector: sspreq > sspstrong > ssp (Attribute.cpp / StackProtector::requiresStackProtector order).
        t.StackProtector = nossp ? StackProtectorLevel.None : req ? StackProtectorLevel.Req
            : strong ? StackProtectorLevel.Strong : ssp ? StackProtectorLevel.Ssp : StackProtectorLevel.None;
        bool xray = xrayAlways || (xrayThreshold && !xrayNever);
        t.XRayEntry = xray && !xraySkipEntry;
        t.XRayExit = xray && !xraySkipExit;
        t.Cpu = cpu ?? "";
        t.FeatureString = featureText ?? "";
        if (featureText is not null)
            foreach (var f in featureText.Split(','))
            {
                var item = f.Trim();
                if (item.Length > 1 && item[0] is '+' or '-') features[item[1..]] = item[0] == '+';
            }
        var result = noBuiltin is null ? t : t.WithNoBuiltin(noBuiltin);
        result.Capabilities = TargetCapabilities.Compute(result);
        return result;
    }

    private FunctionTraits WithNoBuiltin(HashSet<string> noBuiltin)
    {
        var copy = new FunctionTraits(Target, _features, noBuiltin);
        copy.CopyFrom(this);
        return copy;
    }

    private void CopyFrom(FunctionTraits o)
    {
        Cpu = o.Cpu; FeatureString = o.FeatureString; OptSize = o.OptSize; MinSize = o.MinSize;
        NoImplicitFloat = o.NoImplicitFloat; UseSoftFloatAttribute = o.UseSoftFloatAttribute; NoBuiltins = o.NoBuiltins;
        StackProtector = o.StackProtector; StackProtectorBufferSize = o.StackProtectorBufferSize; FentryCall = o.FentryCall;
        NopMcount = o.NopMcount; RecordMcount = o.RecordMcount; EntryInlinedFunction = o.EntryInlinedFunction;
        EntryFunction = o.EntryFunction; ExitFunction = o.ExitFunction; FnRetThunkExtern = o.FnRetThunkExtern; Naked = o.Naked;
        UwTable = o.UwTable; NoUnwind = o.NoUnwind; SplitStack = o.SplitStack; ProbeStackFunction = o.ProbeStackFunction;
        SafeStack = o.SafeStack; XRayEntry = o.XRayEntry; XRayExit = o.XRayExit; Sme = o.Sme;
    }

    /// <summary>The per-target capabilities derived from the features (hardware float per type, divide, atomics
    /// widths...), computed once.</summary>
    internal TargetCapabilities Capabilities { get; private set; } = null!;

    /// <summary>clang writes mangling-suppressed names with a leading \x01 (e.g. "\x01_mcount"): the symbol is
    /// the rest.</summary>
    private static string? StripMangleEscape(string? name) =>
        name is { Length: > 0 } && name[0] == '\u0001' ? name[1..] : name;
}
