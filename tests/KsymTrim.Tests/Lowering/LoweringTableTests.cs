using KsymTrim.Analysis.Lowering;

namespace KsymTrim.Tests.Lowering;

/// <summary>The tables themselves and the kernel scenarios the model exists for.</summary>
[TestFixture]
public sealed class LoweringTableTests
{
    private static readonly string[] SourceWords = [".cpp", ".def", ".td", ".h", ".S", "LLVM", "llc", "CBL", "Lowering", "Legalize", "RTLIB", "ISD::", "SelectionDAG"];

    private static bool Cites(string text) => SourceWords.Any(w => text.Contains(w, StringComparison.Ordinal));

    [Test]
    public void Every_row_cites_its_source()
    {
        Assert.Multiple(() =>
        {
            foreach (var r in FunctionRules.Rules) Assert.That(Cites(r.Rule), r.Rule);
            foreach (var r in IntrinsicRules.Rows) Assert.That(Cites(r.Source) || r.Kind == IntrinsicKind.FloatLib, r.Source);
            foreach (var r in MemOps.Table) Assert.That(Cites(r.Source), r.Source);
            foreach (var r in ArithmeticRules.Mulo) Assert.That(r.Source, Is.Not.Empty);
            foreach (var r in ArithmeticRules.Overrides) Assert.That(Cites(r.Source), r.Source);
            foreach (var r in IntrinsicRules.Rows) Assert.That(r.Source, Is.Not.Empty, r.Prefix);
            foreach (var r in ArithmeticRules.SinCosNames) Assert.That(Cites(r.Source), r.Source);
            foreach (var r in ArithmeticRules.F128Libm) Assert.That(Cites(r.Source), r.Source);
            foreach (var r in ArithmeticRules.WideShifts) Assert.That(Cites(r.Source), r.Source);
        });
    }

    private static List<string> Intrinsic(string triple, int llvm, FunctionTraits? traits, string name, string[] args, string result, long?[]? constants = null)
    {
        var t = CodegenTarget.FromTriple(triple, llvm);
        var into = new List<LoweredCall>();
        var shapes = args.Select(ValueShape.Parse).ToList();
        LoweringModel.ForIntrinsic(t, traits ?? FunctionTraits.Default(t), name, shapes, constants ?? new long?[shapes.Count], new int[shapes.Count], ValueShape.Parse(result), into);
        Assert.That(into.All(c => c.Rule.Length > 0));
        return into.Select(c => c.Symbol).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> InstrAt(string triple, int llvm, FunctionTraits? traits, InstructionOp op, string operand, string result, int atomicOp = -1, int align = 0)
    {
        var t = CodegenTarget.FromTriple(triple, llvm);
        var into = new List<LoweredCall>();
        LoweringModel.ForInstruction(t, traits ?? FunctionTraits.Default(t), op, ValueShape.Parse(operand), ValueShape.Parse(result), atomicOp, align, into);
        return into.Select(c => c.Symbol).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [Test]
    public void Llvm20_to_22_rows_follow_their_version_ranges()
    {
        // i686 fp128 libm: sqrtl with llc 19, sqrtf128 with llc 22 (20 and 21 not measured: both)
        Assert.That(Intrinsic("i686-unknown-linux-gnu", 19, null, "llvm.sqrt.f128", ["f128"], "f128"), Is.EqualTo(new[] { "sqrtl" }));
        Assert.That(Intrinsic("i686-unknown-linux-gnu", 22, null, "llvm.sqrt.f128", ["f128"], "f128"), Does.Contain("sqrtf128"));
        Assert.That(Intrinsic("i686-unknown-linux-gnu", 20, null, "llvm.sqrt.f128", ["f128"], "f128"), Is.SupersetOf(new[] { "sqrtl", "sqrtf128" }));
        // SystemZ i128 variable shifts: inline up to 19 and with the vector facility, __ashlti3 on z10 from 20
        var z10 = CodegenTarget.FromTriple("s390x-unknown-linux-gnu", 22);
        var z13 = Traits(z10, ("target-cpu", "z13"));
        Assert.That(InstrAt("s390x-unknown-linux-gnu", 19, null, InstructionOp.Shl, "i128", "i128"), Is.Empty);
        Assert.That(InstrAt("s390x-unknown-linux-gnu", 22, Traits(z10, ("target-cpu", "z10")), InstructionOp.Shl, "i128", "i128"), Is.EqualTo(new[] { "__ashlti3" }));
        Assert.That(InstrAt("s390x-unknown-linux-gnu", 22, z13, InstructionOp.AShr, "i128", "i128"), Is.Empty);
        // sincos: GNU environments; RISC-V only up to 21; never musl
        Assert.That(Intrinsic("riscv64-unknown-linux-gnu", 19, null, "llvm.sin.f32", ["f32"], "f32"), Does.Contain("sincosf"));
        Assert.That(Intrinsic("riscv64-unknown-linux-gnu", 22, null, "llvm.sin.f32", ["f32"], "f32"), Does.Not.Contain("sincosf"));
        Assert.That(Intrinsic("x86_64-unknown-linux-gnu", 22, null, "llvm.cos.f64", ["f64"], "f64"), Is.EqualTo(new[] { "cos", "sincos" }));
        Assert.That(Intrinsic("x86_64-unknown-linux-musl", 22, null, "llvm.cos.f64", ["f64"], "f64"), Is.EqualTo(new[] { "cos" }));
        // half fma: fmaf up to 19, through double from 20 (soft double: __muldf3/__adddf3)
        var rv = CodegenTarget.FromTriple("riscv64-unknown-linux-gnu", 22);
        var rvSoft = Traits(rv, ("target-cpu", "generic-rv64"), ("target-features", "+m,+a,-f,-d"));
        Assert.That(Intrinsic("riscv64-unknown-linux-gnu", 19, rvSoft, "llvm.fma.f16", ["f16", "f16", "f16"], "f16"), Does.Contain("fmaf").And.Not.Contain("__muldf3"));
        Assert.That(Intrinsic("riscv64-unknown-linux-gnu", 22, rvSoft, "llvm.fma.f16", ["f16", "f16", "f16"], "f16"),
            Is.SupersetOf(new[] { "__muldf3", "__adddf3", "__truncdfhf2" }).And.Not.Contain("fmaf"));
        // fixed-point division: twice the width, a libcall even for i128 on a 32-bit target
        Assert.That(Intrinsic("i686-unknown-linux-gnu", 22, null, "llvm.sdiv.fix.i64", ["i64", "i64", "i32"], "i64", [null, null, 16]),
            Is.EqualTo(new[] { "__divti3", "__modti3" }));
        Assert.That(Intrinsic("x86_64-unknown-linux-gnu", 22, null, "llvm.udiv.fix.sat.i32", ["i32", "i32", "i32"], "i32", [null, null, 16]), Is.Empty);
    }

    [Test]
    public void Thumb1_multiplies_and_atomics()
    {
        var m0 = CodegenTarget.FromTriple("thumbv6m-unknown-none-eabi", 22);
        var k = Traits(m0, ("target-cpu", "cortex-m0"), ("target-features", "+armv6-m,+soft-float,+strict-align,+thumb-mode,-fpregs"));
        Assert.That(InstrAt("thumbv6m-unknown-none-eabi", 22, k, InstructionOp.Mul, "i64", "i64"), Is.EqualTo(new[] { "__aeabi_lmul" }));
        Assert.That(InstrAt("thumbv6m-unknown-none-eabi", 22, k, InstructionOp.Mul, "i32", "i32"), Is.Empty);
        // v6-M: no atomics at all (setMaxAtomicSizeInBitsSupported(0)): __atomic_*
        Assert.That(InstrAt("thumbv6m-unknown-none-eabi", 22, k, InstructionOp.AtomicRmw, "i32", "i32", (int)AtomicRmwOp.Add, 4), Is.EqualTo(new[] { "__atomic_fetch_add_4" }));
        // Linux: 64-bit atomics supported, Thumb-1 lowers them to __sync_*
        var lx = CodegenTarget.FromTriple("thumbv6m-unknown-linux-gnueabi", 22);
        var kl = Traits(lx, ("target-cpu", "cortex-m0"), ("target-features", "+armv6-m,+soft-float,+strict-align,+thumb-mode,-fpregs"));
        Assert.That(InstrAt("thumbv6m-unknown-linux-gnueabi", 22, kl, InstructionOp.AtomicRmw, "i32", "i32", (int)AtomicRmwOp.Add, 4), Is.EqualTo(new[] { "__sync_fetch_and_add_4" }));
        // v7-M: 32-bit atomics inline, 64-bit ones __atomic_*
        var m3 = CodegenTarget.FromTriple("thumbv7m-unknown-none-eabi", 22);
        var k3 = Traits(m3, ("target-cpu", "cortex-m3"), ("target-features", "+armv7-m,+thumb-mode,+thumb2,+hwdiv"));
        Assert.That(InstrAt("thumbv7m-unknown-none-eabi", 22, k3, InstructionOp.AtomicRmw, "i32", "i32", (int)AtomicRmwOp.Add, 4), Is.Empty);
        Assert.That(InstrAt("thumbv7m-unknown-none-eabi", 22, k3, InstructionOp.AtomicRmw, "i64", "i64", (int)AtomicRmwOp.Add, 8), Is.EqualTo(new[] { "__atomic_fetch_add_8" }));
        Assert.That(InstrAt("thumbv7m-unknown-none-eabi", 22, k3, InstructionOp.Mul, "i64", "i64"), Is.Empty);
    }

    private static FunctionTraits Traits(CodegenTarget t, params (string Key, string? Value)[] attrs) =>
        FunctionTraits.From(t, attrs.Select(a => new KeyValuePair<string, string?>(a.Key, a.Value)));

    private static List<string> Instr(string triple, FunctionTraits? traits, InstructionOp op, string operand, string result, int atomicOp = -1, int align = 0)
    {
        var t = CodegenTarget.FromTriple(triple);
        var into = new List<LoweredCall>();
        LoweringModel.ForInstruction(t, traits ?? FunctionTraits.Default(t), op, ValueShape.Parse(operand), ValueShape.Parse(result), atomicOp, align, into);
        Assert.That(into.All(c => c.Rule.Length > 0));
        return into.Select(c => c.Symbol).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    [TestCase("x86_64-unknown-linux-gnu", TargetArch.X86_64, 64)]
    [TestCase("i686-pc-linux-gnu", TargetArch.I386, 32)]
    [TestCase("aarch64-linux-gnu", TargetArch.AArch64, 64)]
    [TestCase("armv7a-unknown-linux-gnueabi", TargetArch.Arm, 32)]
    [TestCase("thumbv7-linux-gnueabihf", TargetArch.Arm, 32)]
    [TestCase("riscv64-unknown-linux-gnu", TargetArch.RiscV64, 64)]
    [TestCase("riscv32-unknown-linux-gnu", TargetArch.RiscV32, 32)]
    [TestCase("powerpc64le-linux-gnu", TargetArch.PowerPC64, 64)]
    [TestCase("powerpc-linux-gnu", TargetArch.PowerPC, 32)]
    [TestCase("s390x-ibm-linux", TargetArch.S390x, 64)]
    [TestCase("wasm32-unknown-unknown", TargetArch.Unknown, 0)]
    [TestCase(null, TargetArch.Unknown, 0)]
    public void Triples_parse(string? triple, object arch, int bits) // object: TargetArch is internal, a public test method cannot name it
    {
        var t = CodegenTarget.FromTriple(triple);
        Assert.That((t.Arch, t.PointerBits), Is.EqualTo(((TargetArch)arch, bits)));
    }

    [Test]
    public void Triple_environment_and_subarch()
    {
        var arm = CodegenTarget.FromTriple("armv7a-unknown-linux-gnueabihf");
        Assert.That((arm.Environment, arm.SubArch, arm.IsAeabi, arm.OS), Is.EqualTo((TargetEnvironment.GnuEabiHf, 7, true, TargetOS.Linux)));
        Assert.That(CodegenTarget.FromTriple("thumbv7-linux-androideabi").IsAndroid && CodegenTarget.FromTriple("thumbv7-linux-androideabi").IsThumb);
        Assert.That(CodegenTarget.FromTriple("i486-linux-gnu").SubArch, Is.EqualTo(4));
        Assert.That(CodegenTarget.FromTriple("x86_64-linux-gnu").IsGlibc);
        Assert.That(CodegenTarget.FromTriple("x86_64-linux-musl").IsGlibc, Is.False);
    }

    [Test]
    public void Features_explicit_win_over_cpu_defaults()
    {
        var t = CodegenTarget.FromTriple("x86_64-linux-gnu");
        var k = Traits(t, ("target-cpu", "x86-64"), ("target-features", "+retpoline-external-thunk,-sse,-sse2,+cx8"));
        Assert.That(k.HasFeature("sse"), Is.False);
        Assert.That(k.HasFeature("x87"), Is.True);
        Assert.That(k.HasFeature("retpoline-external-thunk"), Is.True);
        Assert.That(Traits(CodegenTarget.FromTriple("i586-linux-gnu")).HasFeature("cx8"), Is.True);
        Assert.That(Traits(CodegenTarget.FromTriple("i486-linux-gnu")).HasFeature("cx8"), Is.False);
        var mcount = Traits(t, ("instrument-function-entry-inlined", "\u0001_mcount"));
        Assert.That(mcount.EntryInlinedFunction, Is.EqualTo("_mcount"));
    }

    [Test]
    public void Kernel_x86_64_scenarios()
    {
        var t = CodegenTarget.FromTriple("x86_64-unknown-linux-gnu", 14);
        var k = Traits(t, ("target-cpu", "x86-64"), ("noimplicitfloat", null), ("fentry-call", "true"), ("sspstrong", null), ("fn_ret_thunk_extern", null),
            ("target-features", "+cx8,+retpoline-external-thunk,+retpoline-indirect-branches,+retpoline-indirect-calls,-sse,-sse2,-mmx"));
        var into = new List<LoweredCall>();
        var flags = new Dictionary<string, ModuleFlagValue> { ["stack-protector-guard-reg"] = new("gs", null) };
        LoweringModel.ForFunction(t, k, new FunctionFacts(true, true, false, true, true), flags, into);
        Assert.That(into.Select(c => c.Symbol), Is.EquivalentTo(new[] { "__fentry__", "__stack_chk_fail", "__x86_indirect_thunk_r11" }),
            "LLVM 14 has no return thunk and x86 glibc reads the canary from %gs");
        into.Clear();
        LoweringModel.ForFunction(t.WithLlvmMajor(16), k, new FunctionFacts(false, false, false, true, true), flags, into);
        Assert.That(into.Select(c => c.Symbol), Is.EquivalentTo(new[] { "__fentry__", "__x86_return_thunk" }));
        // 64 bytes inline with 8-byte stores (8 stores), 65 calls; rep movs for aligned copies up to 128.
        var mem = new List<LoweredCall>();
        LoweringModel.ForIntrinsic(t, k, "llvm.memcpy.p0.p0.i64", [ValueShape.Pointer(), ValueShape.Pointer(), ValueShape.Int(64), ValueShape.Int(1)], [null, null, 64, 0], [1, 1, 0, 0], ValueShape.None, mem);
        Assert.That(mem, Is.Empty);
        LoweringModel.ForIntrinsic(t, k, "llvm.memcpy.p0.p0.i64", [ValueShape.Pointer(), ValueShape.Pointer(), ValueShape.Int(64), ValueShape.Int(1)], [null, null, 65, 0], [1, 1, 0, 0], ValueShape.None, mem);
        Assert.That(mem.Select(c => c.Symbol), Is.EqualTo(new[] { "memcpy" }));
        mem.Clear();
        LoweringModel.ForIntrinsic(t, k, "llvm.memset.p0.i64", [ValueShape.Pointer(), ValueShape.Int(8), ValueShape.Int(64), ValueShape.Int(1)], [null, 0, 4096, 0], [8, 0, 0, 0], ValueShape.None, mem);
        Assert.That(mem.Select(c => c.Symbol), Is.EqualTo(new[] { "memset" }));
        mem.Clear();
        LoweringModel.ForIntrinsic(t, k, "llvm.memset.inline.p0.i64", [ValueShape.Pointer(), ValueShape.Int(8), ValueShape.Int(64), ValueShape.Int(1)], [null, 0, 4096, 0], [8, 0, 0, 0], ValueShape.None, mem);
        Assert.That(mem, Is.Empty);
    }

    [Test]
    public void Libcalls_of_the_32_bit_targets()
    {
        Assert.That(Instr("i686-linux-gnu", null, InstructionOp.UDiv, "i64", "i64"), Is.EqualTo(new[] { "__udivdi3" }));
        Assert.That(Instr("armv7a-linux-gnueabi", null, InstructionOp.SRem, "i32", "i32"), Is.EqualTo(new[] { "__aeabi_idivmod" }));
        Assert.That(Instr("armv7a-linux-gnueabi", null, InstructionOp.UDiv, "i64", "i64"), Is.EqualTo(new[] { "__aeabi_uldivmod" }));
        var hwdiv = Traits(CodegenTarget.FromTriple("armv7a-linux-gnueabihf"), ("target-features", "+hwdiv-arm,+vfp3"));
        Assert.That(Instr("armv7a-linux-gnueabihf", hwdiv, InstructionOp.UDiv, "i32", "i32"), Is.Empty);
        Assert.That(Instr("powerpc-linux-gnu", null, InstructionOp.URem, "i64", "i64"), Is.EqualTo(new[] { "__umoddi3" }));
        Assert.That(Instr("riscv32-linux-gnu", null, InstructionOp.Mul, "i32", "i32"), Is.EqualTo(new[] { "__mulsi3" }), "no M extension");
        Assert.That(Instr("i686-linux-gnu", null, InstructionOp.Shl, "i64", "i64"), Is.Empty, "shifts by parts");
        var minsize = Traits(CodegenTarget.FromTriple("i686-linux-gnu"), ("minsize", null));
        Assert.That(Instr("i686-linux-gnu", minsize, InstructionOp.Shl, "i64", "i64"), Is.EqualTo(new[] { "__ashldi3" }));
    }

    [Test]
    public void Libcalls_of_the_64_bit_targets()
    {
        Assert.That(Instr("x86_64-linux-gnu", null, InstructionOp.SDiv, "i128", "i128"), Is.EqualTo(new[] { "__divti3" }));
        Assert.That(Instr("x86_64-linux-gnu", null, InstructionOp.SDiv, "i64", "i64"), Is.Empty);
        var into = new List<LoweredCall>();
        var a64 = CodegenTarget.FromTriple("aarch64-linux-gnu", 19);
        LoweringModel.ForIntrinsic(a64, FunctionTraits.Default(a64), "llvm.smul.with.overflow.i128", [ValueShape.Int(128), ValueShape.Int(128)], [null, null], [0, 0], ValueShape.None, into);
        Assert.That(into.Select(c => c.Symbol), Is.EqualTo(new[] { "__muloti4" }));
        into.Clear();
        LoweringModel.ForIntrinsic(a64.WithLlvmMajor(20), FunctionTraits.Default(a64), "llvm.smul.with.overflow.i128", [ValueShape.Int(128), ValueShape.Int(128)], [null, null], [0, 0], ValueShape.None, into);
        Assert.That(into, Is.Empty, "LLVM 20 dropped __muloti4 everywhere but wasm");
        var x64 = CodegenTarget.FromTriple("x86_64-linux-gnu", 14);
        LoweringModel.ForIntrinsic(x64, FunctionTraits.Default(x64), "llvm.smul.with.overflow.i128", [ValueShape.Int(128), ValueShape.Int(128)], [null, null], [0, 0], ValueShape.None, into);
        Assert.That(into, Is.Empty, "LLVM 14 dropped __muloti4 on x86_64");
        LoweringModel.ForIntrinsic(x64.WithLlvmMajor(13), FunctionTraits.Default(x64), "llvm.smul.with.overflow.i128", [ValueShape.Int(128), ValueShape.Int(128)], [null, null], [0, 0], ValueShape.None, into);
        Assert.That(into.Select(c => c.Symbol), Is.EqualTo(new[] { "__muloti4" }));
    }

    [Test]
    public void Soft_float()
    {
        var arm = Traits(CodegenTarget.FromTriple("armv7a-linux-gnueabi"), ("target-features", "+armv7-a,+soft-float,-vfp2"), ("use-soft-float", "true"));
        Assert.That(Instr("armv7a-linux-gnueabi", arm, InstructionOp.FAdd, "f32", "f32"), Is.EqualTo(new[] { "__aeabi_fadd" }));
        Assert.That(Instr("armv7a-linux-gnueabi", arm, InstructionOp.FCmp, "f32", "i1", (int)FCmpPredicate.Olt), Is.EqualTo(new[] { "__aeabi_fcmplt" }));
        Assert.That(Instr("armv7a-linux-gnueabi", arm, InstructionOp.SIToFP, "i64", "f64"), Is.EqualTo(new[] { "__aeabi_l2d" }));
        var rv = Traits(CodegenTarget.FromTriple("riscv64-linux-gnu"), ("target-features", "+m,+a,+c,-f,-d"));
        Assert.That(Instr("riscv64-linux-gnu", rv, InstructionOp.FMul, "f64", "f64"), Is.EqualTo(new[] { "__muldf3" }));
        var x86k = Traits(CodegenTarget.FromTriple("x86_64-linux-gnu"), ("target-features", "-sse,-sse2"), ("noimplicitfloat", null));
        Assert.That(Instr("x86_64-linux-gnu", x86k, InstructionOp.FAdd, "f64", "f64"), Is.Empty, "x87 still does it");
        Assert.That(Instr("x86_64-linux-gnu", null, InstructionOp.FAdd, "f128", "f128"), Is.EqualTo(new[] { "__addtf3" }));
        Assert.That(Instr("powerpc64le-linux-gnu", null, InstructionOp.FAdd, "f128", "f128"), Is.EqualTo(new[] { "__addkf3" }));
    }

    [Test]
    public void Atomics()
    {
        Assert.That(Instr("i686-linux-gnu", null, InstructionOp.AtomicRmw, "i64", "i64", (int)AtomicRmwOp.Add, 4),
            Is.EqualTo(new[] { "__atomic_compare_exchange" }), "under-aligned: generic CAS loop");
        Assert.That(Instr("i486-linux-gnu", null, InstructionOp.AtomicRmw, "i64", "i64", (int)AtomicRmwOp.Add, 8),
            Is.EqualTo(new[] { "__atomic_fetch_add_8" }), "no cmpxchg8b");
        Assert.That(Instr("i686-linux-gnu", null, InstructionOp.AtomicRmw, "i64", "i64", (int)AtomicRmwOp.Add, 8), Is.Empty);
        var t = CodegenTarget.FromTriple("aarch64-linux-gnu", 19);
        var outline = Traits(t, ("target-features", "+outline-atomics"));
        var into = new List<LoweredCall>();
        LoweringModel.ForInstruction(t, outline, InstructionOp.AtomicRmw, ValueShape.Int(32), ValueShape.Int(32), (int)AtomicRmwOp.Add, 4, AtomicOrdering.Acquire, into);
        Assert.That(into.Select(c => c.Symbol), Is.EqualTo(new[] { "__aarch64_ldadd4_acq" }));
        Assert.That(Instr("riscv64-linux-gnu", Traits(CodegenTarget.FromTriple("riscv64-linux-gnu"), ("target-features", "-a")),
            InstructionOp.AtomicLoad, "i32", "i32", -1, 4), Is.EqualTo(new[] { "__atomic_load_4" }));
    }

    [Test]
    public void Stack_protector_guards()
    {
        var facts = new FunctionFacts(true, false, false, true, true);
        static List<string> Run(string triple, FunctionFacts f, params (string, ModuleFlagValue)[] flags)
        {
            var t = CodegenTarget.FromTriple(triple, 19);
            var into = new List<LoweredCall>();
            var traits = FunctionTraits.From(t, [new KeyValuePair<string, string?>("nounwind", null)]);
            LoweringModel.ForFunction(t, traits, f, flags.ToDictionary(x => x.Item1, x => x.Item2), into);
            return into.Select(c => c.Symbol).Order(StringComparer.Ordinal).ToList();
        }
        Assert.That(Run("aarch64-linux-gnu", facts), Is.EqualTo(new[] { "__stack_chk_fail", "__stack_chk_guard" }));
        Assert.That(Run("aarch64-linux-gnu", facts, ("stack-protector-guard", new("sysreg", null))), Is.EqualTo(new[] { "__stack_chk_fail" }));
        Assert.That(Run("x86_64-linux-gnu", facts), Is.EqualTo(new[] { "__stack_chk_fail" }));
        Assert.That(Run("x86_64-linux-gnu", facts, ("stack-protector-guard", new("global", null))), Is.EqualTo(new[] { "__stack_chk_fail", "__stack_chk_guard" }));
        Assert.That(Run("i686-linux-gnu", facts, ("stack-protector-guard-symbol", new("__stack_chk_guard", null))), Is.EqualTo(new[] { "__stack_chk_fail", "__stack_chk_guard" }));
        Assert.That(Run("armv7a-linux-gnueabi", facts, ("stack-protector-guard", new("tls", null))), Is.EqualTo(new[] { "__stack_chk_fail" }));
        Assert.That(Run("powerpc64le-linux-gnu", facts), Is.EqualTo(new[] { ".TOC.", "__stack_chk_fail" }));
        Assert.That(Run("s390x-linux-gnu", facts), Is.EqualTo(new[] { "__stack_chk_fail" }));
        Assert.That(Run("riscv64-linux-gnu", facts), Is.EqualTo(new[] { "__stack_chk_fail", "__stack_chk_guard" }));
        Assert.That(Run("riscv64-linux-gnu", facts with { NeedsStackProtector = false }), Is.Empty);
    }

    [Test]
    public void Alloca_protection_follows_StackProtector_cpp()
    {
        var t = CodegenTarget.FromTriple("x86_64-linux-gnu");
        var ssp = Traits(t, ("ssp", null));
        var strong = Traits(t, ("sspstrong", null));
        var none = FunctionTraits.Default(t);
        var charArray16 = new AllocaFacts(true, true, true, 16, false, false, false);
        var charArray4 = charArray16 with { ArrayBytes = 4 };
        var intArray = new AllocaFacts(true, true, false, 64, false, false, false);
        var scalarTaken = new AllocaFacts(false, false, false, 0, false, true, false);
        var dynamic = new AllocaFacts(false, false, false, 0, true, false, false);
        Assert.Multiple(() =>
        {
            Assert.That(LoweringModel.AllocaNeedsProtector(none, charArray16), Is.False);
            Assert.That(LoweringModel.AllocaNeedsProtector(ssp, charArray16), Is.True);
            Assert.That(LoweringModel.AllocaNeedsProtector(ssp, charArray4), Is.False);
            Assert.That(LoweringModel.AllocaNeedsProtector(ssp, intArray), Is.False, "non-char arrays only on Darwin");
            Assert.That(LoweringModel.AllocaNeedsProtector(strong, intArray), Is.True);
            Assert.That(LoweringModel.AllocaNeedsProtector(strong, charArray4), Is.True);
            Assert.That(LoweringModel.AllocaNeedsProtector(ssp, scalarTaken), Is.False);
            Assert.That(LoweringModel.AllocaNeedsProtector(strong, scalarTaken), Is.True);
            Assert.That(LoweringModel.AllocaNeedsProtector(ssp, dynamic), Is.True);
            Assert.That(LoweringModel.AllocaNeedsProtector(ssp, new AllocaFacts(false, false, false, 0, false, false, false, AllocationCount: 8)), Is.True);
            Assert.That(LoweringModel.AllocaNeedsProtector(Traits(t, ("ssp", null), ("stack-protector-buffer-size", "32")), charArray16), Is.False);
            Assert.That(LoweringModel.FunctionNeedsProtector(Traits(t, ("sspreq", null)), false), Is.True);
        });
    }

    [Test]
    public void May_expand_calls()
    {
        var t = CodegenTarget.FromTriple("x86_64-linux-gnu");
        var tr = FunctionTraits.Default(t);
        Assert.That(LoweringModel.MayExpandCall(t, tr, "memcmp", [null, null, 8], [1, 1, 0]), Is.True);
        Assert.That(LoweringModel.MayExpandCall(t, tr, "memcmp", [null, null, null], [1, 1, 0]), Is.False);
        Assert.That(LoweringModel.MayExpandCall(t, tr, "strlen", [null], [0]), Is.False);
        var z = CodegenTarget.FromTriple("s390x-linux-gnu");
        Assert.That(LoweringModel.MayExpandCall(z, FunctionTraits.Default(z), "strlen", [null], [0]), Is.True);
        // certainly expanded only within the load budget llc was measured to use (a wrong "expanded" loses a symbol)
        Assert.That(LoweringModel.MayExpandCall(t, tr, "bcmp", [null, null, 16], [0, 0, 0]), Is.True);
        Assert.That(LoweringModel.MayExpandCall(t, tr, "bcmp", [null, null, 18], [0, 0, 0]), Is.False); // igb: bcmp(.., 18) stays
        var i386 = CodegenTarget.FromTriple("i686-linux-gnu");
        Assert.That(LoweringModel.MayExpandCall(i386, FunctionTraits.Default(i386), "memcmp", [null, null, 8], [0, 0, 0]), Is.True);
        Assert.That(LoweringModel.MayExpandCall(i386, FunctionTraits.Default(i386), "memcmp", [null, null, 16], [0, 0, 0]), Is.False);
        var a64 = CodegenTarget.FromTriple("aarch64-linux-gnu");
        Assert.That(LoweringModel.MayExpandCall(a64, FunctionTraits.Default(a64), "bcmp", [null, null, 64], [0, 0, 0]), Is.True);
        Assert.That(LoweringModel.MayExpandCall(a64, FunctionTraits.Default(a64), "bcmp", [null, null, 65], [0, 0, 0]), Is.False);
        var arm = CodegenTarget.FromTriple("armv7a-linux-gnueabi");
        Assert.That(LoweringModel.MayExpandCall(arm, FunctionTraits.Default(arm), "bcmp", [null, null, 4], [0, 0, 0]), Is.False);
        var minsize = FunctionTraits.From(t, [new("minsize", null)]);
        Assert.That(LoweringModel.MayExpandCall(t, minsize, "bcmp", [null, null, 4], [0, 0, 0]), Is.False);
        var into = new List<LoweredCall>();
        LoweringModel.ForIntrinsic(t, tr, "mempcpy", [ValueShape.Pointer(), ValueShape.Pointer(), ValueShape.Int(64)], [null, null, null], [0, 0, 0], ValueShape.Pointer(), into);
        Assert.That(into.Select(c => c.Symbol), Is.EqualTo(new[] { "memcpy" }));
    }

    [TestCase("x86_64-unknown-linux-gnu", "llvm.tan.f32", 32, "tanf")]
    [TestCase("aarch64-unknown-linux-gnu", "llvm.asin.f64", 64, "asin")]
    [TestCase("armv7a-unknown-linux-gnueabihf", "llvm.atan2.f64", 64, "atan2")]
    [TestCase("s390x-unknown-linux-gnu", "llvm.sinh.f128", 128, "sinhl")]
    [TestCase("x86_64-unknown-linux-gnu", "llvm.cosh.f80", 80, "coshl")]
    [TestCase("riscv64-unknown-linux-gnu", "llvm.tanh.f32", 32, "tanhf")]
    [TestCase("powerpc64le-unknown-linux-gnu", "llvm.acos.f32", 32, "acosf")]
    [TestCase("x86_64-unknown-linux-gnu", "llvm.exp10.f32", 32, "exp10f")]
    [TestCase("aarch64-unknown-linux-gnu", "llvm.modf.f32", 32, "modff")]
    public void The_libm_intrinsics_of_LLVM_18_to_21_are_calls(string triple, string intrinsic, int bits, string call)
    {
        // llc-22 -O2 on each (benchmarks/llvm-conformance: CodeGen tests tan/asin/.../exp10): always a libm call.
        var t = CodegenTarget.FromTriple(triple, 22);
        var into = new List<LoweredCall>();
        var x = ValueShape.Float(bits);
        LoweringModel.ForIntrinsic(t, Traits(t), intrinsic, intrinsic.Contains("atan2") ? [x, x] : [x], [null, null], [0, 0], x, into);
        Assert.That(into.Select(c => c.Symbol), Does.Contain(call));
    }

    [TestCase("x86_64-unknown-linux-gnu", new[] { "fegetmode", "fesetmode" })]
    [TestCase("aarch64-unknown-linux-gnu", new[] { "fegetenv", "fesetenv" })]
    [TestCase("armv7a-unknown-linux-gnueabihf", new[] { "fegetenv", "fesetenv" })]
    [TestCase("s390x-unknown-linux-gnu", new[] { "fegetenv", "fegetmode", "fesetenv", "fesetmode" })]
    [TestCase("riscv64-unknown-linux-gnu", new[] { "fegetenv", "fegetmode", "fesetenv", "fesetmode" })]
    public void The_floating_point_environment_intrinsics_call_libc_unless_the_target_lowers_them(string triple, string[] calls)
    {
        // llc-22 -O2: x86 reads and writes the environment itself (fnstenv/fldenv), AArch64 and ARM the mode (FPCR/FPSCR).
        var t = CodegenTarget.FromTriple(triple, 22);
        var into = new List<LoweredCall>();
        foreach (var name in new[] { "llvm.get.fpenv.i256", "llvm.set.fpenv.i256", "llvm.reset.fpenv", "llvm.get.fpmode.i32", "llvm.set.fpmode.i32", "llvm.reset.fpmode" })
            LoweringModel.ForIntrinsic(t, Traits(t), name, [], [], [], ValueShape.None, into);
        Assert.That(into.Select(c => c.Symbol).Distinct().Order(StringComparer.Ordinal), Is.EqualTo(calls));
    }
}
