using System.Net;
using System.Text.Json;
using Sipas.Api.Rest;

namespace Sipas.Silo.Tests.Rest;

public sealed class ResponsesApiTests(SiloFactory factory) : IClassFixture<SiloFactory>
{
    private static readonly Uri Responses = new("/api/v1/responses", UriKind.Relative);

    [Fact]
    public async Task Post_BatchWithAGoodAndABadItem_202WithPerItemResultsInOrder()
    {
        using var client = await factory.ReadyClientAsync();
        var good = Guid.NewGuid();
        var bad = Guid.NewGuid();

        using var response = await client.PostAsync(Responses, TestItems.Json(
            $"[{TestItems.Response(good)},{TestItems.Response(bad, answers: """{"TC9":7}""")}]"));

        var result = await SiloFactory.ReadAsync<SubmitResult>(response, HttpStatusCode.Accepted);
        Assert.Equal([good.ToString(), bad.ToString()], result.Results.Select(r => r.Id));
        Assert.Equal(["accepted", "rejected"], result.Results.Select(r => r.Status));
        Assert.Contains(result.Results[1].Errors!, e => e.Field == "answers.TC9");
    }

    [Fact]
    public async Task Post_SameIdTwice_SecondIsDuplicate()
    {
        using var client = await factory.ReadyClientAsync();
        var item = TestItems.Response(Guid.NewGuid());
        using var first = await client.PostAsync(Responses, TestItems.Json(item));

        using var second = await client.PostAsync(Responses, TestItems.Json(item));

        Assert.Equal("accepted", (await SiloFactory.ReadAsync<SubmitResult>(first, HttpStatusCode.Accepted)).Results[0].Status);
        Assert.Equal("duplicate", (await SiloFactory.ReadAsync<SubmitResult>(second, HttpStatusCode.Accepted)).Results[0].Status);
    }

    [Fact]
    public async Task Post_MalformedJson_400ProblemSayingWhere()
    {
        using var client = await factory.ReadyClientAsync();

        using var response = await client.PostAsync(Responses, TestItems.Json("[{\"id\": \"x\",\n \"unit\": }]"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("line 2", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MoreThanAThousandItems_413()
    {
        using var client = await factory.ReadyClientAsync();
        var items = string.Join(",", Enumerable.Range(0, 1_001).Select(_ => TestItems.Response(Guid.NewGuid())));

        using var response = await client.PostAsync(Responses, TestItems.Json($"[{items}]"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_Accepted_ScoreOfTheUnitItsProvinceAndTheNationCountIt()
    {
        using var client = await factory.ReadyClientAsync();
        var before = await ScoreAsync(client, "79");
        var items = string.Join(",", Enumerable.Range(0, 40).Select(_ => TestItems.Response(Guid.NewGuid(), unit: "79.STP")));

        using var response = await client.PostAsync(Responses, TestItems.Json($"[{items}]"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(40, (await EventuallyAsync(client, "79.STP", n => n == 40)).N);
        var province = await EventuallyAsync(client, "79", n => n == before.N + 40);
        Assert.Equal(100, province.Factors.Single(f => f.Id == "civil-servants").Value, 6);
        Assert.True((await EventuallyAsync(client, "VN", n => n >= 40)).N >= 40);
    }

    private static async Task<ScoreDto> ScoreAsync(HttpClient client, string unit)
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/units/{unit}/score?window=all", UriKind.Relative));
        return await SiloFactory.ReadAsync<ScoreDto>(response, HttpStatusCode.OK);
    }

    /// <summary>Deltas reach parents after a flush interval: poll until the count arrives (or fail after 10 s).</summary>
    private static async Task<ScoreDto> EventuallyAsync(HttpClient client, string unit, Func<long, bool> done)
    {
        ScoreDto score = await ScoreAsync(client, unit);
        for (var attempt = 0; attempt < 200 && !done(score.N); attempt++)
        {
            await Task.Delay(50);
            score = await ScoreAsync(client, unit);
        }

        return score;
    }
}
