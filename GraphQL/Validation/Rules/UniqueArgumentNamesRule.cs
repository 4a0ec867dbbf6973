using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.4.2: argument names are unique per field or directive.</summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Field, NodeKind.Directive];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count < 2)
        {
            return true;
        }

        foreach (var (name, nodes) in NameGroups.Of(arguments, static a => a.Name))
        {
            if (nodes.Count > 1)
            {
                Context.ReportError($"There can be only one argument named \"{name}\".", nodes);
            }
        }

        return true;
    }
}
