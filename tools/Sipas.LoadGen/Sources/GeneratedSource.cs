using Sipas.Grains.Simulation;
using Sipas.LoadGen.Sending;
using Sipas.LoadGen.Wire;

namespace Sipas.LoadGen.Sources;

/// <summary>
/// Items from the simulator. Each batch covers a slice of simulated time: live, the slice of wall-clock time in which
/// its items were "produced" (so <c>servedAt</c> is just before the send); backfill, the same fraction of the
/// backfill period, with <c>servedAt</c> spread by office hours over the whole period. With <c>--duplicates</c>, that
/// share of the slots resends an already accepted response.
/// </summary>
internal sealed class GeneratedSource : IResponseSource
{
    private const int PoolSize = 10_000;
    private readonly ResponseStream _stream;
    private readonly RateSchedule _schedule;
    private readonly double _duplicates;
    private readonly DateTimeOffset _from;
    private readonly DateTimeOffset _to;
    private readonly bool _spread;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly List<OutgoingItem> _pool = [];
    private int _next;

    /// <param name="stream">The simulator; its origin is the start of the simulated time.</param>
    /// <param name="schedule">The run's plan.</param>
    /// <param name="end">Live: the run's planned end (origin + schedule length); backfill: the end of the period.</param>
    /// <param name="spread">Backfill: spread <c>servedAt</c> over the whole period rather than each batch's slice.</param>
    /// <param name="duplicates">Share of slots that resend an accepted response.</param>
    /// <param name="seed">Seed of the resend choices.</param>
    public GeneratedSource(ResponseStream stream, RateSchedule schedule, DateTimeOffset end, bool spread, double duplicates, int seed)
    {
        _stream = stream;
        _schedule = schedule;
        _from = stream.Origin;
        _to = end;
        _spread = spread;
        _duplicates = duplicates;
        _random = new Random(unchecked(seed * 31 + 7));
    }

    public long Total => _schedule.Total;

    public IReadOnlyList<OutgoingItem> Next(ScheduledBatch batch)
    {
        var resends = PickResends(batch.Count);
        var (from, to) = _spread ? (_from, _to) : Slice(batch);
        var items = _stream.Take(batch.Count - resends.Count, from, to).Select(r => new OutgoingItem(WireResponse.From(r))).ToList();
        foreach (var resend in resends)
        {
            items.Insert(_random.Next(items.Count + 1), resend);
        }

        return items;
    }

    public IReadOnlyList<string> Notes(ScheduledBatch batch)
    {
        var (from, to) = Slice(batch);
        return [.. _stream.MarkersBetween(from, to).Select(m => $"reorganisation marker '{m.Name}' at {from:HH:mm:ss}: {m.Description} ({string.Join(", ", m.Units)})")];
    }

    public void Accepted(IEnumerable<OutgoingItem> items)
    {
        if (_duplicates <= 0)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var item in items.Where(i => !i.ExpectDuplicate))
            {
                // A ring: the oldest candidates make way for new ones.
                if (_pool.Count < PoolSize)
                {
                    _pool.Add(item with { ExpectDuplicate = true });
                }
                else
                {
                    _pool[_next] = item with { ExpectDuplicate = true };
                    _next = (_next + 1) % PoolSize;
                }
            }
        }
    }

    private List<OutgoingItem> PickResends(int count)
    {
        var resends = new List<OutgoingItem>();
        lock (_gate)
        {
            for (var i = 0; i < count && _duplicates > 0 && _pool.Count > 0; i++)
            {
                if (_random.NextDouble() < _duplicates)
                {
                    resends.Add(_pool[_random.Next(_pool.Count)]);
                }
            }
        }

        return resends;
    }

    private (DateTimeOffset From, DateTimeOffset To) Slice(ScheduledBatch batch)
    {
        var span = _to - _from;
        var from = _from + (span * ((double)batch.First / Math.Max(1, Total)));
        var to = _from + (span * ((double)(batch.First + batch.Count) / Math.Max(1, Total)));
        return (from, to);
    }
}
