using System.Text.Json;
using Sipas.Grains.Access;

namespace Sipas.Api.Tests.GraphQL;

/// <summary>Fields of the SIPAS schema end to end on an in-process silo: figures, keys, inputs, limits.</summary>
public sealed class SchemaTests(GraphQLHost host) : IClassFixture<GraphQLHost>
{
    [Fact]
    public async Task SubmitResponses_ThenScore_CountedWithTheSameFiguresAsTheGrain()
    {
        var caller = await host.CallerAsync(Role.National, null);
        var items = Enumerable.Range(0, 3).Select(_ => ScopeMatrixTests.Item("08001")).ToArray();

        var submitted = await host.ExecuteAsync(ScopeMatrixTests.SubmitMutation, caller, new { input = items });
        var score = await PollAsync(caller, """{ unit(code: "08") { score(window: LAST_24H) { n sipas { value n } factors { id value } criteria { id factor } } } }""",
            s => s.GetProperty("data").GetProperty("unit").GetProperty("score").GetProperty("n").GetInt32() == 3);

        Assert.All(submitted.GetProperty("data").GetProperty("submitResponses").EnumerateArray(), r => Assert.Equal("ACCEPTED", r.GetProperty("status").GetString()));
        var s = score.GetProperty("data").GetProperty("unit").GetProperty("score");
        Assert.Equal(80.0, s.GetProperty("sipas").GetProperty("value").GetDouble(), 6); // factors 100, 100, 100, 100, 0
        Assert.Equal(5, s.GetProperty("factors").GetArrayLength());
        Assert.Equal("access", s.GetProperty("criteria")[0].GetProperty("factor").GetString());
    }

    [Fact]
    public async Task Trend_ResponsesThisHour_InTheCurrentBucketAtEveryWidth()
    {
        var caller = await host.CallerAsync(Role.National, null);
        var items = Enumerable.Range(0, 3).Select(_ => ScopeMatrixTests.Item("11001")).ToArray();
        await host.ExecuteAsync(ScopeMatrixTests.SubmitMutation, caller, new { input = items });
        await PollAsync(caller, """{ unit(code: "11001") { score(window: LAST_HOUR) { n } } }""",
            s => s.GetProperty("data").GetProperty("unit").GetProperty("score").GetProperty("n").GetInt32() == 3);

        var response = await host.ExecuteAsync(
            """{ unit(code: "11001") { hour: trend(window: LAST_HOUR) { from to n sipas { value } } day: trend(window: LAST_24H) { n } week: trend(window: LAST_7D, bucket: DAY) { n } } }""", caller);

        var unit = response.GetProperty("data").GetProperty("unit");
        Assert.Equal(12, unit.GetProperty("hour").GetArrayLength());
        Assert.Equal(24, unit.GetProperty("day").GetArrayLength());
        Assert.Equal(7, unit.GetProperty("week").GetArrayLength());
        foreach (var series in new[] { "hour", "day", "week" })
        {
            Assert.Equal(3, unit.GetProperty(series).EnumerateArray().Sum(p => p.GetProperty("n").GetInt32()));
        }

        var filled = unit.GetProperty("hour").EnumerateArray().Single(p => p.GetProperty("n").GetInt32() == 3);
        Assert.Equal(80.0, filled.GetProperty("sipas").GetProperty("value").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, unit.GetProperty("hour")[0].GetProperty("sipas").ValueKind);
    }

    [Fact]
    public async Task SubmitResponses_BadItemAmongGood_OnlyItRejectedWithPreciseErrors()
    {
        var caller = await host.CallerAsync(Role.National, null);
        var good = ScopeMatrixTests.Item("04001");
        var badTime = new { id = Guid.NewGuid().ToString(), unit = "04001", questionnaire = "sipas-2017", servedAt = "yesterday", channel = "kiosk", answers = new[] { new { criterion = "TC9", level = 5 } } };

        var response = await host.ExecuteAsync(ScopeMatrixTests.SubmitMutation, caller, new { input = new object[] { good, badTime, good } });

        var results = response.GetProperty("data").GetProperty("submitResponses").EnumerateArray().ToArray();
        Assert.Equal(["ACCEPTED", "REJECTED", "DUPLICATE"], results.Select(r => r.GetProperty("status").GetString()));
        var fields = results[1].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToArray();
        Assert.Contains("servedAt", fields);
        Assert.Contains("answers.TC9", fields);
    }

    [Fact]
    public async Task CreateApiKey_Secret_WorksAndIsNeverShownAgain()
    {
        var leader = await host.CallerAsync(Role.Leader, "01");

        var created = await host.ExecuteAsync("""mutation { createApiKey(role: AGENCY, unit: "01.STP", name: "kiosk") { secret key { id role unit { code } createdBy } } }""", leader);
        var listed = await host.ExecuteAsync("{ apiKeys { id } }", leader);

        var key = created.GetProperty("data").GetProperty("createApiKey");
        var secret = key.GetProperty("secret").GetString();
        var asCaller = host.Keys.Authenticate(secret);
        Assert.NotNull(asCaller);
        Assert.Equal(Role.Agency, asCaller.Role);
        Assert.Equal(leader.KeyId, key.GetProperty("key").GetProperty("createdBy").GetString());
        Assert.Contains(key.GetProperty("key").GetProperty("id").GetString(), listed.GetProperty("data").GetProperty("apiKeys").EnumerateArray().Select(k => k.GetProperty("id").GetString()));
        Assert.DoesNotContain(secret!, listed.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeApiKey_Key_RefusedAtOnce()
    {
        var national = await host.CallerAsync(Role.National, null);
        var target = await host.Keys.CreateAsync(Role.Leader, "01", "to revoke", null, CancellationToken.None);

        var response = await host.ExecuteAsync("""mutation($id: ID!) { revokeApiKey(id: $id) { active revokedAt } }""", national, new { id = target.Key.Id });

        Assert.False(response.GetProperty("data").GetProperty("revokeApiKey").GetProperty("active").GetBoolean());
        Assert.Null(host.Keys.Authenticate(target.Secret));
    }

    [Fact]
    public async Task Caller_KeyRevokedAfterAuthentication_RefusedAtTheNextOperation()
    {
        var caller = await host.CallerAsync(Role.Leader, "01");
        var before = await host.ExecuteAsync("{ me { keyId } }", caller);

        await host.Keys.RevokeAsync(caller.KeyId, CancellationToken.None);
        var after = await host.ExecuteAsync("{ me { keyId } }", caller);

        Assert.Equal(caller.KeyId, before.GetProperty("data").GetProperty("me").GetProperty("keyId").GetString());
        Assert.Equal("UNAUTHENTICATED", after.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{ unit(code: "01") { score(window: LAST_7D, from: "2025-01-01", to: "2025-01-31") { n } } }""", "Give either window or both from and to")]
    [InlineData("""{ unit(code: "01") { score(from: "2025-02-01", to: "2025-01-31") { n } } }""", "starts (2025-02-01) after it ends")]
    [InlineData("""{ unit(code: "01") { score(questionnaire: "nope") { n } } }""", "'nope' is not a questionnaire; use one of sipas-2017")]
    [InlineData("""{ ranking(parent: "01", metric: "speed") { value } }""", "'speed' is not a metric; use sipas or one of access")]
    [InlineData("""{ ranking(parent: "999") { value } }""", "There is no unit '999'")]
    [InlineData("""{ units(kind: "district2") { totalCount } }""", "'district2' is not a unit kind")]
    [InlineData("""{ units(after: "bm9wZQ") { totalCount } }""", "is not a cursor of this list")]
    [InlineData("""{ unit(code: "01") { trend(window: LAST_30D, bucket: HOUR) { n } } }""", "HOUR buckets are kept for the last 48 hours")]
    [InlineData("""mutation { reorganise(operations: [{ rename: { unit: "01001", newName: "A", effective: "2026-01-01" }, move: { unit: "01001", newParent: "04", effective: "2026-01-01" } }]) { treeVersion } }""", "operations[0]: give exactly one of merge, move, rename")]
    [InlineData("""mutation { reorganise(operations: [{ merge: { from: "999", into: "01", effective: "2026-01-01" } }]) { treeVersion } }""", "Nothing was changed")]
    public async Task Arguments_Bad_PreciseBadUserInput(string query, string message)
    {
        var caller = await host.CallerAsync(Role.National, null);

        var response = await host.ExecuteAsync(query, caller);

        var error = response.GetProperty("errors")[0];
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Units_Pages_WalkTheWholeListOnce()
    {
        var caller = await host.CallerAsync(Role.Agency, "01.STP");
        var seen = new List<string>();
        string? after = null;

        do
        {
            var page = (await host.ExecuteAsync("""query($a: String) { units(first: 10, after: $a) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }""", caller, new { a = after }))
                .GetProperty("data").GetProperty("units");
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("code").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(host.Services.GetTree().Children("VN").Select(u => u.Code), seen);
    }

    [Fact]
    public async Task Query_TooDeep_LimitExceededBeforeAnyResolver()
    {
        var caller = await host.CallerAsync(Role.National, null);

        var response = await host.ExecuteAsync("""{ unit(code: "01") { parent { children { parent { children { parent { children { parent { children { parent { code } } } } } } } } } } }""", caller);

        var error = response.GetProperty("errors")[0];
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Query_TooCostly_LimitExceeded()
    {
        var caller = await host.CallerAsync(Role.National, null);

        var response = await host.ExecuteAsync("""{ units(first: 500) { nodes { children { children { score { criteria { value } } } } } } }""", caller);

        Assert.Equal("LIMIT_EXCEEDED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Ranking_NationalFullFigures_WithinTheLimits()
    {
        var caller = await host.CallerAsync(Role.National, null);

        var response = await host.ExecuteAsync(
            """{ ranking(parent: "VN") { rank rankLow rankHigh insufficient value low high n unit { code name score { n sipas { value low high n } overall { value } factors { id value low high n } criteria { id factor value low high n } } } } }""", caller);

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
    }

    private async Task<JsonElement> PollAsync(Sipas.Grains.Access.Caller caller, string query, Func<JsonElement, bool> done)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var response = await host.ExecuteAsync(query, caller);
            if (!response.TryGetProperty("errors", out _) && done(response))
            {
                return response;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No answer satisfied the condition within 30 s: {query}");
    }
}
