using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.5.2.1: every spread names a defined fragment.</summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.FragmentSpread];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var name = ((FragmentSpreadNode)node).Name;
        if (Context.GetFragment(name.Value) is null)
        {
            Context.ReportError($"Unknown fragment \"{name.Value}\".", name);
        }

        return true;
    }
}
