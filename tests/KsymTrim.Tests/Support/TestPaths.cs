namespace KsymTrim.Tests.Support;

/// <summary>Where the repository, the committed fixtures and the shared corpus are.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        // Walk up from the test binaries (the usual bin/ layout), else use the root recorded at build time
        // (builds with --artifacts-path put the binaries outside the repository).
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KsymTrim.sln"))) dir = dir.Parent;
        if (dir is not null) return dir.FullName;
        var recorded = typeof(TestPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "KsymTrimRepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, "KsymTrim.sln"))) return recorded;
        throw new InvalidOperationException("KsymTrim.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding KsymTrim.sln).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>tests/KsymTrim.Tests/Fixtures/out.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "KsymTrim.Tests", "Fixtures", "out");

    /// <summary>A file under the fixtures' out folder.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>samples/.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared/corpus beside the repository.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>A folder of ../shared/corpus, or an ignored test when it is absent.</summary>
    public static string RequireCorpus(string sub)
    {
        var path = Path.Combine(Corpus, sub);
        if (!Directory.Exists(path)) Assert.Ignore($"corpus folder {path} is absent");
        return path;
    }

    /// <summary>
    /// Debian's unpacked 6.1 amd64 modules (see ../shared/corpus/fetch-debian-modules.sh): the folder named by
    /// KSYMTRIM_DEBIAN_MODULES, else /var/tmp/ksymtrim-debian; null when neither holds modules.
    /// </summary>
    public static string? DebianModules
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("KSYMTRIM_DEBIAN_MODULES") ?? "/var/tmp/ksymtrim-debian";
            var modules = Path.Combine(dir, "lib", "modules");
            return Directory.Exists(modules) ? dir : null;
        }
    }
}
