using System.Runtime.CompilerServices;
using Sipas.Grains.Live;

namespace Sipas.Api.GraphQL.Units;

/// <summary>
/// Subscription sources over the grains' feeds. The feed subscription is taken when the GraphQL subscription starts
/// (not on the first read), so no change after the acknowledgement is missed; it is released when the stream ends.
/// </summary>
public static class ChangeStreams
{
    /// <summary>Events one subscription may queue before the oldest are dropped (a slow client never slows the grains).</summary>
    public const int Capacity = 4_096;

    /// <summary>
    /// The changes of <paramref name="unit"/>, at most one per <paramref name="interval"/>: changes arriving within
    /// the interval after an event are folded into the next one (which carries the latest). The stream completes
    /// when <paramref name="allowed"/> turns false (the key was revoked).
    /// </summary>
    public static async IAsyncEnumerable<UnitChanged> Coalesce(
        EventFeed<UnitChanged>.Subscription subscription, string unit, TimeSpan interval, TimeProvider clock, Func<bool> allowed,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using (subscription)
        {
            var reader = subscription.Reader;
            DateTimeOffset? last = null;
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                var latest = Latest(reader, unit, null);
                if (latest is null)
                {
                    continue;
                }

                if (last is { } previous && previous + interval - clock.GetUtcNow() is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait, clock, cancellationToken);
                }

                latest = Latest(reader, unit, latest); // whatever came in meanwhile: the event carries the latest
                if (!allowed())
                {
                    yield break;
                }

                last = clock.GetUtcNow();
                yield return latest!;
            }
        }
    }

    /// <summary>The ranking changes among the children of <paramref name="parent"/>, while <paramref name="allowed"/> holds.</summary>
    public static async IAsyncEnumerable<RankingChanged> Filter(
        EventFeed<RankingChanged>.Subscription subscription, string parent, Func<bool> allowed,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using (subscription)
        {
            await foreach (var change in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                if (change.Parent != parent)
                {
                    continue;
                }

                if (!allowed())
                {
                    yield break;
                }

                yield return change;
            }
        }
    }

    private static UnitChanged? Latest(System.Threading.Channels.ChannelReader<UnitChanged> reader, string unit, UnitChanged? latest)
    {
        while (reader.TryRead(out var change))
        {
            if (change.Unit == unit)
            {
                latest = change;
            }
        }

        return latest;
    }
}
