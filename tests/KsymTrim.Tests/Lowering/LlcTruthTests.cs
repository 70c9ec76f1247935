using System.IO.Compression;
using KsymTrim.Analysis.Lowering;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Lowering;

/// <summary>
/// The model against llc itself: LlcTruth/llc-truth.tsv.gz holds, per target configuration, case and LLVM
/// version, the undefined symbols that llc-13/14/15/16/19/22 made one small function reference
/// (LlcTruth/gen-llc-truth.py). Every symbol llc emitted must be predicted (the model may only over-approximate);
/// the extras are counted and printed.
/// </summary>
[TestFixture]
public sealed class LlcTruthTests
{
    private sealed record Config(string Name, string Triple, string Cpu, string Features, string[] Attrs);

    private sealed record Row(int[] Versions, Config Config, string[] Attrs, string[] Flags, string Case, string Status, string[] Symbols);

    private static readonly Lazy<List<Row>> Rows = new(Load);

    private static List<Row> Load()
    {
        var path = Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Lowering", "LlcTruth", "llc-truth.tsv.gz");
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var configs = new Dictionary<string, Config>();
        var rows = new List<Row>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f[0] == "config")
            {
                configs[f[1]] = new Config(f[1], f[2], f[3], f[4], Split(f[5], ';'));
                continue;
            }
            rows.Add(new Row([.. f[0].Split(',').Select(int.Parse)], configs[f[1]], Split(f[2], ';'), Split(f[3], ';'), f[4], f[5], Split(f[6], ' ')));
        }
        return rows;
    }

    private static string[] Split(string s, char c) => s.Length == 0 ? [] : s.Split(c);

    /// <summary>Symbols a case's IR names itself (not the model's business) and the linker-provided ones.</summary>
    private static bool InIr(string symbol, string caseKey) =>
        symbol is "ext" or ".TOC." or "_GLOBAL_OFFSET_TABLE_" || (caseKey.StartsWith("call|", StringComparison.Ordinal) && caseKey.Split('|')[1] == symbol);

    private static FunctionTraits Traits(CodegenTarget target, Config cfg, string[] rowAttrs)
    {
        var attrs = new List<KeyValuePair<string, string?>>();
        string features = cfg.Features;
        foreach (var a in cfg.Attrs.Concat(rowAttrs))
        {
            if (a.StartsWith("target-features+=", StringComparison.Ordinal)) { features += "," + a["target-features+=".Length..]; continue; }
            int eq = a.IndexOf('=', StringComparison.Ordinal);
            attrs.Add(eq < 0 ? new(a, null) : new(a[..eq], a[(eq + 1)..].Replace("\\01", "\u0001", StringComparison.Ordinal)));
        }
        attrs.Add(new("target-cpu", cfg.Cpu));
        attrs.Add(new("target-features", features));
        return FunctionTraits.From(target, attrs);
    }

    private static AtomicOrdering Ordering(string s) => s switch
    {
        "monotonic" => AtomicOrdering.Monotonic, "acquire" => AtomicOrdering.Acquire, "release" => AtomicOrdering.Release,
        "acq_rel" => AtomicOrdering.AcquireRelease, "seq_cst" => AtomicOrdering.SequentiallyConsistent, _ => AtomicOrdering.Unknown,
    };

    private static InstructionOp Op(string s) => s switch
    {
        "atomicrmw" => InstructionOp.AtomicRmw, "cmpxchg" => InstructionOp.CmpXchg, "atomicload" => InstructionOp.AtomicLoad,
        "atomicstore" => InstructionOp.AtomicStore, "fptosi" => InstructionOp.FPToSI, "fptoui" => InstructionOp.FPToUI,
        "sitofp" => InstructionOp.SIToFP, "uitofp" => InstructionOp.UIToFP, "fpext" => InstructionOp.FPExt, "fptrunc" => InstructionOp.FPTrunc,
        _ => Enum.Parse<InstructionOp>(s, ignoreCase: true),
    };

    /// <summary>What the model predicts for one row at one LLVM version.</summary>
    private static List<LoweredCall> Predict(Row row, int llvm)
    {
        var target = CodegenTarget.FromTriple(row.Config.Triple, llvm);
        var traits = Traits(target, row.Config, row.Attrs);
        var into = new List<LoweredCall>();
        var p = row.Case.Split('|');
        switch (p[0])
        {
            case "inst":
                LoweringModel.ForInstruction(target, traits, Op(p[1]), ValueShape.Parse(p[2]), ValueShape.Parse(p[3]),
                    int.Parse(p[4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[5], System.Globalization.CultureInfo.InvariantCulture),
                    Ordering(p[6]), into);
                break;
            case "intr" or "call":
            {
                var shapes = Split(p[2], ',').Select(s => s == "_" ? ValueShape.None : ValueShape.Parse(s)).ToList();
                var consts = Split(p[3], ',').Select(s => s == "_" ? (long?)null : long.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                var aligns = Split(p[4], ',').Select(s => s == "_" ? 0 : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                var result = p[5] is "_" or "" ? ValueShape.None : ValueShape.Parse(p[5]);
                LoweringModel.ForIntrinsic(target, traits, p[1], shapes, consts, aligns, result, into);
                break;
            }
            case "fn":
            {
                string key = p[1];
                bool body = !(key.StartsWith("sspreq", StringComparison.Ordinal) || key is "fentry" or "fentry-nop" or "retthunk" or "split-stack"
                    or "cyg" or "uwtable" or "uwtable-nounwind" or "mayunwind" or "probe-stack" || key.StartsWith("mcount-", StringComparison.Ordinal));
                bool tail = key == "retpoline-tail";
                var facts = new FunctionFacts(
                    NeedsStackProtector: traits.StackProtector != StackProtectorLevel.None,
                    HasIndirectCalls: body || tail, HasIndirectBranches: false, HasReturns: true, HasCalls: !tail);
                var flags = row.Flags.Select(f => f.Split('=', 2)).ToDictionary(kv => kv[0],
                    kv => long.TryParse(kv[1], out long v) ? new ModuleFlagValue(null, v) : new ModuleFlagValue(kv[1], null));
                LoweringModel.ForFunction(target, traits, facts, flags, into);
                break;
            }
        }
        return into;
    }

    [Test]
    public void Truth_file_is_present_and_covers_every_target()
    {
        var archs = Rows.Value.Select(r => CodegenTarget.FromTriple(r.Config.Triple).Arch).Distinct().ToList();
        Assert.That(archs, Is.SupersetOf(new[] { TargetArch.X86_64, TargetArch.I386, TargetArch.AArch64, TargetArch.Arm,
            TargetArch.RiscV32, TargetArch.RiscV64, TargetArch.PowerPC, TargetArch.PowerPC64, TargetArch.S390x }));
    }

    [Test]
    public void Model_predicts_every_symbol_llc_emits()
    {
        var missing = new List<string>();
        int cases = 0, extras = 0, exact = 0;
        var extraBySymbol = new Dictionary<string, int>();
        foreach (var row in Rows.Value)
        {
            if (row.Status != "ok") continue;
            foreach (int llvm in row.Versions)
            {
                cases++;
                var predicted = Predict(row, llvm).Select(c => c.Symbol).ToHashSet();
                var expected = row.Symbols.Where(s => !InIr(s, row.Case)).ToHashSet();
                foreach (var s in expected)
                    if (!predicted.Contains(s))
                        missing.Add($"llvm {llvm} {row.Config.Name} [{string.Join(';', row.Attrs)}] [{string.Join(';', row.Flags)}] {row.Case}: {s}");
                int extra = predicted.Count(s => !expected.Contains(s));
                if (extra == 0) exact++;
                extras += extra;
                foreach (var s in predicted.Where(s => !expected.Contains(s)))
                    extraBySymbol[s] = extraBySymbol.GetValueOrDefault(s) + 1;
            }
        }
        TestContext.Out.WriteLine($"{cases} (case, version) pairs; {exact} exact; {extras} extra predictions; {missing.Count} missing");
        foreach (var (s, n) in extraBySymbol.OrderByDescending(e => e.Value).Take(40))
            TestContext.Out.WriteLine($"  extra {s}: {n}");
        if (Environment.GetEnvironmentVariable("KSYMTRIM_LOWERING_DUMP") is { Length: > 0 } dump)
            File.WriteAllLines(dump, missing);
        Assert.That(missing, Is.Empty, string.Join("\n", missing.Take(80)));
    }
}
