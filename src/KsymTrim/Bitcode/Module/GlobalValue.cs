namespace KsymTrim.Bitcode.Module;

/// <summary>What kind of global value a MODULE record declares.</summary>
public enum GlobalValueKind
{
    /// <summary>MODULE_CODE_GLOBALVAR.</summary>
    Variable,
    /// <summary>MODULE_CODE_FUNCTION.</summary>
    Function,
    /// <summary>MODULE_CODE_ALIAS.</summary>
    Alias,
    /// <summary>MODULE_CODE_IFUNC.</summary>
    IFunc,
}

/// <summary>LLVM's GlobalValue::LinkageTypes, decoded as BitcodeReader's getDecodedLinkage does.</summary>
public enum Linkage
{
    /// <summary>external.</summary>
    External,
    /// <summary>available_externally.</summary>
    AvailableExternally,
    /// <summary>linkonce.</summary>
    LinkOnceAny,
    /// <summary>linkonce_odr.</summary>
    LinkOnceOdr,
    /// <summary>weak.</summary>
    WeakAny,
    /// <summary>weak_odr.</summary>
    WeakOdr,
    /// <summary>appending.</summary>
    Appending,
    /// <summary>internal.</summary>
    Internal,
    /// <summary>private.</summary>
    Private,
    /// <summary>extern_weak.</summary>
    ExternalWeak,
    /// <summary>common.</summary>
    Common,
}

/// <summary>A global's <c>thread_local</c> mode, in the bitcode's encoding (BitcodeWriter.cpp getEncodedThreadLocalMode).</summary>
internal enum ThreadLocalMode
{
    /// <summary>Not thread-local.</summary>
    None,
    /// <summary><c>thread_local</c>: general dynamic.</summary>
    GeneralDynamic,
    /// <summary><c>thread_local(localdynamic)</c>.</summary>
    LocalDynamic,
    /// <summary><c>thread_local(initialexec)</c>.</summary>
    InitialExec,
    /// <summary><c>thread_local(localexec)</c>.</summary>
    LocalExec,
}

/// <summary>One global value of a bitcode module, from its MODULE record.</summary>
/// <param name="Name">Its name (from the STRTAB).</param>
/// <param name="Kind">Variable, function, alias or ifunc.</param>
/// <param name="Linkage">Its linkage.</param>
/// <param name="Visibility">0 default, 1 hidden, 2 protected.</param>
/// <param name="IsDeclaration">A function prototype or a variable without initialiser.</param>
/// <param name="IsConstant">A constant variable.</param>
/// <param name="Section">Its section name, or null.</param>
/// <param name="IsExecutable">A function or ifunc, or an alias whose value type is a function type.</param>
public sealed record GlobalValue(string Name, GlobalValueKind Kind, Linkage Linkage, int Visibility, bool IsDeclaration,
    bool IsConstant, string? Section, bool IsExecutable)
{
    /// <summary>Its value type id: the function type of a function, the variable's type.</summary>
    internal int ValueType { get; init; } = -1;

    /// <summary>A function's attribute list (empty for other kinds).</summary>
    internal AttributeList Attributes { get; init; } = AttributeList.Empty;

    /// <summary>dllimport storage class: llvm-nm prints the name with <c>__imp_</c> before it, on every target
    /// (ModuleSymbolTable::printSymbolName).</summary>
    public bool IsDllImport { get; init; }

    /// <summary>A function's calling convention, LLVM's CallingConv::ID (0 C; 64 x86_stdcall, 65 x86_fastcall,
    /// 80 x86_vectorcall); 0 for other kinds.</summary>
    internal int CallingConv { get; init; }

    /// <summary>A function's garbage collector (<c>gc "shadow-stack"</c>), or null.</summary>
    internal string? Gc { get; init; }

    /// <summary>An alias's aliasee when it is a global value itself (an index into the module's global values), or -1:
    /// an aliasee built by a constant expression is not followed.</summary>
    internal int Aliasee { get; init; } = -1;

    /// <summary>A variable's or alias's <c>thread_local</c> mode (GLOBALVAR field 9, ALIAS field 8).</summary>
    internal ThreadLocalMode ThreadLocal { get; init; }

    /// <summary><c>dso_local</c> (GLOBALVAR field 15, ALIAS field 10; the writer sets it for local linkage and
    /// hidden/protected visibility too, LLVM's <c>isDSOLocal</c>).</summary>
    internal bool IsDsoLocal { get; init; }

    /// <summary>A function's personality, when it is a global value: its index; -1 when it has none, -2 when it is
    /// another value (a constant expression, which bitcode before opaque pointers may hold).</summary>
    internal int Personality { get; init; } = -1;

    /// <summary>internal or private linkage.</summary>
    public bool IsLocal => Linkage is Linkage.Internal or Linkage.Private;

    /// <summary>Undefined for the linker: a declaration, or available_externally (LLVM's isDeclarationForLinker).</summary>
    public bool IsDeclarationForLinker => IsDeclaration || Linkage == Linkage.AvailableExternally;

    /// <summary>LLVM's SF_FormatSpecific (ModuleSymbolTable::getSymbolFlags): private linkage, an <c>llvm.*</c> name, or
    /// a variable in section <c>llvm.metadata</c>. Such a value is never a symbol of the object file.</summary>
    internal bool IsFormatSpecific =>
        Linkage == Linkage.Private || Name.StartsWith("llvm.", StringComparison.Ordinal) ||
        (Kind == GlobalValueKind.Variable && Section == "llvm.metadata");

    /// <summary>linkonce, weak (any or ODR) or extern_weak.</summary>
    public bool IsWeak => Linkage is Linkage.LinkOnceAny or Linkage.LinkOnceOdr or Linkage.WeakAny or Linkage.WeakOdr or Linkage.ExternalWeak;

    /// <summary>LLVM's decoding of a bitcode linkage value (BitcodeReader.cpp, getDecodedLinkage); unknown values
    /// map to external, as LLVM maps them.</summary>
    public static Linkage Decode(ulong value) => value switch
    {
        2 => Linkage.Appending,
        3 => Linkage.Internal,
        7 => Linkage.ExternalWeak,
        8 => Linkage.Common,
        9 or 13 or 14 => Linkage.Private,
        12 => Linkage.AvailableExternally,
        1 or 16 => Linkage.WeakAny,
        10 or 17 => Linkage.WeakOdr,
        4 or 18 => Linkage.LinkOnceAny,
        11 or 19 => Linkage.LinkOnceOdr,
        _ => Linkage.External,
    };
}
