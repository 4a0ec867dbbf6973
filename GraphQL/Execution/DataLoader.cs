namespace Sipas.GraphQL.Execution;

/// <summary>
/// A per-request batching loader (the DataLoader pattern). <see cref="LoadAsync"/> queues a key; the executor
/// dispatches every queued key in one call of the batch function once the current execution level can make no
/// more progress without them. Each key is loaded at most once per request (results are cached).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : IDataLoaderDispatch
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly DataLoaderRegistry _registry;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _cache = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _queue = [];
    private int _batchCount;

    internal DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch, DataLoaderRegistry registry)
    {
        _batch = batch;
        _registry = registry;
    }

    /// <summary>How many times the batch function was called.</summary>
    public int BatchCount => Volatile.Read(ref _batchCount);

    /// <summary>Loads a value; completes when the batch holding the key has run.</summary>
    /// <param name="key">The key.</param>
    public Task<TValue> LoadAsync(TKey key)
    {
        Task<TValue> task;
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }

            var completion = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            _cache[key] = completion;
            _queue.Add(new(key, completion));
            task = completion.Task;
        }

        _registry.NotifyQueued();
        return task;
    }

    bool IDataLoaderDispatch.HasQueued
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count > 0;
            }
        }
    }

    void IDataLoaderDispatch.Dispatch(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch;
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                return;
            }

            batch = _queue;
            _queue = [];
        }

        Interlocked.Increment(ref _batchCount);
        _ = RunBatchAsync(batch, cancellationToken);
    }

    private async Task RunBatchAsync(List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch, CancellationToken cancellationToken)
    {
        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = batch[i].Key;
            }

            var values = await _batch(keys, cancellationToken).ConfigureAwait(false);
            foreach (var (key, completion) in batch)
            {
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default!);
            }
        }
        catch (Exception ex)
        {
            foreach (var (_, completion) in batch)
            {
                completion.TrySetException(ex);
            }
        }
    }
}
