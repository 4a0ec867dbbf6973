using System.Collections.Concurrent;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation;

namespace Sipas.GraphQL.Tests.Validation.Fixtures;

/// <summary>Runs validation cases and compares errors with graphql-js's (message, then locations, in order).</summary>
internal static class ValidationHarness
{
    private static readonly ConcurrentDictionary<string, Schema> Schemas = new(StringComparer.Ordinal);

    public static Schema SchemaFor(string sdl) => Schemas.GetOrAdd(sdl, SdlSchemaReader.Build);

    public static IReadOnlyList<GraphQLError> Validate(ValidationRules rules, ValidationCase testCase) =>
        DocumentValidator.Validate(
            SchemaFor(testCase.Schema), Parser.Parse(testCase.Query), new ValidationOptions { Rules = rules });

    public static void AssertErrors(ValidationCase testCase, IReadOnlyList<GraphQLError> actual)
    {
        var expected = testCase.Errors.Select(e => e.ToString()).ToList();
        var found = actual.Select(Describe).ToList();
        Assert.Equal(expected, found);
    }

    private static string Describe(GraphQLError error) =>
        new ExpectedError(error.Message, [.. (error.Locations ?? []).Select(l => (l.Line, l.Column))]).ToString();
}
