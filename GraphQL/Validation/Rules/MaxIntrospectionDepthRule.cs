using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js's recommended rule: under <c>__schema</c> or <c>__type</c>, the introspection lists (<c>fields</c>,
/// <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c>) nest fewer than 3 deep, fragments followed.
/// Stops the classic introspection amplification attack.
/// </summary>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Field];

    private const int MaxListsDepth = 3;

    // Per fragment: the smallest entry depth at which a check completed, or at which it exceeded the limit.
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is not ("__schema" or "__type"))
        {
            return true;
        }

        if (Exceeds(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            Context.ReportError("Maximum introspection depth exceeded", node);
            return false;
        }

        return true;
    }

    private bool Exceeds(SelectionNode node, Dictionary<string, int> visited, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case FragmentSpreadNode spread:
                return SpreadExceeds(spread.Name.Value, visited, depth);
            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                {
                    return true;
                }

                return field.SelectionSet is { } set && ChildrenExceed(set, visited, depth);
            case InlineFragmentNode inline:
                return ChildrenExceed(inline.SelectionSet, visited, depth);
            default:
                return false;
        }
    }

    private bool SpreadExceeds(string name, Dictionary<string, int> visited, int depth)
    {
        if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
        {
            return true;
        }

        // At equal or shallower entry depths a revisit cannot go deeper: skip it (this also breaks cycles).
        if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
            || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
        {
            return false;
        }

        if (Context.GetFragment(name) is not { } fragment)
        {
            return false;
        }

        visited[name] = depth;
        if (ChildrenExceed(fragment.SelectionSet, visited, depth))
        {
            _exceeded[name] = depth;
            return true;
        }

        _checked[name] = depth;
        return false;
    }

    private bool ChildrenExceed(SelectionSetNode set, Dictionary<string, int> visited, int depth)
    {
        foreach (var child in set.Selections)
        {
            if (Exceeds(child, visited, depth))
            {
                return true;
            }
        }

        return false;
    }
}
