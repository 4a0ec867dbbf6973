namespace Sipas.Ingest.Benchmarks;

/// <summary>What one baseline run inserted and how long the inserts took (schema creation excluded).</summary>
internal sealed record InsertResult(int Rows, int Transactions, TimeSpan Elapsed);
