using System.Text;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;

namespace KsymTrim.Analysis;

/// <summary>The run-time lookups of one native object: the names and the warnings.</summary>
/// <param name="References">One <see cref="ReferenceSource.RuntimeLookup"/> reference per name, sorted by name.</param>
/// <param name="Warnings">The functions that call a lookup function with no constant name in sight.</param>
public sealed record NativeLookupResult(IReadOnlyList<SymbolReference> References, IReadOnlyList<LookupWarning> Warnings)
{
    /// <summary>No lookups.</summary>
    public static NativeLookupResult None { get; } = new([], []);
}

/// <summary>
/// Finds, in a native ELF object (relocatable <c>.o</c> or <c>.ko</c>, any machine of
/// <see cref="NativeLookupTargets"/>), every constant name passed to a run-time lookup function
/// (<see cref="RuntimeLookups.Entries"/>) and every name listed in <see cref="RuntimeLookups.NoTrimSection"/>.
/// <para>
/// The code is not disassembled: names are found through relocations. The functions that make a lookup are those
/// whose code holds a relocation against an undefined lookup function, closed over their callers in the object:
/// a call (any reference) through a relocation into the function, and, for a function with no name of its own (a
/// <c>dvb_attach</c>-style helper that passes its own argument on), also a direct branch to its entry that the
/// assembler resolved itself. In each such function every relocation that names a NUL-terminated identifier in a
/// data section is taken as a name. That over-approximates (another identifier string used by the same function
/// is kept too) and never misses a constant that the code takes the address of, whatever the register or the path
/// that carries it to the call; the one shape it can miss is a static helper that both names an export itself and
/// passes on a name its caller gives it, called without a relocation (docs/runtime-lookups.md).
/// A function that makes a lookup with no identifier in sight, and none in any function that calls it, gets a
/// <see cref="LookupWarning"/>: its name is computed at run time.
/// </para>
/// Thread-safe (no shared state); an <see cref="ElfFile"/> read from an <see cref="IRangeSource"/> is not.
/// </summary>
public static class NativeRuntimeLookups
{
    private static ReadOnlySpan<byte> NoTrimName => ".no_trim_symbol"u8;

    /// <summary>True when <paramref name="elf"/> may hold a <see cref="RuntimeLookups.NoTrimSection"/> section: a
    /// test of the section name table alone, for callers that look at every module.</summary>
    public static bool MayHaveNoTrimSection(ElfFile elf)
    {
        ArgumentNullException.ThrowIfNull(elf);
        return elf.SectionNameTableContains(NoTrimName);
    }

    /// <summary>The run-time lookups of <paramref name="elf"/>, whose symbol table is <paramref name="symbols"/>.
    /// Reads the object's code, relocations and strings; call it only for objects with an undefined lookup function
    /// or a <see cref="RuntimeLookups.NoTrimSection"/> section (<see cref="MayHaveNoTrimSection"/>), else it is
    /// wasted work that finds nothing.</summary>
    /// <param name="elf">The object.</param>
    /// <param name="symbols">Its symbol table (<see cref="ElfFile.GetSymbolTable"/>).</param>
    /// <param name="member">The archive member, for the warnings; null for a plain file.</param>
    /// <exception cref="KsymFormatException">A relocation, symbol or section the analysis reads is malformed.</exception>
    public static NativeLookupResult Find(ElfFile elf, ElfSymbolTable symbols, string? member)
    {
        ArgumentNullException.ThrowIfNull(elf);
        ArgumentNullException.ThrowIfNull(symbols);
        return Scan(elf, symbols, member, callsLookup: null);
    }

    // The lengths of the lookup functions' names, one bit each: most undefined names are ruled out by one test,
    // before any comparison (ObjectSymbols asks of every undefined symbol of every module).
    private static readonly ulong s_lengths = LookupNameLengths();

    private static ulong LookupNameLengths()
    {
        ulong mask = 0;
        foreach (var e in RuntimeLookups.Entries) mask |= 1UL << Math.Min(e.Function.Length, 63);
        return mask;
    }

    /// <summary>True when one of <paramref name="undefined"/> (an object's undefined symbols) is a lookup function;
    /// one length test for most names.</summary>
    internal static bool ImportsLookup(IReadOnlyList<string> undefined)
    {
        foreach (string name in undefined)
            if ((s_lengths & (1UL << Math.Min(name.Length, 63))) != 0 && RuntimeLookups.Find(name) is not null) return true;
        return false;
    }

    /// <summary>The index in <see cref="RuntimeLookups.Entries"/> of the lookup function called
    /// <paramref name="name"/>, or -1; cheap for the names that are none.</summary>
    internal static int LookupIndex(ReadOnlySpan<byte> name)
    {
        if ((s_lengths & (1UL << Math.Min(name.Length, 63))) == 0) return -1;
        var entries = RuntimeLookups.Entries;
        for (int i = 0; i < entries.Count; i++)
            if (Ascii.Equals(name, entries[i].Function)) return i;
        return -1;
    }

    /// <summary>As <see cref="Find"/>, for a caller that has walked the symbol table already and knows whether it
    /// has an undefined lookup function.</summary>
    internal static NativeLookupResult FindKnown(ElfFile elf, ElfSymbolTable symbols, string? member, bool callsLookup) =>
        Scan(elf, symbols, member, callsLookup);

    private static NativeLookupResult Scan(ElfFile elf, ElfSymbolTable symbols, string? member, bool? callsLookup)
    {
        var scratch = AnalysisScratch.Rent();
        try
        {
            return new NativeLookupScan(elf, symbols, member, scratch.NativeScan, callsLookup).Run();
        }
        finally
        {
            AnalysisScratch.Return(scratch);
        }
    }
}
