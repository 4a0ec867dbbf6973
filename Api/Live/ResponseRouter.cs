using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sipas.Api.Ingestion;
using Sipas.Api.Storage;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Runtime;

namespace Sipas.Api.Live;

/// <summary>
/// Connects the response log to the grains. On start it recovers the grains from their checkpoint and the log tail,
/// then opens ingestion; afterwards it hears every commit (in position order, from the log's single writer) and
/// sends each unit its responses as one-way messages — in order, so a later checkpoint message to a unit arrives
/// after everything it covers. Every <see cref="LiveOptions.SnapshotInterval"/> it checkpoints in the background.
/// </summary>
public sealed partial class ResponseRouter(
    IGrainFactory grains,
    IResponseLogStore store,
    LiveRecovery recovery,
    UnitDirectory directory,
    Readiness readiness,
    TimeProvider clock,
    IOptions<LiveOptions> options,
    ILogger<ResponseRouter> logger) : BackgroundService, ICommitListener, IHostedLifecycleService
{
    private readonly Channel<IReadOnlyList<LogEntry>> _committed =
        Channel.CreateUnbounded<IReadOnlyList<LogEntry>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

    private long _delivered;
    private Task _checkpoint = Task.CompletedTask;

    public void OnCommitted(IReadOnlyList<LogEntry> committed) => _committed.Writer.TryWrite(committed);

    /// <summary>
    /// Runs before any hosted service stops (the silo included): routes what is queued, then checkpoints, so the next
    /// start replays nothing. Entries committed after this point are still durable and are replayed.
    /// </summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _committed.Writer.TryComplete();
        if (!readiness.IsReady || ExecuteTask is null)
        {
            return;
        }

        await ExecuteTask.WaitAsync(cancellationToken);
        await _checkpoint;
        await recovery.CheckpointAsync(_delivered, cancellationToken);
        LogCheckpoint(_delivered);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = clock.GetTimestamp();
        await store.InitializeAsync(stoppingToken);
        var report = await recovery.RecoverAsync(after => ReadLog(after, stoppingToken), stoppingToken);
        _delivered = await store.LastPositionAsync(stoppingToken);
        readiness.MarkReady();
        LogRecovered(report.ReplayedAfter, report.Replayed, clock.GetElapsedTime(started).TotalSeconds, report.Loading.TotalSeconds,
            report.Replaying.TotalSeconds, report.Rebuilding.TotalSeconds, report.Checkpointing.TotalSeconds);

        var lastCheckpoint = clock.GetTimestamp();
        var checkpointed = _delivered;
        await foreach (var batch in _committed.Reader.ReadAllAsync(CancellationToken.None))
        {
            // A reorganisation closes routing while it drains and swaps the tree.
            using (await directory.PauseRoutingAsync(CancellationToken.None))
            {
                Route(batch);
            }

            var due = clock.GetElapsedTime(lastCheckpoint) >= options.Value.SnapshotInterval
                || _delivered - checkpointed >= options.Value.SnapshotEvery;
            if (due && _checkpoint.IsCompleted)
            {
                lastCheckpoint = clock.GetTimestamp();
                checkpointed = _delivered;
                _checkpoint = CheckpointInBackground(_delivered, stoppingToken);
            }
        }
    }

    private void Route(IReadOnlyList<LogEntry> batch)
    {
        grains.SendToUnits(directory, batch.Select(entry => new RecordedResponse(entry.Position, IngestionService.Decode(entry))));
        _delivered = batch[^1].Position;
    }

    private async Task CheckpointInBackground(long position, CancellationToken cancellationToken)
    {
        try
        {
            await recovery.CheckpointAsync(position, cancellationToken);
            LogCheckpoint(position);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next checkpoint tries again; until then recovery replays a little more of the log.
            LogCheckpointFailed(exception, position);
        }
    }

    private async IAsyncEnumerable<RecordedResponse> ReadLog(long after, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entry in store.ReadAfterAsync(after, cancellationToken))
        {
            yield return new RecordedResponse(entry.Position, IngestionService.Decode(entry));
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Recovered: replayed {Replayed} responses after log position {After} in {Seconds:F1} s (snapshots {Loading:F1} s, replay {Replaying:F1} s, parents {Rebuilding:F1} s, checkpoint {Checkpointing:F1} s); accepting responses")]
    private partial void LogRecovered(long after, long replayed, double seconds, double loading, double replaying, double rebuilding, double checkpointing);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Checkpoint at log position {Position}")]
    private partial void LogCheckpoint(long position);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Checkpoint at log position {Position} failed; the next one will retry")]
    private partial void LogCheckpointFailed(Exception exception, long position);
}
