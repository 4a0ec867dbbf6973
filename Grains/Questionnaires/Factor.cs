namespace Sipas.Grains.Questionnaires;

/// <summary>One of the five SIPAS factors: its criteria and, in questionnaires that have one, its own question.</summary>
public sealed record Factor(string Id, string Vi, string En, IReadOnlyList<Question> Criteria, Question? Question);
