namespace Sipas.Api.Storage;

/// <summary>Batching of the response log's single writer.</summary>
public sealed class GroupCommitOptions
{
    /// <summary>Most entries one transaction takes; concurrent appends beyond it wait for the next one. Default 10,000.</summary>
    public int MaxBatchEntries { get; set; } = 10_000;

    /// <summary>Appends that may wait for the writer before callers are held back. Default 4,096.</summary>
    public int QueueCapacity { get; set; } = 4_096;
}
