using System.Runtime.InteropServices;

namespace KsymTrim.IO;

/// <summary>The few libc calls MappedFile needs on Unix.</summary>
internal static partial class Libc
{
    private const int ORdOnly = 0;
    private const int ProtRead = 1, MapPrivate = 2;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int close(int fd);

    [LibraryImport("libc", SetLastError = true)]
    private static partial long lseek(int fd, long offset, int whence);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint mmap(nint addr, nint length, int prot, int flags, int fd, long offset);

    [LibraryImport("libc", SetLastError = true)]
    public static partial int munmap(nint addr, nint length);

    [LibraryImport("libc", SetLastError = true)]
    private static unsafe partial nint pread(int fd, byte* buffer, nint count, long offset);

    /// <summary>True where these calls are used: Linux, FreeBSD and macOS.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() || OperatingSystem.IsFreeBSD() || OperatingSystem.IsMacOS();

    /// <summary>pread(2), retried on EINTR.</summary>
    public static unsafe int Read(int fd, Span<byte> buffer, long offset, string path)
    {
        fixed (byte* p = buffer)
        {
            while (true)
            {
                nint n = pread(fd, p, buffer.Length, offset);
                if (n >= 0) return (int)n;
                int errno = Marshal.GetLastPInvokeError();
                if (errno != 4) ThrowForError(errno, path);
            }
        }
    }

    /// <summary>open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK): non-blocking so that a FIFO cannot hang the open
    /// (FileLength then refuses it).</summary>
    public static int Open(string path) => open(path, ORdOnly | Flags);

    // O_CLOEXEC | O_NONBLOCK: Linux 0x80000 | 0x800; FreeBSD 0x100000 | 0x4; macOS 0x1000000 | 0x4.
    private static readonly int Flags =
        OperatingSystem.IsLinux() ? 0x80000 | 0x800 : OperatingSystem.IsMacOS() ? 0x1000000 | 0x4 : 0x100000 | 0x4;

    public static long FileLength(int fd, string path)
    {
        // lseek(SEEK_END) instead of fstat: struct stat's layout differs between libcs and architectures.
        long end = lseek(fd, 0, 2);
        if (end < 0) ThrowForError(Marshal.GetLastPInvokeError(), path);
        return end;
    }

    public static nint Map(int fd, nint length, string path)
    {
        nint p = mmap(0, length, ProtRead, MapPrivate, fd, 0);
        if (p == -1) ThrowForError(Marshal.GetLastPInvokeError(), path);
        return p;
    }

    public static void ThrowForError(int errno, string path)
    {
        switch (errno)
        {
            case 2: throw new FileNotFoundException("no such file", path);
            case 13: case 1: throw new UnauthorizedAccessException("permission denied");
            case 21: throw new IOException("is a directory");
            case 29: throw new IOException("not a regular file");
            default: throw new IOException(Marshal.GetPInvokeErrorMessage(errno));
        }
    }
}
