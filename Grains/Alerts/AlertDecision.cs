namespace Sipas.Grains.Alerts;

/// <summary>The evaluator's answer: the next status and, when the visible state changed, the transition to store.</summary>
public sealed record AlertDecision(AlertStatus Status, AlertTransition? Transition);
