using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Bw = KsymTrim.Tests.Support.BitstreamWriter;
using KsymTrim.Archive;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.Inputs;
using KsymTrim.InlineAsm;
using KsymTrim.IO;
using KsymTrim.Objects;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Limits;

/// <summary>
/// The bounds of docs/limits.md held on the worst inputs for each reader: hostile inputs built in memory (the
/// structures that cost the most per byte), plus every file in <c>Limits/inputs/&lt;reader&gt;/</c> (so adding a
/// minimized fuzzer input adds a case). Each case runs alone on this thread and asserts: only
/// <see cref="KsymFormatException"/> escapes, the bytes allocated (by every thread: the fixture runs alone) stay
/// within the reader's documented a·N + c, and the call ends within a hang guard (not a performance claim).
/// The measured allocated/N ratio is printed so the documented constants can be checked.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LimitsTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30); // the asm statement budget alone takes 4 to 14 s here (docs/limits.md)

    /// <summary>A documented bound on the bytes allocated for an input (<see cref="Text"/> as docs/limits.md states it).</summary>
    public sealed record Bound(string Text, Func<byte[], long> Max)
    {
        public override string ToString() => Text;
    }

    private const long MiB = 1 << 20;

    /// <summary>The decompression limit, min(1 GiB, 64 MiB + 64 N).</summary>
    private static long Limit(long n) => Decompressor.Limit(n);

    // The bounds of docs/limits.md, one per reader (the folder names under Limits/inputs).
    private static readonly Dictionary<string, Bound> Bounds = new()
    {
        ["elf"] = new("16·N + 4·S + 1 MiB (S: the bytes of every symbol's name)", d => 16 * d.LongLength + 4 * ElfNameBytes(d) + MiB),
        ["archive"] = new("16·N + 1 MiB", d => 16 * d.LongLength + MiB),
        ["compressed"] = new("2·min(1 GiB, 64 MiB + 64·N) + 18 MiB", d => 2 * Limit(d.Length) + 18 * MiB),
        ["bitcode-symbols"] = new("160·N + 16 MiB, + 8192·N + 768 MiB per module with module asm",
            d => 160 * d.LongLength + 16 * MiB + ModulesWithAsm(d) * (8192 * d.LongLength + 768 * MiB)),
        ["bitcode-bodies"] = new("160·N + 16 MiB", d => 160 * d.LongLength + 16 * MiB),
        ["module-asm"] = new("8192·N + 768 MiB", d => 8192 * d.LongLength + 768 * MiB),
        ["inline-asm"] = new("8192·N + 768 MiB", d => 8192 * d.LongLength + 768 * MiB),
        // The whole analysis: decompression, then the readers on the D ≤ min(1 GiB, 64 MiB + 64 N) bytes it gives;
        // no crafted input here holds module or inline asm.
        ["input"] = new("3·min(1 GiB, 64 MiB + 64·N) + 160·D + 32 MiB (D: N, or the decompressed size)",
            d => 3 * Limit(d.Length) + 160 * Math.Max(d.LongLength, IsCompressed(d) ? Limit(d.Length) : 0) + 32 * MiB +
                 ModulesWithAsm(d) * (8192 * d.LongLength + 768 * MiB)),
    };

    /// <summary>How many modules of bitcode file <paramref name="d"/> hold module asm (0 when it is not bitcode).</summary>
    private static int ModulesWithAsm(byte[] d)
    {
        try { return BitcodeFile.Parse(d).Modules.Count(m => !string.IsNullOrEmpty(m.ModuleAsm)); }
        catch (KsymFormatException) { return 0; }
    }

    private static bool IsCompressed(byte[] d) => FileKinds.IsCompressed(FileKinds.Detect(d));

    /// <summary>The bytes of the names of the symbols the ELF readers will look at (0 when the file does not parse).</summary>
    private static long ElfNameBytes(byte[] data)
    {
        long total = 0;
        try
        {
            var elf = ElfFile.Parse(data);
            if (elf.GetSymbolTable() is not { } symbols) return 0;
            foreach (var s in symbols) total += symbols.GetNameBytes(s).Length;
        }
        catch (KsymFormatException) { }
        return total;
    }

    /// <summary>One input for one reader.</summary>
    public sealed record Case(string Reader, string Name, byte[] Data)
    {
        public override string ToString() => $"{Reader}/{Name} ({Data.Length} bytes)";
    }

    private static string InputsFolder => Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Limits", "inputs");

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var c in Crafted()) yield return new TestCaseData(c).SetName($"Crafted {c.Reader} {c.Name}");
        if (!Directory.Exists(InputsFolder)) yield break;
        foreach (var dir in Directory.GetDirectories(InputsFolder).Order(StringComparer.Ordinal))
            foreach (var file in Directory.GetFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
            {
                var c = new Case(Path.GetFileName(dir), Path.GetFileName(file), File.ReadAllBytes(file));
                yield return new TestCaseData(c).SetName($"File {c.Reader} {c.Name}");
            }
    }

    private string _temp = "";

    [SetUp]
    public void SetUp()
    {
        _temp = Path.Combine(Path.GetTempPath(), "ksymtrim-limits-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    [TestCaseSource(nameof(Cases))]
    public void Stays_within_its_documented_bound(Case c)
    {
        Assert.That(Bounds.ContainsKey(c.Reader), $"no documented bound for reader {c.Reader} (folder Limits/inputs/{c.Reader})");
        var bound = Bounds[c.Reader];
        long max = bound.Max(c.Data);
        var run = Runner(c);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        string outcome = "read";
        try
        {
            run();
        }
        catch (KsymFormatException e)
        {
            outcome = $"refused {e.Id}: {e.Reason}";
        }
        catch (Exception e)
        {
            Assert.Fail($"{c}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
        sw.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        long n = Math.Max(1, c.Data.Length);
        TestContext.Out.WriteLine(
            $"LIMITS {c.Reader} {c.Name}: N={c.Data.Length} allocated={allocated} ratio={(double)allocated / n:F1} " +
            $"of-bound={(double)allocated / max:F3} time={sw.ElapsedMilliseconds}ms bound={bound}={max} {outcome}");
        Assert.That(sw.Elapsed, Is.LessThan(HangGuard), $"{c} took {sw.Elapsed}");
        Assert.That(allocated, Is.LessThanOrEqualTo(max), $"{c} allocated {allocated} bytes, over {bound} = {max}");
    }

    [Test]
    public void Long_names_that_overlap_are_refused_and_a_shared_one_is_read_once()
    {
        string table = "abcdef/\n";
        byte[] Archive(params string[] names) => Encoding.ASCII.GetBytes(
            "!<arch>\n" + ArHeader("//", table.Length) + table + string.Concat(names.Select(n => ArHeader(n, 0))));
        var e = Assert.Throws<KsymFormatException>(() => ArArchive.Parse(Archive("/0", "/2")));
        Assert.That(e!.Id, Is.EqualTo(DiagnosticId.ArchiveBadName));
        Assert.That(e.Reason, Does.Contain("overlap"));
        var shared = ArArchive.Parse(Archive("/0", "/0", "/0"));
        Assert.That(shared.Members.Select(m => m.Name), Is.EqualTo(new[] { "abcdef", "abcdef", "abcdef" }));
        Assert.That(ReferenceEquals(shared.Members[0].Name, shared.Members[2].Name), "one string per long name");
        Assert.That(ArArchive.Parse(Archive("/2")).Members.Single().Name, Is.EqualTo("cdef"), "a name inside another, read alone, is kept");
    }

    [Test]
    public void Inline_asm_that_prints_past_its_limit_is_cut_at_a_line_with_a_note()
    {
        // 64 uses of a symbol of a 1 Mi-character name: 64 Mi characters, cut at max(4 Mi, 64 × template) = 4 Mi.
        string name = "g0".PadRight(1 << 20, 'x');
        string asm = string.Concat(Enumerable.Repeat("call $0\n", 64));
        var notes = new List<string>();
        var refs = InlineAsmReferences.Collect(asm, "i", [AsmOperand.Global(name)], AsmDialect.X86, notes);
        Assert.That(refs.Select(r => r.Symbol), Is.EqualTo(new[] { name }), "the lines before the cut are scanned");
        Assert.That(notes, Has.Some.Contains("operands print to more than 4194304 characters"));
    }

    // ---- the runners: one entry point per reader ------------------------------------------------------------------

    private Action Runner(Case c) => c.Reader switch
    {
        "elf" => () => ReadElf(c.Data),
        "archive" => () => ReadArchive(c.Data),
        "compressed" => () => Decompress(c.Data),
        "bitcode-symbols" => () => BitcodeSymbols.ForNm(BitcodeFile.Parse(c.Data, BitcodeReadOptions.SymbolTable), NmFilter.All),
        "bitcode-bodies" => () => BitcodeFile.Parse(c.Data, BitcodeReadOptions.FunctionBodies),
        "module-asm" => () => ModuleAsm(Encoding.UTF8.GetString(c.Data)),
        "inline-asm" => () => InlineAsm(Encoding.UTF8.GetString(c.Data)),
        "input" => WholeInput(c),
        _ => throw new InvalidOperationException($"unknown reader {c.Reader}"),
    };

    /// <summary>Everything the tools read of an ELF file: headers, the nm view, the linkage facts, every relocation
    /// section and every section's name.</summary>
    private static void ReadElf(byte[] data)
    {
        var unit = new ObjectUnit("limits.o", null, FileKind.Elf, data);
        var elf = ElfFile.Parse(data);
        for (int i = 1; i < elf.SectionCount; i++) elf.GetSectionNameBytes(i);
        ObjectSymbols.Linkage(unit, withDefined: true, new SymbolNameTable());
        ObjectSymbols.ForNm(unit);
        Span<ElfRelocation> buffer = stackalloc ElfRelocation[64];
        foreach (int r in elf.RelocationSections())
        {
            var table = elf.OpenRelocations(r);
            for (int at = 0; at < table.Count;) at += table.CopyTo(at, buffer);
        }
    }

    private static void ReadArchive(byte[] data)
    {
        var archive = ArArchive.Parse(data);
        foreach (var m in archive.Members)
            if (!m.IsExternal) archive.GetData(m);
    }

    private static void Decompress(byte[] data)
    {
        var kind = FileKinds.Detect(data);
        if (!FileKinds.IsCompressed(kind)) throw new KsymFormatException(DiagnosticId.UnknownFormat, InputFormat.Unknown, 0, "not compressed");
        Decompressor.Decompress(kind, data);
    }

    /// <summary>Module asm as the symbol-table view reads it: a refusal (NotSupportedException) becomes KT0004 in
    /// <c>BitcodeSymbols</c> and <c>ModuleWalk</c>, so it is turned into that here.</summary>
    private static void ModuleAsm(string asm)
    {
        try { ModuleAsmSymbols.Collect(asm, AsmDialect.X86); }
        catch (NotSupportedException e) { throw new KsymFormatException(DiagnosticId.Unsupported, InputFormat.Bitcode, 0, e.Message); }
    }

    /// <summary>An inline asm file: the first line is the constraint string, the rest the template; argument i is the
    /// global <c>g{i}</c>, whose name is repeated to the length the line <c>#name-length N</c> asks for (default 2).</summary>
    private static void InlineAsm(string text)
    {
        int nl = text.IndexOf('\n', StringComparison.Ordinal);
        string constraints = nl < 0 ? text : text[..nl];
        string asm = nl < 0 ? "" : text[(nl + 1)..];
        int nameLength = 2;
        const string Directive = "#name-length ";
        if (asm.StartsWith(Directive, StringComparison.Ordinal))
        {
            int end = asm.IndexOf('\n', StringComparison.Ordinal);
            nameLength = int.Parse(asm[Directive.Length..(end < 0 ? asm.Length : end)], CultureInfo.InvariantCulture);
            asm = end < 0 ? "" : asm[(end + 1)..];
        }
        int operands = constraints.Split(',').Length;
        var arguments = new List<AsmOperand>();
        for (int i = 0; i < operands; i++)
        {
            string name = "g" + i.ToString(CultureInfo.InvariantCulture);
            arguments.Add(AsmOperand.Global(name.PadRight(nameLength, 'x')));
        }
        InlineAsmReferences.Collect(asm, constraints, arguments, AsmDialect.X86, new List<string>());
    }

    /// <summary>The whole per-input analysis of <c>used</c> and <c>refs</c> on a file: InputLoader (decompression,
    /// archives, thin members), then ELF linkage or bitcode analysis. The file is written before measuring; the
    /// extra files of a crafted thin archive are written by <see cref="ThinFiles"/>.</summary>
    private Action WholeInput(Case c)
    {
        string path = Path.Combine(_temp, c.Name.Replace('/', '_'));
        File.WriteAllBytes(path, c.Data);
        if (ThinFiles.TryGetValue(c.Name, out var files))
            foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(_temp, name), bytes);
        return () =>
        {
            // A module's bitcode members may be parsed by helper threads: the allocation count covers every thread.
            new ModuleAnalyzer().GetReferences(path);
        };
    }

    // ---- crafted worst cases -------------------------------------------------------------------------------------

    private static readonly Dictionary<string, List<(string Name, byte[] Bytes)>> ThinFiles = new(StringComparer.Ordinal);

    private static IEnumerable<Case> Crafted()
    {
        const int Mi = 1 << 20;
        // ELF: the header tables that cost the most per byte.
        yield return new("elf", "elf32-section-headers-1MiB", Elf32SectionHeaders(Mi, ElfSectionType.ProgBits));
        yield return new("elf", "elf32-rel-sections-1MiB", Elf32RelSections(Mi));
        yield return new("elf", "elf64-extended-numbering-1MiB", Elf64ExtendedNumbering(Mi));
        yield return new("elf", "elf64-symbols-1MiB", Elf64Symbols(Mi, nameLength: 8, distinct: true));
        yield return new("elf", "elf64-symbols-sharing-one-long-name-32KiB", Elf64Symbols(32 << 10, nameLength: 16 << 10, distinct: false));
        yield return new("elf", "elf64-symbols-claiming-huge-count", Elf64SymbolsHugeClaim());

        // ar: many members, overlapping long names, BSD names.
        yield return new("archive", "gnu-empty-members-1MiB", ArManyMembers(Mi, 0));
        yield return new("archive", "gnu-long-names-overlapping-256KiB", ArOverlappingLongNames(256 << 10));
        yield return new("archive", "gnu-long-names-distinct-1MiB", ArDistinctLongNames(Mi));
        yield return new("archive", "bsd-names-1MiB", ArBsdNames(Mi));
        yield return new("archive", "thin-members-1MiB", ArThinMembers(Mi));

        // Decompression: bombs just under and just over the budget, and headers declaring huge windows.
        yield return new("compressed", "gzip-zeros-under-budget", Gzip(new byte[(64 << 20) + (2 << 20)]));
        yield return new("compressed", "gzip-zeros-over-budget", Gzip(new byte[96 << 20]));
        yield return new("compressed", "xz-4GiB-dictionary", XzWithDictionary(40));
        yield return new("compressed", "xz-1.5GiB-dictionary", XzWithDictionary(37));
        yield return new("compressed", "zstd-window-128MiB", ZstdWithWindowLog(27));
        yield return new("compressed", "zstd-window-2GiB", ZstdWithWindowLog(31));

        // Bitcode: nesting, abbreviations, record operand expansion, type table preallocation, many globals.
        foreach (var reader in new[] { "bitcode-symbols", "bitcode-bodies" })
        {
            yield return new(reader, "blocks-nested-33", BcNested(33));
            yield return new(reader, "blocks-nested-32", BcNested(32));
            yield return new(reader, "abbreviations-1024-char6-ops", BcAbbreviations(4096, 1024));
            yield return new(reader, "abbreviations-65537-in-one-block", BcAbbreviations(65_537, 1));
            yield return new(reader, "blockinfo-abbreviations-many-blocks", BcBlockInfoManyBlocks(60_000, 20_000));
            yield return new(reader, "record-fixed1-array-1MiB", BcFixed1Array(Mi, moduleLevel: true));
            yield return new(reader, "type-numentry-huge-1MiB", BcTypeNumentry(Mi));
            yield return new(reader, "types-function-many-params-1MiB", BcFunctionTypes(Mi));
            yield return new(reader, "globals-many-functions", BcManyFunctions(100_000, bodies: false));
        }
        yield return new("bitcode-bodies", "bodies-many-calls", BcManyFunctions(2_000, bodies: true, callsPerBody: 200));
        yield return new("bitcode-bodies", "body-record-fixed1-array-1MiB", BcFixed1Array(Mi, moduleLevel: false));

        // Module asm: nested loops and macros to the limits.
        yield return new("module-asm", "rept-nested-over-budget", Utf8(".rept 100000\n.rept 100000\nnop\n.endr\n.endr\n"));
        yield return new("module-asm", "rept-labels-under-budget", Utf8(".rept 60000\nsym\\@: call f\\@\n.endr\n"));
        yield return new("module-asm", "macro-recursion-64", Utf8(".macro m a\n.if \\a\nm \"(\\a-1)\"\n.endif\ncall x\\a\n.endm\nm 70\n"));
        yield return new("module-asm", "macro-doubling", Utf8(MacroDoubling(24)));
        yield return new("module-asm", "irp-long-lists-64KiB", Utf8(IrpLong(64 << 10)));
        yield return new("module-asm", "statements-1MiB", Utf8(string.Concat(Enumerable.Repeat("call f\n", (1 << 20) / 7))));

        // Inline asm: many operands, operands glued into names, long symbol names substituted many times.
        yield return new("inline-asm", "operand-references-64KiB", Utf8(InlineManyReferences(64 << 10)));
        yield return new("inline-asm", "glued-register-operands", Utf8(InlineGlued()));
        yield return new("inline-asm", "long-symbol-substituted-many-times", Utf8(InlineLongSymbol(4096, 4096)));
        yield return new("inline-asm", "rept-to-the-statement-budget", Utf8("\n.rept 100000\n.rept 100000\nnop\n.endr\n.endr\n"));

        // The whole analysis of one input.
        yield return new("input", "archive-of-gzip-bombs.a", ArOfGzipBombs(40));
        yield return new("input", "archive-nested-9.a", ArNested(9));
        yield return new("input", "archive-nested-8.a", ArNested(8));
        yield return new("input", "archive-many-tiny-elf.a", ArManyMembers(Mi, 64));
        var thin = ThinSameFile(20_000);
        ThinFiles["thin-same-member.a"] = [("m.o", MinimalElf64())];
        yield return new("input", "thin-same-member.a", thin);
        ThinFiles["thin-cycle.a"] = [("inner.a", Encoding.ASCII.GetBytes("!<thin>\n" + ArHeader("thin-cycle.a/", 8)))];
        yield return new("input", "thin-cycle.a", Encoding.ASCII.GetBytes("!<thin>\n" + ArHeader("inner.a/", 76)));
        yield return new("input", "elf-section-headers.o", Elf32SectionHeaders(Mi, ElfSectionType.ProgBits));
        yield return new("bitcode-symbols", "module-asm-to-the-statement-budget", BcModuleAsm(".rept 100000\n.rept 100000\nnop\n.endr\n.endr\n"));
        yield return new("input", "bitcode-module-asm-to-the-statement-budget.bc", BcModuleAsm(".rept 100000\n.rept 100000\nnop\n.endr\n.endr\n"));
        yield return new("input", "bitcode-many-calls.bc", BcManyFunctions(2_000, bodies: true, callsPerBody: 200));
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    // ---- ELF ------------------------------------------------------------------------------------------------------

    /// <summary>An ELF32 file that is all section headers (40 bytes each, the smallest), every one of <paramref name="type"/>, empty.</summary>
    private static byte[] Elf32SectionHeaders(int size, ElfSectionType type)
    {
        int count = (size - 52) / 40;
        var b = new byte[52 + count * 40];
        Elf32Header(b, shoff: 52, shnum: count, shstrndx: 0);
        for (int i = 1; i < count; i++) BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(52 + i * 40 + 4), (uint)type);
        return b;
    }

    private static void Elf32Header(byte[] b, uint shoff, int shnum, int shstrndx)
    {
        "\x7f"u8.CopyTo(b); "ELF"u8.CopyTo(b.AsSpan(1));
        b[4] = 1; b[5] = 1; b[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(16), 1); // ET_REL
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(18), 3); // EM_386
        BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(32), shoff);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(40), 52);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(46), 40);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(48), (ushort)Math.Min(shnum, 0xff00 - 1));
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(50), (ushort)shstrndx);
    }

    /// <summary>ELF32: a symbol table, its string table, then as many empty SHT_REL sections naming it as fit: each one
    /// opened looks through every section header for an SHT_SYMTAB_SHNDX companion.</summary>
    private static byte[] Elf32RelSections(int size)
    {
        int count = Math.Min((size - 52) / 40, 0xfeff);
        var b = new byte[52 + count * 40 + 32];
        int data = 52 + count * 40;
        Elf32Header(b, shoff: 52, shnum: count, shstrndx: 0);
        void Sh(int i, ElfSectionType t, uint off, uint sz, uint link, uint entsize)
        {
            var s = b.AsSpan(52 + i * 40);
            BinaryPrimitives.WriteUInt32LittleEndian(s[4..], (uint)t);
            BinaryPrimitives.WriteUInt32LittleEndian(s[16..], off);
            BinaryPrimitives.WriteUInt32LittleEndian(s[20..], sz);
            BinaryPrimitives.WriteUInt32LittleEndian(s[24..], link);
            BinaryPrimitives.WriteUInt32LittleEndian(s[36..], entsize);
        }
        Sh(1, ElfSectionType.SymbolTable, (uint)data, 16, 2, 16);
        Sh(2, ElfSectionType.StringTable, (uint)data + 16, 1, 0, 0);
        for (int i = 3; i < count; i++) Sh(i, ElfSectionType.Rel, (uint)data, 0, 1, 8);
        return b;
    }

    private static byte[] Elf64Header(int size, ulong shoff, int shnum, int shstrndx)
    {
        var b = new byte[size];
        "\x7f"u8.CopyTo(b); "ELF"u8.CopyTo(b.AsSpan(1));
        b[4] = 2; b[5] = 1; b[6] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(16), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(18), 62);
        BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(40), shoff);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(52), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(58), 64);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(60), (ushort)shnum);
        BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(62), (ushort)shstrndx);
        return b;
    }

    private static byte[] MinimalElf64() => Elf64Header(64, 0, 0, 0);

    private static void Sh64(byte[] b, int at, ElfSectionType type, ulong offset, ulong size, uint link, ulong entsize, uint info = 0)
    {
        var s = b.AsSpan(at);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], (uint)type);
        BinaryPrimitives.WriteUInt64LittleEndian(s[24..], offset);
        BinaryPrimitives.WriteUInt64LittleEndian(s[32..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(s[40..], link);
        BinaryPrimitives.WriteUInt32LittleEndian(s[44..], info);
        BinaryPrimitives.WriteUInt64LittleEndian(s[56..], entsize);
    }

    /// <summary>ELF64 with e_shnum 0: the count is section 0's sh_size, every header after it empty.</summary>
    private static byte[] Elf64ExtendedNumbering(int size)
    {
        int count = (size - 64) / 64;
        var b = Elf64Header(64 + count * 64, 64, 0, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(b.AsSpan(64 + 32), (ulong)count);
        for (int i = 1; i < count; i++) BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(64 + i * 64 + 4), (uint)ElfSectionType.ProgBits);
        return b;
    }

    /// <summary>ELF64 whose bytes are nearly all symbols (undefined, global): distinct short names, or all of them the
    /// same long name (the string table read once per symbol).</summary>
    private static byte[] Elf64Symbols(int size, int nameLength, bool distinct)
    {
        int headers = 64 + 4 * 64;
        int strings = distinct ? 0 : nameLength + 2;
        int count = (size - headers - strings) / (24 + (distinct ? nameLength + 1 : 0));
        if (distinct) strings = 1 + count * (nameLength + 1);
        int symAt = headers, strAt = symAt + count * 24;
        var b = Elf64Header(strAt + strings, 64, 4, 3);
        Sh64(b, 64 + 64, ElfSectionType.SymbolTable, (ulong)symAt, (ulong)count * 24, 2, 24);
        Sh64(b, 64 + 128, ElfSectionType.StringTable, (ulong)strAt, (ulong)strings, 0, 0);
        Sh64(b, 64 + 192, ElfSectionType.StringTable, (ulong)strAt, (ulong)strings, 0, 0);
        for (int i = 1; i < count; i++)
        {
            var s = b.AsSpan(symAt + i * 24);
            BinaryPrimitives.WriteUInt32LittleEndian(s, distinct ? (uint)(1 + i * (nameLength + 1)) : 1);
            s[4] = 0x10; // STB_GLOBAL, STT_NOTYPE; st_shndx 0: undefined
        }
        if (distinct)
        {
            for (int i = 0; i < count; i++)
                Encoding.ASCII.GetBytes(i.ToString("x", CultureInfo.InvariantCulture).PadLeft(nameLength, 's'))
                    .AsSpan(0, nameLength).CopyTo(b.AsSpan(strAt + 1 + i * (nameLength + 1)));
        }
        else
        {
            b.AsSpan(strAt + 1, nameLength).Fill((byte)'n');
        }
        return b;
    }

    /// <summary>A symbol table whose header claims 2^40 bytes of entries: refused before anything is sized by it.</summary>
    private static byte[] Elf64SymbolsHugeClaim()
    {
        var b = Elf64Header(64 + 3 * 64 + 64, 64, 3, 0);
        Sh64(b, 64 + 64, ElfSectionType.SymbolTable, 256, 1UL << 40, 2, 24);
        Sh64(b, 64 + 128, ElfSectionType.StringTable, 256, 1, 0, 0);
        return b;
    }

    // ---- ar -------------------------------------------------------------------------------------------------------

    private static string ArHeader(string name, long size) =>
        name.PadRight(16) + "0".PadRight(12) + "0".PadRight(6) + "0".PadRight(6) + "644".PadRight(8) +
        size.ToString(CultureInfo.InvariantCulture).PadRight(10) + "`\n";

    /// <summary>A GNU archive of as many members of <paramref name="memberSize"/> bytes (a minimal ELF64 header, or
    /// nothing) as fit.</summary>
    private static byte[] ArManyMembers(int size, int memberSize)
    {
        var ms = new MemoryStream();
        ms.Write("!<arch>\n"u8);
        var elf = MinimalElf64();
        for (int i = 0; ms.Length + 60 + memberSize <= size; i++)
        {
            ms.Write(Encoding.ASCII.GetBytes(ArHeader("m" + i.ToString("x", CultureInfo.InvariantCulture) + "/", memberSize)));
            if (memberSize > 0) ms.Write(elf.AsSpan(0, memberSize));
        }
        return ms.ToArray();
    }

    /// <summary>A GNU archive whose "//" table holds one long name and whose members all name it at every offset:
    /// each name read runs to the end of the table.</summary>
    private static byte[] ArOverlappingLongNames(int size)
    {
        int table = size / 2;
        var sb = new StringBuilder("!<arch>\n");
        sb.Append(ArHeader("//", table));
        sb.Append('n', table - 2).Append("/\n");
        for (int i = 0; sb.Length + 60 <= size; i++)
            sb.Append(ArHeader("/" + (i % (table - 2)).ToString(CultureInfo.InvariantCulture), 0));
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A GNU archive of empty members, each with its own long name in the "//" table.</summary>
    private static byte[] ArDistinctLongNames(int size)
    {
        int count = size / (60 + 20);
        var names = new StringBuilder();
        var headers = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            headers.Append(ArHeader("/" + names.Length.ToString(CultureInfo.InvariantCulture), 0));
            names.Append("long-member-").Append(i.ToString("x6", CultureInfo.InvariantCulture)).Append("/\n");
        }
        return Encoding.ASCII.GetBytes("!<arch>\n" + ArHeader("//", names.Length) + names + (names.Length % 2 == 1 ? "\n" : "") + headers);
    }

    /// <summary>BSD names (#1/16) of 16 bytes, members otherwise empty.</summary>
    private static byte[] ArBsdNames(int size)
    {
        var ms = new MemoryStream();
        ms.Write("!<arch>\n"u8);
        for (int i = 0; ms.Length + 76 <= size; i++)
        {
            ms.Write(Encoding.ASCII.GetBytes(ArHeader("#1/16", 16)));
            ms.Write(Encoding.ASCII.GetBytes(i.ToString("x16", CultureInfo.InvariantCulture)));
        }
        return ms.ToArray();
    }

    /// <summary>A thin archive of headers only, each naming a file.</summary>
    private static byte[] ArThinMembers(int size)
    {
        var sb = new StringBuilder("!<thin>\n");
        for (int i = 0; sb.Length + 60 <= size; i++) sb.Append(ArHeader("t" + i.ToString("x", CultureInfo.InvariantCulture) + "/", 64));
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>A thin archive naming the same file (m.o) <paramref name="count"/> times.</summary>
    private static byte[] ThinSameFile(int count)
    {
        var sb = new StringBuilder("!<thin>\n");
        for (int i = 0; i < count; i++) sb.Append(ArHeader("m.o/", 64));
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>Archives nested <paramref name="depth"/> deep, the innermost holding a minimal ELF object.</summary>
    private static byte[] ArNested(int depth)
    {
        byte[] inner = MinimalElf64();
        for (int d = 0; d < depth; d++)
        {
            var ms = new MemoryStream();
            ms.Write("!<arch>\n"u8);
            ms.Write(Encoding.ASCII.GetBytes(ArHeader(d == 0 ? "m.o/" : "a.a/", inner.Length)));
            ms.Write(inner);
            if (inner.Length % 2 == 1) ms.WriteByte((byte)'\n');
            inner = ms.ToArray();
        }
        return inner;
    }

    /// <summary>An archive of <paramref name="count"/> gzip members of 8 MiB of zeros each: one budget for the input
    /// stops them.</summary>
    private static byte[] ArOfGzipBombs(int count)
    {
        var bomb = Gzip(new byte[8 << 20]);
        var ms = new MemoryStream();
        ms.Write("!<arch>\n"u8);
        for (int i = 0; i < count; i++)
        {
            ms.Write(Encoding.ASCII.GetBytes(ArHeader("z" + i.ToString(CultureInfo.InvariantCulture) + ".o.gz/", bomb.Length)));
            ms.Write(bomb);
            if (bomb.Length % 2 == 1) ms.WriteByte((byte)'\n');
        }
        return ms.ToArray();
    }

    // ---- compression ----------------------------------------------------------------------------------------------

    private static byte[] Gzip(byte[] data)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    /// <summary>An xz stream of "hello" (xz -1 --check=crc32) whose LZMA2 dictionary size byte is
    /// <paramref name="dictionary"/> (40: 4 GiB - 1; 37: 1.5 GiB), the block header's CRC-32 made again.</summary>
    private static byte[] XzWithDictionary(byte dictionary)
    {
        byte[] xz = Convert.FromHexString(
            "FD377A585A0000016922DE360200210110000000A8708E8601000468656C6C6F0000000086A6103600011905BCE8ECCB9042990D010000000001595A");
        xz[16] = dictionary;
        BinaryPrimitives.WriteUInt32LittleEndian(xz.AsSpan(20), Crc32.Compute(xz.AsSpan(12, 8)));
        return xz;
    }

    /// <summary>A zstd frame of "hello" (not single-segment, no content size) whose window descriptor asks for a window
    /// of 2^<paramref name="windowLog"/> bytes.</summary>
    private static byte[] ZstdWithWindowLog(int windowLog)
    {
        byte[] z = Convert.FromHexString("28B52FFD045829000068656C6C6FA36D9F88");
        z[5] = (byte)((windowLog - 10) << 3);
        return z;
    }

    // ---- bitcode --------------------------------------------------------------------------------------------------

    // Types: 0 = void, 1 = void (), 2 = ptr.
    private static void BcTypes(Bw w)
    {
        w.Enter(17); w.Rec(1, 3); w.Rec(2); w.Rec(21, 0, 0); w.Rec(25, 0); w.End();
    }

    private static byte[] BcNested(int depth) => Bw.Module(w =>
    {
        BcTypes(w);
        w.Rec(8, 0, 1, 1, 0, 1, 0); // declare void f()
        for (int i = 1; i < depth; i++) w.Enter(100);
        for (int i = 1; i < depth; i++) w.End();
    });

    /// <summary>In an unknown block (skipped by length when not read) and in the module block itself: DEFINE_ABBREVs
    /// of <paramref name="ops"/> char6 operands, the smallest operand (4 bits), <paramref name="count"/> of them.</summary>
    private static byte[] BcAbbreviations(int count, int ops) => Bw.Module(w =>
    {
        BcTypes(w);
        var op = Enumerable.Repeat((false, 4, 0), ops).ToArray();
        for (int i = 0; i < count; i++) w.DefineAbbrev(op);
        w.Rec(8, 0, 1, 1, 0, 1, 0); // declare void f()
    });

    /// <summary>BLOCKINFO giving the MODULE-level TYPE block <paramref name="abbrevs"/> abbreviations, then
    /// <paramref name="blocks"/> empty blocks of that id entered one after another.</summary>
    private static byte[] BcBlockInfoManyBlocks(int abbrevs, int blocks) => Bw.Module(w =>
    {
        w.Enter(0, 2);
        w.Rec(1, 100);
        for (int i = 0; i < abbrevs; i++) w.DefineAbbrev((true, 7, 0));
        w.End();
        BcTypes(w);
        w.Rec(8, 0, 1, 1, 0, 1, 0); // declare void f()
        for (int i = 0; i < blocks; i++) { w.Enter(100, 2); w.End(); }
    });

    /// <summary>One record whose array elements are fixed(1): 8 bytes of operand buffer per bit of input. At module level
    /// (an unknown record code), or in a function body.</summary>
    private static byte[] BcFixed1Array(int size, bool moduleLevel) => Bw.Module(w =>
    {
        BcTypes(w);
        w.Rec(8, 0, 1, 1, 0, moduleLevel ? 1UL : 0, 0); // a declaration, or a definition whose body holds the record
        if (!moduleLevel) { w.Enter(12); w.Rec(1, 1); }
        w.DefineAbbrev((true, 60, 0), (false, 3, 0), (false, 1, 1)); // [60, array of fixed(1)]
        int bits = (size - 64) * 8;
        w.Emit(4, w.Width); w.Vbr((ulong)bits, 6);
        for (int i = 0; i < bits; i++) w.Emit(1, 1);
        if (!moduleLevel) { w.Rec(10); w.End(); }
    });

    /// <summary>A type block whose NUMENTRY claims as many types as the block can hold, the block then filled by a blob.</summary>
    private static byte[] BcTypeNumentry(int size) => Bw.Module(w =>
    {
        w.Enter(17);
        w.Rec(1, uint.MaxValue);
        w.DefineAbbrev((true, 99, 0), (false, 5, 0));
        w.Blob(4, size - 64);
        w.Rec(2); w.Rec(21, 0, 0); w.Rec(25, 0);
        w.End();
        w.Rec(8, 0, 1, 1, 0, 1, 0); // declare void f()
    });

    /// <summary>Function types of as many ptr parameters as the type block holds (FUNCTION [vararg, ret, params...]),
    /// through an abbreviation with an array of fixed(1): one bit per parameter.</summary>
    private static byte[] BcFunctionTypes(int size) => Bw.Module(w =>
    {
        w.Enter(17);
        w.Rec(1, 4);
        w.Rec(2); w.Rec(25, 0); // 0 void, 1 ptr
        w.DefineAbbrev((true, 21, 0), (false, 1, 1), (false, 1, 1), (false, 3, 0), (false, 1, 1)); // [21, vararg, ret, array fixed(1)]
        int per = 4096;
        for (int used = 0; used + per / 8 + 16 < size - 64;)
        {
            w.Emit(4, w.Width); w.Emit(0, 1); w.Emit(0, 1); w.Vbr((ulong)per, 6);
            for (int i = 0; i < per; i++) w.Emit(1, 1);
            used += per / 8 + 4;
        }
        w.End();
        w.Rec(8, 0, 1, 1, 0, 1, 0); // declare void f()
    });

    /// <summary><paramref name="count"/> FUNCTION records (declarations, or definitions with bodies of calls to f0).</summary>
    private static byte[] BcManyFunctions(int count, bool bodies, int callsPerBody = 0) => BcManyFunctionsWith(count, bodies, callsPerBody);

    private static byte[] BcManyFunctionsWith(int count, bool bodies, int callsPerBody)
    {
        var strtab = new StringBuilder();
        for (int i = 0; i < count; i++) strtab.Append("f" + i.ToString("x", CultureInfo.InvariantCulture));
        return Bw.Module(w =>
        {
            BcTypes(w);
            int at = 0;
            for (int i = 0; i < count; i++)
            {
                int len = 1 + i.ToString("x", CultureInfo.InvariantCulture).Length;
                w.Rec(8, (ulong)at, (ulong)len, 1, 0, bodies ? 0UL : 1, 0);
                at += len;
            }
            if (!bodies) return;
            for (int i = 0; i < count; i++)
            {
                w.Enter(12); w.Rec(1, 1);
                for (int k = 0; k < callsPerBody; k++) w.Rec(34, 0, 1UL << 15, 1, (ulong)count); // call void f0(): relative id
                w.Rec(10); w.End();
            }
        }, strtab.ToString());
    }

    /// <summary>A module whose MODULE_CODE_ASM is <paramref name="asm"/>.</summary>
    private static byte[] BcModuleAsm(string asm) => Bw.Module(w =>
    {
        w.Rec(4, asm.Select(c => (ulong)c).ToArray());
        BcTypes(w);
        w.Rec(8, 0, 1, 1, 0, 1, 0);
    });

    // ---- asm ------------------------------------------------------------------------------------------------------

    /// <summary>Macros each calling the previous twice: 2^<paramref name="levels"/> statements from a few hundred bytes.</summary>
    private static string MacroDoubling(int levels)
    {
        var sb = new StringBuilder(".macro m0\ncall f\n.endm\n");
        for (int i = 1; i <= levels; i++) sb.Append(CultureInfo.InvariantCulture, $".macro m{i}\nm{i - 1}\nm{i - 1}\n.endm\n");
        sb.Append(CultureInfo.InvariantCulture, $"m{levels}\n");
        return sb.ToString();
    }

    /// <summary>An .irp whose list and body are both long: each element substituted into the whole body.</summary>
    private static string IrpLong(int size)
    {
        int half = size / 2;
        var list = string.Join(",", Enumerable.Range(0, half / 6).Select(i => "s" + i.ToString("x4", CultureInfo.InvariantCulture)));
        var body = string.Concat(Enumerable.Repeat("call \\x\n", half / 8));
        return $".irp x,{list}\n{body}.endr\n";
    }

    /// <summary>A template of "call $N" statements over many "i" operands.</summary>
    private static string InlineManyReferences(int size)
    {
        int operands = 1000;
        var constraints = string.Join(",", Enumerable.Repeat("i", operands));
        var sb = new StringBuilder(constraints).Append('\n');
        for (int i = 0; sb.Length < size; i++) sb.Append(CultureInfo.InvariantCulture, $"call ${i % operands}\n");
        return sb.ToString();
    }

    /// <summary>Register operands glued into names, each with every general register as a candidate.</summary>
    private static string InlineGlued()
    {
        int operands = 16;
        var constraints = string.Join(",", Enumerable.Repeat("r", operands));
        var sb = new StringBuilder(constraints).Append('\n');
        for (int rep = 0; rep < 200; rep++)
            for (int i = 0; i < operands; i++) sb.Append(CultureInfo.InvariantCulture, $"call sym_${{{i}:k}}_x\n");
        return sb.ToString();
    }

    /// <summary>One "i" operand whose symbol name is <paramref name="nameLength"/> long, printed <paramref name="uses"/>
    /// times: the rendered text is uses × nameLength.</summary>
    private static string InlineLongSymbol(int uses, int nameLength)
    {
        var sb = new StringBuilder("i\n#name-length ").Append(nameLength).Append('\n');
        for (int i = 0; i < uses; i++) sb.Append("$0\n");
        return sb.ToString();
    }
}
