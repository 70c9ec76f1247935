using System.Text;
using KsymTrim.Inputs;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;

namespace KsymTrim.Objects;

/// <summary>One line of <c>nm</c>: a symbol's name and class letter.</summary>
/// <param name="Name">The symbol's name.</param>
/// <param name="Type">nm's letter (U, T/t, D/d, B/b, R/r, W/w, V/v, C, A/a, i, N/n, u, ?).</param>
public readonly record struct NmEntry(string Name, char Type);

/// <summary>Which symbols <c>nm</c> lists.</summary>
public enum NmFilter
{
    /// <summary>Every symbol nm shows by default.</summary>
    All,
    /// <summary><c>-u</c>: only undefined symbols (U, w, v).</summary>
    UndefinedOnly,
    /// <summary><c>--defined-only</c>.</summary>
    DefinedOnly,
    /// <summary><c>-g</c>: only external symbols (global, weak, unique, undefined, common).</summary>
    ExternalOnly,
    /// <summary><c>-g --defined-only</c>.</summary>
    ExternalDefinedOnly,
}

/// <summary>The rule behind every <see cref="NmFilter"/>.</summary>
internal static class NmFilters
{
    /// <summary>True when <paramref name="filter"/> lists a symbol that is <paramref name="undefined"/> or not,
    /// and <paramref name="external"/> (global, weak, unique, common or undefined) or not.</summary>
    public static bool Keeps(NmFilter filter, bool undefined, bool external) => filter switch
    {
        NmFilter.UndefinedOnly => undefined,
        NmFilter.DefinedOnly => !undefined,
        NmFilter.ExternalOnly => external,
        NmFilter.ExternalDefinedOnly => external && !undefined,
        _ => true,
    };
}

/// <summary>The linkage facts of one native object: which names it needs and which it provides to other objects,
/// and the object itself, open, for a caller that reads more of it.</summary>
/// <param name="Member">The archive member, or null.</param>
/// <param name="Undefined">Strong undefined symbols (nm's <c>U</c>), in symbol-table order, duplicates kept.</param>
/// <param name="WeakUndefined">Weak undefined symbols (nm's <c>w</c>/<c>v</c>).</param>
/// <param name="Defined">Symbols defined and visible to other objects (global, weak, unique, common), or
/// empty when the caller did not ask for them.</param>
/// <param name="Elf">The object, parsed; valid while the unit's memory is (its <c>LoadedInput</c>).</param>
/// <param name="Symbols">Its symbol table.</param>
public sealed record NativeLinkage(string? Member, IReadOnlyList<string> Undefined, IReadOnlyList<string> WeakUndefined,
    IReadOnlyList<string> Defined, ElfFile Elf, ElfSymbolTable Symbols);

/// <summary>Reads the symbol-table view of an object unit. Thread-safe.</summary>
public static class ObjectSymbols
{
    /// <summary>The symbols <c>nm</c> would print for <paramref name="unit"/>, in symbol-table order.</summary>
    /// <exception cref="KsymFormatException">The object is malformed or of a kind not read yet.</exception>
    public static List<NmEntry> ForNm(in ObjectUnit unit, NmFilter filter = NmFilter.All)
    {
        if (unit.Kind is FileKind.Bitcode or FileKind.BitcodeWrapper)
        {
            try { return BitcodeSymbols.ForNm(BitcodeFile.Parse(unit.Data), filter); }
            catch (KsymFormatException e) { throw e.At(unit.Path, unit.Member); }
        }
        var elf = OpenElf(unit, out var symbols);
        var result = new List<NmEntry>(symbols.Count);
        try
        {
            foreach (var s in symbols)
            {
                var name = symbols.GetNameBytes(s);
                if (!ElfNm.IsListed(elf, s, name)) continue;
                char letter = ElfNm.Letter(elf, s);
                bool undefined = s.IsUndefined;
                bool external = s.IsExternal || undefined || s.IsCommon;
                if (NmFilters.Keeps(filter, undefined, external)) result.Add(new NmEntry(Encoding.UTF8.GetString(name), letter));
            }
        }
        catch (KsymFormatException e) { throw e.At(unit.Path, unit.Member); }
        return result;
    }

    /// <summary>The names <paramref name="unit"/> needs from outside and, when <paramref name="withDefined"/>,
    /// the names it defines for others.</summary>
    /// <param name="unit">The object.</param>
    /// <param name="withDefined">Also collect the names it defines (needed when a module has several members).</param>
    /// <param name="names">Interns the names; null allocates a string per name.</param>
    /// <exception cref="KsymFormatException">The object is malformed or of a kind not read yet.</exception>
    public static NativeLinkage Linkage(in ObjectUnit unit, bool withDefined, SymbolNameTable? names = null)
    {
        var elf = OpenElf(unit, out var symbols);
        var undefined = new List<string>();
        var weak = new List<string>();
        var defined = withDefined ? new List<string>() : null;
        try
        {
            foreach (var s in symbols)
            {
                if (s.IsUndefined)
                {
                    if (s.Type is ElfSymbolType.Section or ElfSymbolType.File) continue;
                    var name = symbols.GetNameBytes(s);
                    if (name.IsEmpty) continue;
                    (s.Binding == ElfSymbolBinding.Weak ? weak : undefined).Add(names?.Intern(name) ?? Encoding.UTF8.GetString(name));
                }
                else if (defined is not null && (s.IsExternal || s.IsCommon) && s.Type is not ElfSymbolType.Section and not ElfSymbolType.File)
                {
                    var name = symbols.GetNameBytes(s);
                    if (!name.IsEmpty) defined.Add(names?.Intern(name) ?? Encoding.UTF8.GetString(name));
                }
            }
        }
        catch (KsymFormatException e) { throw e.At(unit.Path, unit.Member); }
        return new NativeLinkage(unit.Member, undefined, weak, (IReadOnlyList<string>?)defined ?? [], elf, symbols);
    }

    private static ElfFile OpenElf(in ObjectUnit unit, out ElfSymbolTable symbols)
    {
        try
        {
            if (unit.Kind is FileKind.Bitcode or FileKind.BitcodeWrapper)
            {
                // Fail closed: the symbol table of bitcode misses the calls code generation adds and the symbols
                // named in inline asm; its references come from the analysis (ModuleAnalyzer,
                // Analysis.BitcodeReferenceAnalysis), never from this symbol-table reader.
                BitcodeFile.Parse(unit.Data);
                throw new KsymFormatException(DiagnosticId.Unsupported, InputFormat.Bitcode, -1,
                    "the symbol table of LLVM bitcode does not give its native references; analyse it with ModuleAnalyzer");
            }
            var elf = unit.Source is null ? ElfFile.Parse(unit.Data) : ElfFile.Parse(unit.Source);
            symbols = elf.GetSymbolTable()
                      ?? throw new KsymFormatException(DiagnosticId.ElfNoSymbolTable, InputFormat.Elf, -1, "no symbol table");
            return elf;
        }
        catch (KsymFormatException e) { throw e.At(unit.Path, unit.Member); }
    }
}
