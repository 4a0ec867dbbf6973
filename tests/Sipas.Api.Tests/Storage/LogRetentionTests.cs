using System.Text;
using Sipas.Api.Storage;

namespace Sipas.Api.Tests.Storage;

/// <summary><see cref="LogRetention"/> against a real store; run on SQLite and PostgreSQL.</summary>
public abstract class LogRetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2027, 7, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract IResponseLogStore Store { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task PurgeAsync_OldEntries_DeletesOnlyThoseAtOrBelowTheCheckpoint()
    {
        var old = Now.AddDays(-731);
        var positions = await Store.InsertBatchAsync(
            [Entry(old), Entry(old), Entry(old), Entry(old), Entry(old), Entry(Now.AddDays(-10)), Entry(Now.AddDays(-700))],
            CancellationToken.None);

        var deleted = await LogRetention.PurgeAsync(
            Store, checkpointPosition: positions[3], Now, new LogRetentionOptions { BatchSize = 2 }, CancellationToken.None);

        Assert.Equal(4, deleted);
        var kept = await Store.ReadPageAsync(0, 100, CancellationToken.None);
        Assert.Equal(positions[4..], kept.Select(e => e.Position));
    }

    [Fact]
    public async Task PurgeAsync_EverythingOld_PositionsAreNotReusedAfterwards()
    {
        var old = Now.AddDays(-1_000);
        var positions = await Store.InsertBatchAsync([Entry(old), Entry(old)], CancellationToken.None);
        await LogRetention.PurgeAsync(Store, positions[^1], Now, new LogRetentionOptions(), CancellationToken.None);

        var next = await Store.InsertBatchAsync([Entry(Now)], CancellationToken.None);

        var kept = await Store.ReadPageAsync(0, 100, CancellationToken.None);
        Assert.Equal(next, kept.Select(e => e.Position));
        Assert.True(next[0] > positions[^1]);
    }

    [Fact]
    public async Task PurgeAsync_NothingOldEnough_DeletesNothing()
    {
        var positions = await Store.InsertBatchAsync([Entry(Now.AddDays(-729)), Entry(Now)], CancellationToken.None);

        var deleted = await LogRetention.PurgeAsync(Store, positions[^1], Now, new LogRetentionOptions(), CancellationToken.None);

        Assert.Equal(0, deleted);
        Assert.Equal(730, new LogRetentionOptions().LogDays);
    }

    private static LogEntry Entry(DateTimeOffset received) =>
        new(Guid.NewGuid(), "01001", received.AddMinutes(-5), received, Encoding.UTF8.GetBytes("{}"));
}
