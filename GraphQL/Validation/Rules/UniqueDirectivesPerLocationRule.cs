using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.7.3: a non-repeatable directive appears at most once per location.</summary>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn =
    [
        NodeKind.OperationDefinition, NodeKind.VariableDefinition, NodeKind.Field, NodeKind.FragmentSpread,
        NodeKind.InlineFragment, NodeKind.FragmentDefinition,
    ];

    private readonly Dictionary<string, DirectiveNode> _seen = new(StringComparer.Ordinal);

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var directives = node switch
        {
            ExecutableDefinitionNode definition => definition.Directives,
            SelectionNode selection => selection.Directives,
            VariableDefinitionNode variable => variable.Directives,
            _ => [],
        };
        if (directives.Count < 2)
        {
            return true;
        }

        _seen.Clear();
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (Context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (_seen.TryGetValue(name, out var first))
            {
                Context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                _seen[name] = directive;
            }
        }

        return true;
    }
}
