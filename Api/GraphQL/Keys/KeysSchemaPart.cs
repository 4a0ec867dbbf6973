using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Auth;
using Sipas.Grains.Access;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Keys;

/// <summary>
/// Who is calling (<c>me</c>) and API keys: <c>apiKeys</c>, <c>createApiKey</c> (the secret is returned this once)
/// and <c>revokeApiKey</c> (effective at the next request). National keys manage every key; a leader manages keys
/// for units in its subtree and cannot make national ones; agency and collector keys manage none.
/// </summary>
public sealed class KeysSchemaPart : ISipasSchemaPart
{
    /// <summary>Longest key name.</summary>
    public const int MaxNameLength = 200;

    public void AddTypes(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Enum<Role>("Role", "What a key may do: NATIONAL everything; LEADER reads and manages its unit's subtree; AGENCY reads its own unit and what lies below it; COLLECTOR submits responses for its subtree and reads no numbers.");
        schema.Object("Me", t => t
            .Description("The caller's key.")
            .Field("keyId", "ID!").Field("name", "String!").Field("role", "Role!")
            .Field("unit", "Unit", f => f.Description("The unit whose subtree is the key's scope; null for national keys.")
                .Resolve(c => c.Parent<Caller>().Unit is { } code ? c.Tree().Find(code) : null)));
        schema.Object("ApiKey", t => t
            .Description("A stored API key (never its secret).")
            .Field("id", "ID!").Field("name", "String!").Field("role", "Role!")
            .Field("unit", "Unit", f => f.Resolve(c => c.Parent<ApiKey>().Unit is { } code ? c.Tree().Find(code) : null))
            .Field("createdAt", "DateTime!").Field("createdBy", "ID", f => f.Description("The key id that created it (null for the bootstrap admin key)."))
            .Field("revokedAt", "DateTime").Field("active", "Boolean!", f => f.Resolve(c => c.Parent<ApiKey>().IsActive)));
        schema.Object("NewApiKey", t => t
            .Description("A key just created. `secret` is the bearer token: it is shown this once and never stored.")
            .Field("secret", "String!").Field("key", "ApiKey!"));
    }

    public void AddQueryFields(ObjectTypeBuilder query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .Field("me", "Me!", f => f.Description("The caller's key: id, name, role and unit.").Resolve(c => c.Caller()))
            .Field("apiKeys", "[ApiKey!]!", f => f
                .Description("The keys this key manages (national: every key; leader: keys for units in its subtree), revoked ones included.")
                .ListCost(50)
                .Resolve(c =>
                {
                    var caller = c.Caller();
                    if (!caller.IsNational && caller.Role != Role.Leader)
                    {
                        throw GraphQLAccess.Forbidden("list API keys");
                    }

                    return c.Services.GetRequiredService<ApiKeyService>().All.Where(k => Manages(c, caller, k)).ToArray();
                }));
    }

    public void AddMutationFields(ObjectTypeBuilder mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation
            .Field("createApiKey", "NewApiKey!", f => f
                .Description("Creates a key; the secret is in the answer and nowhere else. A leader may create LEADER, AGENCY and COLLECTOR keys for units in its subtree.")
                .Argument("role", "Role!")
                .Argument("unit", "String", "The key's unit (required except for NATIONAL).")
                .Argument("name", "String!", "Who or what uses it, e.g. \"Kiosk 3, TTHCC Hà Nội\".")
                .ResolveTask(CreateAsync))
            .Field("revokeApiKey", "ApiKey!", f => f
                .Description("Revokes a key at once: its next request is refused.")
                .Argument("id", "ID!", "The key's id (ApiKey.id, the part after sipas_ in the secret).")
                .ResolveTask(RevokeAsync));
    }

    private static async Task<NewApiKey> CreateAsync(ResolveContext c)
    {
        var caller = c.Caller();
        var role = c.Argument<Role>("role");
        var unit = c.Argument<string?>("unit");
        var name = c.Argument<string>("name").Trim();
        var tree = c.Tree();
        if (name.Length is 0 or > MaxNameLength)
        {
            throw SipasWindows.BadInput($"name must be 1 to {MaxNameLength} characters.");
        }

        if (role == Role.National && unit is not null)
        {
            throw SipasWindows.BadInput("A NATIONAL key has no unit; leave unit out.");
        }

        if (role != Role.National && unit is null)
        {
            throw SipasWindows.BadInput($"A {role.ToString().ToUpperInvariant()} key needs a unit: its scope is that unit's subtree.");
        }

        if (unit is not null && tree.Find(unit) is null)
        {
            throw SipasWindows.BadInput($"There is no unit '{unit}'.");
        }

        if (!caller.CanCreateKey(tree, role, unit))
        {
            throw GraphQLAccess.Forbidden($"create a {role.ToString().ToUpperInvariant()} key{(unit is null ? "" : $" for unit {unit}")}");
        }

        return await c.Services.GetRequiredService<ApiKeyService>().CreateAsync(role, unit, name, caller.KeyId, c.CancellationToken);
    }

    private static async Task<ApiKey> RevokeAsync(ResolveContext c)
    {
        var caller = c.Caller();
        var id = c.Argument<string>("id");
        var keys = c.Services.GetRequiredService<ApiKeyService>();
        var key = keys.All.FirstOrDefault(k => k.Id == id);
        if (key is null || !Manages(c, caller, key))
        {
            // Same answer for a key that does not exist and one out of scope: ids outside the scope are not disclosed.
            throw new Sipas.GraphQL.GraphQLException($"There is no key '{id}' this key manages.", "NOT_FOUND");
        }

        if (!key.IsActive)
        {
            return key;
        }

        await keys.RevokeAsync(id, c.CancellationToken);
        return keys.All.First(k => k.Id == id);
    }

    /// <summary>National keys manage every key; a leader, the non-national keys of units in its subtree.</summary>
    private static bool Manages(ResolveContext c, Caller caller, ApiKey key) =>
        caller.IsNational || (caller.Role == Role.Leader && key.Role != Role.National && key.Unit is not null && caller.CanManage(c.Tree(), key.Unit));
}
