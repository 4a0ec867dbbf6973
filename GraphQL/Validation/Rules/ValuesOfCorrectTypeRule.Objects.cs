using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;
using Sipas.GraphQL.Validation.Internal;

namespace Sipas.GraphQL.Validation.Rules;

/// <summary>Input object literals: required fields present, oneOf objects with exactly one non-null field.</summary>
internal sealed partial class ValuesOfCorrectTypeRule
{
    private bool EnterObject(ObjectValueNode node)
    {
        if (Context.TypeInfo.InputType?.Unwrap() is not InputObjectType type)
        {
            CheckLeaf(node);
            return false;
        }

        foreach (var definition in type.Fields)
        {
            if (definition.IsRequired && Find(node, definition.Name) is null)
            {
                Context.ReportError(
                    $"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
            }
        }

        if (InputObjects.IsOneOf(type))
        {
            CheckOneOf(node, type);
        }

        return true;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        ObjectFieldNode? last = null;
        foreach (var field in node.Fields)
        {
            names.Add(field.Name.Value);
            last = field;
        }

        if (names.Count != 1 || last is null)
        {
            Context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        // A nullable variable here is VariablesInAllowedPosition's concern (graphql-js 16.15).
        if (last.Value is NullValueNode)
        {
            Context.ReportError($"Field \"{type.Name}.{last.Name.Value}\" must be non-null.", node);
        }
    }

    private static ObjectFieldNode? Find(ObjectValueNode node, string name)
    {
        ObjectFieldNode? found = null;
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == name)
            {
                // keyMap keeps the last field of a name.
                found = field;
            }
        }

        return found;
    }
}
