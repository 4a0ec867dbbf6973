using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Auth;
using Sipas.Api.Rest;
using Sipas.Grains.Access;

namespace Sipas.Silo.Tests.Rest;

public sealed class TrendsApiTests(SiloFactory factory) : IClassFixture<SiloFactory>
{
    private const string Answers = """{"TC1":5,"TC2":4,"TT1":4,"CC1":5,"KQ1":4,"PA1":2}""";

    [Fact]
    public async Task Trend_Hourly_48ContiguousHoursHoldingTheResponses()
    {
        using var client = await factory.ReadyClientAsync();
        await SubmitAndWaitAsync(client, "01001", 3);

        using var response = await client.GetAsync(new Uri("/api/v1/units/01001/trend?resolution=hour&points=48", UriKind.Relative));

        var trend = await SiloFactory.ReadAsync<TrendDto>(response, HttpStatusCode.OK);
        Assert.Equal("hour", trend.Resolution);
        Assert.Equal(48, trend.Points.Count);
        Assert.All(trend.Points.Zip(trend.Points.Skip(1)), p => Assert.Equal(p.First.To, p.Second.From));
        Assert.Equal(3, trend.Points.Sum(p => p.N));
        Assert.Contains(trend.Points, p => p.N == 3 && p.Sipas is { N: 3 });
        Assert.All(trend.Points.Where(p => p.N == 0), p => Assert.Null(p.Sipas));
    }

    [Fact]
    public async Task Trend_DailyByDefault_30HanoiDaysHoldingTheResponses()
    {
        using var client = await factory.ReadyClientAsync();
        await SubmitAndWaitAsync(client, "01002", 2);

        using var response = await client.GetAsync(new Uri("/api/v1/units/01002/trend", UriKind.Relative));

        var trend = await SiloFactory.ReadAsync<TrendDto>(response, HttpStatusCode.OK);
        Assert.Equal("day", trend.Resolution);
        Assert.Equal(30, trend.Points.Count);
        Assert.All(trend.Points, p => Assert.Equal(TimeSpan.FromHours(7), p.From.Offset));
        Assert.Equal(2, trend.Points.Sum(p => p.N));
    }

    [Fact]
    public async Task Distribution_Window_CountsPerLevelAndOverEveryCriterion()
    {
        using var client = await factory.ReadyClientAsync();
        await SubmitAndWaitAsync(client, "01003", 4);

        using var response = await client.GetAsync(new Uri("/api/v1/units/01003/distribution?window=24h", UriKind.Relative));

        var distribution = await SiloFactory.ReadAsync<TrendDistributionDto>(response, HttpStatusCode.OK);
        Assert.Equal(4, distribution.N);
        Assert.Equal(1, distribution.MinLevel);
        Assert.Equal([0, 0, 0, 0, 4], distribution.Questions.Single(q => q.Id == "TC1").Counts);
        Assert.Equal("access", distribution.Questions.Single(q => q.Id == "TC1").Factor);
        Assert.Equal([0, 4, 0, 12, 8], distribution.Criteria);
    }

    [Theory]
    [InlineData("resolution=minute", "hour or day")]
    [InlineData("resolution=hour&points=49", "between 1 and 48")]
    [InlineData("resolution=day&points=0", "between 1 and 732")]
    public async Task Trend_BadQuery_400SayingWhatIsAccepted(string query, string expected)
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync(new Uri($"/api/v1/units/01/trend?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/units/01/trend")]
    [InlineData("/api/v1/units/01/distribution")]
    public async Task TrendAndDistribution_KeyOfAnotherProvince_403(string path)
    {
        var key = await factory.Services.GetRequiredService<ApiKeyService>().CreateAsync(Role.Leader, "04", "Cao Bằng leader", null, CancellationToken.None);
        using var client = await factory.AnonymousReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key.Secret);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("unit 01", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Submits <paramref name="count"/> responses to a commune and polls until its score counts them.</summary>
    private static async Task SubmitAndWaitAsync(HttpClient client, string unit, int count)
    {
        var items = string.Join(",", Enumerable.Range(0, count).Select(_ => TestItems.Response(Guid.NewGuid(), unit, Answers)));
        using (var submitted = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), TestItems.Json($"[{items}]")))
        {
            Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        }

        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/units/{unit}/score?window=24h", UriKind.Relative));
            if ((await SiloFactory.ReadAsync<ScoreDto>(response, HttpStatusCode.OK)).N == count)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{unit} did not count {count} responses within 30 s.");
    }
}
