using Sipas.Grains.Aggregates;

namespace Sipas.Grains.Contracts;

/// <summary>A unit's figures for one resolved window, as of <see cref="UpdatedAt"/>.</summary>
public sealed record UnitScore(string Unit, Window Window, UnitScores Scores, DateTimeOffset UpdatedAt);
