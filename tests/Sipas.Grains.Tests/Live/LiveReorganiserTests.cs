using System.Text.Json;
using Sipas.Grains.Contracts;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;
using Sipas.Testing;

namespace Sipas.Grains.Tests.Live;

public sealed class LiveReorganiserTests
{
    // Hà Giang (02) merges into Tuyên Quang (08); Bình Dương (74) and Bà Rịa - Vũng Tàu (77) into Hồ Chí Minh (79).
    private static readonly string[] Provinces = ["01", "02", "08", "22", "74", "77", "79"];
    private static readonly DateOnly Later = new(2025, 8, 1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 9, 1, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ApplyAsync_Vietnam2025On2024Responses_ProvincesSumTheirPredecessorsAndNationUnchanged()
    {
        var tree = UnitTreeLoader.Load2019();
        await using var silo = await StartLiveAsync(tree);
        var log = Log2024(tree, new Random(11), 3_000);
        await silo.RouteAsync(log);
        await silo.FlushAllAsync();
        var before = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var province in tree.OfKind(UnitKind.Province))
        {
            before[province.Code] = (await Recomputation.ScoreAsync(silo, province.Code)).Scores.Responses;
        }

        var nationBefore = await Recomputation.ScoreAsync(silo, "VN");

        await silo.Reorganiser.ApplyAsync(ReorganisationPlan.Vietnam2025(tree), CancellationToken.None);

        Assert.Equal(34, silo.Directory.Tree.OfKind(UnitKind.Province).Count());
        foreach (var province in ProvinceData.Provinces2025)
        {
            var sum = province.PredecessorCodes.Sum(code => before.GetValueOrDefault(code));
            Assert.Equal(sum, (await Recomputation.ScoreAsync(silo, province.Code)).Scores.Responses);
        }

        Assert.True(before["02"] > 0 && before["74"] > 0 && before["77"] > 0);
        Assert.Equal(JsonSerializer.Serialize(nationBefore.Scores), JsonSerializer.Serialize((await Recomputation.ScoreAsync(silo, "VN")).Scores));
        await Recomputation.AssertEveryUnitAsync(silo, log.Select(r => r.Response));
    }

    [Fact]
    public async Task ApplyAsync_ResponsesStreamingDuringTheMerger_NothingLostOrCountedTwice()
    {
        var tree = UnitTreeLoader.Load2019();
        await using var silo = await StartLiveAsync(tree);
        var log = Log2024(tree, new Random(12), 4_000);

        var underway = new TaskCompletionSource();
        var streaming = Task.Run(async () =>
        {
            foreach (var (batch, index) in log.Chunk(50).Select((b, i) => (b, i)))
            {
                await silo.RouteAsync(batch);
                if (index == 10)
                {
                    underway.SetResult();
                }

                await Task.Yield();
            }
        });
        await underway.Task;
        await silo.Reorganiser.ApplyAsync(ReorganisationPlan.Vietnam2025(tree), CancellationToken.None);
        await streaming;
        await silo.FlushAllAsync();

        await Recomputation.AssertEveryUnitAsync(silo, log.Select(r => r.Response));
    }

    [Fact]
    public async Task ApplyAsync_MergedAgency_LaterResponsesForTheRetiredCodeCountAtTheSuccessor()
    {
        var tree = UnitTreeLoader.Load2019();
        await using var silo = await StartLiveAsync(tree);
        var early = Recorded(Responses(new Random(13), ["02.STP", "08.STP"], 40), 1);
        await silo.RouteAsync(early);

        await silo.Reorganiser.ApplyAsync([new Merge("02.STP", "08.STP", Later)], CancellationToken.None);
        var late = Recorded(Responses(new Random(14), ["02.STP"], 25), 41);
        await silo.RouteAsync(late);
        await silo.FlushAllAsync();

        Assert.Equal("08.STP", silo.Directory.Resolve("02.STP"));
        Assert.Equal(65, (await Recomputation.ScoreAsync(silo, "08.STP")).Scores.Responses);
        await Recomputation.AssertEveryUnitAsync(silo, early.Concat(late).Select(r => r.Response));
    }

    [Fact]
    public async Task ApplyAsync_MoveServicePointAcrossProvinces_OldAncestorsLoseItNewOnesGainIt()
    {
        var tree = UnitTreeLoader.Load2025();
        await using var silo = await StartLiveAsync(tree);
        var log = Recorded(Responses(new Random(15), ["01.TTHCC.Q01", "01.TTHCC", "79.TTHCC.Q01", "01.STP", "01.VP"], 300), 1);
        await silo.RouteAsync(log);
        await silo.FlushAllAsync();

        await silo.Reorganiser.ApplyAsync(
            [new Move("01.TTHCC.Q01", "79.TTHCC", Later), new Move("01.STP", "01.VP", Later)], CancellationToken.None);

        Assert.Equal("79.TTHCC", silo.Directory.Tree.Get("01.TTHCC.Q01").ParentCode);
        await Recomputation.AssertEveryUnitAsync(silo, log.Select(r => r.Response));
    }

    [Fact]
    public async Task ApplyAsync_Rename_ChangesTheNameOnly()
    {
        var tree = UnitTreeLoader.Load2025();
        await using var silo = await StartLiveAsync(tree);
        var log = Recorded(Responses(new Random(16), ["01.STP"], 20), 1);
        await silo.RouteAsync(log);
        await silo.FlushAllAsync();

        var report = await silo.Reorganiser.ApplyAsync([new Rename("01.STP", "Sở Tư pháp Thủ đô", Later)], CancellationToken.None);

        Assert.Equal("Sở Tư pháp Thủ đô", silo.Directory.Tree.Get("01.STP").Name);
        Assert.Equal(0, report.UnitsRebuilt);
        await Recomputation.AssertEveryUnitAsync(silo, log.Select(r => r.Response));
    }

    [Fact]
    public async Task ApplyAsync_InvalidOperation_ThrowsAndChangesNothing()
    {
        var tree = UnitTreeLoader.Load2025();
        await using var silo = await StartLiveAsync(tree);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            silo.Reorganiser.ApplyAsync([new Move("01", "01.STP", Later)], CancellationToken.None));

        Assert.Same(tree, silo.Directory.Tree);
        Assert.Empty(await silo.Grains.GetGrain<IReorganisationGrain>(IReorganisationGrain.Key).GetApplied());
    }

    [Fact]
    public async Task RecoverAsync_AfterMergerAndCrash_TreeRestoredAndEveryUnitEqualsARecomputation()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sipas-reorg-").FullName, "grains.db");
        var tree = UnitTreeLoader.Load2019();
        var log = Log2024(tree, new Random(17), 2_000);
        await using (var before = await LiveSilo.StartAsync(tree, _clock, path))
        {
            await before.Recovery.RecoverAsync(_ => ToAsync([]), CancellationToken.None);
            await before.RouteAsync(log[..1_000]);
            await before.Recovery.CheckpointAsync(1_000, CancellationToken.None);
            await before.RouteAsync(log[1_000..1_500]);
            // The provinces merge, then an agency of a retired province merges into its host's counterpart.
            List<Reorganisation> plan = [.. ReorganisationPlan.Vietnam2025(tree), new Merge("02.STP", "08.STP", UnitTreeLoader.Effective2025)];
            await before.Reorganiser.ApplyAsync(plan, CancellationToken.None);
            // Logged before the merger, routed after it: retired codes go to their successors. Never checkpointed.
            await before.RouteAsync(log[1_500..]);
        }

        await using var after = await LiveSilo.StartAsync(tree, _clock, path);
        var report = await after.Recovery.RecoverAsync(p => ToAsync(log.Where(r => r.Position > p)), CancellationToken.None);

        Assert.Equal(new Sipas.Grains.Live.RecoveryReport(1_000, 1_000), report);
        Assert.Equal(34, after.Directory.Tree.OfKind(UnitKind.Province).Count());
        Assert.Equal("08.STP", after.Directory.Resolve("02.STP"));
        Assert.Contains(log[..1_000], r => r.Response.Unit == "02.STP");
        await Recomputation.AssertEveryUnitAsync(after, log.Select(r => r.Response));
    }

    private async Task<LiveSilo> StartLiveAsync(UnitTree tree)
    {
        var silo = await LiveSilo.StartAsync(tree, _clock);
        await silo.Recovery.RecoverAsync(_ => ToAsync([]), CancellationToken.None);
        return silo;
    }

    /// <summary>Responses at the agencies and service points of <see cref="Provinces"/>, served during 2024.</summary>
    private static List<RecordedResponse> Log2024(UnitTree tree, Random random, int count)
    {
        var units = Provinces.SelectMany(p => tree.Descendants(p)).Where(u => u.TakesResponses).Select(u => u.Code).ToArray();
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        return Recorded(Enumerable.Range(0, count).Select(_ =>
            TestResponses.Random(random, start.AddMinutes(random.Next(0, 366 * 24 * 60))) with { Unit = units[random.Next(units.Length)] }), 1);
    }

    private List<SurveyResponse> Responses(Random random, string[] units, int count) =>
        [.. Enumerable.Range(0, count).Select(_ =>
            TestResponses.Random(random, _clock.GetUtcNow().AddMinutes(-random.Next(0, 60 * 24 * 60))) with { Unit = units[random.Next(units.Length)] })];

    private static List<RecordedResponse> Recorded(IEnumerable<SurveyResponse> responses, long firstPosition) =>
        [.. responses.Select((r, i) => new RecordedResponse(firstPosition + i, r))];

    private static async IAsyncEnumerable<RecordedResponse> ToAsync(IEnumerable<RecordedResponse> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask;
    }
}
