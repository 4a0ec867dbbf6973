using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Groups name nodes by name, keeping first-appearance order (graphql-js's <c>groupBy</c>).</summary>
internal static class NameGroups
{
    public static List<(string Name, List<AstNode> Nodes)> Of<T>(IReadOnlyList<T> items, Func<T, NameNode> name)
    {
        var groups = new List<(string Name, List<AstNode> Nodes)>();
        if (items.Count == 0)
        {
            return groups;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var nameNode = name(item);
            if (index.TryGetValue(nameNode.Value, out var at))
            {
                groups[at].Nodes.Add(nameNode);
            }
            else
            {
                index[nameNode.Value] = groups.Count;
                groups.Add((nameNode.Value, [nameNode]));
            }
        }

        return groups;
    }
}
