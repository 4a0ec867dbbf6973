using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.3.1: a subscription selects exactly one root field, and not an introspection field. Root fields are
/// collected as execution would (fragments followed, literal <c>@skip</c>/<c>@include</c> honoured).
/// </summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.OperationDefinition];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } root)
        {
            return true;
        }

        var fields = new List<(string ResponseName, List<FieldNode> Nodes)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        Collect(root, operation.SelectionSet, fields, index, new HashSet<string>(StringComparer.Ordinal));
        var prefix = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (fields.Count > 1)
        {
            var extra = new List<AstNode>();
            for (var i = 1; i < fields.Count; i++)
            {
                extra.AddRange(fields[i].Nodes);
            }

            Context.ReportError(prefix + " must select only one top level field.", extra);
        }

        foreach (var (_, nodes) in fields)
        {
            if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Context.ReportError(prefix + " must not select an introspection top level field.", [.. nodes]);
            }
        }

        return true;
    }

    private void Collect(
        ObjectType root,
        SelectionSetNode set,
        List<(string ResponseName, List<FieldNode> Nodes)> fields,
        Dictionary<string, int> index,
        HashSet<string> visited)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in set.Selections)
        {
            if (!IsIncluded(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (index.TryGetValue(field.ResponseName, out var at))
                    {
                        fields[at].Nodes.Add(field);
                    }
                    else
                    {
                        index[field.ResponseName] = fields.Count;
                        fields.Add((field.ResponseName, [field]));
                    }

                    break;
                case InlineFragmentNode inline when Matches(inline.TypeCondition, root):
                    Collect(root, inline.SelectionSet, fields, index, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value):
                    if (Context.GetFragment(spread.Name.Value) is { } fragment && Matches(fragment.TypeCondition, root))
                    {
                        Collect(root, fragment.SelectionSet, fields, index, visited);
                    }

                    break;
            }
        }
    }

    private bool Matches(NamedTypeNode? condition, ObjectType root)
    {
        if (condition is null)
        {
            return true;
        }

        var type = Context.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(type, root) || (type is { Kind: TypeKind.Interface or TypeKind.Union } && Context.Schema.IsSubType(type, root));
    }

    // Without variable values only literal conditions can exclude a selection.
    private static bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.Count == 1 && directive.Arguments[0].Name.Value == "if"
                ? directive.Arguments[0].Value as BooleanValueNode
                : null;
            if (condition is not null && directive.Name.Value == (condition.Value ? "skip" : "include"))
            {
                return false;
            }
        }

        return true;
    }
}
