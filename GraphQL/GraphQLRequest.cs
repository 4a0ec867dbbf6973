using System.Text.Json;

namespace Sipas.GraphQL;

/// <summary>A GraphQL request as the transports receive it.</summary>
/// <param name="Query">The document text.</param>
/// <param name="OperationName">The operation to run when the document holds several.</param>
/// <param name="Variables">The variables object, if any.</param>
/// <param name="Extensions">The extensions object, if any.</param>
public sealed record GraphQLRequest(string Query, string? OperationName = null, JsonElement? Variables = null, JsonElement? Extensions = null);
