using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Fragment and variable-usage caches shared by the rules.</summary>
internal sealed partial class ValidationContext
{
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referenced = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);

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

    /// <summary>Every fragment an operation reaches through spreads, each once.</summary>
    public List<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referenced.TryGetValue(operation, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (collected.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _referenced[operation] = fragments;
        return fragments;
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

        usages = [.. GetVariableUsages(operation)];
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveUsages[operation] = usages;
        return usages;
    }

    private List<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_usages.TryGetValue(definition, out var usages))
        {
            return usages;
        }

        // Not walked yet (a fragment defined after the operation): walk it alone, collecting usages only.
        var walker = new ValidationWalker(this, new TypeInfo(Schema), []);
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
