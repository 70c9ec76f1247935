using KsymTrim.Tool;

namespace KsymTrim.Tests.Support;

/// <summary>The outcome of one in-process <c>ksymtrim</c> run.</summary>
internal sealed record ToolResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the tool's command line in this process, capturing stdout and stderr.</summary>
internal static class ToolRunner
{
    public static ToolResult Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = Cli.Run(args, stdout, stderr);
        return new ToolResult(code, stdout.ToString(), stderr.ToString());
    }
}
