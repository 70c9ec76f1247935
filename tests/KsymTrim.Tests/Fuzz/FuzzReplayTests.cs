using System.Diagnostics;
using System.Globalization;
using KsymTrim.Fuzz;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Fuzz;

/// <summary>
/// Replays the committed fuzz corpus (fuzz/corpus/TARGET, afl-cmin's minimized queue of each campaign) and every
/// finding kept as a regression (Fuzz/regressions/TARGET) through the very target bodies AFL ran
/// (fuzz/KsymTrim.Fuzz/Targets.cs, compiled into this project). Deterministic, no AFL. For every input: nothing but
/// the target's allowed refusal escapes, it finishes within <see cref="HangGuard"/>, and it allocates no more than
/// the target's stated bound (<see cref="Bounds"/>: a multiple of the input's size plus a constant). The worst
/// ratios seen are printed, for docs/limits.
/// </summary>
[TestFixture]
public sealed class FuzzReplayTests
{
    /// <summary>Far above any input's time here (the worst is well under a second): only a hang fails it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    /// <summary>Allocation allowed per target: <c>PerByte</c> × input length + <c>Fixed</c> bytes. compressed: the
    /// decompressor's output limit (<c>Decompressor.Limit</c>: 64 MiB + 64 × input) once, plus 48 MiB for the
    /// decompressors' own state and the ELF read of the output (before the fuzzer's findings the output buffer's
    /// doublings cost about 2.5 times the limit).</summary>
    public static readonly IReadOnlyDictionary<string, (long PerByte, long Fixed)> Bounds = new Dictionary<string, (long, long)>
    {
        ["elf"] = (64, 4L << 20),
        ["ar"] = (64, 4L << 20),
        // bitcode: the module's asm may expand to 4 Mi characters (module asm) plus 4 Mi characters and 64 per character
        // of asm text (inline asm, BitcodeLowering's module budget); expansion costs about 10 bytes per character.
        ["bitcode"] = (1024, 96L << 20),
        // the asm expanders' budget (AsmAssembler.BudgetFor): 4 Mi characters, or 64 per character of input.
        ["module-asm"] = (1024, 64L << 20),
        ["inline-asm"] = (1024, 64L << 20),
        ["compressed"] = (64, (64L << 20) + (48L << 20)),
    };

    private static string CorpusFolder(string target) => Path.Combine(TestPaths.Root, "fuzz", "corpus", target);

    private static string RegressionFolder(string target) =>
        Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Fuzz", "regressions", target);

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal) : [];

    public static IEnumerable<string> Targets => FuzzTargets.Names;

    /// <summary>One case per regression input, named TARGET/FILE (the file is named after what it found).</summary>
    public static IEnumerable<TestCaseData> Regressions() =>
        FuzzTargets.Names.SelectMany(t => Files(RegressionFolder(t)).Select(f =>
            new TestCaseData(t, f).SetName($"Regression {t}/{Path.GetFileName(f)}")));

    /// <summary>What one input cost.</summary>
    private readonly record struct Cost(TimeSpan Time, long Allocated, int Refusals);

    private static Cost Replay(string target, string file)
    {
        var data = File.ReadAllBytes(file);
        Cost cost = default;
        Exception? error = null;
        // On a thread of its own so that a hang fails the test instead of stopping the run; allocation counted on it. A
        // stack overflow still ends the test process: loudly, which is what a regression of one must do.
        var thread = new Thread(() =>
        {
            try
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                int refusals = FuzzTargets.Run(target, data);
                cost = new Cost(sw.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before, refusals);
            }
            catch (Exception e) { error = e; }
        }) { IsBackground = true }; // the default stack of a secondary thread (1.5 MB), as the analyzer's jobs have
        thread.Start();
        if (!thread.Join(HangGuard)) Assert.Fail($"{target} {Path.GetFileName(file)} ({data.Length} bytes): did not finish in {HangGuard.TotalSeconds} s");
        if (error is not null)
            Assert.Fail($"{target} {Path.GetFileName(file)} ({data.Length} bytes): {error.GetType().Name}: {error.Message}\n{error.StackTrace}");
        var (perByte, fix) = Bounds[target];
        long bound = perByte * data.Length + fix;
        Assert.That(cost.Allocated, Is.LessThanOrEqualTo(bound),
            $"{target} {Path.GetFileName(file)}: {cost.Allocated} bytes allocated for {data.Length} (bound {perByte} x + {fix})");
        return cost;
    }

    [TestCaseSource(nameof(Targets))]
    public void Corpus_replays_with_only_allowed_refusals_in_bounded_time_and_memory(string target)
    {
        var files = Files(CorpusFolder(target)).Concat(Files(RegressionFolder(target))).ToList();
        Assert.That(files, Is.Not.Empty, $"no committed corpus for {target} under {CorpusFolder(target)}");
        double worstRatio = 0, worstMs = 0;
        long worstBytes = 0;
        string worstFile = "", slowestFile = "";
        int refused = 0;
        var total = Stopwatch.StartNew();
        foreach (var f in files)
        {
            var cost = Replay(target, f);
            long size = Math.Max(1, new FileInfo(f).Length);
            // The ratio beyond the per-target constant of a run on an empty input, per input byte.
            double ratio = (double)cost.Allocated / size;
            if (cost.Allocated > worstBytes) worstBytes = cost.Allocated;
            if (ratio > worstRatio && size >= 256) (worstRatio, worstFile) = (ratio, Path.GetFileName(f));
            if (cost.Time.TotalMilliseconds > worstMs) (worstMs, slowestFile) = (cost.Time.TotalMilliseconds, Path.GetFileName(f));
            if (cost.Refusals > 0) refused++;
        }
        TestContext.Out.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "fuzz replay {0}: {1} inputs ({2} refused somewhere) in {3:F1} s; most allocated {4:N0} bytes; worst bytes/input byte " +
            "(inputs of 256 bytes or more) {5:F1} ({6}); slowest {7:F0} ms ({8}); bound {9} x + {10:N0}",
            target, files.Count, refused, total.Elapsed.TotalSeconds, worstBytes, worstRatio, worstFile, worstMs, slowestFile,
            Bounds[target].PerByte, Bounds[target].Fixed));
        // The corpus must bite: some inputs are refused, some are read through.
        Assert.That(refused, Is.LessThan(files.Count), $"{target}: every input refused, nothing is read");
    }

    [TestCaseSource(nameof(Regressions))]
    public void Fuzzer_finding_stays_fixed(string target, string file) => Replay(target, file);
}
