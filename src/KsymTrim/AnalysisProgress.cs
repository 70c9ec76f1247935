namespace KsymTrim;

/// <summary>How far a run over many modules has come: reported by <see cref="ModuleAnalyzer"/> after each module, from
/// whichever thread finished it (an <see cref="IProgress{T}"/> given to it must be thread-safe).</summary>
/// <param name="Completed">Modules finished, successfully or not.</param>
/// <param name="Total">Modules in the run.</param>
/// <param name="Module">The module just finished, as the caller named it.</param>
public readonly record struct AnalysisProgress(int Completed, int Total, string Module);
