using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Fragment and variable-usage caches shared by the rules.</summary>
internal sealed partial class ValidationContext
{
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referenced = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<FragmentDefinitionNode>> _referencedBySet = new(StringComparer.Ordinal);
    private readonly Dictionary<List<FragmentDefinitionNode>, List<VariableUsage>> _fragmentUsages = new(ReferenceEqualityComparer.Instance);
    private int _remainingFragmentWork = 50_000;
    private ValidationWalker? _usageWalker;

    /// <summary>The fragment spreads under a selection set, not following spreads (graphql-js's stack order).</summary>
    public List<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode node)
    {
        if (_spreads.TryGetValue(node, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(node);
        while (toVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        toVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        toVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[node] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation reaches through spreads, each once (graphql-js 16.15's order).</summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!_referenced.TryGetValue(operation, out var fragments))
        {
            _referenced[operation] = fragments = GetRecursivelyReferencedFragments([operation]);
        }

        return fragments;
    }

    /// <summary>
    /// The fragments reached from the spreads of <paramref name="operations"/>, breadth first from the spread names in
    /// first-seen order; cached by the set of starting names, as graphql-js does.
    /// </summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var collected = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    collected.Add(spread.Name.Value);
                }
            }
        }

        var key = SetKey(collected);
        if (_referencedBySet.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(collected.Count);
        for (var i = 0; i < collected.Count; i++)
        {
            if (GetFragment(collected[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    collected.Add(spread.Name.Value);
                }
            }
        }

        _referencedBySet[key] = fragments;
        return fragments;
    }

    /// <summary>Charges fragment analysis work; past graphql-js's budget (50,000) validation is aborted.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    // graphql-js's SetMap: the same names in any order share one entry.
    private static string SetKey(List<string> names)
    {
        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join('\u0000', sorted);
    }

    public bool HasVariableUsages(ExecutableDefinitionNode definition) => _usages.ContainsKey(definition);

    public void SetVariableUsages(ExecutableDefinitionNode definition, List<VariableUsage> usages) =>
        _usages[definition] = usages;

    /// <summary>The variables used by an operation and every fragment it reaches, in graphql-js's order.</summary>
    public List<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        if (!_fragmentUsages.TryGetValue(fragments, out var fragmentUsages))
        {
            SpendFragmentWork(fragments.Count);
            fragmentUsages = [];
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            _fragmentUsages[fragments] = fragmentUsages;
        }

        SpendFragmentWork(fragmentUsages.Count);
        usages = [.. GetVariableUsages(operation), .. fragmentUsages];
        _recursiveUsages[operation] = usages;
        return usages;
    }

    private List<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_usages.TryGetValue(definition, out var usages))
        {
            return usages;
        }

        // Not walked yet (a fragment defined after the operation): walk it alone, collecting usages only. Such
        // walks never nest, so one rule-less walker serves them all.
        var walker = _usageWalker ??= new ValidationWalker(this, new TypeInfo(Schema), [], ValidationRules.None);
        switch (definition)
        {
            case OperationDefinitionNode operation:
                walker.WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                walker.WalkFragment(fragment);
                break;
        }

        return _usages.GetValueOrDefault(definition) ?? [];
    }
}
