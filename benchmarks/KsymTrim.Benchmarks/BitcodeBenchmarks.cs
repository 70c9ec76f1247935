using BenchmarkDotNet.Attributes;
using KsymTrim.Bitcode.Module;

namespace KsymTrim.Benchmarks;

/// <summary>Reading every bitcode member of the shared LTO corpus held in memory: the module level only (what nm
/// needs) and in full, every function body decoded (what the analysis of issue 4 needs).</summary>
[MemoryDiagnoser]
public class BitcodeBenchmarks
{
    private List<byte[]> _members = [];

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Path.Combine(Inputs.Root, "..", "shared", "corpus");
        _members = Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus, "*.o", SearchOption.AllDirectories)
                .Where(p => p.Contains("/members/", StringComparison.Ordinal))
                .Select(File.ReadAllBytes)
                .Where(b => b.Length > 4 && b[0] == (byte)'B' && b[1] == (byte)'C')
                .ToList()
            : [];
    }

    /// <summary>Module-level records of every member (function blocks skipped by length).</summary>
    [Benchmark]
    public int ModuleLevel()
    {
        int n = 0;
        foreach (var m in _members) n += BitcodeFile.Parse(m).Modules[0].GlobalValues.Count;
        return n;
    }

    /// <summary>Every member in full: every function body decoded (calls, inline asm, operations).</summary>
    [Benchmark]
    public int FunctionBodies()
    {
        int n = 0;
        foreach (var m in _members)
            foreach (var f in BitcodeFile.Parse(m, readFunctionBodies: true).Modules[0].Functions!) n += f.Calls.Length;
        return n;
    }
}
