using KsymTrim.Kbuild;

namespace KsymTrim.Tests.Kbuild;

/// <summary><see cref="KmiSymbolOrder"/>: the order of Android's symbol lists.</summary>
[TestFixture]
public class KmiSymbolOrderTests
{
    /// <summary>What extract_symbols' symbol_sort gives for these names (run once with its Python: case and
    /// underscores ignored, more leading underscores first, a digit before the padding underscores).</summary>
    [Test]
    public void Sort_MatchesExtractSymbols()
    {
        string[] names =
        [
            "blk_mq_end_request", "__blk_mq_end_request", "_blk_mq_end_request", "Blk_mq_End_request", "blkmq_endrequest",
            "blk_mq_end_request2", "a_b", "ab", "_ab", "___ab", "______ab", "AB", "_", "__", "a", "zz", "Z", "kfree",
            "kfree_skb", "__kfree_skb", "kfree_sensitive", "k_free", "_Ab", "kfree",
        ];
        string[] expected =
        [
            "__", "_", "a", "______ab", "___ab", "_Ab", "_ab", "AB", "a_b", "ab", "blk_mq_end_request2", "__blk_mq_end_request",
            "_blk_mq_end_request", "Blk_mq_End_request", "blk_mq_end_request", "blkmq_endrequest", "k_free", "kfree",
            "kfree_sensitive", "__kfree_skb", "kfree_skb", "Z", "zz",
        ];
        Assert.That(KmiSymbolOrder.Sort(names), Is.EqualTo(expected));
        var sorted = names.Distinct().ToList();
        sorted.Sort(KmiSymbolOrder.Instance);
        Assert.That(sorted, Is.EqualTo(expected), "the comparer and Sort agree");
    }

    [TestCase("__blk_mq_end_request", "blkmqendrequest___")]
    [TestCase("blk_mq_end_request", "blkmqendrequest_____")]
    [TestCase("______ab", "ab")]
    [TestCase("___", "___")]
    [TestCase("_", "_____")]
    [TestCase("Foo_BAR", "foobar_____")]
    public void Key_PadsForMissingLeadingUnderscores(string name, string key) => Assert.That(KmiSymbolOrder.Key(name), Is.EqualTo(key));

    [Test]
    public void Key_RefusesEmpty() => Assert.Throws<ArgumentException>(() => KmiSymbolOrder.Key(""));
}
