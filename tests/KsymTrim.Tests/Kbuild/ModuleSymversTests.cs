using KsymTrim.Diagnostics;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Kbuild;

[TestFixture]
public class ModuleSymversTests
{
    [Test]
    public void SixX_FiveFields_WithAndWithoutNamespace()
    {
        const string text =
            "0x9abcdef0\tprintk\tvmlinux\tEXPORT_SYMBOL\t\n" +
            "0x7d2e9c11\tdma_buf_get\tvmlinux\tEXPORT_SYMBOL_GPL\tDMA_BUF\n" +
            "0xc1d8e4f2\tnetdemo_register_proto\tdrivers/net/netdemo\tEXPORT_SYMBOL_GPL\t\n";
        Assert.That(ModuleSymvers.ParseExports(text), Is.EquivalentTo(new[] { "printk", "dma_buf_get", "netdemo_register_proto" }));
    }

    [Test]
    public void Pre59_NamespaceThird_SymbolStillSecond()
    {
        // Linux 5.4 to 5.8: crc, symbol, namespace, module, export type.
        const string text =
            "0x12345678\tusb_stor_probe\tUSB_STORAGE\tdrivers/usb/storage/usb-storage\tEXPORT_SYMBOL_GPL\n" +
            "0x0badf00d\tkmalloc\t\tvmlinux\tEXPORT_SYMBOL\n";
        Assert.That(ModuleSymvers.ParseExports(text), Is.EquivalentTo(new[] { "usb_stor_probe", "kmalloc" }));
    }

    [Test]
    public void Older_FourFields()
    {
        const string text = "0x0badf00d\tkmalloc\tvmlinux\tEXPORT_SYMBOL\n0x37a0cba1\tkfree\tvmlinux\tEXPORT_SYMBOL\n";
        Assert.That(ModuleSymvers.ParseExports(text), Is.EquivalentTo(new[] { "kmalloc", "kfree" }));
    }

    [Test]
    public void CrLf_BlankLines_Ignored()
    {
        const string text = "\n0x1\tfoo\tvmlinux\tEXPORT_SYMBOL\t\r\n\r\n0x2\tbar\tvmlinux\tEXPORT_SYMBOL_GPL\r\n";
        var names = ModuleSymvers.ParseExports(text);
        Assert.That(names, Is.EquivalentTo(new[] { "foo", "bar" }));
        Assert.That(names, Has.None.Contain("\r"));
        Assert.That(names, Has.None.Empty);
    }

    [Test]
    public void Fixture_File()
    {
        var names = ModuleSymvers.LoadExports(TestPaths.Fixture("modules", "Module.symvers"));
        Assert.That(names, Is.EquivalentTo(new[] { "printk", "kmalloc", "kfree", "mutex_lock", "jiffies", "alpha_helper" }));
        Assert.That(names.Contains("queue_work"), Is.False);
    }

    [Test]
    public void Samples_File()
    {
        var names = ModuleSymvers.LoadExports(Path.Combine(TestPaths.Samples, "Module.symvers"));
        Assert.That(names, Has.Count.EqualTo(18));
        Assert.That(names.Contains("dma_buf_get"), Is.True);
        Assert.That(names.Contains("crc32_le"), Is.False);
        Assert.That(names.Contains("vmlinux"), Is.False);
        Assert.That(names.Contains("EXPORT_SYMBOL"), Is.False);
    }

    [Test]
    public void Missing_ThrowsKsymFormatException()
    {
        Assert.Throws<KsymFormatException>(() => ModuleSymvers.LoadExports("/nonexistent/ksymtrim/Module.symvers"));
    }

    [Test]
    public void Entries_SixX_WithAndWithoutNamespace_VmlinuxAndModule_GplAndNot()
    {
        const string text =
            "0x9abcdef0\tprintk\tvmlinux\tEXPORT_SYMBOL\t\n" +
            "0x7d2e9c11\tdma_buf_get\tvmlinux\tEXPORT_SYMBOL_GPL\tDMA_BUF\n" +
            "0xc1d8e4f2\tnetdemo_register_proto\tdrivers/net/netdemo\tEXPORT_SYMBOL_GPL\t\r\n";
        Assert.That(ModuleSymvers.ParseEntries(text), Is.EqualTo(new[]
        {
            new KernelExport("printk", "vmlinux", "EXPORT_SYMBOL", ""),
            new KernelExport("dma_buf_get", "vmlinux", "EXPORT_SYMBOL_GPL", "DMA_BUF"),
            new KernelExport("netdemo_register_proto", "drivers/net/netdemo", "EXPORT_SYMBOL_GPL", ""),
        }));
    }

    [Test]
    public void Entries_Pre59_NamespaceThird()
    {
        const string text =
            "0x12345678\tusb_stor_probe\tUSB_STORAGE\tdrivers/usb/storage/usb-storage\tEXPORT_SYMBOL_GPL\n" +
            "0x0badf00d\tkmalloc\t\tvmlinux\tEXPORT_SYMBOL\n";
        Assert.That(ModuleSymvers.ParseEntries(text), Is.EqualTo(new[]
        {
            new KernelExport("usb_stor_probe", "drivers/usb/storage/usb-storage", "EXPORT_SYMBOL_GPL", "USB_STORAGE"),
            new KernelExport("kmalloc", "vmlinux", "EXPORT_SYMBOL", ""),
        }));
    }

    [Test]
    public void Entries_Older_FourFields_AndSpaceSeparated()
    {
        const string text = "0x0badf00d\tkmalloc\tvmlinux\tEXPORT_SYMBOL\n0x37a0cba1 kfree vmlinux EXPORT_SYMBOL_GPL\n\n";
        Assert.That(ModuleSymvers.ParseEntries(text), Is.EqualTo(new[]
        {
            new KernelExport("kmalloc", "vmlinux", "EXPORT_SYMBOL", ""),
            new KernelExport("kfree", "vmlinux", "EXPORT_SYMBOL_GPL", ""),
        }));
    }

    [Test]
    public void Entries_SameLinesAsNames()
    {
        foreach (var path in new[] { TestPaths.Fixture("modules", "Module.symvers"), Path.Combine(TestPaths.Samples, "Module.symvers") })
        {
            var entries = ModuleSymvers.LoadEntries(path);
            Assert.That(entries.Select(e => e.Name), Is.EquivalentTo(ModuleSymvers.LoadExports(path)), path);
        }
        Assert.That(ModuleSymvers.LoadEntries(TestPaths.Fixture("modules", "Module.symvers")),
            Does.Contain(new KernelExport("alpha_helper", "alpha", "EXPORT_SYMBOL", "ALPHA_NS")));
    }
}
