using System.Text;
using KsymTrim.Analysis;
using KsymTrim.Archive;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.InlineAsm;
using KsymTrim.Inputs;
using KsymTrim.IO;
using KsymTrim.Kbuild;
using KsymTrim.Objects;

namespace KsymTrim.Fuzz;

/// <summary>
/// The bodies of the fuzz targets: bytes in, the reader exercised. Shared, file for file, by the SharpFuzz program
/// (fuzz/KsymTrim.Fuzz) and by the replay test (tests/KsymTrim.Tests/Fuzz), so the committed corpus is replayed
/// through exactly the code AFL ran. Deterministic: everything a target chooses (dialect, operands, thin members)
/// is derived from the bytes. The only exceptions a target lets through are bugs: malformed input ends in
/// <see cref="KsymFormatException"/>, which each step catches so the next step still runs; the asm expanders'
/// documented refusal, <see cref="NotSupportedException"/> (their callers turn it into a diagnostic), is caught
/// in the asm targets only.
/// </summary>
internal static class FuzzTargets
{
    /// <summary>Every target, as named on the command line and in fuzz/corpus.</summary>
    public static readonly string[] Names = ["elf", "ar", "bitcode", "module-asm", "inline-asm", "compressed"];

    /// <summary>Separates a thin archive from the in-memory files that stand for its external members (ar target).</summary>
    public static ReadOnlySpan<byte> PoolSeparator => "\n--ksymtrim-fuzz-member--\n"u8;

    /// <summary>The dialects the asm targets choose from (first byte of the input, modulo the count). A property, not
    /// a static field: nothing of the (instrumented) library may run before SharpFuzz has set up its trace map.</summary>
    public static AsmDialect[] Dialects =>
    [
        AsmDialect.X86, AsmDialect.I386, AsmDialect.AArch64, AsmDialect.Arm, AsmDialect.RiscV64, AsmDialect.RiscV32,
        AsmDialect.PowerPC64, AsmDialect.PowerPC32, AsmDialect.SystemZ, AsmDialect.Generic,
    ];

    /// <summary>Runs <paramref name="target"/> on <paramref name="data"/>. Returns how many steps refused the input
    /// with <see cref="KsymFormatException"/> (or, for asm, <see cref="NotSupportedException"/>); any other
    /// exception escapes.</summary>
    public static int Run(string target, byte[] data)
    {
        var run = new Runner();
        switch (target)
        {
            case "elf": run.Elf(data, viaRangeSource: true); break;
            case "ar": run.Ar(data); break;
            case "bitcode": run.Bitcode(data); break;
            case "module-asm": run.ModuleAsm(data); break;
            case "inline-asm": run.InlineAsm(data); break;
            case "compressed": run.Compressed(data); break;
            default: throw new ArgumentException($"unknown fuzz target '{target}' (one of: {string.Join(", ", Names)})", nameof(target));
        }
        return run.Refusals;
    }

    private sealed class Runner
    {
        public int Refusals;

        private void Step(Action action)
        {
            try { action(); }
            catch (KsymFormatException) { Refusals++; }
        }

        // ---- elf: header, sections, names, symbols and nm letters, relocations, module facts, linkage

        public void Elf(ReadOnlyMemory<byte> data, bool viaRangeSource)
        {
            Step(() => ElfApi(ElfFile.Parse(data)));
            if (viaRangeSource) Step(() => ElfApi(ElfFile.Parse(new MemoryRangeSource(data))));
            var unit = new ObjectUnit("fuzz.o", null, FileKind.Elf, data);
            Step(() => ObjectSymbols.ForNm(unit));
            Step(() => ObjectLinkage.Of(ObjectSymbols.Linkage(unit, withDefined: true)));
            // a module's appended signature (kmi's GKI test) and its export marks, read from the end and the symbols
            ModuleSignature.IdType(data.Span);
            Step(() => ExportSymbols.Collect(ObjectSymbols.ForNm(unit, NmFilter.DefinedOnly), preModpost: true, new HashSet<string>()));
        }

        private void ElfApi(ElfFile elf)
        {
            _ = (elf.Class, elf.ByteOrder, elf.Type, elf.Machine, elf.OsAbi, elf.Flags);
            Step(() =>
            {
                for (int i = 0; i < elf.SectionCount; i++)
                {
                    elf.GetSectionName(i);
                    _ = elf.IsSectionNameTable(i);
                }
            });
            Step(() => { for (int i = 0; i < elf.SectionCount; i++) Step(() => elf.GetSectionData(i)); });
            Step(() => KernelModuleInfo.ReadModInfo(elf));
            Step(() => KernelModuleInfo.ReadVersions(elf));
            Step(() => KernelModuleInfo.ReadExports(elf));
            Step(() =>
            {
                var t = elf.GetSymbolTable();
                if (t is null) return;
                foreach (var s in t)
                {
                    ElfNm.Letter(elf, s);
                    ElfNm.IsListed(elf, s, t.GetNameBytes(s));
                    t.GetName(s);
                }
            });
            Step(() =>
            {
                foreach (int rs in elf.RelocationSections())
                    Step(() =>
                    {
                        var rel = elf.OpenRelocations(rs);
                        for (int i = 0; i < rel.Count; i++) rel.Symbols.GetName(rel.Symbols[(int)rel[i].SymbolIndex]);
                    });
            });
        }

        // ---- ar: GNU, BSD, /SYM64/, thin (members from the bytes after the archive), nested archives

        public void Ar(byte[] input)
        {
            var parts = Split(input, PoolSeparator);
            var pool = parts.Skip(1).ToList();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var names = new Dictionary<string, int>(StringComparer.Ordinal);
            Step(() => Archive(parts[0], pool, names, seen, [], 1));
        }

        private void Archive(ReadOnlyMemory<byte> data, List<ReadOnlyMemory<byte>> pool, Dictionary<string, int> names,
            HashSet<string> seen, HashSet<int> chain, int depth)
        {
            if (depth > InputLoader.MaxArchiveDepth) return;
            var ar = ArArchive.Parse(data);
            _ = (ar.IsThin, ar.HasSymbolIndex);
            foreach (var m in ar.Members)
            {
                if (m.IsExternal)
                {
                    // As the loader: a name is one file (pool entries in order of first mention), read once; a file
                    // that contains the archive naming it is a cycle.
                    if (pool.Count == 0) continue;
                    if (!names.TryGetValue(m.Name, out int index)) names[m.Name] = index = names.Count % pool.Count;
                    if (chain.Contains(index) || !seen.Add(m.Name)) continue;
                    chain.Add(index);
                    Step(() => Member(pool[index], m.Name, pool, names, seen, chain, depth));
                    chain.Remove(index);
                }
                else
                {
                    var member = m;
                    Step(() => Member(ar.GetData(member), member.Name, pool, names, seen, chain, depth));
                }
            }
        }

        private void Member(ReadOnlyMemory<byte> data, string name, List<ReadOnlyMemory<byte>> pool, Dictionary<string, int> names,
            HashSet<string> seen, HashSet<int> chain, int depth)
        {
            var kind = FileKinds.Detect(data.Span);
            if (kind is FileKind.Archive or FileKind.ThinArchive)
            {
                Archive(data, pool, names, seen, chain, depth + 1);
                return;
            }
            if (kind is not (FileKind.Elf or FileKind.Bitcode or FileKind.BitcodeWrapper)) return;
            var unit = new ObjectUnit("fuzz.a", name, kind, data);
            Step(() => ObjectSymbols.ForNm(unit));
            if (kind == FileKind.Elf) Step(() => ObjectSymbols.Linkage(unit, withDefined: true));
        }

        // ---- bitcode: the module read with function bodies, the reference analysis, the symbol-table view

        public void Bitcode(byte[] data)
        {
            var kind = FileKinds.Detect(data);
            Step(() =>
            {
                var file = BitcodeFile.Parse(data, BitcodeReferenceAnalysis.ReadOptions);
                var set = BitcodeModuleSet.From(file.Modules);
                Step(() => BitcodeReferenceAnalysis.Linkage(file.Modules, null, set));
            });
            if (kind is FileKind.Bitcode or FileKind.BitcodeWrapper)
                Step(() => ObjectSymbols.ForNm(new ObjectUnit("fuzz.o", null, kind, data)));
        }

        // ---- module-asm: GNU as expansion (macros, .irp/.rept, conditionals, symbols) of module-level asm

        public void ModuleAsm(byte[] data)
        {
            if (data.Length == 0) return;
            var dialects = Dialects;
            var dialect = dialects[data[0] % dialects.Length];
            string asm = Encoding.Latin1.GetString(data, 1, data.Length - 1);
            try { ModuleAsmSymbols.Collect(asm, dialect); }
            catch (NotSupportedException) { Refusals++; }
        }

        // ---- inline-asm: operand substitution, register choice and the assembled references of one asm call

        /// <summary>Byte 0: the dialect. Then, NUL-separated: the IR template, the constraint string, and one byte per
        /// call argument (low two bits: unknown, constant, global, global with offset; the rest: value or name).</summary>
        public void InlineAsm(byte[] data)
        {
            if (data.Length == 0) return;
            var dialects = Dialects;
            var dialect = dialects[data[0] % dialects.Length];
            var parts = Split(data.AsMemory(1), "\0"u8);
            string asm = Encoding.Latin1.GetString(parts[0].Span);
            string constraints = parts.Count > 1 ? Encoding.Latin1.GetString(parts[1].Span) : "";
            var args = new List<AsmOperand>();
            if (parts.Count > 2)
                foreach (byte b in parts[2].Span)
                    args.Add((b & 3) switch
                    {
                        0 => AsmOperand.Unknown,
                        1 => AsmOperand.Constant((sbyte)b >> 2),
                        2 => AsmOperand.Global("sym" + (b >> 2).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        _ => AsmOperand.Global("obj", (b >> 2) * 8),
                    });
            var template = InlineAsmTemplate.Uncached(dialect, asm, constraints);
            try
            {
                _ = template.CacheKey([.. args]);
                new InlineAsmScan(template, args, new List<string>()).Run();
            }
            catch (NotSupportedException) { Refusals++; }
        }

        // ---- compressed: gzip, xz, zstd inflation with its limit; an ELF inside is read as the elf target reads it

        public void Compressed(byte[] data)
        {
            var kind = FileKinds.Detect(data);
            if (!FileKinds.IsCompressed(kind)) return;
            byte[]? output = null;
            Step(() => output = Decompressor.Decompress(kind, data));
            if (output is not null && FileKinds.Detect(output) == FileKind.Elf) Elf(output, viaRangeSource: false);
        }
    }

    /// <summary><paramref name="data"/> cut at every <paramref name="separator"/> (at least one part).</summary>
    private static List<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> data, ReadOnlySpan<byte> separator)
    {
        var parts = new List<ReadOnlyMemory<byte>>();
        while (true)
        {
            int at = data.Span.IndexOf(separator);
            if (at < 0) { parts.Add(data); return parts; }
            parts.Add(data[..at]);
            data = data[(at + separator.Length)..];
        }
    }

    /// <summary>A file read on demand, in memory: bytes not yet ensured hold a filler pattern, as an unread part of a
    /// real <c>PartialFile</c> holds whatever was there.</summary>
    private sealed class MemoryRangeSource : IRangeSource
    {
        private readonly ReadOnlyMemory<byte> _data;
        private readonly byte[] _buffer;

        public MemoryRangeSource(ReadOnlyMemory<byte> data)
        {
            _data = data;
            _buffer = new byte[data.Length];
            _buffer.AsSpan().Fill(0xa5);
        }

        public ReadOnlyMemory<byte> Memory => _buffer;

        public void Ensure(long offset, long length)
        {
            if (offset < 0 || length < 0 || offset + length > _buffer.Length)
                throw new InvalidOperationException($"Ensure({offset}, {length}) outside a {_buffer.Length}-byte file: the reader did not check bounds first");
            _data.Span.Slice((int)offset, (int)length).CopyTo(_buffer.AsSpan((int)offset));
        }
    }
}
