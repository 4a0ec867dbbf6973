namespace Sipas.Api.Storage;

/// <summary>
/// One response as the log keeps it: the idempotency key, the serving unit and time (for replay routing and
/// retention), and the validated response serialised as UTF-8 JSON. <see cref="Position"/> is assigned on commit
/// and is strictly increasing in commit order, so "everything after position p" is a well-defined tail.
/// </summary>
public sealed record LogEntry(Guid Id, string Unit, DateTimeOffset ServedAt, DateTimeOffset ReceivedAt, ReadOnlyMemory<byte> Payload)
{
    public long Position { get; init; }

    /// <summary>
    /// The in-memory object the payload was made from, handed to <see cref="ICommitListener"/>s so they need not
    /// decode the payload again. Never stored; null on entries read back from the database.
    /// </summary>
    public object? Tag { get; init; }
}
