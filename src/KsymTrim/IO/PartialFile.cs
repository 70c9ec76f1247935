using System.Buffers;
using KsymTrim.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace KsymTrim.IO;

/// <summary>
/// A file read piecewise into one pooled buffer of the file's size, a 4 KiB page at a time as readers ask for
/// ranges (<see cref="IRangeSource"/>). For a kernel module whose symbol table is all that is needed this reads
/// about an eighth of the file with three or four <c>pread</c> calls and maps nothing: on a distribution's
/// 4,000 modules that beats <c>mmap</c>, whose <c>munmap</c> costs a TLB shootdown on every other core running
/// the process (measured in benchmarks/README.md). The buffer is rented on first use, so that a file only
/// peeked at (<see cref="ReadHead"/>) costs no allocation: a buffer of a few MiB comes from the large object heap,
/// and every few MiB of those cost a full garbage collection. Not thread-safe. Dispose returns the buffer.
/// </summary>
internal sealed class PartialFile : IRangeSource, IDisposable
{
    private const int PageShift = 12;
    private const int PageSize = 1 << PageShift;
    private const int ReadBehindPages = 8;
    private readonly SafeFileHandle? _handle; // portable path
    private readonly int _fd;                 // Unix path: a libc descriptor, -1 when unused
    private readonly string _path;
    private byte[]? _buffer;
    private bool _disposed;
    private readonly int _length;
    private readonly ulong[] _loaded; // one bit per page

    private PartialFile(SafeFileHandle? handle, int fd, string path, int length)
    {
        _handle = handle;
        _fd = fd;
        _path = path;
        _length = length;
        int pages = (int)(((long)length + PageSize - 1) >> PageShift);
        _loaded = new ulong[(pages + 63) / 64 + 1];
    }

    /// <summary>Opens <paramref name="path"/> for reading; nothing is read yet.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission is denied.</exception>
    public static PartialFile Open(string path)
    {
        if (Libc.IsAvailable)
        {
            // open + lseek: two system calls, no advisory lock (FileStream takes one to emulate FileShare).
            int fd = Libc.Open(path);
            if (fd < 0) Libc.ThrowForError(System.Runtime.InteropServices.Marshal.GetLastPInvokeError(), path);
            try
            {
                long length = Libc.FileLength(fd, path);
                if (length > int.MaxValue) throw new IOException(Directory.Exists(path) ? "is a directory" : "file is larger than 2 GiB");
                return new PartialFile(null, fd, path, (int)length);
            }
            catch
            {
                Libc.close(fd);
                throw;
            }
        }
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            long length = RandomAccess.GetLength(handle);
            if (length > int.MaxValue) throw new IOException(Directory.Exists(path) ? "is a directory" : "file is larger than 2 GiB");
            return new PartialFile(handle, -1, path, (int)length);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>The file's length.</summary>
    public int Length => _length;

    /// <inheritdoc />
    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, _length);

    private byte[] Buffer
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer ??= ArrayPool<byte>.Shared.Rent(Math.Max(_length, 1));
        }
    }

    /// <summary>Reads the file's first bytes into <paramref name="head"/> (fewer when the file is shorter) without
    /// renting the buffer, and returns how many were read.</summary>
    /// <exception cref="KsymFormatException">The file cannot be read.</exception>
    public int ReadHead(Span<byte> head)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        head = head[..Math.Min(head.Length, _length)];
        int total = 0;
        try
        {
            while (total < head.Length)
            {
                var rest = head[total..];
                int n = _handle is not null ? RandomAccess.Read(_handle, rest, total) : Libc.Read(_fd, rest, total, _path);
                if (n <= 0) throw new IOException("file shrank while being read");
                total += n;
            }
        }
        catch (IOException e)
        {
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1, e.Message.TrimEnd('.'), _path, inner: e);
        }
        return total;
    }

    /// <inheritdoc />
    public void Ensure(long offset, long length)
    {
        if (length <= 0) return;
        if ((ulong)offset > (ulong)_length || (ulong)length > (ulong)(_length - offset))
            throw new ArgumentOutOfRangeException(nameof(offset));
        int first = (int)(offset >> PageShift), last = (int)((offset + length - 1) >> PageShift);
        while (first <= last && IsLoaded(first)) first++;
        while (last >= first && IsLoaded(last)) last--;
        if (first > last) return;
        // Read behind: linkers put .symtab, .strtab and .shstrtab just before the section header table, so the
        // pages before a range asked for are usually asked for next. Taking up to ReadBehindPages of them in the
        // same pread saves two of the four reads per module (measured in benchmarks/README.md).
        for (int n = 0; n < ReadBehindPages && first > 0 && !IsLoaded(first - 1); n++) first--;
        long start = (long)first << PageShift;
        int count = (int)Math.Min(((long)(last + 1) << PageShift) - start, _length - start);
        var target = Buffer.AsSpan((int)start, count);
        try
        {
            while (!target.IsEmpty)
            {
                int n = _handle is not null ? RandomAccess.Read(_handle, target, start) : Libc.Read(_fd, target, start, _path);
                if (n <= 0) throw new IOException("file shrank while being read");
                target = target[n..];
                start += n;
            }
        }
        catch (IOException e)
        {
            // A problem of the file, not of its content at a position (docs/diagnostics.md): no offset.
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1, e.Message.TrimEnd('.'), _path, inner: e);
        }
        for (int p = first; p <= last; p++) _loaded[p >> 6] |= 1UL << (p & 63);
    }

    private bool IsLoaded(int page) => (_loaded[page >> 6] & (1UL << (page & 63))) != 0;

    /// <summary>Closes the file and returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_handle is not null) _handle.Dispose();
        else Libc.close(_fd);
        var b = _buffer;
        _buffer = null;
        if (b is not null) ArrayPool<byte>.Shared.Return(b);
    }
}
