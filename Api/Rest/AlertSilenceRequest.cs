namespace Sipas.Api.Rest;

/// <summary>
/// The body of <c>POST /api/v1/alerts/silences</c>. Time-boxed: <see cref="Minutes"/> or <see cref="Until"/>. Recurring
/// mute window: <see cref="Days"/> (<c>mon-fri</c>, <c>sat</c>, …) with <see cref="From"/>–<see cref="To"/> (HH:mm, Hanoi
/// time; overnight when To is earlier), optionally ending at <see cref="Until"/>. <see cref="Rule"/> null: every rule.
/// </summary>
public sealed record AlertSilenceRequest(
    string? Unit,
    string? Rule = null,
    bool? Subtree = null,
    double? Minutes = null,
    DateTimeOffset? Until = null,
    DateTimeOffset? StartsAt = null,
    string[]? Days = null,
    string? From = null,
    string? To = null,
    string? Comment = null);
