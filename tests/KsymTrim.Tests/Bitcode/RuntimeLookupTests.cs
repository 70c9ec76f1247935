using System.Diagnostics;
using System.Text;
using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.Objects;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Bitcode;

/// <summary>
/// Exports bitcode looks up by name at run time (<see cref="BitcodeRuntimeLookups"/>): the lookups fixtures
/// (Fixtures/out/lookups/&lt;clang&gt;/&lt;arch&gt;/*.bc against expected.tsv), the cases of
/// Bitcode/RuntimeLookupInputs/extra.c, the reader's constant details (read only for the modules that need them),
/// and malformed input read with them.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class RuntimeLookupTests
{
    private static string LookupsDir => TestPaths.Fixture("lookups");
    private static string Inputs => Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Bitcode", "RuntimeLookupInputs");

    /// <summary>Every bitcode file of the lookups fixtures, as "clang/arch/file.bc".</summary>
    public static IEnumerable<TestCaseData> Fixtures()
    {
        if (!Directory.Exists(LookupsDir)) yield break;
        foreach (var bc in Directory.GetFiles(LookupsDir, "*.bc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(LookupsDir, bc).Replace('\\', '/');
            yield return new TestCaseData(name).SetName("Lookups_" + name);
        }
    }

    /// <summary>expected.tsv: per variant (the file's stem), the kinds (name, warning, absent) and their names.</summary>
    private static List<(string Kind, string Name)> Expected(string variant)
    {
        var path = Path.Combine(LookupsDir, "expected.tsv");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Where(f => f.Length >= 3 && f[0] == variant)
            .Select(f => (f[1], f[2])).ToList();
    }

    private static ObjectLinkage Analyse(byte[] bytes, BitcodeReadOptions options, string? member = null)
    {
        var modules = BitcodeFile.Parse(bytes, options).Modules;
        return BitcodeReferenceAnalysis.Linkage(modules, member, BitcodeModuleSet.From(modules));
    }

    private static string Describe(ObjectLinkage linkage) =>
        "lookups:\n" + string.Join("\n", linkage.RuntimeLookups.Select(r => $"  {r.Symbol}\t{r.Detail}")) +
        "\nwarnings:\n" + string.Join("\n", linkage.Warnings.Select(w => $"  {w.Function}: {w.Callee}: {w.Detail}"));

    [TestCaseSource(nameof(Fixtures))]
    public void Fixture_lookups_are_those_expected(string file)
    {
        var variant = Path.GetFileNameWithoutExtension(file);
        var expected = Expected(variant);
        Assert.That(expected, Is.Not.Empty, $"expected.tsv has no lines for {variant}");
        var linkage = Analyse(File.ReadAllBytes(Path.Combine(LookupsDir, file)), BitcodeReferenceAnalysis.ReadOptions);
        var names = linkage.RuntimeLookups.Select(r => r.Symbol).ToList();
        TestContext.Out.WriteLine(Describe(linkage));

        Assert.That(names, Is.EquivalentTo(expected.Where(e => e.Kind == "name").Select(e => e.Name)), Describe(linkage));
        foreach (var (kind, name) in expected)
        {
            if (kind == "warning")
                Assert.That(linkage.Warnings.Select(w => w.Function), Does.Contain(name), Describe(linkage));
            else if (kind == "absent")
                Assert.That(names, Does.Not.Contain(name));
        }
        // Only the warnings expected: every other call site's name is a constant.
        Assert.That(linkage.Warnings.Select(w => w.Function).Distinct(),
            Is.EquivalentTo(expected.Where(e => e.Kind == "warning").Select(e => e.Name)), Describe(linkage));
        AssertWellFormed(linkage);
    }

    /// <summary>One reference per name, sorted by name (ordinal), each a runtime-lookup with its evidence.</summary>
    private static void AssertWellFormed(ObjectLinkage linkage)
    {
        var names = linkage.RuntimeLookups.Select(r => r.Symbol).ToList();
        Assert.That(names, Is.EqualTo(names.Order(StringComparer.Ordinal).Distinct().ToList()), "sorted, one per name");
        foreach (var r in linkage.RuntimeLookups)
        {
            Assert.That(r.Source, Is.EqualTo(ReferenceSource.RuntimeLookup));
            Assert.That(RuntimeLookups.IsExportName(r.Symbol), Is.True, r.Symbol);
            Assert.That(r.Detail, Does.Contain("\"" + r.Symbol + "\""));
        }
        foreach (var w in linkage.Warnings)
        {
            Assert.That(w.Function, Is.Not.Empty);
            Assert.That(RuntimeLookups.Entries.Select(e => e.Function).Append(RuntimeLookups.NoTrimSection), Does.Contain(w.Callee));
            Assert.That(w.Detail, Is.Not.Empty);
        }
    }

    [Test]
    public void Evidence_names_the_calling_function_or_the_section_variable()
    {
        var file = Path.Combine(LookupsDir, "clang-14", "x86_64", "lookups.bc");
        if (!File.Exists(file)) Assert.Ignore($"{file} is absent");
        var linkage = Analyse(File.ReadAllBytes(file), BitcodeReferenceAnalysis.ReadOptions, "drivers/x/lookups.o");
        var detail = linkage.RuntimeLookups.ToDictionary(r => r.Symbol, r => r.Detail);
        Assert.That(detail["lk_get_a"], Is.EqualTo(RuntimeLookups.CallEvidence("lk_case_symbol_get", "__symbol_get", "lk_get_a")));
        Assert.That(detail["lk_helper_c1"], Is.EqualTo(RuntimeLookups.CallEvidence("lk_attach", "__symbol_get", "lk_helper_c1")));
        Assert.That(detail["lk_notrim_only_h"], Is.EqualTo(RuntimeLookups.SectionEvidence("lk_notrim_only_h", "lk_notrim_only")));
        var warning = linkage.Warnings.Single();
        Assert.That(warning, Is.EqualTo(new LookupWarning("drivers/x/lookups.o", "lk_case_computed", "__symbol_get",
            "a local buffer, filled at run time")));
        // a lookup is not a link-time reference: the symbol table's view is unchanged
        Assert.That(linkage.Undefined, Does.Not.Contain("lk_get_a"));
        Assert.That(linkage.Undefined, Does.Contain("__symbol_get"));
    }

    [Test]
    public void The_module_analyzer_reads_the_details_it_needs()
    {
        var file = Path.Combine(LookupsDir, "clang-22", "x86_64", "lookups.bc");
        if (!File.Exists(file)) Assert.Ignore($"{file} is absent");
        var result = new ModuleAnalyzer().GetReferences([file]).Single();
        Assert.That(result.Error, Is.Null);
        var lookups = result.References!.References.Where(r => r.Source == ReferenceSource.RuntimeLookup).Select(r => r.Symbol);
        Assert.That(lookups, Is.EquivalentTo(Expected("lookups").Where(e => e.Kind == "name").Select(e => e.Name)));
        Assert.That(result.References.Warnings.Select(w => w.Function), Is.EqualTo(new[] { "lk_case_computed" }));
    }

    /// <summary>extra.c's cases: its comments say what each gives.</summary>
    [TestCase("extra-clang14-x86_64.bc")]
    [TestCase("extra-clang22-x86_64.bc")]
    public void Extra_cases(string file)
    {
        var linkage = Analyse(File.ReadAllBytes(Path.Combine(Inputs, file)), BitcodeReferenceAnalysis.ReadOptions);
        TestContext.Out.WriteLine(Describe(linkage));
        Assert.That(linkage.RuntimeLookups.Select(r => r.Symbol), Is.EqualTo(new[]
        {
            "xt_deep_e1", "xt_deep_e2", "xt_deep_e3", "xt_loop_f1", "xt_loop_f2", "xt_mixed_g", "xt_rec_h",
            "xt_tail_a", "xt_taken_c", "xt_visible_b", "xt_writable_d",
        }), Describe(linkage));
        var warnings = linkage.Warnings.ToDictionary(w => w.Function, w => w.Detail);
        Assert.That(warnings.Keys, Is.EquivalentTo(new[] { "xt_visible_helper", "xt_taken", "xt_load", "xt_writable_get", "xt_mixed" }),
            Describe(linkage));
        Assert.That(warnings["xt_visible_helper"], Does.Contain("code outside the object may call"));
        Assert.That(warnings["xt_taken"], Does.Contain("address"));
        Assert.That(warnings["xt_load"], Does.Contain("loaded from memory"));
        Assert.That(warnings["xt_writable_get"], Does.Contain("writable"));
        AssertWellFormed(linkage);
    }

    [TestCase("extra-clang14-x86_64.bc")]
    [TestCase("extra-clang22-x86_64.bc")]
    public void Reader_gives_string_initialisers_and_constant_offsets(string file)
    {
        var module = BitcodeFile.Parse(File.ReadAllBytes(Path.Combine(Inputs, file)), BitcodeReferenceAnalysis.ReadOptions).Modules.Single();
        Assert.That(module.HasConstantDetails, Is.True);
        int writable = IndexOf(module, g => g.Name == "xt_writable");
        Assert.That(Encoding.ASCII.GetString(module.InitializerBytes(writable)!.Value.Span), Is.EqualTo("xt_writable_d\0"));
        Assert.That(module.GlobalValues[writable].IsConstant, Is.False);
        // the string "zzz_xt_tail_a" and the call that passes its tail: GEP offset 4
        int tail = Enumerable.Range(0, module.GlobalValues.Count)
            .Single(i => module.InitializerBytes(i) is { } b && Encoding.ASCII.GetString(b.Span) == "zzz_xt_tail_a\0");
        var f = module.Functions!.Single(fn => module.GlobalValues[fn.Global].Name == "xt_tail");
        var body = f.Body!;
        Assert.That(body.HasGlobalOffsets, Is.True);
        var call = body.Instructions.ToArray().Single(i => i.Op == IrOp.Call);
        int arg = call.First + call.CalleeOperand + 1;
        Assert.That(body.Operands[arg], Is.EqualTo(new IrValue(IrValueKind.Global, tail)));
        Assert.That(body.GlobalOffset(arg), Is.EqualTo(4));
        // a function's address is no byte array
        Assert.That(Enumerable.Range(0, module.GlobalValues.Count).Where(i => module.GlobalValues[i].Kind == GlobalValueKind.Function)
            .All(i => module.InitializerBytes(i) is null), Is.True);
        Assert.That(module.InitializerBytes(-1), Is.Null);
        Assert.That(module.InitializerBytes(module.GlobalValues.Count), Is.Null);
    }

    private static int IndexOf(BitcodeModule module, Func<GlobalValue, bool> match)
    {
        for (int i = 0; i < module.GlobalValues.Count; i++)
            if (match(module.GlobalValues[i])) return i;
        Assert.Fail("no such global");
        return -1;
    }

    [Test]
    public void Modules_that_look_nothing_up_are_read_without_constant_details()
    {
        int read = 0;
        foreach (var bc in Directory.GetFiles(TestPaths.Fixture("constructs"), "*.bc", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(40))
        {
            var bytes = File.ReadAllBytes(bc);
            var modules = BitcodeFile.Parse(bytes, BitcodeReferenceAnalysis.ReadOptions).Modules;
            foreach (var m in modules)
            {
                Assert.That(m.HasConstantDetails, Is.False, bc);
                Assert.That(Enumerable.Range(0, m.GlobalValues.Count).All(i => m.InitializerBytes(i) is null), Is.True, bc);
                Assert.That(m.Functions!.All(f => f.Body is null || !f.Body.HasGlobalOffsets), Is.True, bc);
            }
            // the same answer as without the option
            var with = BitcodeReferenceAnalysis.Linkage(modules, null, BitcodeModuleSet.From(modules));
            var plain = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules;
            var without = BitcodeReferenceAnalysis.Linkage(plain, null, BitcodeModuleSet.From(plain));
            Assert.That(with.Evidence, Is.EqualTo(without.Evidence), bc);
            Assert.That(with.RuntimeLookups, Is.Empty, bc);
            read++;
        }
        if (read == 0) Assert.Ignore("no construct fixtures");
    }

    [Test]
    public void Details_for_every_module_change_no_reference()
    {
        var all = BitcodeReferenceAnalysis.ReadOptions with { ConstantDetails = BitcodeReadOptions.Always };
        foreach (var bc in Directory.GetFiles(TestPaths.Fixture("constructs"), "*.bc", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(40))
        {
            var bytes = File.ReadAllBytes(bc);
            var detailed = BitcodeFile.Parse(bytes, all).Modules;
            Assert.That(detailed.All(m => m.HasConstantDetails), Is.True);
            var plain = BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules;
            Assert.That(BitcodeReferenceAnalysis.Linkage(detailed, null, BitcodeModuleSet.From(detailed)).Evidence,
                Is.EqualTo(BitcodeReferenceAnalysis.Linkage(plain, null, BitcodeModuleSet.From(plain)).Evidence), bc);
        }
    }

    [Test]
    public void Without_constant_details_every_lookup_warns()
    {
        var file = Path.Combine(LookupsDir, "clang-14", "x86_64", "lookups.bc");
        if (!File.Exists(file)) Assert.Ignore($"{file} is absent");
        var linkage = Analyse(File.ReadAllBytes(file), BitcodeReadOptions.FunctionBodies);
        Assert.That(linkage.RuntimeLookups, Is.Empty);
        // one per call site of __symbol_get/__symbol_put and per .no_trim_symbol variable: never silent
        Assert.That(linkage.Warnings.Select(w => w.Function), Does.Contain("lk_case_symbol_get").And.Contain("lk_attach")
            .And.Contain("lk_notrim_only").And.Contain("lk_case_computed"));
        Assert.That(linkage.Warnings.All(w => w.Detail.Contains("constant details", StringComparison.Ordinal)), Is.True);
    }

    /// <summary>The lookups fixtures and kvm's VFIO member, cut and corrupted, read with constant details: each is read
    /// and analysed, or refused with KsymFormatException, quickly and in memory proportional to it.</summary>
    public static IEnumerable<TestCaseData> MutationInputs()
    {
        yield return new TestCaseData(Path.Combine("fixtures", "clang-14", "x86_64", "lookups-notrim.bc")).SetName("Mutants_lookups_clang14");
        yield return new TestCaseData(Path.Combine("fixtures", "clang-22", "aarch64", "lookups-notrim.bc")).SetName("Mutants_lookups_clang22");
        yield return new TestCaseData(Path.Combine("inputs", "extra-clang14-x86_64.bc")).SetName("Mutants_extra_clang14");
        yield return new TestCaseData(Path.Combine("corpus", "lto-x86_64", "kvm", "members", "virt", "kvm", "vfio.o")).SetName("Mutants_kvm_vfio");
    }

    [TestCaseSource(nameof(MutationInputs))]
    public void Mutants_give_only_KsymFormatException(string input)
    {
        var parts = input.Split(Path.DirectorySeparatorChar, 2);
        var path = parts[0] switch
        {
            "fixtures" => Path.Combine(LookupsDir, parts[1]),
            "inputs" => Path.Combine(Inputs, parts[1]),
            _ => Path.Combine(TestPaths.Corpus, parts[1]),
        };
        if (!File.Exists(path)) Assert.Ignore($"{path} is absent");
        var original = File.ReadAllBytes(path);
        var mutants = BitcodeMutants.Of(original, truncations: 32, flipped: 200);
        int read = 0, details = 0;
        foreach (var (what, bytes) in mutants)
        {
            if (BitcodeMutants.Reads(path, what, bytes, () =>
                {
                    var modules = BitcodeFile.Parse(bytes, BitcodeReferenceAnalysis.ReadOptions).Modules;
                    if (modules.Any(m => m.HasConstantDetails)) details++;
                    var linkage = BitcodeReferenceAnalysis.Linkage(modules, null, BitcodeModuleSet.From(modules));
                    Assert.That(linkage.RuntimeLookups.All(r => RuntimeLookups.IsExportName(r.Symbol)), Is.True);
                })) read++;
        }
        TestContext.Out.WriteLine($"{mutants.Count} mutants: {read} read, {details} of them with constant details");
        Assert.That(read, Is.LessThan(mutants.Count), "every mutant read: nothing is checked");
        Assert.That(details, Is.GreaterThan(0), "no mutant read with constant details: the details are not exercised");
    }

    [Test]
    public void The_filter_sees_each_module_s_names_from_the_STRTAB_after_it()
    {
        // two modules before one STRTAB: each is asked about its own global values, by name
        var bytes = File.ReadAllBytes(TestPaths.Fixture("bitcode", "two-modules.bc"));
        var seen = new List<string>();
        var options = BitcodeReadOptions.FunctionBodies with
        {
            ConstantDetails = (name, kind, isDeclaration, section) =>
            {
                lock (seen) seen.Add(Encoding.UTF8.GetString(name));
                return kind == GlobalValueKind.Function && !isDeclaration && name.SequenceEqual("second_fn"u8);
            },
        };
        var modules = BitcodeFile.Parse(bytes, options).Modules;
        Assert.That(modules.Select(m => m.HasConstantDetails), Is.EqualTo(new[] { false, true }));
        Assert.That(seen, Does.Contain("exported_fn").And.Contain("second_fn"));
        // the wrapper's offset is no obstacle
        var wrapped = BitcodeFile.Parse(File.ReadAllBytes(TestPaths.Fixture("bitcode", "wrapped.bc")),
            BitcodeReadOptions.FunctionBodies with { ConstantDetails = BitcodeReadOptions.Always }).Modules;
        Assert.That(wrapped.All(m => m.HasConstantDetails), Is.True);
    }

    [Test]
    public void Options_that_read_no_bodies_read_no_details()
    {
        var file = Path.Combine(LookupsDir, "clang-14", "x86_64", "lookups.bc");
        if (!File.Exists(file)) Assert.Ignore($"{file} is absent");
        var options = new BitcodeReadOptions { ConstantDetails = BitcodeReadOptions.Always };
        var module = BitcodeFile.Parse(File.ReadAllBytes(file), options).Modules.Single();
        Assert.That(module.HasConstantDetails, Is.False);
        Assert.That(module.Functions, Is.Null);
    }

    [Test]
    public void Long_byte_arrays_are_not_kept()
    {
        var file = Path.Combine(LookupsDir, "clang-14", "x86_64", "lookups.bc");
        if (!File.Exists(file)) Assert.Ignore($"{file} is absent");
        var options = BitcodeReferenceAnalysis.ReadOptions with { MaxInitializerBytes = 10 };
        var module = BitcodeFile.Parse(File.ReadAllBytes(file), options).Modules.Single();
        // "lk_get_a" (9 bytes with its NUL) is kept, "lk_helper_c1" (13) is not
        var kept = Enumerable.Range(0, module.GlobalValues.Count).Select(module.InitializerBytes).Where(b => b is not null).Select(b => b!.Value.Length).ToList();
        Assert.That(kept, Does.Contain(9));
        Assert.That(kept, Has.All.LessThanOrEqualTo(10));
        var modules = BitcodeFile.Parse(File.ReadAllBytes(file), options).Modules;
        var linkage = BitcodeReferenceAnalysis.Linkage(modules, null, BitcodeModuleSet.From(modules));
        Assert.That(linkage.RuntimeLookups.Select(r => r.Symbol), Does.Contain("lk_get_a").And.Not.Contain("lk_helper_c1"));
        Assert.That(linkage.Warnings.Select(w => w.Function), Does.Contain("lk_attach"), "a name not kept warns");
    }
}
