namespace Sipas.GraphQL.Http;

/// <summary>A request the transport rejects before GraphQL sees it: its status code, message and Allow header.</summary>
internal sealed record HttpRequestError(int StatusCode, string Message, string? Allow = null);
