using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary><c>--jobs N</c> means N: the parses of modules and of their members together never run on more than N
/// threads at once.</summary>
[TestFixture]
public class JobsTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Member_parses_never_exceed_the_jobs(int jobs)
    {
        var files = Directory.EnumerateFiles(TestPaths.Fixture("constructs"), "*-x86_64-clang19.bc").Order(StringComparer.Ordinal).ToArray();
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(4));
        // several modules of several bitcode members each: nested parallel loops would run jobs × jobs parses
        var inputs = Enumerable.Range(0, 2 * jobs + 2).Select(i => new ModuleInput($"m{i}.mod", files.Take(4).ToArray())).ToList();
        int current = 0, peak = 0, parses = 0;
        var analyzer = new ModuleAnalyzer
        {
            ParseObserver = start =>
            {
                if (!start) { Interlocked.Decrement(ref current); return; }
                int now = Interlocked.Increment(ref current);
                for (int p = Volatile.Read(ref peak); now > p && Interlocked.CompareExchange(ref peak, now, p) != p; p = Volatile.Read(ref peak)) { }
                Interlocked.Increment(ref parses);
                Thread.Sleep(15); // long enough for every thread that could run to overlap
            },
        };
        var results = analyzer.GetReferences(inputs, jobs);
        Assert.That(results.Select(r => r.Error), Is.All.Null);
        Assert.That(parses, Is.EqualTo(inputs.Count * 4));
        Assert.That(peak, Is.InRange(1, jobs));
    }
}
