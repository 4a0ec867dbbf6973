using System.Diagnostics;

namespace Sipas.Runtime.Benchmarks;

/// <summary>Calls per second with many concurrent callers, measured for a fixed time after a warm-up.</summary>
public static class ThroughputHarness
{
    private const int Stride = 7919;

    public static async Task<Measurement> RequestResponseAsync(IGrainFactory grains, int grainCount, int callers, TimeSpan duration)
    {
        var refs = await WarmUpAsync(grains, "rr" + grainCount, grainCount);
        return await MeasureAsync(callers, duration, async (caller, stop) =>
        {
            long calls = 0;
            var index = caller % grainCount;
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < 64; i++)
                {
                    await refs[index].Ping();
                    index = (index + Stride) % grainCount;
                }

                calls += 64;
            }

            return calls;
        });
    }

    public static async Task<Measurement> OneWayAsync(IGrainFactory grains, int grainCount, int callers, TimeSpan duration)
    {
        var refs = await WarmUpAsync(grains, "ow" + grainCount, grainCount);
        return await MeasureAsync(callers, duration, async (caller, stop) =>
        {
            long calls = 0;
            var index = caller % grainCount;
            while (!stop.IsCancellationRequested)
            {
                var target = refs[index];
                for (var i = 0; i < 256; i++)
                {
                    await target.Tell(i);
                }

                // Back-pressure: a request after the messages returns once they are all processed (same sender → receiver order).
                await target.Received();
                calls += 256;
                index = (index + Stride) % grainCount;
            }

            return calls;
        });
    }

    public static async Task<Measurement> MeasureAsync(int callers, TimeSpan duration, Func<int, CancellationToken, Task<long>> caller)
    {
        // Warm-up pass, then the measured pass.
        await RunAsync(callers, TimeSpan.FromMilliseconds(500), caller);
        return await RunAsync(callers, duration, caller);
    }

    private static async Task<Measurement> RunAsync(int callers, TimeSpan duration, Func<int, CancellationToken, Task<long>> caller)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var stop = new CancellationTokenSource();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, callers).Select(i => Task.Run(() => caller(i, stop.Token))).ToArray();
        await Task.Delay(duration);
        await stop.CancelAsync();
        var counts = await Task.WhenAll(tasks);
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var total = counts.Sum();
        return new Measurement(total, watch.Elapsed, allocated);
    }

    private static async Task<IPingGrain[]> WarmUpAsync(IGrainFactory grains, string prefix, int grainCount)
    {
        var refs = Enumerable.Range(0, grainCount).Select(i => grains.GetGrain<IPingGrain>(prefix + "-" + i)).ToArray();
        foreach (var chunk in refs.Chunk(1000))
        {
            await Task.WhenAll(chunk.Select(r => r.Ping().AsTask()));
        }

        return refs;
    }
}
