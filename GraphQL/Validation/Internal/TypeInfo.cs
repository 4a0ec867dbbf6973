using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Validation.Internal;

/// <summary>
/// Tracks, during a walk, the output type, parent composite type, field, directive, argument and expected input
/// type at the current node (graphql-js's <c>TypeInfo</c>). Unknown names leave null entries, never throw.
/// </summary>
internal sealed partial class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current argument, object field, list item or variable.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/> (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>True when the current argument or input field has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public VariableUsage UsageOf(VariableNode node) => new(node, InputType, HasDefaultValue, ParentInputType);

    public void Enter(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.Unwrap() is { Kind: TypeKind.Object or TypeKind.Interface or TypeKind.Union } composite ? composite : null);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? Schema.GetFieldDefinition(parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var conditionType = inline.TypeCondition is { } condition ? FromAst(Schema, condition) : Type?.Unwrap();
                _typeStack.Add(conditionType is { Kind: not TypeKind.InputObject } ? conditionType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = FromAst(Schema, fragment.TypeCondition);
                _typeStack.Add(fragmentType is { Kind: not TypeKind.InputObject } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = FromAst(Schema, variable.Type);
                _inputTypeStack.Add(variableType is { } && variableType.IsInput() ? variableType : null);
                break;
            default:
                EnterInput(node);
                break;
        }
    }

    public void Leave(AstNode node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition or NodeKind.InlineFragment or NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue or NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            default:
                break;
        }
    }

    private static T? Top<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
