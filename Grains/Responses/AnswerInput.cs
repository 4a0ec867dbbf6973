namespace Sipas.Grains.Responses;

/// <summary>One answer as submitted, before duplicates are ruled out.</summary>
public readonly record struct AnswerInput(string Criterion, int Level);
