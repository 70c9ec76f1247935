using System.IO.Compression;
using KsymTrim.Diagnostics;

namespace KsymTrim.IO;

/// <summary>
/// Inflates gzip (System.IO.Compression), xz (SharpCompress) and zstd (ZstdSharp) modules into memory, with
/// a size limit so that no small input can claim memory out of proportion to it.
/// </summary>
internal static class Decompressor
{
    /// <summary>The largest output allowed for an input of <paramref name="compressedLength"/> bytes:
    /// 64 MiB plus 64 times the input, and never more than 1 GiB. Kernel modules compress 3 to 6 times.</summary>
    public static long Limit(long compressedLength) => Math.Min(1L << 30, (64L << 20) + 64 * compressedLength);

    /// <summary>Inflates <paramref name="input"/>, refusing output beyond <paramref name="limit"/> bytes
    /// (by default <see cref="Limit"/> of the input's length).</summary>
    /// <remarks>The output is inflated into chunks that start at min(limit + 1, 4 × input, clamped to 64 KiB..16 MiB)
    /// and double up to 16 MiB, then copied once into the exact result: the chunks and the result together allocate
    /// at most 2 × limit + 16 MiB, all of it held at the copy, and the result keeps exactly the output (docs/limits.md).</remarks>
    public static byte[] Decompress(FileKind kind, ReadOnlyMemory<byte> input, long limit = -1)
    {
        if (limit < 0) limit = Limit(input.Length);
        using var source = new ReadOnlyMemoryStream(input);
        try
        {
            using Stream inflater = kind switch
            {
                FileKind.Gzip => new GZipStream(source, CompressionMode.Decompress),
                FileKind.Xz => new SharpCompress.Compressors.Xz.XZStream(source),
                FileKind.Zstd => new ZstdSharp.DecompressionStream(source),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            };
            limit = Math.Min(limit, Array.MaxLength);
            // Inflated straight into chunks that grow to 16 MiB, never copied until the one exact result: what a
            // stream costs is its output (plus one copy when it is accepted), not a MemoryStream's doublings.
            var chunks = new List<byte[]>();
            long total = 0;
            int filled = 0, size = (int)Math.Min(limit + 1, Math.Clamp(input.Length * 4L, 64 << 10, 16 << 20)); // limit + 1: one byte too many shows
            while (true)
            {
                if (chunks.Count == 0 || filled == chunks[^1].Length)
                {
                    if (chunks.Count > 0) size = (int)Math.Min(Math.Max(size * 2L, 1), 16 << 20);
                    chunks.Add(new byte[size]);
                    filled = 0;
                }
                var chunk = chunks[^1];
                int n = inflater.Read(chunk, filled, chunk.Length - filled);
                if (n <= 0) break;
                filled += n;
                total += n;
                if (total > limit)
                    Throw.Format(DiagnosticId.BadCompression, InputFormat.Compressed, -1,
                        $"{kind.ToString().ToLowerInvariant()} stream decompresses to more than {limit} bytes");
            }
            if (total == 0)
                Throw.Format(DiagnosticId.BadCompression, InputFormat.Compressed, -1, $"{kind.ToString().ToLowerInvariant()} stream is empty");
            var result = new byte[total];
            long copied = 0;
            foreach (var chunk in chunks)
            {
                int n = (int)Math.Min(chunk.Length, total - copied);
                chunk.AsSpan(0, n).CopyTo(result.AsSpan((int)copied));
                copied += n;
            }
            if (kind == FileKind.Gzip) CheckGzipTrailer(input.Span, result);
            return result;
        }
        catch (KsymFormatException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // The decompressors throw their own types (ZstdException, SharpCompressException, InvalidDataException...):
            // all of them mean the stream is corrupt.
            throw new KsymFormatException(DiagnosticId.BadCompression, InputFormat.Compressed, -1,
                $"corrupt {kind.ToString().ToLowerInvariant()} stream: {e.Message.TrimEnd('.')}", inner: e);
        }
    }

    /// <summary>
    /// A gzip member ends with the CRC-32 and the length (mod 2^32) of its data (RFC 1952, section 2.3.1).
    /// GZipStream returns what it could inflate from a truncated stream without complaint, so check both: a cut
    /// module must not pass for a smaller one. kbuild and kmod write single-member files.
    /// </summary>
    private static void CheckGzipTrailer(ReadOnlySpan<byte> input, ReadOnlySpan<byte> output)
    {
        if (input.Length < 18)
            Throw.Format(DiagnosticId.BadCompression, InputFormat.Compressed, input.Length, "gzip stream is truncated");
        uint crc = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(input[^8..]);
        uint size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(input[^4..]);
        if (size != (uint)output.Length || crc != Crc32.Compute(output))
            Throw.Format(DiagnosticId.BadCompression, InputFormat.Compressed, input.Length - 8,
                "gzip stream is truncated or corrupt (its trailer's CRC-32 or length does not match the data)");
    }

    /// <summary>A read-only, seekable stream over memory, without copying it.</summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int _position;
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => memory.Length;
        public override long Position { get => _position; set => _position = (int)Math.Clamp(value, 0, memory.Length); }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(buffer.Length, memory.Length - _position);
            memory.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin)
        {
            Position = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => _position + offset,
                _ => memory.Length + offset,
            };
            return _position;
        }
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
