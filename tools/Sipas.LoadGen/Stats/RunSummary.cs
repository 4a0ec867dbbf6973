using System.Globalization;

namespace Sipas.LoadGen.Stats;

/// <summary>The end of a run: the counts, the latency percentiles and what went wrong.</summary>
internal sealed record RunSummary(
    long Sent,
    long Accepted,
    long Duplicate,
    long Rejected,
    long Errors,
    long Retries,
    double P50Ms,
    double P99Ms,
    TimeSpan Elapsed,
    IReadOnlyList<string> Problems)
{
    /// <summary>Zero when every item got a valid acknowledgement; 1 when the server misbehaved.</summary>
    public int ExitCode => Errors > 0 || Problems.Count > 0 ? 1 : 0;

    /// <summary>
    /// The last line of every sending run, relied on by scripts:
    /// <c>sent=&lt;n&gt; accepted=&lt;n&gt; duplicate=&lt;n&gt; rejected=&lt;n&gt; errors=&lt;n&gt; p50_ms=&lt;n&gt; p99_ms=&lt;n&gt;</c>
    /// (integers; latencies rounded to whole milliseconds).
    /// </summary>
    public string ContractLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"sent={Sent} accepted={Accepted} duplicate={Duplicate} rejected={Rejected} errors={Errors} p50_ms={Math.Round(P50Ms, MidpointRounding.AwayFromZero):0} p99_ms={Math.Round(P99Ms, MidpointRounding.AwayFromZero):0}");
}
