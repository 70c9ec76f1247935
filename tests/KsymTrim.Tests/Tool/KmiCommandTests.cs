using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

/// <summary>
/// <c>ksymtrim kmi</c> against Android's <c>extract_symbols</c>: on the GKI-like fixture tree (out/kmi/tree), with
/// <c>--no-runtime-lookups</c>, every output of every case in out/kmi/expected/cases.tsv is byte for byte what the
/// script wrote (Fixtures/README.md, "kmi"); and what kmi does beyond it.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class KmiCommandTests
{
    private static string Kmi(params string[] parts) => TestPaths.Fixture(["kmi", .. parts]);
    private static string Tree => Kmi("tree");

    /// <summary>The cases the script was run on: name and arguments (LIST stands for the list file).</summary>
    public static IEnumerable<TestCaseData> Cases() =>
        File.ReadAllLines(Kmi("expected", "cases.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'))
            .Where(f => f[0] != "emit-without-list") // the script's usage error: kmi's is a usage error of its own (below)
            .Select(f => new TestCaseData(f[0], f.Length > 1 ? f[1] : "").SetName("ExtractSymbols_" + f[0]));

    [TestCaseSource(nameof(Cases))]
    public void ByteIdenticalToExtractSymbols(string name, string arguments)
    {
        using var temp = new TempDirectory();
        string expected = Kmi("expected", name);
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool toFile = words.Contains("LIST");
        string list = temp["list"];
        if (words.Contains("--additions-only")) File.Copy(Kmi("existing_list"), list);
        var args = new List<string> { "kmi", Tree, "--no-runtime-lookups" };
        args.AddRange(words.Select(w => w == "LIST" ? list : w));

        var r = ToolRunner.Run([.. args]);

        Assert.That(r.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(File.ReadAllText(Path.Combine(expected, "exit")).Trim()), r.Stderr);
        // With the list on stdout the script's output is what a pipe gets (to a file its buffered report overwrites the list).
        string stdout = File.Exists(Path.Combine(expected, "stdout.pipe")) ? "stdout.pipe" : "stdout";
        Assert.That(r.Stdout, Is.EqualTo(File.ReadAllText(Path.Combine(expected, stdout))), "stdout");
        Assert.That(r.Stderr, Is.Empty);
        if (!toFile) return;
        var expectedFiles = Directory.GetFiles(expected, "list*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var written = Directory.GetFiles(temp.Path, "list*").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.That(written, Is.EqualTo(expectedFiles), "the files written");
        foreach (var file in expectedFiles)
            Assert.That(File.ReadAllText(temp[file!]), Is.EqualTo(File.ReadAllText(Path.Combine(expected, file!))), file);
    }

    /// <summary>By default the exports a module looks up by name count: zz_lookup.ko's __symbol_get("lookup_only_fn")
    /// puts lookup_only_fn in the list, which the script cannot see.</summary>
    [Test]
    public void RuntimeLookups_AreListedByDefault()
    {
        var with = ToolRunner.Run("kmi", Tree, "--skip-report-missing");
        var without = ToolRunner.Run("kmi", Tree, "--skip-report-missing", "--no-runtime-lookups");
        Assert.That(with.ExitCode, Is.EqualTo(0), with.Stderr);
        Assert.That(with.Stdout, Does.Contain("# required by zz_lookup.ko\n  lookup_only_fn\n  __symbol_get\n"));
        Assert.That(without.Stdout, Does.Not.Contain("lookup_only_fn"));
        Assert.That(with.Stdout.Replace("  lookup_only_fn\n", ""), Is.EqualTo(without.Stdout));
    }

    /// <summary>vmlinux and the modules named one by one give what the directory gives; so do other job counts.</summary>
    [Test]
    public void Files_AndJobs_GiveTheSameList()
    {
        string[] options = ["--include-module-exports", "--print-modules", "--no-runtime-lookups"];
        var tree = ToolRunner.Run(["kmi", Tree, .. options]);
        var modules = Directory.GetFiles(Tree, "*.ko", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var files = ToolRunner.Run(["kmi", Path.Combine(Tree, "vmlinux"), .. modules.Reverse(), .. options, "-j", "1"]);
        var jobs = ToolRunner.Run(["kmi", Tree, .. options, "-j", "3"]);
        Assert.That(tree.ExitCode, Is.EqualTo(0), tree.Stderr);
        Assert.That(files.Stdout, Is.EqualTo(tree.Stdout));
        Assert.That(jobs.Stdout, Is.EqualTo(tree.Stdout));
    }

    /// <summary>Each module's summary (<c>refs --format json</c>) in its place gives the same list, report and module
    /// lists: a summary carries the module's exports, weak undefined symbols and signature.</summary>
    [Test]
    public void Summaries_GiveTheSameOutput()
    {
        using var temp = new TempDirectory();
        var summaries = new List<string>();
        foreach (var ko in Directory.GetFiles(Tree, "*.ko", SearchOption.AllDirectories))
        {
            // beside where the module is in the tree: the list's sections follow the modules' paths
            string summary = temp[Path.GetRelativePath(Tree, ko) + ".refs.json"];
            Directory.CreateDirectory(Path.GetDirectoryName(summary)!);
            var refs = ToolRunner.Run("refs", "--format", "json", "-o", summary, ko);
            Assert.That(refs.ExitCode, Is.EqualTo(0), refs.Stderr);
            summaries.Add(summary);
        }
        string[] options = ["--include-module-exports", "--emit-module-symbol-lists", "--print-modules"];
        var fromModules = ToolRunner.Run(["kmi", Tree, "--symbol-list", temp["modules"], .. options]);
        var fromSummaries = ToolRunner.Run(["kmi", Path.Combine(Tree, "vmlinux"), .. summaries, "--symbol-list", temp["summaries"], .. options]);
        Assert.That(fromModules.ExitCode, Is.EqualTo(0), fromModules.Stderr);
        Assert.That(fromSummaries.Stdout, Is.EqualTo(fromModules.Stdout));
        Assert.That(fromSummaries.Stderr, Is.EqualTo(fromModules.Stderr));
        var lists = Directory.GetFiles(temp.Path, "modules*").Select(Path.GetFileName).ToList();
        Assert.That(lists, Has.Count.GreaterThan(1));
        foreach (var file in lists)
            Assert.That(File.ReadAllText(temp["summaries" + file!["modules".Length..]]), Is.EqualTo(File.ReadAllText(temp[file])), file);
        Assert.That(File.ReadAllText(temp["gki/gki_core.ko.refs.json"]), Does.Contain("\"exports\":[\"gki_core_fn\",\"gki_core_unused_fn\"],\"signed\":true"));
        Assert.That(File.ReadAllText(temp["vendor/audio/snd_codec.ko.refs.json"]), Does.Contain("\"weak\":[\"optional_feature_fn\"]"));
    }

    [Test]
    public void EmitWithoutList_IsAUsageError()
    {
        var r = ToolRunner.Run("kmi", Tree, "--emit-module-symbol-lists");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.Stdout, Is.Empty);
        Assert.That(r.StderrLines[0], Does.Contain("give --symbol-list FILE"));
    }

    [Test]
    public void BadFilter_IsAUsageError()
    {
        var r = ToolRunner.Run("kmi", Tree, "--module-filter", "(unclosed");
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.StderrLines[0], Does.StartWith("ksymtrim: error: --module-filter '(unclosed' is not a regular expression"));
    }

    [Test]
    public void NoVmlinux_IsAnInputError()
    {
        var r = ToolRunner.Run("kmi", Path.Combine(Tree, "vendor"));
        Assert.That(r.ExitCode, Is.EqualTo(1));
        Assert.That(r.Stdout, Is.Empty);
        Assert.That(r.Stderr, Does.Contain("could not find a suitable vmlinux file"));
    }

    /// <summary>An unreadable module is reported and nothing is written, unless --keep-going.</summary>
    [Test]
    public void UnreadableModule_StopsTheList_UnlessKeepGoing()
    {
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(Tree, "vmlinux"), temp["vmlinux"]);
        File.Copy(Path.Combine(Tree, "vendor", "audio", "snd_core.ko"), temp["snd_core.ko"]);
        temp.Write("broken.ko", "not an object");
        var stopped = ToolRunner.Run("kmi", temp.Path, "--skip-report-missing");
        var going = ToolRunner.Run("kmi", temp.Path, "--skip-report-missing", "-k");
        Assert.That(stopped.ExitCode, Is.EqualTo(1));
        Assert.That(stopped.Stdout, Is.Empty);
        Assert.That(stopped.Stderr, Does.Contain("broken.ko"));
        Assert.That(going.ExitCode, Is.EqualTo(1));
        Assert.That(going.Stdout, Does.Contain("# required by snd_core.ko"));
    }
}
