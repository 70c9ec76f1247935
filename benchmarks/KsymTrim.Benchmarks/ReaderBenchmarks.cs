using BenchmarkDotNet.Attributes;
using KsymTrim.Inputs;
using KsymTrim.Archive;
using KsymTrim.Elf;
using KsymTrim.IO;
using KsymTrim.Objects;

namespace KsymTrim.Benchmarks;

/// <summary>The byte readers on one real module held in memory: no I/O, only parsing.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private byte[] _module = [];
    private byte[] _archive = [];
    private SymbolNameTable _names = new();

    [GlobalSetup]
    public void Setup()
    {
        _module = File.ReadAllBytes(Inputs.RealModule());
        _archive = File.ReadAllBytes(Path.Combine(Inputs.Root, "tests", "KsymTrim.Tests", "Fixtures", "out", "archives", "gnu-longnames.a"));
        _names = new SymbolNameTable();
    }

    /// <summary>ELF header and section headers only.</summary>
    [Benchmark]
    public int ParseElf() => ElfFile.Parse(_module).SectionCount;

    /// <summary>Every symbol with its name bytes, as <c>nm</c> needs.</summary>
    [Benchmark]
    public int WalkSymbols()
    {
        var elf = ElfFile.Parse(_module);
        var symbols = elf.GetSymbolTable()!;
        int n = 0;
        foreach (var s in symbols) n += symbols.GetNameBytes(s).Length;
        return n;
    }

    /// <summary>The undefined names of one module, interned: the per-module work of <c>ksymtrim used</c>.</summary>
    [Benchmark]
    public int Linkage()
    {
        var unit = new ObjectUnit("m.ko", null, FileKind.Elf, _module);
        return ObjectSymbols.Linkage(unit, withDefined: false, _names).Undefined.Count;
    }

    /// <summary>nm's view with class letters.</summary>
    [Benchmark]
    public int NmEntries()
    {
        var unit = new ObjectUnit("m.ko", null, FileKind.Elf, _module);
        return ObjectSymbols.ForNm(unit).Count;
    }

    /// <summary>An archive's member headers with its long-name table.</summary>
    [Benchmark]
    public int ParseArchive() => ArArchive.Parse(_archive).Members.Count;
}
