using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Sipas.Runtime.Benchmarks;

// `bdn [BenchmarkDotNet args]` runs the BenchmarkDotNet suite (short job, in process);
// no arguments runs the throughput harness, which ends with the one-line summary bench/runtime.sh relies on.
if (args.Length > 0 && args[0] == "bdn")
{
    var config = ManualConfig.CreateMinimumViable()
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "sipas-runtime-bdn"));
    BenchmarkSwitcher.FromAssembly(typeof(CallBenchmarks).Assembly).Run(args[1..], config);
    return;
}

var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 2;
var duration = TimeSpan.FromSeconds(seconds);
const int Callers = 100;
Console.WriteLine($"processors={Environment.ProcessorCount} callers={Callers} duration={duration.TotalSeconds}s");
await using var silo = await BenchSilo.StartAsync();
if (args.Length > 1 && args[1] == "rr")
{
    // Quick comparison while tuning: request/response only.
    foreach (var grains in new[] { 100, 10_000, 100, 10_000 })
    {
        Report($"request/response grains={grains}", await ThroughputHarness.RequestResponseAsync(silo.Grains, grains, Callers, duration));
    }

    return;
}

foreach (var grains in new[] { 1, 10_000 })
{
    Report($"request/response grains={grains}", await ThroughputHarness.RequestResponseAsync(silo.Grains, grains, Callers, duration));
}

foreach (var grains in new[] { 1, 100, 10_000 })
{
    Report($"one-way grains={grains}", await ThroughputHarness.OneWayAsync(silo.Grains, grains, Callers, duration));
}

// The headline pair is measured three times, alternating, and the medians are compared: the machine is shared, and
// alternating keeps a burst of outside load from landing on one side only.
var headlines = new List<Measurement>();
var baselines = new List<Measurement>();
for (var round = 1; round <= 3; round++)
{
    headlines.Add(await ThroughputHarness.RequestResponseAsync(silo.Grains, 100, Callers, duration));
    Report($"request/response grains=100 #{round}", headlines[^1]);
    baselines.Add(await ChannelBaseline.PingPongAsync(Callers, duration));
    Report($"channel ping-pong baseline #{round}", baselines[^1]);
}

var headline = Median(headlines);
var baseline = Median(baselines);
Report("request/response grains=100 (median)", headline);
Report("channel ping-pong baseline (median)", baseline);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"calls_per_sec={headline.PerSecond:F0} baseline_per_sec={baseline.PerSecond:F0} ratio={headline.PerSecond / baseline.PerSecond:F2} alloc_bytes_per_call={headline.BytesPerOperation:F1}"));

static Measurement Median(List<Measurement> runs) => runs.OrderBy(m => m.PerSecond).ElementAt(runs.Count / 2);

static void Report(string name, Measurement m) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{name,-38} {m.PerSecond,14:N0} ops/s {m.BytesPerOperation,8:F1} B/op ({m.Operations:N0} in {m.Elapsed.TotalSeconds:F2}s)"));
