using System.Text.Json.Serialization;
using Sipas.Grains.Responses;

namespace Sipas.Api.Ingestion;

/// <summary>The outcome of one submitted item, reported in input order: accepted, duplicate or rejected with reasons.</summary>
public sealed record ItemResult(
    string? Id,
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ValidationProblem>? Errors = null)
{
    public const string Accepted = "accepted";
    public const string Duplicate = "duplicate";
    public const string Rejected = "rejected";
}
