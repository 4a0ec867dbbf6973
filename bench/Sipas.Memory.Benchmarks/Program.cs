using System.Globalization;
using Sipas.Memory.Benchmarks;

// bench/memory.sh and bench/soak.sh run this harness:
//   tree [--saturated]             the 2025 tree with two years of daily history; ends with
//                                  `memory_mib=<n> baseline_mib=<n> ratio=<r>` (baseline: the same rings as long[])
//   sample --pid <n> [--interval <s>]  one line per interval of another .NET process' runtime counters:
//                                  `unix_s gc_heap_mib working_set_mib threadpool_threads gen2_gcs`
const double MiB = 1 << 20;
switch (args)
{
    case ["tree", .. var rest] when rest is [] or ["--saturated"]:
        {
            var saturated = rest is ["--saturated"];
            var result = TreeMemory.Measure(saturated);
            if (result.LastUnitDays != 732)
            {
                await Console.Error.WriteLineAsync($"the histories are not fully populated: {result.LastUnitDays} of 732 days");
                return 1;
            }

            var ratio = result.MeasuredBytes / (double)result.PlainArrayBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"units={result.Units} saturated={saturated} measured_bytes={result.MeasuredBytes} reported_bytes={result.ReportedBytes} plain_array_bytes={result.PlainArrayBytes} per_unit_bytes={result.MeasuredBytes / result.Units}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"memory_mib={result.MeasuredBytes / MiB:F1} baseline_mib={result.PlainArrayBytes / MiB:F1} ratio={ratio:F3}"));
            return 0;
        }

    case ["sample", "--pid", var pid, .. var rest] when int.TryParse(pid, CultureInfo.InvariantCulture, out var id) && rest is [] or ["--interval", _]:
        {
            var interval = rest is ["--interval", var s] ? int.Parse(s, CultureInfo.InvariantCulture) : 10;
            return CounterSampler.Run(id, interval, Console.Out);
        }

    default:
        await Console.Error.WriteLineAsync("usage: tree [--saturated] | sample --pid <n> [--interval <seconds>]");
        return 2;
}
