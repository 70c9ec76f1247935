namespace KsymTrim.Analysis.Lowering;

/// <summary>Which memory intrinsic.</summary>
internal enum MemOpKind { Memcpy, Memmove, Memset }

/// <summary>One target's limits for expanding llvm.memcpy/memmove/memset into loads and stores.</summary>
/// <param name="Archs">The targets.</param>
/// <param name="Memset">MaxStoresPerMemset.</param>
/// <param name="MemsetOptSize">MaxStoresPerMemsetOptSize.</param>
/// <param name="Memcpy">MaxStoresPerMemcpy.</param>
/// <param name="MemcpyOptSize">MaxStoresPerMemcpyOptSize.</param>
/// <param name="Memmove">MaxStoresPerMemmove.</param>
/// <param name="MemmoveOptSize">MaxStoresPerMemmoveOptSize.</param>
/// <param name="TargetCopyBytes">EmitTargetCodeForMemcpy inlines constant sizes up to this many bytes when the
/// alignment is at least <paramref name="TargetCopyAlign"/> (0: no such hook); -1: any constant size.</param>
/// <param name="TargetCopyAlign">The alignment that hook needs.</param>
/// <param name="TargetSetBytes">EmitTargetCodeForMemset likewise.</param>
/// <param name="Source">Where the numbers come from.</param>
internal readonly record struct MemOpLimits(Archs Archs, int Memset, int MemsetOptSize, int Memcpy, int MemcpyOptSize,
    int Memmove, int MemmoveOptSize, int TargetCopyBytes, int TargetCopyAlign, int TargetSetBytes, string Source);

/// <summary>
/// llvm.memcpy/memmove/memset lowering (SelectionDAG::getMemcpy/getMemmove/getMemset): a constant size is expanded
/// into at most MaxStoresPer* stores of the widest type getOptimalMemOpType allows (TargetLowering::
/// findOptimalMemOpLowering), or by the target's EmitTargetCodeFor* hook; otherwise the library function is
/// called. The model counts stores greedily without LLVM's overlapping tail store, which can only overcount,
/// so it never predicts an expansion LLVM would not make.
/// </summary>
internal static class MemOps
{
    public static readonly MemOpLimits[] Table =
    [
        new(Archs.X86, 16, 8, 8, 4, 8, 4, 128, 4, 128,
            "X86ISelLowering.cpp MaxStoresPerMemset=16/8, Memcpy=8/4, Memmove=8/4; X86SelectionDAGInfo.cpp rep movs/stos for constant sizes <= getMaxInlineSizeThreshold()=128 with 4-byte alignment"),
        new(Archs.AArch64, 32, 8, 16, 4, 4, 4, 0, 0, 0,
            "AArch64ISelLowering.cpp MaxStoresPerMemset=32 (8 with strict-align)/8, Memcpy=16 (4 with strict-align)/4, Memmove=4/4; +mops inlines every size"),
        new(Archs.Arm, 8, 4, 4, 2, 4, 2, 64, 4, 0,
            "ARMISelLowering.cpp MaxStoresPerMemset=8/4, Memcpy=4/2, Memmove=4/2; ARMSelectionDAGInfo.cpp EmitTargetCodeForMemcpy: ldm/stm for constant sizes <= getMaxInlineSizeThreshold()=64 with 4-byte alignment"),
        new(Archs.RiscV, 8, 4, 8, 4, 8, 4, 0, 0, 0,
            "TargetLoweringBase defaults MaxStoresPerMem*=8, OptSize 4 (RISCVISelLowering keeps them); no misaligned access unless +unaligned-scalar-mem"),
        new(Archs.Ppc, 8, 4, 8, 4, 8, 4, 0, 0, 0,
            "PPCISelLowering.cpp: defaults 8/4 except e500mc/e5500 (32) and A2 (128), which the model does not raise"),
        new(Archs.S390x, 0, 0, 0, 0, 8, 4, -1, 0, -1,
            "SystemZSelectionDAGInfo.cpp: memcpy (MVC) and memset (MVC/XC) of any constant size are inline; memmove keeps the defaults 8/4"),
    ];

    /// <summary>The x86-64 CPUs with TuningSlowUAMem16 (measured with llc-22: a 192-byte memset with alignment 1 is a
    /// call), and "" (no target-cpu: llc's tuning CPU i586).</summary>
    private static readonly HashSet<string> SlowUnaligned16 = new(StringComparer.Ordinal)
    {
        "", "nocona", "core2", "penryn", "bonnell", "atom", "k8", "opteron", "athlon64", "athlon-fx", "k8-sse3",
        "opteron-sse3", "athlon64-sse3",
    };

    /// <summary>isUnalignedMem16Slow: the CPU's tuning or an explicit +slow-unaligned-mem-16, but never with SSE4.2,
    /// SSE4a or AVX (measured with llc-22: they make a 192-byte unaligned memset inline again) or -slow-unaligned-mem-16.</summary>
    internal static bool X86SlowUnaligned16(FunctionTraits traits)
    {
        string features = traits.FeatureString;
        if (features.Contains("-slow-unaligned-mem-16", StringComparison.Ordinal)) return false;
        if (!SlowUnaligned16.Contains(traits.Cpu) && !features.Contains("+slow-unaligned-mem-16", StringComparison.Ordinal)) return false;
        foreach (string fast in (ReadOnlySpan<string>)["sse4.2", "sse4a", "avx", "avx2", "avx512f"])
            if (traits.HasFeature(fast)) return false;
        return true;
    }

    private static MemOpLimits? Find(TargetArch arch)
    {
        var mask = (Archs)(1 << (int)arch);
        foreach (var row in Table)
            if ((row.Archs & mask) != 0) return row;
        return null;
    }

    /// <summary>Appends the call a memory intrinsic becomes, or nothing when it is expanded inline.</summary>
    public static void Lower(CodegenTarget target, FunctionTraits traits, MemOpKind kind, long? size, int dstAlign, int srcAlign,
        string what, List<LoweredCall> into)
    {
        string fn = kind switch { MemOpKind.Memcpy => "memcpy", MemOpKind.Memmove => "memmove", _ => "memset" };
        if (size is 0) return;
        var limits = Find(target.Arch);
        var caps = traits.Capabilities;
        if (size is long n && n > 0 && limits is MemOpLimits l)
        {
            int align = Math.Max(1, kind == MemOpKind.Memset ? dstAlign : Math.Min(Math.Max(1, dstAlign), Math.Max(1, srcAlign)));
            if (caps.MemOpInstructions && kind != MemOpKind.Memmove) return;
            int hookBytes = kind == MemOpKind.Memcpy ? l.TargetCopyBytes : kind == MemOpKind.Memset ? l.TargetSetBytes : 0;
            if (hookBytes == -1) return;
            if (hookBytes > 0 && n <= hookBytes && align >= l.TargetCopyAlign) return;
            int limit = kind switch
            {
                MemOpKind.Memcpy => traits.OptSize ? l.MemcpyOptSize : l.Memcpy,
                MemOpKind.Memmove => traits.OptSize ? l.MemmoveOptSize : l.Memmove,
                _ => traits.OptSize ? l.MemsetOptSize : l.Memset,
            };
            if (target.Arch == TargetArch.AArch64 && caps.StrictAlign && !traits.OptSize)
                limit = kind == MemOpKind.Memset ? 8 : kind == MemOpKind.Memcpy ? 4 : limit;
            int width = caps.WidestStore;
            // Vector stores need 16-byte alignment on i386 (slow unaligned 16-byte accesses on its CPUs) and on
            // PowerPC before Power8 (PPCISelLowering getOptimalMemOpType).
            if (width > 8 && align < width && (kind == MemOpKind.Memset ? caps.AlignedVectorSets : caps.AlignedVectorCopies))
                width = target.Arch == TargetArch.PowerPC64 ? 8 : 4;
            // x86-64 CPUs tuned for slow unaligned 16-byte accesses (X86.td TuningSlowUAMem16; a function naming no CPU
            // is tuned for "i586", X86Subtarget::initSubtargetFeatures) use 16-byte operations only when 16-aligned
            // (X86ISelLowering getOptimalMemOpType isUnalignedMem16Slow; llc-22 X86/memset-nonzero.ll, memcpy-inline.ll core2)
            if (width > 8 && align < 16 && caps.SlowUnalignedMem16)
                width = 8;
            if (!caps.MisalignedStores)
                while (width > align) width >>= 1;
            if (StoreCount(n, width) <= limit) return;
        }
        // AArch64 streaming (or streaming-compatible) code calls the SME ABI's streaming-safe routines
        // (AArch64SelectionDAGInfo EmitStreamingCompatibleMemLibCall; llc-22 AArch64/streaming-compatible-memory-ops.ll)
        string name = ArmAeabiMemName(target, kind, size, dstAlign, srcAlign)
                      ?? (target.Arch == TargetArch.AArch64 && (traits.Sme & SmeAttributes.Streaming) != 0 ? "__arm_sc_" + fn : fn);
        into.Add(new(name, $"{what} -> {name} (SelectionDAG::get{char.ToUpperInvariant(fn[0])}{fn[1..]}: " +
            (size is null ? "size not constant" : $"{size} bytes exceed the inline limit") + $"; {limits?.Source ?? "unknown target"})"));
        if (name != fn && target.Arch == TargetArch.Arm)
            foreach (var alt in ArmAeabiAlternatives(kind))
                if (alt != name) into.Add(new(alt, $"{what} -> {alt} (ARMSelectionDAGInfo EmitSpecializedLibcall picks the __aeabi_ variant by alignment; all predicted)"));
    }

    /// <summary>Stores the greedy expansion needs: the widest type first, then halves (no overlapping tail).</summary>
    internal static long StoreCount(long size, int width)
    {
        long count = 0;
        for (int w = Math.Max(1, width); w >= 1 && size > 0; w >>= 1)
        {
            count += size / w;
            size %= w;
        }
        return count;
    }

    /// <summary>ARM RTABI memory helpers for Android and EABI (not GNUEABI, not musl): __aeabi_memcpy[4|8],
    /// __aeabi_memmove[4|8], __aeabi_memset[4|8], __aeabi_memclr[4|8]. ARMISelLowering names MEMCPY/MEMMOVE/MEMSET
    /// __aeabi_* when the EABI version is 4 or 5, and ARMTargetMachine makes it GNU for gnueabi(hf) and
    /// musleabi(hf) triples (TargetOptions EABIVersion Default; ARMSelectionDAGInfo::EmitSpecializedLibcall picks the
    /// aligned forms). llc 22 ARM/arm-eabi.ll, memfunc.ll: memcpy on arm-none-musleabi(hf).</summary>
    private static string? ArmAeabiMemName(CodegenTarget target, MemOpKind kind, long? size, int dstAlign, int srcAlign)
    {
        if (target.Arch != TargetArch.Arm) return null;
        if (target.Environment is not (TargetEnvironment.Android or TargetEnvironment.Eabi or TargetEnvironment.EabiHf)) return null;
        return kind switch { MemOpKind.Memcpy => "__aeabi_memcpy", MemOpKind.Memmove => "__aeabi_memmove", _ => "__aeabi_memset" };
    }

    private static string[] ArmAeabiAlternatives(MemOpKind kind) => kind switch
    {
        MemOpKind.Memcpy => ["__aeabi_memcpy4", "__aeabi_memcpy8"],
        MemOpKind.Memmove => ["__aeabi_memmove4", "__aeabi_memmove8"],
        _ => ["__aeabi_memset4", "__aeabi_memset8", "__aeabi_memclr", "__aeabi_memclr4", "__aeabi_memclr8"],
    };
}
