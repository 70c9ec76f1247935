using KsymTrim.Inputs;
using KsymTrim.Analysis;
using KsymTrim.Bitcode.Module;
using KsymTrim.Diagnostics;
using KsymTrim.IO;
using KsymTrim.Kbuild;
using KsymTrim.Objects;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KsymTrim;

/// <summary>The outcome for one module input: its references, or the error that stopped it.</summary>
/// <param name="Path">The input as the caller named it.</param>
/// <param name="References">What it needs from outside, or null when it could not be read.</param>
/// <param name="Error">Why it could not be read, or null.</param>
public sealed record ModuleResult(string Path, ModuleReferences? References, KsymFormatException? Error);

/// <summary>
/// The pipeline for module inputs: turns each path into object units (Inputs), reads their symbol tables (Objects)
/// or bitcode (Bitcode) and resolves them into the module's external references (Analysis). Thread-safe: one
/// instance may serve many threads.
/// </summary>
/// <example>
/// <code>
/// var analyzer = new ModuleAnalyzer(loggerFactory.CreateLogger&lt;ModuleAnalyzer&gt;());
/// foreach (var r in analyzer.GetReferences("drivers/net/dummy.ko").References)
///     Console.WriteLine($"{r.Symbol} {ReferenceSources.Name(r.Source)}");
/// </code>
/// </example>
public sealed class ModuleAnalyzer
{
    private readonly ILogger _logger;
    private readonly SymbolNameTable _names = new();

    /// <summary>Creates an analyzer that logs through <paramref name="logger"/> (nothing by default).</summary>
    public ModuleAnalyzer(ILogger? logger = null) => _logger = logger ?? NullLogger.Instance;

    /// <summary>The symbols the module in <paramref name="path"/> needs from outside itself.</summary>
    /// <exception cref="KsymFormatException">The input cannot be read or understood.</exception>
    public ModuleReferences GetReferences(string path) => GetReferences(new ModuleInput(path));

    /// <summary>The symbols the module <paramref name="module"/> (one file, or a member list) needs from outside itself.</summary>
    /// <exception cref="KsymFormatException">The input cannot be read or understood.</exception>
    public ModuleReferences GetReferences(ModuleInput module)
    {
        // this thread is one of the jobs; the others may help parse the module's members
        var slots = new JobSlots(Environment.ProcessorCount);
        slots.Take();
        try { return GetReferences(module, slots); }
        finally { slots.Release(); }
    }

    /// <summary>Also read each module's exports (<see cref="ModuleReferences.Exports"/>) and whether it is signed
    /// (<see cref="ModuleReferences.Signed"/>), as Android's KMI symbol lists and module summaries need them. A module's
    /// symbol table is read once more for it (LLVM bitcode is not parsed again). Off by default.</summary>
    public bool ReadExports { get; init; }

    /// <summary>Called on the parsing thread around every bitcode member parse (true before, false after): what
    /// tests observe the concurrency through. Null in use.</summary>
    internal Action<bool>? ParseObserver { get; set; }

    /// <summary>The module in <paramref name="module"/>, read on the calling thread, which holds one of
    /// <paramref name="slots"/>, and on free ones.</summary>
    private ModuleReferences GetReferences(ModuleInput module, JobSlots slots)
    {
        ArgumentNullException.ThrowIfNull(module);
        string path = module.Path;
        // A summary is the analysis of its module, made earlier (perhaps on another machine): read, not redone.
        if (module.Files is null && ModuleSummary.IsSummary(path)) return ModuleSummary.Read(path);
        using var input = module.Files is null ? InputLoader.Load(path) : InputLoader.LoadFiles(path, module.Files);
        var members = new List<ObjectLinkage>(input.Units.Count);
        bool several = input.Units.Count > 1;
        // Bitcode members are read whole first: the LTO backend optimises them together, so what one member's
        // code folds to depends on the calls the others make.
        var bitcode = ParseBitcodeMembers(input.Units, slots);
        var set = Array.Exists(bitcode, b => b is not null)
            ? BitcodeModuleSet.From(bitcode.Where(b => b is not null).SelectMany(b => b!.Modules))
            : null;
        for (int i = 0; i < bitcode.Length; i++)
        {
            var unit = input.Units[i];
            if (bitcode[i] is { } file)
            {
                try { members.Add(BitcodeReferenceAnalysis.Linkage(file.Modules, unit.Member, set!)); }
                catch (KsymFormatException e) { throw e.At(unit.Path, unit.Member); }
            }
            else
            {
                var native = ObjectSymbols.Linkage(unit, withDefined: several, _names);
                try { members.Add(ObjectLinkage.Of(native)); }
                catch (KsymFormatException e) { throw e.At(unit.Path, unit.Member); }
            }
        }
        var refs = ReferenceResolver.Resolve(path, members);
        if (ReadExports) refs = WithExports(refs, input, bitcode, module.Files is null && ExportSymbols.IsLinkedModule(path));
        Log.ModuleRead(_logger, path, input.Units.Count, refs.References.Count);
        return refs;
    }

    /// <summary><paramref name="refs"/> with the exports of <paramref name="input"/>'s objects (<paramref name="bitcode"/>
    /// holds those already parsed) and, for a single plain file, whether it is signed.</summary>
    private static ModuleReferences WithExports(ModuleReferences refs, LoadedInput input, BitcodeFile?[] bitcode, bool linked)
    {
        var exports = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < input.Units.Count; i++)
        {
            var unit = input.Units[i];
            var defined = bitcode[i] is { } file ? BitcodeSymbols.ForNm(file, NmFilter.DefinedOnly) : ObjectSymbols.ForNm(unit, NmFilter.DefinedOnly);
            ExportSymbols.Collect(defined, preModpost: !linked, exports);
        }
        bool signed = !input.IsArchive && input.Units.Count == 1 && IsSigned(input.Units[0]);
        return refs with { Exports = [.. exports], Signed = signed };
    }

    /// <summary>Whether the file of <paramref name="unit"/> ends in a PKCS#7 module signature. A file read on demand
    /// reads only its trailer and signature data.</summary>
    private static bool IsSigned(in ObjectUnit unit)
    {
        if (unit.Source is not { } source) return ModuleSignature.IsPkcs7Signed(unit.Data.Span);
        long size = source.Memory.Length;
        int trailer = ModuleSignature.TrailerSize;
        if (size < trailer) return false;
        source.Ensure(size - trailer, trailer);
        long data = ModuleSignature.DataLength(source.Memory.Span[^trailer..]);
        if (data == 0 || data > size - trailer) return false;
        source.Ensure(size - trailer - data, data);
        return ModuleSignature.IsPkcs7Signed(source.Memory.Span);
    }

    /// <summary>
    /// Analyses <paramref name="paths"/> on up to <paramref name="jobs"/> threads (0: one per processor).
    /// Results come back in input order whatever the number of threads; an input that fails yields an error
    /// result and does not stop the others.
    /// </summary>
    public IReadOnlyList<ModuleResult> GetReferences(IReadOnlyList<string> paths, int jobs = 0, CancellationToken cancellationToken = default) =>
        GetReferences(paths.Select(p => new ModuleInput(p)).ToList(), jobs, cancellationToken);

    /// <summary>
    /// Analyses <paramref name="paths"/> (files, or member lists) on up to <paramref name="jobs"/> threads (0: one per
    /// processor). Results come back in input order whatever the number of threads; an input that fails yields an
    /// error result and does not stop the others. <paramref name="progress"/>, if given, hears of every finished
    /// module, from the thread that finished it.
    /// </summary>
    public IReadOnlyList<ModuleResult> GetReferences(IReadOnlyList<ModuleInput> paths, int jobs = 0, CancellationToken cancellationToken = default,
        IProgress<AnalysisProgress>? progress = null)
    {
        var results = new ModuleResult[paths.Count];
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        // Largest inputs first, handed out one at a time: a big module started last would leave the other threads
        // idle at the end (an LTO module's bitcode can be a hundred times the size of the smallest).
        var order = new int[paths.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        if (options.MaxDegreeOfParallelism > 1 && paths.Count > 1)
        {
            var sizes = new long[paths.Count];
            for (int i = 0; i < sizes.Length; i++) sizes[i] = -(paths[i].Files ?? [paths[i].Path]).Sum(InputLoader.InputSize);
            Array.Sort(sizes, order);
        }
        var queue = System.Collections.Concurrent.Partitioner.Create(order, loadBalance: true);
        int completed = 0;
        // One slot per job: every module iteration holds one while it runs, and a member parse beyond the
        // iteration's own runs only on a slot that is free (Parallel.ForEach runs at most as many iterations as
        // there are jobs), so no more than that many threads work at once.
        var slots = new JobSlots(options.MaxDegreeOfParallelism);
        Parallel.ForEach(queue, options, i =>
        {
            slots.Take();
            try { results[i] = TryGetReferences(paths[i], slots); }
            finally { slots.Release(); }
            progress?.Report(new AnalysisProgress(Interlocked.Increment(ref completed), paths.Count, paths[i].Path));
        });
        return results;
    }

    /// <summary>
    /// Parses every bitcode unit with its function bodies; null for the others. The members of one module are
    /// independent until the analysis joins them, so the calling thread (which holds one of <paramref name="slots"/>)
    /// is joined by a helper whenever a slot is free and at least two members remain: one large composite module (a
    /// tenth of a build's bitcode can be one module) would otherwise keep one core busy while the others wait. A
    /// failure is reported for the first failing member in unit order, whatever the schedule.
    /// </summary>
    private BitcodeFile?[] ParseBitcodeMembers(IReadOnlyList<ObjectUnit> units, JobSlots slots)
    {
        var bitcode = new BitcodeFile?[units.Count];
        var errors = new Exception?[units.Count];
        var indices = Enumerable.Range(0, units.Count).Where(i => units[i].Kind is FileKind.Bitcode or FileKind.BitcodeWrapper).ToArray();
        var observer = ParseObserver;
        int next = -1; // the last index into indices handed out
        void ParseOne(int i)
        {
            var unit = units[i];
            observer?.Invoke(true);
            try { bitcode[i] = BitcodeFile.Parse(unit.Data, BitcodeReferenceAnalysis.ReadOptions); }
            catch (KsymFormatException e) { errors[i] = e.At(unit.Path, unit.Member); }
            catch (Exception e) when (e is not OutOfMemoryException) { errors[i] = e; }
            finally { observer?.Invoke(false); }
        }
        // parses members until none is left; a helper releases its slot when it runs out
        void Help()
        {
            try
            {
                for (int k; (k = Interlocked.Increment(ref next)) < indices.Length;) ParseOne(indices[k]);
            }
            finally { slots.Release(); }
        }
        List<Task>? helpers = null;
        for (int k; (k = Interlocked.Increment(ref next)) < indices.Length;)
        {
            // another member after this one, and a job idle: let it start on the rest
            if (k + 1 < indices.Length && slots.TryTake()) (helpers ??= []).Add(Task.Run(Help));
            ParseOne(indices[k]);
        }
        if (helpers is not null) Task.WaitAll(helpers);
        foreach (var e in errors)
            if (e is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
        return bitcode;
    }

    private ModuleResult TryGetReferences(ModuleInput module, JobSlots slots)
    {
        string path = module.Path;
        try
        {
            return new ModuleResult(path, GetReferences(module, slots), null);
        }
        catch (KsymFormatException e)
        {
            var located = e.Path is null ? e.At(path) : e;
            Log.ModuleFailed(_logger, located.Message);
            return new ModuleResult(path, null, located);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // A bug must not take the other modules down with it, nor print a stack trace: report it as this
            // input's error, with the exception type to make the report useful.
            var error = new KsymFormatException(DiagnosticId.InternalError, InputFormat.Unknown, -1,
                $"internal error: {e.GetType().Name}: {e.Message.TrimEnd('.')}", path, inner: e);
            Log.ModuleFailed(_logger, error.Message);
            return new ModuleResult(path, null, error);
        }
    }
}

/// <summary>The jobs of one analysis as a count of free slots: a thread works only while it holds one.
/// Thread-safe.</summary>
internal sealed class JobSlots(int count)
{
    private readonly SemaphoreSlim _free = new(count, count);

    /// <summary>Takes a slot, waiting for one if none is free.</summary>
    public void Take() => _free.Wait();

    /// <summary>Takes a slot if one is free now.</summary>
    public bool TryTake() => _free.Wait(0);

    /// <summary>Gives back a slot taken by <see cref="Take"/> or <see cref="TryTake"/>.</summary>
    public void Release() => _free.Release();
}

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "{Path}: {Units} object(s), {References} reference(s)")]
    public static partial void ModuleRead(ILogger logger, string path, int units, int references);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{Message}")]
    public static partial void ModuleFailed(ILogger logger, string message);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{Modules} module(s) read, {Symbols} symbol(s) used, {Errors} error(s)")]
    public static partial void UsedSummary(ILogger logger, int modules, int symbols, int errors);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "{Count} module input(s) to read")]
    public static partial void InputsExpanded(ILogger logger, int count);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{Exports} export(s), {Used} used, {Unused} unused")]
    public static partial void UnusedSummary(ILogger logger, int exports, int used, int unused);
}
