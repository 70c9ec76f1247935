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
            string why = e is FileNotFoundException or DirectoryNotFoundException ? "no such file"
                : e is UnauthorizedAccessException ? "permission denied" : e.Message.TrimEnd('.');
            throw new KsymFormatException(DiagnosticId.FileUnreadable, InputFormat.File, -1, why, path, inner: e);
        }
    }
}
