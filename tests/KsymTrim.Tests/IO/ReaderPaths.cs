using System.Runtime.CompilerServices;

namespace KsymTrim.Tests.IO;

/// <summary>
/// Fixture and corpus locations for the reader tests. Support/TestPaths finds the repository by walking up from
/// the test assembly, which fails when the build uses <c>--artifacts-path</c> outside the checkout; this finds
/// it from the location of this source file instead, and falls back to TestPaths.
/// </summary>
internal static class ReaderPaths
{
    private static readonly Lazy<string> RootLazy = new(() => FindRoot());

    private static string FindRoot([CallerFilePath] string source = "")
    {
        var dir = string.IsNullOrEmpty(source) ? null : new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KsymTrim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Support.TestPaths.Root;
    }

    /// <summary>The repository root.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>tests/KsymTrim.Tests/Fixtures/out.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "KsymTrim.Tests", "Fixtures", "out");

    /// <summary>A file under the fixtures' out folder.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>../shared/corpus beside the repository.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
}
