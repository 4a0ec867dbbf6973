namespace Sipas.Dashboard.Hub;

/// <summary>The <c>figures</c> push: only the units of the group whose figures changed since its last push.</summary>
public sealed record FiguresMessage(string Scope, string Window, long Sequence, DateTimeOffset At, IReadOnlyList<UnitFigures> Units);
