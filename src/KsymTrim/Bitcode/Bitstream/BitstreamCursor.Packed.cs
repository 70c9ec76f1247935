namespace KsymTrim.Bitcode.Bitstream;

// Arrays a record read left in the data (PackedArray), decoded when and where the caller wants them.
internal sealed partial class BitstreamCursor
{
    /// <summary>The bytes of an array record read left in the data
    /// (<see cref="RecordBuffer.Packed"/>) (each element truncated to a byte, as a string record's operands are), decoded as UTF-8.</summary>
    public static string DecodeString(ReadOnlySpan<byte> data, PackedArray array)
    {
        if (array.Length <= 0) return "";
        byte[] bytes = new byte[array.Length];
        long bit = array.Bit;
        if (array.Width == 0)
        {
            var table = Char6Table;
            for (int k = 0; k < bytes.Length; k++, bit += 6) bytes[k] = table[(int)(BitReader.Peek(data, bit) & 63)];
        }
        else
        {
            for (int k = 0; k < bytes.Length; k++, bit += array.Width) bytes[k] = (byte)BitReader.Peek(data, bit);
        }
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The elements of an array a record read left in the data, into <paramref name="into"/>
    /// (<see cref="PackedArray.Length"/> values).</summary>
    public static void Unpack(ReadOnlySpan<byte> data, PackedArray array, Span<ulong> into)
    {
        long bit = array.Bit;
        into = into[..array.Length];
        if (array.Width == 0)
        {
            var table = Char6Table;
            for (int k = 0; k < into.Length; k++, bit += 6) into[k] = table[(int)(BitReader.Peek(data, bit) & 63)];
            return;
        }
        ulong mask = (1UL << array.Width) - 1;
        for (int k = 0; k < into.Length; k++, bit += array.Width) into[k] = BitReader.Peek(data, bit) & mask;
    }

    /// <summary><see cref="Unpack(ReadOnlySpan{byte}, PackedArray, Span{ulong})"/> into ints: false, with
    /// <paramref name="into"/> partly written, when an element is above <see cref="int.MaxValue"/>.</summary>
    public static bool Unpack(ReadOnlySpan<byte> data, PackedArray array, Span<int> into)
    {
        long bit = array.Bit;
        into = into[..array.Length];
        if (array.Width == 0)
        {
            var table = Char6Table;
            for (int k = 0; k < into.Length; k++, bit += 6) into[k] = table[(int)(BitReader.Peek(data, bit) & 63)];
            return true;
        }
        int width = array.Width;
        ulong mask = (1UL << width) - 1;
        if (width <= 31)
        {
            for (int k = 0; k < into.Length; k++, bit += width) into[k] = (int)(BitReader.Peek(data, bit) & mask);
            return true;
        }
        for (int k = 0; k < into.Length; k++, bit += width)
        {
            ulong v = BitReader.Peek(data, bit) & mask;
            if (v > int.MaxValue) return false;
            into[k] = (int)v;
        }
        return true;
    }
}
