using Sipas.Grains.Aggregates;
using Sipas.Grains.Questionnaires;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class IndexCalculatorTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 1, 3, 0, 0, TimeSpan.Zero);
    private static readonly Questionnaire Q = TestResponses.Sipas2017;

    [Fact]
    public void Compute_PublishedWorkedExample_8387()
    {
        var builder = new TallyBuilder(Q);
        foreach (var (level, count) in new[] { (5, 10), (4, 16), (3, 5) })
        {
            for (var i = 0; i < count; i++)
            {
                builder.Add(TestResponses.Make(At, new Dictionary<string, int> { ["TT3"] = level }));
            }
        }

        var scores = IndexCalculator.Compute(builder.ToTally(), Q);

        var criterion = scores.Factor("procedures")!.Criteria.Single(c => c.Id == "TT3");
        Assert.Equal(83.87, Math.Round(criterion.Index.Value, 2));
        Assert.Equal(31, criterion.Index.N);
        Assert.Equal(26, criterion.Satisfied);
        Assert.Equal(0, criterion.Dissatisfied);
        Assert.Equal(((10 * 5) + (16 * 4) + (5 * 3)) / 31.0, criterion.MeanScore!.Value, 10);
    }

    [Fact]
    public void Compute_FactorIsMeanOfCriteriaAndSipasMeanOfFactors()
    {
        // access: TC1 100%, TC2 50%, TC3/TC4 no data → 75; procedures: TT1 0% → 0; others no data.
        var builder = new TallyBuilder(Q)
            .Add(TestResponses.Make(At, new Dictionary<string, int> { ["TC1"] = 5, ["TC2"] = 4, ["TT1"] = 2 }))
            .Add(TestResponses.Make(At, new Dictionary<string, int> { ["TC1"] = 4, ["TC2"] = 3, ["TT1"] = 1 }));

        var scores = IndexCalculator.Compute(builder.ToTally(), Q);

        Assert.Equal(75.0, scores.Factor("access")!.Index.Value, 10);
        Assert.Equal(2, scores.Factor("access")!.Index.N);
        Assert.Equal(0.0, scores.Factor("procedures")!.Index.Value, 10);
        Assert.False(scores.Factor("results")!.Index.HasData);
        Assert.Equal(37.5, scores.Sipas.Value, 10);
        Assert.Equal(2, scores.Responses);
    }

    [Fact]
    public void Compute_FactorInterval_WilsonAtTheMeanWithTheLargestCriterionN()
    {
        var builder = new TallyBuilder(Q);
        for (var i = 0; i < 10; i++)
        {
            builder.Add(TestResponses.Make(At, new Dictionary<string, int> { ["KQ1"] = i < 8 ? 5 : 2, ["KQ2"] = i < 6 ? 4 : 1 }));
        }

        var factor = IndexCalculator.Compute(builder.ToTally(), Q).Factor("results")!.Index;

        var expected = Wilson.Interval(0.7, 10);
        Assert.Equal(70.0, factor.Value, 10);
        Assert.Equal(expected.Low, factor.Low, 10);
        Assert.Equal(expected.High, factor.High, 10);
        Assert.Equal(10, factor.N);
    }

    [Fact]
    public void Compute_FactorQuestionMethod_UsesTheFactorsOwnQuestion()
    {
        var q = TestResponses.Sipas2023;
        var configured = new Questionnaire(q.Id, q.Version, q.TitleVi, q.TitleEn, q.Source, q.Scale, FactorIndexMethod.FactorQuestion, q.Factors, q.Overall);
        var response = TestResponses.Make(At, new Dictionary<string, int> { ["TC1"] = 1, ["TC0"] = 5 }) with { Questionnaire = "sipas-2023" };
        var tally = new TallyBuilder(configured).Add(response).ToTally();

        var byQuestion = IndexCalculator.Compute(tally, configured).Factor("access")!.Index.Value;
        var byCriteria = IndexCalculator.Compute(tally, q).Factor("access")!.Index.Value;

        Assert.Equal(100.0, byQuestion, 10);
        Assert.Equal(0.0, byCriteria, 10);
    }

    [Fact]
    public void Compute_OverallAndMeanScore_FromTheirAnswers()
    {
        var tally = new TallyBuilder(Q)
            .Add(TestResponses.AllCriteria(At, 5, overall: 4))
            .Add(TestResponses.AllCriteria(At, 2, overall: 1))
            .ToTally();

        var scores = IndexCalculator.Compute(tally, Q);

        Assert.Equal(50.0, scores.Overall.Index.Value, 10);
        Assert.Equal(2, scores.Overall.Index.N);
        Assert.Equal(3.5, scores.MeanScore!.Value, 10);
        Assert.Equal(50.0, scores.Sipas.Value, 10);
    }

    [Fact]
    public void Compute_PooledChildTallies_EqualRecomputationFromRawResponses()
    {
        var random = new Random(7);
        var responses = Enumerable.Range(0, 600).Select(_ => TestResponses.Random(random, At)).ToList();
        var children = responses.Chunk(150).Select(chunk => chunk.Aggregate(new TallyBuilder(Q), (b, r) => b.Add(r)).ToTally()).ToList();

        var pooled = children.Aggregate((a, b) => a.Add(b));

        var raw = responses.Aggregate(new TallyBuilder(Q), (b, r) => b.Add(r)).ToTally();
        Assert.Equal(raw, pooled);
        Assert.Equal(IndexCalculator.Compute(raw, Q), IndexCalculator.Compute(pooled, Q));
        Assert.NotEqual(IndexCalculator.Compute(raw, Q), IndexCalculator.Compute(children[0], Q));
    }

    [Fact]
    public void Compute_TallyOfAnotherQuestionnaire_Throws()
    {
        var tally = Tally.Empty(TestResponses.Sipas2023);

        var act = () => IndexCalculator.Compute(tally, Q);

        Assert.Throws<ArgumentException>(act);
    }
}
