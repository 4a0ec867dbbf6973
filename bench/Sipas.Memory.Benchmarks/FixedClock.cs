namespace Sipas.Memory.Benchmarks;

/// <summary>A clock that stands still, so the rings of every history cover the same two years.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
