using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KsymTrim.Inputs;
using KsymTrim.Archive;
using KsymTrim.Diagnostics;
using KsymTrim.Elf;
using KsymTrim.IO;
using KsymTrim.Kbuild;
using KsymTrim.Objects;
using KsymTrim.Tests.IO;

namespace KsymTrim.Tests.Mutation;

/// <summary>
/// Seeded mutations of real modules and of fixtures. Contract under test (ElfFile, ArArchive, InputLoader):
/// malformed input raises <see cref="KsymFormatException"/> and nothing else, and never takes long.
/// Every case is reproducible from the base file, the seed and the case number in the failure message.
/// </summary>
[TestFixture]
public sealed class MutationTests
{
    private const int RandomCases = 200;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(2);

    public sealed record Base(string Name, int Seed, bool Corpus)
    {
        public override string ToString() => Name;
    }

    // b1*-*.orig.ko: real Debian modules from the shared corpus (skipped when absent); and committed fixtures
    // covering ELF32, big-endian ELF64, a GNU archive and a thin archive.
    public static readonly Base[] Bases =
    [
        new("b10-nfcsim.orig.ko", 1010, true),
        new("b13-ftl.orig.ko", 1013, true),
        new("b16-usbtouchscreen.orig.ko", 1016, true),
        new("x86_64/symbols.o", 6401, false),
        new("i386/symbols.o", 3201, false),
        new("ppc64/symbols.o", 2101, false),
        new("archives/gnu.a", 7001, false),
        new("archives/thin.a", 7002, false),
    ];

    private string _temp = "";

    [SetUp]
    public void SetUp()
    {
        _temp = Path.Combine(Path.GetTempPath(), "ksymtrim-mutation-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_temp);
    }

    [TearDown]
    public void TearDown()
    {
        try { Directory.Delete(_temp, recursive: true); } catch (IOException) { }
    }

    private static string SourcePath(Base b) =>
        b.Corpus ? Path.Combine(ReaderPaths.Corpus, "bad-inputs", b.Name) : ReaderPaths.Fixture(b.Name.Split('/'));

    /// <summary>One mutant: the bytes of the input, and optionally replacement bytes for one thin member.</summary>
    private sealed record Mutant(string What, byte[] Data, string? MemberName = null, byte[]? MemberData = null);

    // --- ELF structure ----------------------------------------------------------------------------------------

    private sealed record ElfLayout(bool Is64, bool Big, int EhSize, long ShOff, int ShEntSize, int ShCount,
        List<(long Offset, long Size, ElfSectionType Type)> Sections, int SymtabIndex, int StrtabIndex, int ShstrIndex);

    private static ElfLayout Layout(byte[] data)
    {
        var elf = ElfFile.Parse(data);
        int symtab = -1;
        for (int i = 1; i < elf.SectionCount; i++) if (elf.Sections[i].Type == ElfSectionType.SymbolTable) symtab = i;
        int strtab = symtab > 0 ? (int)elf.Sections[symtab].Link : -1;
        int shstr = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(elf.Is64 ? 62 : 50));
        if (elf.IsBigEndian) shstr = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(elf.Is64 ? 62 : 50));
        long shoff = elf.Is64
            ? (long)(elf.IsBigEndian ? BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(40)) : BinaryPrimitives.ReadUInt64LittleEndian(data.AsSpan(40)))
            : elf.IsBigEndian ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(32)) : BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(32));
        var sections = new List<(long, long, ElfSectionType)>();
        for (int i = 0; i < elf.SectionCount; i++)
            sections.Add(((long)elf.Sections[i].Offset, (long)elf.Sections[i].Size, elf.Sections[i].Type));
        return new ElfLayout(elf.Is64, elf.IsBigEndian, elf.Is64 ? 64 : 52, shoff, elf.Is64 ? 64 : 40, elf.SectionCount,
            sections, symtab, strtab, shstr);
    }

    /// <summary>Every structural boundary of an ELF image, each ±1: header, section headers, sections, symbols.</summary>
    private static SortedSet<long> Boundaries(ElfLayout l, long length)
    {
        var points = new SortedSet<long> { 0, 4, 16, l.EhSize - 1, l.EhSize };
        for (int i = 0; i <= l.ShCount; i++) points.Add(l.ShOff + (long)i * l.ShEntSize);
        foreach (var (off, size, type) in l.Sections)
        {
            if (type is ElfSectionType.Null or ElfSectionType.NoBits) continue;
            points.Add(off);
            points.Add(off + size);
        }
        if (l.SymtabIndex > 0)
        {
            var (off, size, _) = l.Sections[l.SymtabIndex];
            int ent = l.Is64 ? 24 : 16;
            for (long at = off; at <= off + size; at += ent) points.Add(at);
        }
        var result = new SortedSet<long>();
        foreach (var p in points)
            foreach (var d in new long[] { -1, 0, 1 })
                if (p + d >= 0 && p + d < length) result.Add(p + d);
        return result;
    }

    private static void Put(byte[] d, long at, int width, ulong value, bool big)
    {
        if (at < 0 || at + width > d.Length) return;
        var s = d.AsSpan((int)at, width);
        switch (width)
        {
            case 2: if (big) BinaryPrimitives.WriteUInt16BigEndian(s, (ushort)value); else BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)value); break;
            case 4: if (big) BinaryPrimitives.WriteUInt32BigEndian(s, (uint)value); else BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)value); break;
            default: if (big) BinaryPrimitives.WriteUInt64BigEndian(s, value); else BinaryPrimitives.WriteUInt64LittleEndian(s, value); break;
        }
    }

    private static void Flip(Random r, byte[] d, long from, long to, int count)
    {
        if (to <= from) return;
        for (int k = 0; k < count; k++)
        {
            long at = from + r.NextInt64(to - from);
            if (at >= 0 && at < d.Length) d[at] ^= (byte)(1 + r.Next(255));
        }
    }

    private static readonly ulong[] HugeValues =
    [
        0xffffffffUL, 0xffffffffffffffffUL, 0x80000000UL, 0x7fffffffUL, 0x7fffffffffffffffUL, 0xff00, 0xffff, 0xfff1,
        0xfff2, 0x10000, 0, 1, 3,
    ];

    /// <summary>A huge or special value written into one field of the header, a section header or a symbol.</summary>
    private static string HugeField(Random r, byte[] d, ElfLayout l, long baseOff)
    {
        ulong v = HugeValues[r.Next(HugeValues.Length)];
        if (r.Next(8) == 0) v = (ulong)l.ShCount + (ulong)r.Next(3);
        bool is64 = l.Is64, big = l.Big;
        int word = is64 ? 8 : 4;
        int pick = r.Next(3);
        if (pick == 0)
        {
            // e_shoff, e_shentsize, e_shnum, e_shstrndx
            var fields = new (string, int, int)[]
            {
                ("e_shoff", is64 ? 40 : 32, word), ("e_shentsize", is64 ? 58 : 46, 2), ("e_shnum", is64 ? 60 : 48, 2),
                ("e_shstrndx", is64 ? 62 : 50, 2),
            };
            var (name, at, w) = fields[r.Next(fields.Length)];
            Put(d, baseOff + at, w, v, big);
            return $"{name}=0x{v:x}";
        }
        if (pick == 1)
        {
            int i = r.Next(l.ShCount);
            long sh = baseOff + l.ShOff + (long)i * l.ShEntSize;
            var fields = is64
                ? new (string, int, int)[] { ("sh_name", 0, 4), ("sh_type", 4, 4), ("sh_offset", 24, 8), ("sh_size", 32, 8), ("sh_link", 40, 4), ("sh_info", 44, 4), ("sh_entsize", 56, 8) }
                : new (string, int, int)[] { ("sh_name", 0, 4), ("sh_type", 4, 4), ("sh_offset", 16, 4), ("sh_size", 20, 4), ("sh_link", 24, 4), ("sh_info", 28, 4), ("sh_entsize", 36, 4) };
            var (name, at, w) = fields[r.Next(fields.Length)];
            Put(d, sh + at, w, v, big);
            return $"section[{i}].{name}=0x{v:x}";
        }
        if (l.SymtabIndex <= 0) return "no symtab";
        var (off, size, _) = l.Sections[l.SymtabIndex];
        int ent = is64 ? 24 : 16;
        long count = size / ent;
        long j = count <= 1 ? 0 : 1 + r.NextInt64(count - 1);
        long sym = baseOff + off + j * ent;
        var sf = is64
            ? new (string, int, int)[] { ("st_name", 0, 4), ("st_shndx", 6, 2), ("st_value", 8, 8), ("st_size", 16, 8), ("st_info", 4, 1) }
            : new (string, int, int)[] { ("st_name", 0, 4), ("st_shndx", 14, 2), ("st_value", 4, 4), ("st_size", 8, 4), ("st_info", 12, 1) };
        var (fname, fat, fw) = sf[r.Next(sf.Length)];
        if (fw == 1) d[sym + fat] = (byte)v; else Put(d, sym + fat, fw, v, big);
        return $"symbol[{j}].{fname}=0x{v:x}";
    }

    /// <summary>One random ELF mutation of the image at <paramref name="baseOff"/> inside <paramref name="d"/>
    /// (truncation is applied by the caller only for whole-file ELF inputs).</summary>
    private static string MutateElf(Random r, byte[] d, ElfLayout l, long baseOff, long length)
    {
        switch (r.Next(6))
        {
            case 0:
                Flip(r, d, baseOff, baseOff + l.EhSize, 1 + r.Next(3));
                return "flip ELF header";
            case 1:
                Flip(r, d, baseOff + l.ShOff, baseOff + l.ShOff + (long)l.ShCount * l.ShEntSize, 1 + r.Next(4));
                return "flip section headers";
            case 2 when l.SymtabIndex > 0:
                {
                    var (off, size, _) = l.Sections[l.SymtabIndex];
                    Flip(r, d, baseOff + off, baseOff + off + size, 1 + r.Next(6));
                    return "flip .symtab";
                }
            case 3:
                {
                    int s = r.Next(2) == 0 && l.StrtabIndex > 0 ? l.StrtabIndex : (l.ShstrIndex is > 0 and < 0xff00 ? l.ShstrIndex : 1);
                    var (off, size, _) = l.Sections[Math.Min(s, l.Sections.Count - 1)];
                    // Strings: hit the final NUL often, so unterminated tables are exercised.
                    if (r.Next(2) == 0 && size > 0) d[baseOff + off + size - 1] = (byte)'A';
                    else Flip(r, d, baseOff + off, baseOff + off + size, 1 + r.Next(3));
                    return "corrupt string table";
                }
            case 4:
                return HugeField(r, d, l, baseOff);
            default:
                Flip(r, d, baseOff, baseOff + length, 1 + r.Next(8));
                return "flip anywhere";
        }
    }

    // --- mutant generators ------------------------------------------------------------------------------------

    private static IEnumerable<Mutant> ElfMutants(byte[] original, int seed)
    {
        var l = Layout(original);
        foreach (var cut in Boundaries(l, original.Length))
            yield return new Mutant($"truncate at boundary {cut}", original.AsSpan(0, (int)cut).ToArray());
        var r = new Random(seed);
        for (int i = 0; i < RandomCases; i++)
        {
            var d = (byte[])original.Clone();
            if (r.Next(7) == 0)
            {
                int cut = r.Next(original.Length);
                yield return new Mutant($"random case {i}: truncate at {cut}", d.AsSpan(0, cut).ToArray());
                continue;
            }
            string what = MutateElf(r, d, l, 0, original.Length);
            if (r.Next(4) == 0) what += "; " + MutateElf(r, d, l, 0, original.Length);
            yield return new Mutant($"random case {i}: {what}", d);
        }
    }

    private static IEnumerable<Mutant> ArchiveMutants(byte[] original, int seed, string folder)
    {
        var ar = ArArchive.Parse(original);
        var headers = new List<long>();
        for (long pos = 8; pos + 60 <= original.Length;)
        {
            headers.Add(pos);
            long size = long.Parse(Encoding.ASCII.GetString(original, (int)pos + 48, 10).Trim(), CultureInfo.InvariantCulture);
            bool external = ar.IsThin && ar.Members.Any(m => m.HeaderOffset == pos);
            pos += 60 + (external ? 0 : size);
            if (pos % 2 == 1) pos++;
        }
        var cuts = new SortedSet<long>();
        foreach (var h in headers)
            foreach (var p in new[] { h, h + 16, h + 48, h + 58, h + 60 })
                foreach (var dd in new long[] { -1, 0, 1 })
                    if (p + dd > 0 && p + dd < original.Length) cuts.Add(p + dd);
        foreach (var m in ar.Members.Where(m => !m.IsExternal))
            cuts.Add(m.DataOffset + m.Size - 1);
        foreach (var cut in cuts) yield return new Mutant($"truncate at boundary {cut}", original.AsSpan(0, (int)cut).ToArray());

        var inMember = ar.Members.Where(m => !m.IsExternal).Select(m => (m, Layout(ar.GetData(m).ToArray()))).ToList();
        var thinMember = ar.IsThin ? ar.Members[1] : default;
        byte[]? thinBytes = ar.IsThin ? File.ReadAllBytes(Path.Combine(folder, thinMember.Name)) : null;
        var thinLayout = thinBytes is null ? null : Layout(thinBytes);

        var r = new Random(seed);
        string[] sizes = ["", " ", "-1", "1a", "999999999", "9999999999", "0", "1", "60", "0000000001"];
        for (int i = 0; i < RandomCases; i++)
        {
            var d = (byte[])original.Clone();
            long h = headers[r.Next(headers.Count)];
            switch (r.Next(7))
            {
                case 0:
                    {
                        int cut = r.Next(original.Length);
                        yield return new Mutant($"random case {i}: truncate at {cut}", d.AsSpan(0, cut).ToArray());
                        continue;
                    }
                case 1:
                    Flip(r, d, h, h + 60, 1 + r.Next(3));
                    yield return new Mutant($"random case {i}: flip header at {h}", d);
                    continue;
                case 2:
                    {
                        var s = sizes[r.Next(sizes.Length)].PadRight(10)[..10];
                        Encoding.ASCII.GetBytes(s, d.AsSpan((int)h + 48, 10));
                        yield return new Mutant($"random case {i}: size field at {h} = '{s}'", d);
                        continue;
                    }
                case 3:
                    {
                        string[] names = ["/", "//", "/0", "/99999", "/SYM64/", "#1/20", "#1/99999999", "__.SYMDEF", "", "a.o/", "/ ", "../x.o/", "/etc/passwd/", ".", "members/"];
                        var n = names[r.Next(names.Length)].PadRight(16);
                        Encoding.ASCII.GetBytes(n, d.AsSpan((int)h, 16));
                        yield return new Mutant($"random case {i}: name at {h} = '{n.TrimEnd()}'", d);
                        continue;
                    }
                case 4 when inMember.Count > 0:
                    {
                        var (m, layout) = inMember[r.Next(inMember.Count)];
                        string what = MutateElf(r, d, layout, m.DataOffset, m.Size);
                        yield return new Mutant($"random case {i}: member {m.Name}: {what}", d);
                        continue;
                    }
                case 4 when thinBytes is not null:
                    {
                        var md = (byte[])thinBytes.Clone();
                        string what;
                        if (r.Next(5) == 0)
                        {
                            int cut = r.Next(md.Length);
                            md = md.AsSpan(0, cut).ToArray();
                            what = $"truncate at {cut}";
                        }
                        else what = MutateElf(r, md, thinLayout!, 0, md.Length);
                        yield return new Mutant($"random case {i}: thin member {thinMember.Name}: {what}", d, thinMember.Name, md);
                        continue;
                    }
                case 5:
                    if (original.Length > 8) Flip(r, d, 8, original.Length, 1 + r.Next(8));
                    yield return new Mutant($"random case {i}: flip anywhere", d);
                    continue;
                default:
                    {
                        // A digit of the size field replaced: off by some bytes rather than absurd.
                        int at = (int)h + 48 + r.Next(10);
                        d[at] = (byte)('0' + r.Next(10));
                        yield return new Mutant($"random case {i}: size digit at {at}", d);
                        continue;
                    }
            }
        }
    }

    // --- the harness ------------------------------------------------------------------------------------------

    private static int _rejections;

    private static void Guard(List<string> failures, string where, Action action)
    {
        try { action(); }
        catch (KsymFormatException) { Interlocked.Increment(ref _rejections); }
        catch (Exception e)
        {
            var frame = e.StackTrace?.Split('\n').FirstOrDefault(f => f.Contains("KsymTrim.", StringComparison.Ordinal) && !f.Contains("KsymTrim.Tests", StringComparison.Ordinal))?.Trim();
            failures.Add($"{where}: {e.GetType().Name}: {e.Message} [{frame}]");
        }
    }

    /// <summary>The operations of the brief: the analyzer and nm over every loaded unit.</summary>
    private static void AnalyzeAndNm(string path, List<string> failures)
    {
        Guard(failures, "ModuleAnalyzer.GetReferences", () => new ModuleAnalyzer().GetReferences(path));
        Guard(failures, "InputLoader.Load/ObjectSymbols.ForNm", () =>
        {
            using var input = InputLoader.Load(path);
            foreach (var u in input.Units)
                Guard(failures, "ObjectSymbols.ForNm " + u.Member, () => ObjectSymbols.ForNm(u));
        });
    }

    /// <summary>The rest of the ELF API over every unit: section names, relocations, module metadata, nm letters.</summary>
    private static void ElfApi(string path, List<string> failures)
    {
        Guard(failures, "InputLoader.Load", () =>
        {
            using var input = InputLoader.Load(path);
            foreach (var u in input.Units)
            {
                if (u.Kind != FileKind.Elf) continue;
                ElfFile? elf = null;
                // Plain ELF files are read on demand through the unit's range source; members and
                // decompressed files are in memory.
                Guard(failures, "ElfFile.Parse", () => elf = u.Source is not null ? ElfFile.Parse(u.Source) : ElfFile.Parse(u.Data));
                if (elf is null) continue;
                Guard(failures, "GetSectionName", () => { for (int i = 0; i < elf.SectionCount; i++) elf.GetSectionName(i); });
                Guard(failures, "ReadModInfo", () => KernelModuleInfo.ReadModInfo(elf));
                Guard(failures, "ReadVersions", () => KernelModuleInfo.ReadVersions(elf));
                Guard(failures, "ReadExports", () => KernelModuleInfo.ReadExports(elf));
                Guard(failures, "Letters", () =>
                {
                    var t = elf.GetSymbolTable();
                    if (t is null) return;
                    foreach (var s in t) { ElfNm.Letter(elf, s); t.GetName(s); }
                });
                foreach (int rs in elf.RelocationSections())
                    Guard(failures, $"relocations [{rs}]", () =>
                    {
                        var rel = elf.OpenRelocations(rs);
                        for (int i = 0; i < rel.Count; i++) rel.Symbols.GetName(rel.Symbols[(int)rel[i].SymbolIndex]);
                    });
            }
        });
    }

    private void RunAll(Base b, Action<string, List<string>> operations)
    {
        string source = SourcePath(b);
        if (!File.Exists(source)) Assert.Ignore($"{source} is absent");
        var original = File.ReadAllBytes(source);
        bool archive = ArArchive.IsArchive(original);
        string folder = _temp;
        string? memberFolder = null;
        if (archive && original.AsSpan().StartsWith("!<thin>\n"u8))
        {
            // Thin archive: copy its members beside the mutant, relative paths preserved.
            foreach (var m in ArArchive.Parse(original).Members)
            {
                string dst = Path.Combine(folder, m.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(dst)!);
                File.Copy(Path.Combine(Path.GetDirectoryName(source)!, m.Name), dst, overwrite: true);
            }
            memberFolder = folder;
        }
        var mutants = archive ? ArchiveMutants(original, b.Seed, memberFolder ?? folder) : ElfMutants(original, b.Seed);
        string path = Path.Combine(folder, archive ? "mutant.a" : "mutant.ko");
        var failures = new List<string>();
        int n = 0, rejectedCases = 0;
        foreach (var mutant in mutants)
        {
            n++;
            File.WriteAllBytes(path, mutant.Data);
            byte[]? restore = null;
            string? memberPath = null;
            if (mutant.MemberName is not null)
            {
                memberPath = Path.Combine(folder, mutant.MemberName);
                restore = File.ReadAllBytes(memberPath);
                File.WriteAllBytes(memberPath, mutant.MemberData!);
            }
            var caseFailures = new List<string>();
            int rejectionsBefore = Volatile.Read(ref _rejections);
            var sw = Stopwatch.StartNew();
            var task = Task.Run(() => operations(path, caseFailures));
            bool done = task.Wait(TimeSpan.FromSeconds(20));
            sw.Stop();
            string id = $"{b.Name} seed {b.Seed} {mutant.What}";
            if (!done) failures.Add($"{id}: did not finish in 20 s");
            else if (sw.Elapsed > CaseLimit) failures.Add($"{id}: took {sw.Elapsed.TotalSeconds:F1} s (limit {CaseLimit.TotalSeconds} s)");
            lock (caseFailures) foreach (var f in caseFailures) failures.Add($"{id}: {f}");
            if (caseFailures.Count > 0) Keep(b, n, mutant);
            if (Volatile.Read(ref _rejections) != rejectionsBefore) rejectedCases++;
            if (memberPath is not null) File.WriteAllBytes(memberPath, restore!);
            if (!done) break;
        }
        Assert.That(n, Is.GreaterThanOrEqualTo(RandomCases), "cases generated");
        // The mutations must bite without being all fatal: some mutants are rejected, some still read.
        Assert.That(rejectedCases, Is.GreaterThan(n / 10).And.LessThan(n), $"{rejectedCases} of {n} mutants rejected");
        Assert.That(failures, Is.Empty,
            $"{failures.Count} of {n} cases raised something other than KsymFormatException (mutants kept under {KeepFolder}):\n" +
            string.Join("\n", failures.Take(25)));
    }

    private static string KeepFolder => Path.Combine(Path.GetTempPath(), "ksymtrim-mutants");

    /// <summary>Keeps a failing mutant for diagnosis (one per base and case).</summary>
    private static void Keep(Base b, int n, Mutant m)
    {
        try
        {
            Directory.CreateDirectory(KeepFolder);
            string stem = Path.Combine(KeepFolder, b.Name.Replace('/', '_') + $".case{n}");
            File.WriteAllBytes(stem + ".bin", m.Data);
            if (m.MemberData is not null) File.WriteAllBytes(stem + ".member.bin", m.MemberData);
            File.WriteAllText(stem + ".txt", m.What + "\n");
        }
        catch (IOException) { }
    }

    [TestCaseSource(nameof(Bases))]
    public void Mutants_analyze_and_nm_throw_only_KsymFormatException(Base b) => RunAll(b, AnalyzeAndNm);

    [TestCaseSource(nameof(Bases))]
    public void Mutants_through_the_whole_elf_api_throw_only_KsymFormatException(Base b) => RunAll(b, ElfApi);

    [Test]
    public void Unmutated_bases_are_read_without_error()
    {
        foreach (var b in Bases)
        {
            string source = SourcePath(b);
            if (!File.Exists(source)) continue;
            var refs = new ModuleAnalyzer().GetReferences(source);
            Assert.That(refs.References, Is.Not.Empty, b.Name);
        }
    }
}
