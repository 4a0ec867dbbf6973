namespace Sipas.GraphQL.Types;

/// <summary>Configures an enum type.</summary>
public sealed class EnumTypeBuilder
{
    internal EnumTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<EnumValueDefinition> Values { get; } = [];

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    public EnumTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value.</summary>
    /// <param name="name">The GraphQL name.</param>
    /// <param name="value">The CLR value (defaults to the name).</param>
    /// <param name="description">The description.</param>
    /// <param name="deprecationReason">Deprecates the value.</param>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Values.Add(new EnumValueDefinition(name, value ?? name, description, deprecationReason));
        return this;
    }
}
