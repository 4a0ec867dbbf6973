using Sipas.LoadGen.Display;
using Sipas.LoadGen.Sending;
using Sipas.LoadGen.Sources;
using Sipas.LoadGen.Stats;

namespace Sipas.LoadGen;

/// <summary>
/// Drives a run open-loop: each batch leaves at its scheduled time whatever earlier replies are doing, up to
/// <c>concurrency</c> requests in flight (beyond that a batch waits for a slot, and that wait counts as latency,
/// since latency runs from the batch's intended send time).
/// </summary>
internal sealed class LoadRunner(
    IResponseSource source,
    RateSchedule schedule,
    Func<IReadOnlyList<OutgoingItem>, CancellationToken, Task<SendResult>> send,
    int concurrency,
    TimeProvider clock)
{
    public async Task<RunSummary> RunAsync(IProgressDisplay display, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(display);
        var pacer = new Pacer(clock);
        var stats = new LoadStats(schedule.Total, schedule.Length);
        using var stopDisplay = new CancellationTokenSource();
        var displayTask = display.RunAsync(() => stats.Snapshot(pacer.Elapsed), stopDisplay.Token);
        using var slots = new SemaphoreSlim(concurrency);
        var inFlight = new List<Task>();
        try
        {
            foreach (var batch in schedule.Batches())
            {
                await pacer.WaitUntilAsync(batch.Due, cancellationToken);
                foreach (var note in source.Notes(batch))
                {
                    display.Note(note);
                }

                var items = source.Next(batch);
                await slots.WaitAsync(cancellationToken);
                stats.Sending(items.Count);
                inFlight.Add(SendAsync(items, batch.Due, stats, pacer, slots, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stats.Problem("interrupted before the end of the run");
        }
        finally
        {
            await Task.WhenAll(inFlight);
            await stopDisplay.CancelAsync();
            await displayTask;
        }

        return stats.Summary(pacer.Elapsed);
    }

    private async Task SendAsync(
        IReadOnlyList<OutgoingItem> items, TimeSpan due, LoadStats stats, Pacer pacer, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            SendResult result;
            try
            {
                result = await send(items, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                result = new SendResult(AckTally.Failed(items.Count, "request cancelled (interrupted)"), 0);
            }

            stats.Completed(result, pacer.Elapsed - due);
            source.Accepted(result.Tally.AcceptedAt.Select(i => items[i]));
        }
        finally
        {
            slots.Release();
        }
    }
}
