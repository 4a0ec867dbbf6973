namespace Sipas.Api.Rest;

/// <summary>How often each level was answered to one question (<c>Counts[i]</c> is level <c>MinLevel + i</c>).</summary>
public sealed record TrendQuestionDto(string Id, string? Factor, IReadOnlyList<long> Counts);
