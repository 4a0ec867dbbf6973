namespace Sipas.GraphQL.Validation;

/// <summary>Options of <see cref="DocumentValidator"/>; the defaults follow graphql-js.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options: every rule, at most 100 errors.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The rules to run (default: all, in the specification's order).</summary>
    public ValidationRules Rules { get; init; } = ValidationRules.All;

    /// <summary>
    /// After this many errors validation stops and reports "Too many validation errors, error limit reached.
    /// Validation aborted." (graphql-js's <c>maxErrors</c>, default 100).
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// The most field pairs OverlappingFieldsCanBeMerged may compare before it gives up and rejects the document
    /// (default 100,000). The check is quadratic in the fields sharing a response name; this bounds its work on
    /// pathological documents. Real documents stay far below it.
    /// </summary>
    public int MaxFieldComparisons { get; init; } = 100_000;
}
