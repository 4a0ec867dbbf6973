namespace Sipas.GraphQL.Http;

/// <summary>The response media types of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaType
{
    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors (400) from results (200).</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary><c>application/json</c>: the legacy format, answered with 200 whenever a GraphQL response is produced.</summary>
    public const string Json = "application/json";
}
