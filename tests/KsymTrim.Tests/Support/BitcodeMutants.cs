namespace KsymTrim.Tests.Support;

/// <summary>Malformed variants of a bitcode file for the mutation tests: truncations at evenly spread 4-byte
/// boundaries (every block boundary of a small file falls near one), then copies with one to six bits flipped past
/// the magic. Seeded by the file's length, so a failure names a mutant that can be made again.</summary>
internal static class BitcodeMutants
{
    public static List<(string What, byte[] Bytes)> Of(byte[] original, int truncations, int flipped)
    {
        var rng = new Random(original.Length);
        var mutants = new List<(string What, byte[] Bytes)>(truncations + flipped);
        for (int k = 1; k <= truncations; k++)
        {
            int n = (int)((long)original.Length * k / (truncations + 1)) & ~3;
            mutants.Add(($"truncated to {n}", original[..n]));
        }
        for (int i = 0; i < flipped; i++)
        {
            var b = (byte[])original.Clone();
            int flips = 1 + rng.Next(6);
            for (int k = 0; k < flips; k++) b[4 + rng.Next(b.Length - 4)] ^= (byte)(1 << rng.Next(8));
            mutants.Add(($"case {i}", b));
        }
        return mutants;
    }

    /// <summary>Runs <paramref name="read"/> on one mutant: true when it read it, false when it refused it with a
    /// <see cref="KsymTrim.Diagnostics.KsymFormatException"/>. Any other exception, more than 2 s, or memory out of
    /// proportion to the input fails the test.</summary>
    public static bool Reads(string path, string what, byte[] bytes, Action read)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool done = false;
        try
        {
            read();
            done = true;
        }
        catch (KsymTrim.Diagnostics.KsymFormatException) { }
        catch (Exception e)
        {
            Assert.Fail($"{Path.GetFileName(path)} {what}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)), $"{what} took {sw.Elapsed}");
        Assert.That(allocated, Is.LessThan(64L * bytes.Length + (16 << 20)), $"{what} allocated {allocated} bytes for {bytes.Length}");
        return done;
    }
}
