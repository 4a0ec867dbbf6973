namespace Sipas.Api.Rest;

/// <summary>One audited target change: <c>set</c> (with the target) or <c>clear</c>, who and when.</summary>
public sealed record AlertTargetChangeDto(string Unit, string Action, AlertTargetDto? Target, string Actor, DateTimeOffset At);
