namespace KsymTrim.Tool;

/// <summary>Exit status of <c>ksymtrim</c> (CONTRACT.md, "Errors and exit status").</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;
    /// <summary>At least one input could not be read or understood.</summary>
    public const int InputError = 1;
    /// <summary>The command line is wrong.</summary>
    public const int UsageError = 2;
}
