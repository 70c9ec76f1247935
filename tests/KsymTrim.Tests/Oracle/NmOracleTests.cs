using System.IO.Compression;
using KsymTrim.Tests.IO;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Oracle;

/// <summary>
/// <c>ksymtrim nm</c> against nm itself: the committed goldens (GNU <c>nm -P</c> where built, else
/// <c>llvm-nm -P</c>), and, when installed, live GNU nm and llvm-nm. Lines are compared as sorted lists of
/// <c>[archive[member]: ]name letter</c>.
/// <para>Known, tolerated differences between the oracles (Fixtures/README.md, "Known tool quirks"):</para>
/// <list type="bullet">
/// <item>riscv64: llvm-nm lists the local label <c>.L.str</c>; GNU nm hides it
/// (riscv_elf_is_target_special_symbol), and ksymtrim follows GNU nm. The GNU golden is used there, and the live
/// llvm-nm comparison is skipped for objects where the two tools disagree.</item>
/// <item>bsd.a: GNU nm reports "__.SYMDEF: file format not recognized" for llvm-ar's BSD symbol table but
/// lists the other members, which is what is compared.</item>
/// <item>nested-thin.a: both tools refuse to descend into the nested thin archive (llvm-nm skips it silently,
/// GNU nm says "file format not recognized"); ksymtrim flattens it (nested-thin.a.flattened.txt), so the
/// expected lines are the tool's lines plus nested-inner.a's lines under nested-thin.a's prefix.</item>
/// <item>thin-self.a, thin-cycle*.a: nm tools do not descend, ksymtrim rejects the cycle: not compared, but
/// the rejection is checked.</item>
/// </list>
/// </summary>
[TestFixture]
public sealed class NmOracleTests
{
    public sealed record Entry(string Path, string Kind)
    {
        public bool IsArchive => Kind.StartsWith("ar-", StringComparison.Ordinal);
        public override string ToString() => Path;
    }

    public static IEnumerable<Entry> Manifest()
    {
        var lines = File.ReadAllLines(ReaderPaths.Fixture("MANIFEST.tsv"));
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            yield return new Entry(f[0], f[1]);
        }
        foreach (var ko in Directory.GetFiles(ReaderPaths.Fixture("modules"), "*.ko").Order(StringComparer.Ordinal))
        {
            string rel = "modules/" + Path.GetFileName(ko);
            if (!lines.Any(l => l.StartsWith(rel + "\t", StringComparison.Ordinal))) yield return new Entry(rel, "kmod");
        }
    }

    public static IEnumerable<Entry> Comparable() => Manifest().Where(e => e.Kind != "ar-thin-cycle");

    /// <summary>What GNU nm reads: not bitcode (only through the LLVM gold plugin; bitcode is compared with llvm-nm,
    /// CONTRACT.md), so those cases are not generated rather than skipped.</summary>
    public static IEnumerable<Entry> GnuComparable() => Comparable().Where(e => !e.Kind.StartsWith("bitcode", StringComparison.Ordinal));

    private static string Full(string rel) => ReaderPaths.Fixture(rel.Split('/'));

    /// <summary>Our output, with the archive path reduced to its file name as the goldens have it.</summary>
    private static List<string> Ours(Entry e)
    {
        string full = Full(e.Path);
        var r = ToolRunner.Run("nm", full);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        Assert.That(r.Stderr, Is.Empty);
        return Normalize(r.Stdout, full, e.IsArchive);
    }

    /// <summary>Keeps <c>[prefix] name letter</c> of nm -P lines; rewrites <c>/dir/x.a[/dir/m.o]:</c> to <c>x.a[m.o]:</c>.</summary>
    private static List<string> Normalize(string output, string fullPath, bool archive)
    {
        string dir = Path.GetDirectoryName(fullPath)! + "/";
        var result = new List<string>();
        foreach (var raw in output.Split('\n'))
        {
            var t = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (t.Length == 0) continue;
            if (archive)
            {
                Assert.That(t.Length, Is.GreaterThanOrEqualTo(3), "archive line: " + raw);
                string prefix = t[0];
                if (prefix.StartsWith(dir, StringComparison.Ordinal)) prefix = prefix[dir.Length..];
                prefix = prefix.Replace("[" + dir, "[", StringComparison.Ordinal);
                result.Add(prefix + " " + t[1] + " " + t[2]);
            }
            else
            {
                Assert.That(t.Length, Is.GreaterThanOrEqualTo(2), "line: " + raw);
                result.Add(t[0] + " " + t[1]);
            }
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static List<string> GoldenLines(string goldenRel, bool archive) =>
        Normalize(File.ReadAllText(Full(goldenRel)), Full(goldenRel), archive);

    private static List<string> Reprefix(IEnumerable<string> lines, string from, string to) =>
        lines.Select(l => l.StartsWith(from + "[", StringComparison.Ordinal) ? to + l[from.Length..] : l).ToList();

    private static List<string> Expected(Entry e)
    {
        string p = e.Path;
        if (p.StartsWith("archives/members/", StringComparison.Ordinal))
        {
            // Members have no golden of their own: gnu.a's golden lists them as gnu.a[mN.o].
            string prefix = "gnu.a[" + Path.GetFileName(p) + "]: ";
            var lines = GoldenLines("archives/gnu.a.llvm-nm.txt", true)
                .Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..]).ToList();
            Assert.That(lines, Is.Not.Empty);
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        if (p == "archives/nested-thin.a")
        {
            var lines = GoldenLines("archives/nested-thin.a.llvm-nm.txt", true);
            lines.AddRange(Reprefix(GoldenLines("archives/nested-inner.a.llvm-nm.txt", true), "nested-inner.a", "nested-thin.a"));
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        string basePath = p;
        foreach (var suffix in new[] { ".gz", ".xz", ".zst" })
            if (basePath.EndsWith(suffix, StringComparison.Ordinal)) basePath = basePath[..^suffix.Length];
        if (basePath.StartsWith("bigsections/", StringComparison.Ordinal))
            basePath = basePath.Replace("-clang", "", StringComparison.Ordinal); // one golden for both variants
        string gnu = basePath + ".nm.txt", llvm = basePath + ".llvm-nm.txt";
        string golden = File.Exists(Full(gnu)) ? gnu : llvm;
        Assert.That(File.Exists(Full(golden)), "golden " + golden);
        return GoldenLines(golden, e.IsArchive);
    }

    private static void AssertSameLines(List<string> ours, List<string> expected, string what)
    {
        var missing = expected.Except(ours).Take(8).ToList();
        var extra = ours.Except(expected).Take(8).ToList();
        Assert.That(ours, Is.EqualTo(expected),
            $"{what}: {ours.Count} lines vs {expected.Count}; missing (first 8): [{string.Join(", ", missing)}]; extra: [{string.Join(", ", extra)}]");
    }

    [TestCaseSource(nameof(Comparable))]
    public void Nm_matches_committed_golden(Entry e) => AssertSameLines(Ours(e), Expected(e), e.Path);

    [TestCase("archives/thin-self.a")]
    [TestCase("archives/thin-cycle.a")]
    [TestCase("archives/thin-cycle-inner.a")]
    public void Nm_rejects_cyclic_thin_archives(string rel)
    {
        var r = ToolRunner.Run("nm", Full(rel));
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stderr, Does.Contain("cycle"));
        Assert.That(r.Stdout, Is.Empty, "no partial output without --keep-going");
    }

    [Test]
    public void Nm_of_several_files_prefixes_every_line()
    {
        string a = Full("x86_64/symbols.o"), b = Full("modules/beta.ko");
        var r = ToolRunner.Run("nm", a, b);
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.StdoutLines, Has.All.StartWith(a + ": ").Or.StartWith(b + ": "));
        Assert.That(r.StdoutLines, Does.Contain(b + ": queue_work U"));
    }

    // --- live oracles ----------------------------------------------------------------------------------------

    private string _temp = "";
    private readonly object _gate = new();

    [OneTimeSetUp]
    public void MakeTemp()
    {
        _temp = Path.Combine(Path.GetTempPath(), "ksymtrim-oracle-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [OneTimeTearDown]
    public void RemoveTemp()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    /// <summary>The path an external nm can read: .gz inflated with System.IO.Compression (xz/zst: null, not compared
    /// live; beta.ko.xz/.zst are the same bytes as beta.ko, which is compared).</summary>
    private string? Readable(Entry e)
    {
        string full = Full(e.Path);
        if (e.Path.EndsWith(".xz", StringComparison.Ordinal) || e.Path.EndsWith(".zst", StringComparison.Ordinal)) return null;
        if (!e.Path.EndsWith(".gz", StringComparison.Ordinal)) return full;
        string plain = Path.Combine(_temp, Path.GetFileNameWithoutExtension(full));
        lock (_gate)
        {
            if (!File.Exists(plain))
            {
                using var src = new GZipStream(File.OpenRead(full), CompressionMode.Decompress);
                using var dst = File.Create(plain);
                src.CopyTo(dst);
            }
        }
        return plain;
    }

    private static List<string> Live(string exe, Entry e, string path)
    {
        var args = e.IsArchive ? new[] { "-A", "-P", path } : new[] { "-P", path };
        var (code, stdout, stderr) = ExternalTool.Run(exe, args);
        // A GNU nm built for one architecture (binutils without -multiarch) cannot read the others' objects.
        if (code != 0 && stderr.Contains("format not recognized", StringComparison.Ordinal) && e.Path != "archives/nested-thin.a" &&
            !e.Path.StartsWith("x86_64/", StringComparison.Ordinal))
            Assert.Ignore($"{Path.GetFileName(exe)} does not read {e.Path} here (install binutils-multiarch)");
        // GNU nm exits 1 on nested-thin.a after "nested-inner.a: file format not recognized" (tolerated above).
        if (e.Path != "archives/nested-thin.a")
            Assert.That(code, Is.EqualTo(0), $"{Path.GetFileName(exe)} failed: {stderr}");
        var lines = Normalize(stdout, path, e.IsArchive);
        if (e.Path == "archives/nested-thin.a")
        {
            var inner = Full("archives/nested-inner.a");
            var (_, innerOut, _) = ExternalTool.Run(exe, "-A", "-P", inner);
            lines.AddRange(Reprefix(Normalize(innerOut, inner, true), "nested-inner.a", "nested-thin.a"));
            lines.Sort(StringComparer.Ordinal);
        }
        return lines;
    }

    [TestCaseSource(nameof(GnuComparable))]
    public void Nm_matches_live_gnu_nm(Entry e)
    {
        string nm = ExternalTool.Require("nm");
        var path = Readable(e);
        if (path is null) Assert.Ignore("xz/zstd input: the plain beta.ko is compared instead");
        var expected = Live(nm, e, path!);
        var ours = Normalize(ToolRunner.Run("nm", path!).Stdout, path!, e.IsArchive);
        AssertSameLines(ours, expected, "GNU nm " + e.Path);
    }

    [TestCaseSource(nameof(Comparable))]
    public void Nm_matches_live_llvm_nm_where_it_agrees_with_gnu_nm(Entry e)
    {
        string llvm = ExternalTool.Require("llvm-nm", "llvm-nm-14", "llvm-nm-15", "llvm-nm-16", "llvm-nm-17", "llvm-nm-18", "llvm-nm-19");
        if (e.Kind.StartsWith("bitcode", StringComparison.Ordinal))
        {
            // An older llvm-nm cannot read newer bitcode, and llvm-nm's view changes with its version: compare with
            // the llvm-nm of the LLVM that produced the file (named -clangN), else the default one (clang-14 files).
            var m = System.Text.RegularExpressions.Regex.Match(e.Path, @"-clang(\d+)\.bc$");
            if (m.Success && m.Groups[1].Value != "14")
                llvm = ExternalTool.Find("llvm-nm-" + m.Groups[1].Value) ?? "";
            if (llvm.Length == 0) Assert.Ignore($"llvm-nm-{m.Groups[1].Value} is not installed");
        }
        var path = Readable(e);
        if (path is null) Assert.Ignore("xz/zstd input: the plain beta.ko is compared instead");
        var expected = Live(llvm, e, path!);
        string? gnu = e.Kind.StartsWith("bitcode", StringComparison.Ordinal) ? null : ExternalTool.Find("nm");
        if (gnu is not null)
        {
            var gnuLines = Live(gnu, e, path!);
            if (!gnuLines.SequenceEqual(expected))
                Assert.Ignore($"llvm-nm and GNU nm disagree on {e.Path} (e.g. riscv64 .L labels); ksymtrim follows GNU nm: " +
                              string.Join(", ", expected.Except(gnuLines).Concat(gnuLines.Except(expected)).Take(5)));
        }
        var ours = Normalize(ToolRunner.Run("nm", path!).Stdout, path!, e.IsArchive);
        AssertSameLines(ours, expected, "llvm-nm " + e.Path);
    }
}
