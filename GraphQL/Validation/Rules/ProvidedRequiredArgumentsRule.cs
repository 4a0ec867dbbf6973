using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.4.2.1: required arguments (non-null, no default) are provided. Checked on leave, as graphql-js does.</summary>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] LeaveOn = [NodeKind.Field, NodeKind.Directive];

    public override IReadOnlyList<NodeKind> EnterKinds => [];

    public override IReadOnlyList<NodeKind> LeaveKinds => LeaveOn;

    public override void Leave(AstNode node)
    {
        if (node is FieldNode field)
        {
            if (Context.TypeInfo.FieldDef is { } fieldDef)
            {
                foreach (var argument in fieldDef.Arguments)
                {
                    if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                    {
                        Context.ReportError(
                            $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                            node);
                    }
                }
            }

            return;
        }

        var directive = (DirectiveNode)node;
        if (Context.Schema.GetDirective(directive.Name.Value) is { } definition)
        {
            foreach (var argument in definition.Arguments)
            {
                if (argument.IsRequired && !IsProvided(directive.Arguments, argument.Name))
                {
                    Context.ReportError(
                        $"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                        node);
                }
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
