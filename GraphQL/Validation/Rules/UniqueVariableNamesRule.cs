using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.8.1: variable names are unique within an operation.</summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.OperationDefinition];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var definitions = ((OperationDefinitionNode)node).VariableDefinitions;
        foreach (var (name, nodes) in NameGroups.Of(definitions, static d => d.Variable.Name))
        {
            if (nodes.Count > 1)
            {
                Context.ReportError($"There can be only one variable named \"${name}\".", nodes);
            }
        }

        return true;
    }
}
