using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.8.2: variables are of input types (scalars, enums, input objects and wrappers of them).</summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.VariableDefinition];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var definition = (VariableDefinitionNode)node;
        if (TypeInfo.FromAst(Context.Schema, definition.Type) is { } variableType && !variableType.IsInput())
        {
            Context.ReportError(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                definition.Type);
        }

        return true;
    }
}
