using System.Text.Json;
using KsymTrim.Analysis;
using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;

namespace KsymTrim.Tests.Kbuild;

[TestFixture]
public class UsedSymbolsWriterTests
{
    private static UsedSymbolsResult Result(params KsymFormatException[] errors) => new(
        [
            new UsedSymbol("kfree", ["a.ko"]),
            new UsedSymbol("module_layout", ["CONFIG_MODVERSIONS"]),
            new UsedSymbol("printk", ["a.ko", "b \"quoted\".ko"]),
        ],
        2,
        errors);

    [Test]
    public void List()
    {
        Assert.That(UsedSymbolsWriter.Render(Result(), UsedSymbolsFormat.List), Is.EqualTo("kfree\nmodule_layout\nprintk\n"));
    }

    [Test]
    public void Autoksyms_ExactBytes()
    {
        Assert.That(UsedSymbolsWriter.AutoksymsHeader, Is.EqualTo("/*\n * Automatically generated file; DO NOT EDIT.\n */\n\n"));
        Assert.That(UsedSymbolsWriter.Render(Result(), UsedSymbolsFormat.Autoksyms), Is.EqualTo(
            "/*\n * Automatically generated file; DO NOT EDIT.\n */\n\n" +
            "#define __KSYM_kfree 1\n#define __KSYM_module_layout 1\n#define __KSYM_printk 1\n"));
    }

    [Test]
    public void Kmi_ExactBytes()
    {
        Assert.That(UsedSymbolsWriter.Render(Result(), UsedSymbolsFormat.Kmi),
            Is.EqualTo("[abi_symbol_list]\n  kfree\n  module_layout\n  printk\n"));
    }

    [Test]
    public void EmptySet()
    {
        var empty = new UsedSymbolsResult([], 0, []);
        Assert.Multiple(() =>
        {
            Assert.That(UsedSymbolsWriter.Render(empty, UsedSymbolsFormat.List), Is.EqualTo(""));
            Assert.That(UsedSymbolsWriter.Render(empty, UsedSymbolsFormat.Autoksyms), Is.EqualTo(UsedSymbolsWriter.AutoksymsHeader));
            Assert.That(UsedSymbolsWriter.Render(empty, UsedSymbolsFormat.Kmi), Is.EqualTo("[abi_symbol_list]\n"));
        });
        using var doc = JsonDocument.Parse(UsedSymbolsWriter.Render(empty, UsedSymbolsFormat.Json));
        Assert.That(doc.RootElement.GetProperty("symbols").GetArrayLength(), Is.EqualTo(0));
        Assert.That(doc.RootElement.GetProperty("modules").GetInt32(), Is.EqualTo(0));
    }

    [Test]
    public void Json_Shape()
    {
        string text = UsedSymbolsWriter.Render(Result(), UsedSymbolsFormat.Json);
        Assert.That(text, Does.EndWith("\n"));
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        var symbols = root.GetProperty("symbols").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(symbols.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[] { "kfree", "module_layout", "printk" }));
            Assert.That(symbols[2].GetProperty("modules").EnumerateArray().Select(m => m.GetString()), Is.EqualTo(new[] { "a.ko", "b \"quoted\".ko" }));
            Assert.That(root.GetProperty("modules").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("errors").GetArrayLength(), Is.EqualTo(0));
        });
    }

    [Test]
    public void Json_Errors()
    {
        var e = new KsymFormatException(DiagnosticId.EmptyInput, InputFormat.Elf, 0x40, "file ends inside the ELF header", "/m/x.ko", "member.o");
        var missing = new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1, "no such file", "/m/y.ko");
        using var doc = JsonDocument.Parse(UsedSymbolsWriter.Render(Result(e, missing), UsedSymbolsFormat.Json));
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(errors[0].GetProperty("path").GetString(), Is.EqualTo("/m/x.ko"));
            Assert.That(errors[0].GetProperty("member").GetString(), Is.EqualTo("member.o"));
            Assert.That(errors[0].GetProperty("offset").GetInt64(), Is.EqualTo(0x40));
            Assert.That(errors[0].GetProperty("reason").GetString(), Is.EqualTo("file ends inside the ELF header"));
            Assert.That(errors[0].GetProperty("message").GetString(), Is.EqualTo("/m/x.ko(member.o): file ends inside the ELF header (offset 0x40)"));
            Assert.That(errors[0].GetProperty("id").GetString(), Does.Match("^KT[0-9]{4}$"));
            Assert.That(errors[1].GetProperty("member").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(errors[1].GetProperty("offset").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void SameResult_SameBytes()
    {
        foreach (var f in Enum.GetValues<UsedSymbolsFormat>())
        {
            string first = UsedSymbolsWriter.Render(Result(), f);
            string second = UsedSymbolsWriter.Render(Result(), f);
            Assert.That(second, Is.EqualTo(first), f.ToString());
        }
    }

    [Test]
    public void UsedSymbols_Compute_Samples()
    {
        string samples = KsymTrim.Tests.Support.TestPaths.Samples;
        var result = UsedSymbols.Compute(new UsedSymbolsOptions
        {
            ModulesOrder = Path.Combine(samples, "modules.order"),
            Config = Path.Combine(samples, "auto.conf"),
            Jobs = 2,
        });
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.ModuleCount, Is.EqualTo(4));
        Assert.That(UsedSymbolsWriter.Render(result, UsedSymbolsFormat.List), Is.EqualTo(File.ReadAllText(Path.Combine(samples, "used.expected.txt"))));
        Assert.That(result.Symbols.Single(s => s.Name == "module_layout").Modules, Is.EqualTo(new[] { UsedSymbols.ModVersionsOrigin }));
    }
}
