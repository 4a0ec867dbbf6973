using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Auth;
using Sipas.Grains.Access;
using Sipas.Silo.Tests.Rest;

namespace Sipas.Silo.Tests.GraphQL;

/// <summary>The SIPAS schema on the real Silo: over HTTP with keys in the header, and subscriptions over WebSocket.</summary>
public sealed class GraphQLApiTests(SiloFactory factory) : IClassFixture<SiloFactory>
{
    [Fact]
    public async Task Score_AgencyOwnUnit_FiguresAndAnotherUnitForbiddenWithoutData()
    {
        var client = await factory.ReadyClientAsync();
        var agency = await KeyAsync(Role.Agency, "01.STP");

        var own = await GraphQLClient.PostAsync(client, agency, """{ unit(code: "01.STP") { name score(window: LAST_30D) { n sipas { value low high } } } }""");
        var other = await GraphQLClient.PostAsync(client, agency, """{ unit(code: "01.SYT") { name score { n sipas { value } } } }""");

        Assert.False(own.TryGetProperty("errors", out _), own.ToString());
        Assert.Equal(JsonValueKind.Object, own.GetProperty("data").GetProperty("unit").GetProperty("score").ValueKind);
        Assert.Equal("FORBIDDEN", other.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("data").GetProperty("unit").GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task Query_NoKey_Unauthenticated()
    {
        var client = await factory.AnonymousReadyClientAsync();

        var response = await GraphQLClient.PostAsync(client, null, "{ me { keyId } }");

        Assert.Equal("UNAUTHENTICATED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task CreateApiKey_ThenRevoke_KeyWorksThenFailsAtOnce()
    {
        var client = await factory.ReadyClientAsync();
        var leader = await KeyAsync(Role.Leader, "01");

        var created = await GraphQLClient.PostAsync(client, leader, """mutation { createApiKey(role: AGENCY, unit: "01.STP", name: "kiosk 3") { secret key { id } } }""");
        var secret = created.GetProperty("data").GetProperty("createApiKey").GetProperty("secret").GetString()!;
        var id = created.GetProperty("data").GetProperty("createApiKey").GetProperty("key").GetProperty("id").GetString()!;
        var before = await GraphQLClient.PostAsync(client, secret, "{ me { role unit { code } } }");
        await GraphQLClient.PostAsync(client, leader, """mutation($id: ID!) { revokeApiKey(id: $id) { active } }""", new { id });
        using var graphqlAfter = await SendAsync(client, HttpMethod.Post, "/graphql", secret, JsonContent.Create(new { query = "{ me { role } }" }));
        using var restAfter = await SendAsync(client, HttpMethod.Get, "/api/v1/units/01.STP/score", secret);

        Assert.Equal("AGENCY", before.GetProperty("data").GetProperty("me").GetProperty("role").GetString());
        Assert.Equal("01.STP", before.GetProperty("data").GetProperty("me").GetProperty("unit").GetProperty("code").GetString());
        // A revoked (or unknown) key is refused the same way over GraphQL and REST, not served as anonymous.
        Assert.Equal(HttpStatusCode.Unauthorized, graphqlAfter.StatusCode);
        var refusal = JsonDocument.Parse(await graphqlAfter.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal((ApiKeyAuthenticationHandler.InvalidKey, "UNAUTHENTICATED"),
            (refusal.GetProperty("message").GetString(), refusal.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, restAfter.StatusCode);
    }

    [Theory]
    [InlineData("NATIONAL", null)]
    [InlineData("AGENCY", "79.STP")]
    [InlineData("LEADER", "VN")]
    public async Task CreateApiKey_LeaderBeyondItsSubtree_Forbidden(string role, string? unit)
    {
        var client = await factory.ReadyClientAsync();
        var leader = await KeyAsync(Role.Leader, "01");

        var response = await GraphQLClient.PostAsync(client, leader, """mutation($r: Role!, $u: String) { createApiKey(role: $r, unit: $u, name: "x") { secret } }""", new { r = role, u = unit });

        Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task SubmitResponses_CollectorInScope_AcceptedAndCounted()
    {
        var client = await factory.ReadyClientAsync();
        var collector = await KeyAsync(Role.Collector, "11");
        var item = JsonDocument.Parse(TestItems.Response(Guid.NewGuid(), "11001")).RootElement;
        var input = new
        {
            id = item.GetProperty("id").GetString(), unit = "11001", questionnaire = "sipas-2017",
            servedAt = item.GetProperty("servedAt").GetString(), channel = "kiosk",
            answers = new[] { new { criterion = "TC1", level = 5 }, new { criterion = "PA1", level = 1 } },
        };

        var submitted = await GraphQLClient.PostAsync(client, collector,
            """mutation($i: [ResponseInput!]!) { submitResponses(input: $i) { status errors { message } } }""", new { i = new[] { input } });
        var counted = await PollAsync(client, """{ unit(code: "11") { score(window: LAST_24H) { n } } }""",
            r => r.GetProperty("data").GetProperty("unit").GetProperty("score").GetProperty("n").GetInt32() == 1);

        Assert.Equal("ACCEPTED", submitted.GetProperty("data").GetProperty("submitResponses")[0].GetProperty("status").GetString());
        Assert.Equal(1, counted.GetProperty("data").GetProperty("unit").GetProperty("score").GetProperty("n").GetInt32());
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    public async Task SubmitResponses_BatchSize_UpToTheRestLimit(int count, bool accepted)
    {
        var client = await factory.ReadyClientAsync();
        var servedAt = TimeProvider.System.GetUtcNow().AddMinutes(-5).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var input = Enumerable.Range(0, count).Select(_ => new
        {
            id = Guid.NewGuid().ToString(), unit = "15001", questionnaire = "sipas-2017", servedAt, channel = "web",
            answers = new[] { new { criterion = "TC1", level = 4 }, new { criterion = "TT1", level = 5 }, new { criterion = "CC1", level = 4 }, new { criterion = "KQ1", level = 4 }, new { criterion = "PA1", level = 3 } },
        }).ToArray();

        var response = await GraphQLClient.PostAsync(client, factory.AdminKey,
            """mutation($i: [ResponseInput!]!) { submitResponses(input: $i) { status errors { message } } }""", new { i = input });

        if (accepted)
        {
            Assert.All(response.GetProperty("data").GetProperty("submitResponses").EnumerateArray(), r => Assert.Equal("ACCEPTED", r.GetProperty("status").GetString()));
            Assert.Equal(count, response.GetProperty("data").GetProperty("submitResponses").GetArrayLength());
        }
        else
        {
            Assert.Contains("send at most 1000", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reorganise_NationalRename_TreeChanges()
    {
        var client = await factory.ReadyClientAsync();

        var response = await GraphQLClient.PostAsync(client, factory.AdminKey,
            """mutation { reorganise(operations: [{ rename: { unit: "96001", newName: "Xã Thử Nghiệm", effective: "2026-01-01" } }]) { operations treeVersion } }""");
        var unit = await GraphQLClient.PostAsync(client, factory.AdminKey, """{ unit(code: "96001") { name } }""");

        Assert.Equal(1, response.GetProperty("data").GetProperty("reorganise").GetProperty("operations").GetInt32());
        Assert.Equal("Xã Thử Nghiệm", unit.GetProperty("data").GetProperty("unit").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ScoreChanged_ResponsesSubmitted_EventCarriesTheFreshScore()
    {
        var client = await factory.ReadyClientAsync();
        using var timeout = GraphQLClient.Timeout();
        using var socket = await GraphQLClient.ConnectAsync(factory.Server, factory.AdminKey, timeout.Token);
        await GraphQLClient.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = """subscription { scoreChanged(unit: "14", window: LAST_24H) { unit { code } n sipas { value } } }""" } }, timeout.Token);
        // A round trip after the subscribe: the server has taken the feed subscription before the responses go in.
        await GraphQLClient.SendAsync(socket, new { type = "ping" }, timeout.Token);
        Assert.Equal("pong", (await GraphQLClient.ReceiveAsync(socket, timeout.Token)).GetProperty("type").GetString());

        using var submitted = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), TestItems.Json($"[{TestItems.Response(Guid.NewGuid(), "14001")}]"));
        JsonElement score;
        do
        {
            var message = await GraphQLClient.ReceiveAsync(socket, timeout.Token);
            Assert.Equal("next", message.GetProperty("type").GetString());
            score = message.GetProperty("payload").GetProperty("data").GetProperty("scoreChanged");
        }
        while (score.GetProperty("n").GetInt32() < 1);

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.Equal("14", score.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal(1, score.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task ScoreChanged_AgencyOtherUnit_ForbiddenWithoutData()
    {
        var agency = await KeyAsync(Role.Agency, "01.STP");
        using var timeout = GraphQLClient.Timeout();
        using var socket = await GraphQLClient.ConnectAsync(factory.Server, agency, timeout.Token);

        await GraphQLClient.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = """subscription { scoreChanged(unit: "01") { n } }""" } }, timeout.Token);
        var message = await GraphQLClient.ReceiveAsync(socket, timeout.Token);

        // A refused source stream is a result with the error (then complete), as graphql-ws has it; no data.
        Assert.Equal("next", message.GetProperty("type").GetString());
        Assert.Equal("FORBIDDEN", message.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(message.GetProperty("payload").TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task WebSocket_KeyRevokedWhileConnected_NextOperationUnauthenticated()
    {
        var client = await factory.ReadyClientAsync();
        var leader = await KeyAsync(Role.Leader, "01");
        var id = leader.Split('_')[1];
        using var timeout = GraphQLClient.Timeout();
        using var socket = await GraphQLClient.ConnectAsync(factory.Server, leader, timeout.Token);

        await GraphQLClient.PostAsync(client, factory.AdminKey, """mutation($id: ID!) { revokeApiKey(id: $id) { active } }""", new { id });
        await GraphQLClient.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { keyId } }" } }, timeout.Token);
        var message = await GraphQLClient.ReceiveAsync(socket, timeout.Token);

        Assert.Equal("next", message.GetProperty("type").GetString());
        Assert.Equal("UNAUTHENTICATED", message.GetProperty("payload").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<string> KeyAsync(Role role, string? unit)
    {
        await factory.ReadyClientAsync();
        var key = await factory.Services.GetRequiredService<ApiKeyService>().CreateAsync(role, unit, $"{role} {unit}", null, CancellationToken.None);
        return key.Secret;
    }

    private async Task<JsonElement> PollAsync(HttpClient client, string query, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var response = await GraphQLClient.PostAsync(client, factory.AdminKey, query);
            if (!response.TryGetProperty("errors", out _) && done(response))
            {
                return response;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No answer satisfied the condition within 30 s: {query}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string key, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new("Bearer", key);
        return await client.SendAsync(request);
    }
}
