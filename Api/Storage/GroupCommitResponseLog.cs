using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Sipas.Api.Storage;

/// <summary>
/// Group commit over an <see cref="IResponseLogStore"/>: concurrent appends queue up, and a single writer commits
/// everything queued so far in one transaction, so many requests share one fsync. Each caller's task completes only
/// after the transaction holding its entries has committed; if the transaction fails, every caller in it gets the
/// exception and nothing of it is acknowledged. After each commit, and before any caller hears of it, the committed
/// entries go to the <see cref="ICommitListener"/>s in commit (= position) order.
/// </summary>
public sealed partial class GroupCommitResponseLog : IResponseLog, IAsyncDisposable
{
    private readonly IResponseLogStore _store;
    private readonly GroupCommitOptions _options;
    private readonly ILogger<GroupCommitResponseLog> _logger;
    private readonly ICommitListener[] _listeners;
    private readonly Channel<PendingAppend> _queue;
    private readonly Task _writer;

    public GroupCommitResponseLog(
        IResponseLogStore store, GroupCommitOptions options, ILogger<GroupCommitResponseLog> logger, IEnumerable<ICommitListener>? listeners = null)
    {
        _store = store;
        _options = options;
        _logger = logger;
        _listeners = listeners?.ToArray() ?? [];
        _queue = Channel.CreateBounded<PendingAppend>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writer = Task.Run(WriteLoopAsync);
    }

    public async Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var pending = new PendingAppend(entries);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // Once queued, the append commits even if this caller goes away: the client's retry then reads "duplicate".
        return await pending.Completion.Task.WaitAsync(cancellationToken);
    }

    public IAsyncEnumerable<LogEntry> ReadAfterAsync(long afterPosition, CancellationToken cancellationToken) =>
        _store.ReadAfterAsync(afterPosition, cancellationToken);

    public Task<long> LastPositionAsync(CancellationToken cancellationToken) => _store.LastPositionAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<PendingAppend>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            var count = 0;
            while (count < _options.MaxBatchEntries && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                count += pending.Entries.Count;
            }

            await CommitGroupAsync(group, count);
        }
    }

    private async Task CommitGroupAsync(List<PendingAppend> group, int count)
    {
        // Ids repeated inside the group are duplicates of their first occurrence: the store sees each id once.
        var unique = new List<LogEntry>(count);
        var slots = new List<int[]>(group.Count);
        var firstIndex = new Dictionary<Guid, int>(count);
        foreach (var pending in group)
        {
            var slot = new int[pending.Entries.Count];
            for (var i = 0; i < slot.Length; i++)
            {
                var entry = pending.Entries[i];
                if (firstIndex.TryAdd(entry.Id, unique.Count))
                {
                    slot[i] = unique.Count;
                    unique.Add(entry);
                }
                else
                {
                    slot[i] = -1;
                }
            }

            slots.Add(slot);
        }

        long[] positions;
        try
        {
            positions = await _store.InsertBatchAsync(unique, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogCommitFailed(exception, group.Count, unique.Count);
            foreach (var pending in group)
            {
                pending.Completion.TrySetException(exception);
            }

            return;
        }

        NotifyListeners(unique, positions);
        for (var g = 0; g < group.Count; g++)
        {
            var entries = group[g].Entries;
            var results = new AppendResult[entries.Count];
            for (var i = 0; i < results.Length; i++)
            {
                var index = slots[g][i];
                var position = index < 0 ? 0 : positions[index];
                results[i] = position > 0 ? new AppendResult(entries[i].Id, true, position) : AppendResult.Duplicate(entries[i].Id);
            }

            group[g].Completion.TrySetResult(results);
        }
    }

    private void NotifyListeners(List<LogEntry> unique, long[] positions)
    {
        if (_listeners.Length == 0)
        {
            return;
        }

        var committed = new List<LogEntry>(unique.Count);
        for (var i = 0; i < unique.Count; i++)
        {
            if (positions[i] > 0)
            {
                committed.Add(unique[i] with { Position = positions[i] });
            }
        }

        if (committed.Count == 0)
        {
            return;
        }

        foreach (var listener in _listeners)
        {
            try
            {
                listener.OnCommitted(committed);
            }
            catch (Exception exception)
            {
                // The entries are durable: a failing listener loses nothing that recovery cannot replay.
                LogListenerFailed(exception, listener.GetType().Name);
            }
        }
    }

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Commit listener {Listener} failed; recovery will replay the log")]
    private partial void LogListenerFailed(Exception exception, string listener);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Response log commit failed for {Requests} requests ({Entries} entries); none was acknowledged")]
    private partial void LogCommitFailed(Exception exception, int requests, int entries);

    private sealed class PendingAppend(IReadOnlyList<LogEntry> entries)
    {
        public IReadOnlyList<LogEntry> Entries { get; } = entries;

        public TaskCompletionSource<IReadOnlyList<AppendResult>> Completion { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
