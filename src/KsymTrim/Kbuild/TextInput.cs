using KsymTrim.Diagnostics;

namespace KsymTrim.Kbuild;

/// <summary>Reads the kernel's small text files, turning I/O failures into <see cref="KsymFormatException"/>.</summary>
internal static class TextInput
{
    public static string ReadAllText(string path)
    {
        try { return File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // .NET reports a directory as UnauthorizedAccessException, as it does a permission problem.
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "no such file"
                : Directory.Exists(path) ? "is a directory"
                : e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1, why, path, inner: e);
        }
    }
}
