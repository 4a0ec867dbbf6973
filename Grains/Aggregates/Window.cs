namespace Sipas.Grains.Aggregates;

/// <summary>A resolved window: the half-open interval [<paramref name="From"/>, <paramref name="To"/>) and the buckets that answer it.</summary>
/// <param name="Spec">The window name it came from (<c>24h</c>, <c>2025-01-01..2025-03-31</c>).</param>
/// <param name="From">Inclusive start, aligned on a bucket boundary.</param>
/// <param name="To">Exclusive end, aligned on a bucket boundary (rolling windows end with the current bucket).</param>
/// <param name="Resolution">Which buckets answer it.</param>
public sealed record Window(string Spec, DateTimeOffset From, DateTimeOffset To, BucketResolution Resolution)
{
    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;
}
