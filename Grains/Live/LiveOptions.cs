namespace Sipas.Grains.Live;

/// <summary>How the unit grains pool and persist. Bound from the <c>Live</c> configuration section.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>
    /// How long a unit gathers its subtree's responses before passing them up in one message. Default 100 ms: a
    /// province with a hundred busy communes receives at most ten messages per second from each, not one per
    /// response, and a change crosses commune → province → nation in a few hundred milliseconds (bench/latency.sh:
    /// p99 268 ms at 100 ms against 888 ms at 250 ms, with the same ingestion rate).
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often a checkpoint writes every changed unit's own counts and the log position they include. Default 30 s.</summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A checkpoint also follows this many responses since the last one, whatever the time, so that a restart after a
    /// crash replays at most about this many (bench/restart.sh: ~100,000 replayed a second). Default 300,000.
    /// </summary>
    public long SnapshotEvery { get; set; } = 300_000;

    /// <summary>The questionnaire figures follow when a caller names none. Default <c>sipas-2017</c>.</summary>
    public string DefaultQuestionnaire { get; set; } = "sipas-2017";

    /// <summary>Fewest responses for a unit to be ranked; below it the unit shows as insufficient data. Default 30.</summary>
    public int MinimumSample { get; set; } = 30;
}
