using System.Buffers.Binary;
using System.Text;
using KsymTrim.Kbuild;

namespace KsymTrim.Tests.Kbuild;

/// <summary><see cref="ModuleSignature"/>: a module's appended signature, read as <c>modinfo -F sig_id</c> reads it.</summary>
[TestFixture]
public class ModuleSignatureTests
{
    // the start of a DER PKCS#7 signedData: SEQUENCE (long form), OID 1.2.840.113549.1.7.2
    private static readonly byte[] SignedData =
        [0x30, 0x82, 0x00, 0x0F, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02, 0xA0, 0x00, 0x00, 0x00];

    private static byte[] Signed(byte[] module, byte[] signature, byte idType = 2, byte algo = 0, byte hash = 0, uint? length = null)
    {
        var info = new byte[12];
        info[0] = algo;
        info[1] = hash;
        info[2] = idType;
        BinaryPrimitives.WriteUInt32BigEndian(info.AsSpan(8), length ?? (uint)signature.Length);
        return [.. module, .. signature, .. info, .. Encoding.ASCII.GetBytes(ModuleSignature.Magic)];
    }

    private static readonly byte[] Module = Encoding.ASCII.GetBytes("\x7f" + "ELF module bytes");

    [Test]
    public void Pkcs7_IsReported()
    {
        var file = Signed(Module, SignedData);
        Assert.That(ModuleSignature.IdType(file), Is.EqualTo("PKCS#7"));
        Assert.That(ModuleSignature.IsPkcs7Signed(file), Is.True);
        Assert.That(ModuleSignature.DataLength(file.AsSpan(file.Length - ModuleSignature.TrailerSize)), Is.EqualTo(SignedData.Length));
    }

    [TestCase((byte)0, "PGP")]
    [TestCase((byte)1, "X509")]
    public void OtherIdTypes_AreNotPkcs7(byte idType, string expected)
    {
        var file = Signed(Module, [1, 2, 3, 4], idType);
        Assert.That(ModuleSignature.IdType(file), Is.EqualTo(expected));
        Assert.That(ModuleSignature.IsPkcs7Signed(file), Is.False);
    }

    [Test]
    public void Unsigned_IsNull()
    {
        Assert.That(ModuleSignature.IdType(Module), Is.Null);
        Assert.That(ModuleSignature.IdType([]), Is.Null);
        Assert.That(ModuleSignature.IdType(Encoding.ASCII.GetBytes(ModuleSignature.Magic)), Is.Null, "magic without an information block");
    }

    /// <summary>kmod refuses an information block out of its tables' range, an empty or too long signature, and
    /// PKCS#7 data OpenSSL cannot parse; so does this reader.</summary>
    [Test]
    public void OutOfRange_IsNull()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ModuleSignature.IdType(Signed(Module, SignedData, idType: 3)), Is.Null, "id_type");
            Assert.That(ModuleSignature.IdType(Signed(Module, SignedData, algo: 2)), Is.Null, "algo");
            Assert.That(ModuleSignature.IdType(Signed(Module, SignedData, hash: 9)), Is.Null, "hash");
            Assert.That(ModuleSignature.IdType(Signed(Module, SignedData, length: 0)), Is.Null, "empty signature");
            Assert.That(ModuleSignature.IdType(Signed(Module, SignedData, length: 1_000_000)), Is.Null, "longer than the file");
            Assert.That(ModuleSignature.IdType(Signed(Module, [0x30, 0x03, 0x02, 0x01, 0x00])), Is.Null, "not signedData");
            Assert.That(ModuleSignature.IdType(Signed(Module, [0x30, 0x84, 0x7F, 0xFF, 0xFF, 0xFF])), Is.Null, "DER length beyond the data");
        });
    }
}
