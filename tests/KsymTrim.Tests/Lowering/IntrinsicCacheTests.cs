using KsymTrim.Analysis.Lowering;

namespace KsymTrim.Tests.Lowering;

/// <summary>The intrinsic rule cache is keyed by names from the input: it must stay bounded and keep answering.</summary>
[TestFixture]
public sealed class IntrinsicCacheTests
{
    [Test]
    public void Many_distinct_names_do_not_grow_the_cache_past_its_bound()
    {
        for (int i = 0; i < IntrinsicRules.MaxCached + 1000; i++)
            IntrinsicRules.Find($"llvm.memcpy.bound.test.{i}");
        Assert.Multiple(() =>
        {
            Assert.That(IntrinsicRules.CachedCount, Is.LessThanOrEqualTo(IntrinsicRules.MaxCached));
            // Past the bound a name is looked up every time, with the same answer.
            Assert.That(IntrinsicRules.Find("llvm.memcpy.p0.p0.i64.after.bound")?.Kind, Is.EqualTo(IntrinsicKind.Memcpy));
            Assert.That(IntrinsicRules.Find("llvm.not.an.intrinsic.after.bound"), Is.Null);
            Assert.That(IntrinsicRules.Find("memcpy"), Is.Null);
        });
    }
}
