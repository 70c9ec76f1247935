namespace KsymTrim.Analysis.Lowering;

/// <summary>
/// Atomic instructions (CodeGen/AtomicExpandPass.cpp): an atomic wider than the target's
/// MaxAtomicSizeInBitsSupported, or less aligned than its size, becomes a call into libatomic: the sized
/// <c>__atomic_*_N</c> when N is 1, 2, 4, 8 or 16, the alignment is at least N and N is at most 16 bytes when the
/// largest legal integer is 64 bits (else 8) (canUseSizedAtomicCall), the generic <c>__atomic_*</c> otherwise;
/// read-modify-write operations without a libcall (min/max, FP, inc/dec wrap), and add/sub/... when only the
/// generic form applies, become a compare-exchange loop (expandAtomicRMWToLibcall -> expandAtomicCASToLibcall).
/// On AArch64 with outline atomics and without LSE, xchg/add/sub/and/or/xor and cmpxchg call the
/// <c>__aarch64_{swp,ldadd,ldclr,ldset,ldeor,cas}{1,2,4,8,16}_{relax,acq,rel,acq_rel}</c> helpers
/// (AArch64ISelLowering.cpp getOutlineAtomicHelper; shouldExpandAtomicRMWInIR/CmpXchgInIR).
/// </summary>
internal static class AtomicRules
{
    private static readonly string[] FetchNames = ["", "add", "sub", "and", "nand", "or", "xor"];

    private static readonly string[] OrderSuffix = ["relax", "acq", "rel", "acq_rel"];

    public static void Lower(CodegenTarget t, FunctionTraits traits, InstructionOp op, ValueShape value, int rmw, int alignment,
        AtomicOrdering ordering, List<LoweredCall> into)
    {
        var c = traits.Capabilities;
        int bits = value.Class == ValueClass.Pointer ? (value.Bits > 0 ? value.Bits : t.PointerBits) : value.Bits;
        if (value.Class == ValueClass.Float && bits == ValueShape.BFloatBits) bits = 16;
        if (value.Class == ValueClass.Float && bits == ValueShape.PpcFp128Bits) bits = 128;
        if (value.Class == ValueClass.Vector)
        {
            // an FP vector atomicrmw (LLVM 19) is one access of the whole vector (AtomicExpand's cmpxchg loop on an
            // integer as wide); its element operation scalarized (llc-22 X86/atomicrmw-fadd-fp-vector.ll <2 x half>)
            int element = bits == ValueShape.BFloatBits ? 16 : bits == ValueShape.PpcFp128Bits ? 128 : bits;
            bits = element * Math.Max(1, value.Lanes);
        }
        int size = Math.Max(1, (bits + 7) / 8);
        int align = alignment > 0 ? alignment : size; // old bitcode without an alignment: the natural one, as BitcodeReader assumes
        string what = op switch
        {
            InstructionOp.AtomicRmw => $"atomicrmw {((AtomicRmwOp)rmw).ToString().ToLowerInvariant()} {value} align {align}",
            InstructionOp.CmpXchg => $"cmpxchg {value} align {align}",
            InstructionOp.AtomicLoad => $"load atomic {value} align {align}",
            _ => $"store atomic {value} align {align}",
        };
        bool isFpOp = op == InstructionOp.AtomicRmw && rmw is >= (int)AtomicRmwOp.FAdd and <= (int)AtomicRmwOp.FMin;
        if (isFpOp && value.ScalarClass == ValueClass.Float) FpOperation(t, traits, rmw, value.Bits, what, into);

        if (size == 16 && ((t.Arch == TargetArch.S390x || (t.Arch == TargetArch.X86_64 && !traits.HasFeature("cx16"))) && t.InVersion(0, 18)
                           || t.InVersion(0, 16)))
        {
            // LLVM 14..16 legalized i128 atomics that reached SelectionDAG into
            // __sync_* libcalls (LegalizeDAG ExpandAtomic / RuntimeLibcalls.def SYNC_*_16).
            string sync = op switch
            {
                InstructionOp.CmpXchg or InstructionOp.AtomicLoad => "__sync_val_compare_and_swap_16",
                InstructionOp.AtomicStore => "__sync_lock_test_and_set_16",
                _ => rmw switch
                {
                    0 => "__sync_lock_test_and_set_16", 1 => "__sync_fetch_and_add_16", 2 => "__sync_fetch_and_sub_16",
                    3 => "__sync_fetch_and_and_16", 4 => "__sync_fetch_and_nand_16", 5 => "__sync_fetch_and_or_16",
                    6 => "__sync_fetch_and_xor_16", 7 => "__sync_fetch_and_max_16", 8 => "__sync_fetch_and_min_16",
                    9 => "__sync_fetch_and_umax_16", 10 => "__sync_fetch_and_umin_16", _ => "__sync_val_compare_and_swap_16",
                },
            };
            into.Add(new(sync, $"{what} on {t.Arch} (LLVM <= 16 everywhere, <= 18 on x86_64/SystemZ) -> {sync} (ATOMIC_* i128 Expand to the __sync libcall)"));
            if (op == InstructionOp.AtomicRmw && rmw > 10) into.Add(new("__sync_val_compare_and_swap_16", $"{what} -> CAS loop"));
        }

        // A bare "arm" triple (ARMv4T) on Linux: __sync_* with llc 13, 16, 19, 22 (ARM/atomic-cmpxchg.ll).
        bool armBareLinux = t.Arch == TargetArch.Arm && t.SubArch == 0 && c.ArmPreV6 && t.OS == TargetOS.Linux;
        bool armPreV6Linux = t.Arch == TargetArch.Arm && t.SubArch is > 0 and < 6 && t.OS == TargetOS.Linux && (t.LlvmMajor == 0 || t.LlvmMajor >= 17)
                             || armBareLinux;
        // Thumb-1 only (v6-M, Thumb v4T..v6): ARMISelLowering sets ATOMIC_CMP_SWAP, ATOMIC_SWAP and ATOMIC_LOAD_* to
        // LibCall, so every atomic AtomicExpand leaves to SelectionDAG (up to MaxAtomicSizeInBitsSupported: 64 on Linux
        // or v6 outside M-class, 32 with +atomics-32) is a __sync_* call (llc 13..22; llc 22 thumbv6-unknown-none-eabi,
        // thumbv6m-none-eabi +atomics-32). Not on v8-M Baseline up to 32 bits, which has ldrex/strex
        // (shouldExpandAtomicRMWInIR/CmpXchgInIR: LLSC when hasV8MBaselineOps); atomic loads and stores up to 32 bits
        // stay instructions where there is a data barrier (v6-M, v8-M Baseline: InsertFencesForAtomic).
        bool armThumb1Sync = t.Arch == TargetArch.Arm && c.ArmThumb1Only && size * 8 <= c.MaxAtomicBits
                             && !(size <= 4 && (c.ArmV8MBaseline || (c.ArmV6M && op is InstructionOp.AtomicLoad or InstructionOp.AtomicStore)));
        // RISC-V +forced-atomics without A: RISCVISelLowering sets ATOMIC_CMP_SWAP, ATOMIC_SWAP and ATOMIC_LOAD_* of
        // XLen to LibCall (smaller ones are promoted to them), so read-modify-writes and compare-exchanges up to XLen
        // are __sync_* calls; atomic loads and stores stay instructions (llc-22, RISCV/forced-atomics.ll).
        bool riscvForcedSync = t.Arch is TargetArch.RiscV32 or TargetArch.RiscV64 && op is InstructionOp.AtomicRmw or InstructionOp.CmpXchg
                               && traits.HasFeature("forced-atomics") && !traits.HasFeature("a") && size * 8 <= c.MaxAtomicBits;
        if ((armPreV6Linux || armThumb1Sync || riscvForcedSync) && size <= 8 && (size & (size - 1)) == 0 && align >= size)
        {
            // Pre-v6 ARM and Thumb-1 have no usable exclusive loads: ARMISelLowering.cpp sets ATOMIC_CMP_SWAP,
            // ATOMIC_SWAP and ATOMIC_LOAD_* to LibCall unless hasAnyDataBarrier() && !isThumb1Only(), so the atomics
            // AtomicExpand leaves (MaxAtomicSizeInBitsSupported 64) become the __sync_* functions (RuntimeLibcalls
            // SYNC_*; pre-v6 Linux seen with llc 19, not 16; Thumb-1 with llc 13, 16, 19, 22).
            string stem = op switch
            {
                InstructionOp.CmpXchg or InstructionOp.AtomicLoad => "val_compare_and_swap",
                InstructionOp.AtomicStore => "lock_test_and_set",
                _ => rmw switch
                {
                    0 => "lock_test_and_set", 1 => "fetch_and_add", 2 => "fetch_and_sub", 3 => "fetch_and_and", 4 => "fetch_and_nand",
                    5 => "fetch_and_or", 6 => "fetch_and_xor", 7 => "fetch_and_max", 8 => "fetch_and_min", 9 => "fetch_and_umax",
                    10 => "fetch_and_umin", _ => "val_compare_and_swap",
                },
            };
            string sync = $"__sync_{stem}_{size}";
            into.Add(new(sync, riscvForcedSync
                ? $"{what} on RISC-V with +forced-atomics -> {sync} (RISCVISelLowering.cpp: ATOMIC_* LibCall when hasForcedAtomics)"
                : armThumb1Sync
                ? $"{what} on Thumb-1 with 64-bit atomics supported -> {sync} (ARMISelLowering.cpp: ATOMIC_* LibCall when isThumb1Only, llc 13..22)"
                : $"{what} on ARMv{t.SubArch} Linux (LLVM 17+) -> {sync} (ARMISelLowering.cpp, no ldrex/strex before v6)"));
            if (op == InstructionOp.AtomicRmw && rmw > 10) into.Add(new($"__sync_val_compare_and_swap_{size}", $"{what} -> CAS loop"));
            if (t.LlvmMajor >= 19 || ((armThumb1Sync || armBareLinux) && t.LlvmMajor != 0)) return; // pre-v6 17 and 18 are not measured: the __atomic_* rule below applies as well
        }

        if (size * 8 > c.MaxAtomicBits || align < size || (size & (size - 1)) != 0)
        {
            bool sized = align >= size && size is 1 or 2 or 4 or 8 or 16 && size <= c.LargestSizedAtomicBytes;
            string why = $"{what} on {t.Arch}: wider than the {c.MaxAtomicBits}-bit atomics supported or under-aligned (AtomicExpandPass expandAtomic*ToLibcall; {(sized ? "sized" : "generic")} form by canUseSizedAtomicCall)";
            string sfx = sized ? "_" + size : "";
            switch (op)
            {
                case InstructionOp.AtomicLoad: into.Add(new("__atomic_load" + sfx, why)); return;
                case InstructionOp.AtomicStore: into.Add(new("__atomic_store" + sfx, why)); return;
                case InstructionOp.CmpXchg: into.Add(new("__atomic_compare_exchange" + sfx, why)); return;
            }
            if (rmw == (int)AtomicRmwOp.Xchg) { into.Add(new("__atomic_exchange" + sfx, why)); return; }
            if (rmw is >= 1 and <= 6 && sized) { into.Add(new($"__atomic_fetch_{FetchNames[rmw]}_{size}", why)); return; }
            into.Add(new("__atomic_compare_exchange" + sfx, why + "; no libcall for the operation: compare-exchange loop"));
            if (rmw < 0) // unknown operation: any of them
            {
                into.Add(new("__atomic_exchange" + sfx, why));
                if (sized) foreach (var f in FetchNames.AsSpan(1)) into.Add(new($"__atomic_fetch_{f}_{size}", why));
            }
            return;
        }

        if (c.OutlineAtomics && t.Arch == TargetArch.AArch64 && t.InVersion(12, 0))
        {
            string? helper = null;
            if (op == InstructionOp.CmpXchg) helper = "cas";
            else if (op == InstructionOp.AtomicRmw && size < 16)
                helper = rmw switch
                {
                    0 => "swp", 1 or 2 => "ldadd", 3 => "ldclr", 5 => "ldset", 6 => "ldeor",
                    4 or 7 or 8 or 9 or 10 => null, // Nand and min/max stay LL/SC (shouldExpandAtomicRMWInIR)
                    _ => "cas",                      // FP and inc/dec wrap: a compare-exchange loop
                };
            else if (size == 16 && op != InstructionOp.CmpXchg) helper = "cas"; // i128: CAS-based expansion may call cas16
            if (rmw < 0 && op == InstructionOp.AtomicRmw) helper = "*";
            if (helper is null) return;
            string rule = $"{what} with +outline-atomics and no LSE -> __aarch64_{helper}{size}_<order> (AArch64ISelLowering getOutlineAtomicHelper; compiler-rt/libgcc lse.S)";
            foreach (var h in helper == "*" ? new[] { "swp", "ldadd", "ldclr", "ldset", "ldeor", "cas" } : [helper])
                foreach (var o in Orders(ordering))
                    into.Add(new($"__aarch64_{h}{size}_{o}", rule));
        }
    }

    /// <summary>A <c>fence</c> (any ordering and scope): ARM without a usable barrier instruction sets ATOMIC_FENCE to
    /// Expand, which LegalizeDAG turns into the __sync_synchronize libcall (ARMISelLowering.cpp: Custom only when
    /// hasAnyDataBarrier(), i.e. a DMB (v7, v6-M, v8) or ARM mode on v6; llc 13, 19, 22 on arm-eabi, armv5te,
    /// thumbv6, thumbv6t2, thumb-eabi; Thumb2/thumb2-bcc.ll).</summary>
    public static void Fence(CodegenTarget t, FunctionTraits traits, List<LoweredCall> into)
    {
        if (t.Arch != TargetArch.Arm) return;
        var c = traits.Capabilities;
        bool dataBarrier = c.ArmV6M || c.ArmV8MBaseline || (!c.ArmPreV6 && !c.ArmThumb1Only && !traits.HasFeature("thumb-mode"))
                           || HasDmb(t, traits);
        if (!dataBarrier)
            into.Add(new("__sync_synchronize", "fence on ARM without a data barrier (before v7 in Thumb, before v6 in ARM mode) -> __sync_synchronize (ARMISelLowering: ATOMIC_FENCE Expand; RuntimeLibcalls SYNC_SYNCHRONIZE)"));
    }

    /// <summary>ARM.td FeatureDB: v7 (A, R, M), v8 and later.</summary>
    private static bool HasDmb(CodegenTarget t, FunctionTraits traits) =>
        t.SubArch >= 7 || traits.HasFeature("db") || traits.HasFeature("v7") || traits.HasFeature("armv7-a") || traits.HasFeature("armv7-m")
        || traits.HasFeature("armv7e-m") || traits.HasFeature("armv7-r") || traits.HasFeature("mclass") || traits.HasFeature("v8");

    private static IEnumerable<string> Orders(AtomicOrdering ordering) => ordering switch
    {
        AtomicOrdering.Monotonic => [OrderSuffix[0]],
        AtomicOrdering.Acquire => [OrderSuffix[1]],
        AtomicOrdering.Release => [OrderSuffix[2]],
        AtomicOrdering.AcquireRelease or AtomicOrdering.SequentiallyConsistent => [OrderSuffix[3]],
        _ => OrderSuffix,
    };

    /// <summary>The FP operation inside an FP atomicrmw's compare-exchange loop: soft-float add/sub libcalls,
    /// fmin/fmax libm calls where the target has no instruction (AtomicExpandPass builds the IR op; SelectionDAG
    /// lowers it).</summary>
    private static void FpOperation(CodegenTarget t, FunctionTraits traits, int rmw, int fp, string what, List<LoweredCall> into)
    {
        switch ((AtomicRmwOp)rmw)
        {
            case AtomicRmwOp.FAdd: ArithmeticRules.FloatArith(t, traits, InstructionOp.FAdd, fp, into); break;
            case AtomicRmwOp.FSub: ArithmeticRules.FloatArith(t, traits, InstructionOp.FSub, fp, into); break;
            case AtomicRmwOp.FMax: ArithmeticRules.FloatIntrinsic(t, traits, Libcall.FMax, fp, what, into); break;
            case AtomicRmwOp.FMin: ArithmeticRules.FloatIntrinsic(t, traits, Libcall.FMin, fp, what, into); break;
        }
    }
}
