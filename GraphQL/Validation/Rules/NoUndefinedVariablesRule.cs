using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.8.3: every variable used by an operation (through its fragments too) is defined by it.</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] LeaveOn = [NodeKind.OperationDefinition];

    private static readonly NodeKind[] EnterOn = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];

    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override IReadOnlyList<NodeKind> LeaveKinds => LeaveOn;

    public override bool Enter(AstNode node)
    {
        if (node is VariableDefinitionNode definition)
        {
            _defined.Add(definition.Variable.Name.Value);
        }
        else
        {
            _defined.Clear();
        }

        return true;
    }

    public override void Leave(AstNode node)
    {
        var operation = (OperationDefinitionNode)node;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!_defined.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is not defined.";
                Context.ReportError(message, usage.Node, operation);
            }
        }
    }
}
