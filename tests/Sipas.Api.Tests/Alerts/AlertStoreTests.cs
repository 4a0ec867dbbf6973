using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sipas.Api.Alerts;
using Sipas.Api.Webhooks;
using Sipas.Grains.Alerts;
using Sipas.Testing;

namespace Sipas.Api.Tests.Alerts;

/// <summary>The alert and webhook stores on a real SQLite file; the same run on PostgreSQL in <see cref="PostgresAlertStoreTests"/>.</summary>
public class AlertStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sipas-alerts-{Guid.NewGuid():N}.db");

    protected virtual DbDataSource CreateDataSource() => SqliteFactory.Instance.CreateDataSource($"Data Source={_file}");

    [Fact]
    public async Task SetTarget_ThenClear_StoredAndAuditedNewestFirst()
    {
        var store = await StoreAsync();
        var target = new AlertTarget("01", 85, "sipas", "30d", 30, TimeSpan.FromMinutes(15), 2, AlertBasis.UpperBound, "leader-01", Now);

        await store.SetTargetAsync(target, CancellationToken.None);
        var loaded = await store.LoadTargetsAsync(CancellationToken.None);
        var cleared = await store.ClearTargetAsync("01", "admin", Now.AddHours(1), CancellationToken.None);
        var clearedAgain = await store.ClearTargetAsync("01", "admin", Now.AddHours(2), CancellationToken.None);
        var audit = await store.TargetAuditAsync("01", CancellationToken.None);

        Assert.Equal([target], loaded);
        Assert.True(cleared);
        Assert.False(clearedAgain);
        Assert.Equal([("clear", "admin"), ("set", "leader-01")], audit.Select(a => (a.Action, a.Actor)));
        Assert.Equal(target, audit[1].Target);
        Assert.Empty(await store.LoadTargetsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Save_StatusTransitionsAndOutbox_ReadBackTogether()
    {
        var store = await StoreAsync();
        var webhooks = new WebhookStore(store.DataSource);
        var status = new AlertStatus("01", "sipas", AlertState.Firing, AlertState.Firing, Now, null, 70.5, 61.2, 78.3, 120, 85, "30d", Now);
        var transition = new AlertTransition(7, "01", "sipas", AlertState.Pending, AlertState.Firing, 70.5, 61.2, 78.3, 120, 85, "30d", Now);
        var delivery = new WebhookDelivery("d1", "e1", 7, """{"event":"alert.transition"}""", Now, 0, Now);

        await store.SaveAsync([status], [], [transition], [delivery], CancellationToken.None);

        Assert.Equal([status], await store.LoadStatusesAsync(CancellationToken.None));
        Assert.Equal([transition], await store.HistoryAsync(null, null, 10, CancellationToken.None));
        Assert.Equal(7, await store.LastSequenceAsync(CancellationToken.None));
        Assert.Equal([delivery], await webhooks.DueAsync(Now, 10, CancellationToken.None));
    }

    [Fact]
    public async Task History_UnitsAndBefore_FiltersNewestFirst()
    {
        var store = await StoreAsync();
        AlertTransition Make(long seq, string unit) => new(seq, unit, "sipas", AlertState.Normal, AlertState.Pending, 50, 40, 60, 40, 80, "30d", Now.AddMinutes(seq));
        await store.SaveAsync([], [], [Make(1, "01"), Make(2, "79"), Make(3, "01"), Make(4, "01")], [], CancellationToken.None);

        var ofHanoi = await store.HistoryAsync(["01"], before: 4, limit: 10, CancellationToken.None);
        var none = await store.HistoryAsync([], null, 10, CancellationToken.None);

        Assert.Equal([3L, 1L], ofHanoi.Select(t => t.Sequence));
        Assert.Empty(none);
    }

    [Fact]
    public async Task Save_DeletedStatus_Gone()
    {
        var store = await StoreAsync();
        var status = new AlertStatus("01", "access", AlertState.Normal, AlertState.Normal, Now, null, 90, 85, 93, 100, 80, "30d", Now);
        await store.SaveAsync([status], [], [], [], CancellationToken.None);

        await store.SaveAsync([], [status], [], [], CancellationToken.None);

        Assert.Empty(await store.LoadStatusesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Silences_InsertRemoveAndExpire_LoadsOnlyThoseInForce()
    {
        var store = await StoreAsync();
        MuteSchedule.TryCreate(["mon-fri"], "17:30", "07:30", out var schedule, out _);
        var recurring = new AlertSilence("s1", "01", null, true, Now, null, schedule, "admin", Now, "ngoài giờ");
        var boxed = new AlertSilence("s2", "79", "burst", false, Now, Now.AddHours(1), null, "admin", Now, null);
        var removed = new AlertSilence("s3", "01", null, false, Now, Now.AddHours(1), null, "admin", Now, null);
        foreach (var silence in new[] { recurring, boxed, removed })
        {
            await store.InsertSilenceAsync(silence, CancellationToken.None);
        }

        var removedOnce = await store.RemoveSilenceAsync("s3", "admin", Now, CancellationToken.None);
        var removedTwice = await store.RemoveSilenceAsync("s3", "admin", Now, CancellationToken.None);
        var inForce = await store.LoadSilencesAsync(Now.AddMinutes(30), CancellationToken.None);
        var later = await store.LoadSilencesAsync(Now.AddHours(2), CancellationToken.None);

        Assert.True(removedOnce);
        Assert.False(removedTwice);
        Assert.Equal(["s1", "s2"], inForce.Select(s => s.Id).Order());
        Assert.Equal(schedule!.Days, inForce.Single(s => s.Id == "s1").Schedule!.Days);
        Assert.Equal((schedule.From, schedule.To), (inForce.Single(s => s.Id == "s1").Schedule!.From, inForce.Single(s => s.Id == "s1").Schedule!.To));
        Assert.Equal(["s1"], later.Select(s => s.Id));
    }

    [Fact]
    public async Task Outbox_RetryThenDeliver_DueOnlyWhenItsTimeComes()
    {
        var store = await StoreAsync();
        var webhooks = new WebhookStore(store.DataSource);
        await store.SaveAsync([], [], [], [new WebhookDelivery("d1", "e1", 1, "{}", Now, 0, Now)], CancellationToken.None);

        await webhooks.MarkRetryAsync("d1", 1, Now.AddSeconds(10), "HTTP 503 Service Unavailable", CancellationToken.None);
        var early = await webhooks.DueAsync(Now.AddSeconds(5), 10, CancellationToken.None);
        var next = await webhooks.NextDueAsync(CancellationToken.None);
        var due = await webhooks.DueAsync(Now.AddSeconds(10), 10, CancellationToken.None);
        await webhooks.MarkDeliveredAsync("d1", 2, Now.AddSeconds(11), CancellationToken.None);
        var listed = await webhooks.DeliveriesAsync("e1", 10, CancellationToken.None);

        Assert.Empty(early);
        Assert.Equal(Now.AddSeconds(10), next);
        Assert.Equal(("d1", 1, "HTTP 503 Service Unavailable"), (due.Single().DeliveryId, due.Single().Attempts, due.Single().LastError));
        Assert.Equal((2, Now.AddSeconds(11)), (listed.Single().Attempts, listed.Single().DeliveredAt));
        Assert.Empty(await webhooks.DueAsync(Now.AddDays(1), 10, CancellationToken.None));
        Assert.Null(await webhooks.NextDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PurgeHistory_OldTransitions_DeletedButTheNewestAlwaysKept()
    {
        var store = await StoreAsync();
        AlertTransition Make(long seq, DateTimeOffset at) => new(seq, "01", "sipas", AlertState.Normal, AlertState.Pending, 50, 40, 60, 40, 80, "30d", at);
        await store.SaveAsync([], [], [Make(1, Now.AddDays(-10)), Make(2, Now.AddDays(-9)), Make(3, Now)], [], CancellationToken.None);

        var deleted = await store.PurgeHistoryAsync(Now.AddDays(-5), CancellationToken.None);
        var kept = await store.HistoryAsync(null, null, 10, CancellationToken.None);
        var deletedLater = await store.PurgeHistoryAsync(Now.AddDays(1), CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal([3L], kept.Select(t => t.Sequence));
        Assert.Equal(0, deletedLater);
        Assert.Equal(3, await store.LastSequenceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PurgeSettled_DeliveredOrGivenUpLongAgo_DeletedPendingAndRecentKept()
    {
        var store = await StoreAsync();
        var webhooks = new WebhookStore(store.DataSource);
        var old = Now.AddDays(-40);
        await store.SaveAsync([], [], [],
            [.. new[] { "delivered-old", "failed-old", "delivered-recent", "pending-old" }.Select((id, i) => new WebhookDelivery(id, "e1", i + 1, "{}", old, 0, old))],
            CancellationToken.None);
        await webhooks.MarkDeliveredAsync("delivered-old", 1, old.AddMinutes(1), CancellationToken.None);
        await webhooks.MarkFailedAsync("failed-old", 9, old.AddDays(3), "HTTP 500", CancellationToken.None);
        await webhooks.MarkDeliveredAsync("delivered-recent", 1, Now.AddDays(-1), CancellationToken.None);

        var deleted = await webhooks.PurgeSettledAsync(Now.AddDays(-30), CancellationToken.None);
        var listed = await webhooks.DeliveriesAsync("e1", 10, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(["delivered-recent", "pending-old"], listed.Select(d => d.DeliveryId).Order());
        Assert.Equal(["pending-old"], (await webhooks.DueAsync(Now, 10, CancellationToken.None)).Select(d => d.DeliveryId));
    }

    [Fact]
    public async Task RetentionService_PurgeOnce_DeletesByTheConfiguredPeriods()
    {
        var store = await StoreAsync();
        var webhooks = new WebhookStore(store.DataSource);
        AlertTransition Make(long seq, DateTimeOffset at) => new(seq, "01", "sipas", AlertState.Normal, AlertState.Pending, 50, 40, 60, 40, 80, "30d", at);
        await store.SaveAsync([], [], [Make(1, Now.AddDays(-3)), Make(2, Now.AddDays(-1)), Make(3, Now)],
            [new WebhookDelivery("d1", "e1", 1, "{}", Now.AddDays(-3), 0, Now.AddDays(-3))], CancellationToken.None);
        await webhooks.MarkDeliveredAsync("d1", 1, Now.AddDays(-3), CancellationToken.None);
        var service = new AlertRetentionService(
            store, webhooks, new FakeTimeProvider(Now),
            Options.Create(new AlertingOptions { HistoryRetention = TimeSpan.FromDays(2) }),
            Options.Create(new WebhookOptions { SettledRetention = TimeSpan.FromDays(2) }),
            NullLogger<AlertRetentionService>.Instance);

        var purged = await service.PurgeOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1), purged);
        Assert.Equal([3L, 2L], (await store.HistoryAsync(null, null, 10, CancellationToken.None)).Select(t => t.Sequence));
        Assert.Empty(await webhooks.DeliveriesAsync("e1", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Endpoints_InsertAndRemove_RemovedOnesNotLoaded()
    {
        var store = await StoreAsync();
        var webhooks = new WebhookStore(store.DataSource);
        var endpoint = new WebhookEndpoint("e1", "01", new Uri("https://example.org/hook"), "secret-secret-secret", "admin", Now);
        await webhooks.InsertEndpointAsync(endpoint, CancellationToken.None);

        var loaded = await webhooks.LoadEndpointsAsync(CancellationToken.None);
        var removed = await webhooks.RemoveEndpointAsync("e1", Now, CancellationToken.None);

        Assert.Equal([endpoint], loaded);
        Assert.True(removed);
        Assert.Empty(await webhooks.LoadEndpointsAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }

    private async Task<AlertStore> StoreAsync()
    {
        var store = new AlertStore(CreateDataSource());
        await store.EnsureSchemaAsync(CancellationToken.None);
        await store.EnsureSchemaAsync(CancellationToken.None); // idempotent
        return store;
    }
}
