using System.ComponentModel;

namespace Sipas.Runtime.Invocation;

/// <summary>
/// Pooled request objects, so a steady stream of calls allocates no request: one slot per thread (the common case,
/// where the caller also consumes the response), backed by a small shared array for requests that finish on another
/// thread (one-way calls, whose receiver recycles them). Used by generated code.
/// </summary>
/// <typeparam name="TRequest">The generated request type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestPool<TRequest>
    where TRequest : RequestBase, new()
{
    private const int SharedSlots = 32;

    private static readonly TRequest?[] Shared = new TRequest?[SharedSlots];

    [ThreadStatic]
    private static TRequest? _cached;

    /// <summary>Takes a cached request or creates one.</summary>
    /// <returns>A request ready to be filled.</returns>
    public static TRequest Rent()
    {
        var cached = _cached;
        if (cached is not null)
        {
            _cached = null;
            return cached;
        }

        var shared = Shared;
        for (var i = 0; i < shared.Length; i++)
        {
            var item = Volatile.Read(ref shared[i]);
            if (item is not null && Interlocked.CompareExchange(ref shared[i], null, item) == item)
            {
                return item;
            }
        }

        return new TRequest();
    }

    /// <summary>Returns a finished, reset request to the pool (dropped when the pool is full).</summary>
    /// <param name="request">The request.</param>
    public static void Return(TRequest request)
    {
        if (_cached is null)
        {
            _cached = request;
            return;
        }

        var shared = Shared;
        for (var i = 0; i < shared.Length; i++)
        {
            if (Volatile.Read(ref shared[i]) is null && Interlocked.CompareExchange(ref shared[i], request, null) is null)
            {
                return;
            }
        }
    }
}
