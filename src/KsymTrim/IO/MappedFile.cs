using System.Buffers;
using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace KsymTrim.IO;

/// <summary>
/// A read-only memory-mapped file exposed as <see cref="ReadOnlyMemory{T}"/>. Readers parse it in place:
/// only the pages they touch are read from disk. Dispose it when done; the memory is invalid afterwards.
/// Not thread-safe to dispose while another thread reads it; reading from several threads is safe.
/// </summary>
public sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private byte* _pointer;
    private readonly int _length;

    private MappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, byte* pointer, int length)
    {
        _map = map;
        _view = view;
        _pointer = pointer;
        _length = length;
    }

    /// <summary>The file's length in bytes.</summary>
    public int Length => _length;

    /// <summary>Maps <paramref name="path"/> read-only. Files over 2 GiB are refused (no kernel object is that big).</summary>
    /// <exception cref="IOException">The file cannot be opened or mapped.</exception>
    public static MappedFile Open(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length > int.MaxValue) throw new IOException("file is larger than 2 GiB");
        if (length == 0) return new MappedFile(null, null, null, 0);
        var map = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read,
            HandleInheritability.None, leaveOpen: false);
        MemoryMappedViewAccessor? view = null;
        try
        {
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* p = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref p);
            return new MappedFile(map, view, p + view.PointerOffset, (int)length);
        }
        catch
        {
            view?.Dispose();
            map.Dispose();
            throw;
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
        if (_view is not null && _pointer != null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _pointer = null;
        }
        _view?.Dispose();
        _map?.Dispose();
    }
}
