using System.Diagnostics;

namespace KsymTrim.Tests.Support;

/// <summary>Runs LLVM's and binutils' tools as oracles when they are installed.</summary>
internal static class ExternalTool
{
    /// <summary>The first of <paramref name="names"/> found on PATH, or null.</summary>
    public static string? Find(params string[] names)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in names)
            foreach (var dir in path.Split(Path.PathSeparator))
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
