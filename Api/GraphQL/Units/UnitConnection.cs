using Sipas.Grains.Units;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL.Units;

/// <summary>A page of units (Relay cursor connection). Cursors are opaque: base64url of the last unit's code.</summary>
public sealed record UnitConnection(IReadOnlyList<UnitEdge> Edges, IReadOnlyList<Unit> Nodes, PageInfo PageInfo, int TotalCount)
{
    internal static void AddTypes(SchemaBuilder schema) => schema
        .Object("UnitConnection", t => t
            .Description("A page of units.")
            .Field("edges", "[UnitEdge!]!", f => f.ListCost(100))
            .Field("nodes", "[Unit!]!", f => f.Description("The units of the page (the edges' nodes).").ListCost(100))
            .Field("pageInfo", "PageInfo!")
            .Field("totalCount", "Int!", f => f.Description("Units in the whole list, every page together.")))
        .Object("UnitEdge", t => t.Field("cursor", "String!").Field("node", "Unit!"))
        .Object("PageInfo", t => t
            .Field("hasNextPage", "Boolean!").Field("hasPreviousPage", "Boolean!")
            .Field("startCursor", "String").Field("endCursor", "String"));

    internal static UnitConnection Page(ResolveContext context, SipasGraphQLOptions options)
    {
        var tree = context.Tree();
        var parent = context.Argument<string?>("parent") ?? tree.Root.Code;
        ScoreReads.KnownUnit(context, parent);
        var kind = context.Argument<string?>("kind");
        IReadOnlyList<Unit> all;
        if (kind is null)
        {
            all = tree.Children(parent);
        }
        else if (UnitKind.TryParse(kind, out var k))
        {
            all = [.. tree.Descendants(parent).Where(u => u.Kind == k)];
        }
        else
        {
            throw SipasWindows.BadInput($"'{kind}' is not a unit kind; use one of {string.Join(", ", UnitKind.All.Select(u => u.Id))}.");
        }

        var first = context.HasArgument("first") ? context.Argument<int>("first") : options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw SipasWindows.BadInput($"first must be between 0 and {options.MaxPageSize}.");
        }

        var start = 0;
        if (context.Argument<string?>("after") is { } after)
        {
            var code = Cursor.Decode("unit", after);
            var index = code is null ? -1 : IndexOf(all, code);
            start = index >= 0
                ? index + 1
                : throw SipasWindows.BadInput($"after: '{after}' is not a cursor of this list; pass the endCursor of the previous page of the same query.");
        }

        var nodes = all.Skip(start).Take(first).ToArray();
        var edges = nodes.Select(u => new UnitEdge(Cursor.Encode("unit", u.Code), u)).ToArray();
        var page = new PageInfo(start + nodes.Length < all.Count, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new UnitConnection(edges, nodes, page, all.Count);
    }

    private static int IndexOf(IReadOnlyList<Unit> units, string code)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Code == code)
            {
                return i;
            }
        }

        return -1;
    }
}
