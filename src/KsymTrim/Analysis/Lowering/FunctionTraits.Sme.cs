namespace KsymTrim.Analysis.Lowering;

/// <summary>A function's AArch64 SME attributes (IR/AArch64SMEAttributes: the streaming mode and ZA state of its
/// interface and body).</summary>
[Flags]
internal enum SmeAttributes
{
    /// <summary>None: a normal (non-streaming, private-ZA) function.</summary>
    None = 0,
    /// <summary><c>aarch64_pstate_sm_enabled</c>: streaming interface.</summary>
    StreamingEnabled = 1,
    /// <summary><c>aarch64_pstate_sm_compatible</c>: runs in either mode.</summary>
    StreamingCompatible = 2,
    /// <summary><c>aarch64_pstate_sm_body</c>: a locally streaming body.</summary>
    StreamingBody = 4,
    /// <summary><c>aarch64_inout_za</c>, <c>aarch64_in_za</c>, <c>aarch64_out_za</c>, <c>aarch64_preserves_za</c> (LLVM 18
    /// <c>aarch64_pstate_za_shared</c>): ZA shared with the caller.</summary>
    SharedZa = 8,
    /// <summary><c>aarch64_new_za</c> (LLVM 18 <c>aarch64_pstate_za_new</c>): the function creates its own ZA state.</summary>
    NewZa = 16,
    /// <summary><c>aarch64_za_state_agnostic</c> (LLVM 20).</summary>
    AgnosticZa = 32,
    /// <summary>Any streaming mode.</summary>
    Streaming = StreamingEnabled | StreamingCompatible | StreamingBody,
}

internal sealed partial class FunctionTraits
{
    /// <summary>The SME attributes (AArch64).</summary>
    public SmeAttributes Sme { get; private set; }

    /// <summary>The SME flag a function attribute sets, or none.</summary>
    private static SmeAttributes SmeAttribute(string key) => key switch
    {
        "aarch64_pstate_sm_enabled" => SmeAttributes.StreamingEnabled,
        "aarch64_pstate_sm_compatible" => SmeAttributes.StreamingCompatible,
        "aarch64_pstate_sm_body" => SmeAttributes.StreamingBody,
        "aarch64_inout_za" or "aarch64_in_za" or "aarch64_out_za" or "aarch64_preserves_za" or "aarch64_pstate_za_shared" => SmeAttributes.SharedZa,
        "aarch64_new_za" or "aarch64_pstate_za_new" => SmeAttributes.NewZa,
        "aarch64_za_state_agnostic" => SmeAttributes.AgnosticZa,
        _ => SmeAttributes.None,
    };
}
