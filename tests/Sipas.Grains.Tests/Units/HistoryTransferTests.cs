using Sipas.Grains.Aggregates;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;

namespace Sipas.Grains.Tests.Units;

public sealed class HistoryTransferTests
{
    private static readonly DateOnly July2025 = new(2025, 7, 1);
    private static readonly DateTimeOffset At = new(2025, 6, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Transfers_Move_OnlyTheAncestorsThatChange()
    {
        var tree = UnitTreeLoader.Load2025();

        var transfers = tree.Transfers(new Move("01.TTHCC.Q01", "04.TTHCC", July2025));

        var transfer = Assert.Single(transfers);
        Assert.Equal(["01.TTHCC", "01"], transfer.SubtractFrom);
        Assert.Equal(["04.TTHCC", "04"], transfer.AddTo);
    }

    [Fact]
    public void Transfers_Merge_AddsTheRetiredUnitToItsSuccessor()
    {
        var tree = UnitTreeLoader.Load2025();

        var transfers = tree.Transfers(new Merge("01002", "01001", July2025));

        var transfer = Assert.Single(transfers);
        Assert.Equal("01002", transfer.Source);
        Assert.Empty(transfer.SubtractFrom);
        Assert.Equal(["01001"], transfer.AddTo);
    }

    [Fact]
    public void Transfers_Rename_Nothing()
    {
        var transfers = UnitTreeLoader.Load2025().Transfers(new Rename("01", "Hà Nội", July2025));

        Assert.Empty(transfers);
    }

    [Fact]
    public void Transfers_Plan2025OnPooledTallies_EqualRecomputationOnTheNewTree()
    {
        var tree = UnitTreeLoader.Load2019();
        var random = new Random(17);
        var takers = tree.Active.Where(u => u.TakesResponses).ToList();
        var responses = Enumerable.Range(0, 3_000)
            .Select(_ => TestResponses.Random(random, At) with { Unit = takers[random.Next(takers.Count)].Code })
            .ToList();
        var pooled = Pool(tree, responses);

        foreach (var operation in ReorganisationPlan.Vietnam2025(tree))
        {
            foreach (var transfer in tree.Transfers(operation))
            {
                var moved = pooled[transfer.Source];
                transfer.SubtractFrom.ToList().ForEach(code => pooled[code] = pooled[code].Subtract(moved));
                transfer.AddTo.ToList().ForEach(code => pooled[code] = pooled[code].Add(moved));
            }

            tree = tree.Apply(operation);
        }

        var expected = Pool(tree, responses);
        Assert.All(tree.Active, unit => Assert.Equal(expected[unit.Code], pooled[unit.Code]));
        Assert.Equal(3_000, pooled["VN"].Responses);
        Assert.True(pooled["48"].Responses > expected["48.STP"].Responses + expected["49.STP"].Responses);
    }

    /// <summary>Each unit's tally = its own responses plus every descendant's, recomputed from raw responses.</summary>
    private static Dictionary<string, Tally> Pool(UnitTree tree, IEnumerable<SurveyResponse> responses)
    {
        var builders = tree.All.ToDictionary(u => u.Code, _ => new TallyBuilder(TestResponses.Sipas2017), StringComparer.Ordinal);
        foreach (var response in responses)
        {
            builders[response.Unit].Add(response);
            foreach (var ancestor in tree.Ancestors(response.Unit))
            {
                builders[ancestor.Code].Add(response);
            }
        }

        return builders.ToDictionary(p => p.Key, p => p.Value.ToTally(), StringComparer.Ordinal);
    }
}
