namespace KsymTrim.IO;

/// <summary>
/// A buffer that is filled from its file on demand: only the byte ranges a reader asks for are read. Readers
/// call <see cref="Ensure"/> before touching a range of <see cref="Memory"/>; bytes outside ensured ranges
/// are undefined. Not thread-safe: one reader at a time.
/// </summary>
public interface IRangeSource
{
    /// <summary>The whole file's extent; only ensured ranges hold the file's bytes.</summary>
    ReadOnlyMemory<byte> Memory { get; }

    /// <summary>Makes [<paramref name="offset"/>, <paramref name="offset"/> + <paramref name="length"/>) hold the
    /// file's bytes. The range must lie inside <see cref="Memory"/> (callers check bounds first).</summary>
    /// <exception cref="KsymTrim.Diagnostics.KsymFormatException">The file could not be read.</exception>
    void Ensure(long offset, long length);
}
