using System.CommandLine;

namespace KsymTrim.Tool.Commands;

/// <summary>The module-input options shared by <c>refs</c>, <c>used</c> and <c>explain</c>.</summary>
internal sealed class InputOptions
{
    public Option<string?> ModulesOrder { get; } = new("--modules-order")
    {
        Description = "kbuild's modules.order: each line names a module relative to the file's folder (or --objtree).",
        HelpName = "FILE",
    };

    public Option<string?> ObjTree { get; } = new("--objtree")
    {
        Description = "The folder modules.order lines are relative to.",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(ModulesOrder);
        command.Options.Add(ObjTree);
    }
}
