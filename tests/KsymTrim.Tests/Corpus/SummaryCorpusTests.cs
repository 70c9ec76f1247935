using System.Diagnostics;
using KsymTrim.Analysis;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// Issue 16, item 3's measure: <c>used</c> over Debian's modules and over the LTO corpora gives, from the modules'
/// summaries, byte for byte what it gives from the modules, in every format. The summaries are written with the
/// library call (<see cref="ModuleSummary.Render(ModuleResult)"/>, what <c>refs --format json</c> writes) into a
/// temporary folder rather than by a process per module.
/// </summary>
[TestFixture]
[NonParallelizable]
public class SummaryCorpusTests
{
    [TestCase("lto-x86_64")]
    [TestCase("lto-arm64")]
    [TestCase("lto-x86_64-612")]
    [TestCase("lto-arm64-612")]
    public void Used_over_an_LTO_corpus_from_summaries_is_byte_identical(string corpus)
    {
        var dir = TestPaths.RequireCorpus(corpus);
        var inputs = Directory.GetDirectories(dir).Select(d => Path.Combine(d, Path.GetFileName(d) + ".a")).Where(File.Exists)
            .OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.That(inputs, Is.Not.Empty);
        Compare(corpus, inputs);
    }

    [Test]
    public void Used_over_Debian_from_summaries_is_byte_identical()
    {
        var root = TestPaths.DebianModules;
        if (root is null) Assert.Ignore("Debian's modules are absent (KSYMTRIM_DEBIAN_MODULES, /var/tmp/ksymtrim-debian)");
        var inputs = Directory.EnumerateFiles(Path.Combine(root!, "lib", "modules"), "*.ko", SearchOption.AllDirectories).ToList();
        inputs.Sort(StringComparer.Ordinal);
        if (inputs.Count == 0) Assert.Ignore("no .ko files below " + root);
        Compare("debian", inputs);
    }

    private static void Compare(string name, IReadOnlyList<string> inputs)
    {
        var temp = Directory.CreateTempSubdirectory("ksymtrim-summaries-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var results = new ModuleAnalyzer().GetReferences(inputs);
            var summaries = new string[inputs.Count];
            long bytes = 0;
            for (int i = 0; i < inputs.Count; i++)
            {
                summaries[i] = Path.Combine(temp, $"{i:D5}-{Path.GetFileName(inputs[i])}{ModuleSummary.Extension}");
                string text = ModuleSummary.Render(results[i]);
                bytes += text.Length;
                File.WriteAllText(summaries[i], text);
            }
            var summarise = clock.Elapsed;
            clock.Restart();
            var fromModules = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = inputs });
            var modulesTime = clock.Elapsed;
            clock.Restart();
            var fromSummaries = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = summaries });
            var summariesTime = clock.Elapsed;
            var autoModules = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = inputs, LinkerNames = LinkerNameRules.GenAutoksyms });
            var autoSummaries = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = summaries, LinkerNames = LinkerNameRules.GenAutoksyms });

            TestContext.Out.WriteLine($"{name}: {inputs.Count} modules, {fromModules.Symbols.Count} used symbols, {fromModules.Errors.Count} errors, " +
                                      $"{fromModules.Warnings.Count} modules with warnings; summaries {bytes / 1024} KiB written in {summarise.TotalSeconds:0.0} s; " +
                                      $"used from modules {modulesTime.TotalSeconds:0.00} s, from summaries {summariesTime.TotalSeconds:0.00} s");
            foreach (var format in new[] { UsedSymbolsFormat.List, UsedSymbolsFormat.Json, UsedSymbolsFormat.Kmi })
                Assert.That(UsedSymbolsWriter.Render(fromSummaries, format), Is.EqualTo(UsedSymbolsWriter.Render(fromModules, format)), format.ToString());
            Assert.That(UsedSymbolsWriter.Render(autoSummaries, UsedSymbolsFormat.Autoksyms),
                Is.EqualTo(UsedSymbolsWriter.Render(autoModules, UsedSymbolsFormat.Autoksyms)), "autoksyms");
            Assert.That(fromSummaries.Warnings.SelectMany(m => m.Warnings.Select(w => w.Describe(m.Module))),
                Is.EqualTo(fromModules.Warnings.SelectMany(m => m.Warnings.Select(w => w.Describe(m.Module)))), "the warnings on stderr");
            Assert.That(fromSummaries.Errors.Select(e => e.Message), Is.EqualTo(fromModules.Errors.Select(e => e.Message)));
        }
        finally { Directory.Delete(temp, recursive: true); }
    }
}
