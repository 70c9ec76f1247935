using System.Diagnostics;

namespace KsymTrim.Tests.Support;

/// <summary>Runs LLVM's and binutils' tools as oracles when they are installed.</summary>
internal static class ExternalTool
{
    /// <summary>The first of <paramref name="names"/> found on PATH, or in the private LLVM 11 folder that
    /// Fixtures/build.sh unpacks (Debian bookworm packages no LLVM older than 13), or null.</summary>
    public static string? Find(params string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        var llvm11 = Environment.GetEnvironmentVariable("KSYMTRIM_LLVM11") is { Length: > 0 } l11
            ? l11 : Path.Combine(cache, "ksymtrim", "llvm-11");
        var dirs = path.Split(Path.PathSeparator).Append(Path.Combine(llvm11, "bin"));
        foreach (var name in names)
            foreach (var dir in dirs)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>The first of <paramref name="names"/> on PATH, or an ignored test.</summary>
    public static string Require(params string[] names) =>
        Find(names) ?? Ignore(names);

    private static string Ignore(string[] names)
    {
        Assert.Ignore($"none of {string.Join(", ", names)} is installed");
        return "";
    }

    /// <summary>Runs <paramref name="exe"/> with LC_ALL=C and returns its exit code and stdout.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string exe, params string[] args)
    {
        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C";
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout, stderrTask.Result);
    }
}
