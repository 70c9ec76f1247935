using System.Text;
using KsymTrim.Tool;

// One buffered writer for stdout: a used set is thousands of lines, and Console.Out flushes each write.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
int code = Cli.Run(args, stdout, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected);
stdout.Flush();
return code;
