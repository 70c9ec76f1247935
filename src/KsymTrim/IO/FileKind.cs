namespace KsymTrim.IO;

/// <summary>What a byte buffer holds, told from its first bytes.</summary>
public enum FileKind
{
    /// <summary>None of the kinds below.</summary>
    Unknown,
    /// <summary>Zero bytes.</summary>
    Empty,
    /// <summary>An ELF file (<c>\x7fELF</c>).</summary>
    Elf,
    /// <summary>An <c>ar</c> archive (<c>!&lt;arch&gt;\n</c>), GNU or BSD.</summary>
    Archive,
    /// <summary>A GNU thin archive (<c>!&lt;thin&gt;\n</c>).</summary>
    ThinArchive,
    /// <summary>Raw LLVM bitcode (<c>BC\xC0\xDE</c>).</summary>
    Bitcode,
    /// <summary>LLVM bitcode in the <c>0x0B17C0DE</c> wrapper.</summary>
    BitcodeWrapper,
    /// <summary>A gzip stream.</summary>
    Gzip,
    /// <summary>An xz stream.</summary>
    Xz,
    /// <summary>A zstd frame.</summary>
    Zstd,
}

/// <summary>The one sniffing entry point: tells a buffer's kind from its magic bytes.</summary>
public static class FileKinds
{
    /// <summary>Tells what <paramref name="data"/> holds from its first bytes; never throws.</summary>
    public static FileKind Detect(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return FileKind.Empty;
        ReadOnlySpan<byte> elf = [0x7F, (byte)'E', (byte)'L', (byte)'F'];
        ReadOnlySpan<byte> bitcode = [(byte)'B', (byte)'C', 0xC0, 0xDE];
        ReadOnlySpan<byte> wrapper = [0xDE, 0xC0, 0x17, 0x0B];
        ReadOnlySpan<byte> gzip = [0x1F, 0x8B];
        ReadOnlySpan<byte> xz = [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00];
        ReadOnlySpan<byte> zstd = [0x28, 0xB5, 0x2F, 0xFD];
        if (data.StartsWith(elf)) return FileKind.Elf;
        if (data.StartsWith("!<arch>\n"u8)) return FileKind.Archive;
        if (data.StartsWith("!<thin>\n"u8)) return FileKind.ThinArchive;
        if (data.StartsWith(bitcode)) return FileKind.Bitcode;
        if (data.StartsWith(wrapper)) return FileKind.BitcodeWrapper;
        if (data.StartsWith(gzip)) return FileKind.Gzip;
        if (data.StartsWith(xz)) return FileKind.Xz;
        if (data.StartsWith(zstd)) return FileKind.Zstd;
        return FileKind.Unknown;
    }

    /// <summary>True for gzip, xz and zstd.</summary>
    public static bool IsCompressed(FileKind kind) => kind is FileKind.Gzip or FileKind.Xz or FileKind.Zstd;
}
