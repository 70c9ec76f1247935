using KsymTrim.Inputs;
using KsymTrim.Bitcode.Irsymtab;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Objects;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Bitcode;

/// <summary>The irsymtab reader: checked, and in agreement with the symbol view walked from the module.</summary>
public class IrSymbolTableTests
{
    private static IEnumerable<string> Files()
    {
        foreach (var d in new[] { "bitcode", "constructs" })
            if (Directory.Exists(TestPaths.Fixture(d)))
                foreach (var f in Directory.GetFiles(TestPaths.Fixture(d), "*.bc").Order(StringComparer.Ordinal)) yield return f;
    }

    /// <summary>The letter the table's flags give, by llvm-nm's rules (weak, undefined, common, executable, global).</summary>
    private static char Letter(IrSymbolFlags f)
    {
        bool undefined = (f & IrSymbolFlags.Undefined) != 0;
        if ((f & IrSymbolFlags.Weak) != 0) return undefined ? 'w' : 'W';
        if (undefined) return 'U';
        if ((f & IrSymbolFlags.Common) != 0) return 'C';
        char c = (f & IrSymbolFlags.Executable) != 0 ? 't' : 'd';
        return (f & IrSymbolFlags.Global) != 0 ? char.ToUpperInvariant(c) : c;
    }

    private static void AssertAgrees(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var file = BitcodeFile.Parse(bytes);
        var table = file.TryGetIrSymbolTable();
        if (file.Modules.Count > 1 && table is null) return; // llvm-cat -b writes no table for the whole file
        Assert.That(table, Is.Not.Null, $"{path}: no irsymtab of a known version");
        List<NmEntry> view;
        try { view = ObjectSymbols.ForNm(new ObjectUnit(path, null, FileKinds.Detect(bytes), bytes)); }
        catch (KsymFormatException e) when (e.Id == DiagnosticId.Unsupported) { return; }
        // Defined symbols must agree with the module walk (llvm-nm's view). The irsymtab may hold undefined
        // names the module view does not list (IRSymtab.cpp adds references the linker must see), so undefined
        // entries are not compared.
        var fromTable = table!.Symbols.Where(s => (s.Flags & (IrSymbolFlags.FormatSpecific | IrSymbolFlags.Undefined)) == 0)
            .Select(s => s.Name + " " + Letter(s.Flags)).Order(StringComparer.Ordinal).ToArray();
        var fromView = view.Select(e => e.Name + " " + e.Type).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.That(fromTable, Is.SubsetOf(fromView), path);
    }

    [TestCaseSource(nameof(Files))]
    public void Fixture_table_agrees_with_the_module(string path) => AssertAgrees(path);

    [TestCase("lto-x86_64")]
    [TestCase("lto-arm64")]
    public void Corpus_tables_agree_with_the_modules(string corpus)
    {
        var root = TestPaths.RequireCorpus(corpus);
        int n = 0;
        foreach (var p in Directory.EnumerateFiles(root, "*.o", SearchOption.AllDirectories).Where(p => p.Contains("/members/", StringComparison.Ordinal)))
        {
            var head = new byte[2];
            using (var f = File.OpenRead(p)) f.ReadExactly(head);
            if (head[0] != 'B' || head[1] != 'C') continue;
            AssertAgrees(p);
            n++;
        }
        Assert.That(n, Is.GreaterThan(10));
    }

    [Test]
    public void Hostile_tables_are_refused_or_ignored()
    {
        var file = BitcodeFile.Parse(File.ReadAllBytes(TestPaths.Fixture("bitcode", "linkage-x86_64.bc")));
        var blob = file.SymbolTableBlob.ToArray();
        var strtab = file.StringTableBlob.ToArray();
        Assert.That(IrSymbolTable.TryParse(blob, strtab), Is.Not.Null);
        var other = (byte[])blob.Clone();
        other[0] = 4; // a version this reader does not know: not used
        Assert.That(IrSymbolTable.TryParse(other, strtab), Is.Null);
        foreach (int field in new[] { 12, 16, 28, 32, 36, 40, 44, 48 })
        {
            var bad = (byte[])blob.Clone();
            BitConverter.GetBytes(0xFFFFFFF0u).CopyTo(bad, field);
            Assert.Throws<KsymFormatException>(() => IrSymbolTable.TryParse(bad, strtab), $"field at {field}");
        }
        Assert.That(IrSymbolTable.TryParse(blob.AsSpan(0, 40), strtab), Is.Null, "shorter than a header");
    }
}
