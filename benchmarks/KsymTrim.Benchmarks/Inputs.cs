namespace KsymTrim.Benchmarks;

/// <summary>Where benchmark inputs are: the committed fixtures and the shared corpus beside the repository.</summary>
internal static class Inputs
{
    public static string Root
    {
        get
        {
            // BenchmarkDotNet runs a copy of this assembly from its own folder: use the root recorded at build time.
            var recorded = typeof(Inputs).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "KsymTrimRepositoryRoot")?.Value;
            if (recorded is not null && File.Exists(Path.Combine(recorded, "KsymTrim.sln"))) return recorded;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KsymTrim.sln"))) dir = dir.Parent;
            return dir?.FullName ?? Directory.GetCurrentDirectory();
        }
    }

    /// <summary>A real Debian module from ../shared/corpus/bad-inputs (an unmodified copy), or the largest fixture.</summary>
    public static string RealModule()
    {
        var corpus = Path.Combine(Root, "..", "shared", "corpus", "bad-inputs", "b20-ni_pcimio.orig.ko");
        return File.Exists(corpus) ? corpus : Path.Combine(Root, "tests", "KsymTrim.Tests", "Fixtures", "out", "modules", "alpha.ko");
    }

    /// <summary>Every module of Debian's tree when fetched (KSYMTRIM_DEBIAN_MODULES or /var/tmp/ksymtrim-debian),
    /// else the unmodified corpus modules.</summary>
    public static string ModuleFolder()
    {
        var debian = Path.Combine(Environment.GetEnvironmentVariable("KSYMTRIM_DEBIAN_MODULES") ?? "/var/tmp/ksymtrim-debian", "lib", "modules");
        if (Directory.Exists(debian)) return debian;
        var tmp = Path.Combine(Path.GetTempPath(), "ksymtrim-bench-modules");
        Directory.CreateDirectory(tmp);
        foreach (var f in Directory.GetFiles(Path.Combine(Root, "..", "shared", "corpus", "bad-inputs"), "*.orig.ko"))
            File.Copy(f, Path.Combine(tmp, Path.GetFileName(f)), overwrite: true);
        return tmp;
    }
}
