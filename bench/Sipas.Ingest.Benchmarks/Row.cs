namespace Sipas.Ingest.Benchmarks;

/// <summary>One row of the response log's shape.</summary>
internal readonly record struct Row(Guid Id, string Unit, long ServedAtMs, long ReceivedAtMs, byte[] Payload);
