namespace Sipas.Api.Storage;

/// <summary>
/// The durable, append-only response log. An append completes only after its transaction is committed, so an
/// acknowledged response is never lost; a second append of an id is reported as a duplicate and never stored twice.
/// </summary>
public interface IResponseLog
{
    /// <summary>Appends the entries (one transaction shared with concurrent callers) and reports each in input order.</summary>
    Task<IReadOnlyList<AppendResult>> AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken);

    /// <summary>Reads committed entries with a position greater than <paramref name="afterPosition"/>, in position order.</summary>
    IAsyncEnumerable<LogEntry> ReadAfterAsync(long afterPosition, CancellationToken cancellationToken);

    /// <summary>The highest committed position (0 when the log is empty).</summary>
    Task<long> LastPositionAsync(CancellationToken cancellationToken);
}
