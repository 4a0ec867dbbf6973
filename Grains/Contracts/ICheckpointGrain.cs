using Sipas.Runtime;
using Sipas.Runtime.Concurrency;

namespace Sipas.Grains.Contracts;

/// <summary>
/// The durable checkpoint of the live aggregates (one grain, key <c>log</c>): every unit's stored counts include
/// every log entry up to <see cref="GetPosition"/>. Recovery replays the log after it.
/// </summary>
public interface ICheckpointGrain : IGrainWithStringKey
{
    /// <summary>The key of the one checkpoint grain.</summary>
    const string Key = "log";

    [ReadOnly]
    Task<long> GetPosition();

    Task SetPosition(long position);
}
