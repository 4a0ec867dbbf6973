using Sipas.Dashboard.Tests.Infrastructure;
using Sipas.Grains.Units;

namespace Sipas.Dashboard.Tests.Hub;

/// <summary>The hub with the official JavaScript client (@microsoft/signalr in Node): negotiation, join, push, reconnect.</summary>
[Collection(SiloCollection.Name)]
public sealed class SignalRClientTests(DashboardSilo silo)
{
    [Fact]
    public async Task NodeClient_JoinSubmitReconnect_SnapshotPushAndFreshSnapshot()
    {
        var province = silo.Tree.Children(silo.Tree.Root.Code)[10].Code;
        var commune = silo.Tree.Children(province).First(u => u.Kind == UnitKind.Commune).Code;

        using var result = await NodeClient.RunAsync("hub-client.mjs", silo.BaseAddress.ToString().TrimEnd('/'), silo.AdminKey, province, commune);

        var r = result.RootElement;
        Assert.Contains("401", r.GetProperty("anonymous").GetString(), StringComparison.Ordinal);
        Assert.Equal(1 + silo.Tree.Children(province).Length, r.GetProperty("snapshotUnits").GetInt32());
        var before = r.GetProperty("before").GetInt64();
        Assert.True(r.GetProperty("pushedN").GetInt64() >= before + 2);
        Assert.True(r.GetProperty("pushedSequence").GetInt64() > r.GetProperty("snapshotSequence").GetInt64());
        Assert.Equal(0, r.GetProperty("stale").GetInt32());
        Assert.Contains("There is no unit 'XX999'", r.GetProperty("refused").GetString(), StringComparison.Ordinal);
        Assert.True(r.GetProperty("rejoinN").GetInt64() >= r.GetProperty("pushedN").GetInt64());
        Assert.True(r.GetProperty("rejoinSequence").GetInt64() >= r.GetProperty("pushedSequence").GetInt64());
    }
}
