namespace Sipas.GraphQL.Limits;

/// <summary>The errors the limits produce: <c>extensions.code</c> is <see cref="Code"/>, <c>extensions.limit</c> names the limit.</summary>
public static class LimitErrors
{
    /// <summary>The <c>extensions.code</c> of every limit error.</summary>
    public const string Code = "LIMIT_EXCEEDED";

    /// <summary>Creates a limit error.</summary>
    /// <param name="message">The message.</param>
    /// <param name="limit">Which limit: <c>documentBytes</c>, <c>tokens</c>, <c>depth</c>, <c>cost</c>, <c>aliases</c> or <c>timeout</c>.</param>
    /// <param name="locations">Where, if anywhere.</param>
    public static GraphQLError Create(string message, string limit, IReadOnlyList<Language.SourceLocation>? locations = null) =>
        new(message, locations, null, new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = Code, ["limit"] = limit });
}
