namespace Sipas.Grains.Questionnaires;

/// <summary>A question (criterion, factor question or the overall question) with its Vietnamese and English text.</summary>
public sealed record Question(string Id, string Vi, string En);
