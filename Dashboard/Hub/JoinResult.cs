namespace Sipas.Dashboard.Hub;

/// <summary>
/// The answer to <c>Join</c>: a fresh snapshot of the scope unit and its children. Later <c>figures</c> messages of
/// the group carry higher sequence numbers; a client drops any whose sequence is not above the last it applied.
/// </summary>
public sealed record JoinResult(string Scope, string Window, long Sequence, DateTimeOffset At, IReadOnlyList<UnitFigures> Units);
