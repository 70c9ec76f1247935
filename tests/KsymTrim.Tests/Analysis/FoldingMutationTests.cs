using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary>
/// The folding rules on corrupted IR: the two members of the folding fixtures whose functions reach every rule
/// (<c>case_lib</c> and <c>case_small</c>: the tests' outcomes, the phi rule, the calling contexts; <c>local_lib</c> and
/// <c>local_paths</c>: what a local variable holds; <c>bound_small</c> and <c>bound_lib</c>: run-time bounds, at the calls
/// and in the function; <c>field_size</c> and <c>field_lib</c>: the return-contents summaries by field), with bytes flipped in one member. A mutant that still reads is
/// analysed as kbuild's module would be (<see cref="BitcodeModuleSet.From"/>, then each member's walk): the analysis
/// either answers or refuses with <see cref="KsymFormatException"/>, never anything else, and never takes long.
/// Reproducible from the seed and the case number in the failure message.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class FoldingMutationTests
{
    private const int Cases = 150;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(5);

    [TestCase("14", "case_lib", "case_small", 1601)]
    [TestCase("22", "case_lib", "case_small", 1602)]
    [TestCase("14", "local_lib", "local_paths", 1603)]
    [TestCase("22", "local_lib", "local_paths", 1604)]
    [TestCase("14", "bound_small", "bound_lib", 1605)]
    [TestCase("22", "bound_small", "bound_lib", 1606)]
    [TestCase("14", "field_size", "field_lib", 1607)]
    [TestCase("22", "field_size", "field_lib", 1608)]
    public void A_corrupted_member_is_analysed_or_refused(string compiler, string mutated, string partner, int seed)
    {
        var original = File.ReadAllBytes(TestPaths.Fixture("folding", "clang-" + compiler, mutated + ".o"));
        var other = File.ReadAllBytes(TestPaths.Fixture("folding", "clang-" + compiler, partner + ".o"));
        var random = new Random(seed);
        int analysed = 0;
        for (int n = 0; n < Cases; n++)
        {
            var bytes = (byte[])original.Clone();
            // past the wrapper and the identification block: most flips then land in the module's blocks
            for (int k = random.Next(1, 5); k > 0; k--) bytes[random.Next(64, bytes.Length)] ^= (byte)(1 << random.Next(8));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                var modules = new[] { bytes, other }
                    .SelectMany(b => BitcodeFile.Parse(b, BitcodeReferenceAnalysis.ReadOptions).Modules).ToList();
                var set = BitcodeModuleSet.From(modules);
                foreach (var m in modules) BitcodeReferenceAnalysis.Linkage([m], null, set);
                analysed++;
            }
            catch (KsymFormatException) { }
            catch (Exception e) { Assert.Fail($"{mutated} seed {seed} case {n}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}"); }
            Assert.That(watch.Elapsed, Is.LessThan(CaseLimit), $"{mutated} seed {seed} case {n}");
        }
        Assert.That(analysed, Is.GreaterThan(0), "some mutants still read and are analysed");
    }
}
