using System.IO.Compression;
using System.Text.RegularExpressions;
using KsymTrim.Tests.Support;
using KsymTrim.Tests.Tool;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// Every file of ../shared/corpus/bad-inputs against the verdict of its MANIFEST.tsv line, through
/// <c>ksymtrim used</c> and <c>ksymtrim nm</c>, each run bounded by a timeout.
/// </summary>
[TestFixture]
public class BadInputsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static string Folder => Path.Combine(TestPaths.Corpus, "bad-inputs");

    /// <summary>One MANIFEST.tsv line.</summary>
    public sealed record Entry(string File, string Base, string What, string Expect, string UNames)
    {
        public override string ToString() => File;
    }

    public static IEnumerable<TestCaseData> Cases()
    {
        string manifest = Path.Combine(Folder, "MANIFEST.tsv");
        if (!File.Exists(manifest))
        {
            yield return new TestCaseData(null, "used").SetName("BadInputs_absent");
            yield break;
        }
        var lines = File.ReadAllLines(manifest);
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        int file = Col("file"), @base = Col("base"), what = Col("what"), expect = Col("expect"), unames = Col("U_names_if_few");
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            var e = new Entry(f[file], f[@base], f[what], f[expect], unames >= 0 && unames < f.Length ? f[unames] : "-");
            foreach (var command in new[] { "used", "nm" })
                yield return new TestCaseData(e, command).SetName($"{command} {e.File}");
        }
    }

    private static ToolResult RunBounded(params string[] args)
    {
        var task = Task.Run(() => ToolRunner.Run(args));
        bool finished;
        try { finished = task.Wait(Timeout); }
        catch (AggregateException e)
        {
            Assert.Fail($"ksymtrim {string.Join(' ', args)} threw {e.InnerException}");
            throw;
        }
        if (!finished) Assert.Fail($"ksymtrim {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds} s");
        return task.Result;
    }

    private static bool IsBitcode(string file) => file.Contains("bitcode", StringComparison.Ordinal) || file.Contains("-bc", StringComparison.Ordinal);

    private static string[] Set(string names) =>
        names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(n => n != "__this_module").Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The output of the same command on the file this one was derived from, or null when there is none.</summary>
    private static string? BaseOutput(Entry e, string command, TempDirectory tmp)
    {
        string sibling = Path.Combine(Folder, e.File.Split('.')[0] + ".orig.ko");
        string? input = null;
        if (File.Exists(sibling) && sibling != Path.Combine(Folder, e.File)) input = sibling;
        else if (e.File.EndsWith(".gz", StringComparison.Ordinal))
        {
            // No sibling: "read as if uncompressed" means the output of the decompressed bytes.
            input = tmp[Path.GetFileNameWithoutExtension(e.File)];
            using var gz = new GZipStream(File.OpenRead(Path.Combine(Folder, e.File)), CompressionMode.Decompress);
            using var outFile = File.Create(input);
            gz.CopyTo(outFile);
        }
        if (input is null) return null;
        var r = RunBounded(command, input);
        Assert.That(r.ExitCode, Is.EqualTo(0), $"the base input {input} itself fails: {r.Stderr}");
        return r.Stdout;
    }

    [TestCaseSource(nameof(Cases))]
    public void Verdict(Entry? e, string command)
    {
        if (e is null) { Assert.Ignore($"{Folder}/MANIFEST.tsv is absent"); return; }
        string path = Path.Combine(Folder, e.File);
        if (!File.Exists(path)) Assert.Ignore($"{path} is absent");
        using var tmp = new TempDirectory();
        var r = RunBounded(command, path);
        ToolAssert.NoStackTrace(r.Stderr);
        string expect = e.Expect;
        string context = $"{e.File} ({e.What}); expect: {expect}; exit {r.ExitCode}; stderr: {r.Stderr}";

        if (expect.StartsWith("ok", StringComparison.Ordinal))
        {
            bool mayBeUnsupported = expect.Contains("or error:unsupported", StringComparison.Ordinal) && command != "nm";
            if (mayBeUnsupported && r.ExitCode == 1)
            {
                AssertOneErrorLine(r, path, context);
                Assert.That(r.Stderr, Does.Contain("bitcode").IgnoreCase.Or.Contain("unsupported").IgnoreCase, context);
                return;
            }
            Assert.That(r.ExitCode, Is.EqualTo(0), context);
            Assert.That(r.Stderr, Is.Empty, context);
            CheckOkOutput(e, command, path, r, tmp, context);
            return;
        }

        Assert.That(expect, Does.StartWith("error"), "unknown verdict in MANIFEST.tsv");
        if (r.ExitCode == 0)
        {
            // Some verdicts allow a reader to succeed: "(or ok: …)", "(or ok=base if …)", "(or ok with that name cut)".
            Assert.That(expect, Does.Contain("(or ok"), "exit 0 where an error is expected; " + context);
            Assert.That(r.Stderr, Is.Empty, context);
            if (expect.Contains("(or ok=base", StringComparison.Ordinal) || expect.Contains("(or ok:", StringComparison.Ordinal))
            {
                var baseOutput = BaseOutput(e, command, tmp);
                if (baseOutput is not null) Assert.That(r.Stdout, Is.EqualTo(baseOutput), "accepted, but not as the base file; " + context);
            }
            return;
        }
        AssertOneErrorLine(r, path, context);
    }

    private static void AssertOneErrorLine(ToolResult r, string path, string context)
    {
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1), context);
            Assert.That(r.StderrLines, Has.Length.EqualTo(1), context);
            Assert.That(r.Stderr, Does.StartWith("ksymtrim: error: " + path), context);
            Assert.That(r.Stdout, Is.Empty, "output despite an input error; " + context);
        });
    }

    private static void CheckOkOutput(Entry e, string command, string path, ToolResult r, TempDirectory tmp, string context)
    {
        string expect = e.Expect;
        if (expect.StartsWith("ok=base", StringComparison.Ordinal))
        {
            var baseOutput = BaseOutput(e, command, tmp);
            Assert.That(baseOutput, Is.Not.Null, "no base file to compare with; " + context);
            Assert.That(r.Stdout, Is.EqualTo(baseOutput), context);
            return;
        }
        if (command == "nm")
        {
            // The listing's undefined symbols are the ones the MANIFEST names (nm's and llvm-nm's U lines).
            if (e.UNames != "-" && !e.UNames.Contains('|', StringComparison.Ordinal))
            {
                var undefined = r.StdoutLines.Select(l => l.Split(' ')).Where(f => f.Length >= 2 && f[^1] == "U")
                    .Select(f => f[^2]).Distinct().Order(StringComparer.Ordinal).ToArray();
                Assert.That(undefined, Is.EqualTo(e.UNames.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal).ToArray()), context);
            }
            return;
        }
        if (command != "used") return;

        var used = r.StdoutLines;
        var named = Regex.Match(expect, @"\((?:undefined|set after dot strip): ([^)]*)\)");
        if (named.Success)
        {
            Assert.That(used, Is.EqualTo(Set(named.Groups[1].Value)), context);
            return;
        }
        if (expect.Contains("an archive is one module", StringComparison.Ordinal))
        {
            var json = RunBounded("used", "--format", "json", path);
            using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
            Assert.That(doc.RootElement.GetProperty("modules").GetInt32(), Is.EqualTo(1), "an archive is one module; " + context);
        }
        if (e.UNames != "-" && !e.UNames.Contains('|', StringComparison.Ordinal))
        {
            var expected = Set(e.UNames);
            if (IsBitcode(e.File))
                Assert.That(used, Is.SupersetOf(expected), "bitcode: at least nm's undefined symbols; " + context);
            else
            {
                // Native: nm's undefined symbols; the linker-provided _GLOBAL_OFFSET_TABLE_ / .TOC. may be left out
                // (modpost ignores them), nothing else may be added or dropped.
                string[] linkerProvided = ["_GLOBAL_OFFSET_TABLE_", ".TOC.", "TOC."];
                Assert.That(used, Is.SubsetOf(expected.Select(n => n.Length > 1 && n[0] == '.' ? n[1..] : n)), "native: only nm's undefined symbols; " + context);
                Assert.That(used, Is.SupersetOf(expected.Where(n => !linkerProvided.Contains(n))), "native: every undefined symbol of nm; " + context);
            }
        }
    }
}
