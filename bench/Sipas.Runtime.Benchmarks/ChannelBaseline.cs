using System.Threading.Channels;

namespace Sipas.Runtime.Benchmarks;

/// <summary>
/// The baseline: the same number of concurrent callers, each ping-ponging with its own server task over two
/// unbounded single-reader/single-writer <see cref="Channel{T}"/>s — the cheapest hand-written async request/response.
/// </summary>
public static class ChannelBaseline
{
    public static Task<Measurement> PingPongAsync(int pairs, TimeSpan duration) =>
        ThroughputHarness.MeasureAsync(pairs, duration, RunPairAsync);

    private static async Task<long> RunPairAsync(int pair, CancellationToken stop)
    {
        var options = new UnboundedChannelOptions { SingleReader = true, SingleWriter = true };
        var requests = Channel.CreateUnbounded<int>(options);
        var responses = Channel.CreateUnbounded<int>(options);
        var server = Task.Run(
            async () =>
            {
                var pings = 0;
                while (await requests.Reader.WaitToReadAsync())
                {
                    while (requests.Reader.TryRead(out _))
                    {
                        responses.Writer.TryWrite(++pings);
                    }
                }
            },
            CancellationToken.None);

        long calls = 0;
        while (!stop.IsCancellationRequested)
        {
            for (var i = 0; i < 64; i++)
            {
                requests.Writer.TryWrite(i);
                await responses.Reader.ReadAsync(CancellationToken.None);
            }

            calls += 64;
        }

        requests.Writer.Complete();
        await server;
        return calls;
    }
}
