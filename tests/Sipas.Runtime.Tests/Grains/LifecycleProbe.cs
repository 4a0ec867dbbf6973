using System.Collections.Concurrent;

namespace Sipas.Runtime.Tests.Grains;

/// <summary>A singleton the lifecycle grains report to.</summary>
public sealed class LifecycleProbe
{
    public ConcurrentQueue<string> Events { get; } = new();

    public void Record(string what) => Events.Enqueue(what);

    public int Count(string what) => Events.Count(e => e == what);

    /// <summary>Waits (bounded, on a real clock) until an event has happened the given number of times.</summary>
    public async Task<bool> WaitFor(string what, int times = 1)
    {
        for (var i = 0; i < 500; i++)
        {
            if (Count(what) >= times)
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }
}
