using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.4.1: arguments are defined by their field or directive.</summary>
internal sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Directive, NodeKind.Argument];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        if (node is DirectiveNode directive)
        {
            CheckDirective(directive);

            // Directive arguments are checked here; the field rule below must not see them.
            return false;
        }

        var typeInfo = Context.TypeInfo;
        if (typeInfo.Argument is null && typeInfo.FieldDef is { } fieldDef && typeInfo.ParentType is { } parentType)
        {
            var name = ((ArgumentNode)node).Name.Value;
            Context.ReportError(
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean(name, fieldDef.Arguments),
                node);
        }

        return true;
    }

    private void CheckDirective(DirectiveNode directive)
    {
        if (directive.Arguments.Count == 0 || Context.Schema.GetDirective(directive.Name.Value) is not { } definition)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var name = argument.Name.Value;
            if (definition.GetArgument(name) is null)
            {
                Context.ReportError(
                    $"Unknown argument \"{name}\" on directive \"@{definition.Name}\"." + DidYouMean(name, definition.Arguments),
                    argument);
            }
        }
    }

    private string DidYouMean(string name, IReadOnlyList<InputValueDefinition> arguments)
    {
        if (Context.Options.HideSuggestions)
        {
            return string.Empty;
        }

        var names = new List<string>(arguments.Count);
        foreach (var argument in arguments)
        {
            names.Add(argument.Name);
        }

        return Suggestions.DidYouMean(Suggestions.List(name, names));
    }
}
