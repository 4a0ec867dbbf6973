namespace Sipas.Dashboard.Hub;

/// <summary>A SIPAS index in percent with its Wilson 95% interval.</summary>
public sealed record SipasFigure(double Value, double Low, double High);
