namespace KsymTrim.Caching;

/// <summary>
/// Working memory given back for the next user: a thread-safe stack of at most <paramref name="max"/> instances.
/// Its size is the most users that ran at once (bounded, so a burst of parallel work does not keep its memory).
/// Used by the per-parse <c>BitcodeReadContext</c> and the per-analysis <c>AnalysisScratch</c>.
/// </summary>
internal sealed class FreeList<T>(int max) where T : class, new()
{
    private readonly Stack<T> _free = new();

    /// <summary>An instance given back earlier, or a new one.</summary>
    public T Rent()
    {
        lock (_free) return _free.TryPop(out var item) ? item : new T();
    }

    /// <summary>Gives <paramref name="item"/> back; its last user may not touch it afterwards.</summary>
    public void Return(T item)
    {
        lock (_free)
            if (_free.Count < max) _free.Push(item);
    }
}
