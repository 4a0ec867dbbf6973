using System.Runtime.CompilerServices;
using System.Text;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>Field-level comparison of OverlappingFieldsCanBeMerged.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var responseName in collected.ResponseNames)
        {
            var fields = collected.Fields[responseName];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    // Within one collection fields are never mutually exclusive.
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in Overlapping(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string Name, List<FieldEntry> Fields1, List<FieldEntry> Fields2)> Overlapping(
        CollectedFields collected1, CollectedFields collected2)
    {
        var byOther = collected1.Overlapping ??= new(ReferenceEqualityComparer.Instance);
        if (byOther.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldEntry>, List<FieldEntry>)>();
        foreach (var responseName in collected1.ResponseNames)
        {
            Spend(1);
            if (collected2.Fields.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add((responseName, collected1.Fields[responseName], fields2));
            }
        }

        byOther[collected2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        var node1 = field1.Node;
        var node2 = field2.Node;
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive && Reason(field1, field2) is { } reason)
        {
            return Conflict.Of(responseName, reason, node1, node2);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var typeString1 = field1.TypeString ??= type1.ToString();
            var typeString2 = field2.TypeString ??= type2.ToString();
            return Conflict.Of(responseName, $"they return conflicting types \"{typeString1}\" and \"{typeString2}\"", node1, node2);
        }

        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var sub = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, type1?.Unwrap(), set1, type2?.Unwrap(), set2);
            return sub.Count > 0 ? SubfieldConflicts(sub, responseName, node1, node2) : null;
        }

        return null;
    }

    /// <summary>Why two fields selected on overlapping types differ (name or arguments), computed once per pair.</summary>
    private string? Reason(FieldEntry field1, FieldEntry field2)
    {
        var comparisons = field1.Comparisons ??= new(ReferenceEqualityComparer.Instance);
        if (comparisons.TryGetValue(field2, out var reason))
        {
            return reason;
        }

        var name1 = field1.Node.Name.Value;
        var name2 = field2.Node.Name.Value;
        reason = name1 != name2
            ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
            : SameArguments(field1, field2) ? null : "they have differing arguments";
        comparisons[field2] = reason;
        return reason;
    }

    private bool SameArguments(FieldEntry field1, FieldEntry field2)
    {
        var args1 = field1.Node.Arguments;
        var args2 = field2.Node.Arguments;
        if (args1.Count == 0 || args2.Count == 0)
        {
            return args1.Count == args2.Count;
        }

        if (args1.Count != args2.Count)
        {
            return false;
        }

        var values2 = field2.ArgumentValues ??= ArgumentMap(args2);
        foreach (var arg1 in args1)
        {
            Spend(1);
            if (!values2.TryGetValue(arg1.Name.Value, out var value2) || !ValueKeys.SameValue(arg1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, ValueNode> ArgumentMap(IReadOnlyList<ArgumentNode> arguments)
    {
        var map = new Dictionary<string, ValueNode>(arguments.Count, StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            // The last argument of a name wins, as in a JavaScript Map.
            map[argument.Name.Value] = argument.Value;
        }

        return map;
    }

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (!ReferenceEquals(type1, type2))
        {
            Spend(1);
            switch (type1, type2)
            {
                case (ListType list1, ListType list2):
                    (type1, type2) = (list1.OfType, list2.OfType);
                    continue;
                case (ListType, _) or (_, ListType):
                    return true;
                case (NonNullType nonNull1, NonNullType nonNull2):
                    (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                    continue;
                case (NonNullType, _) or (_, NonNullType):
                    return true;
                default:
                    return type1.IsLeaf() || type2.IsLeaf();
            }
        }

        return false;
    }

    private static Conflict SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName, Abbreviate(message.ToString()), ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    // At most 20 nodes: the enclosing field, then the last nodes of each sub-conflict.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var take = Math.Min(side.Count, MaxConflictNodes - nodes.Count);
            nodes.AddRange(side.GetRange(side.Count - take, take));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }
}
