using System.Text.Json;
using Sipas.Grains.Access;

namespace Sipas.Api.Tests.GraphQL;

/// <summary>
/// THE SCOPE MATRIX: every role × a sample of units across the tree × every read, mutation and subscription of the
/// schema, allowed or denied. Expectations are written out per role, not computed from <see cref="Caller"/>.
/// </summary>
public sealed class ScopeMatrixTests(GraphQLHost host) : IClassFixture<GraphQLHost>
{
    /// <summary>The sample: the nation, a province, one of its communes, one of its agencies, another province.</summary>
    private static readonly string[] Sample = ["VN", "01", "01001", "01.STP", "79"];

    /// <summary>Which sample units each role (with its key's unit) may read the numbers of.</summary>
    private static readonly Dictionary<string, (Role Role, string? Unit, string[] Reads)> Roles = new()
    {
        ["NATIONAL"] = (Role.National, null, ["VN", "01", "01001", "01.STP", "79"]),
        ["LEADER"] = (Role.Leader, "01", ["01", "01001", "01.STP"]),
        ["AGENCY"] = (Role.Agency, "01.STP", ["01.STP"]),
        ["COLLECTOR"] = (Role.Collector, "01", []),
    };

    private static readonly Dictionary<string, string> Reads = new()
    {
        ["score"] = """query($u: String!) { unit(code: $u) { code score { n sipas { value low high n } } } }""",
        ["trend"] = """query($u: String!) { unit(code: $u) { code trend(window: LAST_7D) { from n } } }""",
        ["rank"] = """query($u: String!) { unit(code: $u) { code rank { rank n } } }""",
        ["ranking"] = """query($u: String!) { ranking(parent: $u) { unit { code } value } }""",
    };

    public static TheoryData<string, string, string> ReadCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in Roles.Keys)
        {
            foreach (var unit in Sample)
            {
                foreach (var read in Reads.Keys)
                {
                    data.Add(role, unit, read);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> RoleUnitCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles.Keys)
        {
            foreach (var unit in Sample)
            {
                data.Add(role, unit);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadCases))]
    public async Task Read_RoleAndUnit_AllowedOnlyInScope(string role, string unit, string read)
    {
        var caller = await CallerAsync(role);
        var allowed = Roles[role].Reads.Contains(unit);

        var response = await host.ExecuteAsync(Reads[read], caller, new { u = unit });

        if (allowed)
        {
            Assert.False(response.TryGetProperty("errors", out var errors), $"{role} {read} {unit}: {errors}");
        }
        else
        {
            var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
            Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.DoesNotContain("\"value\"", response.GetProperty("data").GetRawText(), StringComparison.Ordinal); // no numbers leak
            Assert.DoesNotContain("\"n\"", response.GetProperty("data").GetRawText(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RoleUnitCases))]
    public async Task UnitDirectory_AnyRole_Readable(string role, string unit)
    {
        var caller = await CallerAsync(role);

        var response = await host.ExecuteAsync("""query($u: String!) { unit(code: $u) { code name kind parent { code } children { code } } }""", caller, new { u = unit });

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal(unit, response.GetProperty("data").GetProperty("unit").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(RoleUnitCases))]
    public async Task ScoreChangedAndRankingChanged_RoleAndUnit_SubscribeOnlyInScope(string role, string unit)
    {
        var caller = await CallerAsync(role);
        var allowed = Roles[role].Reads.Contains(unit);
        using var stop = new CancellationTokenSource();

        var score = await host.SubscribeAsync($$"""subscription { scoreChanged(unit: "{{unit}}") { n } }""", caller, stop.Token);
        var ranking = await host.SubscribeAsync($$"""subscription { rankingChanged(parent: "{{unit}}") { order } }""", caller, stop.Token);
        await stop.CancelAsync();

        foreach (var result in new[] { score, ranking })
        {
            Assert.Equal(allowed, result.IsSubscribed);
            if (!allowed)
            {
                var json = JsonDocument.Parse(result.Error!.ToJson()).RootElement;
                Assert.Equal("FORBIDDEN", json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            }
        }
    }

    [Theory]
    [InlineData("NATIONAL", "01001", true)]
    [InlineData("NATIONAL", "79.STP", true)]
    [InlineData("LEADER", "01001", true)]
    [InlineData("LEADER", "01.STP", true)]
    [InlineData("LEADER", "79.STP", false)]
    [InlineData("AGENCY", "01.STP", false)]
    [InlineData("AGENCY", "01001", false)]
    [InlineData("COLLECTOR", "01001", true)]
    [InlineData("COLLECTOR", "01.STP", true)]
    [InlineData("COLLECTOR", "79.STP", false)]
    public async Task SubmitResponses_RoleAndUnit_AcceptedOnlyInScope(string role, string unit, bool allowed)
    {
        var caller = await CallerAsync(role);
        var item = Item(unit);

        var response = await host.ExecuteAsync(SubmitMutation, caller, new { input = new[] { item } });

        var result = Assert.Single(response.GetProperty("data").GetProperty("submitResponses").EnumerateArray());
        Assert.Equal(allowed ? "ACCEPTED" : "REJECTED", result.GetProperty("status").GetString());
        if (!allowed)
        {
            Assert.Contains("may not submit", result.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("NATIONAL", "NATIONAL", null, true)]
    [InlineData("NATIONAL", "LEADER", "79", true)]
    [InlineData("LEADER", "AGENCY", "01.STP", true)]
    [InlineData("LEADER", "LEADER", "01001", true)]
    [InlineData("LEADER", "COLLECTOR", "01", true)]
    [InlineData("LEADER", "NATIONAL", null, false)]
    [InlineData("LEADER", "AGENCY", "79.STP", false)]
    [InlineData("LEADER", "LEADER", "VN", false)]
    [InlineData("AGENCY", "AGENCY", "01.STP", false)]
    [InlineData("COLLECTOR", "COLLECTOR", "01", false)]
    public async Task CreateApiKey_RoleAndTarget_AllowedOnlyInScope(string role, string newRole, string? unit, bool allowed)
    {
        var caller = await CallerAsync(role);

        var response = await host.ExecuteAsync(
            """mutation($r: Role!, $u: String) { createApiKey(role: $r, unit: $u, name: "matrix") { secret key { role unit { code } } } }""",
            caller, new { r = newRole, u = unit });

        if (allowed)
        {
            Assert.False(response.TryGetProperty("errors", out _), response.ToString());
            Assert.StartsWith("sipas_", response.GetProperty("data").GetProperty("createApiKey").GetProperty("secret").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        }
    }

    [Theory]
    [InlineData("NATIONAL", "79.STP", true)]
    [InlineData("LEADER", "01.STP", true)]
    [InlineData("LEADER", "79.STP", false)]
    [InlineData("AGENCY", "01.STP", false)]
    [InlineData("COLLECTOR", "01.STP", false)]
    public async Task RevokeApiKey_RoleAndKeyUnit_AllowedOnlyInScope(string role, string keyUnit, bool allowed)
    {
        var caller = await CallerAsync(role);
        var target = await host.Keys.CreateAsync(Role.Agency, keyUnit, "target", null, CancellationToken.None);

        var response = await host.ExecuteAsync("""mutation($id: ID!) { revokeApiKey(id: $id) { active } }""", caller, new { id = target.Key.Id });

        Assert.Equal(allowed, host.Keys.Authenticate(target.Secret) is null);
        Assert.Equal(allowed, !response.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("LEADER")]
    [InlineData("AGENCY")]
    [InlineData("COLLECTOR")]
    public async Task Reorganise_NotNational_Forbidden(string role)
    {
        var caller = await CallerAsync(role);

        var response = await host.ExecuteAsync(
            """mutation { reorganise(operations: [{ rename: { unit: "01001", newName: "Xã Đổi Tên", effective: "2026-01-01" } }]) { treeVersion } }""", caller);

        Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.NotEqual("Xã Đổi Tên", host.Services.GetTree().Get("01001").Name);
    }

    [Theory]
    [InlineData("NATIONAL", null)]
    [InlineData("LEADER", "01")]
    [InlineData("AGENCY", "01.STP")]
    [InlineData("COLLECTOR", "01")]
    public async Task Me_AnyRole_ItsOwnKey(string role, string? unit)
    {
        var caller = await CallerAsync(role);

        var me = (await host.ExecuteAsync("{ me { keyId role unit { code } } }", caller)).GetProperty("data").GetProperty("me");

        Assert.Equal(caller.KeyId, me.GetProperty("keyId").GetString());
        Assert.Equal(role, me.GetProperty("role").GetString());
        Assert.Equal(unit, me.GetProperty("unit").ValueKind == JsonValueKind.Null ? null : me.GetProperty("unit").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{ me { keyId } }")]
    [InlineData("""{ unit(code: "01") { code } }""")]
    [InlineData("""{ ranking(parent: "VN") { value } }""")]
    [InlineData("""mutation { createApiKey(role: NATIONAL, name: "x") { secret } }""")]
    public async Task AnyField_Anonymous_Unauthenticated(string query)
    {
        var response = await host.ExecuteAsync(query, caller: null);

        Assert.Equal("UNAUTHENTICATED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    internal const string SubmitMutation =
        """mutation($input: [ResponseInput!]!) { submitResponses(input: $input) { id status errors { field message } } }""";

    internal static object Item(string unit, DateTimeOffset? servedAt = null) => new
    {
        id = Guid.NewGuid().ToString(),
        unit,
        questionnaire = "sipas-2017",
        servedAt = (servedAt ?? TimeProvider.System.GetUtcNow().AddMinutes(-1)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        channel = "kiosk",
        answers = new[] { new { criterion = "TC1", level = 5 }, new { criterion = "TT1", level = 4 }, new { criterion = "CC1", level = 5 }, new { criterion = "KQ1", level = 4 }, new { criterion = "PA1", level = 2 } },
        overall = 4,
    };

    private Task<Caller> CallerAsync(string role) => host.CallerAsync(Roles[role].Role, Roles[role].Unit);
}
