using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using KsymTrim.Analysis;
using KsymTrim.Kbuild;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Corpus;

/// <summary>
/// Run-time lookups over Debian's 6.1 amd64 modules (../shared/corpus/fetch-debian-modules.sh), against names
/// found another way: <c>llvm-objdump -dr</c> of each module that imports <c>__symbol_get</c> or <c>__symbol_put</c>,
/// the string each call's first argument (%rdi) was loaded with, traced back through register moves, and read
/// from the section bytes by a minimal ELF64 reader of this file (not KsymTrim's).
/// </summary>
[TestFixture]
[NonParallelizable]
public partial class DebianRuntimeLookupTests
{
    private static readonly Lazy<(string Root, List<string> Files)?> Tree = new(() =>
    {
        var dir = TestPaths.DebianModules;
        if (dir is null) return null;
        var root = Path.Combine(dir, "lib", "modules");
        var files = Directory.EnumerateFiles(root, "*.ko", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        return files.Count == 0 ? null : (root, files);
    });

    private static (string Root, List<string> Files) RequireTree() =>
        Tree.Value ?? Ignore<(string, List<string>)>("Debian modules are absent (run ../shared/corpus/fetch-debian-modules.sh /var/tmp/ksymtrim-debian)");

    private static T Ignore<T>(string why)
    {
        Assert.Ignore(why);
        return default!;
    }

    /// <summary>Per module importing a lookup function: the constant names objdump shows it passing.</summary>
    private static readonly Lazy<Dictionary<string, SortedSet<string>>> Truth = new(ComputeTruth);

    private static Dictionary<string, SortedSet<string>> ComputeTruth()
    {
        var (_, files) = RequireTree();
        var objdump = ExternalTool.Require("llvm-objdump-14");
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            // The importers: the name of a lookup function is in the string table (a byte search, no ELF parsing).
            if (bytes.AsSpan().IndexOf("\0__symbol_get\0"u8) < 0 && bytes.AsSpan().IndexOf("\0__symbol_put\0"u8) < 0) continue;
            var (code, stdout, stderr) = ExternalTool.Run(objdump, "-dr", "--no-show-raw-insn", file);
            Assert.That(code, Is.EqualTo(0), stderr);
            result[file] = NamesPassed(stdout, Elf64Sections(bytes), bytes);
        }
        return result;
    }

    // ---- an independent reading of the objdump listing -----------------------------------------------------------

    [GeneratedRegex(@"^[0-9a-f]+ <(?<fn>[^>]+)>:$")]
    private static partial Regex FunctionLine();

    [GeneratedRegex(@"^\s+(?<addr>[0-9a-f]+):\s+(?<mn>\S+)(?:\s+(?<ops>.*))?$")]
    private static partial Regex InstructionLine();

    [GeneratedRegex(@"^\s+[0-9a-f]+:\s+(?<type>R_X86_64_\w+)\s+(?<sym>[^\s+-]+)(?:(?<sign>[+-])0x(?<off>[0-9a-f]+))?$")]
    private static partial Regex RelocationLine();

    private sealed record Insn(string Mnemonic, string Operands, List<(string Type, string Symbol, long Addend)> Relocs);

    private static readonly string[] CallerSaved = ["rdi", "rsi", "rdx", "rcx", "r8", "r9", "r10", "r11", "rax"];

    private static readonly Dictionary<string, string> Widen = new()
    {
        ["edi"] = "rdi", ["esi"] = "rsi", ["edx"] = "rdx", ["ecx"] = "rcx", ["eax"] = "rax", ["ebx"] = "rbx", ["ebp"] = "rbp",
        ["r12d"] = "r12", ["r13d"] = "r13", ["r14d"] = "r14", ["r15d"] = "r15", ["r8d"] = "r8", ["r9d"] = "r9",
    };

    private static string Reg(string operand)
    {
        var r = operand.Trim().TrimStart('%');
        return Widen.GetValueOrDefault(r, r);
    }

    /// <summary>For every call or tail call to __symbol_get/__symbol_put: the string %rdi holds, found by walking back
    /// (within the function, ignoring branches) to the instruction that wrote it: <c>mov $sym+off</c> (R_X86_64_32S),
    /// <c>lea sym+off(%rip)</c> (R_X86_64_PC32, +4), or a register move, followed to that register's writer.</summary>
    private static SortedSet<string> NamesPassed(string listing, Dictionary<string, (long Offset, long Size)> sections, byte[] bytes)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var fn = new List<Insn>();
        void Flush()
        {
            for (int i = 0; i < fn.Count; i++)
            {
                var insn = fn[i];
                if (!insn.Mnemonic.StartsWith("call", StringComparison.Ordinal) && !insn.Mnemonic.StartsWith("jmp", StringComparison.Ordinal)) continue;
                if (!insn.Relocs.Any(r => r.Symbol is "__symbol_get" or "__symbol_put")) continue;
                if (Trace(fn, i, "rdi", 0) is var (section, offset) && sections.TryGetValue(section, out var s) && offset >= 0 && offset < s.Size)
                {
                    var rest = bytes.AsSpan((int)(s.Offset + offset), (int)(s.Size - offset));
                    int nul = rest.IndexOf((byte)0);
                    if (nul > 0) names.Add(Encoding.ASCII.GetString(rest[..nul]));
                }
            }
            fn.Clear();
        }
        foreach (var line in listing.Split('\n'))
        {
            if (FunctionLine().IsMatch(line)) { Flush(); continue; }
            var rel = RelocationLine().Match(line);
            if (rel.Success)
            {
                if (fn.Count == 0) continue;
                long addend = rel.Groups["off"].Success ? Convert.ToInt64(rel.Groups["off"].Value, 16) : 0;
                if (rel.Groups["sign"].Value == "-") addend = -addend;
                fn[^1].Relocs.Add((rel.Groups["type"].Value, rel.Groups["sym"].Value, addend));
                continue;
            }
            var m = InstructionLine().Match(line);
            if (m.Success) fn.Add(new Insn(m.Groups["mn"].Value, m.Groups["ops"].Value, []));
        }
        Flush();
        return names;
    }

    private static (string Section, long Offset)? Trace(List<Insn> fn, int at, string reg, int depth)
    {
        if (depth > 4) return null;
        for (int j = at - 1; j >= 0; j--)
        {
            var insn = fn[j];
            if (insn.Mnemonic.StartsWith("call", StringComparison.Ordinal) && CallerSaved.Contains(reg)) return null;
            var ops = insn.Operands.Split(',');
            if (ops.Length < 2 || Reg(ops[^1]) != reg) continue;
            foreach (var (type, symbol, addend) in insn.Relocs)
            {
                if (type is "R_X86_64_32S" or "R_X86_64_32" && insn.Mnemonic.StartsWith("mov", StringComparison.Ordinal)) return (symbol, addend);
                if (type == "R_X86_64_PC32" && insn.Mnemonic.StartsWith("lea", StringComparison.Ordinal)) return (symbol, addend + 4);
            }
            var source = ops[0].Trim();
            if (insn.Mnemonic.StartsWith("mov", StringComparison.Ordinal) && source.StartsWith('%') && ops.Length == 2)
                return Trace(fn, j, Reg(source), depth + 1);
            return null; // written some other way: not a constant this reading can see
        }
        return null;
    }

    /// <summary>Section name to (file offset, size), for a little-endian ELF64 file: enough to read strings.</summary>
    private static Dictionary<string, (long Offset, long Size)> Elf64Sections(byte[] b)
    {
        var s = b.AsSpan();
        long shoff = (long)BinaryPrimitives.ReadUInt64LittleEndian(s[40..]);
        int shentsize = BinaryPrimitives.ReadUInt16LittleEndian(s[58..]);
        int shnum = BinaryPrimitives.ReadUInt16LittleEndian(s[60..]);
        int shstrndx = BinaryPrimitives.ReadUInt16LittleEndian(s[62..]);
        (long Name, long Offset, long Size) Header(int i)
        {
            var h = b.AsSpan((int)(shoff + (long)i * shentsize), shentsize);
            return (BinaryPrimitives.ReadUInt32LittleEndian(h), (long)BinaryPrimitives.ReadUInt64LittleEndian(h[24..]),
                (long)BinaryPrimitives.ReadUInt64LittleEndian(h[32..]));
        }
        var names = Header(shstrndx);
        var result = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        for (int i = 1; i < shnum; i++)
        {
            var h = Header(i);
            var rest = s[(int)(names.Offset + h.Name)..];
            result.TryAdd(Encoding.ASCII.GetString(rest[..rest.IndexOf((byte)0)]), (h.Offset, h.Size));
        }
        return result;
    }

    // ---- the tests ----------------------------------------------------------------------------------------------

    /// <summary>(a) Every constant name objdump shows a module passing to a lookup function is a runtime-lookup
    /// reference of that module, and in <c>used</c>.</summary>
    [Test]
    public void Every_name_objdump_shows_passed_to_a_lookup_function_is_reported()
    {
        var (root, _) = RequireTree();
        var truth = Truth.Value;
        int names = truth.Values.Sum(v => v.Count);
        var distinct = truth.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
        TestContext.Out.WriteLine($"{truth.Count} modules import __symbol_get/__symbol_put; objdump shows {names} constant names passed ({distinct.Count} distinct)");
        Assert.That(truth.Count, Is.GreaterThan(40), "Debian 6.1 has about 55 such modules");
        Assert.That(distinct.Count, Is.GreaterThan(100));

        var analyzer = new ModuleAnalyzer();
        var results = analyzer.GetReferences(truth.Keys.ToList());
        var missing = new List<string>();
        int reported = 0, extra = 0;
        foreach (var r in results)
        {
            Assert.That(r.Error, Is.Null, r.Path);
            var lookups = r.References!.References.Where(x => x.Source == ReferenceSource.RuntimeLookup).Select(x => x.Symbol).ToHashSet(StringComparer.Ordinal);
            reported += lookups.Count;
            extra += lookups.Count(n => !truth[r.Path].Contains(n));
            missing.AddRange(truth[r.Path].Where(n => !lookups.Contains(n)).Select(n => $"{Path.GetRelativePath(root, r.Path)}: {n}"));
            foreach (var w in r.References.Warnings) TestContext.Out.WriteLine($"warning: {Path.GetRelativePath(root, r.Path)}: {w.Message}");
        }
        TestContext.Out.WriteLine($"KsymTrim reports {reported} runtime-lookup names in those modules, {extra} beyond objdump's");
        Assert.That(missing, Is.Empty, "names objdump shows but KsymTrim misses");

        var used = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = [root] });
        var usedNames = used.Symbols.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        Assert.That(distinct.Where(n => !usedNames.Contains(n)), Is.Empty, "names missing from used");
    }

    /// <summary>(b) What run-time lookups add to the whole tree's used set is at most twice the names objdump
    /// finds: the analysis over-approximates, but not by much.</summary>
    [Test]
    public void Lookups_add_at_most_twice_the_names_objdump_finds_to_the_used_set()
    {
        var (root, _) = RequireTree();
        int truth = Truth.Value.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal).Count();
        var with = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = [root] });
        var without = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = [root], RuntimeLookups = false });
        Assert.That(with.Errors, Is.Empty);
        int added = with.Symbols.Count - without.Symbols.Count;
        TestContext.Out.WriteLine($"used: {with.Symbols.Count} symbols; without run-time lookups: {without.Symbols.Count}; added {added}; objdump's names: {truth} (budget {2 * truth})");
        Assert.That(without.Symbols.Select(s => s.Name), Is.SubsetOf(with.Symbols.Select(s => s.Name)));
        Assert.That(added, Is.LessThanOrEqualTo(2 * truth));
        Assert.That(with.Warnings.Select(w => Path.GetFileName(w.Module)), Does.Contain("gen_probe.ko"),
            "mtd's gen_probe formats cfi_cmdset_%4.4X at run time");
    }
}
