using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.8.4: every variable an operation defines is used by it (through its fragments too).</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] LeaveOn = [NodeKind.OperationDefinition];

    private static readonly NodeKind[] EnterOn = [NodeKind.OperationDefinition, NodeKind.VariableDefinition];

    private readonly List<VariableDefinitionNode> _definitions = [];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override IReadOnlyList<NodeKind> LeaveKinds => LeaveOn;

    public override bool Enter(AstNode node)
    {
        if (node is VariableDefinitionNode definition)
        {
            _definitions.Add(definition);
        }
        else
        {
            _definitions.Clear();
        }

        return true;
    }

    public override void Leave(AstNode node)
    {
        var operation = (OperationDefinitionNode)node;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in _definitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                var message = operation.Name is { } operationName
                    ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                    : $"Variable \"${name}\" is never used.";
                Context.ReportError(message, definition);
            }
        }
    }
}
