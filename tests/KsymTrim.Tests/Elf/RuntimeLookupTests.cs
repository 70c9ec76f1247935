using System.Buffers.Binary;
using KsymTrim.Inputs;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;
using KsymTrim.Objects;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Elf;

/// <summary>
/// Exports looked up by name in native objects (<see cref="NativeRuntimeLookups"/>): every
/// <c>out/lookups/clang-{14,22}/&lt;arch&gt;/*.o</c> fixture against <c>out/lookups/expected.tsv</c>, through the library
/// (<see cref="ModuleAnalyzer.GetReferences(string)"/>); more shapes compiled on the fly when clang-14 is installed
/// (ppc64 ELFv1 big-endian, the large code model's .toc, big-endian Arm and AArch64, i386 without regparm); and
/// malformed relocations, which must be format errors, never crashes.
/// </summary>
[TestFixture]
public sealed class RuntimeLookupTests
{
    public sealed record LookupObject(string Compiler, string Arch, string Variant)
    {
        public string Path => TestPaths.Fixture("lookups", Compiler, Arch, Variant + ".o");
        public override string ToString() => $"{Compiler}/{Arch}/{Variant}";
    }

    private sealed record Expected(HashSet<string> Names, HashSet<string> Warnings, HashSet<string> Absent);

    private static readonly Lazy<Dictionary<string, Expected>> ExpectedByVariant = new(() =>
    {
        var result = new Dictionary<string, Expected>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(TestPaths.Fixture("lookups", "expected.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (!result.TryGetValue(f[0], out var e)) result[f[0]] = e = new([], [], []);
            (f[1] switch { "name" => e.Names, "warning" => e.Warnings, "absent" => e.Absent, _ => throw new FormatException(line) }).Add(f[2]);
        }
        return result;
    });

    public static IEnumerable<LookupObject> Objects()
    {
        var root = TestPaths.Fixture("lookups");
        if (!Directory.Exists(root)) yield break;
        foreach (var compiler in Directory.GetDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal))
            foreach (var arch in Directory.GetDirectories(Path.Combine(root, compiler!)).Select(Path.GetFileName).Order(StringComparer.Ordinal))
                foreach (var o in Directory.GetFiles(Path.Combine(root, compiler!, arch!), "*.o").Order(StringComparer.Ordinal))
                    yield return new LookupObject(compiler!, arch!, Path.GetFileNameWithoutExtension(o));
    }

    private static (Dictionary<string, string> Names, List<LookupWarning> Warnings) Lookups(string path)
    {
        var refs = new ModuleAnalyzer().GetReferences(path);
        var names = refs.References.Where(r => r.Source == ReferenceSource.RuntimeLookup).ToDictionary(r => r.Symbol, r => r.Detail);
        return (names, refs.Warnings.ToList());
    }

    [Test]
    public void Every_architecture_and_compiler_has_fixtures()
    {
        var objects = Objects().ToList();
        Assert.That(objects.Select(o => o.Arch).Distinct(),
            Is.SupersetOf(new[] { "x86_64", "i386", "aarch64", "arm", "thumb", "armv5", "riscv64", "ppc64le", "s390x" }));
        Assert.That(objects.Select(o => o.Compiler).Distinct(), Is.EquivalentTo(new[] { "clang-14", "clang-22" }));
    }

    /// <summary>What expected.tsv says, exactly: every name and nothing else (no extra name: the fixtures' functions
    /// that make lookups hold only their names and non-names), and one warning, for the computed name; none for
    /// lk_attach, whose callers give it constants.</summary>
    [TestCaseSource(nameof(Objects))]
    public void Reports_every_expected_name_no_other_and_warns_of_the_computed_one(LookupObject o)
    {
        var expected = ExpectedByVariant.Value[o.Variant];
        var (names, warnings) = Lookups(o.Path);
        TestContext.Out.WriteLine(string.Join("\n", names.Select(n => $"{n.Key}\t{n.Value}")));
        Assert.Multiple(() =>
        {
            Assert.That(names.Keys, Is.SupersetOf(expected.Names), "a looked-up export is missing");
            Assert.That(names.Keys.Intersect(expected.Absent), Is.Empty, "a string that is not looked up is reported");
            Assert.That(names.Keys, Is.EquivalentTo(expected.Names), "names beyond expected.tsv");
            Assert.That(warnings.Select(w => w.Function), Is.SupersetOf(expected.Warnings), "the computed name must warn");
            Assert.That(warnings.Select(w => w.Function), Is.EquivalentTo(expected.Warnings), "only the computed name warns");
            Assert.That(warnings.Select(w => w.Callee), Has.All.EqualTo("__symbol_get"));
            Assert.That(warnings.Select(w => w.Member), Has.All.Null);
        });
    }

    [Test]
    public void Evidence_names_the_function_the_helper_chain_and_the_section_variable()
    {
        var (names, warnings) = Lookups(TestPaths.Fixture("lookups", "clang-14", "x86_64", "lookups.o"));
        Assert.Multiple(() =>
        {
            Assert.That(names["lk_get_a"], Is.EqualTo(RuntimeLookups.CallEvidence("lk_case_symbol_get", "__symbol_get", "lk_get_a")));
            Assert.That(names["lk_helper_c1"], Is.EqualTo(RuntimeLookups.CallEvidence("lk_case_helper_c1", "lk_attach -> __symbol_get", "lk_helper_c1")));
            Assert.That(names["lk_helper_c2"], Is.EqualTo(RuntimeLookups.CallEvidence("lk_case_helper_c2", "lk_attach -> __symbol_get", "lk_helper_c2")));
            Assert.That(names["lk_notrim_only_h"], Is.EqualTo(RuntimeLookups.SectionEvidence("lk_notrim_only_h", "lk_notrim_only")));
            Assert.That(warnings.Single().Message, Does.StartWith("lk_case_computed looks up an export by a computed name (__symbol_get: "));
        });
    }

    [Test]
    public void Objects_without_lookup_calls_or_section_get_none()
    {
        var files = ElfFixtureTests.Arches.Select(a => TestPaths.Fixture(a.Name, "symbols.o"))
            .Concat(Directory.GetFiles(TestPaths.Fixture("modules"), "*.ko")).ToList();
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var linkage = ObjectLinkage.Of(ObjectSymbols.Linkage(new ObjectUnit(file, null, FileKind.Elf, File.ReadAllBytes(file)), withDefined: false));
            Assert.That(linkage.RuntimeLookups, Is.Empty, file);
            Assert.That(linkage.Warnings, Is.Empty, file);
        }
    }

    [Test]
    public void Section_name_table_test_is_exact_for_whole_names_and_cheap_for_others()
    {
        var elf = ElfFile.Parse(File.ReadAllBytes(TestPaths.Fixture("lookups", "clang-14", "x86_64", "lookups.o")));
        Assert.Multiple(() =>
        {
            Assert.That(elf.SectionNameTableContains(".no_trim_symbol"u8), Is.True);
            Assert.That(NativeRuntimeLookups.MayHaveNoTrimSection(elf), Is.True);
            Assert.That(elf.FindSection(".no_trim_symbol"u8), Is.GreaterThan(0));
            Assert.That(elf.SectionNameTableContains(".no_trim_symbo"u8), Is.False, "a prefix is no name");
            Assert.That(elf.SectionNameTableContains(".nosuchsection"u8), Is.False);
            Assert.That(elf.FindSection(".nosuchsection"u8), Is.EqualTo(-1));
        });
        var plain = ElfFile.Parse(File.ReadAllBytes(TestPaths.Fixture("x86_64", "symbols.o")));
        Assert.That(NativeRuntimeLookups.MayHaveNoTrimSection(plain), Is.False);
    }

    // ---- shapes the fixtures lack, compiled now ----------------------------------------------------------------

    public sealed record Shape(string Name, string[] Flags, string Compiler = "clang-14")
    {
        public override string ToString() => Name;
    }

    private const string Common = "-O2 -ffreestanding -fno-builtin -nostdinc -fno-pic -fno-pie -fno-stack-protector -c";

    public static readonly Shape[] Shapes =
    [
        new("ppc64-elfv1-be", ["--target=powerpc64-linux-gnu", "-mcmodel=medium"]),
        new("ppc64-elfv1-be-large", ["--target=powerpc64-linux-gnu", "-mcmodel=large"]),
        new("ppc64le-large", ["--target=powerpc64le-linux-gnu", "-mcmodel=large"]),
        new("armeb", ["--target=armebv7a-linux-gnueabihf", "-marm"]),
        new("thumbeb", ["--target=armebv7a-linux-gnueabihf", "-mthumb"]),
        new("aarch64-be", ["--target=aarch64_be-linux-gnu", "-mgeneral-regs-only"]),
        new("i386-stack-args", ["--target=i386-linux-gnu"]),
        new("x86_64-pie", ["--target=x86_64-linux-gnu", "-mcmodel=small", "-fpie"]), // lea .L.str(%rip): R_X86_64_PC32 .L.str-4
        new("riscv64-medlow", ["--target=riscv64-linux-gnu", "-march=rv64imac", "-mabi=lp64", "-mcmodel=medlow"]),
        new("s390x-z13", ["--target=s390x-linux-gnu", "-march=z13"]),
        // GCC, as distributions build their kernels: the assembler resolves calls to lk_attach within .text.
        new("gcc-x86_64", ["-mcmodel=kernel", "-mno-red-zone"], "gcc"),
        new("gcc-x86_64-sections", ["-mcmodel=kernel", "-mno-red-zone", "-ffunction-sections", "-fdata-sections"], "gcc"),
        new("gcc-x86_64-O1", ["-O1", "-mcmodel=kernel", "-mno-red-zone"], "gcc"),
    ];

    /// <summary>The fixture source built for more targets, code models and compilers. The names must all be found,
    /// no absent string reported, and at most two others.</summary>
    [TestCaseSource(nameof(Shapes))]
    public void Other_shapes_find_every_name(Shape shape)
    {
        var compiler = ExternalTool.Require(shape.Compiler);
        var dir = Directory.CreateTempSubdirectory("ksymtrim-lookups-");
        try
        {
            var src = Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Fixtures", "src", "lookups", "lookups.c");
            var obj = Path.Combine(dir.FullName, shape.Name + ".o");
            string[] args = [.. Common.Split(' '), .. shape.Flags, "-DLK_NOTRIM=0", src, "-o", obj];
            var (code, _, stderr) = ExternalTool.Run(compiler, args);
            if (code != 0) Assert.Ignore($"{shape.Compiler} cannot build {shape.Name}: {stderr}");
            var expected = ExpectedByVariant.Value["lookups"];
            var (names, warnings) = Lookups(obj);
            TestContext.Out.WriteLine(string.Join("\n", names.Select(n => $"{n.Key}\t{n.Value}")));
            Assert.Multiple(() =>
            {
                Assert.That(names.Keys, Is.SupersetOf(expected.Names));
                Assert.That(names.Keys.Intersect(expected.Absent), Is.Empty);
                Assert.That(names.Count, Is.LessThanOrEqualTo(expected.Names.Count + 2), "few names beyond expected.tsv");
                Assert.That(warnings.Select(w => w.Function), Is.EquivalentTo(expected.Warnings));
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // ---- malformed input --------------------------------------------------------------------------------------

    private static ObjectLinkage Analyse(byte[] bytes, string label = "mutant.o") =>
        ObjectLinkage.Of(ObjectSymbols.Linkage(new ObjectUnit(label, null, FileKind.Elf, bytes), withDefined: false));

    private static (ElfSectionHeader Header, int Index) Section(byte[] bytes, string name)
    {
        var elf = ElfFile.Parse(bytes);
        int i = elf.FindSection(System.Text.Encoding.ASCII.GetBytes(name));
        Assert.That(i, Is.GreaterThan(0), name);
        return (elf.Sections[i], i);
    }

    [Test]
    public void A_relocation_outside_its_section_is_a_format_error_at_the_entry()
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture("lookups", "clang-14", "x86_64", "lookups.o"));
        var (rela, _) = Section(bytes, ".rela.text");
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan((int)rela.Offset + 24), 0xFFFF_FFF0); // entry 1's r_offset
        var e = Assert.Throws<KsymFormatException>(() => Analyse(bytes));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ElfBadRelocations));
        Assert.That(e.Offset, Is.EqualTo((long)rela.Offset + 24));
        Assert.That(e.Message, Does.Contain("outside section"));
    }

    [Test]
    public void A_rel_addend_that_runs_past_its_section_is_a_format_error()
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture("lookups", "clang-14", "i386", "lookups.o"));
        var (rel, _) = Section(bytes, ".rel.text");
        var (text, _) = Section(bytes, ".text");
        // Entry 0 is R_386_32 or R_386_PC32 (both read a 4-byte addend): point it at the last 2 bytes of .text.
        uint type = bytes[(int)rel.Offset + 4];
        Assume.That(type, Is.EqualTo(1u).Or.EqualTo(2u));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)rel.Offset), (uint)text.Size - 2);
        var e = Assert.Throws<KsymFormatException>(() => Analyse(bytes));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ElfBadRelocations));
        Assert.That(e.Offset, Is.EqualTo((long)rel.Offset));
        Assert.That(e.Message, Does.Contain("past the end"));
    }

    [Test]
    public void A_relocation_naming_a_symbol_past_the_table_is_a_format_error()
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture("lookups", "clang-22", "s390x", "lookups.o"));
        var (rela, _) = Section(bytes, ".rela.text");
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan((int)rela.Offset + 8), 0x7FFF_FFFF); // r_info's symbol
        var e = Assert.Throws<KsymFormatException>(() => Analyse(bytes));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ElfBadRelocations));
    }

    public static IEnumerable<string> MutationTargets() =>
    [
        "clang-14/x86_64/lookups.o", "clang-14/i386/lookups.o", "clang-14/armv5/lookups.o", "clang-22/thumb/lookups.o",
        "clang-22/ppc64le/lookups.o", "clang-22/riscv64/lookups.o", "clang-14/s390x/lookups-notrim.o", "clang-14/aarch64/lookups-fsections.o",
    ];

    /// <summary>Random bytes written over the sections the analysis reads (relocations, code, strings, symbols,
    /// .no_trim_symbol): the outcome is an answer or a <see cref="KsymFormatException"/>, never another exception.</summary>
    [TestCaseSource(nameof(MutationTargets))]
    public void Mutated_objects_give_an_answer_or_a_format_error(string fixture)
    {
        var original = File.ReadAllBytes(TestPaths.Fixture(["lookups", .. fixture.Split('/')]));
        var elf = ElfFile.Parse(original);
        var ranges = new List<(int Offset, int Size)>();
        for (int i = 1; i < elf.SectionCount; i++)
        {
            var sh = elf.Sections[i];
            if (sh.HasContents && sh.Size > 0 && !elf.IsSectionNameTable(i)) ranges.Add(((int)sh.Offset, (int)sh.Size));
        }
        var random = new Random(fixture.Length * 7919);
        int answers = 0, errors = 0;
        for (int n = 0; n < 400; n++)
        {
            var bytes = (byte[])original.Clone();
            for (int k = 1 + random.Next(4); k > 0; k--)
            {
                var (offset, size) = ranges[random.Next(ranges.Count)];
                int at = offset + random.Next(size);
                bytes[at] = random.Next(3) switch { 0 => 0xFF, 1 => 0, _ => (byte)random.Next(256) };
            }
            try
            {
                Analyse(bytes);
                answers++;
            }
            catch (KsymFormatException)
            {
                errors++;
            }
        }
        TestContext.Out.WriteLine($"{answers} answers, {errors} format errors");
        Assert.That(answers + errors, Is.EqualTo(400));
    }
}
