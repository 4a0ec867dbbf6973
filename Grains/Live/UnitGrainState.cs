namespace Sipas.Grains.Live;

/// <summary>
/// What a unit persists: its OWN counts (responses it served, not its subtree's) per questionnaire key, encoded with
/// <c>UnitHistory.ToBytes</c>, and the log position they include. Pooled counts are derived again on start.
/// </summary>
public sealed class UnitGrainState
{
    public long AppliedPosition { get; set; }

    public Dictionary<string, byte[]> Own { get; set; } = [];
}
