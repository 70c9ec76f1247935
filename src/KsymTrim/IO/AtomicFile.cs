using System.Text;

namespace KsymTrim.IO;

/// <summary>Writes output files the way make wants them: atomically, and not at all when unchanged.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="path"/> through a temporary file in
    /// the same folder and a rename, so no reader ever sees half a file. When the file already holds exactly
    /// these bytes it is left untouched, mtime included.
    /// </summary>
    /// <returns>True when the file was written, false when it was already up to date.</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = new UTF8Encoding(false).GetBytes(content);
        // Write through a symbolic link to the file it names, as a plain write would, rather than replacing it.
        try
        {
            if (new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is { } target) path = target.FullName;
        }
        catch (IOException) { }
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
                return false;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }

        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        string temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: false);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
        return true;
    }
}
