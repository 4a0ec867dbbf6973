namespace Sipas.Runtime.Generator;

/// <summary>One generated file; value equality keeps the incremental pipeline cached.</summary>
internal sealed record GeneratedSource(string HintName, string Source);
