using KsymTrim.Analysis;
using KsymTrim.Kbuild;

// The used set of the modules, files and folders named on the command line, one symbol per line: what
// `ksymtrim used INPUT...` prints, through the library's two calls.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: KsymTrim.Embedded INPUT... (modules, archives, folders, @lists)");
    return 2;
}
var used = UsedSymbols.Compute(new UsedSymbolsOptions { Inputs = args });
foreach (var error in used.Errors) Console.Error.WriteLine("error: " + error.Message);
Console.Out.Write(UsedSymbolsWriter.Render(used, UsedSymbolsFormat.List));
return used.Errors.Count == 0 ? 0 : 1;
