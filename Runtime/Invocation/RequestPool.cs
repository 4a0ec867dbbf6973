using System.ComponentModel;

namespace Sipas.Runtime.Invocation;

/// <summary>
/// A one-slot per-thread cache of request objects, so a steady stream of calls from one thread allocates no
/// request. Used by generated code.
/// </summary>
/// <typeparam name="TRequest">The generated request type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestPool<TRequest>
    where TRequest : RequestBase, new()
{
    [ThreadStatic]
    private static TRequest? _cached;

    /// <summary>Takes a cached request or creates one.</summary>
    /// <returns>A request ready to be filled.</returns>
    public static TRequest Rent()
    {
        var cached = _cached;
        if (cached is null)
        {
            return new TRequest();
        }

        _cached = null;
        return cached;
    }

    /// <summary>Returns a finished, reset request to the cache.</summary>
    /// <param name="request">The request.</param>
    public static void Return(TRequest request) => _cached ??= request;
}
