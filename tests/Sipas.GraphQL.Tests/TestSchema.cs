using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Tests;

/// <summary>A small schema of units, people and pets used across the engine tests.</summary>
internal static class TestSchema
{
    public sealed record Unit(string Code, string Name, int Level, string? ParentCode);

    public sealed record Dog(string Name, bool Barks);

    public sealed record Cat(string Name, int Lives);

    public static readonly Unit[] Units =
    [
        new("01", "Hà Nội", 1, null),
        new("79", "TP. Hồ Chí Minh", 1, null),
        new("00004", "Ba Đình", 2, "01"),
    ];

    public static Schema Create(Action<SchemaBuilder>? extend = null)
    {
        var builder = new SchemaBuilder()
            .Query("Query", q => q
                .Field("hello", "String!", f => f.Resolve(_ => "world"))
                .Field("unit", "Unit", f => f
                    .Description("A unit by code.")
                    .Argument("code", "String!")
                    .Resolve(c => Array.Find(Units, u => u.Code == c.Argument<string>("code"))))
                .Field("units", "[Unit!]!", f => f.Argument("level", "Int").Resolve(c =>
                    c.Argument<int?>("level") is { } level ? Units.Where(u => u.Level == level).ToArray() : Units))
                .Field("pets", "[Pet]", f => f.Resolve(_ => new object[] { new Dog("Rex", true), new Cat("Tom", 9) }))
                .Field("search", "[SearchResult!]!", f => f.Resolve(_ => new object[] { Units[0], new Dog("Rex", true) }))
                .Field("echo", "String", f => f
                    .Argument("text", "String", defaultValue: "default")
                    .Argument("times", "Int", defaultValue: 1)
                    .Resolve(c => string.Concat(Enumerable.Repeat(c.Argument<string>("text"), c.Argument<int>("times")))))
                .Field("filter", "String", f => f.Argument("input", "UnitFilter!").Resolve(c =>
                    c.Argument<Dictionary<string, object?>>("input") is { } d ? string.Join(",", d.Select(kv => $"{kv.Key}={Format(kv.Value)}")) : null))
                .Field("color", "Color", f => f.Argument("color", "Color").Resolve(c => c.Argument<string?>("color")))
                .Field("old", "String", f => f.Deprecated("Use hello.").Resolve(_ => "old")))
            .Object("Unit", t => t
                .Description("An administrative unit.")
                .IsTypeOf<Unit>()
                .Field("code", "String!")
                .Field("name", "String!")
                .Field("level", "Int!")
                .Field("parent", "Unit", f => f.Resolve(c => Array.Find(Units, u => u.Code == c.Parent<Unit>().ParentCode))))
            .Interface("Pet", i => i.Field("name", "String!"))
            .Object("Dog", t => t.Implements("Pet").IsTypeOf<Dog>().Field("name", "String!").Field("barks", "Boolean!"))
            .Object("Cat", t => t.Implements("Pet").IsTypeOf<Cat>().Field("name", "String!").Field("lives", "Int!"))
            .Union("SearchResult", ["Unit", "Dog"])
            .Enum("Color", e => e.Value("RED").Value("GREEN", description: "Grass.").Value("BLUE", deprecationReason: "Too sad."))
            .InputObject("UnitFilter", i => i
                .Field("code", "String")
                .Field("level", "Int", defaultValue: 1)
                .Field("tags", "[String!]"));
        extend?.Invoke(builder);
        return builder.Build();
    }

    private static string Format(object? value) => value switch
    {
        null => "null",
        object?[] items => "[" + string.Join(",", items.Select(Format)) + "]",
        _ => value.ToString()!,
    };
}
