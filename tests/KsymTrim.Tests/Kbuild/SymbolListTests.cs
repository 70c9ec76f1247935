using KsymTrim.Kbuild;
using KsymTrim.Diagnostics;

namespace KsymTrim.Tests.Kbuild;

[TestFixture]
public class SymbolListTests
{
    [Test]
    public void SpacesAndNewlines_SeparateNames()
    {
        Assert.That(SymbolList.Parse("a b  c\nd\n\ne \n"), Is.EqualTo(new[] { "a", "b", "c", "d", "e" }));
    }

    [Test]
    public void BlankEntries_Ignored()
    {
        Assert.That(SymbolList.Parse(""), Is.Empty);
        Assert.That(SymbolList.Parse("\n\n   \n \n"), Is.Empty);
        Assert.That(SymbolList.Parse("   x   "), Is.EqualTo(new[] { "x" }));
    }

    [Test]
    public void CrLf_NotPartOfNames()
    {
        Assert.That(SymbolList.Parse("foo\r\nbar baz\r\n"), Is.EqualTo(new[] { "foo", "bar", "baz" }));
    }

    [Test]
    public void AndroidAbiSymbolList_HeadersAndCommentsSkipped()
    {
        const string text =
            "[abi_symbol_list]\n" +
            "# commonly used symbols\n" +
            "  alloc_chrdev_region\n" +
            "  kfree\n" +
            "   # indented comment\n" +
            "\n" +
            "[abi_symbol_list_vendor]\n" +
            "  kmalloc_caches\n" +
            "\t# tab-indented comment\n";
        Assert.That(SymbolList.Parse(text), Is.EqualTo(new[] { "alloc_chrdev_region", "kfree", "kmalloc_caches" }));
    }

    [Test]
    public void OrderAndDuplicatesKept()
    {
        Assert.That(SymbolList.Parse("b a\nb\n"), Is.EqualTo(new[] { "b", "a", "b" }));
    }

    [Test]
    public void DotNamesKept_ForTheSetToStrip()
    {
        Assert.That(SymbolList.Parse(".printk\n"), Is.EqualTo(new[] { ".printk" }));
    }

    [Test]
    public void Load_MissingFile_ThrowsKsymFormatException()
    {
        Assert.Throws<KsymFormatException>(() => SymbolList.Load("/nonexistent/ksymtrim/whitelist"));
    }
}
