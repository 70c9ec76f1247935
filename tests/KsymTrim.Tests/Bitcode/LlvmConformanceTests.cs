using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Bitcode;

/// <summary>
/// Bitcode as llvm-nm reads it, on the cases LLVM's own Bitcode tests exercise (issue 13): trailing padding,
/// unnamed values (<c>__unnamed_N</c>), x86 vectorcall's <c>@@N</c> suffix, dllimport's <c>__imp_</c>, and one error for
/// bitcode before LLVM 5, the same from every command. The inputs and their llvm-nm-19 goldens are in
/// <c>Bitcode/LlvmInputs</c> (README.md there); benchmarks/llvm-conformance runs the whole of LLVM's test/Bitcode.
/// </summary>
public class LlvmConformanceTests
{
    private static string Input(string name) =>
        Path.Combine(TestPaths.Root, "tests", "KsymTrim.Tests", "Bitcode", "LlvmInputs", name);

    private static IEnumerable<string> GoldenFiles() =>
    [
        "mangling-x86_64.bc", "mangling-i386.bc", "mangling-i686-windows.bc",
        "padded-newlines.bc", "padded-zeros.bc", "padded-garbage.bc",
        "llvm-test-bitcode/distringtype-backward.ll.bc",
    ];

    private static IEnumerable<string> OldFiles() => ["llvm-test-bitcode/padding.bc", "llvm-test-bitcode/old-aliases.ll.bc"];

    [TestCaseSource(nameof(GoldenFiles))]
    public void Nm_equals_llvm_nm(string name)
    {
        var path = Input(name);
        var r = ToolRunner.Run("nm", path);
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var expected = File.ReadAllLines(path + ".llvm-nm.txt").Where(l => l.Length > 0).ToArray();
        Assert.That(r.StdoutLines.Order(StringComparer.Ordinal).ToArray(), Is.EqualTo(expected));
    }

    [Test]
    public void Vectorcall_dllimport_and_unnamed_names_are_llvm_nms()
    {
        var lines = ToolRunner.Run("nm", Input("mangling-x86_64.bc")).StdoutLines;
        Assert.That(lines, Is.SupersetOf(new[]
        {
            "vc_float@@8 T",        // a float takes a pointer's 8 bytes
            "vc_mixed@@40 T",       // double 8 + i32 8 + <4 x float> 16 + ptr 8
            "vc_sret@@8 T",         // the sret pointer does not count
            "vc_byval@@16 T",       // byval counts its pointee: { i32, i8 } 8, <{ i8, i32 }> 5 -> 8
            "vc_fp80@@40 T",        // x86_fp80 16, i128 16, [3 x i16] 6 -> 8
            "vc_vararg@ T",         // "pure" variadic: no byte count
            "vc_vararg0@@0 T",
            "vc_verbatim T",        // \01: verbatim
            "alias_vc@@8 T",        // an alias takes its aliasee function's decoration
            "std_fn T", "fast_fn T", // stdcall and fastcall are decorated only with Windows x86 mangling
            "__imp_imported_fn U", "__imp_imported_var U", "__imp_imported_vc@@8 U",
            "__unnamed_1 T", "__unnamed_2 t", "__unnamed_3 U", "__unnamed_4 D", "__unnamed_5 d", "__unnamed_6 D",
        }));
        var windows = ToolRunner.Run("nm", Input("mangling-i686-windows.bc")).StdoutLines;
        Assert.That(windows, Is.SupersetOf(new[] { "_std_fn@4 T", "@fast_fn@4 T", "vc_float@@4 T", "___unnamed_1 T" }));
    }

    [Test]
    public void Refs_name_vectorcall_callees_as_the_object_does()
    {
        // llc-19 -filetype=obj of mangling-x86_64.bc: U __unnamed_4, imported_fn, imported_vc@@8, vc_declared@@48 (no
        // __imp_ on ELF; the unnamed declaration numbered as code generation numbers it, private values counted)
        var r = ToolRunner.Run("refs", Input("mangling-x86_64.bc"));
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Stderr);
        var symbols = r.StdoutLines.Select(l => l.Split('\t')[1]).ToArray();
        Assert.That(symbols, Is.SupersetOf(new[] { "__unnamed_4", "imported_fn", "imported_vc@@8", "vc_declared@@48" }));
        Assert.That(symbols, Does.Not.Contain(""));
        Assert.That(symbols.Where(s => s.StartsWith("__imp_", StringComparison.Ordinal) || s.StartsWith("vc_declared", StringComparison.Ordinal) && s != "vc_declared@@48"), Is.Empty);
    }

    [Test]
    public void Module_records_keep_calling_convention_and_dll_storage()
    {
        var m = BitcodeFile.Parse(File.ReadAllBytes(Input("mangling-x86_64.bc"))).Modules.Single();
        var byName = m.GlobalValues.Where(g => g.Name.Length > 0).ToDictionary(g => g.Name);
        Assert.Multiple(() =>
        {
            Assert.That(byName["vc_float"].CallingConv, Is.EqualTo(Mangler.X86VectorCall));
            Assert.That(byName["std_fn"].CallingConv, Is.EqualTo(Mangler.X86StdCall));
            Assert.That(byName["imported_fn"].IsDllImport, Is.True);
            Assert.That(byName["imported_var"].IsDllImport, Is.True);
            Assert.That(byName["exported_var"].IsDllImport, Is.False);
            Assert.That(m.MangledName("vc_declared"), Is.EqualTo("vc_declared@@48"));
            Assert.That(m.GlobalValues.Count(g => g.Name.Length == 0), Is.EqualTo(8), "@0 to @7, private ones included");
        });
    }

    [TestCaseSource(nameof(OldFiles))]
    public void Bitcode_before_llvm5_is_one_error_from_every_command(string name)
    {
        var path = Input(name);
        foreach (bool bodies in new[] { false, true })
        {
            var e = Assert.Throws<KsymFormatException>(() => BitcodeFile.Parse(File.ReadAllBytes(path), bodies))!;
            Assert.That(e.Id, Is.EqualTo(DiagnosticId.Unsupported));
            Assert.That(e.Reason, Does.Contain("(before LLVM 5) is not supported"));
        }
        string? first = null;
        foreach (var args in new[] { new[] { "nm", path }, ["refs", path], ["used", path], ["explain", "f", path] })
        {
            var r = ToolRunner.Run(args);
            Assert.That(r.ExitCode, Is.EqualTo(1), string.Join(' ', args));
            Assert.That(r.Stdout, Is.Empty, args[0]);
            Assert.That(r.StderrLines, Has.Length.EqualTo(1), args[0] + ": " + r.Stderr);
            first ??= r.StderrLines[0];
            Assert.That(r.StderrLines[0], Is.EqualTo(first), args[0]);
        }
        Assert.That(first, Does.Match(@"^ksymtrim: error: .*: bitcode module version [01] \(before LLVM 5\) is not supported \(offset 0x[0-9a-f]+\)$"));

        // gen-autoksyms reads modules.order in the object tree
        var tree = Directory.CreateTempSubdirectory("ksymtrim-old-bc-");
        try
        {
            Directory.CreateDirectory(Path.Combine(tree.FullName, "include", "config"));
            File.WriteAllText(Path.Combine(tree.FullName, "include", "config", "auto.conf"), "");
            File.Copy(path, Path.Combine(tree.FullName, "old.o"));
            File.WriteAllText(Path.Combine(tree.FullName, "modules.order"), "old.o\n");
            var g = ToolRunner.Run("gen-autoksyms", "--objtree", tree.FullName, Path.Combine(tree.FullName, "autoksyms.h"));
            Assert.That(g.ExitCode, Is.EqualTo(1), g.Stderr);
            Assert.That(g.StderrLines, Has.Length.EqualTo(1), g.Stderr);
            Assert.That(g.StderrLines[0][g.StderrLines[0].IndexOf(": bitcode", StringComparison.Ordinal)..],
                Is.EqualTo(first[first.IndexOf(": bitcode", StringComparison.Ordinal)..]));
        }
        finally { tree.Delete(recursive: true); }
    }
}
