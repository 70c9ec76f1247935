using System.Text;
using KsymTrim.Elf;

namespace KsymTrim.Analysis;

internal sealed partial class NativeLookupScan
{
    /// <summary>The identifier that starts at <paramref name="offset"/> of data section <paramref name="section"/> and
    /// ends at a NUL inside it, or null. In a string section (SHF_STRINGS) any such target is a string. Elsewhere
    /// (.rodata, .data) it must also be text: inside a variable, one whose bytes are all text
    /// (<see cref="IsText"/>), such as a <c>static const char name[]</c> or a string pool, and not GCC's
    /// <c>__func__</c> (a function's own name names no lookup); outside every variable, at a string's start.
    /// That rules out an integer field that happens to read as a letter (a tuner config's I2C address 0x68, "h").</summary>
    private string? Name(int section, ulong offset)
    {
        var sh = _sections[section];
        if (offset >= sh.Size) return null;
        var data = _elf.GetSectionData(section);
        var rest = data[(int)offset..];
        int n = rest[..Math.Min(rest.Length, RuntimeLookups.MaxNameLength + 1)].IndexOf((byte)0);
        if (n <= 0) return null;
        var name = rest[..n];
        if (!RuntimeLookups.IsExportName(name)) return null;
        if ((sh.Flags & ElfSectionFlags.Strings) == 0 && !IsTextAt(section, data, offset)) return null;
        return Encoding.ASCII.GetString(name);
    }

    /// <summary>The object symbols (STT_OBJECT with a size) of each non-string data section a name candidate fell in.</summary>
    private Objects?[] _objects = [];

    private sealed class Objects(ulong[] starts, ulong[] ends, int[] symbols)
    {
        public readonly ulong[] Starts = starts, Ends = ends;
        public readonly int[] Symbols = symbols;
    }

    private bool IsTextAt(int section, ReadOnlySpan<byte> data, ulong offset)
    {
        if (_objects.Length == 0) _objects = new Objects?[_sections.Length];
        var objects = _objects[section] ??= ObjectsOf(section, (ulong)data.Length);
        // The innermost variable holding the offset: the smallest that covers it.
        int best = -1;
        for (int i = 0; i < objects.Starts.Length; i++)
            if (objects.Starts[i] <= offset && offset < objects.Ends[i] &&
                (best < 0 || objects.Ends[i] - objects.Starts[i] < objects.Ends[best] - objects.Starts[best]))
                best = i;
        if (best < 0) return offset == 0 || data[(int)offset - 1] == 0;
        var name = _symbols.GetNameBytes(_symbols[objects.Symbols[best]]);
        if (name.StartsWith("__func__"u8) || name.StartsWith("__FUNCTION__"u8) || name.StartsWith("__PRETTY_FUNCTION__"u8))
            return false;
        ulong start = objects.Starts[best];
        return IsStrings(data[(int)start..(int)objects.Ends[best]], (int)(offset - start));
    }

    // The STT_OBJECT symbols with a size (of the main table, read by ReadSymbols).
    private int[] _objectSymbols = [];
    private int _objectCount;

    private Objects ObjectsOf(int section, ulong size)
    {
        var info = _tableInfo[0];
        int count = 0;
        for (int i = 0; i < _objectCount; i++)
            if (info[_objectSymbols[i]].Section == section && info[_objectSymbols[i]].Value < size) count++;
        var starts = new ulong[count];
        var ends = new ulong[count];
        var symbols = new int[count];
        for (int i = 0, k = 0; i < _objectCount; i++)
        {
            int index = _objectSymbols[i];
            if (info[index].Section != section || info[index].Value >= size) continue;
            var s = _symbols[index];
            (starts[k], ends[k], symbols[k++]) = (s.Value, s.Value + Math.Min(s.Size, size - s.Value), index);
        }
        return new Objects(starts, ends, symbols);
    }

    /// <summary>True when <paramref name="bytes"/>, a variable, holds strings and the one at <paramref name="at"/>
    /// starts a string: either the variable is that one string (a <c>char name[] = "..."</c> is exactly its length
    /// plus the NUL), or it is a pool of several strings, all text, separated by single NULs (trailing NULs aside). A
    /// structure of numbers fails: a byte that is no text, or NULs in a row (<c>{ .i2c_addr = 0x61 }</c> reads as
    /// "a" followed by padding). A variable of one string shorter than 3 characters is taken for numbers: a 2-byte
    /// <c>{ 0x61, 0 }</c> cannot be told from <c>"a"</c>, and no export has so short a name.</summary>
    private static bool IsStrings(ReadOnlySpan<byte> bytes, int at)
    {
        if (!IsText(bytes) || (at > 0 && bytes[at - 1] != 0)) return false;
        int end = bytes[at..].IndexOf((byte)0);
        if (end < 0) return false; // the string runs out of the variable
        if (at == 0 && end == bytes.Length - 1) return end >= 3; // a 2-byte {0x61, 0} is a "struct", not "a"
        int last = bytes.LastIndexOfAnyExcept((byte)0);
        if (last <= at + end) return false; // one string and padding: "a" then zeros is {0x61, 0, ...}
        for (int i = 1; i <= last; i++)
            if (bytes[i] == 0 && bytes[i - 1] == 0) return false;
        return true;
    }

    /// <summary>True when every byte is NUL, printable ASCII, a tab or a line break, or printk's level prefix (SOH
    /// followed by a digit or 'c'): a string or a pool of strings, not a structure of numbers.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == 0 || (b >= 0x20 && b < 0x7F) || b is (byte)'\t' or (byte)'\n' or (byte)'\r') continue;
            if (b == 1 && i + 1 < bytes.Length && (char.IsAsciiDigit((char)bytes[i + 1]) || bytes[i + 1] == 'c')) continue;
            return false;
        }
        return true;
    }

    /// <summary>Every identifier in every <see cref="RuntimeLookups.NoTrimSection"/> section (NUL-separated, padding
    /// skipped).</summary>
    private void ScanNoTrimSections(Dictionary<string, string> names)
    {
        for (int i = 1; i < _sections.Length; i++)
        {
            if (!_sections[i].HasContents || !_elf.GetSectionNameBytes(i).SequenceEqual(".no_trim_symbol"u8)) continue;
            var data = _elf.GetSectionData(i);
            for (int at = 0; at < data.Length;)
            {
                int n = data[at..].IndexOf((byte)0);
                if (n < 0) n = data.Length - at; // an unterminated last entry counts if it is a name
                var s = data.Slice(at, n);
                if (RuntimeLookups.IsExportName(s))
                {
                    string name = Encoding.ASCII.GetString(s);
                    names.TryAdd(name, RuntimeLookups.SectionEvidence(name, VariableAt(i, (ulong)at)));
                }
                at += n + 1;
            }
        }
    }

    /// <summary>The object symbol at <paramref name="offset"/> of <paramref name="section"/> (a
    /// <c>.no_trim_symbol</c> entry's variable), or null.</summary>
    private string? VariableAt(int section, ulong offset)
    {
        foreach (var s in _symbols)
            if (s.IsInSection && s.SectionIndex == (uint)section && s.Value == offset && s.Type == ElfSymbolType.Object)
                return _symbols.GetName(s);
        return null;
    }
}
