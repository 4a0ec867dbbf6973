namespace Sipas.GraphQL.Types;

/// <summary>Configures an object or interface type: description, interfaces and fields.</summary>
public abstract class ComplexTypeBuilder
{
    private protected ComplexTypeBuilder(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal string? DescriptionText { get; private protected set; }

    internal List<string> InterfaceNames { get; } = [];

    internal List<FieldBuilder> Fields { get; } = [];

    /// <summary>Adds a field and returns its builder (which can add the next field).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">Its type in SDL notation, e.g. <c>Unit</c>, <c>[Unit!]!</c>.</param>
    public FieldBuilder Field(string name, string type)
    {
        var field = new FieldBuilder(this, name, type);
        Fields.Add(field);
        return field;
    }
}
