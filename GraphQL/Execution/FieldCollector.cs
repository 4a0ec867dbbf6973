using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>CollectFields (spec 6.3.2): merges fields by response name, applies <c>@skip</c>/<c>@include</c> and fragments.</summary>
internal static class FieldCollector
{
    // Plans of operations without variables depend on nothing but the document, so they are kept with it.
    private static readonly ConditionalWeakTable<OperationDefinitionNode, Tuple<ObjectType, ObjectPlan>> StaticPlans = new();

    public static ObjectPlan CollectRoot(ExecutionContext context, ObjectType type)
    {
        var operation = context.Operation;
        if (operation.VariableDefinitions.Count > 0)
        {
            return Build(context, type, [operation.SelectionSet]);
        }

        var cached = StaticPlans.GetValue(operation, _ => Tuple.Create(type, Build(context, type, [operation.SelectionSet])));
        return ReferenceEquals(cached.Item1, type) ? cached.Item2 : Build(context, type, [operation.SelectionSet]);
    }

    public static ObjectPlan CollectSubfields(ExecutionContext context, ObjectType type, List<FieldNode> nodes)
    {
        var sets = new List<SelectionSetNode>(nodes.Count);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is not null)
            {
                sets.Add(node.SelectionSet);
            }
        }

        return Build(context, type, sets);
    }

    private static ObjectPlan Build(ExecutionContext context, ObjectType type, List<SelectionSetNode> sets)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        HashSet<string>? visited = null;
        foreach (var set in sets)
        {
            Collect(context, type, set, grouped, order, ref visited);
        }

        var keys = new List<string>(order.Count);
        var fields = new List<FieldPlan>(order.Count);
        foreach (var key in order)
        {
            var nodes = grouped[key];
            var definition = context.Schema.GetFieldDefinition(type, nodes[0].Name.Value);
            if (definition is null)
            {
                continue;
            }

            var plan = new FieldPlan(key, nodes, definition);
            ArgumentCoercion.Coerce(context, plan);
            keys.Add(key);
            fields.Add(plan);
        }

        return new ObjectPlan([.. keys], [.. fields]);
    }

    private static void Collect(
        ExecutionContext context, ObjectType type, SelectionSetNode set, Dictionary<string, List<FieldNode>> grouped, List<string> order,
        ref HashSet<string>? visited)
    {
        foreach (var selection in set.Selections)
        {
            if (!ShouldInclude(context, selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped[key] = list = [];
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when Matches(context, inline.TypeCondition, type):
                    Collect(context, type, inline.SelectionSet, grouped, order, ref visited);
                    break;
                case FragmentSpreadNode spread:
                    visited ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!visited.Add(spread.Name.Value) || context.GetFragment(spread.Name.Value) is not { } fragment
                        || !Matches(context, fragment.TypeCondition, type))
                    {
                        continue;
                    }

                    Collect(context, type, fragment.SelectionSet, grouped, order, ref visited);
                    break;
                default:
                    break;
            }
        }
    }

    private static bool Matches(ExecutionContext context, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null || condition.Name.Value == type.Name)
        {
            return true;
        }

        return context.Schema.GetType(condition.Name.Value) is { IsAbstractType: true } abstractType && context.Schema.IsSubType(abstractType, type);
    }

    private static bool ShouldInclude(ExecutionContext context, IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var value = IfArgument(context, directive);
            if ((name == "skip" && value) || (name == "include" && !value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IfArgument(ExecutionContext context, DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if")
            {
                continue;
            }

            return argument.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => context.Variables.TryGetValue(v.Name.Value, out var value) && value is true,
                _ => false,
            };
        }

        return false;
    }
}
