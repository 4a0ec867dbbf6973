using System.Text.Json;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Responses;

namespace Sipas.Grains.Tests.Aggregates;

public sealed class WireFormatTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset At = new(2025, 9, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Tally_JsonRoundTrip_Equal()
    {
        var tally = new TallyBuilder(TestResponses.Sipas2017).Add(TestResponses.Random(new Random(1), At)).ToTally();

        var json = JsonSerializer.Serialize(tally, Web);
        var back = JsonSerializer.Deserialize<Tally>(json, Web);

        Assert.Equal(tally, back);
    }

    [Fact]
    public void SurveyResponse_JsonRoundTrip_Equal()
    {
        var response = TestResponses.AllCriteria(At, 4, overall: 5) with { Comment = "Tốt", Dossier = "H26.12-250701-0001" };

        var json = JsonSerializer.Serialize(response, Web);
        var back = JsonSerializer.Deserialize<SurveyResponse>(json, Web)!;

        Assert.Equal(response, back);
        Assert.NotEqual(response, back with { Answers = new Dictionary<string, int> { ["TC1"] = 1 } });
    }

    [Fact]
    public void UnitScores_Json_NoNaNEvenWithoutData()
    {
        var scores = IndexCalculator.Compute(Tally.Empty(TestResponses.Sipas2017), TestResponses.Sipas2017);

        var json = JsonSerializer.Serialize(scores, Web);

        Assert.Contains("\"sipas\":{\"value\":0,\"low\":0,\"high\":100,\"n\":0", json, StringComparison.Ordinal);
    }
}
