using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.5.2.3: a fragment is spread only where its type can overlap the parent type.</summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.InlineFragment, NodeKind.FragmentSpread];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var parentType = Context.TypeInfo.ParentType;
        if (node is InlineFragmentNode)
        {
            if (Context.TypeInfo.Type is NamedType { Kind: TypeKind.Object or TypeKind.Interface or TypeKind.Union } fragmentType
                && parentType is { Kind: TypeKind.Object or TypeKind.Interface or TypeKind.Union }
                && !TypeRelations.Overlap(Context.Schema, fragmentType, parentType))
            {
                Context.ReportError(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", node);
            }

            return true;
        }

        var name = ((FragmentSpreadNode)node).Name.Value;
        if (FragmentType(name) is { } spreadType && parentType is not null
            && !TypeRelations.Overlap(Context.Schema, spreadType, parentType))
        {
            Context.ReportError(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{spreadType}\".", node);
        }

        return true;
    }

    private NamedType? FragmentType(string name) =>
        Context.GetFragment(name) is { } fragment
            && TypeInfo.FromAst(Context.Schema, fragment.TypeCondition) is NamedType { Kind: TypeKind.Object or TypeKind.Interface or TypeKind.Union } type
            ? type
            : null;
}
