using System.Text;
using System.Text.Json;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Bitcode;

/// <summary>
/// The function layer against llvm-dis: for every construct fixture (clang 14, 16 and 19; x86_64, i386, aarch64,
/// arm), the inline asm strings and constraints, intrinsic and direct calls, indirect calls, operand bundles,
/// function attributes and module flags must equal what <c>src/constructs/ll-facts.py</c> extracted from the
/// committed llvm-dis output of the same file.
/// </summary>
public class FunctionLayerTests
{
    private static string Folder => TestPaths.Fixture("constructs");

    public static IEnumerable<string> Files() =>
        Directory.Exists(TestPaths.Fixture("constructs"))
            ? Directory.GetFiles(TestPaths.Fixture("constructs"), "*.bc").Select(Path.GetFileName).Order(StringComparer.Ordinal)!
            : [];

    /// <summary>How llvm-dis prints a string: printable ASCII but '"' and '\' as is, the rest as \XX.</summary>
    internal static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            if (b >= 0x20 && b < 0x7F && b != '"' && b != '\\') sb.Append((char)b);
            else sb.Append('\\').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>An attribute as compared: string attributes exactly, the others by name.</summary>
    internal static string Normalize(string attr)
    {
        if (attr.StartsWith('"')) return attr.Contains('\u0001') ? attr.Replace("\u0001", "\\01") : attr;
        int cut = attr.IndexOfAny(['(', ' ', '=']);
        return cut < 0 ? attr : attr[..cut];
    }

    [TestCaseSource(nameof(Files))]
    public void Facts_equal_llvm_dis(string name)
    {
        var path = Path.Combine(Folder, name);
        using var facts = JsonDocument.Parse(File.ReadAllText(path + ".facts.json"));
        AssertFacts(path, facts.RootElement);
    }

    /// <summary>
    /// Every bitcode member of the shared LTO corpus, against live llvm-dis-14 (the corpus's producer) through the
    /// committed ll-facts.py; two at a time.
    /// </summary>
    [TestCase("lto-x86_64")]
    [TestCase("lto-arm64")]
    public void Corpus_facts_equal_llvm_dis(string corpus)
    {
        var root = TestPaths.RequireCorpus(corpus);
        var dis = ExternalTool.Require("llvm-dis-14");
        var python = ExternalTool.Require("python3");
        var script = Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Fixtures", "src", "constructs", "ll-facts.py");
        var members = Directory.EnumerateFiles(root, "*.o", SearchOption.AllDirectories)
            .Where(p => p.Contains("/members/", StringComparison.Ordinal))
            .Where(p => { using var f = File.OpenRead(p); return f.ReadByte() == 'B' && f.ReadByte() == 'C'; })
            .Order(StringComparer.Ordinal).ToList();
        Assert.That(members, Has.Count.GreaterThan(10));
        var tmp = Path.Combine(Path.GetTempPath(), "ksymtrim-dis-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(tmp);
        // llvm-dis and ll-facts.py run two at a time; the assertions then run in order on this thread (NUnit's
        // assertion scopes are not thread-safe).
        var facts = new string?[members.Count];
        var errors = new string?[members.Count];
        try
        {
            Parallel.For(0, members.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            {
                var ll = Path.Combine(tmp, i + ".ll");
                var (code, _, err) = ExternalTool.Run(dis, members[i], "-o", ll);
                if (code != 0) { errors[i] = "llvm-dis failed: " + err; return; }
                var (pcode, json, perr) = ExternalTool.Run(python, script, ll);
                File.Delete(ll);
                if (pcode != 0) errors[i] = "ll-facts.py failed: " + perr;
                else facts[i] = json;
            });
        }
        finally { Directory.Delete(tmp, true); }
        Assert.That(errors.Where(e => e is not null), Is.Empty, "the oracle itself failed");
        for (int i = 0; i < members.Count; i++)
        {
            using var doc = JsonDocument.Parse(facts[i]!);
            AssertFacts(members[i], doc.RootElement);
        }
    }

    private static void AssertFacts(string path, JsonElement root)
    {
        var module = BitcodeFile.Parse(File.ReadAllBytes(path), readFunctionBodies: true).Modules.Single();
        var functions = module.Functions!;
        Assert.That(functions.Where(f => !f.IsComplete).Select(f => f.Problem), Is.Empty, "incomplete functions");

        var asm = new Dictionary<string, int>(StringComparer.Ordinal);
        var intrinsics = new Dictionary<string, int>(StringComparer.Ordinal);
        var calls = new Dictionary<string, int>(StringComparer.Ordinal);
        var bundles = new Dictionary<string, int>(StringComparer.Ordinal);
        int indirect = 0;
        foreach (var fn in functions)
            foreach (var c in fn.Calls)
            {
                foreach (var b in c.Bundles) bundles[b] = bundles.GetValueOrDefault(b) + 1;
                switch (c.Callee)
                {
                    case CalleeKind.InlineAsm:
                        var key = Escape(c.Asm!.Asm) + "\u0000" + Escape(c.Asm.Constraints);
                        asm[key] = asm.GetValueOrDefault(key) + 1;
                        break;
                    case CalleeKind.Global:
                        var callee = Escape(module.GlobalValues[c.CalleeGlobal].Name);
                        var into = callee.StartsWith("llvm.", StringComparison.Ordinal) ? intrinsics : calls;
                        into[callee] = into.GetValueOrDefault(callee) + 1;
                        break;
                    default:
                        indirect++;
                        break;
                }
            }

        // llvm-dis prints a backslash as \5C in some places and \\ in others: compare in one spelling.
        static string Backslash(string s) => s.Replace("\\\\", "\\5C", StringComparison.Ordinal);
        var expectedAsm = root.GetProperty("inline_asm").EnumerateArray()
            .GroupBy(a => Backslash(a.GetProperty("asm").GetString()!) + "\u0000" + Backslash(a.GetProperty("constraints").GetString()!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.GetProperty("count").GetInt32()), StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(module.Triple, Is.EqualTo(root.GetProperty("triple").GetString()));
            Assert.That(asm, Is.EquivalentTo(expectedAsm), "inline asm");
            Assert.That(intrinsics, Is.EquivalentTo(Counts(root.GetProperty("intrinsics"))), "intrinsic calls");
            Assert.That(calls, Is.EquivalentTo(Counts(root.GetProperty("calls"))), "direct calls");
            Assert.That(indirect, Is.EqualTo(root.GetProperty("indirect_calls").GetInt32()), "indirect calls");
            Assert.That(bundles, Is.EquivalentTo(Counts(root.GetProperty("operand_bundles"))), "operand bundles");
            // llvm-dis prints module asm line by line, without the empty line after the final newline.
            Assert.That((module.ModuleAsm.Length == 0 ? [] : module.ModuleAsm.EndsWith('\n') ? module.ModuleAsm[..^1].Split('\n') : module.ModuleAsm.Split('\n')).Select(Escape).ToArray(),
                Is.EqualTo(root.GetProperty("module_asm").EnumerateArray().Select(l => Backslash(l.GetString()!)).ToArray()), "module asm");
        });

        foreach (var fn in root.GetProperty("functions").EnumerateObject())
        {
            var ours = functions.SingleOrDefault(f => module.GlobalValues[f.Global].Name == fn.Name);
            Assert.That(ours, Is.Not.Null, $"function {fn.Name} not found");
            var expected = fn.Value.GetProperty("attributes").EnumerateArray().Select(a => Normalize(a.GetString()!)).Order(StringComparer.Ordinal);
            var actual = ours!.Attributes.FunctionAttributes.Select(a => Normalize(a.ToString())).Order(StringComparer.Ordinal);
            Assert.That(actual, Is.EqualTo(expected), $"attributes of {fn.Name}");
        }

        if (module.ModuleFlagsComplete)
        {
            var expectedFlags = root.GetProperty("module_flags").EnumerateArray()
                .Select(f => $"{f[0].GetRawText()} {f[1].GetString()}").Order(StringComparer.Ordinal);
            Assert.That(module.ModuleFlags.Select(f => $"{f.Behavior} {f.Name}").Order(StringComparer.Ordinal), Is.EqualTo(expectedFlags), "module flags");
            foreach (var f in root.GetProperty("module_flags").EnumerateArray())
            {
                var ours = module.Flag(f[1].GetString()!);
                var text = f[2].ValueKind == JsonValueKind.String ? f[2].GetString()! : f[2].GetRawText();
                if (ours?.Int is { } i) Assert.That(text, Does.EndWith(" " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Or.EqualTo(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"flag {ours.Name}");
                else if (ours?.String is { } s) Assert.That(text, Does.Contain(s), $"flag {ours.Name}");
            }
        }
    }

    private static Dictionary<string, int> Counts(JsonElement e) =>
        e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);

    [Test]
    public void Call_operands_carry_constants_and_globals()
    {
        var path = Path.Combine(Folder, "asm_x86-x86_64-clang19.bc");
        if (!File.Exists(path)) Assert.Ignore("construct fixtures absent");
        var module = BitcodeFile.Parse(File.ReadAllBytes(path), readFunctionBodies: true).Modules.Single();
        var asmCalls = module.Functions!.SelectMany(f => f.Calls).Where(c => c.Asm is not null).ToList();
        var getUser = asmCalls.Single(c => c.Asm!.Asm.Contains("__get_user_", StringComparison.Ordinal));
        Assert.That(getUser.Arguments.Any(a => a.Kind == OperandKind.Int && a.Int == 8), Is.True, "the size operand of __get_user_${4:P}");
        var staticCall = asmCalls.First(c => c.Asm!.Asm == "call ${0:c}");
        Assert.That(staticCall.Arguments[0].Kind, Is.EqualTo(OperandKind.Global));
        Assert.That(module.GlobalValues[staticCall.Arguments[0].Global].IsDeclaration, Is.True);
        var callbr = module.Functions!.SelectMany(f => f.Calls).Where(c => c.Kind == CallKind.CallBr).ToList();
        Assert.That(callbr, Is.Not.Empty, "asm goto gives callbr");
    }

    /// <summary>The reader's list of the instructions that may write memory (<see cref="IrBody.Writes"/>, made while
    /// it emits them) is every store, atomic update, call, invoke and callbr of each body, in order: for every
    /// function of every construct fixture, and binary operations carry their wrap flags.</summary>
    [Test]
    public void Each_body_lists_the_instructions_that_may_write_memory()
    {
        var files = Files().ToList();
        if (files.Count == 0) Assert.Ignore("construct fixtures absent");
        int bodies = 0, writes = 0, flagged = 0;
        foreach (var name in files)
        {
            var module = BitcodeFile.Parse(File.ReadAllBytes(Path.Combine(Folder, name)), readFunctionBodies: true).Modules.Single();
            foreach (var body in module.Functions!.Select(f => f.Body).OfType<IrBody>())
            {
                var expected = Enumerable.Range(0, body.Instructions.Length).Where(i => body.Instructions[i].Op is IrOp.Store or IrOp.AtomicRmw or
                    IrOp.CmpXchg or IrOp.Call or IrOp.Invoke or IrOp.CallBr).ToArray();
                Assert.That(body.Writes.ToArray(), Is.EqualTo(expected), name);
                bodies++;
                writes += expected.Length;
                foreach (var inst in body.Instructions)
                    if (inst.HasBinaryFlag(IrInstruction.NoUnsignedWrap) || inst.HasBinaryFlag(IrInstruction.NoSignedWrap)) flagged++;
            }
        }
        Assert.That(bodies, Is.GreaterThan(100));
        Assert.That(writes, Is.GreaterThan(bodies), "calls and stores in most bodies");
        Assert.That(flagged, Is.GreaterThan(0), "some add, sub, mul or shl is nuw or nsw");
    }
}
