namespace Sipas.Conformance.Tests.Oracle;

/// <summary>The oracle's data, as dictionaries like graphql-js's objects; mirrors js/oracle/data.mjs (keep both in step).</summary>
internal static class OracleData
{
    public const double FeetPerMeter = 3.28084;

    public static IReadOnlyList<Dictionary<string, object?>> Humans { get; } =
    [
        Human("1000", "Luke Skywalker", "Tatooine", 1.72, 77, ["1002", "1003", "2000", "2001"], ["NEWHOPE", "EMPIRE", "JEDI"], ["3001", "3003"]),
        Human("1001", "Darth Vader", "Tatooine", 2.02, 136, ["1004"], ["NEWHOPE", "EMPIRE", "JEDI"], ["3002"]),
        Human("1002", "Han Solo", null, 1.8, 80, ["1000", "1003", "2001"], ["NEWHOPE", "EMPIRE", "JEDI"], ["3000", "3003"]),
        Human("1003", "Leia Organa", "Alderaan", 1.5, 49, ["1000", "1002", "2000", "2001"], ["NEWHOPE", "EMPIRE", "JEDI"], []),
        Human("1004", "Wilhuff Tarkin", null, 1.8, null, ["1001"], ["NEWHOPE"], []),
    ];

    public static IReadOnlyList<Dictionary<string, object?>> Droids { get; } =
    [
        Droid("2000", "C-3PO", "Protocol", ["1000", "1002", "1003", "2001"], ["NEWHOPE", "EMPIRE", "JEDI"]),
        Droid("2001", "R2-D2", "Astromech", ["1000", "1002", "1003"], ["NEWHOPE", "EMPIRE", "JEDI"]),
    ];

    public static IReadOnlyList<Dictionary<string, object?>> Starships { get; } =
    [
        Starship("3000", "Millennium Falcon", 34.37),
        Starship("3001", "X-Wing", 12.5),
        Starship("3002", "TIE Advanced x1", 9.2),
        Starship("3003", "Imperial shuttle", 20),
    ];

    public static Dictionary<string, object?>? Character(string id) =>
        Humans.FirstOrDefault(h => (string)h["id"]! == id) ?? Droids.FirstOrDefault(d => (string)d["id"]! == id);

    public static Dictionary<string, object?>? StarshipById(string id) => Starships.FirstOrDefault(s => (string)s["id"]! == id);

    private static Dictionary<string, object?> Human(string id, string name, string? homePlanet, double height, double? mass, string[] friends, string[] appearsIn, string[] starships) =>
        new(StringComparer.Ordinal)
        {
            ["kind"] = "Human",
            ["id"] = id,
            ["name"] = name,
            ["homePlanet"] = homePlanet,
            ["height"] = height,
            ["mass"] = mass,
            ["friends"] = friends,
            ["appearsIn"] = appearsIn,
            ["starships"] = starships,
        };

    private static Dictionary<string, object?> Droid(string id, string name, string primaryFunction, string[] friends, string[] appearsIn) =>
        new(StringComparer.Ordinal)
        {
            ["kind"] = "Droid",
            ["id"] = id,
            ["name"] = name,
            ["primaryFunction"] = primaryFunction,
            ["friends"] = friends,
            ["appearsIn"] = appearsIn,
        };

    private static Dictionary<string, object?> Starship(string id, string name, double length) =>
        new(StringComparer.Ordinal) { ["kind"] = "Starship", ["id"] = id, ["name"] = name, ["length"] = length };
}
