using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Dashboard.Tests.Infrastructure;
using Sipas.Grains.Access;
using Sipas.Grains.Units;

namespace Sipas.Dashboard.Tests.Hub;

/// <summary>The hub over a raw WebSocket with the JSON hub protocol: sign-in, joins per role, snapshots and pushes.</summary>
[Collection(SiloCollection.Name)]
public sealed class LiveHubTests(DashboardSilo silo)
{
    [Fact]
    public async Task Connect_WithAdminKey_HandshakeAccepted()
    {
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);

        var handshake = client.Handshake;

        Assert.Equal("{}", handshake);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Connect_WithoutValidKey_Refused401(string? key)
    {
        var status = await RawHubClient.RefusedStatusAsync(silo.BaseAddress, key);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Negotiate_WithoutKey_Refused401()
    {
        using var http = new HttpClient { BaseAddress = silo.BaseAddress };

        using var response = await http.PostAsync(new Uri("/hubs/live/negotiate?negotiateVersion=1", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Join_NationWithAdminKey_SnapshotOfTheNationAndItsProvinces()
    {
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);
        var root = silo.Tree.Root.Code;

        var snapshot = (await client.InvokeAsync("Join", root, "30d")).Ok;

        Assert.Equal(root, snapshot.GetProperty("scope").GetString());
        Assert.Equal("30d", snapshot.GetProperty("window").GetString());
        Assert.True(snapshot.GetProperty("sequence").GetInt64() > 0);
        var units = snapshot.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(35, units.Count);
        Assert.Equal(root, units[0].GetProperty("code").GetString());
        Assert.Equal(34, units.Count(u => u.GetProperty("kind").GetString() == "province"));
        Assert.All(units, u => Assert.False(string.IsNullOrEmpty(u.GetProperty("name").GetString())));
    }

    [Fact]
    public async Task Join_LeaderKey_OwnProvinceAndItsCommuneAllowedOthersRefusedSayingWhy()
    {
        var (own, other) = (Province(0), Province(1));
        var key = await silo.CreateKeyAsync(Role.Leader, own);
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, key);

        var ownProvince = await client.InvokeAsync("Join", own, "7d");
        var ownCommune = await client.InvokeAsync("Join", Communes(own)[0], "7d");
        var otherProvince = await client.InvokeAsync("Join", other, "7d");
        var nation = await client.InvokeAsync("Join", silo.Tree.Root.Code, "7d");

        Assert.Null(ownProvince.Error);
        Assert.Null(ownCommune.Error);
        Assert.Contains($"This key may not read unit {other}", otherProvince.Error, StringComparison.Ordinal);
        Assert.Contains($"This key may not read unit {silo.Tree.Root.Code}", nation.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_KeyRevokedWhileConnected_RefusedSayingWhy()
    {
        var province = Province(0);
        var key = await silo.CreateKeyAsync(Role.Leader, province);
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, key);
        var before = await client.InvokeAsync("Join", province, "7d");
        var keys = silo.Services.GetRequiredService<Sipas.Api.Auth.ApiKeyService>();
        await keys.RevokeAsync(keys.Authenticate(key)!.KeyId, CancellationToken.None);

        var after = await client.InvokeAsync("Join", province, "30d");

        Assert.Null(before.Error);
        Assert.Contains("revoked", after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_AgencyKey_OnlyItsOwnUnit()
    {
        var commune = Communes(Province(2))[0];
        var sibling = Communes(Province(2))[1];
        var key = await silo.CreateKeyAsync(Role.Agency, commune);
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, key);

        var own = await client.InvokeAsync("Join", commune, "24h");
        var other = await client.InvokeAsync("Join", sibling, "24h");

        Assert.Equal(commune, own.Ok.GetProperty("units")[0].GetProperty("code").GetString());
        Assert.Contains($"may not read unit {sibling}", other.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Join_CollectorKey_Refused()
    {
        var province = Province(0);
        var key = await silo.CreateKeyAsync(Role.Collector, province);
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, key);

        var reply = await client.InvokeAsync("Join", province, "30d");

        Assert.Contains($"This key may not read unit {province}", reply.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XX999", "30d", "There is no unit 'XX999'")]
    [InlineData("VN", "5y", "Unknown window '5y': use one of 1h, 24h, 7d, 30d, 90d, month, quarter, year, all")]
    [InlineData("VN", "2025-01-01..2025-02-01", "Unknown window")]
    public async Task Join_UnknownUnitOrWindow_RefusedSayingWhy(string scope, string window, string expected)
    {
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);

        var reply = await client.InvokeAsync("Join", scope, window);

        Assert.Contains(expected, reply.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_AfterJoin_PushesOnlyTheChangedUnitsWithRisingSequence()
    {
        var province = Province(3);
        var commune = Communes(province)[0];
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);
        var snapshot = (await client.InvokeAsync("Join", province, "30d")).Ok;
        var before = Figures(snapshot, commune).GetProperty("n").GetInt64();
        using var http = silo.AdminClient();

        await Submissions.SubmitAsync(http, commune, 3);
        bool communeSeen = false, provinceSeen = false;
        var pushes = await client.ReceiveUntilAsync("figures", m =>
        {
            communeSeen |= N(m, commune) >= before + 3;
            provinceSeen |= N(m, province) is not null;
            return communeSeen && provinceSeen;
        });

        Assert.All(pushes, m => Assert.Equal(province, m.GetProperty("scope").GetString()));
        Assert.All(pushes, m => Assert.All(m.GetProperty("units").EnumerateArray(), u => Assert.Contains(u.GetProperty("code").GetString(), new[] { province, commune })));
        var sequences = pushes.Select(m => m.GetProperty("sequence").GetInt64()).Prepend(snapshot.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        var last = Figures(pushes.Last(m => N(m, commune) is not null), commune);
        Assert.True(last.GetProperty("sipas").GetProperty("low").GetDouble() <= last.GetProperty("sipas").GetProperty("value").GetDouble());
        Assert.True(last.GetProperty("insufficient").GetBoolean()); // 3 responses, below the minimum sample
        Assert.True(last.GetProperty("updatedAt").GetDateTimeOffset() > TimeProvider.System.GetUtcNow().AddMinutes(-10)); // its flush
    }

    [Fact]
    public async Task Submit_BurstAcrossCommunes_CoalescedToAtMostPushesPerSecond()
    {
        var province = Province(4);
        var communes = Communes(province).Take(8).ToList();
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);
        var started = TimeProvider.System.GetTimestamp(); // every push counted below comes after the join
        var snapshot = (await client.InvokeAsync("Join", province, "30d")).Ok;
        var before = communes.ToDictionary(c => c, c => Figures(snapshot, c).GetProperty("n").GetInt64());
        using var http = silo.AdminClient();

        foreach (var commune in communes)
        {
            await Submissions.SubmitAsync(http, commune, 1);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pushes = await client.ReceiveUntilAsync("figures", m =>
        {
            seen.UnionWith(communes.Where(c => N(m, c) > before[c]));
            return seen.Count == communes.Count;
        });
        var elapsed = TimeProvider.System.GetElapsedTime(started);

        // Without coalescing every commune's flush (and the province's) would be a push of its own.
        var allowed = 1 + (int)Math.Ceiling(elapsed.TotalSeconds * DashboardSilo.PushesPerSecond);
        Assert.True(pushes.Count <= allowed, $"{pushes.Count} pushes in {elapsed.TotalSeconds:0.00} s; at most {allowed} allowed.");
    }

    [Fact]
    public async Task Rejoin_AfterReconnect_FreshSnapshotWithChangesMadeMeanwhile()
    {
        var province = Province(5);
        var commune = Communes(province)[1];
        using var http = silo.AdminClient();
        long firstSequence;
        long before;
        await using (var first = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey))
        {
            var snapshot = (await first.InvokeAsync("Join", province, "30d")).Ok;
            firstSequence = snapshot.GetProperty("sequence").GetInt64();
            before = Figures(snapshot, commune).GetProperty("n").GetInt64();
        }

        await Submissions.SubmitAsync(http, commune, 2);
        var expected = await Submissions.WaitForCountAsync(http, commune, before + 2);
        await using var second = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);
        var fresh = (await second.InvokeAsync("Join", province, "30d")).Ok;

        Assert.Equal(expected, Figures(fresh, commune).GetProperty("n").GetInt64());
        Assert.True(fresh.GetProperty("sequence").GetInt64() > firstSequence);
    }

    [Fact]
    public async Task Join_AfterSubmissions_SameNumbersAsRestScore()
    {
        var province = Province(11);
        var commune = Communes(province)[0];
        using var http = silo.AdminClient();
        await Submissions.SubmitAsync(http, commune, 40);
        await Submissions.WaitForCountAsync(http, commune, 40);
        var rest = await Submissions.ScoreAsync(http, commune, "7d");
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);

        var snapshot = (await client.InvokeAsync("Join", commune, "7d")).Ok;

        var figures = Figures(snapshot, commune);
        Assert.Equal(rest.GetProperty("n").GetInt64(), figures.GetProperty("n").GetInt64());
        foreach (var bound in new[] { "value", "low", "high" })
        {
            Assert.Equal(rest.GetProperty("sipas").GetProperty(bound).GetDouble(), figures.GetProperty("sipas").GetProperty(bound).GetDouble(), 9);
        }

        Assert.False(figures.GetProperty("insufficient").GetBoolean()); // 40 responses, above the minimum sample of 30
    }

    [Fact]
    public async Task Leave_ThenJoinAgain_Allowed()
    {
        var province = Province(6);
        await using var client = await RawHubClient.ConnectAsync(silo.BaseAddress, silo.AdminKey);
        (await client.InvokeAsync("Join", province, "1h")).Ok.GetProperty("units");

        var left = await client.InvokeAsync("Leave", province, "1h");
        var again = await client.InvokeAsync("Join", province, "1h");

        Assert.Null(left.Error);
        Assert.Equal(province, again.Ok.GetProperty("scope").GetString());
    }

    private string Province(int index) => silo.Tree.Children(silo.Tree.Root.Code)[index].Code;

    private List<string> Communes(string province) =>
        [.. silo.Tree.Children(province).Where(u => u.Kind == UnitKind.Commune).Select(u => u.Code)];

    private static JsonElement Figures(JsonElement message, string code) =>
        message.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == code);

    private static long? N(JsonElement message, string code) =>
        message.GetProperty("units").EnumerateArray().Where(u => u.GetProperty("code").GetString() == code)
            .Select(u => (long?)u.GetProperty("n").GetInt64()).FirstOrDefault();
}
