using System.Runtime.CompilerServices;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>
/// Argument value equality as graphql-js 16.15 decides it: same kinds and values (block strings differ from quoted
/// ones), input object fields compared in name order. Simple literals compare without printing.
/// </summary>
internal static class ValueKeys
{
    public static bool SameValue(ValueNode a, ValueNode b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        return (a, b) switch
        {
            (VariableNode x, VariableNode y) => x.Name.Value == y.Name.Value,
            (IntValueNode x, IntValueNode y) => x.Value == y.Value,
            (FloatValueNode x, FloatValueNode y) => x.Value == y.Value,
            (StringValueNode x, StringValueNode y) => x.Value == y.Value && x.Block == y.Block,
            (BooleanValueNode x, BooleanValueNode y) => x.Value == y.Value,
            (EnumValueNode x, EnumValueNode y) => x.Value == y.Value,
            (NullValueNode, NullValueNode) => true,
            _ => Printer.Print(Sorted(a)) == Printer.Print(Sorted(b)),
        };
    }

    private static ValueNode Sorted(ValueNode value)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>(obj.Fields.Count);
                foreach (var field in obj.Fields)
                {
                    fields.Add(new ObjectFieldNode(field.Name, Sorted(field.Value), field.Location));
                }

                // A stable sort, as JavaScript's Array.prototype.sort is.
                var sorted = fields.OrderBy(static f => f.Name.Value, StringComparer.Ordinal).ToList();
                return new ObjectValueNode(sorted, obj.Location);
            case ListValueNode list:
                var items = new List<ValueNode>(list.Values.Count);
                foreach (var item in list.Values)
                {
                    items.Add(Sorted(item));
                }

                return new ListValueNode(items, list.Location);
            default:
                return value;
        }
    }
}
