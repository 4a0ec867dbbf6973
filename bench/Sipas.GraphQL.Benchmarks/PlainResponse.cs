using Sipas.Conformance.Tests.Oracle;

namespace Sipas.GraphQL.Benchmarks;

/// <summary>
/// What a hand-written minimal-API endpoint would do for queries/typical.graphql: walk the same data and build the
/// same JSON (the HTTP baseline).
/// </summary>
internal static class PlainResponse
{
    public static Dictionary<string, object?> Build()
    {
        var hero = OracleData.Character("2001")!;
        return new Dictionary<string, object?>
        {
            ["data"] = new Dictionary<string, object?>
            {
                ["hero"] = new Dictionary<string, object?>
                {
                    ["__typename"] = hero["kind"],
                    ["id"] = hero["id"],
                    ["name"] = hero["name"],
                    ["appearsIn"] = hero["appearsIn"],
                    ["friends"] = Friends(hero).Select(Friend).ToList(),
                },
                ["search"] = Search("o").ToList(),
            },
        };
    }

    private static IEnumerable<Dictionary<string, object?>> Friends(Dictionary<string, object?> character) =>
        ((string[])character["friends"]!).Select(id => OracleData.Character(id)!);

    private static Dictionary<string, object?> Friend(Dictionary<string, object?> friend)
    {
        var result = new Dictionary<string, object?> { ["id"] = friend["id"], ["name"] = friend["name"] };
        if ((string)friend["kind"]! == "Human")
        {
            result["homePlanet"] = friend["homePlanet"];
            result["height"] = (double)friend["height"]! * OracleData.FeetPerMeter;
            result["starships"] = ((string[])friend["starships"]!)
                .Select(id => OracleData.StarshipById(id)!)
                .Select(s => new Dictionary<string, object?> { ["name"] = s["name"], ["length"] = s["length"] })
                .ToList();
        }
        else
        {
            result["primaryFunction"] = friend["primaryFunction"];
        }

        result["friends"] = Friends(friend).Select(f => new Dictionary<string, object?> { ["id"] = f["id"], ["name"] = f["name"] }).ToList();
        return result;
    }

    private static IEnumerable<Dictionary<string, object?>> Search(string text)
    {
        foreach (var item in OracleData.Humans.Concat(OracleData.Droids).Concat(OracleData.Starships))
        {
            if (!((string)item["name"]!).Contains(text, StringComparison.Ordinal))
            {
                continue;
            }

            yield return (string)item["kind"]! == "Starship"
                ? new Dictionary<string, object?> { ["__typename"] = item["kind"], ["shipName"] = item["name"], ["length"] = item["length"] }
                : new Dictionary<string, object?> { ["__typename"] = item["kind"], ["name"] = item["name"] };
        }
    }
}
