using System.Text.RegularExpressions;
using Sipas.LoadGen.Stats;

namespace Sipas.LoadGen.Tests.Stats;

public sealed class RunSummaryTests
{
    private static readonly RunSummary Clean = new(1_000, 990, 5, 5, 0, 2, 12.5, 97.49, TimeSpan.FromSeconds(10), []);

    [Fact]
    public void ContractLine_Counts_ExactFormat()
    {
        var line = Clean.ContractLine();

        Assert.Equal("sent=1000 accepted=990 duplicate=5 rejected=5 errors=0 p50_ms=13 p99_ms=97", line);
        Assert.Matches(new Regex(@"^sent=\d+ accepted=\d+ duplicate=\d+ rejected=\d+ errors=\d+ p50_ms=\d+ p99_ms=\d+$"), line);
    }

    [Fact]
    public void ExitCode_ErrorsOrProblems_One()
    {
        var codes = (Clean.ExitCode, (Clean with { Errors = 1 }).ExitCode, (Clean with { Problems = ["x"] }).ExitCode);

        Assert.Equal((0, 1, 1), codes);
    }

    [Fact]
    public void Percentile_NearestRank()
    {
        var recorder = new LatencyRecorder();
        foreach (var ms in Enumerable.Range(1, 100).Reverse())
        {
            recorder.Record(TimeSpan.FromMilliseconds(ms));
        }

        var (p50, p99, p100) = (recorder.Percentile(50), recorder.Percentile(99), recorder.Percentile(100));

        Assert.Equal((50, 99, 100), (p50, p99, p100));
        Assert.Equal(0, new LatencyRecorder().Percentile(99));
    }
}
