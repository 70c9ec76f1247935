using KsymTrim.Analysis;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;
using Microsoft.Extensions.Logging;

namespace KsymTrim.Tests.Library;

/// <summary>The library used as the package README and docs/library.md show it: an ILogger passed in, one module's
/// references with evidence, the used set of a build, rendered as the kernel's header.</summary>
[TestFixture]
public class EmbeddingTests
{
    /// <summary>An ILogger that keeps what it is told.</summary>
    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries) Entries.Add((logLevel, formatter(state, exception)));
        }
    }

    [Test]
    public void One_module_with_evidence_through_the_callers_logger()
    {
        var logger = new ListLogger();
        var analyzer = new ModuleAnalyzer(logger);
        string module = TestPaths.Fixture("kbuild", "objtree", "drivers", "alpha", "alpha.o"); // thin archive of bitcode
        var refs = analyzer.GetReferences(module).References;
        Assert.That(refs, Has.Some.Matches<SymbolReference>(r => r.Symbol == "memcpy" && r.Source == ReferenceSource.Intrinsic));
        Assert.That(refs, Has.Some.Matches<SymbolReference>(r => r.Symbol == "__sw_hweight32" && r.Source == ReferenceSource.InlineAsm));
        Assert.That(refs, Has.Some.Matches<SymbolReference>(r => r.Symbol == "__fentry__" && r.Source == ReferenceSource.Attribute));
        Assert.That(refs.Select(r => r.Symbol), Has.No.Member("alpha_helper"));
        Assert.That(logger.Entries, Has.Some.Matches<(LogLevel, string Message)>(e => e.Message.Contains("alpha.o", StringComparison.Ordinal)));
    }

    [Test]
    public void The_used_set_of_a_build_rendered_as_the_kernel_header()
    {
        var seen = new List<AnalysisProgress>();
        var used = UsedSymbols.Compute(new UsedSymbolsOptions
        {
            ModulesOrder = TestPaths.Fixture("kbuild", "objtree", "modules.order"),
            Config = TestPaths.Fixture("kbuild", "objtree", "include", "config", "auto.conf"),
            LinkerNames = LinkerNameRules.GenAutoksyms,
            Progress = new SynchronousProgress(seen),
        }, new ListLogger());
        Assert.That(used.Errors, Is.Empty);
        Assert.That(used.ModuleCount, Is.EqualTo(4));
        string header = UsedSymbolsWriter.Render(used, UsedSymbolsFormat.Autoksyms);
        // the fixture's expected header also holds the whitelist's names, which this call does not read
        var expected = File.ReadAllLines(TestPaths.Fixture("kbuild", "expected-autoksyms.h"))
            .Where(l => !l.Contains("extra", StringComparison.Ordinal) && !l.Contains("dotted", StringComparison.Ordinal));
        Assert.That(header.TrimEnd('\n').Split('\n'), Is.EqualTo(expected));
        Assert.That(seen.Select(p => p.Completed).Order(), Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(seen, Has.All.Matches<AnalysisProgress>(p => p.Total == 4));
    }

    /// <summary>IProgress that records on the reporting thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress(List<AnalysisProgress> into) : IProgress<AnalysisProgress>
    {
        public void Report(AnalysisProgress value) { lock (into) into.Add(value); }
    }
}
