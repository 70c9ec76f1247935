using System.Buffers.Binary;
using System.Text;

namespace KsymTrim.Kbuild;

/// <summary>
/// The signature the kernel's <c>scripts/sign-file</c> appends to a module: the signature data, a 12-byte
/// <c>struct module_signature</c> (algo, hash, id_type, signer_len, key_id_len, 3 bytes of padding, big-endian
/// sig_len) and the magic <c>~Module signature appended~\n</c> (include/linux/module_signature.h). Read as kmod's
/// <c>modinfo -F sig_id</c> reads it, which is how Android's <c>extract_symbols</c> tells GKI modules (signed) from
/// vendor modules. Thread-safe.
/// </summary>
public static class ModuleSignature
{
    /// <summary>The magic string that ends a signed module.</summary>
    public const string Magic = "~Module signature appended~\n";

    /// <summary>What <c>modinfo -F sig_id</c> prints for a module signed the kernel's way today.</summary>
    public const string Pkcs7 = "PKCS#7";

    private const int InfoSize = 12;
    private static readonly byte[] MagicBytes = Encoding.ASCII.GetBytes(Magic);
    private static readonly string[] IdTypes = ["PGP", "X509", Pkcs7];
    // kmod's bounds (libkmod-signature.c): enum pkey_algo and enum pkey_hash_algo
    private const int AlgoCount = 2, HashCount = 9;
    // DER: OBJECT IDENTIFIER 1.2.840.113549.1.7.2 (pkcs7-signedData)
    private static readonly byte[] SignedDataOid = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02];

    /// <summary>How many bytes at the end of a file <see cref="IdType"/> may read beyond the signature data: the
    /// information block and the magic.</summary>
    public static int TrailerSize => InfoSize + MagicBytes.Length;

    /// <summary>
    /// The key identifier type of the signature appended to <paramref name="file"/> (<c>PKCS#7</c>, <c>X509</c> or
    /// <c>PGP</c>), as <c>modinfo -F sig_id</c> prints it, or null when the file is not signed or the information
    /// block is out of range. For PKCS#7 the data must also start as DER signedData does (kmod parses it with
    /// OpenSSL; the signature itself is not checked, as modinfo does not check it).
    /// </summary>
    /// <param name="file">The whole module file (decompressed).</param>
    public static string? IdType(ReadOnlySpan<byte> file)
    {
        if (file.Length < TrailerSize || !file[^MagicBytes.Length..].SequenceEqual(MagicBytes)) return null;
        int end = file.Length - TrailerSize; // where the signature data ends
        var info = file.Slice(end, InfoSize);
        byte algo = info[0], hash = info[1], idType = info[2], signerLength = info[3], keyIdLength = info[4];
        uint length = BinaryPrimitives.ReadUInt32BigEndian(info[8..]);
        if (algo >= AlgoCount || hash >= HashCount || idType >= IdTypes.Length) return null;
        if (length == 0 || (long)end < (long)length + signerLength + keyIdLength) return null;
        if (idType == 2 && !LooksLikeSignedData(file.Slice(end - (int)length, (int)length))) return null;
        return IdTypes[idType];
    }

    /// <summary>For a file that ends in <paramref name="trailer"/> (its last <see cref="TrailerSize"/> bytes): how many
    /// bytes of signature data come before the trailer, or 0 when there is no signature. A reader that has only the
    /// end of a file needs these bytes too before it calls <see cref="IdType"/>.</summary>
    public static long DataLength(ReadOnlySpan<byte> trailer)
    {
        if (trailer.Length != TrailerSize || !trailer[InfoSize..].SequenceEqual(MagicBytes)) return 0;
        return BinaryPrimitives.ReadUInt32BigEndian(trailer[8..]);
    }

    /// <summary>Whether <paramref name="file"/> ends in a PKCS#7 module signature: a GKI module, for Android.</summary>
    public static bool IsPkcs7Signed(ReadOnlySpan<byte> file) => IdType(file) == Pkcs7;

    /// <summary>A DER SEQUENCE that fits in <paramref name="data"/> and starts with the signedData content type.</summary>
    private static bool LooksLikeSignedData(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2 || data[0] != 0x30) return false;
        int header, length;
        if (data[1] < 0x80) { header = 2; length = data[1]; }
        else
        {
            int n = data[1] & 0x7F;
            if (n is 0 or > 4 || data.Length < 2 + n) return false;
            long value = 0;
            for (int i = 0; i < n; i++) value = (value << 8) | data[2 + i];
            if (value > int.MaxValue) return false;
            header = 2 + n;
            length = (int)value;
        }
        return (long)header + length <= data.Length && data[header..].StartsWith(SignedDataOid);
    }
}
