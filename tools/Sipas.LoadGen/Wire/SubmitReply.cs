namespace Sipas.LoadGen.Wire;

/// <summary>The 202 reply: one result per item, in input order.</summary>
internal sealed record SubmitReply(IReadOnlyList<ItemReply>? Results);
