using KsymTrim.Caching;

namespace KsymTrim.InlineAsm;

/// <summary>What one constraint of an inline asm is (llvm::InlineAsm::ConstraintPrefix).</summary>
internal enum AsmConstraintType
{
    /// <summary>An input: consumes a call argument.</summary>
    Input,
    /// <summary>An output: a return value when direct, a call argument (the address) when indirect (<c>=*m</c>).</summary>
    Output,
    /// <summary>A clobber (<c>~{rax}</c>, <c>~{memory}</c>): no operand number, no argument.</summary>
    Clobber,
    /// <summary>A callbr indirect destination (<c>!i</c>, LLVM 16 on): an operand number, no argument.</summary>
    Label,
}

/// <summary>One comma-separated constraint, as llvm::InlineAsm::ConstraintInfo::Parse reads it
/// (llvm/lib/IR/InlineAsm.cpp): a prefix (<c>~</c>, <c>=</c>, <c>!</c>), <c>*</c> for indirect, the modifiers
/// <c>&amp;</c> (earlyclobber) and <c>%</c> (commutative), then the codes. The codes of every alternative
/// (<c>r|m</c>) are merged: which alternative the backend picks is not predicted.</summary>
/// <param name="Type">Input, output, clobber or label.</param>
/// <param name="Indirect">The operand is the address of the value (<c>*m</c>).</param>
/// <param name="EarlyClobber">An output written before all inputs are read (<c>=&amp;r</c>).</param>
/// <param name="TiedTo">For an input tied to an output (<c>0</c>), that output's operand number; otherwise -1.</param>
/// <param name="Codes">The constraint codes: <c>r</c>, <c>m</c>, <c>{rax}</c>, <c>Upl</c>, <c>0</c>.</param>
internal sealed record AsmConstraint(AsmConstraintType Type, bool Indirect, bool EarlyClobber, int TiedTo, IReadOnlyList<string> Codes)
{
    /// <summary>Consumes a call argument: an input (tied or not) or an indirect output.</summary>
    public bool TakesArgument => Type == AsmConstraintType.Input || (Type == AsmConstraintType.Output && Indirect);
}

/// <summary>Parses LLVM inline asm constraint strings.</summary>
internal static class AsmConstraints
{
    /// <summary>
    /// The constraints of <paramref name="constraints"/> in order. LLVM rejects a malformed string outright; this
    /// parser never fails: an unreadable constraint becomes an input with the codes it could read, so operand
    /// numbering stays as close to the author's intent as possible.
    /// </summary>
    public static List<AsmConstraint> Parse(string constraints)
    {
        var result = new List<AsmConstraint>();
        if (constraints.Length == 0) return result;
        foreach (var text in constraints.Split(','))
            result.Add(ParseOne(text, result));
        return result;
    }

    /// <summary><see cref="Parse"/>, shared: kernel asm repeats the same few constraint strings at thousands of call
    /// sites. The constraints are immutable (their code lists are never changed after parsing).</summary>
    public static IReadOnlyList<AsmConstraint> ParseShared(string constraints)
    {
        if (Shared.TryGetValue(constraints, out var parsed)) return parsed;
        parsed = Parse(constraints).ToArray();
        return Bounded.Add(Shared, constraints, parsed, ref _sharedCount, MaxShared);
    }

    private const int MaxShared = 16384;
    private static int _sharedCount;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, AsmConstraint[]> Shared = new(StringComparer.Ordinal);

    private static AsmConstraint ParseOne(string s, List<AsmConstraint> soFar)
    {
        int i = 0;
        var type = AsmConstraintType.Input;
        if (i < s.Length && s[i] == '~') { type = AsmConstraintType.Clobber; i++; }
        else if (i < s.Length && s[i] == '=') { type = AsmConstraintType.Output; i++; }
        else if (i < s.Length && s[i] == '!') { type = AsmConstraintType.Label; i++; }
        bool indirect = false, earlyClobber = false;
        for (; i < s.Length && s[i] is '*' or '&' or '%'; i++)
        {
            if (s[i] == '*') indirect = true;
            else if (s[i] == '&') earlyClobber = type == AsmConstraintType.Output;
        }
        var codes = new List<string>();
        int tiedTo = -1;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '{')
            {
                int end = s.IndexOf('}', i + 1);
                if (end < 0) end = s.Length - 1; // "{foo": LLVM refuses it; keep it as an unknown register
                codes.Add(s[i..(end + 1)]);
                i = end + 1;
            }
            else if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
                codes.Add(s[start..i]);
                if (type == AsmConstraintType.Input && tiedTo < 0 && int.TryParse(s.AsSpan(start, i - start), out int n) &&
                    n < soFar.Count && soFar[n].Type == AsmConstraintType.Output)
                    tiedTo = n;
            }
            else if (c == '|') i++;
            else if (c == '^') { codes.Add(s.Substring(i + 1, Math.Min(2, s.Length - i - 1))); i += 3; } // "^Yz": two letters
            else if (c == '@' && i + 1 < s.Length && s[i + 1] is >= '1' and <= '9')
            {
                int n = s[i + 1] - '0'; // "@3Upl": a count, then that many letters
                codes.Add(s.Substring(i + 2, Math.Min(n, s.Length - i - 2)));
                i += 2 + n;
            }
            else { codes.Add(c.ToString()); i++; }
        }
        return new AsmConstraint(type, indirect, earlyClobber, tiedTo, codes);
    }
}
