using KsymTrim.Elf;
using KsymTrim.Kbuild;
using KsymTrim.Tests.IO;

namespace KsymTrim.Tests.Elf;

/// <summary>
/// The seven <c>out/&lt;arch&gt;/symbols.o</c> fixtures read through <see cref="ElfFile"/>, checked against
/// what the fixture README promises and against the committed readelf goldens.
/// </summary>
[TestFixture]
public sealed class ElfFixtureTests
{
    public sealed record Arch(string Name, ElfClass Class, ElfByteOrder Order, ushort Machine, bool Rela)
    {
        public override string ToString() => Name;
    }

    public static readonly Arch[] Arches =
    [
        new("x86_64", ElfClass.Elf64, ElfByteOrder.LittleEndian, ElfMachine.X86_64, true),
        new("i386", ElfClass.Elf32, ElfByteOrder.LittleEndian, ElfMachine.I386, false),
        new("aarch64", ElfClass.Elf64, ElfByteOrder.LittleEndian, ElfMachine.AArch64, true),
        new("arm", ElfClass.Elf32, ElfByteOrder.LittleEndian, ElfMachine.Arm, false),
        new("riscv64", ElfClass.Elf64, ElfByteOrder.LittleEndian, ElfMachine.RiscV, true),
        new("ppc64", ElfClass.Elf64, ElfByteOrder.BigEndian, ElfMachine.PowerPC64, true),
        new("s390x", ElfClass.Elf64, ElfByteOrder.BigEndian, ElfMachine.S390, true),
    ];

    private static ElfFile Open(Arch arch) => ElfFile.Parse(File.ReadAllBytes(ReaderPaths.Fixture(arch.Name, "symbols.o")));

    private static ReadElfGolden Golden(Arch arch) =>
        ReadElfGolden.Load(ReaderPaths.Fixture(arch.Name, "symbols.o.readelf.txt"), arch.Class == ElfClass.Elf64);

    private static Dictionary<string, ElfSymbol> SymbolsByName(ElfFile elf, out ElfSymbolTable table)
    {
        table = elf.GetSymbolTable() ?? throw new AssertionException("no symbol table");
        var result = new Dictionary<string, ElfSymbol>(StringComparer.Ordinal);
        foreach (var s in table)
        {
            var name = table.GetName(s);
            if (name.Length > 0) result.TryAdd(name, s);
        }
        return result;
    }

    [TestCaseSource(nameof(Arches))]
    public void Header_class_byte_order_machine_and_type(Arch arch)
    {
        var elf = Open(arch);
        Assert.Multiple(() =>
        {
            Assert.That(elf.Class, Is.EqualTo(arch.Class));
            Assert.That(elf.Is64, Is.EqualTo(arch.Class == ElfClass.Elf64));
            Assert.That(elf.ByteOrder, Is.EqualTo(arch.Order));
            Assert.That(elf.IsBigEndian, Is.EqualTo(arch.Order == ElfByteOrder.BigEndian));
            Assert.That(elf.Machine, Is.EqualTo(arch.Machine));
            Assert.That(elf.Type, Is.EqualTo(ElfType.Relocatable));
        });
    }

    [TestCaseSource(nameof(Arches))]
    public void Sections_match_readelf_golden(Arch arch)
    {
        var elf = Open(arch);
        var golden = Golden(arch);
        Assert.That(golden.Sections, Is.Not.Empty, "golden parse");
        Assert.That(elf.SectionCount, Is.EqualTo(golden.Sections.Count + 1), "section count (index 0 included)");
        Assert.Multiple(() =>
        {
            foreach (var g in golden.Sections)
            {
                var sh = elf.Sections[g.Index];
                Assert.That(elf.GetSectionName(g.Index), Is.EqualTo(g.Name), $"name of [{g.Index}]");
                Assert.That(sh.Offset, Is.EqualTo(g.Offset), $"offset of [{g.Index}] {g.Name}");
                Assert.That(sh.Size, Is.EqualTo(g.Size), $"size of [{g.Index}] {g.Name}");
                Assert.That(sh.Link, Is.EqualTo(g.Link), $"link of [{g.Index}] {g.Name}");
                Assert.That(sh.Info, Is.EqualTo(g.Info), $"info of [{g.Index}] {g.Name}");
                Assert.That(elf.FindSection(System.Text.Encoding.UTF8.GetBytes(g.Name)), Is.LessThanOrEqualTo(g.Index).And.GreaterThan(0),
                    $"FindSection({g.Name})");
            }
        });
    }

    [TestCaseSource(nameof(Arches))]
    public void Section_lookup_by_name(Arch arch)
    {
        var elf = Open(arch);
        int text = elf.FindSection(".text"u8);
        int symtab = elf.FindSection(".symtab"u8);
        int modinfo = elf.FindSection(".modinfo"u8);
        int ksymtab = elf.FindSection("___ksymtab+exported_fn"u8);
        Assert.Multiple(() =>
        {
            Assert.That(text, Is.GreaterThan(0));
            Assert.That(elf.Sections[text].Type, Is.EqualTo(ElfSectionType.ProgBits));
            Assert.That(elf.Sections[text].Flags & ElfSectionFlags.ExecInstr, Is.EqualTo(ElfSectionFlags.ExecInstr));
            Assert.That(elf.Sections[symtab].Type, Is.EqualTo(ElfSectionType.SymbolTable));
            Assert.That(elf.GetSymbolTable()!.SectionIndex, Is.EqualTo(symtab));
            Assert.That(elf.Sections[modinfo].Type, Is.EqualTo(ElfSectionType.ProgBits));
            Assert.That(ksymtab, Is.GreaterThan(0));
            Assert.That(elf.GetSectionName(ksymtab), Is.EqualTo("___ksymtab+exported_fn"));
            Assert.That(elf.FindSection(".no.such.section"u8), Is.EqualTo(-1));
            Assert.That(elf.FindSection(".tex"u8), Is.EqualTo(-1), "prefix must not match");
        });
    }

    [TestCaseSource(nameof(Arches))]
    public void Symbols_match_readelf_golden(Arch arch)
    {
        var elf = Open(arch);
        var golden = Golden(arch);
        var table = elf.GetSymbolTable()!;
        Assert.That(golden.Symbols, Is.Not.Empty, "golden parse");
        Assert.That(table.Count, Is.EqualTo(golden.Symbols.Count));
        Assert.Multiple(() =>
        {
            foreach (var g in golden.Symbols)
            {
                var s = table[g.Index];
                string what = $"symbol {g.Index} {g.Name}";
                Assert.That(s.Index, Is.EqualTo(g.Index), what);
                Assert.That(s.Value, Is.EqualTo(g.Value), what + " value");
                Assert.That(s.Size, Is.EqualTo(g.Size), what + " size");
                Assert.That(BindName(s.Binding), Is.EqualTo(g.Bind), what + " binding");
                Assert.That(TypeName(s.Type), Is.EqualTo(g.Type), what + " type");
                Assert.That(s.Visibility.ToString().ToUpperInvariant(), Is.EqualTo(g.Vis), what + " visibility");
                Assert.That(NdxName(s), Is.EqualTo(g.Ndx), what + " section");
                if (s.Type != ElfSymbolType.Section)
                    Assert.That(table.GetName(s), Is.EqualTo(g.Name), what + " name");
            }
        });
    }

    private static string BindName(ElfSymbolBinding b) => b switch
    {
        ElfSymbolBinding.Local => "LOCAL",
        ElfSymbolBinding.Global => "GLOBAL",
        ElfSymbolBinding.Weak => "WEAK",
        ElfSymbolBinding.GnuUnique => "UNIQUE",
        _ => $"<{(int)b}>",
    };

    private static string TypeName(ElfSymbolType t) => t switch
    {
        ElfSymbolType.NoType => "NOTYPE",
        ElfSymbolType.Object => "OBJECT",
        ElfSymbolType.Function => "FUNC",
        ElfSymbolType.Section => "SECTION",
        ElfSymbolType.File => "FILE",
        ElfSymbolType.Common => "COMMON",
        ElfSymbolType.Tls => "TLS",
        ElfSymbolType.GnuIndirectFunction => "<OS specific>: 10",
        _ => ((int)t).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string NdxName(ElfSymbol s) => s.SectionIndex switch
    {
        ElfSectionIndex.Undefined => "UND",
        ElfSectionIndex.Absolute => "ABS",
        ElfSectionIndex.Common => "COM",
        _ => s.SectionIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [TestCaseSource(nameof(Arches))]
    public void Known_symbols_have_binding_type_visibility_and_section(Arch arch)
    {
        var elf = Open(arch);
        var syms = SymbolsByName(elf, out _);
        int text = arch.Name == "ppc64" ? elf.FindSection(".opd"u8) : elf.FindSection(".text"u8);
        Assert.Multiple(() =>
        {
            var f = syms["exported_fn"];
            Assert.That((f.Binding, f.Type, f.Visibility), Is.EqualTo((ElfSymbolBinding.Global, ElfSymbolType.Function, ElfSymbolVisibility.Default)));
            Assert.That(f.SectionIndex, Is.EqualTo((uint)text), "exported_fn lives in .text (.opd on ppc64 ELFv1)");
            Assert.That(f.IsExternal, Is.True);

            var st = syms["static_fn"];
            Assert.That((st.Binding, st.Type), Is.EqualTo((ElfSymbolBinding.Local, ElfSymbolType.Function)));
            Assert.That(st.IsExternal, Is.False);

            var c = syms["common_var"];
            Assert.That(c.IsCommon, Is.True);
            Assert.That(c.SectionIndex, Is.EqualTo(ElfSectionIndex.Common));

            var a = syms["abs_sym"];
            Assert.That(a.IsAbsolute, Is.True);
            Assert.That(a.Value, Is.EqualTo(0x1234UL));

            var wo = syms["weak_obj"];
            Assert.That((wo.Binding, wo.Type, wo.IsUndefined), Is.EqualTo((ElfSymbolBinding.Weak, ElfSymbolType.Object, true)));

            var wf = syms["weak_fn"];
            Assert.That((wf.Binding, wf.IsUndefined), Is.EqualTo((ElfSymbolBinding.Weak, true)));

            var p = syms["printk"];
            Assert.That((p.Binding, p.IsUndefined, p.SectionIndex), Is.EqualTo((ElfSymbolBinding.Global, true, 0u)));

            var i = syms["ifunc_fn"];
            Assert.That(i.Type, Is.EqualTo(ElfSymbolType.GnuIndirectFunction));

            var bss = syms["global_bss"];
            Assert.That(elf.Sections[(int)bss.SectionIndex].Type, Is.EqualTo(ElfSectionType.NoBits));

            Assert.That(syms, Does.Not.ContainKey("no_such_symbol"));
        });
    }

    [TestCaseSource(nameof(Arches))]
    public void Nm_letters_of_known_symbols(Arch arch)
    {
        var elf = Open(arch);
        var syms = SymbolsByName(elf, out _);
        // ppc64 ELFv1: function symbols point into .opd (data), so nm says D/d (see Fixtures/README.md).
        bool ppc = arch.Name == "ppc64";
        var expected = new Dictionary<string, char>
        {
            ["exported_fn"] = ppc ? 'D' : 'T',
            ["global_fn"] = ppc ? 'D' : 'T',
            ["static_fn"] = ppc ? 'd' : 't',
            ["common_var"] = 'C',
            ["weak_fn"] = 'w',
            ["weak_obj"] = 'v',
            ["weak_def_fn"] = 'W',
            ["weak_def_obj"] = 'V',
            ["abs_sym"] = 'A',
            ["ifunc_fn"] = 'i',
            ["printk"] = 'U',
            ["kmalloc"] = 'U',
            ["global_data"] = 'D',
            ["static_data"] = 'd',
            ["global_rodata"] = 'R',
            ["global_bss"] = 'B',
            ["static_bss"] = 'b',
            ["exported_data"] = 'D',
        };
        var actual = expected.Keys.ToDictionary(k => k, k => ElfNm.Letter(elf, syms[k]));
        Assert.That(actual, Is.EquivalentTo(expected));
    }

    [TestCaseSource(nameof(Arches))]
    public void Relocations_match_readelf_golden(Arch arch)
    {
        var elf = Open(arch);
        var golden = Golden(arch);
        var ours = elf.RelocationSections().ToList();
        Assert.That(ours.Select(i => elf.GetSectionName(i)), Is.EquivalentTo(golden.Relocations.Keys));
        Assert.Multiple(() =>
        {
            foreach (int index in ours)
            {
                var rel = elf.OpenRelocations(index);
                string name = elf.GetSectionName(index);
                Assert.That(rel.HasAddends, Is.EqualTo(arch.Rela), name);
                Assert.That(elf.Sections[index].Type, Is.EqualTo(arch.Rela ? ElfSectionType.Rela : ElfSectionType.Rel), name);
                var g = golden.Relocations[name];
                Assert.That(rel.Count, Is.EqualTo(g.Count), name);
                for (int i = 0; i < Math.Min(rel.Count, g.Count); i++)
                {
                    var r = rel[i];
                    Assert.That((r.Offset, r.SymbolIndex, r.Type), Is.EqualTo((g[i].Offset, g[i].Symbol, g[i].Type)), $"{name}[{i}]");
                }
            }
        });
    }

    [TestCaseSource(nameof(Arches))]
    public void Ksymtab_relocation_names_the_exported_symbol(Arch arch)
    {
        var elf = Open(arch);
        int target = elf.FindSection("___ksymtab+exported_fn"u8);
        Assert.That(target, Is.GreaterThan(0));
        var relSections = elf.RelocationSections().Where(i => elf.OpenRelocations(i).TargetSection == target).ToList();
        Assert.That(relSections, Has.Count.EqualTo(1), "exactly one relocation section applies to ___ksymtab+exported_fn");
        var rel = elf.OpenRelocations(relSections[0]);
        Assert.That(rel.HasAddends, Is.EqualTo(arch.Rela));
        Assert.That(elf.GetSectionName(relSections[0]), Is.EqualTo((arch.Rela ? ".rela" : ".rel") + "___ksymtab+exported_fn"));
        var names = Enumerable.Range(0, rel.Count).Select(i => rel.Symbols.GetName(rel.Symbols[(int)rel[i].SymbolIndex])).ToList();
        Assert.That(names, Does.Contain("exported_fn"));
        Assert.That(rel[0].Offset, Is.EqualTo(0UL), "the first entry fills the value slot at offset 0");
        Assert.That(rel.Symbols.GetName(rel.Symbols[(int)rel[0].SymbolIndex]), Is.EqualTo("exported_fn"));
        Assert.That(() => rel[rel.Count], Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCaseSource(nameof(Arches))]
    public void Modinfo_pairs(Arch arch)
    {
        var info = KernelModuleInfo.ReadModInfo(Open(arch));
        Assert.Multiple(() =>
        {
            Assert.That(info.Where(p => p.Key == "license").Select(p => p.Value), Is.EqualTo(new[] { "GPL" }));
            Assert.That(info.Count(p => p.Key == "alias"), Is.EqualTo(2));
            Assert.That(info.Select(p => p.Key), Does.Contain("author").And.Contain("description").And.Contain("vermagic").And.Contain("depends"));
            Assert.That(info.Where(p => p.Key == "depends").Select(p => p.Value), Is.EqualTo(new[] { "" }), "depends= has an empty value");
            Assert.That(info.Select(p => p.Key), Has.None.Empty, "padding NULs produce no entries");
        });
    }

    [TestCaseSource(nameof(Arches))]
    public void Versions_crcs(Arch arch)
    {
        var versions = KernelModuleInfo.ReadVersions(Open(arch));
        Assert.That(versions, Is.EqualTo(new[]
        {
            new ModuleVersion(0x12345678, "module_layout"),
            new ModuleVersion(0x9abcdef0, "printk"),
            new ModuleVersion(0x0badf00d, "kmalloc"),
        }));
    }

    [TestCaseSource(nameof(Arches))]
    public void Exports(Arch arch)
    {
        var exports = KernelModuleInfo.ReadExports(Open(arch));
        Assert.That(exports.Select(e => (e.Name, e.IsGpl)), Is.EqualTo(new[]
        {
            ("exported_data", false),
            ("exported_fn", false),
            ("exported_gpl_fn", true),
        }));
        Assert.That(exports.Single(e => e.Name == "exported_gpl_fn").Section, Is.EqualTo("___ksymtab_gpl+exported_gpl_fn"));
        Assert.That(exports.Single(e => e.Name == "exported_fn").Section, Is.EqualTo("___ksymtab+exported_fn"));
    }

    [Test]
    public void Modules_metadata()
    {
        var alpha = ElfFile.Parse(File.ReadAllBytes(ReaderPaths.Fixture("modules", "alpha.ko")));
        var beta = ElfFile.Parse(File.ReadAllBytes(ReaderPaths.Fixture("modules", "beta.ko")));
        Assert.Multiple(() =>
        {
            Assert.That(KernelModuleInfo.ReadExports(alpha).Select(e => e.Name), Is.EqualTo(new[] { "alpha_helper" }));
            var modinfo = KernelModuleInfo.ReadModInfo(beta);
            Assert.That(modinfo, Does.Contain(new KeyValuePair<string, string>("depends", "alpha")));
            Assert.That(modinfo, Does.Contain(new KeyValuePair<string, string>("import_ns", "ALPHA_NS")));
            Assert.That(KernelModuleInfo.ReadVersions(beta).Select(v => v.Name), Does.Not.Contain("queue_work").And.Contain("printk"));
            Assert.That(KernelModuleInfo.ReadExports(beta), Is.Empty);
        });
    }
}
