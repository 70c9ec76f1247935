using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KsymTrim.InlineAsm;

namespace KsymTrim.Tests.InlineAsm;

/// <summary>One inline asm call site of LLVM IR text: template and constraints unescaped, arguments classified.</summary>
internal sealed record IrAsmCall(string Asm, string Constraints, IReadOnlyList<AsmOperand> Arguments);

/// <summary>Finds the inline asm call sites of <c>llvm-dis</c> output: the test's stand-in for the bitcode reader.</summary>
internal static partial class IrAsmCalls
{
    [GeneratedRegex("""\basm (?:sideeffect |alignstack |inteldialect |unwind )*"((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)"\(""")]
    private static partial Regex AsmCall();

    [GeneratedRegex(@"^i\d+ (?:noundef |signext |zeroext )*(-?\d+|true|false)$")]
    private static partial Regex IntegerArgument();

    [GeneratedRegex(@"@(""[^""]*""|[-a-zA-Z$._0-9]+)$")]
    private static partial Regex GlobalArgument();

    // getelementptr [inbounds] (i8, ptr @g, i64 16): a global plus a byte offset
    [GeneratedRegex(@"getelementptr (?:inbounds )?\(i8, ptr @(""[^""]*""|[-a-zA-Z$._0-9]+), i64 (-?\d+)\)$")]
    private static partial Regex ByteGep();

    public static IEnumerable<IrAsmCall> Parse(string llText)
    {
        foreach (Match m in AsmCall().Matches(llText))
        {
            int open = m.Index + m.Length - 1;
            int close = MatchingParen(llText, open);
            if (close < 0) continue;
            var args = SplitTopLevel(llText[(open + 1)..close]).Where(a => a.Length > 0).Select(Classify).ToList();
            yield return new IrAsmCall(Unescape(m.Groups[1].Value), Unescape(m.Groups[2].Value), args);
        }
    }

    /// <summary>An argument as the bitcode reader would give it: an integer constant, a global, or unknown.</summary>
    private static AsmOperand Classify(string arg)
    {
        arg = arg.Trim();
        var i = IntegerArgument().Match(arg);
        if (i.Success)
            return AsmOperand.Constant(i.Groups[1].Value switch { "true" => 1, "false" => 0, var v => long.Parse(v, CultureInfo.InvariantCulture) });
        if (arg.Contains("blockaddress", StringComparison.Ordinal)) return AsmOperand.Unknown;
        var gep = ByteGep().Match(arg);
        if (gep.Success) return AsmOperand.Global(gep.Groups[1].Value.Trim('"'), long.Parse(gep.Groups[2].Value, CultureInfo.InvariantCulture));
        if (arg.Contains("getelementptr", StringComparison.Ordinal)) return AsmOperand.Unknown;
        var g = GlobalArgument().Match(arg);
        return g.Success ? AsmOperand.Global(g.Groups[1].Value.Trim('"')) : AsmOperand.Unknown;
    }

    private static int MatchingParen(string s, int open)
    {
        int depth = 0;
        for (int i = open; i < s.Length; i++)
        {
            if (s[i] == '"') { i = s.IndexOf('"', i + 1); if (i < 0) return -1; continue; }
            if (s[i] == '(') depth++;
            else if (s[i] == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static List<string> SplitTopLevel(string s)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '(' or '[' or '{' or '<') depth++;
            else if (c is ')' or ']' or '}' or '>') depth--;
            else if (c == ',' && depth == 0) { parts.Add(s[start..i].Trim()); start = i + 1; }
        }
        parts.Add(s[start..].Trim());
        return parts;
    }

    /// <summary>LLVM's string escapes: <c>\XX</c> hex bytes and <c>\\</c>.</summary>
    public static string Unescape(string s)
    {
        var bytes = new List<byte>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] == '\\') { bytes.Add((byte)'\\'); i++; }
            else if (s[i] == '\\' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
