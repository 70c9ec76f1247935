using System.Globalization;

namespace KsymTrim.InlineAsm;

/// <summary>
/// Evaluates the absolute integer expressions GNU as accepts in <c>.if</c> and <c>.set</c> (numbers, symbols
/// with known values, C operators with as's precedence). Anything else (a relocatable symbol, an unknown name)
/// is not evaluable: <see cref="TryEvaluate"/> returns false.
/// </summary>
internal static class AsmExpression
{
    /// <summary>Evaluates <paramref name="text"/>; <paramref name="lookup"/> gives the values of symbols.</summary>
    public static bool TryEvaluate(string text, Func<string, long?> lookup, out long value)
    {
        var p = new Parser(text, lookup);
        try
        {
            value = p.Or();
            p.SkipSpace();
            return p.AtEnd;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            value = 0;
            return false;
        }
    }

    private static readonly HashSet<string> TwoCharacterOperators = new(StringComparer.Ordinal)
    {
        "==", "!=", "<>", "<=", ">=", "<<", ">>", "&&", "||",
    };

    private sealed class Parser(string text, Func<string, long?> lookup)
    {
        private const int MaxNesting = 256; // parentheses and unary operators: the parser recurses on them
        private int _i, _depth;
        public bool AtEnd => _i >= text.Length;

        public void SkipSpace() { while (_i < text.Length && char.IsWhiteSpace(text[_i])) _i++; }

        private bool Take(string op)
        {
            SkipSpace();
            if (string.CompareOrdinal(text, _i, op, 0, op.Length) != 0) return false;
            // A one-character operator must not be the start of a two-character one ("!" of "!=", "<" of "<<").
            if (op.Length == 1 && _i + 1 < text.Length && TwoCharacterOperators.Contains(text.Substring(_i, 2))) return false;
            _i += op.Length;
            return true;
        }

        // GNU as precedence (as.info, "Infix Operators"), each level left-associative:
        // lowest && ||; low + - == <> != < > >= <=; intermediate | & ^ !; highest * / % << >>.
        public long Or()
        {
            long v = Low();
            while (true)
            {
                if (Take("&&")) { long r = Low(); v = (v != 0 && r != 0) ? 1 : 0; }
                else if (Take("||")) { long r = Low(); v = (v != 0 || r != 0) ? 1 : 0; }
                else return v;
            }
        }

        private long Low()
        {
            long v = Bitwise();
            while (true)
            {
                // comparisons give -1 for true, as GNU as does
                if (Take("+")) v = unchecked(v + Bitwise());
                else if (Take("-")) v = unchecked(v - Bitwise());
                else if (Take("==")) v = v == Bitwise() ? -1 : 0;
                else if (Take("!=") || Take("<>")) v = v != Bitwise() ? -1 : 0;
                else if (Take("<=")) v = v <= Bitwise() ? -1 : 0;
                else if (Take(">=")) v = v >= Bitwise() ? -1 : 0;
                else if (Take("<")) v = v < Bitwise() ? -1 : 0;
                else if (Take(">")) v = v > Bitwise() ? -1 : 0;
                else return v;
            }
        }

        private long Bitwise()
        {
            long v = Multiplicative();
            while (true)
            {
                if (Take("|")) v |= Multiplicative();
                else if (Take("&")) v &= Multiplicative();
                else if (Take("^")) v ^= Multiplicative();
                else if (Take("!")) v |= ~Multiplicative();
                else return v;
            }
        }
        private long Multiplicative()
        {
            long v = Unary();
            while (true)
            {
                if (Take("*")) v = unchecked(v * Unary());
                // long.MinValue / -1 overflows (and throws even unchecked): as wraps, so do we.
                else if (Take("/")) { long d = Unary(); if (d == 0) throw new FormatException(); v = d == -1 ? unchecked(-v) : v / d; }
                else if (Take("%")) { long d = Unary(); if (d == 0) throw new FormatException(); v = d == -1 ? 0 : v % d; }
                else if (Take("<<")) v <<= (int)(Unary() & 63);
                else if (Take(">>")) v >>= (int)(Unary() & 63);
                else return v;
            }
        }
        private long Unary()
        {
            if (++_depth > MaxNesting) throw new FormatException();
            try
            {
                if (Take("-")) return unchecked(-Unary());
                if (Take("+")) return Unary();
                if (Take("~")) return ~Unary();
                if (Take("!")) return Unary() == 0 ? 1 : 0;
                return Primary();
            }
            finally { _depth--; }
        }
        private long Primary()
        {
            SkipSpace();
            if (Take("("))
            {
                long v = Or();
                if (!Take(")")) throw new FormatException();
                return v;
            }
            if (_i >= text.Length) throw new FormatException();
            int start = _i;
            if (char.IsAsciiDigit(text[_i]))
            {
                while (_i < text.Length && char.IsAsciiLetterOrDigit(text[_i])) _i++;
                return ParseNumber(text[start.._i]);
            }
            if (AsmText.IsSymbolChar(text[_i], true))
            {
                while (_i < text.Length && AsmText.IsSymbolChar(text[_i], false)) _i++;
                return lookup(text[start.._i]) ?? throw new FormatException();
            }
            throw new FormatException();
        }

        private static long ParseNumber(string s)
        {
            // "1b", "0b", "1f": references to directional labels, not absolute. Numbers that do not fit 64 bits
            // are refused rather than truncated.
            if (s.Length > 2 && s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) &&
                ulong.TryParse(s.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong hex))
                return unchecked((long)hex);
            if (s.Length > 2 && s.StartsWith("0b", StringComparison.OrdinalIgnoreCase) && s.Length <= 66 && s[2..].All(c => c is '0' or '1'))
                return unchecked((long)Convert.ToUInt64(s[2..], 2));
            if (s.All(char.IsAsciiDigit))
            {
                if (s.Length > 1 && s[0] == '0')
                {
                    if (s.Length > 23 || s.Any(c => c > '7')) throw new FormatException();
                    return unchecked((long)Convert.ToUInt64(s, 8));
                }
                if (ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out ulong dec)) return unchecked((long)dec);
            }
            throw new FormatException();
        }
    }
}
