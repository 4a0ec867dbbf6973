using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.5.1.3: fragments condition on object, interface or union types.</summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.InlineFragment, NodeKind.FragmentDefinition];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                Context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                Context.ReportError(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition);
                break;
        }

        return true;
    }

    private bool IsNonComposite(NamedTypeNode condition) =>
        TypeInfo.FromAst(Context.Schema, condition) is { Kind: not (TypeKind.Object or TypeKind.Interface or TypeKind.Union) };
}
