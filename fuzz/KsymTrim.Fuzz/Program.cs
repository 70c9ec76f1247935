using SharpFuzz;

namespace KsymTrim.Fuzz;

/// <summary>
/// <c>KsymTrim.Fuzz TARGET</c>: the SharpFuzz entry point afl-fuzz runs (fuzz/run.sh). <c>KsymTrim.Fuzz TARGET FILE...</c>
/// runs the target once on each file without AFL (to reproduce a finding) and prints time and allocation; an exception
/// other than the ones the target allows escapes. Reproduce with the build that is not instrumented
/// (<c>dotnet run -c Release --project fuzz/KsymTrim.Fuzz -- TARGET FILE...</c>): instrumented code writes to AFL's
/// trace map, which exists only inside <c>Fuzzer.OutOfProcess.Run</c>.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || Array.IndexOf(FuzzTargets.Names, args[0]) < 0)
        {
            Console.Error.WriteLine($"usage: KsymTrim.Fuzz TARGET [FILE...]   (TARGET: {string.Join(", ", FuzzTargets.Names)})");
            return 2;
        }
        string target = args[0];
        if (args.Length > 1)
        {
            foreach (var file in args.Skip(1))
            {
                var sw = System.Diagnostics.Stopwatch.StartNew();
                long before = GC.GetAllocatedBytesForCurrentThread();
                var data = File.ReadAllBytes(file);
                int refusals = FuzzTargets.Run(target, data);
                Console.WriteLine($"{file}: {data.Length} bytes, {refusals} refusals, {sw.Elapsed.TotalMilliseconds:F1} ms, " +
                    $"{GC.GetAllocatedBytesForCurrentThread() - before} bytes allocated");
            }
            return 0;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.Run(target, buffer.ToArray());
        });
        return 0;
    }
}
