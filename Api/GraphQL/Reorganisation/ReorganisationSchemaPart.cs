using Microsoft.Extensions.DependencyInjection;
using Sipas.Grains.Live;
using Sipas.Grains.Units;
using Sipas.GraphQL;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Reorganisation;

/// <summary>
/// <c>reorganise</c>: merges, moves and renames applied to the live tree through <see cref="LiveReorganiser"/>
/// (aggregates follow the units exactly; the operations are durable). National keys only.
/// </summary>
public sealed class ReorganisationSchemaPart : ISipasSchemaPart
{
    /// <summary>Most operations in one call (the 2025 province merger is 899).</summary>
    public const int MaxOperations = 5_000;

    public void AddTypes(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.InputObject("ReorganisationInput", i => i
            .Description("One operation: exactly one of merge, move, rename.")
            .Field("merge", "MergeInput", "from is retired and absorbed by into (its children move under into; its code is never reused).")
            .Field("move", "MoveInput", "unit keeps its code and hangs under newParent.")
            .Field("rename", "RenameInput", "unit gets a new name."));
        schema.InputObject("MergeInput", i => i.Field("from", "String!").Field("into", "String!").Field("effective", "Date!"));
        schema.InputObject("MoveInput", i => i.Field("unit", "String!").Field("newParent", "String!").Field("effective", "Date!"));
        schema.InputObject("RenameInput", i => i.Field("unit", "String!").Field("newName", "String!").Field("newNameEn", "String").Field("effective", "Date!"));
        schema.Object("ReorganisationReport", t => t
            .Description("What a reorganisation did.")
            .Field("operations", "Int!").Field("unitsRebuilt", "Int!").Field("treeVersion", "Int!"));
    }

    public void AddMutationFields(ObjectTypeBuilder mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field("reorganise", "ReorganisationReport!", f => f
            .Description("Applies merges, moves and renames, in order, to the live unit tree; nothing changes if one does not fit. National keys only.")
            .Argument("operations", "[ReorganisationInput!]!")
            .ResolveTask(ApplyAsync));
    }

    private static async Task<ReorganisationReport> ApplyAsync(ResolveContext c)
    {
        if (!c.Caller().IsNational)
        {
            throw GraphQLAccess.Forbidden("reorganise the unit tree (national keys only)");
        }

        var input = (c.Arguments.GetValueOrDefault("operations") as object?[] ?? []).OfType<IReadOnlyDictionary<string, object?>>().ToArray();
        if (input.Length is 0 or > MaxOperations)
        {
            throw SipasWindows.BadInput($"Send 1 to {MaxOperations} operations.");
        }

        // Checked here rather than with @oneOf, which graphql-js 16 clients drop when they rebuild the schema.
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i].Count(p => p.Value is not null) != 1)
            {
                throw SipasWindows.BadInput($"operations[{i}]: give exactly one of merge, move, rename.");
            }
        }

        var operations = input.Select(ToOperation).ToArray();
        try
        {
            return await c.Services.GetRequiredService<LiveReorganiser>().ApplyAsync(operations, c.CancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new GraphQLException($"Nothing was changed: {ex.Message}", "BAD_USER_INPUT");
        }
    }

    private static Grains.Units.Reorganisation ToOperation(IReadOnlyDictionary<string, object?> input)
    {
        var (kind, value) = input.First(p => p.Value is not null);
        var o = (IReadOnlyDictionary<string, object?>)value!;
        var effective = (DateOnly)o["effective"]!;
        return kind switch
        {
            "merge" => new Merge((string)o["from"]!, (string)o["into"]!, effective),
            "move" => new Move((string)o["unit"]!, (string)o["newParent"]!, effective),
            _ => new Rename((string)o["unit"]!, (string)o["newName"]!, effective, o.GetValueOrDefault("newNameEn") as string),
        };
    }
}
