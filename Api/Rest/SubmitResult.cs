using Sipas.Api.Ingestion;

namespace Sipas.Api.Rest;

/// <summary>The reply to a submission: one result per item, in input order.</summary>
public sealed record SubmitResult(IReadOnlyList<ItemResult> Results);
