namespace Sipas.Memory.Benchmarks;

/// <summary>What <see cref="TreeMemory.Measure"/> found: bytes measured on the heap, as the histories report them, and as plain arrays.</summary>
/// <param name="Units">Active units of the 2025 tree.</param>
/// <param name="MeasuredBytes">Managed heap growth after full collections.</param>
/// <param name="ReportedBytes">Sum of <c>UnitHistory.ApproximateByteSize()</c>.</param>
/// <param name="PlainArrayBytes">The same rings as plain <c>long[]</c> (the baseline).</param>
/// <param name="LastUnitDays">Days with a level-5 overall answer in the last unit's two years (732 when fully populated).</param>
internal sealed record TreeMemoryResult(int Units, long MeasuredBytes, long ReportedBytes, long PlainArrayBytes, long LastUnitDays);
