using System.Threading.Channels;

namespace Sipas.Grains.Live;

/// <summary>
/// The grains' change stream: units publish (without waiting) after each flush, and consumers — the dashboard
/// fan-out, GraphQL subscriptions, alerting — each read their own bounded queue. A slow consumer loses its oldest
/// events, never slows the grains; every event names a unit whose current figures can be read again.
/// </summary>
public sealed class ChangeFeed
{
    private readonly Lock _gate = new();
    private Channel<UnitChanged>[] _subscribers = [];

    /// <summary>Subscribes; dispose the subscription to stop.</summary>
    public Subscription Subscribe(int capacity = 10_000)
    {
        var channel = Channel.CreateBounded<UnitChanged>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _subscribers = [.. _subscribers, channel];
        }

        return new Subscription(this, channel);
    }

    public void Publish(UnitChanged change)
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber.Writer.TryWrite(change);
        }
    }

    private void Remove(Channel<UnitChanged> channel)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(c => c != channel)];
        }

        channel.Writer.TryComplete();
    }

    /// <summary>One consumer's queue of changes.</summary>
    public sealed class Subscription(ChangeFeed feed, Channel<UnitChanged> channel) : IDisposable
    {
        public ChannelReader<UnitChanged> Reader => channel.Reader;

        public void Dispose() => feed.Remove(channel);
    }
}
