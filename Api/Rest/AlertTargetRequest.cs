namespace Sipas.Api.Rest;

/// <summary>
/// The body of <c>PUT /api/v1/units/{code}/target</c>: <see cref="Target"/> percent (required); the rest default to the
/// national defaults. <see cref="Basis"/> is <c>upper-bound</c> (the Wilson bound, default) or <c>point-estimate</c>.
/// </summary>
public sealed record AlertTargetRequest(
    double? Target,
    string? Metric = null,
    string? Window = null,
    int? MinResponses = null,
    double? PendingMinutes = null,
    double? Margin = null,
    string? Basis = null);
