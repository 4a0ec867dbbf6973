using System.Text.Json;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Live;

public sealed class UnitGrainTests
{
    private static readonly UnitTree Tree = UnitTreeLoader.Load2025();
    private static readonly WindowSpec All = WindowSpec.Parse("all");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 1, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Record_LiveAtACommune_PooledExactlyUpToTheNationAfterFlush()
    {
        await using var silo = await LiveSilo.StartAsync(Tree, _clock);
        silo.Directory.GoLive();
        var responses = Responses(new Random(1), 50, "01001");

        await silo.Grains.GetGrain<IUnitGrain>("01001").Record(Recorded(responses, firstPosition: 1));
        await silo.FlushUpAsync("01001");

        var expected = Tally(responses);
        foreach (var code in new[] { "01001", "01", "VN" })
        {
            var score = await silo.Grains.GetGrain<IUnitGrain>(code).GetScore(All, "sipas-2017");
            AssertSameScores(expected, score);
        }
    }

    [Fact]
    public async Task Record_PositionsAlreadyApplied_CountedOnce()
    {
        await using var silo = await LiveSilo.StartAsync(Tree, _clock);
        var unit = silo.Grains.GetGrain<IUnitGrain>("01001");
        var recorded = Recorded(Responses(new Random(2), 10, "01001"), firstPosition: 1);

        await unit.Record(recorded);
        await unit.Record(recorded.Skip(5).ToList());

        var score = await unit.GetScore(All, "sipas-2017");
        Assert.Equal(10, score.Scores.Responses);
        Assert.Equal(10, await unit.GetAppliedPosition());
    }

    [Fact]
    public async Task Flush_AfterCounting_PublishesAChangePerUnitOnTheFeed()
    {
        await using var silo = await LiveSilo.StartAsync(Tree, _clock);
        silo.Directory.GoLive();
        using var subscription = silo.Changes.Subscribe();

        await silo.Grains.GetGrain<IUnitGrain>("01001").Record(Recorded(Responses(new Random(3), 4, "01001"), 1));
        await silo.FlushUpAsync("01001");

        var changes = new List<UnitChanged>();
        while (changes.Count < 3)
        {
            changes.Add(await subscription.Reader.ReadAsync());
        }

        Assert.Equal(["01001", "01", "VN"], changes.Select(c => c.Unit));
        Assert.All(changes, c => Assert.Equal(4, c.Responses));
    }

    [Fact]
    public async Task RecoverAsync_AfterACrashMidStream_EveryUnitEqualsARecomputationFromTheLog()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sipas-live-").FullName, "grains.db");
        var random = new Random(4);
        var units = new[] { "01001", "01002", "01.TTHCC", "01.TTHCC.Q01", "79001", "79.STP" };
        var log = new List<RecordedResponse>();
        foreach (var response in Enumerable.Range(0, 600).Select(_ => Response(random, units[random.Next(units.Length)])))
        {
            log.Add(new RecordedResponse(log.Count + 1, response));
        }

        await using (var before = await LiveSilo.StartAsync(Tree, _clock, path))
        {
            await before.Recovery.RecoverAsync(_ => Empty(), CancellationToken.None);
            await before.Recovery.ReplayAsync(ToAsync(log.Take(400)), CancellationToken.None);
            await before.Recovery.CheckpointAsync(400, CancellationToken.None);
            // Counted after the checkpoint and never written: only the log can bring these back.
            await before.Recovery.ReplayAsync(ToAsync(log.Skip(400)), CancellationToken.None);
        }

        await using var after = await LiveSilo.StartAsync(Tree, _clock, path);
        var report = await after.Recovery.RecoverAsync(position => ToAsync(log.Where(r => r.Position > position)), CancellationToken.None);

        Assert.Equal(new RecoveryReport(400, 200), report);
        foreach (var code in units.Concat(["01", "79", "VN"]))
        {
            var expected = Tally(log.Select(r => r.Response).Where(r => r.Unit == code || Tree.IsInSubtree(r.Unit, code)));
            var score = await after.Grains.GetGrain<IUnitGrain>(code).GetScore(All, "sipas-2017");
            AssertSameScores(expected, score);
        }
    }

    [Fact]
    public async Task RecoverAsync_AfterAGracefulStop_ReplaysNothing()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sipas-live-").FullName, "grains.db");
        var log = Recorded(Responses(new Random(5), 30, "01001"), 1);
        await using (var before = await LiveSilo.StartAsync(Tree, _clock, path))
        {
            await before.Recovery.RecoverAsync(_ => ToAsync(log), CancellationToken.None);
            await before.StopAsync();
        }

        await using var after = await LiveSilo.StartAsync(Tree, _clock, path);
        var report = await after.Recovery.RecoverAsync(position => ToAsync(log.Where(r => r.Position > position)), CancellationToken.None);

        Assert.Equal(new RecoveryReport(30, 0), report);
        Assert.Equal(30, (await after.Grains.GetGrain<IUnitGrain>("VN").GetScore(All, "sipas-2017")).Scores.Responses);
    }

    private static Questionnaire Sipas2017 => TestResponses.Sipas2017;

    private static void AssertSameScores(Tally expected, UnitScore actual) =>
        Assert.Equal(JsonSerializer.Serialize(IndexCalculator.Compute(expected, Sipas2017)), JsonSerializer.Serialize(actual.Scores));

    private SurveyResponse Response(Random random, string unit) =>
        TestResponses.Random(random, _clock.GetUtcNow().AddMinutes(-random.Next(0, 60 * 24 * 60))) with { Unit = unit };

    private List<SurveyResponse> Responses(Random random, int count, string unit) =>
        [.. Enumerable.Range(0, count).Select(_ => Response(random, unit))];

    private static List<RecordedResponse> Recorded(IEnumerable<SurveyResponse> responses, long firstPosition) =>
        [.. responses.Select((r, i) => new RecordedResponse(firstPosition + i, r))];

    private static Tally Tally(IEnumerable<SurveyResponse> responses)
    {
        var builder = new TallyBuilder(Sipas2017);
        foreach (var response in responses)
        {
            builder.Add(response);
        }

        return builder.ToTally();
    }

    private static async IAsyncEnumerable<RecordedResponse> ToAsync(IEnumerable<RecordedResponse> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask;
    }

    private static IAsyncEnumerable<RecordedResponse> Empty() => ToAsync([]);
}
