using Sipas.Grains.Simulation;

namespace Sipas.Grains.Tests.Simulation;

public sealed class ScenarioTests
{
    [Fact]
    public void Default_ProvinceLevels_MeanIsTheNationalFigure()
    {
        var levels = Scenario.Default.Provinces;

        Assert.Equal(34, levels.Count);
        Assert.Equal(0.8394, levels.Values.Average(), 3);
        Assert.Equal("31", levels.MaxBy(l => l.Value).Key);
        Assert.Empty(Scenario.Default.Validate());
    }

    [Fact]
    public void Parse_ToJsonOfDefault_RoundTrips()
    {
        var json = Scenario.Default.ToJson();

        var parsed = Scenario.Parse(json);

        Assert.Equal(json, parsed.ToJson());
        Assert.Equal(3, parsed.Events.Count);
        Assert.IsType<ComplaintBurst>(parsed.Events[1]);
    }

    [Fact]
    public void Parse_PartialFile_KeepsDefaultsForTheRest()
    {
        const string Json = """
            {
              "name": "alert drill",
              "provinces": { "01": 0.7 },
              "events": [
                { "type": "degradation", "unit": "01.STP", "start": "00:05:00", "duration": "00:30:00", "target": 0.55 },
                { "type": "reorganisation", "start": "01:00:00", "name": "x", "description": "y", "units": ["01001"] }
              ]
            }
            """;

        var scenario = Scenario.Parse(Json);

        Assert.Equal("alert drill", scenario.Name);
        Assert.Equal(0.7, scenario.ProvinceLevel("01"));
        Assert.Equal(Scenario.Default.NationalSatisfaction, scenario.ProvinceLevel("31"));
        Assert.Equal("sipas-2017", scenario.Questionnaire);
        var degradation = Assert.IsType<AgencyDegradation>(scenario.Events[0]);
        Assert.Equal((TimeSpan.FromMinutes(5), 0.55, 0.01), (degradation.Start, degradation.Target, degradation.Share));
        Assert.IsType<ReorganisationMarker>(scenario.Events[1]);
    }

    [Fact]
    public void Parse_TrafficProfile_WindowsInVietnamTime()
    {
        const string Json = """
            { "traffic": { "weekdays": [ { "from": "08:00:00", "to": "12:00:00", "level": 1 } ], "saturday": [], "sunday": [], "baseline": 0 } }
            """;

        var traffic = Scenario.Parse(Json).Traffic;

        Assert.Equal(1, traffic.Intensity(new DateTimeOffset(2025, 9, 1, 1, 30, 0, TimeSpan.Zero)));
        Assert.Equal(0, traffic.Intensity(new DateTimeOffset(2025, 9, 1, 5, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("""{ "nationalSatisfacton": 0.8 }""", "nationalSatisfacton")]
    [InlineData("""{ "overallShare": 1.5 }""", "overallShare")]
    [InlineData("""{ "channelShares": { "fax": 1 } }""", "fax")]
    [InlineData("""{ "events": [ { "type": "complaint-burst", "unit": "01.TTHCC.Q01", "start": "00:00:00", "duration": "-00:01:00" } ] }""", "events[0]")]
    [InlineData("""{ "provinces": """, "Invalid scenario JSON")]
    public void Parse_InvalidFile_FormatExceptionNamingTheProblem(string json, string expected)
    {
        var exception = Assert.Throws<FormatException>(() => Scenario.Parse(json));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
