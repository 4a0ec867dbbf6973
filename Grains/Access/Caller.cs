using System.Security.Claims;
using Sipas.Grains.Units;

namespace Sipas.Grains.Access;

/// <summary>
/// Who is calling and what they may touch: the one place every read and write is checked against (REST, GraphQL,
/// subscriptions, the SignalR hub). A caller is bound to an API key with a <see cref="Role"/> and, except for the
/// national role, a unit whose subtree is its scope. Unit metadata (code, name, kind, parent) is a public directory
/// any signed-in caller may read; numbers (scores, rankings, trends, targets, alerts) are scoped.
/// </summary>
public sealed record Caller(string KeyId, string Name, Role Role, string? Unit)
{
    /// <summary>The claim types an authenticated principal carries.</summary>
    public const string KeyIdClaim = "sipas:key", RoleClaim = "sipas:role", UnitClaim = "sipas:unit";

    /// <summary>The name of the authentication scheme that makes such principals.</summary>
    public const string AuthenticationType = "ApiKey";

    /// <summary>The caller behind a principal, or null when the request carries no valid key.</summary>
    public static Caller? From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true }
            || principal.FindFirst(KeyIdClaim)?.Value is not { } keyId
            || !Enum.TryParse<Role>(principal.FindFirst(RoleClaim)?.Value, ignoreCase: false, out var role))
        {
            return null;
        }

        return new Caller(keyId, principal.Identity.Name ?? keyId, role, principal.FindFirst(UnitClaim)?.Value);
    }

    /// <summary>The principal an authentication handler hands to ASP.NET Core for this caller.</summary>
    public ClaimsPrincipal ToPrincipal()
    {
        List<Claim> claims = [new(ClaimTypes.Name, Name), new(KeyIdClaim, KeyId), new(RoleClaim, Role.ToString())];
        if (Unit is not null)
        {
            claims.Add(new Claim(UnitClaim, Unit));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, RoleClaim));
    }

    /// <summary>May read the numbers of <paramref name="code"/> (scores, rankings of its children, trends, alerts).</summary>
    public bool CanRead(UnitTree tree, string code) => Role switch
    {
        Role.National => tree.Find(code) is not null,
        Role.Leader or Role.Agency => InScope(tree, code),
        _ => false,
    };

    /// <summary>May submit responses served by <paramref name="code"/>.</summary>
    public bool CanSubmitFor(UnitTree tree, string code) => Role switch
    {
        Role.National => true,
        Role.Leader or Role.Collector => InScope(tree, code),
        _ => false,
    };

    /// <summary>May change what belongs to <paramref name="code"/>: its target, its alerts (acknowledge, silence), keys for it.</summary>
    public bool CanManage(UnitTree tree, string code) => Role switch
    {
        Role.National => tree.Find(code) is not null,
        Role.Leader => InScope(tree, code),
        _ => false,
    };

    /// <summary>May create a key with <paramref name="role"/> for <paramref name="code"/> (null: national).</summary>
    public bool CanCreateKey(UnitTree tree, Role role, string? code) => Role switch
    {
        Role.National => true,
        Role.Leader => role != Role.National && code is not null && InScope(tree, code),
        _ => false,
    };

    /// <summary>May change the unit tree itself (reorganisations) and see every key.</summary>
    public bool IsNational => Role == Role.National;

    /// <summary>The unit whose subtree is in scope: the nation for national keys.</summary>
    public string ScopeRoot(UnitTree tree) => Unit ?? tree.Root.Code;

    private bool InScope(UnitTree tree, string code) => Unit is not null && tree.IsInSubtree(code, Unit);
}
