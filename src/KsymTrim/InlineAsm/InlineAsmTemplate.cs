using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KsymTrim.Caching;

namespace KsymTrim.InlineAsm;

/// <summary>
/// An inline asm template and constraint string with what they decide without the call's argument values, worked
/// out once per process: the template split into literal text and operand references, and the operand plans
/// (numbering, how each operand prints, register candidates) for each combination of argument kinds. Kernel asm
/// repeats a few hundred templates at tens of thousands of call sites, and most calls of one template differ only
/// in a constant or a symbol. Thread-safe: what it computes is immutable and published once.
/// </summary>
internal sealed class InlineAsmTemplate
{
    private const int MaxTemplates = 16384;
    private const int MaxPlans = 256;         // argument kind combinations per template
    private const int MaxSignatureArguments = 29; // a signature packs the count (5 bits) and 2 bits per argument

    private static readonly ConcurrentDictionary<Key, InlineAsmTemplate> Templates = new();
    private static int _templateCount;

    private Pieces? _pieces;
    private readonly ConcurrentDictionary<ulong, LastPlan> _plans = new();
    private int _planCount;

    private readonly AsmTarget _target;

    private InlineAsmTemplate(AsmDialect dialect, string asm, string constraints) =>
        (Dialect, Asm, Constraints, _target) = (dialect, asm, constraints, AsmTarget.For(dialect));

    /// <summary>The target syntax.</summary>
    public AsmDialect Dialect { get; }

    /// <summary>The LLVM IR template.</summary>
    public string Asm { get; }

    /// <summary>The LLVM constraint string.</summary>
    public string Constraints { get; }

    /// <summary>The shared template for <paramref name="asm"/> and <paramref name="constraints"/> in <paramref name="dialect"/>
    /// (a fresh one once the process-wide cache is full).</summary>
    public static InlineAsmTemplate For(AsmDialect dialect, string asm, string constraints)
    {
        var key = new Key(dialect, asm, constraints);
        if (Templates.TryGetValue(key, out var template)) return template;
        return Bounded.Add(Templates, key, new InlineAsmTemplate(dialect, asm, constraints), ref _templateCount, MaxTemplates);
    }

    /// <summary>A template of its own, outside the process-wide cache (the fuzzer: no state shared between inputs).</summary>
    internal static InlineAsmTemplate Uncached(AsmDialect dialect, string asm, string constraints) => new(dialect, asm, constraints);

    /// <summary>The template as literal text and operand references, with the notes parsing it gave.</summary>
    public (InlineAsmScan.Piece[] Pieces, string[] Notes) Parsed
    {
        get
        {
            var pieces = Volatile.Read(ref _pieces);
            if (pieces is null)
            {
                int operands = 0;
                foreach (var c in AsmConstraints.ParseShared(Constraints)) if (c.Type != AsmConstraintType.Clobber) operands++;
                var (parsed, notes) = InlineAsmScan.ParseTemplate(Asm, operands, Dialect);
                var fresh = new Pieces(parsed, notes);
                pieces = Interlocked.CompareExchange(ref _pieces, fresh, null) ?? fresh;
            }
            return (pieces.Parsed, pieces.Notes);
        }
    }

    /// <summary>The operand plan for a call with <paramref name="arguments"/>: it depends only on their count and kinds.</summary>
    public InlineAsmScan.OperandsPlan Plan(IReadOnlyList<AsmOperand> arguments) =>
        arguments is AsmOperand[] array ? Plan(array.AsSpan()) : Plan(arguments.ToArray().AsSpan());

    /// <summary>The operand plan for a call with <paramref name="arguments"/>.</summary>
    public InlineAsmScan.OperandsPlan Plan(ReadOnlySpan<AsmOperand> arguments)
    {
        int count = arguments.Length;
        if (count > MaxSignatureArguments) return Build(Kinds(arguments));
        ulong signature = (ulong)count;
        for (int i = 0; i < count; i++)
        {
            // the plan tells only these apart (any other value is read as Unknown)
            ulong k = arguments[i].Kind switch { AsmOperandKind.Constant => 1, AsmOperandKind.Symbol => 2, _ => 0 };
            signature |= k << (5 + 2 * i);
        }
        // Nearly every call of a template has the same argument kinds: the last plan found answers without a lookup.
        var last = Volatile.Read(ref _last);
        if (last is not null && last.Signature == signature) return last.Plan;
        if (!_plans.TryGetValue(signature, out var entry))
        {
            var kinds = Kinds(arguments);
            var plan = Build(kinds);
            plan = plan with { Inert = InlineAsmScan.InertArguments(Parsed.Pieces, plan, kinds, Dialect) };
            entry = Bounded.Add(_plans, signature, new LastPlan(signature, plan), ref _planCount, MaxPlans);
        }
        Volatile.Write(ref _last, entry);
        return entry.Plan;
    }

    private static AsmOperandKind[] Kinds(ReadOnlySpan<AsmOperand> arguments)
    {
        var kinds = new AsmOperandKind[arguments.Length];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = arguments[i].Kind;
        return kinds;
    }

    /// <summary>A plan with its signature (the count and kinds of the arguments), kept as one reference so that the last
    /// one found is read consistently by every thread.</summary>
    private sealed record LastPlan(ulong Signature, InlineAsmScan.OperandsPlan Plan);

    private LastPlan? _last;

    // Stands for an inert argument in a cache key: a constant never carries a symbol, so it equals no real argument.
    private static readonly AsmOperand InertKey = new(AsmOperandKind.Constant, 0, "(inert)");

    // The characters that could end a statement, or open a string or a comment, if a symbol name printed them.
    private static readonly System.Buffers.SearchValues<char> StatementBreaks = System.Buffers.SearchValues.Create("\n\r;\"/#@");

    /// <summary>
    /// The arguments as a cache key for what <see cref="InlineAsmReferences"/> finds: <paramref name="arguments"/>
    /// itself, or a copy in which each inert argument (<see cref="InlineAsmScan.InertArguments"/>) that prints as a
    /// plain number is one placeholder, so that calls differing only in a line number share one scan. Not when a
    /// symbol's name could break the template's statements apart differently.
    /// </summary>
    public AsmOperand[] CacheKey(AsmOperand[] arguments)
    {
        var inert = Plan(arguments.AsSpan()).Inert;
        if (inert.Length == 0) return arguments;
        foreach (var a in arguments)
            if (a.Kind == AsmOperandKind.Symbol && a.Symbol.AsSpan().IndexOfAny(StatementBreaks) >= 0) return arguments;
        AsmOperand[]? key = null;
        var target = _target;
        foreach (var i in inert)
        {
            var a = arguments[i.Argument];
            if (a.Kind != AsmOperandKind.Constant || !InlineAsmScan.PrintsAsNumber(target, Dialect, a.Value, i.Modifiers)) continue;
            (key ??= (AsmOperand[])arguments.Clone())[i.Argument] = InertKey;
        }
        return key ?? arguments;
    }

    private InlineAsmScan.OperandsPlan Build(ReadOnlySpan<AsmOperandKind> kinds) =>
        InlineAsmScan.BuildPlan(AsmConstraints.ParseShared(Constraints), kinds, _target);

    private sealed record Pieces(InlineAsmScan.Piece[] Parsed, string[] Notes);

    /// <summary>A dialect (by reference: a record's value equality would hash its delegates) and the two strings.</summary>
    private readonly struct Key(AsmDialect dialect, string asm, string constraints) : IEquatable<Key>
    {
        private readonly int _hash = HashCode.Combine(RuntimeHelpers.GetHashCode(dialect), TableHash.Of(asm), TableHash.Of(constraints));
        public AsmDialect Dialect => dialect;
        public string Asm => asm;
        public string Constraints => constraints;

        public bool Equals(Key other) =>
            _hash == other._hash && ReferenceEquals(dialect, other.Dialect) && asm == other.Asm && constraints == other.Constraints;

        public override bool Equals(object? obj) => obj is Key k && Equals(k);

        public override int GetHashCode() => _hash;

    }
}
