using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.4.2.1: required arguments (non-null, no default) are provided. Checked on leave, as graphql-js does.</summary>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    public override IReadOnlyList<NodeKind> EnterKinds => [];

    public override IReadOnlyList<NodeKind> LeaveKinds { get; } = [NodeKind.Field, NodeKind.Directive];

    public override void Leave(AstNode node)
    {
        if (node is FieldNode field)
        {
            if (Context.TypeInfo.FieldDef is { } fieldDef)
            {
                foreach (var missing in Missing(fieldDef.Arguments, field.Arguments))
                {
                    Context.ReportError(
                        $"Field \"{fieldDef.Name}\" argument \"{missing.Name}\" of type \"{missing.Type}\" is required, but it was not provided.",
                        node);
                }
            }

            return;
        }

        var directive = (DirectiveNode)node;
        if (Context.Schema.GetDirective(directive.Name.Value) is { } definition)
        {
            foreach (var missing in Missing(definition.Arguments, directive.Arguments))
            {
                Context.ReportError(
                    $"Directive \"@{definition.Name}\" argument \"{missing.Name}\" of type \"{missing.Type}\" is required, but it was not provided.",
                    node);
            }
        }
    }

    private static IEnumerable<InputValueDefinition> Missing(
        IReadOnlyList<InputValueDefinition> definitions, IReadOnlyList<ArgumentNode> provided)
    {
        foreach (var definition in definitions)
        {
            if (definition.IsRequired && !IsProvided(provided, definition.Name))
            {
                yield return definition;
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> provided, string name)
    {
        foreach (var argument in provided)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
