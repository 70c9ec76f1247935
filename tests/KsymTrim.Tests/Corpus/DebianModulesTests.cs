using System.Text;
using System.Text.RegularExpressions;
using KsymTrim.Tests.Support;
using KsymTrim.Tests.Tool;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// Debian's 6.1 amd64 modules (fetched by ../shared/corpus/fetch-debian-modules.sh) against GNU nm and the
/// kernel's own way of computing the used set.
/// </summary>
[TestFixture]
[NonParallelizable]
public class DebianModulesTests
{
    private const int Batch = 400;

    private static string ModulesRoot()
    {
        var dir = TestPaths.DebianModules;
        if (dir is null) Assert.Ignore("Debian modules are absent (run ../shared/corpus/fetch-debian-modules.sh /var/tmp/ksymtrim-debian)");
        return Path.Combine(dir!, "lib", "modules");
    }

    private static List<string> KoFiles(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.ko", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        if (files.Count == 0) Assert.Ignore($"no .ko files below {root}");
        return files;
    }

    /// <summary>Runs GNU nm over <paramref name="files"/> in batches; returns its stdout concatenated.</summary>
    private static string GnuNm(string nm, IReadOnlyList<string> files, params string[] options)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < files.Count; i += Batch)
        {
            var chunk = files.Skip(i).Take(Batch);
            var (code, stdout, stderr) = ExternalTool.Run(nm, [.. options, .. chunk]);
            Assert.That(code, Is.EqualTo(0), "GNU nm failed: " + stderr);
            sb.Append(stdout);
        }
        return sb.ToString();
    }

    private static Dictionary<string, List<string>> ByFile(IEnumerable<string> lines)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            Assert.That(colon, Is.GreaterThan(0), "no path prefix: " + line);
            var rest = line[(colon + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string path = line[..colon];
            if (!result.TryGetValue(path, out var list)) result[path] = list = [];
            list.Add(rest[0] + " " + rest[1]);
        }
        foreach (var list in result.Values) list.Sort(StringComparer.Ordinal);
        return result;
    }

    [Test]
    public void Nm_AgreesWithGnuNm_OnEveryModule()
    {
        string root = ModulesRoot();
        string nm = ExternalTool.Require("nm");
        var files = KoFiles(root);

        var ours = ToolRunner.Run("nm", root);
        Assert.That(ours.ExitCode, Is.EqualTo(0), ours.Stderr.Length > 2000 ? ours.Stderr[..2000] : ours.Stderr);
        var oursByFile = ByFile(ours.StdoutLines);
        var gnuByFile = ByFile(GnuNm(nm, files, "-A", "-P").Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // Every module has symbols, so every module appears in both.
        Assert.That(oursByFile.Keys.Where(k => k.EndsWith(".ko", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            Is.EqualTo(gnuByFile.Keys.Order(StringComparer.Ordinal)), "the modules listed differ");
        var differing = new List<string>();
        foreach (var (path, gnu) in gnuByFile)
        {
            var mine = oursByFile.GetValueOrDefault(path) ?? [];
            if (!mine.SequenceEqual(gnu))
            {
                var missing = gnu.Except(mine).Take(3);
                var extra = mine.Except(gnu).Take(3);
                differing.Add($"{path}: missing [{string.Join(", ", missing)}] extra [{string.Join(", ", extra)}]");
            }
        }
        Assert.That(differing, Is.Empty, $"{differing.Count} of {gnuByFile.Count} modules differ from GNU nm -P");
    }

    [Test]
    public void Nm_PerModuleBlocksSortedByName()
    {
        string root = ModulesRoot();
        var ours = ToolRunner.Run("nm", root);
        Assert.That(ours.ExitCode, Is.EqualTo(0));
        string? lastPath = null, lastName = null;
        foreach (var line in ours.StdoutLines)
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            string path = line[..colon];
            string name = line[(colon + 2)..line.LastIndexOf(' ')];
            if (path == lastPath)
                Assert.That(string.CompareOrdinal(lastName, name), Is.LessThanOrEqualTo(0), $"{path}: {lastName} before {name}");
            else if (lastPath is not null)
                Assert.That(string.CompareOrdinal(lastPath, path), Is.LessThan(0), "modules not in byte order");
            lastPath = path;
            lastName = name;
        }
    }

    [Test]
    public void UsedAutoksyms_IsByteIdenticalToTheKernelsWay()
    {
        string root = ModulesRoot();
        string nm = ExternalTool.Require("nm");
        var files = KoFiles(root);
        using var tmp = new TempDirectory();
        string config = tmp.Write("auto.conf", "CONFIG_MODULES=y\nCONFIG_MODVERSIONS=y\nCONFIG_TRIM_UNUSED_KSYMS=y\n");

        // the link-time set: the kernel's way has no run-time lookups (RuntimeLookupTests covers what they add)
        var ours = ToolRunner.Run("used", "--no-runtime-lookups", "--format", "autoksyms", "--config", config, root);
        Assert.That(ours.ExitCode, Is.EqualTo(0), ours.Stderr.Length > 2000 ? ours.Stderr[..2000] : ours.Stderr);

        // nm every module, keep the U lines (sed -n 's/^  *U //p'), union, add module_layout, drop __this_module,
        // LC_ALL=C sort -u, one #define each under the header.
        var undefinedLine = new Regex(@"^ +U (.+)$");
        var names = new HashSet<string>(StringComparer.Ordinal) { "module_layout" };
        foreach (var line in GnuNm(nm, files).Split('\n'))
        {
            var m = undefinedLine.Match(line);
            if (m.Success) names.Add(m.Groups[1].Value);
        }
        names.Remove("__this_module");
        var sorted = names.ToList();
        sorted.Sort(StringComparer.Ordinal);
        var expected = new StringBuilder("/*\n * Automatically generated file; DO NOT EDIT.\n */\n\n");
        foreach (var s in sorted) expected.Append("#define __KSYM_").Append(s).Append(" 1\n");

        Assert.That(sorted, Has.Count.GreaterThan(1000), "the kernel's way found too little: is GNU nm working?");
        if (ours.Stdout != expected.ToString())
        {
            var mine = ours.StdoutLines.ToHashSet(StringComparer.Ordinal);
            var theirs = expected.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            Assert.Fail($"differs from the kernel's way: missing {string.Join(", ", theirs.Except(mine).Take(10))}; " +
                        $"extra {string.Join(", ", mine.Except(theirs).Take(10))}");
        }
    }

    [Test]
    public void UsedWithDebianSymvers_IsSubsetOfExports()
    {
        string root = ModulesRoot();
        var symvers = Directory.GetFiles(Path.Combine(TestPaths.DebianModules!, "usr", "src"), "Module.symvers", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).FirstOrDefault();
        if (symvers is null) Assert.Ignore("no Module.symvers in the Debian headers");
        var all = ToolRunner.Run("used", root);
        var kept = ToolRunner.Run("used", "--symvers", symvers!, root);
        Assert.That(kept.ExitCode, Is.EqualTo(0), kept.Stderr);
        var exports = KsymTrim.Kbuild.ModuleSymvers.LoadExports(symvers!);
        Assert.That(kept.StdoutLines, Is.SubsetOf(all.StdoutLines));
        Assert.That(kept.StdoutLines.Where(s => !exports.Contains(s)), Is.Empty);
        Assert.That(all.StdoutLines.Where(exports.Contains), Is.EqualTo(kept.StdoutLines));
    }
}
