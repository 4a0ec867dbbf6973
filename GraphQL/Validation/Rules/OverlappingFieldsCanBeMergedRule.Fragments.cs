using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>Selection-set and fragment level comparisons (steps A–J of graphql-js's algorithm).</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collected = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, collected);
        var names = collected.FragmentNames;
        if (names.Count != 0 && (collected.Fields.Count != 0 || names.Count > 1))
        {
            for (var i = 0; i < names.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, names[i]);
                for (var j = i + 1; j < names.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, names[i], names[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected, string fragmentName)
    {
        Spend(1);
        if (collected.Fields.Count == 0)
        {
            return;
        }

        var compared = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);

        // A non-exclusive comparison covers both cases; an exclusive one only covers exclusive ones.
        if (compared.TryGetValue(fragmentName, out var wasExclusive) && (!wasExclusive || mutuallyExclusive))
        {
            return;
        }

        compared[fragmentName] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var collected2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, collected, collected2);
        foreach (var name in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, name);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string name1, string name2)
    {
        Spend(2);
        if (name1 == name2 || WasCompared(name1, name2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs[(name1, name2)] = mutuallyExclusive;
        if (Context.GetFragment(name1) is not { } fragment1 || Context.GetFragment(name2) is not { } fragment2)
        {
            return;
        }

        var collected1 = CollectFragmentFields(fragment1);
        var collected2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var name in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name);
        }

        foreach (var name in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name, name2);
        }
    }

    private bool WasCompared(string a, string b, bool mutuallyExclusive) =>
        WasCompared((a, b), mutuallyExclusive) || WasCompared((b, a), mutuallyExclusive);

    private bool WasCompared((string, string) key, bool mutuallyExclusive) =>
        _comparedFragmentPairs.TryGetValue(key, out var stored) && (mutuallyExclusive || !stored);

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode set1, NamedType? parentType2, SelectionSetNode set2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(parentType1, set1);
        var collected2 = CollectFields(parentType2, set2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var name in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, name);
        }

        foreach (var name in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, name);
        }

        foreach (var name1 in collected1.FragmentNames)
        {
            foreach (var name2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeInfo.FromAst(Context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private CollectedFields CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        HashSet<string>? seenFragments = null;
        Collect(parentType, selectionSet, collected, ref seenFragments);
        _cache[(parentType, selectionSet)] = collected;
        return collected;
    }

    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected, ref HashSet<string>? seenFragments)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    collected.Add(field.ResponseName, new FieldEntry(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if ((seenFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeInfo.FromAst(Context.Schema, condition) as NamedType
                        : parentType;
                    Collect(inlineType, inline.SelectionSet, collected, ref seenFragments);
                    break;
            }
        }
    }
}
