using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.5.1.2 / 5.8.2: every named type (fragment condition, variable type) exists in the schema.</summary>
internal sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.NamedType];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var name = ((NamedTypeNode)node).Name.Value;
        if (Context.Schema.GetType(name) is null)
        {
            var names = new List<string>(Context.Schema.Types.Count);
            foreach (var type in Context.Schema.Types)
            {
                names.Add(type.Name);
            }

            Context.ReportError($"Unknown type \"{name}\"." + Context.DidYouMean(name, names), node);
        }

        return true;
    }
}
