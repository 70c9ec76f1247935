using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;
using KsymTrim.Tests.Tool;

namespace KsymTrim.Tests.Kbuild;

[TestFixture]
public class KconfigValuesTests
{
    private const string AutoConf =
        "#\n# Automatically generated file; DO NOT EDIT.\n#\n" +
        "CONFIG_MODVERSIONS=y\n" +
        "CONFIG_MODULES=m\n" +
        "# CONFIG_DEBUG_INFO is not set\n" +
        "CONFIG_NR_CPUS=64\n" +
        "CONFIG_LOCALVERSION=\"-custom\"\n" +
        "CONFIG_UNUSED_KSYMS_WHITELIST=\"\"\n" +
        "CONFIG_QUOTED=\"a \\\"quoted\\\" \\\\ value\"\n" +
        "CONFIG_CRLF=y\r\n" +
        "CONFIG_EQ=a=b\n";

    [Test]
    public void Parse_ReadsValues()
    {
        var c = KconfigValues.Parse(AutoConf);
        Assert.Multiple(() =>
        {
            Assert.That(c.Get("CONFIG_MODVERSIONS"), Is.EqualTo("y"));
            Assert.That(c.Get("CONFIG_MODULES"), Is.EqualTo("m"));
            Assert.That(c.Get("CONFIG_NR_CPUS"), Is.EqualTo("64"));
            Assert.That(c.Get("CONFIG_LOCALVERSION"), Is.EqualTo("\"-custom\""));
            Assert.That(c.Get("CONFIG_CRLF"), Is.EqualTo("y"));
            Assert.That(c.Get("CONFIG_EQ"), Is.EqualTo("a=b"));
            Assert.That(c.Get("CONFIG_DEBUG_INFO"), Is.Null);
            Assert.That(c.Get("CONFIG_ABSENT"), Is.Null);
            Assert.That(c.Get("MODVERSIONS"), Is.Null, "names keep their CONFIG_ prefix");
        });
    }

    [Test]
    public void IsYes_OnlyForExactlyY()
    {
        var c = KconfigValues.Parse(AutoConf + "CONFIG_Y_QUOTED=\"y\"\nCONFIG_YES=yes\nCONFIG_UPPER=Y\nCONFIG_SPACE=y \nCONFIG_EMPTY=\n");
        Assert.Multiple(() =>
        {
            Assert.That(c.IsYes("CONFIG_MODVERSIONS"), Is.True);
            Assert.That(c.IsYes("CONFIG_CRLF"), Is.True, "a CRLF line end is not part of the value");
            Assert.That(c.IsYes("CONFIG_MODULES"), Is.False, "m is not y");
            Assert.That(c.IsYes("CONFIG_Y_QUOTED"), Is.False);
            Assert.That(c.IsYes("CONFIG_YES"), Is.False);
            Assert.That(c.IsYes("CONFIG_UPPER"), Is.False);
            Assert.That(c.IsYes("CONFIG_SPACE"), Is.False, "grep ^CONFIG_MODVERSIONS=y$ does not match a trailing blank");
            Assert.That(c.IsYes("CONFIG_EMPTY"), Is.False);
            Assert.That(c.IsYes("CONFIG_DEBUG_INFO"), Is.False);
            Assert.That(c.IsYes("CONFIG_ABSENT"), Is.False);
        });
    }

    [Test]
    public void NotSetComment_IsNotYes()
    {
        var c = KconfigValues.Parse("# CONFIG_MODVERSIONS is not set\n");
        Assert.That(c.IsYes("CONFIG_MODVERSIONS"), Is.False);
        Assert.That(c.Get("CONFIG_MODVERSIONS"), Is.Null);
    }

    [Test]
    public void LaterLineWins()
    {
        var c = KconfigValues.Parse("CONFIG_MODVERSIONS=y\nCONFIG_MODVERSIONS=n\n");
        Assert.That(c.IsYes("CONFIG_MODVERSIONS"), Is.False);
        Assert.That(c.Get("CONFIG_MODVERSIONS"), Is.EqualTo("n"));
    }

    [Test]
    public void GetString_RemovesQuotesAndUnescapes()
    {
        var c = KconfigValues.Parse(AutoConf);
        Assert.Multiple(() =>
        {
            Assert.That(c.GetString("CONFIG_LOCALVERSION"), Is.EqualTo("-custom"));
            Assert.That(c.GetString("CONFIG_UNUSED_KSYMS_WHITELIST"), Is.EqualTo(""));
            Assert.That(c.GetString("CONFIG_QUOTED"), Is.EqualTo("a \"quoted\" \\ value"));
            Assert.That(c.GetString("CONFIG_NR_CPUS"), Is.EqualTo("64"), "unquoted values come back as they are");
            Assert.That(c.GetString("CONFIG_ABSENT"), Is.Null);
        });
    }

    [Test]
    public void Empty_HasNothing()
    {
        Assert.That(KconfigValues.Empty.Get("CONFIG_MODVERSIONS"), Is.Null);
        Assert.That(KconfigValues.Empty.IsYes("CONFIG_MODVERSIONS"), Is.False);
        Assert.That(KconfigValues.Parse("").IsYes("CONFIG_MODVERSIONS"), Is.False);
    }

    [Test]
    public void Load_Samples()
    {
        var c = KconfigValues.Load(Path.Combine(TestPaths.Samples, "auto.conf"));
        Assert.That(c.IsYes("CONFIG_MODVERSIONS"), Is.True);
        Assert.That(c.IsYes("CONFIG_TRIM_UNUSED_KSYMS"), Is.True);
        Assert.That(c.GetString("CONFIG_UNUSED_KSYMS_WHITELIST"), Is.EqualTo(""));
    }

    [Test]
    public void Load_MissingFile_ThrowsKsymFormatException()
    {
        var e = Assert.Throws<KsymFormatException>(() => KconfigValues.Load("/nonexistent/ksymtrim/auto.conf"));
        Assert.That(e!.Path, Is.EqualTo("/nonexistent/ksymtrim/auto.conf"));
    }

    [Test]
    public void Load_Directory_ThrowsKsymFormatException()
    {
        using var tmp = new TempDirectory();
        Assert.Throws<KsymFormatException>(() => KconfigValues.Load(tmp.Path));
    }
}
