using System.Diagnostics.Metrics;

namespace Sipas.Api.GraphQL;

/// <summary>
/// Meter <c>Sipas.Api.GraphQL</c>: <c>graphql.loader.batches</c> (one per round of grain calls a batched loader
/// makes, tag <c>loader</c>) and <c>graphql.loader.keys</c> (units per round). A list of 34 provinces with their
/// scores is one batch of 34 keys, not 34 batches.
/// </summary>
public sealed class GraphQLLoaderMetrics
{
    public const string MeterName = "Sipas.Api.GraphQL";

    private readonly Counter<long> _batches;
    private readonly Histogram<int> _keys;

    public GraphQLLoaderMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _batches = meter.CreateCounter<long>("graphql.loader.batches", description: "Rounds of grain calls made by batched loaders.");
        _keys = meter.CreateHistogram<int>("graphql.loader.keys", description: "Keys loaded in one round.");
    }

    public void Batch(string loader, int keys)
    {
        var tag = new KeyValuePair<string, object?>("loader", loader);
        _batches.Add(1, tag);
        _keys.Record(keys, tag);
    }
}
