namespace Sipas.LoadGen.Wire;

/// <summary>The server's verdict on one item: <c>accepted</c>, <c>duplicate</c> or <c>rejected</c> (with errors).</summary>
internal sealed record ItemReply(string? Id, string? Status, IReadOnlyList<ItemError>? Errors)
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}
