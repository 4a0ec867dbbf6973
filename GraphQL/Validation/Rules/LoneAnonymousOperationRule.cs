using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.2.2.1: an anonymous operation must be the only operation of its document.</summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Document, NodeKind.OperationDefinition];

    private int _operationCount;

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinitionNode)
                    {
                        _operationCount++;
                    }
                }

                break;
            case OperationDefinitionNode { Name: null } when _operationCount > 1:
                Context.ReportError("This anonymous operation must be the only defined operation.", node);
                break;
        }

        return true;
    }
}
