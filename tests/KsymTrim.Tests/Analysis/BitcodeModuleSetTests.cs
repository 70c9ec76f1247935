using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Analysis;

/// <summary>
/// <see cref="BitcodeModuleSet"/> joins the members of one module: a function one member defines is known to the
/// others, and what a member's calls pass reaches the defining member's arguments.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public class BitcodeModuleSetTests
{
    /// <summary>two-modules.bc: linkage.c defines exported_fn, second.c declares and calls it.</summary>
    [Test]
    public void A_function_defined_in_one_member_is_defined_for_the_other()
    {
        var modules = BitcodeFile.Parse(File.ReadAllBytes(TestPaths.Fixture("bitcode", "two-modules.bc")), readFunctionBodies: true).Modules;
        Assert.That(modules, Has.Count.EqualTo(2));
        var second = modules.Single(m => m.GlobalValues.Any(g => g.Name == "second_fn" && !g.IsDeclarationForLinker));
        Assert.That(second.GlobalValues.Single(g => g.Name == "exported_fn").IsDeclarationForLinker, Is.True, "second.c only declares it");

        Assert.That(BitcodeModuleSet.From([second]).DefinesFunction("exported_fn"), Is.False, "second.c alone");
        var joined = BitcodeModuleSet.From(modules);
        Assert.That(joined.DefinesFunction("exported_fn"), Is.True, "with linkage.c");
        Assert.That(joined.DefinesFunction("second_fn"), Is.True);
        Assert.That(joined.DefinesFunction("kfree"), Is.False, "defined by no member");
    }

    /// <summary>The modules of each bitcode member of the corpus module in <paramref name="dir"/> (its members/ folder, in
    /// path order), read by <paramref name="parse"/>; null without that folder.</summary>
    private static List<IReadOnlyList<BitcodeModule>>? BitcodeMembers(string dir, Func<byte[], IReadOnlyList<BitcodeModule>> parse)
    {
        var members = Path.Combine(dir, "members");
        if (!Directory.Exists(members)) return null;
        var byMember = new List<IReadOnlyList<BitcodeModule>>();
        foreach (var file in Directory.EnumerateFiles(members, "*.o", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < 4 || !bytes.AsSpan(0, 4).SequenceEqual((byte[])[0x42, 0x43, 0xC0, 0xDE])) continue;
            byMember.Add(parse(bytes));
        }
        return byMember;
    }

    /// <summary>
    /// Over the multi-member modules of an LTO corpus: wherever one member calls a function another member
    /// defines with a constant integer argument, the joined set says that argument may become constant, and the
    /// caller's member alone does not know the function.
    /// </summary>
    [Test]
    public void A_constant_passed_across_members_reaches_the_callee_arguments()
    {
        var corpus = TestPaths.RequireCorpus("lto-arm64");
        int witnesses = 0;
        foreach (var dir in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            if (BitcodeMembers(dir, bytes => BitcodeFile.Parse(bytes, readFunctionBodies: true).Modules) is not { } byMember) continue;
            if (byMember.Count < 2) continue;
            var joined = BitcodeModuleSet.From(byMember.SelectMany(m => m));
            foreach (var member in byMember)
            {
                var alone = BitcodeModuleSet.From(member);
                foreach (var (callee, k) in ConstantArgumentsToDeclarations(member))
                {
                    if (!joined.DefinesFunction(callee)) continue; // defined by no member: nothing to join
                    Assert.That(alone.DefinesFunction(callee), Is.False, $"{dir}: {callee} is only declared here");
                    Assert.That(joined.ArgumentMayBeConstant(callee, k), Is.True, $"{dir}: {callee} argument {k}");
                    witnesses++;
                }
            }
        }
        Assert.That(witnesses, Is.GreaterThan(0), "calls across members with a constant argument");
    }

    /// <summary>
    /// The argument fixpoint runs over the callers whose results folding may read only (the folded functions' and,
    /// transitively, their callers'): over the multi-member modules of an LTO corpus, walking every member asks
    /// nothing else (the fixpoint over every caller is never made), and every folded function's answers are those
    /// the fixpoint over every caller gives.
    /// </summary>
    [Test]
    public void The_fixpoint_over_the_needed_callers_answers_as_the_complete_one()
    {
        var corpus = TestPaths.RequireCorpus("lto-arm64");
        int folded = 0, completed = 0;
        foreach (var dir in Directory.EnumerateDirectories(corpus).Order(StringComparer.Ordinal))
        {
            if (BitcodeMembers(dir, bytes => BitcodeFile.Parse(bytes, BitcodeReferenceAnalysis.ReadOptions).Modules) is not { } byMember) continue;
            var modules = byMember.SelectMany(m => m).ToList();
            var restricted = BitcodeModuleSet.From(modules);
            foreach (var member in byMember) BitcodeReferenceAnalysis.Linkage(member, null, restricted);
            Assert.That(restricted.FactsComplete, Is.False, $"{dir}: folding asked about a name outside the needed ones");
            var complete = BitcodeModuleSet.From(modules);
            foreach (var m in modules)
                foreach (var f in m.Functions ?? [])
                    complete.ArgumentMayBeConstant(BitcodeModuleSet.NameOf(m, f), 0);
            if (complete.FactsComplete) completed++; // (else every defined function is needed: nothing skipped)
            foreach (var m in modules)
            {
                var traits = FoldingTraitTable.Of(m.Globals);
                foreach (var f in m.Functions ?? [])
                {
                    if (f.Body is not { } body || !FoldingTraitTable.NeedsFolding(f, body, traits)) continue;
                    folded++;
                    string name = BitcodeModuleSet.NameOf(m, f);
                    Assert.That(Answers(restricted, name, body.ArgumentCount), Is.EqualTo(Answers(complete, name, body.ArgumentCount)), $"{dir}: {name}");
                }
            }
            Assert.That(restricted.FactsComplete, Is.False, $"{dir}: a folded function is not needed");
        }
        Assert.That(folded, Is.GreaterThan(0), "folded functions");
        Assert.That(completed, Is.GreaterThan(0), "modules where the complete fixpoint visits more callers");

        static string Answers(BitcodeModuleSet set, string name, int count) => string.Join("; ", Enumerable.Range(0, count).Select(k =>
            $"{set.ArgumentMayBeConstant(name, k)} {(set.ArgumentConstants(name, k) is { } v ? string.Join(",", v.Order()) : "?")} " +
            $"{set.ArgumentContents(name, k)?.ToString() ?? "-"} {set.ObjectSizeMayBeKnown(name, k)}"));
    }

    /// <summary>(callee, argument) of the direct calls to a declared function that pass an integer constant.</summary>
    private static IEnumerable<(string, int)> ConstantArgumentsToDeclarations(IReadOnlyList<BitcodeModule> modules)
    {
        foreach (var m in modules)
        {
            if (m.Functions is null) continue;
            foreach (var f in m.Functions)
            {
                if (f.Body is not { } body) continue;
                for (int i = 0; i < body.Instructions.Length; i++)
                {
                    var inst = body.Instructions[i];
                    if (inst.Op != IrOp.Call || inst.CalleeOperand >= inst.Count) continue;
                    var callee = body.Operands[inst.First + inst.CalleeOperand];
                    if (callee.Kind != IrValueKind.Global || (uint)callee.Index >= (uint)m.GlobalValues.Count) continue;
                    var g = m.GlobalValues[callee.Index];
                    if (!g.IsDeclarationForLinker || g.Name.StartsWith("llvm.", StringComparison.Ordinal)) continue;
                    for (int k = 0; inst.CalleeOperand + 1 + k < inst.Count; k++)
                        if (body.Operands[inst.First + inst.CalleeOperand + 1 + k].Kind == IrValueKind.Int) yield return (g.Name, k);
                }
            }
        }
    }
}
