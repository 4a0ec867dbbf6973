using System.Globalization;
using Sipas.Grains.Alerts;

namespace Sipas.Api.Rest;

/// <summary>A silence or recurring mute window, and whether it mutes right now.</summary>
public sealed record AlertSilenceDto(
    string Id,
    string Unit,
    string? Rule,
    bool Subtree,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    string[]? Days,
    string? From,
    string? To,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? Comment,
    bool Active)
{
    public static AlertSilenceDto Of(AlertSilence s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.Unit, s.Rule, s.Subtree, s.StartsAt, s.EndsAt,
            s.Schedule?.Days.Select(d => d.ToString()[..3].ToLowerInvariant()).ToArray(),
            s.Schedule?.From.ToString("HH:mm", CultureInfo.InvariantCulture), s.Schedule?.To.ToString("HH:mm", CultureInfo.InvariantCulture),
            s.CreatedBy, s.CreatedAt, s.Comment, s.IsActiveAt(now));
    }
}
