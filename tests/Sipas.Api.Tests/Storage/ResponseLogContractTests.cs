using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Sipas.Api.Storage;

namespace Sipas.Api.Tests.Storage;

/// <summary>The behaviour every response log store must have; run against SQLite and PostgreSQL.</summary>
public abstract class ResponseLogContractTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Served = new(2025, 7, 1, 9, 30, 0, TimeSpan.FromHours(7));

    private GroupCommitResponseLog? _log;

    protected GroupCommitResponseLog Log => _log!;

    protected abstract IResponseLogStore CreateStore();

    public virtual async Task InitializeAsync() => _log = await OpenAsync();

    public virtual async Task DisposeAsync()
    {
        if (_log is not null)
        {
            await _log.DisposeAsync();
        }
    }

    protected async Task<GroupCommitResponseLog> OpenAsync()
    {
        var store = CreateStore();
        await store.InitializeAsync(CancellationToken.None);
        return new GroupCommitResponseLog(store, new GroupCommitOptions(), NullLogger<GroupCommitResponseLog>.Instance);
    }

    protected static LogEntry Entry(Guid? id = null, string unit = "01001") =>
        new(id ?? Guid.NewGuid(), unit, Served, Served.AddSeconds(5), Encoding.UTF8.GetBytes($"{{\"unit\":\"{unit}\"}}"));

    [Fact]
    public async Task AppendAsync_NewEntries_AcceptedWithIncreasingPositions()
    {
        var entries = new[] { Entry(), Entry(), Entry() };

        var results = await Log.AppendAsync(entries, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Accepted));
        Assert.Equal(entries.Select(e => e.Id), results.Select(r => r.Id));
        Assert.True(results[0].Position < results[1].Position && results[1].Position < results[2].Position);
    }

    [Fact]
    public async Task AppendAsync_IdAlreadyLogged_ReportedDuplicateAndStoredOnce()
    {
        var entry = Entry();
        await Log.AppendAsync([entry], CancellationToken.None);

        var again = await Log.AppendAsync([entry with { Unit = "01002" }, Entry()], CancellationToken.None);

        Assert.False(again[0].Accepted);
        Assert.True(again[1].Accepted);
        var stored = await ReadAllAsync(Log);
        Assert.Single(stored, e => e.Id == entry.Id);
        Assert.Equal("01001", stored.Single(e => e.Id == entry.Id).Unit);
    }

    [Fact]
    public async Task AppendAsync_IdRepeatedInOneBatch_FirstAcceptedRestDuplicate()
    {
        var id = Guid.NewGuid();

        var results = await Log.AppendAsync([Entry(id), Entry(id), Entry()], CancellationToken.None);

        Assert.Equal([true, false, true], results.Select(r => r.Accepted));
        Assert.Equal(2, (await ReadAllAsync(Log)).Count);
    }

    [Fact]
    public async Task AppendAsync_ManyConcurrentCallers_EveryEntryOnceWithUniquePositions()
    {
        var batches = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 50).Select(_ => Entry()).ToArray()).ToArray();

        var results = await Task.WhenAll(batches.Select(b => Task.Run(() => Log.AppendAsync(b, CancellationToken.None))));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(2_000, all.Count(r => r.Accepted));
        Assert.Equal(2_000, all.Select(r => r.Position).Distinct().Count());
        var stored = await ReadAllAsync(Log);
        Assert.Equal(batches.SelectMany(b => b).Select(e => e.Id).Order(), stored.Select(e => e.Id).Order());
    }

    [Fact]
    public async Task ReadAfterAsync_FromAPosition_ReturnsTheTailInOrderWithPayloads()
    {
        var results = await Log.AppendAsync(Enumerable.Range(0, 10).Select(_ => Entry()).ToArray(), CancellationToken.None);

        var tail = await ReadAllAsync(Log, results[3].Position);

        Assert.Equal(results.Skip(4).Select(r => r.Position), tail.Select(e => e.Position));
        Assert.Equal("{\"unit\":\"01001\"}", Encoding.UTF8.GetString(tail[0].Payload.Span));
        Assert.Equal(Served, tail[0].ServedAt);
        Assert.Equal(results[^1].Position, await Log.LastPositionAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AppendAsync_AfterReopening_CommittedEntriesRemainAndDuplicatesStillDetected()
    {
        var entry = Entry();
        await Log.AppendAsync([entry], CancellationToken.None);
        await Log.DisposeAsync();

        await using var reopened = await OpenAsync();
        var again = await reopened.AppendAsync([entry], CancellationToken.None);

        Assert.False(again[0].Accepted);
        Assert.Single(await ReadAllAsync(reopened));
    }

    [Fact]
    public async Task AppendAsync_WithListener_ListenerHearsCommittedEntriesInPositionOrderBeforeTheCaller()
    {
        var heard = new List<LogEntry>();
        var listener = new DelegateListener(heard.AddRange);
        var store = CreateStore();
        await store.InitializeAsync(CancellationToken.None);
        await using var log = new GroupCommitResponseLog(store, new GroupCommitOptions(), NullLogger<GroupCommitResponseLog>.Instance, [listener]);
        var duplicate = Entry();
        await log.AppendAsync([duplicate], CancellationToken.None);
        heard.Clear();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => log.AppendAsync(i == 0 ? [duplicate, Entry()] : [Entry(), Entry()], CancellationToken.None))));

        var accepted = results.SelectMany(r => r).Where(r => r.Accepted).Select(r => r.Position).Order().ToList();
        Assert.Equal(39, accepted.Count);
        Assert.Equal(accepted, heard.Select(e => e.Position));
        Assert.DoesNotContain(heard, e => e.Id == duplicate.Id);
    }

    private sealed class DelegateListener(Action<IReadOnlyList<LogEntry>> onCommitted) : ICommitListener
    {
        public void OnCommitted(IReadOnlyList<LogEntry> committed) => onCommitted(committed);
    }

    protected static async Task<List<LogEntry>> ReadAllAsync(IResponseLog log, long after = 0)
    {
        var list = new List<LogEntry>();
        await foreach (var entry in log.ReadAfterAsync(after, CancellationToken.None))
        {
            list.Add(entry);
        }

        return list;
    }
}
