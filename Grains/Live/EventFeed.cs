using System.Threading.Channels;

namespace Sipas.Grains.Live;

/// <summary>
/// A fan-out of events from grains: publishers never wait, and each consumer reads its own bounded queue. A slow
/// consumer loses its oldest events, never slows the grains.
/// </summary>
public class EventFeed<T>
{
    private readonly Lock _gate = new();
    private Channel<T>[] _subscribers = [];

    /// <summary>Subscribes; dispose the subscription to stop.</summary>
    public Subscription Subscribe(int capacity = 10_000)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
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

    public void Publish(T change)
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber.Writer.TryWrite(change);
        }
    }

    private void Remove(Channel<T> channel)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers.Where(c => c != channel)];
        }

        channel.Writer.TryComplete();
    }

    /// <summary>One consumer's queue of events.</summary>
    public sealed class Subscription(EventFeed<T> feed, Channel<T> channel) : IDisposable
    {
        public ChannelReader<T> Reader => channel.Reader;

        public void Dispose() => feed.Remove(channel);
    }
}
