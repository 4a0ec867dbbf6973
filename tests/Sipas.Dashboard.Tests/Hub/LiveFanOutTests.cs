using Sipas.Dashboard.Tests.Infrastructure;
using Sipas.Grains.Access;
using Sipas.Grains.Alerts;
using Sipas.Grains.Units;

namespace Sipas.Dashboard.Tests.Hub;

/// <summary>Alert routing along the unit tree, by publishing transitions on the AlertFeed the alerting engine feeds.</summary>
[Collection(SiloCollection.Name)]
public sealed class LiveFanOutTests(DashboardSilo silo)
{
    [Fact]
    public async Task Alert_InACommune_ReachesEveryScopeAboveItOnceAndNoOtherProvince()
    {
        var root = silo.Tree.Root.Code;
        var provinces = silo.Tree.Children(root);
        var (province, other) = (provinces[7].Code, provinces[8].Code);
        var commune = silo.Tree.Children(province).First(u => u.Kind == UnitKind.Commune).Code;
        var otherCommune = silo.Tree.Children(other).First(u => u.Kind == UnitKind.Commune).Code;
        await using var nation = await JoinedAsync(silo.AdminKey, (root, "30d"));
        await using var both = await JoinedAsync(silo.AdminKey, (root, "30d"), (province, "7d"), (province, "30d"));
        await using var leader = await JoinedAsync(await silo.CreateKeyAsync(Role.Leader, province), (province, "30d"));
        await using var agency = await JoinedAsync(await silo.CreateKeyAsync(Role.Agency, commune), (commune, "24h"));
        await using var otherLeader = await JoinedAsync(await silo.CreateKeyAsync(Role.Leader, other), (other, "30d"));
        var firing = Transition(900_001, commune, AlertState.Pending, AlertState.Firing);
        var elsewhere = Transition(900_002, otherCommune, AlertState.Normal, AlertState.Pending);

        silo.Alerts.Publish(firing);
        silo.Alerts.Publish(elsewhere);

        foreach (var client in new[] { nation, both })
        {
            Assert.Equal(900_001, (await client.NextAsync("alert")).GetProperty("sequence").GetInt64());
            Assert.Equal(900_002, (await client.NextAsync("alert")).GetProperty("sequence").GetInt64()); // not 900,001 twice
        }

        foreach (var client in new[] { leader, agency })
        {
            var alert = await client.NextAsync("alert");
            Assert.Equal(900_001, alert.GetProperty("sequence").GetInt64());
            Assert.Equal(commune, alert.GetProperty("transition").GetProperty("unit").GetString());
            Assert.Equal("FIRING", alert.GetProperty("transition").GetProperty("to").GetString());
            Assert.Equal("PENDING", alert.GetProperty("transition").GetProperty("from").GetString());
        }

        // Messages arrive in order per connection: the other province's first alert is its own.
        Assert.Equal(900_002, (await otherLeader.NextAsync("alert")).GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task Alert_AfterLeavingEveryGroupOfTheScope_NotSentUntilJoinedAgain()
    {
        var province = silo.Tree.Children(silo.Tree.Root.Code)[9].Code;
        await using var client = await JoinedAsync(silo.AdminKey, (province, "30d"), (province, "7d"));
        await using var witness = await JoinedAsync(silo.AdminKey, (province, "30d"));
        _ = (await client.InvokeAsync("Leave", province, "30d")).Ok;
        silo.Alerts.Publish(Transition(900_101, province, AlertState.Normal, AlertState.Firing));
        var whileInOneGroup = await client.NextAsync("alert");
        _ = (await client.InvokeAsync("Leave", province, "7d")).Ok;

        silo.Alerts.Publish(Transition(900_102, province, AlertState.Firing, AlertState.Resolved));
        var witnessed = await witness.ReceiveUntilAsync("alert", a => a.GetProperty("sequence").GetInt64() == 900_102);
        (await client.InvokeAsync("Join", province, "30d")).Ok.GetProperty("units");
        silo.Alerts.Publish(Transition(900_103, province, AlertState.Resolved, AlertState.Normal));
        var afterJoin = await client.NextAsync("alert");

        Assert.Equal(900_101, whileInOneGroup.GetProperty("sequence").GetInt64());
        Assert.Equal(2, witnessed.Count);
        Assert.Equal(900_103, afterJoin.GetProperty("sequence").GetInt64()); // 900,102 was never sent to it
    }

    private async Task<RawHubClient> JoinedAsync(string key, params (string Scope, string Window)[] joins)
    {
        var client = await RawHubClient.ConnectAsync(silo.BaseAddress, key);
        foreach (var (scope, window) in joins)
        {
            (await client.InvokeAsync("Join", scope, window)).Ok.GetProperty("units");
        }

        return client;
    }

    private static AlertTransition Transition(long sequence, string unit, AlertState from, AlertState to) =>
        new(sequence, unit, "sipas", from, to, 61.5, 55.0, 67.8, 120, 80, "24h", TimeProvider.System.GetUtcNow());
}
