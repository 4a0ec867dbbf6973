using Sipas.LoadGen.Stats;

namespace Sipas.LoadGen.Display;

/// <summary>When stdout is not a terminal: one plain line per <paramref name="interval"/> (logs, CI).</summary>
internal sealed class PlainDisplay(TextWriter output, TimeProvider clock, TimeSpan interval) : IProgressDisplay
{
    private readonly Lock _gate = new();

    public async Task RunAsync(Func<ProgressSnapshot> snapshot, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                Write(ProgressFormat.Line(snapshot()));
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over; the summary follows.
        }
    }

    public void Note(string message) => Write(message);

    private void Write(string line)
    {
        lock (_gate)
        {
            output.WriteLine(line);
        }
    }
}
