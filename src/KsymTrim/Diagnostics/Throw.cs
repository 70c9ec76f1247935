using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace KsymTrim.Diagnostics;

/// <summary>Cold throw helpers, so that hot parsing methods contain no <c>throw</c>.</summary>
internal static class Throw
{
    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Format(DiagnosticId id, InputFormat format, long offset, string reason) =>
        throw new KsymFormatException(id, format, offset, reason);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Elf(DiagnosticId id, long offset, string reason) =>
        throw new KsymFormatException(id, InputFormat.Elf, offset, reason);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Bitcode(long offset, string reason) =>
        throw new KsymFormatException(DiagnosticId.BitcodeMalformed, InputFormat.Bitcode, offset, reason);

    [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
    public static void Archive(DiagnosticId id, long offset, string reason) =>
        throw new KsymFormatException(id, InputFormat.Archive, offset, reason);
}
