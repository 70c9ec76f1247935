using KsymTrim.Analysis;

namespace KsymTrim.Tests.Analysis;

/// <summary><see cref="KnownBytes"/>: the bytes of an object a load through a pointer may read as known, as ranges that
/// merge, shift with the pointer and give up to <see cref="KnownBytes.All"/> past their limit.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class KnownBytesTests
{
    [Test]
    public void A_load_overlaps_exactly_the_bytes_it_shares()
    {
        var tag = KnownBytes.Range(0, 4);
        Assert.Multiple(() =>
        {
            Assert.That(tag.Overlaps(0, 4), Is.True);
            Assert.That(tag.Overlaps(3, 8), Is.True, "one shared byte");
            Assert.That(tag.Overlaps(4, 4), Is.False, "the next bytes");
            Assert.That(tag.Overlaps(-8, 8), Is.False, "the bytes before");
            Assert.That(tag.Overlaps(null, 4), Is.True, "an unknown offset may be any");
            Assert.That(tag.Overlaps(8, 0), Is.True, "an unknown size may be any");
            Assert.That(KnownBytes.None.Overlaps(null, 0), Is.False, "nothing known");
            Assert.That(KnownBytes.All.Overlaps(1 << 20, 1), Is.True);
        });
    }

    [Test]
    public void Union_merges_touching_ranges_and_reports_no_change_as_the_same_set()
    {
        var a = KnownBytes.Range(0, 4);
        var b = KnownBytes.Range(4, 4);
        var ab = a.Union(b);
        Assert.That(ab.ToString(), Is.EqualTo("[0,8)"));
        Assert.That(ab.Union(KnownBytes.Range(2, 2)), Is.SameAs(ab), "nothing new: the same set");
        Assert.That(KnownBytes.None.Union(ab), Is.SameAs(ab));
        Assert.That(ab.Union(KnownBytes.All), Is.SameAs(KnownBytes.All));
        Assert.That(KnownBytes.Range(16, 8).Union(a).ToString(), Is.EqualTo("[0,4) [16,24)"), "kept in order");
    }

    [Test]
    public void Past_the_limit_a_union_is_every_byte()
    {
        var set = KnownBytes.None;
        for (int k = 0; k < KnownBytes.MaxRanges; k++) set = set.Union(KnownBytes.Range(16L * k, 4));
        Assert.That(set.IsAll, Is.False);
        Assert.That(set.Union(KnownBytes.Range(1000, 4)).IsAll, Is.True);
    }

    [Test]
    public void A_pointer_further_in_sees_the_bytes_at_lower_offsets()
    {
        var field = KnownBytes.Range(24, 8);
        Assert.That(field.Shift(16).ToString(), Is.EqualTo("[8,16)"), "&obj->sub, 16 bytes in");
        Assert.That(field.Shift(-8).ToString(), Is.EqualTo("[32,40)"), "container_of, 8 bytes back");
        Assert.That(field.Shift(null), Is.SameAs(KnownBytes.All), "an unknown distance: any byte");
        Assert.That(KnownBytes.None.Shift(null), Is.SameAs(KnownBytes.None), "nothing stays nothing");
        Assert.That(KnownBytes.Range(long.MinValue + 4, 4).Shift(8), Is.SameAs(KnownBytes.All), "an overflow gives up");
    }

    [Test]
    public void Except_cuts_out_the_bytes_of_the_other_set()
    {
        var variable = KnownBytes.Range(0, 72);
        var unknown = KnownBytes.Range(8, 18).Union(KnownBytes.Range(28, 20)).Union(KnownBytes.Range(56, 8));
        Assert.That(variable.Except(unknown).ToString(), Is.EqualTo("[0,8) [26,28) [48,56) [64,72)"), "lockd's nlm_lookup_host_info");
        Assert.That(variable.Except(KnownBytes.None), Is.SameAs(variable), "nothing cut: the same set");
        Assert.That(variable.Except(KnownBytes.Range(100, 4)), Is.SameAs(variable), "other bytes: the same set");
        Assert.That(variable.Except(KnownBytes.Range(0, 72)), Is.SameAs(KnownBytes.None), "every byte cut");
        Assert.That(variable.Except(KnownBytes.All), Is.SameAs(KnownBytes.None));
        Assert.That(KnownBytes.All.Except(unknown), Is.SameAs(KnownBytes.All), "every byte, at any offset: not bounded, kept");
        Assert.That(KnownBytes.Range(0, 8).Except(KnownBytes.Range(-4, 6)).ToString(), Is.EqualTo("[2,8)"), "a range reaching in from before");
    }
}
