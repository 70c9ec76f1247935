using BenchmarkDotNet.Attributes;
using KsymTrim.Kbuild;

namespace KsymTrim.Benchmarks;

/// <summary>The whole <c>used</c> computation over a folder of modules, files read from the page cache.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _folder = "";
    private IReadOnlyList<string> _paths = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Inputs.ModuleFolder();
        _paths = ModuleInputs.Expand([_folder]);
    }

    [Params(1, 2)]
    public int Jobs { get; set; }

    /// <summary>Open, read and resolve every module (ModuleAnalyzer), no output.</summary>
    [Benchmark]
    public int References() => new ModuleAnalyzer().GetReferences(_paths, Jobs).Count;

    /// <summary>The library call behind <c>ksymtrim used</c>, directory expansion included.</summary>
    [Benchmark]
    public int Used() => UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = [_folder], Jobs = Jobs }).Symbols.Count;
}
