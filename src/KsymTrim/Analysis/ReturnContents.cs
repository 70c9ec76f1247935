namespace KsymTrim.Analysis;

/// <summary>
/// A return-contents summary (<see cref="BitcodeModuleSet"/>'s <c>SummarizeReturnContents</c>): through which arguments
/// of a call (bit k: argument k) what the function returns may point to values the backend may know, once the call is
/// inlined. <see cref="Anywhere"/> holds for any byte of the object; each of <see cref="Fields"/> only for its bytes
/// (offsets from the returned pointer): a constructor that stores a literal in one field and an argument in another
/// makes the second as known as the argument, not as the literal.
/// </summary>
internal sealed class ReturnContents
{
    /// <summary>Any byte may hold a known value, whatever the call passes.</summary>
    public static readonly ReturnContents Always = new(BitcodeModuleSet.ContentsAlways, []);

    /// <summary>Nothing known, whatever the call passes.</summary>
    public static readonly ReturnContents Never = new(0, []);

    /// <summary>The bytes [<see cref="Offset"/>, <see cref="Offset"/> + <see cref="Size"/>) of the returned object, and
    /// the arguments through which they may be known.</summary>
    public readonly record struct Field(long Offset, long Size, ulong Mask);

    private ReturnContents(ulong anywhere, Field[] fields)
    {
        Anywhere = anywhere;
        Fields = fields;
        ulong any = anywhere;
        foreach (var field in fields) any |= field.Mask;
        Any = any;
    }

    /// <summary>A summary: <see cref="Always"/> or <see cref="Never"/> when it is one of them.</summary>
    public static ReturnContents Of(ulong anywhere, IReadOnlyList<Field>? fields)
    {
        if (anywhere == BitcodeModuleSet.ContentsAlways) return Always;
        var kept = fields?.Where(f => f.Mask != 0 && (f.Mask & ~anywhere) != 0).ToArray() ?? [];
        if (kept.Length == 0) return anywhere == 0 ? Never : new ReturnContents(anywhere, []);
        return new ReturnContents(anywhere, kept);
    }

    /// <summary>Through which arguments any byte may be known.</summary>
    public ulong Anywhere { get; }

    /// <summary>The bytes known through other arguments as well.</summary>
    public IReadOnlyList<Field> Fields { get; }

    /// <summary>Through which arguments some byte may be known (<see cref="Anywhere"/> and every field's).</summary>
    public ulong Any { get; }

    /// <summary>Through which arguments the bytes [<paramref name="offset"/>, <paramref name="offset"/> +
    /// <paramref name="size"/>) may be known; with an unknown offset (null) or size (0), <see cref="Any"/>.</summary>
    public ulong At(long? offset, long size)
    {
        if (offset is not { } lo || size <= 0 || lo > long.MaxValue - size) return Any;
        ulong mask = Anywhere;
        foreach (var field in Fields)
            if (field.Offset < lo + size && lo < field.Offset + field.Size) mask |= field.Mask;
        return mask;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Fields.Count == 0 ? $"{Anywhere:x}" : $"{Anywhere:x} " + string.Join(" ", Fields.Select(f => $"[{f.Offset},+{f.Size}):{f.Mask:x}"));
}
