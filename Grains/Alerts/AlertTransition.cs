namespace Sipas.Grains.Alerts;

/// <summary>
/// One stored change of an alert's state, with the figures that caused it. <see cref="Sequence"/> increases with
/// every transition (a consumer drops what it has already seen); <see cref="Rule"/> is <c>sipas</c>, a factor id or
/// <c>burst</c>; <see cref="Actor"/> and <see cref="Comment"/> are set when a person caused it (acknowledge, silence).
/// </summary>
public sealed record AlertTransition(
    long Sequence,
    string Unit,
    string Rule,
    AlertState From,
    AlertState To,
    double? Value,
    double? Low,
    double? High,
    long N,
    double Target,
    string Window,
    DateTimeOffset At,
    string? Actor = null,
    string? Comment = null);
