using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>CoerceArgumentValues (spec 6.4.1) with graphql-js messages; a failure becomes the field's error.</summary>
internal static class ArgumentCoercion
{
    public static void Coerce(ExecutionContext context, FieldPlan plan)
    {
        var definitions = plan.Definition.Arguments;
        if (definitions.Count == 0)
        {
            return;
        }

        var node = plan.Nodes[0];
        var result = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var (error, at) = CoerceOne(context, definition, node, result);
            if (error is not null)
            {
                plan.ArgumentError = new GraphQLError(error, [(at ?? node).Location.StartLocation]);
                return;
            }
        }

        plan.Arguments = result;
    }

    /// <summary>Coerces one argument; on failure returns the message and the node graphql-js locates it at.</summary>
    private static (string? Error, AstNode? At) CoerceOne(ExecutionContext context, InputValueDefinition definition, FieldNode field, Dictionary<string, object?> result)
    {
        var argument = Find(field, definition.Name);
        if (argument is null)
        {
            return UseDefault(definition, result)
                ? default
                : ($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was not provided.", field);
        }

        var valueNode = argument.Value;
        var isNull = valueNode is NullValueNode;
        if (valueNode is VariableNode variable)
        {
            if (!context.Variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return UseDefault(definition, result)
                    ? default
                    : ($"Argument \"{definition.Name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.", valueNode);
            }

            isNull = variableValue is null;
        }

        if (isNull && definition.Type is NonNullType)
        {
            return ($"Argument \"{definition.Name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
        }

        try
        {
            var value = ValueCoercion.CoerceLiteral(valueNode, definition.Type, context.Variables);
            if (value == ValueCoercion.Missing)
            {
                return ($"Argument \"{definition.Name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            result[definition.Name] = value;
            return default;
        }
        catch (CoercionException)
        {
            return ($"Argument \"{definition.Name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
        }
    }

    private static bool UseDefault(InputValueDefinition definition, Dictionary<string, object?> result)
    {
        if (definition.HasDefaultValue)
        {
            result[definition.Name] = definition.CoercedDefaultValue;
            return true;
        }

        return definition.Type is not NonNullType;
    }

    private static ArgumentNode? Find(FieldNode field, string name)
    {
        foreach (var argument in field.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument;
            }
        }

        return null;
    }
}
