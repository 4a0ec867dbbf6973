using System.Net;
using Sipas.Api.Rest;

namespace Sipas.Silo.Tests.Rest;

public sealed class ReadApiTests(SiloFactory factory) : IClassFixture<SiloFactory>
{
    [Fact]
    public async Task Units_UnderTheNation_The34Provinces()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/units?parent=VN", UriKind.Relative));

        var units = await SiloFactory.ReadAsync<UnitDto[]>(response, HttpStatusCode.OK);
        Assert.Equal(34, units.Length);
        Assert.Contains(units, u => u.Code == "01" && u.Kind == "province");
    }

    [Fact]
    public async Task Unit_UnknownCode_404Problem()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/units/99999", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("99999", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_InvalidWindow_400SayingWhatIsAccepted()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/units/01/score?window=fortnight", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("fortnight", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_DayRange_ResolvesToThatRange()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/units/01/score?from=2025-07-01&to=2025-07-31", UriKind.Relative));

        var score = await SiloFactory.ReadAsync<ScoreDto>(response, HttpStatusCode.OK);
        Assert.Equal("2025-07-01..2025-07-31", score.Window);
        Assert.Equal(5, score.Factors.Count);
        Assert.Equal(22, score.Criteria.Count);
    }

    [Fact]
    public async Task Rankings_OfTheNationWithoutData_34ProvincesAllInsufficient()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/rankings?parent=VN&window=30d", UriKind.Relative));

        var ranking = await SiloFactory.ReadAsync<RankingDto>(response, HttpStatusCode.OK);
        Assert.Equal(34, ranking.Entries.Count);
        Assert.All(ranking.Entries, e => Assert.True(e.Insufficient));
    }

    [Fact]
    public async Task Rankings_UnknownMetric_400ListingTheMetrics()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/rankings?parent=VN&metric=speed", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("civil-servants", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questionnaire_Sipas2017_FiveFactors22Criteria()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri("/api/v1/questionnaires/sipas-2017", UriKind.Relative));

        var questionnaire = await SiloFactory.ReadAsync<QuestionnaireDto>(response, HttpStatusCode.OK);
        Assert.Equal(5, questionnaire.Factors.Count);
        Assert.Equal(22, questionnaire.Factors.Sum(f => f.Criteria.Count));
        Assert.Equal([4, 5], questionnaire.Scale.Satisfied);
    }
}
