using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>Input positions (arguments, list items, object fields) and schema look-ups.</summary>
internal sealed partial class TypeInfo
{
    /// <summary>The schema type a type reference names, or null when a named type is unknown.</summary>
    public static GraphQLType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    private void EnterInput(AstNode node)
    {
        switch (node)
        {
            case ArgumentNode argument:
                var owner = Directive is { } directive ? directive.GetArgument(argument.Name.Value) : FieldDef?.GetArgument(argument.Name.Value);
                Argument = owner;
                _defaultValueStack.Add(owner?.HasDefaultValue ?? false);
                _inputTypeStack.Add(owner?.Type is { } argumentType && argumentType.IsInput() ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.StripNonNull();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is { } && itemType.IsInput() ? itemType : null);
                break;
            case ObjectFieldNode field:
                var inputField = InputType?.Unwrap() is InputObjectType inputObject ? inputObject.GetField(field.Name.Value) : null;
                _defaultValueStack.Add(inputField?.HasDefaultValue ?? false);
                _inputTypeStack.Add(inputField?.Type is { } fieldType && fieldType.IsInput() ? fieldType : null);
                break;
            default:
                break;
        }
    }
}
