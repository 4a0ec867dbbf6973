namespace Sipas.Api.Ingestion;

/// <summary>Limits of <c>POST /api/v1/responses</c>. Bound from the <c>Ingestion</c> configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Most responses in one request. Default 1,000.</summary>
    public int MaxBatchSize { get; set; } = 1_000;

    /// <summary>Largest request body in bytes. Default 4 MiB (a full batch of 1,000 with comments is about 1 MiB).</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;
}
