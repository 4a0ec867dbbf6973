namespace Sipas.Api.Rest;

/// <summary>A factor's or criterion's index (a criterion names its factor).</summary>
public sealed record IndexDto(string Id, string? Factor, double Value, double Low, double High, long N);
