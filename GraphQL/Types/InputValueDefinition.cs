using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public sealed class InputValueDefinition
{
    internal InputValueDefinition(string name, string? description, string? deprecationReason, ValueNode? defaultValue = null)
    {
        Name = name;
        Description = description;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        Type = ScalarType.String;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, if any.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The default value as a literal, if there is one.</summary>
    public ValueNode? DefaultValue { get; internal set; }

    /// <summary>Whether a default value is defined.</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>The default value coerced to <see cref="Type"/> (set when the schema is built).</summary>
    public object? CoercedDefaultValue { get; internal set; }

    /// <summary>The deprecation reason, if deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether a value must be given: non-null and without default.</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;
}
