using System.Collections.Concurrent;
using Sipas.Grains.Access;

namespace Sipas.Api.Tests.GraphQL;

/// <summary>Lists of units load their numbers in one round of grain calls per level, not one call per unit.</summary>
public sealed class BatchingTests(GraphQLHost host) : IClassFixture<GraphQLHost>
{
    [Fact]
    public async Task Ranking_ThirtyFourProvincesWithScores_OneRoundOfScoreCalls()
    {
        var caller = await host.CallerAsync(Role.National, null);
        var rounds = new ConcurrentQueue<(string Loader, int Keys)>();
        using var listener = host.ListenToLoaders((loader, keys) => rounds.Enqueue((loader, keys)));

        var response = await host.ExecuteAsync("""{ ranking(parent: "VN") { unit { code score { n sipas { value } } } } }""", caller);

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal(34, response.GetProperty("data").GetProperty("ranking").GetArrayLength());
        Assert.Equal([("ranking", 1), ("score", 34)], rounds.OrderBy(r => r.Loader, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Units_ChildrenOfTwoProvincesWithScores_OneRoundPerLevel()
    {
        var caller = await host.CallerAsync(Role.National, null);
        var rounds = new ConcurrentQueue<(string Loader, int Keys)>();
        using var listener = host.ListenToLoaders((loader, keys) => rounds.Enqueue((loader, keys)));
        var tree = host.Services.GetTree();
        var expectedChildren = tree.Children(tree.Root.Code).Take(2).Sum(p => tree.Children(p.Code).Length);

        var response = await host.ExecuteAsync(
            """{ units(first: 2) { nodes { code score { n } children { code score { n } } } } }""", caller);

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal([("score", 2), ("score", expectedChildren)], rounds.ToArray());
    }

    [Fact]
    public async Task Trend_ProvincesOfTheNation_OneRoundOfHistoryCalls()
    {
        var caller = await host.CallerAsync(Role.National, null);
        var rounds = new ConcurrentQueue<(string Loader, int Keys)>();
        using var listener = host.ListenToLoaders((loader, keys) => rounds.Enqueue((loader, keys)));

        var response = await host.ExecuteAsync("""{ unit(code: "VN") { children { trend(window: LAST_7D) { n } } } }""", caller);

        Assert.False(response.TryGetProperty("errors", out _), response.ToString());
        Assert.Equal([("history", 34)], rounds.ToArray());
    }
}
