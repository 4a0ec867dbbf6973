using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.Silo.Tests.Rest;

namespace Sipas.Silo.Tests.Alerts;

public sealed class AlertsGraphQLTests : IAsyncLifetime
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("sipas-alerts-gql-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SetTargetAndAcknowledge_OverGraphQL_AlertsConnectionShowsTheAcknowledgedAlert()
    {
        await using var silo = new AlertSilo(_dataDir);
        using var client = await silo.ReadyClientAsync();
        var agency = silo.Services.GetRequiredService<UnitDirectory>().Tree.Children("01").First(u => u.Kind == UnitKind.Agency).Code;

        var set = await GraphQLAsync(client, $$"""mutation { setTarget(unit: "{{agency}}", target: 85, window: LAST_7D, minResponses: 10, pendingMinutes: 0) { target window source setBy } }""");
        await SubmitAsync(client, agency, """{"TC1":1,"TT1":2,"CC1":1,"KQ1":2,"PA1":1}""", 15, TimeSpan.FromHours(1));
        JsonElement firing = default;
        for (var attempt = 0; attempt < 600 && firing.ValueKind != JsonValueKind.Object; attempt++)
        {
            var page = await GraphQLAsync(client, $$"""{ alerts(unit: "{{agency}}", state: FIRING) { totalCount nodes { id rule state n target unit { code } } } }""");
            var nodes = page.GetProperty("alerts").GetProperty("nodes");
            firing = nodes.EnumerateArray().FirstOrDefault(n => n.GetProperty("rule").GetString() == "sipas");
            await Task.Delay(100);
        }

        var acknowledged = await GraphQLAsync(client, $$"""mutation { acknowledgeAlert(id: "{{agency}}:sipas", comment: "ok") { state acknowledgedBy } }""");
        var target = await GraphQLAsync(client, $$"""{ unit(code: "{{agency}}") { target { target source minResponses } } }""");
        var refused = await RawGraphQLAsync(client, $$"""mutation { setTarget(unit: "{{agency}}", target: 150) { target } }""");

        Assert.Equal(("LAST_7D", "own", "admin"), (set.GetProperty("setTarget").GetProperty("window").GetString(),
            set.GetProperty("setTarget").GetProperty("source").GetString(), set.GetProperty("setTarget").GetProperty("setBy").GetString()));
        Assert.Equal((15, 85.0), (firing.GetProperty("n").GetInt32(), firing.GetProperty("target").GetDouble()));
        Assert.Equal(("ACKNOWLEDGED", "admin"), (acknowledged.GetProperty("acknowledgeAlert").GetProperty("state").GetString(),
            acknowledged.GetProperty("acknowledgeAlert").GetProperty("acknowledgedBy").GetString()));
        Assert.Equal(10, target.GetProperty("unit").GetProperty("target").GetProperty("minResponses").GetInt32());
        Assert.Contains("between 0 and 100", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Burst_FourDissatisfiedRatingsAtACommune_BurstFiresAtOnce()
    {
        await using var silo = new AlertSilo(_dataDir);
        using var client = await silo.ReadyClientAsync();
        var commune = silo.Services.GetRequiredService<UnitDirectory>().Tree.Children("01").First(u => u.Kind == UnitKind.Commune).Code;

        await SubmitAsync(client, commune, """{"TC1":1,"TT1":2,"CC1":1,"KQ1":4,"PA1":2}""", 4, TimeSpan.FromMinutes(1));
        JsonElement burst = default;
        for (var attempt = 0; attempt < 600 && burst.ValueKind != JsonValueKind.Object; attempt++)
        {
            var alerts = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/alerts?unit={commune}&state=FIRING", UriKind.Relative));
            burst = alerts.GetProperty("alerts").EnumerateArray().FirstOrDefault(a => a.GetProperty("rule").GetString() == "burst");
            await Task.Delay(100);
        }

        Assert.Equal(JsonValueKind.Object, burst.ValueKind);
        Assert.Equal((4, 80.0, 50.0), (burst.GetProperty("n").GetInt32(), burst.GetProperty("value").GetDouble(), burst.GetProperty("target").GetDouble()));
    }

    private static async Task SubmitAsync(HttpClient client, string unit, string answers, int count, TimeSpan ago)
    {
        var items = string.Join(",", Enumerable.Range(0, count).Select(_ => TestItems.Response(Guid.NewGuid(), unit, answers, ago)));
        using var response = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), TestItems.Json($"[{items}]"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static async Task<JsonElement> GraphQLAsync(HttpClient client, string query)
    {
        var body = await RawGraphQLAsync(client, query);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.False(json.TryGetProperty("errors", out _), body);
        return json.GetProperty("data").Clone();
    }

    private static async Task<string> RawGraphQLAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
        return await response.Content.ReadAsStringAsync();
    }
}
