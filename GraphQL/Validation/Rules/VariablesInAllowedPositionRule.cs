using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.5: a variable is used only where its type is allowed: the same type or a stricter one, a nullable variable
/// in a non-null position only when a non-null default exists on either side.
/// </summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] LeaveOn = [NodeKind.OperationDefinition];

    private static readonly NodeKind[] EnterOn = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];

    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override IReadOnlyList<NodeKind> LeaveKinds => LeaveOn;

    public override bool Enter(AstNode node)
    {
        if (node is VariableDefinitionNode definition)
        {
            _definitions[definition.Variable.Name.Value] = definition;
        }
        else
        {
            _definitions.Clear();
        }

        return true;
    }

    public override void Leave(AstNode node)
    {
        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages((OperationDefinitionNode)node))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
            {
                continue;
            }

            var variableType = TypeInfo.FromAst(schema, definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
            {
                Context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType parent && InputObjects.IsOneOf(parent) && variableType is not NonNullType)
            {
                Context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parent}\".",
                    definition, usage.Node);
            }
        }
    }

    private static bool IsAllowed(
        Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNull && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            return (hasNonNullVariableDefault || locationHasDefault)
                && TypeRelations.IsSubTypeOf(schema, variableType, nonNull.OfType);
        }

        return TypeRelations.IsSubTypeOf(schema, variableType, locationType);
    }
}
