using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sipas.Api.Storage;
using Sipas.Grains.Contracts;
using Sipas.Runtime;

namespace Sipas.Api.Live;

/// <summary>
/// Runs <see cref="LogRetention"/> every <see cref="LogRetentionOptions.Interval"/> once the silo has recovered,
/// bounded by the checkpoint the grains hold. A failed pass is logged and retried at the next interval.
/// </summary>
public sealed partial class LogRetentionService(
    IGrainFactory grains,
    IResponseLogStore store,
    Readiness readiness,
    TimeProvider clock,
    IOptions<LogRetentionOptions> options,
    ILogger<LogRetentionService> logger) : BackgroundService
{
    /// <summary>One pass now; returns how many entries were deleted.</summary>
    public async Task<long> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await grains.GetGrain<ICheckpointGrain>(ICheckpointGrain.Key).GetPosition();
        var deleted = await LogRetention.PurgeAsync(store, checkpoint, clock.GetUtcNow(), options.Value, cancellationToken);
        LogPurged(deleted, options.Value.LogDays, checkpoint);
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await PurgeOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPurgeFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Log retention: deleted {Deleted} entries older than {Days} days at or below checkpoint {Checkpoint}")]
    private partial void LogPurged(long deleted, int days, long checkpoint);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Log retention pass failed; the next one will retry")]
    private partial void LogPurgeFailed(Exception exception);
}
