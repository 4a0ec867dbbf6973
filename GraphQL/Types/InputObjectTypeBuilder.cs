namespace Sipas.GraphQL.Types;

/// <summary>Configures an input object type.</summary>
public sealed class InputObjectTypeBuilder
{
    internal InputObjectTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<InputValueBuilder> Fields { get; } = [];

    internal bool IsOneOf { get; private set; }

    /// <summary>Makes it a OneOf input object (<c>@oneOf</c>): exactly one field, not null, must be given.</summary>
    public InputObjectTypeBuilder OneOf()
    {
        IsOneOf = true;
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    public InputObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an input field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">Its input type in SDL notation.</param>
    /// <param name="description">The description.</param>
    /// <param name="defaultValue">A default value (CLR value or <see cref="Language.Ast.ValueNode"/>).</param>
    /// <param name="deprecationReason">Deprecates the field (only allowed when it is optional).</param>
    public InputObjectTypeBuilder Field(string name, string type, string? description = null, object? defaultValue = null, string? deprecationReason = null)
    {
        Fields.Add(new InputValueBuilder(name, type, description, defaultValue, defaultValue is not null, deprecationReason));
        return this;
    }
}
