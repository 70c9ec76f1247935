using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace KsymTrim.IO;

/// <summary>
/// Byte order as a type parameter: parsers are written once as <c>Parse&lt;TOrder&gt;</c> and the JIT
/// specialises each instantiation, so a field read is a plain load (plus a byte swap for the foreign order).
/// Callers guarantee the span is long enough; bounds are checked by the parser before reading.
/// </summary>
internal interface IByteOrder
{
    static abstract ushort U16(ReadOnlySpan<byte> s);
    static abstract uint U32(ReadOnlySpan<byte> s);
    static abstract ulong U64(ReadOnlySpan<byte> s);
}

internal readonly struct LittleEndian : IByteOrder
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort U16(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt16LittleEndian(s);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint U32(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt32LittleEndian(s);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong U64(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt64LittleEndian(s);
}

internal readonly struct BigEndian : IByteOrder
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ushort U16(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt16BigEndian(s);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint U32(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt32BigEndian(s);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong U64(ReadOnlySpan<byte> s) => BinaryPrimitives.ReadUInt64BigEndian(s);
}

/// <summary>Overflow-safe range checks: two unsigned compares each (the offset, then the length against what is
/// left), no addition that could wrap.</summary>
internal static class Bounds
{
    /// <summary>True when [offset, offset+length) lies inside a buffer of <paramref name="total"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Fits(ulong offset, ulong length, int total) =>
        offset <= (ulong)total && length <= (ulong)total - offset;

    /// <summary>True when [offset, offset+length) lies inside a buffer of <paramref name="total"/> bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Fits(long offset, long length, long total) =>
        (ulong)offset <= (ulong)total && (ulong)length <= (ulong)(total - offset);
}
