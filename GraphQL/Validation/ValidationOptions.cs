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
    /// Leaves "Did you mean …?" suggestions out of messages, so that errors do not reveal schema names
    /// (graphql-js's <c>hideSuggestions</c>, default false).
    /// </summary>
    public bool HideSuggestions { get; init; }

    /// <summary>
    /// The work budget of OverlappingFieldsCanBeMerged, in graphql-js 16.15's units (a field pair costs 2, a
    /// fragment comparison 1 or 2, …; default 500,000 as in graphql-js). The check is quadratic in the fields
    /// sharing a response name; past the budget validation stops with "Validation aborted.". Real documents stay far
    /// below it.
    /// </summary>
    public int MaxFieldComparisons { get; init; } = 500_000;
}
