using System.Collections.Concurrent;

namespace Sipas.GraphQL.Execution;

/// <summary>The loaders of one request, and the signal the executor waits on when keys are queued late.</summary>
internal sealed class DataLoaderRegistry
{
    private readonly ConcurrentDictionary<string, IDataLoaderDispatch> _loaders = new(StringComparer.Ordinal);
    private TaskCompletionSource _queued = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        (DataLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(batch, this));

    public bool IsEmpty => _loaders.IsEmpty;

    public void NotifyQueued() => Volatile.Read(ref _queued).TrySetResult();

    /// <summary>A task that completes when a key is queued after this call.</summary>
    public Task WaitForQueuedAsync()
    {
        var current = Volatile.Read(ref _queued);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _queued, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }

        return Volatile.Read(ref _queued).Task;
    }

    public bool DispatchAll(CancellationToken cancellationToken)
    {
        var dispatched = false;
        foreach (var loader in _loaders.Values)
        {
            if (loader.HasQueued)
            {
                loader.Dispatch(cancellationToken);
                dispatched = true;
            }
        }

        return dispatched;
    }
}
