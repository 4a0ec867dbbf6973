namespace Sipas.GraphQL.Http;

/// <summary>The response format chosen from the Accept header.</summary>
internal enum ResponseFormat
{
    /// <summary>Nothing the client accepts can be produced (406).</summary>
    None,

    /// <summary><c>application/json</c>.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>.</summary>
    GraphQLResponseJson,
}
