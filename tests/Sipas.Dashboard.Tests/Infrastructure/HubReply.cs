using System.Text.Json;

namespace Sipas.Dashboard.Tests.Infrastructure;

/// <summary>A completion message: the result, or the error the hub sent.</summary>
public sealed record HubReply(JsonElement Result, string? Error)
{
    public JsonElement Ok => Error is null ? Result : throw new InvalidOperationException($"The hub refused: {Error}");
}
