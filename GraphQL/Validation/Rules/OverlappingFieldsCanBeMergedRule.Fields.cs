using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>Field-level comparison of OverlappingFieldsCanBeMerged.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var responseName in fieldMap.Keys)
        {
            var fields = fieldMap.Get(responseName)!;
            if (fields.Count > 2 && AllSameLeaf(fields))
            {
                // Repeats of one leaf field never conflict; skip the quadratic comparison (alias and repeat bombs).
                continue;
            }

            for (var i = 0; i < fields.Count && !_exhausted; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    // Within one selection set fields are never mutually exclusive.
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private static bool AllSameLeaf(List<FieldEntry> fields)
    {
        var first = fields[0];
        if (first.Node.SelectionSet is not null || first.Node.Arguments.Count > 0)
        {
            return false;
        }

        for (var i = 1; i < fields.Count; i++)
        {
            var field = fields[i];
            if (!ReferenceEquals(field.ParentType, first.ParentType) || field.Node.Name.Value != first.Node.Name.Value
                || field.Node.SelectionSet is not null || field.Node.Arguments.Count > 0)
            {
                return false;
            }
        }

        return true;
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var responseName in fieldMap1.Keys)
        {
            if (fieldMap2.Get(responseName) is not { } fields2)
            {
                continue;
            }

            foreach (var field1 in fieldMap1.Get(responseName)!)
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

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldEntry field1, FieldEntry field2)
    {
        if (!Spend())
        {
            return null;
        }

        var (parentType1, node1, def1) = field1;
        var (parentType2, node2, def2) = field2;
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(parentType1, parentType2) && parentType1 is ObjectType && parentType2 is ObjectType);
        if (!mutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Conflict.Of(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", node1, node2);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return Conflict.Of(responseName, "they have differing arguments", node1, node2);
            }
        }

        var type1 = def1?.Type;
        var type2 = def2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Conflict.Of(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", node1, node2);
        }

        if (node1.SelectionSet is { } set1 && node2.SelectionSet is { } set2)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            var sub = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, type1?.Unwrap(), set1, type2?.Unwrap(), set2);
            return sub.Count > 0 ? Conflict.Merge(responseName, sub, node1, node2) : null;
        }

        return null;
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode set1, NamedType? parentType2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, set1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, set2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap1, name);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap2, name);
        }

        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> args1, IReadOnlyList<ArgumentNode> args2)
    {
        if (args1.Count != args2.Count)
        {
            return false;
        }

        foreach (var arg1 in args1)
        {
            ArgumentNode? arg2 = null;
            foreach (var candidate in args2)
            {
                if (candidate.Name.Value == arg1.Name.Value)
                {
                    // graphql-js builds a map, so the last argument of a name wins.
                    arg2 = candidate;
                }
            }

            if (arg2 is null || !ValueKeys.SameValue(arg1.Value, arg2.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
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
                    return (type1.IsLeaf() || type2.IsLeaf()) && !ReferenceEquals(type1, type2);
            }
        }
    }

    private FieldsAndFragments GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        Collect(parentType, selectionSet, fieldMap, fragmentNames, seenFragments);
        var result = new FieldsAndFragments(fieldMap, fragmentNames);
        _cache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragments GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        _cache.TryGetValue(fragment.SelectionSet, out var cached)
            ? cached
            : GetFieldsAndFragmentNames(TypeInfo.FromAst(Context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private void Collect(
        NamedType? parentType, SelectionSetNode selectionSet, FieldMap fieldMap, List<string> fragmentNames, HashSet<string> seen)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var def = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    fieldMap.Add(field.ResponseName, new FieldEntry(parentType, field, def));
                    break;
                case FragmentSpreadNode spread:
                    if (seen.Add(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeInfo.FromAst(Context.Schema, condition) as NamedType
                        : parentType;
                    Collect(inlineType, inline.SelectionSet, fieldMap, fragmentNames, seen);
                    break;
            }
        }
    }
}
