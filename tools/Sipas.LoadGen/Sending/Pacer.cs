namespace Sipas.LoadGen.Sending;

/// <summary>Waits for instants of the schedule on a <see cref="TimeProvider"/> (a fake clock in tests: nothing sleeps).</summary>
internal sealed class Pacer(TimeProvider clock)
{
    private readonly long _start = clock.GetTimestamp();

    /// <summary>Time since the pacer was made (the start of the run).</summary>
    public TimeSpan Elapsed => clock.GetElapsedTime(_start);

    /// <summary>Completes once <paramref name="due"/> has passed since the start; at once if it already has.</summary>
    public Task WaitUntilAsync(TimeSpan due, CancellationToken cancellationToken)
    {
        var wait = due - Elapsed;
        return wait > TimeSpan.Zero ? Task.Delay(wait, clock, cancellationToken) : Task.CompletedTask;
    }
}
