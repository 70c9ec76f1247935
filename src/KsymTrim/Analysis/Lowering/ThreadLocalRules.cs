using KsymTrim.Bitcode.Module;

namespace KsymTrim.Analysis.Lowering;

/// <summary>The TLS access model code generation picks for one <c>thread_local</c> global (TargetLowering's
/// <c>TLSModel</c>), or the emulated form.</summary>
internal enum TlsAccess
{
    /// <summary>General dynamic: a call to the target's TLS resolver.</summary>
    GeneralDynamic,
    /// <summary>Local dynamic: also a call to the resolver (for the module's block).</summary>
    LocalDynamic,
    /// <summary>Initial exec: the offset from the GOT, added to the thread pointer.</summary>
    InitialExec,
    /// <summary>Local exec: a link-time offset from the thread pointer.</summary>
    LocalExec,
    /// <summary>Emulated TLS (<c>__emutls_get_address(&amp;__emutls_v.&lt;name&gt;)</c>).</summary>
    Emulated,
}

/// <summary>What a thread-local rule looks at.</summary>
internal enum TlsCondition
{
    /// <summary>The access is general or local dynamic.</summary>
    Dynamic,
    /// <summary>The access is initial exec.</summary>
    InitialExec,
    /// <summary>The access is initial exec in a PIC (or PIE) module.</summary>
    InitialExecPic,
    /// <summary>The access is initial or local exec and the function has no hardware thread-pointer read.</summary>
    ExecSoftThreadPointer,
    /// <summary>The access is emulated.</summary>
    Emulated,
}

/// <summary>Where a thread-local rule's symbol comes from.</summary>
internal enum TlsSymbol
{
    /// <summary>The row's symbol.</summary>
    Fixed,
    /// <summary><c>__emutls_v.</c> and the variable's name.</summary>
    EmulatedControlVariable,
}

/// <summary>One thread-local rule: on these targets, an access under the condition references the symbol.</summary>
internal readonly record struct TlsRule(Archs Archs, TlsCondition When, TlsSymbol From, string Symbol, string Rule);

/// <summary>The module's relocation model as the bitcode tells it (module flags "PIC Level" and "PIE Level").</summary>
/// <param name="Pic">"PIC Level" or "PIE Level" is set (nonzero): the LTO backend generates PIC (LTOBackend.cpp
/// createTargetMachine takes the relocation model from "PIC Level" when the linker does not set it, as for
/// <c>ld -r</c>); Clang writes "PIC Level" for -fPIC/-fPIE. Without "PIC Level" the target's default applies:
/// PIC for big-endian 64-bit PowerPC (PPCTargetMachine.cpp getEffectiveRelocModel), static elsewhere.</param>
/// <param name="Pie">"PIE Level" is set: TargetMachine::getTLSModel does not treat the module as a shared library.</param>
internal readonly record struct RelocationFacts(bool Pic, bool Pie)
{
    /// <summary>From the module flags by name and the target's default relocation model.</summary>
    public static RelocationFacts From(IReadOnlyDictionary<string, ModuleFlagValue> flags, CodegenTarget target) =>
        new(Positive(flags, "PIC Level") || Positive(flags, "PIE Level")
            || (!flags.ContainsKey("PIC Level") && target.Arch == TargetArch.PowerPC64 && target.IsBigEndian),
            Positive(flags, "PIE Level"));

    private static bool Positive(IReadOnlyDictionary<string, ModuleFlagValue> flags, string name) =>
        flags.TryGetValue(name, out var v) && (v.Int is null || v.Int > 0);
}

/// <summary>
/// The symbols an access to a <c>thread_local</c> global makes code generation reference: the TLS resolver of the
/// general- and local-dynamic models (<c>__tls_get_addr</c>, i386 <c>___tls_get_addr</c>, s390x
/// <c>__tls_get_offset</c>), the GOT base some of them address through (<c>_GLOBAL_OFFSET_TABLE_</c>), ARM's
/// <c>__aeabi_read_tp</c>, and emulated TLS (<c>__emutls_get_address</c>, <c>__emutls_v.&lt;name&gt;</c>). Each row
/// cites the LLVM source; the rows were checked with llc 16, 19 and 22 (tests/KsymTrim.Tests/Lowering/Conformance).
/// </summary>
internal static class ThreadLocalRules
{
    public static readonly TlsRule[] Rules =
    [
        new(Archs.X86_64 | Archs.RiscV | Archs.Ppc | Archs.Arm, TlsCondition.Dynamic, TlsSymbol.Fixed, "__tls_get_addr",
            "general/local-dynamic TLS -> call __tls_get_addr (X86ISelLowering LowerToTLSGeneralDynamicModel64 / X86MCInstLower LowerTlsAddr; RISCVISelLowering getDynamicTLSAddr; PPCISelLowering LowerGlobalTLSAddress GET_TLS_ADDR; ARMISelLowering LowerToTLSGeneralDynamicModel); TLS descriptors (-mtls-dialect=gnu2/desc, an option) would avoid it"),
        new(Archs.I386, TlsCondition.Dynamic, TlsSymbol.Fixed, "___tls_get_addr",
            "general/local-dynamic TLS on i386 -> call ___tls_get_addr, the GNU regparm entry (X86MCInstLower.cpp LowerTlsAddr: \"___tls_get_addr\" for 32-bit)"),
        new(Archs.I386 | Archs.PowerPC, TlsCondition.Dynamic, TlsSymbol.Fixed, "_GLOBAL_OFFSET_TABLE_",
            "general/local-dynamic TLS on i386/ppc32 -> the GOT base is set up (X86ISelLowering GetTLSADDR with the global base register, R_386_GOTPC; PPCISelLowering getGlobalBaseReg / PPC32PICGOT)"),
        new(Archs.S390x, TlsCondition.Dynamic, TlsSymbol.Fixed, "__tls_get_offset",
            "general/local-dynamic TLS on SystemZ -> brasl __tls_get_offset (SystemZISelLowering lowerTLSGetOffset)"),
        new(Archs.S390x, TlsCondition.Dynamic, TlsSymbol.Fixed, "_GLOBAL_OFFSET_TABLE_",
            "general/local-dynamic TLS on SystemZ -> r12 holds the GOT address for __tls_get_offset (SystemZISelLowering lowerTLSGetOffset: GLOBAL_OFFSET_TABLE)"),
        new(Archs.PowerPC, TlsCondition.InitialExec, TlsSymbol.Fixed, "_GLOBAL_OFFSET_TABLE_",
            "initial-exec TLS on ppc32 -> the offset is loaded through the GOT base, static or PIC (PPCISelLowering LowerGlobalTLSAddress: PPCISD::PPC32_GOT)"),
        new(Archs.I386, TlsCondition.InitialExecPic, TlsSymbol.Fixed, "_GLOBAL_OFFSET_TABLE_",
            "initial-exec TLS in PIC i386 code -> @GOTNTPOFF off the GOT base register (X86ISelLowering LowerToTLSExecModel with getGlobalBaseReg)"),
        new(Archs.Arm, TlsCondition.ExecSoftThreadPointer, TlsSymbol.Fixed, "__aeabi_read_tp",
            "initial/local-exec TLS on ARM without a hardware thread-pointer read -> call __aeabi_read_tp (ARMISelLowering LowerToTLSExecModels / ARMISD::THREAD_POINTER; +read-tp-hard or read-tp-tpidr* avoid it)"),
        new(Archs.All, TlsCondition.Emulated, TlsSymbol.Fixed, "__emutls_get_address",
            "emulated TLS -> call __emutls_get_address (TargetLowering::LowerToTLSEmulatedModel; LowerEmuTLS.cpp); the default on Android below API 29 (every Android up to LLVM 16), OpenBSD and OHOS (LLVM 17+): Triple::hasDefaultEmulatedTLS; -emulated-tls is an option"),
        new(Archs.All, TlsCondition.Emulated, TlsSymbol.EmulatedControlVariable, "__emutls_v.",
            "emulated TLS -> the access passes the control variable __emutls_v.<name> (TargetLowering::LowerToTLSEmulatedModel in SelectionDAG/TargetLowering.cpp; LowerEmuTLS.cpp names the control variable __emutls_v.<name>)"),
    ];

    /// <summary>The native access model for a thread-local global (TargetMachine::getTLSModel): in a shared library
    /// (PIC, not PIE) general dynamic, or local dynamic for a dso_local global; otherwise initial exec, or local
    /// exec for a dso_local global; the global's own <c>thread_local(...)</c> mode wins when more specific.</summary>
    public static TlsAccess Model(RelocationFacts reloc, ThreadLocalMode mode, bool dsoLocal)
    {
        bool shared = reloc.Pic && !reloc.Pie;
        var model = shared ? dsoLocal ? TlsAccess.LocalDynamic : TlsAccess.GeneralDynamic
            : dsoLocal ? TlsAccess.LocalExec : TlsAccess.InitialExec;
        var selected = mode switch
        {
            ThreadLocalMode.LocalDynamic => TlsAccess.LocalDynamic,
            ThreadLocalMode.InitialExec => TlsAccess.InitialExec,
            ThreadLocalMode.LocalExec => TlsAccess.LocalExec,
            _ => TlsAccess.GeneralDynamic,
        };
        return selected > model ? selected : model;
    }

    /// <summary>Whether the target emulates TLS by default (Triple::hasDefaultEmulatedTLS; TargetMachine
    /// useEmulatedTLS): Android below API level 29 (every Android up to LLVM 16: ELF TLS from API 29 came with
    /// LLVM 17, D147849), OpenBSD, OHOS (from LLVM 17; llc 16 does not, llc 19 does). Null when it depends on an
    /// unknown LLVM version (or 17/18, between the measured 16 and 19): both forms are predicted.</summary>
    public static bool? UsesEmulatedTls(CodegenTarget target)
    {
        string triple = target.Triple;
        int llvm = target.LlvmMajor;
        if (target.IsAndroid)
            return AndroidApiLevel(triple) < 29 ? true : llvm == 0 ? null : llvm <= 16 ? true : llvm >= 19 ? false : null;
        if (triple.Contains("-openbsd", StringComparison.OrdinalIgnoreCase)) return true;
        if (triple.Contains("-ohos", StringComparison.OrdinalIgnoreCase))
            return llvm == 0 ? null : llvm <= 16 ? false : llvm >= 19 ? true : null;
        return false;
    }

    /// <summary>The API level after "android" or "androideabi" in the triple (0 when none).</summary>
    private static int AndroidApiLevel(string triple)
    {
        int at = triple.IndexOf("android", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return 0;
        int i = at + "android".Length;
        if (string.Compare(triple, i, "eabi", 0, 4, StringComparison.OrdinalIgnoreCase) == 0) i += 4;
        int level = 0;
        for (; i < triple.Length && char.IsAsciiDigit(triple[i]) && level < 10000; i++) level = level * 10 + (triple[i] - '0');
        return level;
    }

    /// <summary>The symbols an access to thread-local <paramref name="name"/> (its mangled name) adds; for a variable
    /// the module defines (<paramref name="defined"/>), its emulated control variable is defined too.</summary>
    public static void Apply(CodegenTarget target, FunctionTraits traits, RelocationFacts reloc, string name,
        ThreadLocalMode mode, bool dsoLocal, bool defined, List<LoweredCall> into)
    {
        var emulated = UsesEmulatedTls(target);
        if (emulated != false) Apply(target, traits, reloc, name, TlsAccess.Emulated, defined, into);
        if (emulated != true) Apply(target, traits, reloc, name, Model(reloc, mode, dsoLocal), defined, into);
    }

    private static void Apply(CodegenTarget target, FunctionTraits traits, RelocationFacts reloc, string name, TlsAccess access,
        bool defined, List<LoweredCall> into)
    {
        var mask = (Archs)(1 << (int)target.Arch);
        foreach (ref readonly var rule in Rules.AsSpan())
        {
            if ((rule.Archs & mask) == 0 || !Holds(rule.When, access, reloc, traits)) continue;
            if (rule.From == TlsSymbol.EmulatedControlVariable)
            {
                if (!defined) into.Add(new(rule.Symbol + name, rule.Rule)); // LowerEmuTLS defines __emutls_v.<name> with <name>
            }
            else into.Add(new(rule.Symbol, rule.Rule));
        }
    }

    private static bool Holds(TlsCondition when, TlsAccess access, RelocationFacts reloc, FunctionTraits traits) => when switch
    {
        TlsCondition.Dynamic => access is TlsAccess.GeneralDynamic or TlsAccess.LocalDynamic,
        TlsCondition.InitialExec => access == TlsAccess.InitialExec,
        TlsCondition.InitialExecPic => access == TlsAccess.InitialExec && reloc.Pic,
        TlsCondition.ExecSoftThreadPointer => (access is TlsAccess.InitialExec or TlsAccess.LocalExec) && !traits.Capabilities.ArmHardThreadPointer,
        TlsCondition.Emulated => access == TlsAccess.Emulated,
        _ => false,
    };
}
