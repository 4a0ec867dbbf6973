using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sipas.Grains.Alerts;
using Sipas.Grains.Live;

namespace Sipas.Dashboard.Hub;

/// <summary>
/// Pushes the grains' changes to hub clients through <see cref="IHubContext{THub}"/> (the Orleans GPSTracker pattern:
/// a background service coalesces, the hub stays thin). Change events mark units dirty in the groups that show them;
/// a group is pushed as soon as it is dirty unless it was pushed within the push interval, in which case everything
/// gathered by then goes in the next push. A push re-reads the dirty units and sends only those whose figures moved.
/// Alert transitions go to every connection that joined the unit or one of its ancestors, once each.
/// </summary>
public sealed partial class LiveFanOut(
    IHubContext<LiveHub> hub,
    LiveGroups groups,
    FiguresReader reader,
    UnitDirectory directory,
    ChangeFeed changes,
    AlertFeed alerts,
    TimeProvider clock,
    ILogger<LiveFanOut> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>A fresh snapshot of <paramref name="group"/>'s units, ordered against its pushes by the group's turn.</summary>
    public async Task<JoinResult> SnapshotAsync(LiveGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        await group.Turn.WaitAsync(cancellationToken);
        try
        {
            var units = await reader.ReadAsync(reader.UnitsOf(group.Scope), group.Window, cancellationToken);
            return new JoinResult(group.Scope, group.Window.Name, group.LastSequence, clock.GetUtcNow(), units);
        }
        finally
        {
            group.Turn.Release();
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribe before anything awaits, so no change made after start-up is missed.
        var changeSubscription = changes.Subscribe();
        var alertSubscription = alerts.Subscribe();
        return Task.WhenAll(
            ConsumeChangesAsync(changeSubscription, stoppingToken),
            PushAsync(stoppingToken),
            ConsumeAlertsAsync(alertSubscription, stoppingToken));
    }

    private async Task ConsumeChangesAsync(EventFeed<UnitChanged>.Subscription subscription, CancellationToken cancellationToken)
    {
        using var _ = subscription;
        try
        {
            await foreach (var change in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                if (groups.MarkChanged(change.Unit, directory.Tree.Find(change.Unit)?.ParentCode))
                {
                    _wake.Writer.TryWrite(true);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task PushAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                _wake.Reader.TryRead(out _); // taken before looking, so a change marked after the look wakes the wait below
                var (due, next) = groups.TakeDue(clock.GetUtcNow());
                foreach (var (group, units) in due)
                {
                    // Not awaited: a slow read of one group (the nation's 35 units) must not hold up another's push.
                    // The group's turn keeps its own pushes in sequence order.
                    _ = PushGroupAsync(group, units, cancellationToken);
                }

                await WaitAsync(next, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private async Task WaitAsync(DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var delay = until - clock.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = _wake.Reader.WaitToReadAsync(wait.Token).AsTask();
        Task timer = delay is { } d ? Task.Delay(d, clock, wait.Token) : Task.Delay(Timeout.Infinite, wait.Token);
        await Task.WhenAny(woken, timer);
        await wait.CancelAsync(); // ends whichever wait is still pending
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task PushGroupAsync(LiveGroup group, IReadOnlyCollection<string>? dirty, CancellationToken cancellationToken)
    {
        try
        {
            await group.Turn.WaitAsync(cancellationToken);
            try
            {
                var shown = reader.UnitsOf(group.Scope);
                var codes = dirty is null ? shown : shown.Where(dirty.Contains).ToList();
                var read = await reader.ReadAsync(codes, group.Window, cancellationToken);
                var changed = read.Where(f => !group.LastPushed.TryGetValue(f.Code, out var last) || last != f).ToList();
                if (changed.Count == 0)
                {
                    return;
                }

                foreach (var figures in changed)
                {
                    group.LastPushed[figures.Code] = figures;
                }

                group.LastSequence = groups.NextSequence();
                var message = new FiguresMessage(group.Scope, group.Window.Name, group.LastSequence, clock.GetUtcNow(), changed);
                await hub.Clients.Group(group.Name).SendAsync("figures", message, cancellationToken);
            }
            finally
            {
                group.Turn.Release();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPushFailed(logger, e, group.Name);
            groups.RereadAll(group);
            _wake.Writer.TryWrite(true);
        }
    }

    private async Task ConsumeAlertsAsync(EventFeed<AlertTransition>.Subscription subscription, CancellationToken cancellationToken)
    {
        using var _ = subscription;
        try
        {
            await foreach (var transition in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                var tree = directory.Tree;
                IEnumerable<string> scopes = tree.Find(transition.Unit) is null
                    ? [transition.Unit]
                    : [transition.Unit, .. tree.Ancestors(transition.Unit).Select(a => a.Code)];
                var members = groups.MembersOf(scopes);
                if (members.Count == 0)
                {
                    continue;
                }

                try
                {
                    await hub.Clients.Clients(members).SendAsync("alert", new AlertMessage(transition.Sequence, transition), cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogAlertFailed(logger, e, transition.Unit, transition.Sequence);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Pushing figures to {Group} failed; the group will be read again whole")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string group);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Pushing alert {Sequence} of unit {Unit} failed")]
    private static partial void LogAlertFailed(ILogger logger, Exception exception, string unit, long sequence);
}
