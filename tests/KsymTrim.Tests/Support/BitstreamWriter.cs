namespace KsymTrim.Tests.Support;

/// <summary>A bitstream writer for hand-made bitcode (tests): blocks with length words, unabbreviated and
/// abbreviated records, blobs, and a whole module with its STRTAB.</summary>
internal sealed class BitstreamWriter
{
    private readonly List<byte> _b = [];
    private readonly Stack<(int LengthAt, int Width)> _blocks = new();
    private ulong _cur;
    private int _n;
    public int Width { get; private set; } = 2;
    public int Length => _b.Count;

    public void Emit(ulong v, int width)
    {
        for (int i = 0; i < width; i++)
        {
            _cur |= ((v >> i) & 1) << _n;
            if (++_n == 8) { _b.Add((byte)_cur); _cur = 0; _n = 0; }
        }
    }

    public void Vbr(ulong v, int w)
    {
        ulong hi = 1UL << (w - 1);
        while (v >= hi) { Emit((v & (hi - 1)) | hi, w); v >>= w - 1; }
        Emit(v, w);
    }

    public void Align() { while (_n != 0 || _b.Count % 4 != 0) Emit(0, 1); }

    public void Enter(uint id, int w = 3)
    {
        Emit(1, Width); Vbr(id, 8); Vbr((ulong)w, 4); Align();
        int at = _b.Count;
        Emit(0, 32);
        _blocks.Push((at, Width));
        Width = w;
    }

    public void End()
    {
        Emit(0, Width); Align();
        var (at, w) = _blocks.Pop();
        uint words = (uint)((_b.Count - at - 4) / 4);
        for (int i = 0; i < 4; i++) _b[at + i] = (byte)(words >> (8 * i));
        Width = w;
    }

    public void Rec(uint code, params ulong[] ops)
    {
        Emit(3, Width); Vbr(code, 6); Vbr((ulong)ops.Length, 6);
        foreach (var o in ops) Vbr(o, 6);
    }

    /// <summary>DEFINE_ABBREV with the given ops: (literal, value) or (encoding, width).</summary>
    public void DefineAbbrev(params (bool Literal, int EncodingOrValue, int Width)[] ops)
    {
        Emit(2, Width); Vbr((ulong)ops.Length, 5);
        foreach (var (literal, e, w) in ops)
        {
            Emit(literal ? 1UL : 0, 1);
            if (literal) { Vbr((ulong)e, 8); continue; }
            Emit((ulong)e, 3);
            if (e is 1 or 2) Vbr((ulong)w, 5);
        }
    }

    /// <summary>A blob record through abbreviation id <paramref name="abbrev"/> ([literal code, blob]).</summary>
    public void Blob(uint abbrev, int length)
    {
        Emit(abbrev, Width); Vbr((ulong)length, 6); Align();
        for (int i = 0; i < length; i++) Emit(0x61, 8);
        Align();
    }

    public byte[] ToArray() { Align(); return _b.ToArray(); }

    /// <summary>Magic, a MODULE block (VERSION 2, then <paramref name="body"/>), a STRTAB of <paramref name="strtab"/>.</summary>
    public static byte[] Module(Action<BitstreamWriter> body, string strtab = "f")
    {
        var w = new BitstreamWriter();
        foreach (var c in "BC") w.Emit(c, 8);
        w.Emit(0xC0, 8); w.Emit(0xDE, 8);
        w.Enter(8); w.Rec(1, 2); body(w); w.End();
        w.Enter(23);
        w.DefineAbbrev((true, 1, 0), (false, 5, 0)); // [1, blob]
        w.Emit(4, w.Width); w.Vbr((ulong)strtab.Length, 6); w.Align();
        foreach (var c in strtab) w.Emit(c, 8);
        w.Align();
        w.End();
        return w.ToArray();
    }
}
