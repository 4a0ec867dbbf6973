namespace Sipas.GraphQL;

/// <summary>The outcome of subscribing: a response stream, or an immediate result when the subscription failed to start.</summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? error, IAsyncEnumerable<ExecutionResult>? stream)
    {
        Error = error;
        Stream = stream;
    }

    /// <summary>The result to send instead of a stream (request or field errors), or null when subscribed.</summary>
    public ExecutionResult? Error { get; }

    /// <summary>The response stream: one result per source event; it ends when the source ends or the token is cancelled.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }

    /// <summary>Whether the subscription started.</summary>
    public bool IsSubscribed => Stream is not null;

    /// <summary>A failed subscription.</summary>
    /// <param name="error">The result to send.</param>
    public static SubscriptionResult Failed(ExecutionResult error) => new(error ?? throw new ArgumentNullException(nameof(error)), null);

    /// <summary>A started subscription.</summary>
    /// <param name="stream">The response stream.</param>
    public static SubscriptionResult Subscribed(IAsyncEnumerable<ExecutionResult> stream) => new(null, stream ?? throw new ArgumentNullException(nameof(stream)));
}
