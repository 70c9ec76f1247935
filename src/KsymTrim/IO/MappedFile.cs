using System.Buffers;
using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;

namespace KsymTrim.IO;

/// <summary>
/// A read-only memory-mapped file exposed as <see cref="ReadOnlyMemory{T}"/>. Readers parse it in place:
/// only the pages they touch are read from disk. Dispose it when done; the memory is invalid afterwards.
/// Reading from several threads is safe; disposing while another thread reads is not.
/// </summary>
/// <remarks>
/// On Linux and other Unix systems the file is mapped with libc's <c>open</c>/<c>lseek</c>/<c>mmap</c>/<c>close</c>
/// directly: four system calls, against about ten through <see cref="MemoryMappedFile"/> (which also takes an
/// advisory lock for <see cref="FileShare"/>). Over the ~4,000 modules of a distribution kernel that is a
/// quarter of the run (measured with strace -c; see benchmarks/README.md). Elsewhere it falls back to
/// <see cref="MemoryMappedFile"/>.
/// </remarks>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private byte* _pointer;
    private readonly nint _mappedLength; // > 0 when mapped through libc
    private readonly int _length;

    private MappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, byte* pointer, int length, nint mappedLength)
    {
        _map = map;
        _view = view;
        _pointer = pointer;
        _length = length;
        _mappedLength = mappedLength;
    }

    /// <summary>The file's length in bytes.</summary>
    public int Length => _length;

    /// <summary>Maps <paramref name="path"/> read-only. Files over 2 GiB are refused (no kernel object is that big).</summary>
    /// <exception cref="IOException">The file cannot be opened or mapped.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission is denied.</exception>
    public static MappedFile Open(string path)
    {
        if (Libc.IsAvailable) return OpenPosix(path);
        return OpenPortable(path);
    }

    private static MappedFile OpenPortable(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length > int.MaxValue) throw new IOException(Directory.Exists(path) ? "is a directory" : "file is larger than 2 GiB");
        if (length == 0) return new MappedFile(null, null, null, 0, 0);
        var map = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* p = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
            return new MappedFile(map, view, p + view.PointerOffset, (int)length, 0);
        }
        catch
        {
            view?.Dispose();
            map.Dispose();
            throw;
        }
    }

    private static MappedFile OpenPosix(string path)
    {
        int fd = Libc.Open(path);
        if (fd < 0) Libc.ThrowForError(Marshal.GetLastPInvokeError(), path);
        try
        {
            long length = Libc.FileLength(fd, path);
            if (length > int.MaxValue) throw new IOException(Directory.Exists(path) ? "is a directory" : "file is larger than 2 GiB");
            if (length == 0) return new MappedFile(null, null, null, 0, 0);
            var p = Libc.Map(fd, (nint)length, path);
            return new MappedFile(null, null, (byte*)p, (int)length, (nint)length);
        }
        finally
        {
            Libc.close(fd);
        }
    }

    /// <inheritdoc />
    public override Span<byte> GetSpan() =>
        _pointer == null ? Span<byte>.Empty : new Span<byte>(_pointer, _length);

    /// <inheritdoc />
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <inheritdoc />
    public override void Unpin() { }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (_pointer == null) return;
        if (_mappedLength > 0) Libc.munmap((nint)_pointer, _mappedLength);
        else _view?.SafeMemoryMappedViewHandle.ReleasePointer();
        _pointer = null;
        _view?.Dispose();
        _map?.Dispose();
    }
}
