namespace Sipas.Api.Rest;

/// <summary>One bucket of a trend: [<paramref name="From"/>, <paramref name="To"/>), its responses and SIPAS (null without data).</summary>
public sealed record TrendPointDto(DateTimeOffset From, DateTimeOffset To, long N, MeasureDto? Sipas);
