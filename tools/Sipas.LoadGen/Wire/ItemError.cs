namespace Sipas.LoadGen.Wire;

/// <summary>Why an item was rejected: the field and what to do.</summary>
internal sealed record ItemError(string? Field, string? Message);
