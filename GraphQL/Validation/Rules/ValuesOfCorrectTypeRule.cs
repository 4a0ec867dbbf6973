using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.1: literal values (arguments, variable defaults) fit the input type expected where they appear: scalars and
/// enums through their literal parsers, input objects field by field, oneOf input objects with exactly one field.
/// </summary>
internal sealed partial class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn =
    [
        NodeKind.ListValue, NodeKind.ObjectValue,
        NodeKind.ObjectField, NodeKind.NullValue, NodeKind.EnumValue, NodeKind.IntValue, NodeKind.FloatValue,
        NodeKind.StringValue, NodeKind.BooleanValue,
    ];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        switch (node)
        {
            case ListValueNode list:
                // Type information already stepped into the item type; the list's own type is the parent.
                if (Context.TypeInfo.ParentInputType?.StripNonNull() is not ListType)
                {
                    CheckLeaf(list);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                return EnterObject(obj);
            case ObjectFieldNode field:
                CheckObjectField(field);
                return true;
            case NullValueNode:
                if (Context.TypeInfo.InputType is NonNullType nonNull)
                {
                    Context.ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                }

                return true;
            default:
                CheckLeaf((ValueNode)node);
                return true;
        }
    }

    private void CheckObjectField(ObjectFieldNode field)
    {
        if (Context.TypeInfo.InputType is null && Context.TypeInfo.ParentInputType?.Unwrap() is InputObjectType parent)
        {
            var names = new List<string>(parent.Fields.Count);
            foreach (var definition in parent.Fields)
            {
                names.Add(definition.Name);
            }

            var name = field.Name.Value;
            Context.ReportError($"Field \"{name}\" is not defined by type \"{parent.Name}\"." + Context.DidYouMean(name, names), field);
        }
    }

    // graphql-js's GraphQLEnumType.parseLiteral messages, with suggestions unless hidden; no exception needed.
    private void CheckEnum(EnumType type, ValueNode node)
    {
        if (node is EnumValueNode value && type.GetValue(value.Value) is not null)
        {
            return;
        }

        var printed = Printer.Print(node);
        var names = new List<string>(type.Values.Count);
        foreach (var definition in type.Values)
        {
            names.Add(definition.Name);
        }

        var message = node is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{type.Name}\" enum."
            : $"Enum \"{type.Name}\" cannot represent non-enum value: {printed}.";
        Context.ReportError(message + Context.DidYouMean(printed, names, "the enum value"), node);
    }

    private void CheckLeaf(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.Unwrap();
        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    scalar.ParseLiteral(node);
                    return;
                case EnumType enumType:
                    CheckEnum(enumType, node);
                    return;
                default:
                    Context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                    return;
            }
        }
        catch (CoercionException error)
        {
            // The literal parsers' own messages, as graphql-js reports a GraphQLError thrown by parseLiteral.
            Context.ReportError(error.Message, node);
        }
#pragma warning disable CA1031 // a custom scalar's parser may throw anything; it is a validation error, not a crash
        catch (Exception error)
#pragma warning restore CA1031
        {
            Context.ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}", node);
        }
    }
}
