using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2: fields sharing a response name can be merged (same field and arguments unless their parents are
/// mutually exclusive object types, compatible return types, mergeable sub-selections). graphql-js's algorithm:
/// field maps cached per selection set, field/fragment and fragment/fragment pairs compared once, and a budget
/// of field comparisons (<see cref="ValidationOptions.MaxFieldComparisons"/>) bounding pathological documents.
/// </summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragments> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FieldMap, Dictionary<string, bool>> _comparedFieldsAndFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string, string), bool> _comparedFragments = [];
    private int _budget = context.Options.MaxFieldComparisons;
    private bool _exhausted;

    public override IReadOnlyList<NodeKind> EnterKinds { get; } = [NodeKind.SelectionSet];

    public override bool Enter(AstNode node)
    {
        if (_exhausted)
        {
            return false;
        }

        var conflicts = new List<Conflict>();
        FindConflictsWithin(conflicts, Context.TypeInfo.ParentType, (SelectionSetNode)node);
        if (_exhausted)
        {
            Context.ReportError(
                $"The document has too many overlapping fields to validate (more than {Context.Options.MaxFieldComparisons} comparisons).",
                node);
            return false;
        }

        foreach (var conflict in conflicts)
        {
            Context.ReportError(
                $"Fields \"{conflict.Reason.ResponseName}\" conflict because {conflict.Reason.Describe()}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return true;
    }

    private void FindConflictsWithin(List<Conflict> conflicts, Types.NamedType? parentType, SelectionSetNode selectionSet)
    {
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);
        CollectConflictsWithin(conflicts, fieldMap);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts, bool mutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        if (!Spend() || WasCompared(fieldMap, fragmentName, mutuallyExclusive))
        {
            return;
        }

        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fieldMap2, referenced) = GetReferencedFieldsAndFragmentNames(fragment);
        if (ReferenceEquals(fieldMap, fieldMap2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap, fieldMap2);
        foreach (var name in referenced)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, fieldMap, name);
        }
    }

    private void CollectConflictsBetweenFragments(
        List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (!Spend() || fragmentName1 == fragmentName2 || WasCompared(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, fieldMap1, fieldMap2);
        foreach (var name in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, name);
        }

        foreach (var name in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, name, fragmentName2);
        }
    }

    /// <summary>Takes one unit of work from the budget; false once it is exhausted.</summary>
    private bool Spend()
    {
        if (_exhausted || --_budget < 0)
        {
            _exhausted = true;
            return false;
        }

        return true;
    }

    // graphql-js's OrderedPairSet: a pair first compared as not mutually exclusive also covers the exclusive case.
    private bool WasCompared(FieldMap fieldMap, string fragmentName, bool mutuallyExclusive)
    {
        if (!_comparedFieldsAndFragments.TryGetValue(fieldMap, out var names))
        {
            _comparedFieldsAndFragments[fieldMap] = names = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        if (names.TryGetValue(fragmentName, out var stored) && (mutuallyExclusive || stored == mutuallyExclusive))
        {
            return true;
        }

        names[fragmentName] = mutuallyExclusive;
        return false;
    }

    private bool WasCompared(string a, string b, bool mutuallyExclusive)
    {
        var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (_comparedFragments.TryGetValue(key, out var stored) && (mutuallyExclusive || stored == mutuallyExclusive))
        {
            return true;
        }

        _comparedFragments[key] = mutuallyExclusive;
        return false;
    }
}
