using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Sipas.GraphQL.Http;

/// <summary>The GraphQL request read from HTTP, or why it could not be read; owns the JSON it points into.</summary>
internal sealed class ParsedHttpRequest : IDisposable
{
    private readonly JsonDocument?[] _documents;

    private ParsedHttpRequest(GraphQLRequest? request, HttpRequestError? error, JsonDocument?[] documents)
    {
        Request = request;
        Error = error;
        _documents = documents;
    }

    public GraphQLRequest? Request { get; }

    public HttpRequestError? Error { get; }

    public static ParsedHttpRequest Success(GraphQLRequest request, params JsonDocument?[] documents) => new(request, null, documents);

    public static ParsedHttpRequest Failure(HttpRequestError error, params JsonDocument?[] documents) => new(null, error, documents);

    public static ParsedHttpRequest BadRequest(string message, params JsonDocument?[] documents) =>
        new(null, new HttpRequestError(StatusCodes.Status400BadRequest, message), documents);

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document?.Dispose();
        }
    }
}
