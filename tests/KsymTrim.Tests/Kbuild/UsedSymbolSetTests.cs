using KsymTrim.Analysis;

namespace KsymTrim.Tests.Kbuild;

[TestFixture]
public class UsedSymbolSetTests
{
    private static ModuleReferences Module(string name, params string[] symbols)
    {
        var refs = symbols.Select(s => new SymbolReference(s, ReferenceSource.Symtab, "undefined")).ToList();
        refs.Sort((a, b) => string.CompareOrdinal(a.Symbol, b.Symbol));
        return new ModuleReferences(name, refs);
    }

    private static string[] Names(UsedSymbolSet set) => set.ToList().Select(s => s.Name).ToArray();

    [Test]
    public void Union_SortedOrdinal_Unique()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("a.ko", "printk", "kfree", "Zeta"));
        set.Add(Module("b.ko", "printk", "_under", "alpha"));
        Assert.That(Names(set), Is.EqualTo(new[] { "Zeta", "_under", "alpha", "kfree", "printk" }));
        Assert.That(set.ModuleCount, Is.EqualTo(2));
    }

    [Test]
    public void EmptyModule_CountedButAddsNothing()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("empty.ko"));
        Assert.That(set.ModuleCount, Is.EqualTo(1));
        Assert.That(set.ToList(), Is.Empty);
    }

    [Test]
    public void ModuleAttribution_InAddOrder_NoDuplicates()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("z.ko", "printk"));
        set.Add(Module("a.ko", "printk", "kfree"));
        set.Add(Module("m.ko", "kfree", "printk"));
        var list = set.ToList();
        Assert.That(list.Single(s => s.Name == "printk").Modules, Is.EqualTo(new[] { "z.ko", "a.ko", "m.ko" }));
        Assert.That(list.Single(s => s.Name == "kfree").Modules, Is.EqualTo(new[] { "a.ko", "m.ko" }));
    }

    [Test]
    public void SeveralSourcesForOneSymbol_OneAttribution()
    {
        var refs = new List<SymbolReference>
        {
            new("memcpy", ReferenceSource.Symtab, "undefined"),
            new("memcpy", ReferenceSource.Intrinsic, "llvm.memcpy"),
            new("memcpy", ReferenceSource.InlineAsm, "call memcpy"),
        };
        var set = new UsedSymbolSet();
        set.Add(new ModuleReferences("x.ko", refs));
        Assert.That(set.ToList().Single().Modules, Is.EqualTo(new[] { "x.ko" }));
    }

    [Test]
    public void DotPrefix_StrippedByDefault_MergedWithPlainName()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("ppc.ko", ".mutex_lock", ".printk", "printk"));
        var list = set.ToList();
        Assert.That(list.Select(s => s.Name), Is.EqualTo(new[] { "mutex_lock", "printk" }));
        Assert.That(list.Single(s => s.Name == "printk").Modules, Is.EqualTo(new[] { "ppc.ko" }));
    }

    [Test]
    public void DotPrefix_OnlyOneDotStripped()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("ppc.ko", "..odd"));
        Assert.That(Names(set), Is.EqualTo(new[] { ".odd" }));
    }

    [Test]
    public void DotPrefix_KeptWhenDisabled()
    {
        var set = new UsedSymbolSet(new UsedSetOptions { StripDotPrefix = false });
        set.Add(Module("ppc.ko", ".printk", "printk"));
        Assert.That(Names(set), Is.EqualTo(new[] { ".printk", "printk" }));
    }

    [Test]
    public void ThisModule_ExcludedByDefault_AlsoWithDot()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("a.ko", "__this_module", ".__this_module", "printk"));
        set.Add("__this_module", "whitelist");
        Assert.That(Names(set), Is.EqualTo(new[] { "printk" }));
    }

    [Test]
    public void CustomExclusion()
    {
        var set = new UsedSymbolSet(new UsedSetOptions
        {
            LinkerNames = LinkerNameRules.None,
            Excluded = new HashSet<string>(StringComparer.Ordinal) { "kfree" },
        });
        set.Add(Module("a.ko", "__this_module", "kfree", "printk"));
        Assert.That(Names(set), Is.EqualTo(new[] { "__this_module", "printk" }));
    }

    [Test]
    public void LinkerProvidedNames_ExcludedByDefault()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("a.ko", ".TOC.", "_GLOBAL_OFFSET_TABLE_", "_savegpr0_14", "__s390_indirect_jump_r14", "kfree"));
        Assert.That(Names(set), Is.EqualTo(new[] { "kfree" }));

        // gen_autoksyms.sh drops only __this_module (after stripping one leading dot).
        var script = new UsedSymbolSet(new UsedSetOptions { LinkerNames = LinkerNameRules.GenAutoksyms });
        script.Add(Module("a.ko", ".TOC.", "_GLOBAL_OFFSET_TABLE_", "__this_module", "kfree"));
        Assert.That(Names(script), Is.EqualTo(new[] { "TOC.", "_GLOBAL_OFFSET_TABLE_", "kfree" }));
    }

    [Test]
    public void KeepOnly_FiltersModulesAndOtherOrigins()
    {
        var keep = new HashSet<string>(StringComparer.Ordinal) { "printk", "module_layout", "mutex_lock" };
        var set = new UsedSymbolSet(new UsedSetOptions { KeepOnly = keep });
        set.Add(Module("a.ko", "printk", "queue_work", ".mutex_lock"));
        set.Add("module_layout", "CONFIG_MODVERSIONS");
        set.Add("not_exported", "whitelist");
        Assert.That(Names(set), Is.EqualTo(new[] { "module_layout", "mutex_lock", "printk" }));
    }

    [Test]
    public void OtherOrigins_Recorded()
    {
        var set = new UsedSymbolSet();
        set.Add(Module("a.ko", "module_layout"));
        set.Add("module_layout", "CONFIG_MODVERSIONS");
        set.Add("extra", "/path/whitelist");
        var list = set.ToList();
        Assert.That(list.Single(s => s.Name == "module_layout").Modules, Is.EqualTo(new[] { "a.ko", "CONFIG_MODVERSIONS" }));
        Assert.That(list.Single(s => s.Name == "extra").Modules, Is.EqualTo(new[] { "/path/whitelist" }));
    }

    [Test]
    public void EmptyName_Ignored()
    {
        var set = new UsedSymbolSet();
        set.Add("", "whitelist");
        Assert.That(set.ToList(), Is.Empty);
    }

    [Test]
    public void ToList_IndependentOfAddOrder_ForNames()
    {
        var a = new UsedSymbolSet();
        a.Add(Module("1", "b", "c"));
        a.Add(Module("2", "a"));
        var b = new UsedSymbolSet();
        b.Add(Module("2", "a"));
        b.Add(Module("1", "c", "b"));
        Assert.That(Names(a), Is.EqualTo(Names(b)));
    }
}
