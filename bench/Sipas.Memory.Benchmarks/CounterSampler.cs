using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Sipas.Memory.Benchmarks;

/// <summary>
/// Follows another .NET process' <c>System.Runtime</c> event counters over EventPipe (what dotnet-counters reads)
/// and prints one line per interval: <c>unix_s gc_heap_mib working_set_mib threadpool_threads gen2_gcs</c>.
/// Runs until the process exits or this one is stopped.
/// </summary>
internal static class CounterSampler
{
    private static readonly string[] Wanted = ["gc-heap-size", "working-set", "threadpool-thread-count", "gen-2-gc-count"];

    public static int Run(int pid, int intervalSeconds, TextWriter output)
    {
        var client = new DiagnosticsClient(pid);
        var provider = new EventPipeProvider(
            "System.Runtime",
            EventLevel.Informational,
            (long)EventKeywords.None,
            new Dictionary<string, string> { ["EventCounterIntervalSec"] = intervalSeconds.ToString(CultureInfo.InvariantCulture) });
        using var session = client.StartEventPipeSession([provider], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var current = new Dictionary<string, double>(StringComparer.Ordinal);
        var gen2Total = 0d;
        source.Dynamic.All += e =>
        {
            if (e.EventName != "EventCounters" || e.PayloadValue(0) is not IDictionary<string, object> outer
                || outer.TryGetValue("Payload", out var inner) is false || inner is not IDictionary<string, object> fields)
            {
                return;
            }

            var name = fields.TryGetValue("Name", out var n) ? n as string : null;
            if (name is null || !Wanted.Contains(name))
            {
                return;
            }

            var value = fields.TryGetValue("Mean", out var mean) ? Convert.ToDouble(mean, CultureInfo.InvariantCulture)
                : fields.TryGetValue("Increment", out var increment) ? Convert.ToDouble(increment, CultureInfo.InvariantCulture) : 0;
            if (name == "gen-2-gc-count")
            {
                gen2Total += value;
                value = gen2Total;
            }

            // The runtime reports both memory counters in MB (10^6 bytes); the line carries MiB, as /proc does.
            current[name] = name is "gc-heap-size" or "working-set" ? value * 1_000_000 / (1 << 20) : value;
            if (current.Count == Wanted.Length)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{TimeProvider.System.GetUtcNow().ToUnixTimeSeconds()} {current["gc-heap-size"]:F1} {current["working-set"]:F1} {current["threadpool-thread-count"]:F0} {current["gen-2-gc-count"]:F0}"));
                output.Flush();
                current.Clear();
            }
        };
        source.Process();
        return 0;
    }
}
