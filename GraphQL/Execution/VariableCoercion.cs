using System.Text;
using System.Text.Json;
using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>CoerceVariableValues (spec 6.4.1) from JSON, with graphql-js messages.</summary>
internal static class VariableCoercion
{
    public static IReadOnlyDictionary<string, object?> Coerce(Schema schema, OperationDefinitionNode operation, JsonElement? inputs, List<GraphQLError> errors)
    {
        var result = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type));
                continue;
            }

            JsonElement value = default;
            var provided = inputs is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out value);
            if (!provided)
            {
                if (definition.DefaultValue is not null)
                {
                    result[name] = ValueCoercion.CoerceLiteral(definition.DefaultValue, type, null);
                }
                else if (type is NonNullType)
                {
                    errors.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
                }

                continue;
            }

            if (value.ValueKind == JsonValueKind.Null && type is NonNullType)
            {
                errors.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
                continue;
            }

            result[name] = CoerceInput(value, type, [], (path, invalid, message) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalid)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{PrintPath(path)}\"";
                }

                errors.Add(new GraphQLError(prefix + "; " + message, definition));
            });
        }

        return result;
    }

    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode n => TypeFromAst(schema, n.Type) is { } inner ? new NonNullType(inner) : null,
        ListTypeNode l => TypeFromAst(schema, l.Type) is { } inner ? new ListType(inner) : null,
        NamedTypeNode n => schema.GetType(n.Name.Value),
        _ => null,
    };

    private static string PrintPath(List<object> path)
    {
        var sb = new StringBuilder();
        foreach (var key in path)
        {
            sb.Append(key is int i ? $"[{i}]" : $".{key}");
        }

        return sb.ToString();
    }

    /// <summary>CoerceInputValue (graphql-js <c>coerceInputValue</c>).</summary>
    private static object? CoerceInput(JsonElement value, GraphQLType type, List<object> path, Action<List<object>, JsonElement, string> onError)
    {
        if (type is NonNullType nonNull)
        {
            if (value.ValueKind != JsonValueKind.Null)
            {
                return CoerceInput(value, nonNull.OfType, path, onError);
            }

            onError(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list when value.ValueKind == JsonValueKind.Array:
                var items = new object?[value.GetArrayLength()];
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    path.Add(index);
                    items[index++] = CoerceInput(item, list.OfType, path, onError);
                    path.RemoveAt(path.Count - 1);
                }

                return items;
            case ListType list:
                return new[] { CoerceInput(value, list.OfType, path, onError) };
            case InputObjectType input:
                return CoerceObject(value, input, path, onError);
            default:
                return CoerceLeaf(value, type, path, onError);
        }
    }

    private static object? CoerceLeaf(JsonElement value, GraphQLType type, List<object> path, Action<List<object>, JsonElement, string> onError)
    {
        try
        {
            return type switch
            {
                EnumType e => e.ParseValue(value),
                ScalarType s => s.ParseValue(value),
                _ => null,
            };
        }
        catch (CoercionException ex)
        {
            onError([.. path], value, ex.Message);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            onError([.. path], value, $"Expected type \"{type.GetNamedType().Name}\". {ex.Message}");
        }

        return null;
    }

    private static Dictionary<string, object?>? CoerceObject(JsonElement value, InputObjectType input, List<object> path, Action<List<object>, JsonElement, string> onError)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            onError([.. path], value, $"Expected type \"{input.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!value.TryGetProperty(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = CoerceInput(fieldValue, field.Type, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var property in value.EnumerateObject())
        {
            if (input.GetField(property.Name) is null)
            {
                var suggestions = Suggestions.List(property.Name, input.Fields.Select(f => f.Name));
                onError([.. path], value, $"Field \"{property.Name}\" is not defined by type \"{input.Name}\"." + Suggestions.DidYouMean(suggestions));
            }
        }

        if (input.IsOneOf)
        {
            if (result.Count != 1)
            {
                onError([.. path], value, $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
            }

            // Like graphql-js: the first key is checked even when there are several.
            if (result.Count > 0 && result.First() is { Value: null } first)
            {
                onError([.. path, first.Key], value.TryGetProperty(first.Key, out var given) ? given : default, $"Field \"{first.Key}\" must be non-null.");
            }
        }

        return result;
    }
}
