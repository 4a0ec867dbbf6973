namespace Sipas.Grains.Responses;

/// <summary>One answer as submitted, before duplicates are ruled out.</summary>
public sealed record AnswerInput(string Criterion, int Level);
