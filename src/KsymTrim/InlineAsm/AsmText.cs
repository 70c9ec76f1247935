using System.Buffers;
using System.Text;

namespace KsymTrim.InlineAsm;

/// <summary>Lexing of GNU-style assembly text: statements, labels, operands, and the symbols an expression names.</summary>
internal static class AsmText
{
    /// <summary>
    /// <c>text.ToLowerInvariant()</c>: <paramref name="text"/> itself when it holds no upper-case ASCII letter and no
    /// other character than ASCII, as nearly every mnemonic, directive and register name does. The invariant-mode
    /// casing looks at each character on its Unicode path even then (0.9% of the instructions of <c>used</c> over
    /// lto-x86_64-612, callgrind).
    /// </summary>
    public static string Lower(string text)
    {
        foreach (char c in text)
            if (c is >= 'A' and <= 'Z' or >= (char)0x80) return text.ToLowerInvariant();
        return text;
    }

    /// <summary>The statements of <paramref name="asm"/>: split at newlines and <c>;</c> (outside strings), with
    /// comments removed.</summary>
    public static IEnumerable<string> Statements(string asm, AsmDialect dialect)
    {
        string comment = dialect.Comment;
        if (comment.Length == 0) return StatementsPerCharacter(asm, dialect);
        // A statement is usually a substring of the asm as it stands; text is copied into a builder only for a
        // statement a comment is cut out of. (A builder sized for the whole asm costs a large-object allocation per
        // module asm, and each of those can set off a full collection.)
        var result = new List<string>();
        StringBuilder? cut = null; // the statement's text before the last comment removed from it
        var special = Special(comment[0]);
        int start = 0, i = 0;      // the statement so far: cut, then asm[start..i]
        while (i < asm.Length)
        {
            int run = asm.AsSpan(i).IndexOfAny(special);
            if (run < 0) { i = asm.Length; break; }
            i += run;
            char c = asm[i];
            if (c == '"')
            {
                // a string, to its closing quote; a backslash keeps the next character
                i++;
                while (i < asm.Length)
                {
                    char d = asm[i++];
                    if (d == '\\' && i < asm.Length) i++;
                    else if (d == '"') break;
                }
                continue;
            }
            if (c is '\n' or ';' or '\r')
            {
                result.Add(Take(asm, start, i, cut));
                start = ++i;
                continue;
            }
            if (c == '/' && i + 1 < asm.Length && asm[i + 1] == '*')
            {
                (cut ??= new StringBuilder()).Append(asm, start, i - start);
                int end = asm.IndexOf("*/", i + 2, StringComparison.Ordinal);
                start = i = end < 0 ? asm.Length : end + 2;
                continue;
            }
            if (asm.AsSpan(i).StartsWith(comment, StringComparison.Ordinal))
            {
                (cut ??= new StringBuilder()).Append(asm, start, i - start);
                int end = asm.IndexOf('\n', i + 1);
                start = i = end < 0 ? asm.Length : end;
                continue;
            }
            i++;
        }
        if ((cut?.Length ?? 0) + (asm.Length - start) > 0) result.Add(Take(asm, start, asm.Length, cut));
        return result;
    }

    // The characters a statement scan stops at, per comment character: a vectorized search (a span of six values
    // falls back to a slower probabilistic search).
    private static readonly SearchValues<char>?[] Specials = new SearchValues<char>?[128];

    private static SearchValues<char> Special(char comment)
    {
        if (comment >= Specials.Length) return SearchValues.Create(['"', '\n', ';', '\r', '/', comment]);
        return Specials[comment] ??= SearchValues.Create(['"', '\n', ';', '\r', '/', comment]);
    }

    /// <summary>The statement made of <paramref name="cut"/> (emptied) and <c>asm[start..end]</c>.</summary>
    private static string Take(string asm, int start, int end, StringBuilder? cut)
    {
        if (cut is null || cut.Length == 0) return asm.Substring(start, end - start);
        cut.Append(asm, start, end - start);
        string s = cut.ToString();
        cut.Clear();
        return s;
    }

    /// <summary><see cref="Statements"/> one character at a time, for a dialect without a comment string (where every
    /// position starts a comment).</summary>
    private static IEnumerable<string> StatementsPerCharacter(string asm, AsmDialect dialect)
    {
        var sb = new StringBuilder();
        bool inString = false;
        for (int i = 0; i < asm.Length; i++)
        {
            char c = asm[i];
            if (inString)
            {
                sb.Append(c);
                if (c == '\\' && i + 1 < asm.Length) sb.Append(asm[++i]);
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') { inString = true; sb.Append(c); continue; }
            if (c is '\n' or ';' or '\r')
            {
                yield return sb.ToString();
                sb.Clear();
                continue;
            }
            if (string.CompareOrdinal(asm, i, dialect.Comment, 0, dialect.Comment.Length) == 0 ||
                (c == '/' && i + 1 < asm.Length && asm[i + 1] == '*'))
            {
                if (c == '/' && i + 1 < asm.Length && asm[i + 1] == '*')
                {
                    int end = asm.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? asm.Length : end + 1;
                    continue;
                }
                while (i + 1 < asm.Length && asm[i + 1] != '\n') i++;
                continue;
            }
            sb.Append(c);
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    /// <summary>Takes a leading <c>name:</c> from <paramref name="statement"/>.</summary>
    public static bool TryTakeLabel(ref string statement, out string label)
    {
        var s = statement.TrimStart();
        int i = 0;
        if (s.Length > 0 && char.IsAsciiDigit(s[0]))
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++; // a directional label: "1:"
        else
            while (i < s.Length && IsSymbolChar(s[i], i == 0)) i++;
        if (i > 0 && i < s.Length && s[i] == ':' && !(i + 1 < s.Length && s[i + 1] == ':'))
        {
            label = s[..i];
            statement = s[(i + 1)..];
            return true;
        }
        label = "";
        return false;
    }

    /// <summary>The first word of a statement (mnemonic or directive) and the rest.</summary>
    public static string FirstWord(string statement, out string rest)
    {
        int i = FirstWordLength(statement);
        rest = statement[i..];
        return statement[..i];
    }

    /// <summary>The length of <see cref="FirstWord"/>'s word.</summary>
    internal static int FirstWordLength(ReadOnlySpan<char> statement)
    {
        int i = 0;
        while (i < statement.Length && !char.IsWhiteSpace(statement[i]) && statement[i] != ',') i++;
        return i;
    }

    /// <summary>Operands separated by commas outside parentheses, brackets and strings.</summary>
    public static List<string> SplitOperands(string operands)
    {
        var result = new List<string>();
        int depth = 0, start = 0;
        bool inString = false;
        for (int i = 0; i < operands.Length; i++)
        {
            char c = operands[i];
            if (inString) { if (c == '\\') i++; else if (c == '"') inString = false; continue; }
            if (c == '"') inString = true;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ',' && depth <= 0)
            {
                result.Add(operands[start..i].Trim());
                start = i + 1;
            }
        }
        result.Add(operands[start..].Trim());
        return result;
    }

    /// <summary>True for characters of a symbol name (GNU as: letters, digits, <c>_ . $</c>; not a leading digit).</summary>
    public static bool IsSymbolChar(char c, bool first) =>
        char.IsAsciiLetter(c) || c is '_' or '.' or '$' || (!first && char.IsAsciiDigit(c));

    /// <summary>
    /// The symbols an operand list or expression names: identifiers that are not registers, numbers, relocation
    /// specifiers (<c>@PLT</c>, <c>:lo12:</c>), x86 immediate prefixes (<c>$</c>, see below), unexpanded macro parameters
    /// (<c>\name</c>) or directional label references (<c>1b</c>, <c>1f</c>). The current location <c>.</c> is
    /// returned as <c>"."</c>.
    /// </summary>
    /// <param name="text">The operands or expression.</param>
    /// <param name="dialect">The target syntax.</param>
    /// <param name="dollarImmediates">Read x86 <c>$sym</c> as the immediate <c>sym</c>, as the assembler does when it
    /// writes an object. False reads it as the name <c>$sym</c>, as LLVM's RecordStreamer records module asm for the
    /// IR symbol table (llvm-nm shows <c>U $sym</c> and even <c>U $1</c>).</param>
    public static IEnumerable<string> Symbols(string text, AsmDialect dialect, bool dollarImmediates = false)
    {
        var symbols = new List<string>();
        AddSymbols(text, dialect, dollarImmediates, symbols);
        return symbols;
    }

    /// <summary>Adds the symbols <paramref name="text"/> names (<see cref="Symbols"/>) to <paramref name="symbols"/>: the
    /// assembler reads every statement this way, and a list it reuses costs no enumerator per operand.</summary>
    internal static void AddSymbols(string text, AsmDialect dialect, bool dollarImmediates, List<string> symbols)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"') { if (text[i] == '\\') i++; i++; }
                i++;
                continue;
            }
            if (c == '\\' || (c == '$' && dollarImmediates && dialect.ImmediatePrefix == '$'))
            {
                // "\name": a macro parameter left unexpanded, never a symbol; x86 "$sym": an immediate, the symbol is sym
                i++;
                if (c == '\\') while (i < text.Length && IsSymbolChar(text[i], false)) i++;
                continue;
            }
            if (c == '%' && dialect.RegistersHavePercent)
            {
                // "%rax", and "% rip" as the kernel's stringified _ASM_RIP writes it: the lexer skips the blank
                i++;
                while (i < text.Length && text[i] is ' ' or '\t') i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                continue;
            }
            if (c == '@' || (c == ':' && dialect.ColonSpecifiers))
            {
                // @PLT, @GOTPCREL / :lo12: — a relocation specifier, not a symbol
                char end = c == '@' ? '\0' : ':';
                i++;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                if (end == ':' && i < text.Length && text[i] == ':') i++;
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                // a number (0x10, 42) or a directional reference (1b, 1f)
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                continue;
            }
            if (IsSymbolChar(c, true))
            {
                int start = i;
                while (i < text.Length && IsSymbolChar(text[i], false)) i++;
                string name = text[start..i];
                if (dialect.IsRegister(Lower(name))) continue;
                symbols.Add(name);
                continue;
            }
            i++;
        }
    }
}
