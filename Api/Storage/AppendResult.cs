namespace Sipas.Api.Storage;

/// <summary>What became of one appended entry, in input order: accepted at a log position, or a duplicate id.</summary>
public readonly record struct AppendResult(Guid Id, bool Accepted, long Position)
{
    public static AppendResult Duplicate(Guid id) => new(id, false, 0);
}
