using Sipas.Grains.Access;

namespace Sipas.Api.Auth;

/// <summary>A stored API key: everything but the key itself, of which only <see cref="Hash"/> is kept.</summary>
public sealed record ApiKey(
    string Id, string Name, Role Role, string? Unit, string Hash, DateTimeOffset CreatedAt, string? CreatedBy, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;

    public Caller ToCaller() => new(Id, Name, Role, Unit);
}
