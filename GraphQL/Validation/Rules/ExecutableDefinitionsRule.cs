using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.1.1: a document for execution holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Document];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        foreach (var definition in ((DocumentNode)node).Definitions)
        {
            if (definition is TypeSystemDefinitionNode typeSystem)
            {
                var name = typeSystem.Name is { } typeName ? "\"" + typeName.Value + "\"" : "schema";
                Context.ReportError($"The {name} definition is not executable.", definition);
            }
        }

        return false;
    }
}
