using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class TallyTests
{
    private static readonly DateTimeOffset At = new(2025, 9, 1, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Subtract_RandomSubset_EqualsTallyOfTheRest(int seed)
    {
        var random = new Random(seed);
        var responses = Enumerable.Range(0, 500).Select(_ => TestResponses.Random(random, At)).ToList();
        var removed = responses.Where(_ => random.NextDouble() < 0.3).ToList();
        var rest = responses.Except(removed).ToList();
        var all = responses.Aggregate(new TallyBuilder(TestResponses.Sipas2017), (b, r) => b.Add(r)).ToTally();
        var subset = removed.Aggregate(new TallyBuilder(TestResponses.Sipas2017), (b, r) => b.Add(r)).ToTally();

        var result = all.Subtract(subset);

        var expected = rest.Aggregate(new TallyBuilder(TestResponses.Sipas2017), (b, r) => b.Add(r)).ToTally();
        Assert.Equal(expected, result);
        Assert.Equal(rest.Count, result.Responses);
    }

    [Fact]
    public void Add_ThenSubtract_BackToTheStart()
    {
        var random = new Random(11);
        var a = Enumerable.Range(0, 50).Aggregate(new TallyBuilder(TestResponses.Sipas2017), (b, _) => b.Add(TestResponses.Random(random, At))).ToTally();
        var b = Enumerable.Range(0, 70).Aggregate(new TallyBuilder(TestResponses.Sipas2017), (t, _) => t.Add(TestResponses.Random(random, At))).ToTally();

        var roundTrip = a.Add(b).Subtract(b);

        Assert.Equal(a, roundTrip);
        Assert.NotEqual(a, a.Add(b));
    }

    [Fact]
    public void Subtract_MoreThanAdded_Throws()
    {
        var one = new TallyBuilder(TestResponses.Sipas2017).Add(TestResponses.AllCriteria(At, 4)).ToTally();
        var empty = Tally.Empty(TestResponses.Sipas2017);

        var act = () => empty.Subtract(one);

        Assert.Throws<InvalidOperationException>(act);
    }

    [Fact]
    public void Add_DifferentQuestionnaires_Throws()
    {
        var a = Tally.Empty(TestResponses.Sipas2017);
        var b = Tally.Empty(TestResponses.Sipas2023);

        var act = () => a.Add(b);

        Assert.Throws<ArgumentException>(act);
    }

    [Fact]
    public void Count_AnsweredLevels_CountedPerQuestionAndOverall()
    {
        var tally = new TallyBuilder(TestResponses.Sipas2017)
            .Add(TestResponses.Make(At, new Dictionary<string, int> { ["CC2"] = 3 }, overall: 5))
            .Add(TestResponses.Make(At, new Dictionary<string, int> { ["CC2"] = 3 }))
            .ToTally();

        Assert.Equal(2, tally.Count("CC2", 3));
        Assert.Equal(0, tally.Count("CC2", 4));
        Assert.Equal(1, tally.Count("HL", 5));
        Assert.Equal("HL", tally.OverallId);
        Assert.Equal(2, tally.Responses);
    }

    [Fact]
    public void BuilderAddAndSubtract_Tally_SameAsImmutableForm()
    {
        var random = new Random(3);
        var a = Enumerable.Range(0, 40).Aggregate(new TallyBuilder(TestResponses.Sipas2017), (b, _) => b.Add(TestResponses.Random(random, At))).ToTally();
        var b = Enumerable.Range(0, 40).Aggregate(new TallyBuilder(TestResponses.Sipas2017), (t, _) => t.Add(TestResponses.Random(random, At))).ToTally();

        var built = new TallyBuilder(TestResponses.Sipas2017).Add(a).Add(b).Subtract(a).ToTally();

        Assert.Equal(b, built);
    }

    [Fact]
    public void BuilderAdd_ResponseToAnotherQuestionnaire_Throws()
    {
        var response = TestResponses.AllCriteria(At, 4) with { Questionnaire = "sipas-2023" };

        var act = () => new TallyBuilder(TestResponses.Sipas2017).Add(response);

        Assert.Throws<ArgumentException>(act);
    }
}
