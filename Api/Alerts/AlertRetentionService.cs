using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sipas.Api.Webhooks;

namespace Sipas.Api.Alerts;

/// <summary>
/// Keeps the alert tables from growing without end: every <see cref="AlertingOptions.RetentionInterval"/> it deletes
/// transitions older than <see cref="AlertingOptions.HistoryRetention"/> and webhook deliveries settled (delivered
/// or given up) longer than <see cref="WebhookOptions.SettledRetention"/> ago. Current alert states, targets, their
/// audit and pending deliveries are never touched. A failed pass is logged and retried at the next interval.
/// </summary>
public sealed partial class AlertRetentionService(
    AlertStore alerts,
    WebhookStore webhooks,
    TimeProvider clock,
    IOptions<AlertingOptions> alerting,
    IOptions<WebhookOptions> webhookOptions,
    ILogger<AlertRetentionService> logger) : BackgroundService
{
    /// <summary>One pass now; returns the transitions and the deliveries deleted.</summary>
    public async Task<(int Transitions, int Deliveries)> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var transitions = await alerts.PurgeHistoryAsync(now - alerting.Value.HistoryRetention, cancellationToken);
        var deliveries = await webhooks.PurgeSettledAsync(now - webhookOptions.Value.SettledRetention, cancellationToken);
        if (transitions + deliveries > 0)
        {
            LogPurged(transitions, deliveries);
        }

        return (transitions, deliveries);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(alerting.Value.RetentionInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
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
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Alert retention: deleted {Transitions} old transitions and {Deliveries} settled webhook deliveries")]
    private partial void LogPurged(int transitions, int deliveries);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Alert retention pass failed; the next one will retry")]
    private partial void LogPurgeFailed(Exception exception);
}
