namespace Sipas.Silo;

/// <summary>The body of <c>/healthz</c>.</summary>
public sealed record HealthStatus(string Status);
