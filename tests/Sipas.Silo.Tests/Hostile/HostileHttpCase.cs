namespace Sipas.Silo.Tests.Hostile;

/// <summary>
/// One hostile HTTP request and what the server must do with it. <see cref="Items"/>, for a batch sent to
/// <c>POST /api/v1/responses</c>, says item by item which must be accepted (a known response) and which rejected (null).
/// </summary>
internal sealed record HostileHttpCase(
    string Category,
    HttpMethod Method,
    string Path,
    byte[]? Body,
    string? ContentType = "application/json",
    IReadOnlyList<KeyValuePair<string, string>>? Headers = null,
    bool SendKey = true,
    int? ExpectedStatus = null,
    string? ExpectedText = null,
    IReadOnlyList<KnownResponse?>? Items = null,
    string? Accept = null);
