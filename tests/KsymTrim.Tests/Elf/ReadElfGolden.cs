using System.Globalization;
using System.Text.RegularExpressions;

namespace KsymTrim.Tests.Elf;

/// <summary>Parses the committed <c>readelf -W -s -S -r</c> goldens (binutils 2.40 layout).</summary>
internal sealed partial class ReadElfGolden
{
    public sealed record Section(int Index, string Name, string Type, ulong Offset, ulong Size, uint Link, uint Info);

    public sealed record Symbol(int Index, ulong Value, ulong Size, string Type, string Bind, string Vis, string Ndx, string Name);

    public sealed record Relocation(ulong Offset, uint Symbol, uint Type);

    public List<Section> Sections { get; } = [];
    public List<Symbol> Symbols { get; } = [];
    public Dictionary<string, List<Relocation>> Relocations { get; } = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*\[\s*(\d+)\]\s+(\S+)\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+(\S*)\s*(\d+)\s+(\d+)\s+(\d+)\s*$")]
    private static partial Regex SectionLine();

    [GeneratedRegex(@"^\s*(\d+):\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+(.+?)\s+(LOCAL|GLOBAL|WEAK|UNIQUE|<[^>]+>)\s+(DEFAULT|HIDDEN|PROTECTED|INTERNAL)\s+(\S+)\s?(.*)$")]
    private static partial Regex SymbolLine();

    [GeneratedRegex(@"^Relocation section '([^']+)' at offset")]
    private static partial Regex RelocationHeader();

    [GeneratedRegex(@"^([0-9a-f]{8,16})\s+([0-9a-f]{8,16})\s+\S+")]
    private static partial Regex RelocationLine();

    public static ReadElfGolden Load(string path, bool is64)
    {
        var g = new ReadElfGolden();
        List<Relocation>? current = null;
        bool inSymbols = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("Symbol table '", StringComparison.Ordinal))
            {
                inSymbols = line.StartsWith("Symbol table '.symtab'", StringComparison.Ordinal);
                current = null;
                continue;
            }
            var rh = RelocationHeader().Match(line);
            if (rh.Success)
            {
                current = [];
                g.Relocations[rh.Groups[1].Value] = current;
                inSymbols = false;
                continue;
            }
            if (current is not null)
            {
                var rl = RelocationLine().Match(line);
                if (rl.Success)
                {
                    ulong info = ulong.Parse(rl.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    uint sym = is64 ? (uint)(info >> 32) : (uint)(info >> 8);
                    uint type = is64 ? (uint)info : (uint)(info & 0xff);
                    current.Add(new Relocation(ulong.Parse(rl.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture), sym, type));
                }
                continue;
            }
            if (inSymbols)
            {
                var sm = SymbolLine().Match(line);
                if (sm.Success)
                {
                    string size = sm.Groups[3].Value;
                    g.Symbols.Add(new Symbol(
                        int.Parse(sm.Groups[1].Value, CultureInfo.InvariantCulture),
                        ulong.Parse(sm.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                        size.StartsWith("0x", StringComparison.Ordinal)
                            ? ulong.Parse(size[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
                            : ulong.Parse(size, CultureInfo.InvariantCulture),
                        sm.Groups[4].Value, sm.Groups[5].Value, sm.Groups[6].Value, sm.Groups[7].Value, sm.Groups[8].Value));
                }
                continue;
            }
            var s = SectionLine().Match(line);
            if (s.Success && s.Groups[1].Value != "0")
            {
                g.Sections.Add(new Section(
                    int.Parse(s.Groups[1].Value, CultureInfo.InvariantCulture), s.Groups[2].Value, s.Groups[3].Value,
                    ulong.Parse(s.Groups[5].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    ulong.Parse(s.Groups[6].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    uint.Parse(s.Groups[9].Value, CultureInfo.InvariantCulture),
                    uint.Parse(s.Groups[10].Value, CultureInfo.InvariantCulture)));
            }
        }
        return g;
    }
}
