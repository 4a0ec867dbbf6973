using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.7.1 / 5.7.2: directives are defined by the schema and used in one of their locations.</summary>
internal sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Directive];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var name = ((DirectiveNode)node).Name.Value;
        if (Context.Schema.GetDirective(name) is not { } directive)
        {
            Context.ReportError($"Unknown directive \"@{name}\".", node);
            return true;
        }

        if (LocationOf(Context.DirectiveOwner) is { } location && !Contains(directive.Locations, location))
        {
            Context.ReportError($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node);
        }

        return true;
    }

    private static DirectiveLocation? LocationOf(AstNode? owner) => owner switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };

    private static bool Contains(IReadOnlyList<DirectiveLocation> locations, DirectiveLocation location)
    {
        foreach (var item in locations)
        {
            if (item == location)
            {
                return true;
            }
        }

        return false;
    }
}
