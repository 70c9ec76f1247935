using System.Text.Json;
using KsymTrim.Tests.Support;

namespace KsymTrim.Tests.Tool;

/// <summary>
/// What a new user meets on a wrong or incomplete command line (issue 15): each usage error is one line that says what
/// is wrong and what to do, then where to read more, with exit status 2; each file that cannot be read is one line
/// saying which argument named it, with exit status 1 and no offset.
/// </summary>
[TestFixture]
public class UsageMessageTests
{
    private static string Alpha => TestPaths.Fixture("modules", "alpha.ko");

    private const string Commands = "the commands are nm, refs, used, unused, kmi, explain and gen-autoksyms";
    private const string Inputs = "no inputs: give module files, folders, @list files or --modules-order FILE";
    private const string Jobs = "(leave it out for one job per processor)";

    [TestCase("no command given: " + Commands, "ksymtrim")]
    [TestCase("unknown command 'frobnicate': " + Commands, "ksymtrim", "frobnicate")]
    [TestCase("unknown option '--bogus'", "ksymtrim", "--bogus")]
    [TestCase(Inputs, "ksymtrim used", "used")]
    [TestCase(Inputs, "ksymtrim refs", "refs")]
    [TestCase(Inputs, "ksymtrim refs", "refs", "--format", "json")]
    [TestCase("explain needs a SYMBOL and at least one input: ksymtrim explain [options] SYMBOL... INPUT...", "ksymtrim explain", "explain")]
    [TestCase("explain needs at least one input after the symbols (module files, folders, @list files or --modules-order FILE): " +
              "ksymtrim explain [options] SYMBOL... INPUT...", "ksymtrim explain", "explain", "printk")]
    [TestCase("explain needs a SYMBOL before the inputs: ksymtrim explain [options] SYMBOL... INPUT...", "ksymtrim explain", "explain", "MOD")]
    [TestCase("nm needs at least one FILE: ksymtrim nm [options] FILE...", "ksymtrim nm", "nm")]
    [TestCase("gen-autoksyms needs the OUTPUT file to write, and runs in the kernel object tree: ksymtrim gen-autoksyms [options] OUTPUT",
        "ksymtrim gen-autoksyms", "gen-autoksyms")]
    [TestCase("unexpected argument 'b.h': ksymtrim gen-autoksyms [options] OUTPUT", "ksymtrim gen-autoksyms", "gen-autoksyms", "a.h", "b.h")]
    [TestCase("--jobs takes a number, 1 or more, not '0' " + Jobs, "ksymtrim used", "used", "--jobs", "0", "MOD")]
    [TestCase("--jobs takes a number, 1 or more, not '-3' " + Jobs, "ksymtrim refs", "refs", "--jobs", "-3", "MOD")]
    [TestCase("--jobs takes a number, 1 or more, not 'x' " + Jobs, "ksymtrim nm", "nm", "-j", "x", "MOD")]
    [TestCase("--jobs takes a number, 1 or more, not '2.5' " + Jobs, "ksymtrim gen-autoksyms", "gen-autoksyms", "--jobs", "2.5", "out.h")]
    [TestCase("--jobs needs a number, 1 or more", "ksymtrim nm", "nm", "--jobs")]
    [TestCase("-o needs a FILE", "ksymtrim used", "used", "MOD", "-o")]
    [TestCase("--symvers needs a FILE", "ksymtrim used", "used", "MOD", "--symvers")]
    [TestCase("--objtree needs a DIR", "ksymtrim refs", "refs", "MOD", "--objtree")]
    [TestCase("--format needs one of list, autoksyms, json or kmi", "ksymtrim used", "used", "MOD", "--format")]
    [TestCase("--format needs one of tsv or json", "ksymtrim refs", "refs", "MOD", "--format")]
    [TestCase("--verbosity needs one of trace, debug, information, warning, error, critical or none", "ksymtrim explain",
        "explain", "printk", "MOD", "--verbosity")]
    [TestCase("unknown option '--bogus'", "ksymtrim used", "used", "--bogus", "MOD")]
    [TestCase("unknown option '--bogus'", "ksymtrim gen-autoksyms", "gen-autoksyms", "--bogus", "out.h")]
    [TestCase("unknown option '--bogus'", "ksymtrim gen-autoksyms", "gen-autoksyms", "out.h", "--bogus")]
    [TestCase("--undefined-only and --defined-only exclude each other: give one of them", "ksymtrim nm", "nm", "-u", "--defined-only", "MOD")]
    [TestCase("unknown option '-o': explain does not take it, refs, used and unused do", "ksymtrim explain", "explain", "-o", "out.txt", "printk", "MOD")]
    [TestCase("unknown option '--modorder': used does not take it, gen-autoksyms does", "ksymtrim used", "used", "--modorder", "MOD")]
    [TestCase("--jobs takes a number, 1 or more, not '0x' " + Jobs, "ksymtrim used", "used", "-j0x", "MOD")]
    [TestCase("--format is given more than once: give it once", "ksymtrim used", "used", "MOD", "--format", "json", "--format", "list")]
    [TestCase("an empty argument names nothing (an unset shell variable?)", "ksymtrim used", "used", "")]
    [TestCase("an empty argument names nothing (an unset shell variable?)", "ksymtrim gen-autoksyms", "gen-autoksyms", "")]
    [TestCase("unknown command 'nope': " + Commands, "ksymtrim", "help", "nope")]
    [TestCase("--objtree only says what --modules-order lines are relative to: give --modules-order FILE too", "ksymtrim used",
        "used", "--objtree", ".", "MOD")]
    [TestCase("--objtree only says what --modules-order lines are relative to: give --modules-order FILE too", "ksymtrim explain",
        "explain", "printk", "MOD", "--objtree", ".")]
    public void A_usage_error_is_one_line_then_where_to_read_more(string message, string help, params string[] args)
    {
        var r = ToolRunner.Run(args.Select(a => a == "MOD" ? Alpha : a).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(2));
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(r.StderrLines, Is.EqualTo(new[] { "ksymtrim: error: " + message, $"Try '{help} --help' for more information." }));
        });
    }

    [Test]
    public void An_option_value_is_not_taken_for_a_mistyped_option()
    {
        var r = ToolRunner.Run("used", "--jobs", "-3", Alpha);
        Assert.That(r.Stderr, Does.Not.Contain("did you mean"));
    }

    [Test]
    public void A_mistyped_command_gets_the_message_then_the_suggestion()
    {
        var r = ToolRunner.Run("usd", Alpha);
        Assert.That(r.ExitCode, Is.EqualTo(2));
        Assert.That(r.StderrLines, Is.EqualTo(new[]
        {
            "ksymtrim: error: unknown command 'usd': " + Commands,
            "ksymtrim: 'usd': did you mean 'used'?",
            "Try 'ksymtrim --help' for more information.",
        }));
    }

    private static void AssertInputError(ToolResult r, string line)
    {
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(1));
            Assert.That(r.Stdout, Is.Empty);
            Assert.That(r.StderrLines, Is.EqualTo(new[] { line }));
        });
        ToolAssert.NoStackTrace(r.Stderr);
    }

    [TestCase("used")]
    [TestCase("refs")]
    [TestCase("nm")]
    public void A_missing_list_file_is_named_as_typed(string command)
    {
        using var tmp = new TempDirectory();
        string list = tmp["modules.txt"];
        AssertInputError(ToolRunner.Run(command, "@" + list), $"ksymtrim: error: {list}: no such file (named by @{list})");
    }

    [TestCase("--symvers")]
    [TestCase("--config")]
    [TestCase("--whitelist")]
    [TestCase("--modules-order")]
    public void A_missing_file_of_an_option_names_the_option(string option)
    {
        using var tmp = new TempDirectory();
        string file = tmp["nope"];
        AssertInputError(ToolRunner.Run("used", option, file, Alpha), $"ksymtrim: error: {file}: no such file (named by {option})");
    }

    [TestCase("refs")]
    [TestCase("explain")]
    public void A_missing_modules_order_names_the_option(string command)
    {
        using var tmp = new TempDirectory();
        string file = tmp["modules.order"];
        string[] args = command == "explain" ? [command, "printk", "--modules-order", file] : [command, "--modules-order", file];
        AssertInputError(ToolRunner.Run(args), $"ksymtrim: error: {file}: no such file (named by --modules-order)");
    }

    [Test]
    public void A_folder_given_for_a_file_is_a_directory_not_permission_denied()
    {
        using var tmp = new TempDirectory();
        AssertInputError(ToolRunner.Run("used", "--symvers", tmp.Path, Alpha),
            $"ksymtrim: error: {tmp.Path}: is a directory (named by --symvers)");
    }

    [Test]
    public void Gen_autoksyms_outside_the_object_tree_says_where_to_run()
    {
        using var tmp = new TempDirectory();
        string conf = Path.Combine(tmp.Path, "include", "config", "auto.conf");
        AssertInputError(ToolRunner.Run("gen-autoksyms", "--objtree", tmp.Path, tmp["autoksyms.h"]),
            $"ksymtrim: error: {conf}: no such file (run gen-autoksyms in the kernel object tree, or give --objtree DIR)");
    }

    [Test]
    public void Output_in_a_missing_folder_says_to_create_it()
    {
        using var tmp = new TempDirectory();
        string output = tmp["no/used.txt"];
        AssertInputError(ToolRunner.Run("used", "-o", output, Alpha), $"ksymtrim: error: {output}: no folder {tmp["no"]}: create it first");
    }

    [Test]
    public void Output_naming_a_folder_says_to_name_a_file()
    {
        using var tmp = new TempDirectory();
        AssertInputError(ToolRunner.Run("used", "-o", tmp.Path, Alpha), $"ksymtrim: error: {tmp.Path}: is a directory: name the file to write");
    }

    [Test]
    public void Explain_takes_a_missing_module_file_for_an_input_not_a_symbol()
    {
        using var tmp = new TempDirectory();
        string missing = tmp["gone.ko"];
        AssertInputError(ToolRunner.Run("explain", "printk", missing), $"ksymtrim: error: {missing}: no such file");
        AssertInputError(ToolRunner.Run("explain", "printk", "gone.ko"), "ksymtrim: error: gone.ko: no such file");
    }

    [Test]
    public void A_missing_thin_archive_member_has_no_offset()
    {
        using var tmp = new TempDirectory();
        string archive = tmp.Copy(TestPaths.Fixture("archives", "thin.a"), "thin.a");
        tmp.Copy(TestPaths.Fixture("archives", "members", "m1.o"), "members/m1.o");
        tmp.Copy(TestPaths.Fixture("archives", "members", "m3.o"), "members/m3.o");
        AssertInputError(ToolRunner.Run("nm", archive), $"ksymtrim: error: {archive}(members/m2.o): thin archive member {tmp["members/m2.o"]}: no such file");
    }

    [TestCase("used")]
    [TestCase("nm")]
    public void A_folder_listed_as_a_module_is_a_directory_with_no_offset(string command)
    {
        using var tmp = new TempDirectory();
        Directory.CreateDirectory(tmp["drivers"]);
        string list = tmp.Write("modules.txt", tmp["drivers"] + "\n");
        AssertInputError(ToolRunner.Run(command, "@" + list), $"ksymtrim: error: {tmp["drivers"]}: is a directory");
    }

    [Test]
    public void A_fifo_is_not_a_regular_file_with_no_offset()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("mkfifo is a Linux test here");
        using var tmp = new TempDirectory();
        string fifo = tmp["pipe.ko"];
        using (var p = System.Diagnostics.Process.Start("mkfifo", fifo)) p.WaitForExit();
        AssertInputError(ToolRunner.Run("used", fifo), $"ksymtrim: error: {fifo}: not a regular file");
    }

    [Test]
    public void A_format_error_at_byte_0_keeps_its_offset()
    {
        using var tmp = new TempDirectory();
        string text = tmp.Write("text.ko", "plain text\n");
        AssertInputError(ToolRunner.Run("used", text), $"ksymtrim: error: {text}: not an ELF object, LLVM bitcode or ar archive (offset 0x0)");
    }

    [TestCase("used")]
    [TestCase("refs")]
    public void Json_errors_keep_every_field_and_give_null_for_no_offset(string command)
    {
        using var tmp = new TempDirectory();
        string missing = tmp["gone.ko"], text = tmp.Write("text.ko", "plain text\n");
        var r = ToolRunner.Run(command, "--format", "json", "--keep-going", missing, text, Alpha);
        Assert.That(r.ExitCode, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(r.Stdout);
        var errors = doc.RootElement.GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(errors[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "path", "member", "offset", "id", "reason", "message" }));
            Assert.That(errors[0].GetProperty("offset").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(errors[0].GetProperty("id").GetString(), Is.EqualTo("KT0003"));
            Assert.That(errors[0].GetProperty("message").GetString(), Is.EqualTo($"{missing}: no such file"));
            Assert.That(errors[1].GetProperty("offset").GetInt64(), Is.EqualTo(0));
            Assert.That(errors[1].GetProperty("message").GetString(), Is.EqualTo($"{text}: not an ELF object, LLVM bitcode or ar archive (offset 0x0)"));
        });
    }

    [TestCase("used")]
    [TestCase("refs")]
    [TestCase("nm")]
    [TestCase("explain", "printk")]
    public void Inputs_with_no_module_get_a_warning_and_succeed(params string[] args)
    {
        using var tmp = new TempDirectory();
        Directory.CreateDirectory(tmp["empty"]);
        var r = ToolRunner.Run([.. args, tmp["empty"]]);
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.StderrLines, Is.EqualTo(new[]
        {
            "ksymtrim: warning: no modules in the inputs given (a folder is searched for *.ko, *.ko.gz, *.ko.xz and *.ko.zst)",
        }));
    }

    [TestCase("help", "--help")]
    [TestCase("help used", "used --help")]
    [TestCase("help gen-autoksyms", "gen-autoksyms --help")]
    public void Help_as_a_command_is_the_help_option(string asked, string same)
    {
        var r = ToolRunner.Run(asked.Split(' '));
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Stdout, Is.EqualTo(ToolRunner.Run(same.Split(' ')).Stdout).And.Contain("Usage:"));
    }

    [Test]
    public void Root_help_lists_every_command()
    {
        var r = ToolRunner.Run("--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        foreach (var command in new[] { "nm <FILE>", "refs <MODULE>", "used <MODULE>", "explain <SYMBOL|MODULE>", "gen-autoksyms <OUTPUT>" })
            Assert.That(r.Stdout, Does.Contain("  " + command));
    }

    [TestCase("used", "-j, --jobs <N>")]
    [TestCase("nm", "-j, --jobs <N>")]
    [TestCase("used", "-o, --output <FILE>")]
    [TestCase("refs", "--objtree <DIR>")]
    [TestCase("gen-autoksyms", "Usage:\n  ksymtrim gen-autoksyms <OUTPUT> [options]")]
    public void Help_names_what_each_option_takes(string command, string expected)
    {
        var r = ToolRunner.Run(command, "--help");
        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Stdout.ReplaceLineEndings("\n"), Does.Contain(expected));
    }

    /// <summary>The default of --jobs is this machine's processor count: help says so in words, not as a number.</summary>
    [TestCase("used")]
    [TestCase("nm")]
    public void Help_does_not_print_the_processor_count_as_the_default(string command)
    {
        var r = ToolRunner.Run(command, "--help");
        Assert.That(r.Stdout, Does.Contain("(default: the processor count)").And.Not.Contain("[default:"));
    }
}
