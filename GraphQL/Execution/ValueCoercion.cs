using System.Globalization;
using System.Reflection;
using Sipas.GraphQL.Language.Ast;
using Sipas.GraphQL.Types;

namespace Sipas.GraphQL.Execution;

/// <summary>
/// Input coercion of literals (spec 5.6 / graphql-js <c>valueFromAST</c>) and the reverse (<c>astFromValue</c>).
/// Coerced lists are <c>object?[]</c>, input objects <c>Dictionary&lt;string, object?&gt;</c>.
/// </summary>
internal static partial class ValueCoercion
{
    /// <summary>Marks a variable that has no runtime value (graphql-js <c>undefined</c>).</summary>
    internal static readonly object Missing = new();

    /// <summary>Coerces a literal; throws <see cref="CoercionException"/> when it is invalid. May return <see cref="Missing"/>.</summary>
    public static object? CoerceLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var value))
            {
                return Missing;
            }

            return value is null && type is NonNullType ? throw new CoercionException("Expected non-null value.") : value;
        }

        switch (type)
        {
            case NonNullType nonNull:
                return node is NullValueNode ? throw new CoercionException("Expected non-null value.") : CoerceLiteral(node, nonNull.OfType, variables);
            case var _ when node is NullValueNode:
                return null;
            case ListType list:
                return CoerceListLiteral(node, list, variables);
            case InputObjectType input:
                return CoerceObjectLiteral(node, input, variables);
            case EnumType enumType:
                return enumType.ParseLiteral(node);
            case ScalarType scalar:
                return scalar.ParseLiteral(node);
            default:
                throw new CoercionException($"Expected an input type, got {type}.");
        }
    }

    private static object?[] CoerceListLiteral(ValueNode node, ListType list, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ListValueNode items)
        {
            var single = CoerceLiteral(node, list.OfType, variables);
            return single == Missing ? throw new CoercionException("Missing variable.") : [single];
        }

        var result = new object?[items.Values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var item = CoerceLiteral(items.Values[i], list.OfType, variables);
            if (item == Missing)
            {
                item = list.OfType is NonNullType ? throw new CoercionException("Missing variable.") : null;
            }

            result[i] = item;
        }

        return result;
    }

    private static Dictionary<string, object?> CoerceObjectLiteral(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode obj)
        {
            throw new CoercionException($"Expected type \"{input.Name}\" to be an object.");
        }

        var result = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            var given = FindField(obj, field.Name);
            var value = given is null ? Missing : CoerceLiteral(given.Value, field.Type, variables);
            if (value == Missing)
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    throw new CoercionException($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            result[field.Name] = value;
        }

        if (input.IsOneOf && (result.Count != 1 || result.Values.Any(v => v is null)))
        {
            throw new CoercionException($"Exactly one key must be specified for OneOf type \"{input.Name}\".");
        }

        return result;
    }

    private static ObjectFieldNode? FindField(ObjectValueNode obj, string name)
    {
        foreach (var field in obj.Fields)
        {
            if (field.Name.Value == name)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>Converts a CLR value to a literal of a type (graphql-js <c>astFromValue</c>), for default values.</summary>
    public static ValueNode AstFromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            return AstFromValue(value, nonNull.OfType);
        }

        if (value is null)
        {
            return new NullValueNode(default);
        }

        switch (type)
        {
            case ListType list when value is System.Collections.IEnumerable items and not string:
                return new ListValueNode(items.Cast<object?>().Select(i => AstFromValue(i, list.OfType)).ToList(), default);
            case ListType list:
                return AstFromValue(value, list.OfType);
            case InputObjectType input:
                return ObjectAst(value, input);
            case EnumType enumType:
                return new EnumValueNode(value is string s && enumType.GetValue(s) is not null ? s : enumType.Serialize(value), default);
            case ScalarType scalar:
                return ScalarAst(scalar.Serialize(value), scalar);
            default:
                throw new CoercionException($"Cannot convert value to AST: {Inspector.Inspect(value)}.");
        }
    }

    private static ObjectValueNode ObjectAst(object value, InputObjectType input)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in input.Fields)
        {
            if (TryGetMember(value, field.Name, out var fieldValue))
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name, default), AstFromValue(fieldValue, field.Type), default));
            }
        }

        return new ObjectValueNode(fields, default);
    }

    private static ValueNode ScalarAst(object? serialized, ScalarType scalar) => serialized switch
    {
        null => new NullValueNode(default),
        bool b => new BooleanValueNode(b, default),
        int or long or short or byte => new IntValueNode(Convert.ToString(serialized, CultureInfo.InvariantCulture)!, default),
        double d when Math.Floor(d) == d && Math.Abs(d) < 1e21 => new IntValueNode(Inspector.FormatNumber(d), default),
        double d => new FloatValueNode(Inspector.FormatNumber(d), default),
        string s when ReferenceEquals(scalar, ScalarType.ID) && IsIntegerString(s) => new IntValueNode(s, default),
        string s => new StringValueNode(s, false, default),
        _ => throw new CoercionException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}."),
    };

    private static bool IsIntegerString(string s) =>
        s.Length > 0 && (s == "0" || (s[0] != '0' && s.TrimStart('-').Length > 0 && s.TrimStart('-')[0] != '0'
            && s.AsSpan(s[0] == '-' ? 1 : 0).IndexOfAnyExceptInRange('0', '9') < 0));

    /// <summary>Reads a member of a dictionary or a plain object (case-insensitive property match).</summary>
    internal static bool TryGetMember(object value, string name, out object? member)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out member);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out member);
            default:
                var property = value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                member = property?.GetValue(value);
                return property is not null;
        }
    }
}
