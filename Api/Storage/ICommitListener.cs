namespace Sipas.Api.Storage;

/// <summary>
/// Hears of every committed entry, once, in position order, from the log's single writer. Must return quickly
/// (hand the entries to a queue): the callers of that commit wait for it.
/// </summary>
public interface ICommitListener
{
    void OnCommitted(IReadOnlyList<LogEntry> committed);
}
