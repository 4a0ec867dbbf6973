namespace Sipas.GraphQL.Types;

/// <summary>A value of an enum type.</summary>
/// <param name="name">The name, as written in documents and results.</param>
/// <param name="value">The CLR value resolvers return and arguments receive.</param>
/// <param name="description">The description.</param>
/// <param name="deprecationReason">The deprecation reason, if deprecated.</param>
public sealed class EnumValueDefinition(string name, object? value, string? description = null, string? deprecationReason = null)
{
    /// <summary>The name.</summary>
    public string Name { get; } = name;

    /// <summary>The CLR value.</summary>
    public object? Value { get; } = value;

    /// <summary>The description, if any.</summary>
    public string? Description { get; } = description;

    /// <summary>The deprecation reason, if deprecated.</summary>
    public string? DeprecationReason { get; } = deprecationReason;

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;
}
