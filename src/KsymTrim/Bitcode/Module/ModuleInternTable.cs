namespace KsymTrim.Bitcode.Module;

/// <summary>
/// A bounded hash table of immutable values shared within one module (call sites, inline asm values): a reader
/// hashes what it decoded (with <see cref="KsymTrim.Caching.TableHash"/>), looks for an equal value among the entries of that hash, and adds a new one when none
/// matches. It empties itself when full, and when <see cref="StartModule"/> names another module than the one it
/// was filled from, so it never grows. Fixed arrays, each under the large object threshold.
/// One per <see cref="BitcodeReadContext"/>; not thread-safe.
/// </summary>
internal sealed class ModuleInternTable<T> where T : class
{
    private readonly int _mask;
    private readonly int[] _buckets; // entry + 1, 0 for none
    private readonly int[] _hashes;
    private readonly int[] _next;
    private readonly T[] _items;
    private int _count;
    private object? _module;

    /// <param name="capacity">The number of entries, a power of two.</param>
    public ModuleInternTable(int capacity)
    {
        _mask = capacity - 1;
        _buckets = new int[capacity];
        _hashes = new int[capacity];
        _next = new int[capacity];
        _items = new T[capacity];
    }

    /// <summary>Empties the table when <paramref name="module"/> (any object that identifies the module being read)
    /// is not the one it was filled from.</summary>
    public void StartModule(object module)
    {
        if (ReferenceEquals(module, _module)) return;
        _module = module;
        Clear();
    }

    private void Clear()
    {
        // Only the buckets in use: most modules fill few entries.
        for (int k = 0; k < _count; k++) _buckets[_hashes[k] & _mask] = 0;
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    /// <summary>The first entry that may hold a value of <paramref name="hash"/> (0: none); walk on with <see cref="Next"/>.</summary>
    public int First(int hash)
    {
        int e = _buckets[hash & _mask];
        while (e != 0 && _hashes[e - 1] != hash) e = _next[e - 1];
        return e;
    }

    /// <summary>The entry after <paramref name="entry"/> with the same hash (0: none).</summary>
    public int Next(int entry)
    {
        int hash = _hashes[entry - 1];
        int e = _next[entry - 1];
        while (e != 0 && _hashes[e - 1] != hash) e = _next[e - 1];
        return e;
    }

    /// <summary>The value of <paramref name="entry"/>.</summary>
    public T this[int entry] => _items[entry - 1];

    /// <summary>Adds <paramref name="value"/> under <paramref name="hash"/> and returns it.</summary>
    public T Add(int hash, T value)
    {
        if (_count == _items.Length) Clear();
        ref int bucket = ref _buckets[hash & _mask];
        _hashes[_count] = hash;
        _next[_count] = bucket;
        _items[_count] = value;
        bucket = ++_count;
        return value;
    }
}
