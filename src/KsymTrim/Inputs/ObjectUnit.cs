using KsymTrim.IO;

namespace KsymTrim.Inputs;

/// <summary>
/// One object inside a module input: the file itself, or one member of an archive (thin members resolved,
/// nested archives flattened, compression removed). Its memory stays valid while the owning
/// <see cref="LoadedInput"/> is not disposed.
/// </summary>
/// <param name="Path">The input file as the caller named it.</param>
/// <param name="Member">The archive member's name, or null for a plain file.</param>
/// <param name="Kind">What the bytes hold (never compressed or an archive).</param>
/// <param name="Data">The object's bytes. When <paramref name="Source"/> is set, only what the source has read is
/// valid: parse with <c>ElfFile.Parse(Source)</c>, which reads what it needs.</param>
/// <param name="Source">Set when the object is read on demand rather than mapped (plain ELF files).</param>
public readonly record struct ObjectUnit(string Path, string? Member, FileKind Kind, ReadOnlyMemory<byte> Data, IRangeSource? Source = null)
{
    /// <summary><c>path</c> or <c>archive[member]</c>, as <c>nm -A</c> prints it.</summary>
    public string Label => Member is null ? Path : Path + "[" + Member + "]";
}

/// <summary>A module input opened for reading: its object units and the mappings behind them.</summary>
public sealed class LoadedInput : IDisposable
{
    private readonly List<IDisposable> _owned;

    internal LoadedInput(string path, bool isArchive, IReadOnlyList<ObjectUnit> units, List<IDisposable> owned)
    {
        Path = path;
        IsArchive = isArchive;
        Units = units;
        _owned = owned;
    }

    /// <summary>The input file as the caller named it.</summary>
    public string Path { get; }

    /// <summary>True when the input is an archive (its members are one module).</summary>
    public bool IsArchive { get; }

    /// <summary>The objects, in archive order.</summary>
    public IReadOnlyList<ObjectUnit> Units { get; }

    /// <summary>Unmaps the files.</summary>
    public void Dispose()
    {
        foreach (var d in _owned) d.Dispose();
        _owned.Clear();
    }
}
