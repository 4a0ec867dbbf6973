using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>5.3.3: leaf fields have no selection set; fields of composite types have a non-empty one.</summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly NodeKind[] EnterOn = [NodeKind.Field];

    public override IReadOnlyList<NodeKind> EnterKinds => EnterOn;

    public override bool Enter(AstNode node)
    {
        var field = (FieldNode)node;
        if (Context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var name = field.Name.Value;
        if (type.Unwrap().IsLeaf())
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Context.ReportError(
                    $"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Context.ReportError(
                $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Context.ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
