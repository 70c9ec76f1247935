namespace KsymTrim.Tests.Tool;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ksymtrim-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder (not created).</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>Copies <paramref name="source"/> to <paramref name="relative"/> inside the folder, creating folders.</summary>
    public string Copy(string source, string relative)
    {
        string target = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        return target;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> inside the folder.</summary>
    public string Write(string relative, string text)
    {
        string target = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllText(target, text);
        return target;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Small helpers shared by the tool tests.</summary>
internal static class ToolAssert
{
    /// <summary>The contract's error line: <c>ksymtrim: error: PATH[(member)]: reason (offset 0x…)</c>.</summary>
    public static readonly System.Text.RegularExpressions.Regex ErrorLine = new(
        @"^ksymtrim: error: (?<path>[^\n]+?)(\((?<member>[^()\n]*)\))?: (?<reason>[^\n]+) \(offset 0x[0-9a-f]+\)$");

    /// <summary>The error line of a problem with no position in the file, such as the file itself (missing, empty,
    /// unreadable): the contract's line without <c>(offset 0x…)</c>, as docs/diagnostics.md extends it.</summary>
    public static readonly System.Text.RegularExpressions.Regex FileErrorLine = new(
        @"^ksymtrim: error: (?<path>[^\n]+?)(\((?<member>[^()\n]*)\))?: (?<reason>[^\n]+)(?<! \(offset 0x[0-9a-f]+\))$");

    /// <summary>No .NET stack trace or unhandled-exception text on stderr.</summary>
    public static void NoStackTrace(string stderr)
    {
        Assert.That(stderr, Does.Not.Contain("   at "), "stack trace on stderr");
        Assert.That(stderr, Does.Not.Contain("Unhandled exception"), "unhandled exception on stderr");
        Assert.That(stderr, Does.Not.Contain("Exception:"), "exception text on stderr");
    }

    /// <summary>The used set as the list format prints it.</summary>
    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
