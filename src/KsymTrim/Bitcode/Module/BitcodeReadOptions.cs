namespace KsymTrim.Bitcode.Module;

/// <summary>Asked about a global value of a module before its constants and function bodies are read (see
/// <see cref="BitcodeReadOptions.ConstantDetails"/>). Must not keep <paramref name="name"/>.</summary>
/// <param name="name">The value's IR name (UTF-8, from the module's STRTAB; empty when the STRTAB does not hold it).</param>
/// <param name="kind">Variable, function, alias or ifunc.</param>
/// <param name="isDeclaration">A function prototype or a variable without initialiser.</param>
/// <param name="section">Its section name, or null.</param>
/// <returns>True when the module should be read with its constant details.</returns>
public delegate bool GlobalValueFilter(ReadOnlySpan<byte> name, GlobalValueKind kind, bool isDeclaration, string? section);

/// <summary>What <see cref="BitcodeFile.Parse(ReadOnlyMemory{byte}, BitcodeReadOptions)"/> reads besides the
/// module-level records. Immutable; thread-safe.</summary>
public sealed record BitcodeReadOptions
{
    /// <summary>Module-level records only: what a symbol table needs.</summary>
    public static BitcodeReadOptions SymbolTable { get; } = new();

    /// <summary>Everything the analysis of function bodies reads, without constant details.</summary>
    public static BitcodeReadOptions FunctionBodies { get; } = new() { ReadFunctionBodies = true };

    /// <summary>Read module constants, metadata (module flags), attributes and every function body (calls, inline
    /// asm, operations). Without it only what a symbol table needs is read (global values, names, module asm, the
    /// type table); the other blocks are skipped by their length.</summary>
    public bool ReadFunctionBodies { get; init; }

    /// <summary>
    /// With <see cref="ReadFunctionBodies"/>: a module in which some global value satisfies this filter is read with
    /// its constant details, which cost time and memory the other modules do not pay: the bytes of variables
    /// initialised with a byte array (<see cref="BitcodeModule.InitializerBytes"/>) and the constant byte offsets of
    /// operands that point into a global (<see cref="IrBody.GlobalOffset"/>); <see cref="BitcodeModule.HasConstantDetails"/>
    /// says which modules were. The filter is asked once per global value, after the module's global value records
    /// (which LLVM writes before the module's constants and function bodies) and before the first CONSTANTS or
    /// FUNCTION block; a global value whose record comes later is not asked about. Null: no module is.
    /// </summary>
    public GlobalValueFilter? ConstantDetails { get; init; }

    /// <summary>A filter that asks for the constant details of every module.</summary>
    public static GlobalValueFilter Always { get; } = (_, _, _, _) => true;

    /// <summary>The largest byte array kept as an initialiser (<see cref="BitcodeModule.InitializerBytes"/>); a longer
    /// one is left undecoded, as if it were not a byte array. Default 64 KiB.</summary>
    public int MaxInitializerBytes { get; init; } = 64 * 1024;
}
