using Sipas.LoadGen.Sending;

namespace Sipas.LoadGen.Sources;

/// <summary>
/// Every batch of a run taken from another source and serialized before the clock starts (<c>--prepare</c>), so that
/// during the run the load generator only sends and checks replies: on a machine it shares with the Silo, the CPU it
/// would spend simulating and serializing is then the Silo's. The whole run is held in memory (about 1 KB a response).
/// </summary>
internal sealed class PreparedSource : IResponseSource
{
    private readonly IResponseSource _inner;
    private readonly Dictionary<long, (PreparedBatch Items, IReadOnlyList<string> Notes)> _batches = [];

    public PreparedSource(IResponseSource inner, RateSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(schedule);
        _inner = inner;
        foreach (var batch in schedule.Batches())
        {
            _batches[batch.Index] = (new PreparedBatch(inner.Next(batch)), inner.Notes(batch));
        }
    }

    public long Total => _inner.Total;

    public IReadOnlyList<OutgoingItem> Next(ScheduledBatch batch) => _batches[batch.Index].Items;

    public IReadOnlyList<string> Notes(ScheduledBatch batch) => _batches[batch.Index].Notes;

    public void Accepted(IEnumerable<OutgoingItem> items) => _inner.Accepted(items);
}
