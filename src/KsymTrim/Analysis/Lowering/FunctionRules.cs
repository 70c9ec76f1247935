namespace KsymTrim.Analysis.Lowering;

/// <summary>The targets a rule applies to.</summary>
[Flags]
internal enum Archs
{
    None = 0,
    X86_64 = 1 << TargetArch.X86_64,
    I386 = 1 << TargetArch.I386,
    AArch64 = 1 << TargetArch.AArch64,
    Arm = 1 << TargetArch.Arm,
    RiscV32 = 1 << TargetArch.RiscV32,
    RiscV64 = 1 << TargetArch.RiscV64,
    PowerPC = 1 << TargetArch.PowerPC,
    PowerPC64 = 1 << TargetArch.PowerPC64,
    S390x = 1 << TargetArch.S390x,
    X86 = X86_64 | I386,
    RiscV = RiscV32 | RiscV64,
    Ppc = PowerPC | PowerPC64,
    Bits32 = I386 | Arm | RiscV32 | PowerPC,
    Bits64 = X86_64 | AArch64 | RiscV64 | PowerPC64 | S390x,
    All = Bits32 | Bits64 | 1 << TargetArch.Unknown,
}

/// <summary>What a function-level rule looks at (evaluated by <see cref="FunctionRules.Holds"/>).</summary>
internal enum FnCondition
{
    FentryCall,
    FentryCallNotNop,
    EntryInlined,
    Entry,
    ExitWithReturns,
    StackProtector,
    StackProtectorOpenBsd,
    GuardGlobalDefault,
    GuardGlobalUnlessTls,
    GuardGlobalOffLinux,
    GuardSymbolFlag,
    RetpolineCalls,
    RetpolineBranches,
    ReturnThunk,
    SplitStack,
    HipePrologue,
    SmeSharedZa,
    SmeNewZa,
    SmeAgnosticZa,
    SmeCompatibleCalls,
    I386BFloatX87,
    ShadowStackGc,
    SplitStackDynamicAlloca,
    SplitStackThumb1,
    ProbeStack,
    SafeStack,
    SafeStackAndroid,
    ArmUnwindEntry,
    RiscVSaveRestore,
    ArmSoftThreadPointer,
    TocBase,
    ResumeUnwind,
    ResumeCxaEndCleanup,
    SjLjPersonality,
    SjLjResume,
    PicGotBase,
    PicLargeCodeModel,
    PicSmall,
    XRayEntry,
    XRayExit,
    TocBase64BitFeature,
}

/// <summary>Where a rule's symbol comes from.</summary>
internal enum FnSymbol
{
    Fixed,
    EntryInlinedName,
    EntryName,
    ExitName,
    GuardSymbolFlag,
    ProbeStackName,
    I386ThunkRegisters,
    RiscVSaveRestoreHelpers,
}

/// <summary>One function-level rule: on these targets, when the condition holds, the function references the symbol.</summary>
internal readonly record struct FnRule(Archs Archs, FnCondition When, FnSymbol From, string Symbol, int MinLlvm, int MaxLlvm, string Rule);

/// <summary>
/// Calls a function's attributes and the module's flags imply (ftrace, instrumentation, stack protector and its
/// guard, retpoline and return thunks, split stacks, stack probes, SafeStack, ARM EHABI personality routines,
/// RISC-V save/restore helpers). Each row cites the LLVM source that emits the reference.
/// </summary>
internal static class FunctionRules
{
    public static readonly FnRule[] Rules =
    [
        // ftrace
        new(Archs.X86, FnCondition.FentryCall, FnSymbol.Fixed, "__fentry__", 0, 0,
            "\"fentry-call\"=\"true\" -> call __fentry__ (X86MCInstLower.cpp LowerFENTRY_CALL; x86 ignores \"mnop-mcount\", llc 13-19)"),
        new(Archs.S390x, FnCondition.FentryCallNotNop, FnSymbol.Fixed, "__fentry__", 0, 0,
            "\"fentry-call\"=\"true\" without \"mnop-mcount\" -> brasl __fentry__ (SystemZAsmPrinter.cpp LowerFENTRY_CALL)"),
        new(Archs.All, FnCondition.EntryInlined, FnSymbol.EntryInlinedName, "", 0, 0,
            "\"instrument-function-entry-inlined\" -> call to the named mcount (Transforms/Utils/EntryExitInstrumenter.cpp, post-inline pass in the codegen pipeline)"),
        new(Archs.All, FnCondition.Entry, FnSymbol.EntryName, "", 0, 0,
            "\"instrument-function-entry\" still present -> call to the named function (EntryExitInstrumenter.cpp pre-inline pass; normally already run before the bitcode was written)"),
        new(Archs.All, FnCondition.ExitWithReturns, FnSymbol.ExitName, "", 0, 0,
            "\"instrument-function-exit(-inlined)\" and a return -> call to the named function before each return (EntryExitInstrumenter.cpp)"),

        // stack protector (CodeGen/StackProtector.cpp InsertStackProtectors; TargetLoweringBase::getIRStackGuard/insertSSPDeclarations)
        new(Archs.All, FnCondition.StackProtector, FnSymbol.Fixed, "__stack_chk_fail", 0, 0,
            "protected function -> call __stack_chk_fail on a bad canary (StackProtector.cpp CreateFailBB; RuntimeLibcalls.def STACKPROTECTOR_CHECK_FAIL)"),
        new(Archs.AArch64 | Archs.Arm | Archs.RiscV, FnCondition.GuardGlobalDefault, FnSymbol.Fixed, "__stack_chk_guard", 0, 0,
            "protected function -> the canary is the global __stack_chk_guard unless the module flag \"stack-protector-guard\" is \"sysreg\"/\"tls\" (TargetLoweringBase::insertSSPDeclarations; AArch64ISelLowering getIRStackGuard: TLS slot only on Android/Fuchsia; ARM \"tls\" from LLVM 15, RISC-V \"tls\" from LLVM 19)"),
        new(Archs.X86, FnCondition.GuardGlobalUnlessTls, FnSymbol.Fixed, "__stack_chk_guard", 0, 0,
            "protected function on x86 -> %fs:0x28 / %gs:0x14 on glibc/Fuchsia/Android (X86ISelLowering getIRStackGuard, hasStackGuardSlotTLS), otherwise or with \"stack-protector-guard\"=\"global\" the global __stack_chk_guard"),
        new(Archs.Ppc | Archs.S390x, FnCondition.GuardGlobalOffLinux, FnSymbol.Fixed, "__stack_chk_guard", 0, 0,
            "protected function on PowerPC/SystemZ Linux -> the canary is read from the TCB (PPCISelLowering useLoadStackGuardNode: LOAD_STACK_GUARD on Linux whatever \"stack-protector-guard\" says; SystemZ LOAD_STACK_GUARD via the access registers); a non-Linux OS gives __stack_chk_guard. llc 16, 19 and 22 read the TCB with \"stack-protector-guard\"=\"global\" too (construct fixture ssp.global-ppc64le-clang22: -mstack-protector-guard=global, which clang 22 accepts for ppc64le, gives no __stack_chk_guard)"),
        new(Archs.All, FnCondition.StackProtectorOpenBsd, FnSymbol.Fixed, "__stack_smash_handler", 0, 0,
            "protected function on OpenBSD -> call __stack_smash_handler(name) on a bad canary (StackProtector.cpp CreateFailBB: Trip.isOSOpenBSD(); RuntimeLibcalls.cpp leaves STACKPROTECTOR_CHECK_FAIL unnamed there, so no __stack_chk_fail; llc-22 X86/stack-protector.ll amd64-pc-openbsd)"),
        new(Archs.All, FnCondition.StackProtectorOpenBsd, FnSymbol.Fixed, "__guard_local", 0, 0,
            "protected function on OpenBSD -> the canary is the hidden global __guard_local (TargetLoweringBase::getIRStackGuard: isOSOpenBSD)"),
        new(Archs.All, FnCondition.GuardSymbolFlag, FnSymbol.GuardSymbolFlag, "", 13, 0,
            "protected function and module flag \"stack-protector-guard-symbol\" -> the canary is that global (X86ISelLowering getIRStackGuard, D129346; predicted from LLVM 13 on, when the guard module flags appeared)"),

        // Spectre mitigations (X86)
        new(Archs.X86_64, FnCondition.RetpolineCalls, FnSymbol.Fixed, "__x86_indirect_thunk_r11", 0, 0,
            "indirect call/tail call with +retpoline-indirect-calls and +retpoline-external-thunk -> call __x86_indirect_thunk_r11 (X86ISelLowering EmitLoweredIndirectThunk: R11 on 64-bit; X86IndirectThunks.cpp)"),
        new(Archs.I386, FnCondition.RetpolineCalls, FnSymbol.I386ThunkRegisters, "", 0, 0,
            "indirect call with retpoline external thunks on i386 -> __x86_indirect_thunk_{eax,ecx,edx,edi}: the first of EAX, ECX, EDX that carries no argument, else EDI (X86ISelLowering EmitLoweredIndirectThunk)"),
        new(Archs.X86_64, FnCondition.RetpolineBranches, FnSymbol.Fixed, "__x86_indirect_thunk_r11", 0, 0,
            "indirectbr with +retpoline-indirect-branches and +retpoline-external-thunk -> jmp __x86_indirect_thunk_r11 (X86ISelLowering.cpp: INDIRECT_THUNK_TCRETURN / brind with useIndirectThunkBranches)"),
        new(Archs.I386, FnCondition.RetpolineBranches, FnSymbol.I386ThunkRegisters, "", 0, 0,
            "indirectbr with retpoline external thunks on i386 -> __x86_indirect_thunk_<reg> (X86ISelLowering.cpp)"),
        new(Archs.X86, FnCondition.ReturnThunk, FnSymbol.Fixed, "__x86_return_thunk", 15, 0,
            "fn_ret_thunk_extern and a return -> jmp __x86_return_thunk instead of ret (X86ReturnThunks.cpp, D129572, LLVM 15)"),

        // stack management
        new(Archs.X86 | Archs.Arm | Archs.PowerPC64 | Archs.S390x | Archs.AArch64, FnCondition.SplitStack, FnSymbol.Fixed, "__morestack", 0, 0,
            "\"split-stack\" -> prologue calls __morestack (X86FrameLowering/ARMFrameLowering/PPCFrameLowering/SystemZFrameLowering adjustForSegmentedStacks)"),
        new(Archs.X86, FnCondition.HipePrologue, FnSymbol.Fixed, "inc_stack_0", 0, 0,
            "a function of the HiPE calling convention (cc 11) -> its prologue calls inc_stack_0 when its frame passes the guaranteed leaf area (X86FrameLowering::adjustForHiPEPrologue; predicted whatever the frame; llc-22 X86/hipe-prologue.ll)"),
        // AArch64 SME ABI support routines (AArch64ISelLowering LowerCall / SMEABIPass, AArch64SMEAttributes; llc-22)
        new(Archs.AArch64, FnCondition.SmeSharedZa, FnSymbol.Fixed, "__arm_tpidr2_restore", 0, 0,
            "a function sharing ZA (aarch64_inout_za/in_za/out_za/preserves_za) -> a call to a private-ZA function (or a libcall) sets up a lazy save and restores with __arm_tpidr2_restore (AArch64ISelLowering LowerCall requiresLazySave; predicted whatever it calls; llc-22 AArch64/sme-lazy-save-call.ll)"),
        new(Archs.AArch64, FnCondition.SmeNewZa, FnSymbol.Fixed, "__arm_tpidr2_save", 0, 0,
            "aarch64_new_za -> the prologue commits a pending lazy save with __arm_tpidr2_save (SMEABIPass::updateNewZAFunctions; llc-22 AArch64/sme-framelower-use-bp.ll)"),
        new(Archs.AArch64, FnCondition.SmeAgnosticZa, FnSymbol.Fixed, "__arm_sme_state_size", 20, 0,
            "aarch64_za_state_agnostic with a call -> the ZA state is saved in a buffer of __arm_sme_state_size bytes (AArch64ISelLowering, LLVM 20)"),
        new(Archs.AArch64, FnCondition.SmeAgnosticZa, FnSymbol.Fixed, "__arm_sme_save", 20, 0,
            "aarch64_za_state_agnostic with a call -> __arm_sme_save before it (LLVM 20)"),
        new(Archs.AArch64, FnCondition.SmeAgnosticZa, FnSymbol.Fixed, "__arm_sme_restore", 20, 0,
            "aarch64_za_state_agnostic with a call -> __arm_sme_restore after it (LLVM 20)"),
        new(Archs.AArch64, FnCondition.SmeCompatibleCalls, FnSymbol.Fixed, "__arm_sme_state", 0, 0,
            "aarch64_pstate_sm_compatible calling a non-streaming function -> PSTATE.SM from __arm_sme_state (AArch64ISelLowering getRuntimePStateSM: MRS SVCR with +sme, the routine without it; llc-22 AArch64/sme-call-streaming-compatible-to-normal-fn-wihout-sme-attr.ll)"),
        new(Archs.I386, FnCondition.I386BFloatX87, FnSymbol.Fixed, "__truncsfbf2", 17, 0,
            "i386 with x87 but no SSE2: a bfloat parameter or a bfloat call result arrives as a float in an x87 register and is rounded back with __truncsfbf2 (X86CallingConv.td, bf16 promoted to f32; llc-22 X86/atomic-non-integer.ll i386, -mattr=sse)"),
        new(Archs.All, FnCondition.ShadowStackGc, FnSymbol.Fixed, "__gcc_personality_v0", 0, 0,
            "gc \"shadow-stack\" with calls -> ShadowStackGCLowering (EscapeEnumerator) turns the calls that may throw into invokes of a cleanup that pops the frame, with the default personality __gcc_personality_v0 (llc-22 X86/GC/alloc_loop.ll)"),
        new(Archs.All, FnCondition.ShadowStackGc, FnSymbol.Fixed, "_Unwind_Resume", 0, 0,
            "gc \"shadow-stack\" with calls -> the cleanup ends in resume: _Unwind_Resume (DwarfEHPrepare.cpp InsertUnwindResumeCalls; GNU C personality, also on ARM EHABI)"),
        new(Archs.Arm, FnCondition.SplitStackThumb1, FnSymbol.Fixed, "__STACK_LIMIT", 0, 0,
            "\"split-stack\" on Thumb-1 only -> the prologue loads the stack limit from the global __STACK_LIMIT (ARMFrameLowering::adjustForSegmentedStacks: ARMConstantPoolSymbol \"__STACK_LIMIT\" when isThumb1Only; llc 22 Thumb/segmented-stacks.ll)"),
        new(Archs.X86, FnCondition.SplitStackDynamicAlloca, FnSymbol.Fixed, "__morestack_allocate_stack_space", 0, 0,
            "\"split-stack\" and a variable-size alloca -> SEG_ALLOCA calls __morestack_allocate_stack_space when the stacklet is too small (X86ISelLowering EmitLoweredSegAlloca; llc 22 x86_64 and i686; ARM/AArch64/PowerPC/SystemZ have no SEG_ALLOCA)"),
        new(Archs.X86, FnCondition.ProbeStack, FnSymbol.ProbeStackName, "", 0, 0,
            "\"probe-stack\"=\"<function>\" and a frame of at least \"stack-probe-size\" -> call <function> (X86FrameLowering::emitStackProbeCall; predicted whatever the frame size)"),
        new(Archs.All, FnCondition.SafeStackAndroid, FnSymbol.Fixed, "__safestack_pointer_address", 0, 0,
            "safestack on Android without a TLS slot for the target -> call __safestack_pointer_address (TargetLoweringBase::getSafeStackPointerLocation; ARM Android)"),
        new(Archs.All, FnCondition.SafeStack, FnSymbol.Fixed, "__safestack_unsafe_stack_ptr", 0, 0,
            "safestack -> the unsafe stack pointer is the TLS variable __safestack_unsafe_stack_ptr (CodeGen/SafeStack.cpp; TargetLoweringBase::getSafeStackPointerLocation; Android/Fuchsia use a TLS slot)"),

        // unwinding and helpers
        new(Archs.Arm, FnCondition.ArmUnwindEntry, FnSymbol.Fixed, "__aeabi_unwind_cpp_pr0", 0, 0,
            "ARM EHABI unwind entry (uwtable or may unwind) -> .ARM.exidx names __aeabi_unwind_cpp_pr0 (MC/ARMELFStreamer.cpp FlushUnwindOpcodes/EmitPersonalityFixup; compact model 0 for up to 3 opcodes)"),
        new(Archs.Arm, FnCondition.ArmUnwindEntry, FnSymbol.Fixed, "__aeabi_unwind_cpp_pr1", 0, 0,
            "ARM EHABI unwind entry with more than 3 unwind opcodes -> __aeabi_unwind_cpp_pr1 (ARMUnwindOpAsm.cpp Finalize; predicted with pr0 since the opcode count depends on the prologue)"),
        new(Archs.RiscV, FnCondition.RiscVSaveRestore, FnSymbol.RiscVSaveRestoreHelpers, "", 0, 0,
            "+save-restore -> prologue/epilogue call __riscv_save_N / tail __riscv_restore_N (RISCVFrameLowering.cpp getSpillLibCallName/getRestoreLibCallName; N from the callee-saved registers used, all predicted)"),
        new(Archs.Arm, FnCondition.ArmSoftThreadPointer, FnSymbol.Fixed, "__aeabi_read_tp", 0, 0,
            "SafeStack on ARM without a hardware thread-pointer read -> the unsafe stack pointer is an initial-exec TLS variable: call __aeabi_read_tp (ARMISelLowering LowerGlobalTLSAddress / ARMISD::THREAD_POINTER; read-tp-hard or read-tp-tpidruro avoid it)"),
        new(Archs.PowerPC64, FnCondition.TocBase, FnSymbol.Fixed, ".TOC.", 0, 0,
            "any function on 64-bit PowerPC -> the ELFv2 global entry point computes r2 from .TOC. (PPCAsmPrinter.cpp emitFunctionBodyStart), ELFv1 descriptors name .TOC.@tocbase; the final link provides it, modpost ignores it"),
        // XRay sleds: only PowerPC's call the runtime (X86, AArch64, ARM, RISC-V sleds are NOPs the runtime patches)
        new(Archs.PowerPC64, FnCondition.XRayEntry, FnSymbol.Fixed, "__xray_FunctionEntry", 0, 0,
            "XRay-instrumented function on little-endian ppc64 (PPCSubtarget::isXRaySupported) -> PATCHABLE_FUNCTION_ENTER sled \"bl __xray_FunctionEntry\" (CodeGen/XRayInstrumentation.cpp; PPCAsmPrinter.cpp PPCLinuxAsmPrinter::emitInstruction; llc 22 PowerPC/xray-attribute-instrumentation.ll)"),
        new(Archs.PowerPC64, FnCondition.XRayExit, FnSymbol.Fixed, "__xray_FunctionExit", 0, 0,
            "XRay-instrumented function with a return on little-endian ppc64 -> PATCHABLE_RET sled \"bl __xray_FunctionExit\" (XRayInstrumentation.cpp replaceRetWithPatchableRet; PPCAsmPrinter.cpp)"),
        new(Archs.PowerPC, FnCondition.TocBase64BitFeature, FnSymbol.Fixed, ".TOC.", 20, 0,
            "32-bit PowerPC with the \"64bit\" feature (-mattr=+64bit, 64-bit CPUs) -> llc 22 names .TOC. for every function (llc 19 did not; PowerPC/i64_fp.ll; 20 and 21 not measured, predicted); the final link provides it"),
        // thread-local accesses: ThreadLocalRules, per accessed variable

        // exception handling (CodeGen/DwarfEHPrepare.cpp InsertUnwindResumeCalls; CodeGen/SjLjEHPrepare.cpp)
        new(Archs.All, FnCondition.ResumeUnwind, FnSymbol.Fixed, "_Unwind_Resume", 0, 0,
            "resume -> call RTLIB::UNWIND_RESUME, _Unwind_Resume (DwarfEHPrepare.cpp InsertUnwindResumeCalls; RuntimeLibcalls.def UNWIND_RESUME), except a GNU C++ personality on an EHABI target; predicted with an unknown personality"),
        new(Archs.Arm, FnCondition.ResumeCxaEndCleanup, FnSymbol.Fixed, "__cxa_end_cleanup", 0, 0,
            "resume with __gxx_personality_v0/sj0 on an EHABI target (Triple::isTargetEHABICompatible: eabi, gnueabi(hf), musleabi(hf), android) -> call RTLIB::CXA_END_CLEANUP, __cxa_end_cleanup (DwarfEHPrepare.cpp InsertUnwindResumeCalls; test/CodeGen/ARM/eh-resume.ll, eh-resume2.ll)"),
        new(Archs.All, FnCondition.SjLjPersonality, FnSymbol.Fixed, "_Unwind_SjLj_Register", 0, 0,
            "__gxx_personality_sj0 -> the SjLj exception model is likely: SjLjEHPrepare.cpp registers the function context (_Unwind_SjLj_Register); the model itself is an option (-exception-model=sjlj, Darwin ARM), predicted from the personality"),
        new(Archs.All, FnCondition.SjLjPersonality, FnSymbol.Fixed, "_Unwind_SjLj_Unregister", 0, 0,
            "__gxx_personality_sj0 -> SjLjEHPrepare.cpp unregisters the function context (_Unwind_SjLj_Unregister) before each return"),
        new(Archs.All, FnCondition.SjLjResume, FnSymbol.Fixed, "_Unwind_SjLj_Resume", 0, 0,
            "__gxx_personality_sj0 and a resume DwarfEHPrepare keeps (reached from a cleanup landingpad) -> RTLIB::UNWIND_RESUME is _Unwind_SjLj_Resume under the SjLj model (RuntimeLibcalls.cpp: ExceptionModel == SjLj)"),

        // position-independent code
        new(Archs.I386, FnCondition.PicGotBase, FnSymbol.Fixed, "_GLOBAL_OFFSET_TABLE_", 0, 0,
            "PIC/PIE module (\"PIC Level\"/\"PIE Level\") on i386 -> a function that calls through the PLT or addresses a global loads the GOT base (X86InstrInfo.cpp getGlobalBaseReg and the X86GlobalBaseReg pass, R_386_GOTPC _GLOBAL_OFFSET_TABLE_); predicted for every function"),
        new(Archs.PowerPC, FnCondition.PicSmall, FnSymbol.Fixed, "_GLOBAL_OFFSET_TABLE_", 0, 0,
            "small PIC (\"PIC Level\" 1, -fpic) on ppc32 -> the GOT pointer is loaded from _GLOBAL_OFFSET_TABLE_@local-4 (PPCISelDAGToDAG.cpp getGlobalBaseReg: MoveGOTtoLR when the module's PIC level is SmallPIC; PPCAsmPrinter.cpp); -fPIC (level 2) uses .got2 and names nothing; predicted for every function"),
        new(Archs.X86_64, FnCondition.PicLargeCodeModel, FnSymbol.Fixed, "_GLOBAL_OFFSET_TABLE_", 0, 0,
            "PIC module with module flag \"Code Model\" large on x86-64 -> the GOT base is materialised (X86ISelLowering getGlobalBaseReg under CodeModel::Large, R_X86_64_GOTPC64)"),
    ];

    private static readonly string[] I386Thunks =
        ["__x86_indirect_thunk_eax", "__x86_indirect_thunk_ecx", "__x86_indirect_thunk_edx", "__x86_indirect_thunk_edi"];

    private static readonly string[] RiscVHelpers = BuildRiscVHelpers();

    private static string[] BuildRiscVHelpers()
    {
        var list = new List<string>();
        for (int i = 0; i <= 12; i++) { list.Add("__riscv_save_" + i); list.Add("__riscv_restore_" + i); }
        return [.. list];
    }

    public static void Apply(CodegenTarget target, FunctionTraits traits, FunctionFacts facts,
        IReadOnlyDictionary<string, ModuleFlagValue> flags, List<LoweredCall> into)
    {
        var mask = (Archs)(1 << (int)target.Arch);
        foreach (ref readonly var rule in Rules.AsSpan())
        {
            if ((rule.Archs & mask) == 0 || !target.InVersion(rule.MinLlvm, rule.MaxLlvm)) continue;
            if (!Holds(rule.When, target, traits, facts, flags)) continue;
            switch (rule.From)
            {
                case FnSymbol.Fixed: into.Add(new(rule.Symbol, rule.Rule)); break;
                case FnSymbol.EntryInlinedName: into.Add(new(traits.EntryInlinedFunction!, rule.Rule)); break;
                case FnSymbol.EntryName: into.Add(new(traits.EntryFunction!, rule.Rule)); break;
                case FnSymbol.ExitName: into.Add(new(traits.ExitFunction!, rule.Rule)); break;
                case FnSymbol.ProbeStackName: into.Add(new(traits.ProbeStackFunction!, rule.Rule)); break;
                case FnSymbol.GuardSymbolFlag: into.Add(new(flags["stack-protector-guard-symbol"].String!, rule.Rule)); break;
                case FnSymbol.I386ThunkRegisters:
                    foreach (var s in I386Thunks) into.Add(new(s, rule.Rule));
                    break;
                case FnSymbol.RiscVSaveRestoreHelpers:
                    foreach (var s in RiscVHelpers) into.Add(new(s, rule.Rule));
                    break;
            }
        }
    }

    private static string? FlagString(IReadOnlyDictionary<string, ModuleFlagValue> flags, string name) =>
        flags.TryGetValue(name, out var v) ? v.String : null;

    internal static bool Holds(FnCondition when, CodegenTarget target, FunctionTraits traits, FunctionFacts facts,
        IReadOnlyDictionary<string, ModuleFlagValue> flags)
    {
        switch (when)
        {
            case FnCondition.FentryCall: return traits.FentryCall && !traits.Naked;
            case FnCondition.FentryCallNotNop: return traits.FentryCall && !traits.NopMcount && !traits.Naked;
            case FnCondition.EntryInlined: return traits.EntryInlinedFunction is { Length: > 0 };
            case FnCondition.Entry: return traits.EntryFunction is { Length: > 0 };
            case FnCondition.ExitWithReturns: return traits.ExitFunction is { Length: > 0 } && facts.HasReturns;
            case FnCondition.StackProtector: return facts.NeedsStackProtector && !target.IsOpenBsd;
            case FnCondition.StackProtectorOpenBsd: return facts.NeedsStackProtector && target.IsOpenBsd;
            case FnCondition.GuardGlobalDefault:
            {
                if (!facts.NeedsStackProtector || GuardSymbol(flags) is not null || target.IsOpenBsd) return false;
                string? guard = FlagString(flags, "stack-protector-guard");
                // Module flags exist from LLVM 13 (D102742); ARM honours "tls" from LLVM 15 (D113026), RISC-V from 19.
                // A bitcode file carrying the flag was written by an LLVM that knows it, and code generation runs an
                // LLVM at least as new; only a known older code generator ignores it.
                if (guard == "sysreg" && target.Arch == TargetArch.AArch64 && (target.LlvmMajor == 0 || target.LlvmMajor >= 13)) return false;
                if (guard == "tls" && ((target.Arch == TargetArch.Arm && (target.LlvmMajor == 0 || target.LlvmMajor >= 15))
                        || (target.Arch is TargetArch.RiscV32 or TargetArch.RiscV64 && (target.LlvmMajor == 0 || target.LlvmMajor >= 19)
                            && flags.ContainsKey("stack-protector-guard-reg")))) return false; // RISC-V needs -reg (llc 19 ignores a bare "tls")
                if (target.Arch == TargetArch.AArch64 && guard != "global" && (target.IsAndroid || target.OS == TargetOS.Fuchsia)) return false;
                if (target.Arch is TargetArch.RiscV64 && guard != "global" && target.IsAndroid && target.LlvmMajor >= 17) return false;
                return true;
            }
            case FnCondition.GuardGlobalUnlessTls:
            {
                if (!facts.NeedsStackProtector || GuardSymbol(flags) is not null || target.IsOpenBsd) return false;
                string? guard = FlagString(flags, "stack-protector-guard");
                if (guard == "global") return true;
                bool tlsSlot = target.IsGlibc || target.OS == TargetOS.Fuchsia || target.IsAndroid;
                return !tlsSlot;
            }
            case FnCondition.GuardGlobalOffLinux:
                return facts.NeedsStackProtector && GuardSymbol(flags) is null && target.OS != TargetOS.Linux && !target.IsOpenBsd;
            case FnCondition.GuardSymbolFlag: return facts.NeedsStackProtector && GuardSymbol(flags) is not null;
            case FnCondition.RetpolineCalls:
                return facts.HasIndirectCalls && traits.Capabilities.RetpolineExternalThunk && traits.Capabilities.RetpolineCalls;
            case FnCondition.RetpolineBranches:
                return facts.HasIndirectBranches && traits.Capabilities.RetpolineExternalThunk && traits.Capabilities.RetpolineBranches;
            case FnCondition.ReturnThunk: return traits.FnRetThunkExtern && facts.HasReturns && !traits.Naked;
            case FnCondition.SplitStack: return traits.SplitStack;
            case FnCondition.SmeSharedZa: return (traits.Sme & SmeAttributes.SharedZa) != 0;
            case FnCondition.SmeNewZa: return (traits.Sme & SmeAttributes.NewZa) != 0;
            case FnCondition.SmeAgnosticZa: return (traits.Sme & SmeAttributes.AgnosticZa) != 0 && facts.HasCalls;
            case FnCondition.SmeCompatibleCalls:
                return (traits.Sme & SmeAttributes.StreamingCompatible) != 0 && facts.HasCalls &&
                       (!traits.HasFeature("sme") && !traits.HasFeature("sme2") || target.InVersion(0, 21));
            case FnCondition.I386BFloatX87: return facts.BFloatFromRegisters && traits.HasFeature("x87") && !traits.HasFeature("sse2") && !traits.UseSoftFloatAttribute;
            case FnCondition.ShadowStackGc: return facts.ShadowStackGc && facts.HasCalls;
            case FnCondition.HipePrologue: return facts.CallingConv == 11 && !traits.Naked; // CallingConv::HiPE
            case FnCondition.SplitStackDynamicAlloca: return traits.SplitStack && facts.HasDynamicAlloca;
            case FnCondition.SplitStackThumb1: return traits.SplitStack && traits.Capabilities.ArmThumb1Only;
            case FnCondition.ProbeStack: return traits.ProbeStackFunction is not null;
            case FnCondition.SafeStack:
                return traits.SafeStack && !target.IsAndroid && target.OS != TargetOS.Fuchsia;
            case FnCondition.SafeStackAndroid:
                return traits.SafeStack && target.IsAndroid && target.Arch is not (TargetArch.AArch64 or TargetArch.X86_64 or TargetArch.I386);
            case FnCondition.ArmUnwindEntry: return (traits.UwTable || !traits.NoUnwind) && !traits.Naked;
            case FnCondition.RiscVSaveRestore: return traits.HasFeature("save-restore");
            case FnCondition.ArmSoftThreadPointer:
                return traits.SafeStack && !traits.Capabilities.ArmHardThreadPointer; // TLS accesses: ThreadLocalRules
            case FnCondition.TocBase: return !traits.Naked;
            case FnCondition.ResumeUnwind:
                return facts.HasResume && (!(EhabiCompatible(target) && facts.Personality is EhPersonality.GnuCxx or EhPersonality.GnuCxxSjLj)
                                           || (NetBsdArm(target) && target.InVersion(20, 0)));
            case FnCondition.ResumeCxaEndCleanup:
                return facts.HasResume && EhabiCompatible(target) && facts.Personality is not EhPersonality.Other
                       && !(NetBsdArm(target) && target.LlvmMajor >= 22);
            case FnCondition.SjLjPersonality: return facts.Personality == EhPersonality.GnuCxxSjLj;
            case FnCondition.SjLjResume: return facts.HasResume && facts.Personality == EhPersonality.GnuCxxSjLj;
            case FnCondition.PicGotBase: return RelocationFacts.From(flags, target).Pic && !traits.Naked;
            case FnCondition.PicSmall:
                return RelocationFacts.From(flags, target).Pic && flags.TryGetValue("PIC Level", out var level) && level.Int == 1 && !traits.Naked;
            case FnCondition.PicLargeCodeModel:
                return RelocationFacts.From(flags, target).Pic && flags.TryGetValue("Code Model", out var cm) && cm.Int == 4 && !traits.Naked; // CodeModel::Large
            case FnCondition.TocBase64BitFeature: return traits.HasFeature("64bit") && !traits.Naked;
            case FnCondition.XRayEntry: return traits.XRayEntry && !target.IsBigEndian;
            case FnCondition.XRayExit: return traits.XRayExit && facts.HasReturns && !target.IsBigEndian;
            default: return false;
        }
    }

    /// <summary>Triple::isTargetEHABICompatible: ARM or Thumb with an EABI environment (eabi, gnueabi(hf),
    /// musleabi(hf)) or Android, not Darwin or Windows.</summary>
    /// <summary>Triple::isTargetEHABICompatible: an ARM EABI environment, but not NetBSD (whose ARM exception model is
    /// DwarfCFI: llc 22 ARM/ehabi.ll on arm-unknown-netbsd-eabi calls _Unwind_Resume, not __cxa_end_cleanup).</summary>
    private static bool EhabiCompatible(CodegenTarget target) =>
        target.Arch == TargetArch.Arm && target.IsAeabi && !target.Triple.Contains("-netbsd", StringComparison.Ordinal);

    /// <summary>ARM NetBSD, whose exceptions are DWARF CFI (ARMMCAsmInfo.cpp ARMELFMCAsmInfo): llc 22 resumes with
    /// _Unwind_Resume there (ARM/ehabi.ll, arm(v7)-unknown-netbsd-eabi), llc 19 with __cxa_end_cleanup; 20 and 21 not
    /// measured, both predicted.</summary>
    private static bool NetBsdArm(CodegenTarget target) =>
        target.Arch == TargetArch.Arm && target.Triple.Contains("-netbsd", StringComparison.OrdinalIgnoreCase);

    private static string? GuardSymbol(IReadOnlyDictionary<string, ModuleFlagValue> flags) =>
        flags.TryGetValue("stack-protector-guard-symbol", out var v) && v.String is { Length: > 0 } s ? s : null;
}
