namespace Sipas.GraphQL.Types;

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeBuilder : ComplexTypeBuilder
{
    internal InterfaceTypeBuilder(string name)
        : base(name)
    {
    }

    internal TypeResolver? Resolver { get; private set; }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    public InterfaceTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Declares implemented interfaces.</summary>
    /// <param name="interfaces">Interface names.</param>
    public InterfaceTypeBuilder Implements(params string[] interfaces)
    {
        InterfaceNames.AddRange(interfaces);
        return this;
    }

    /// <summary>Names the object type of a resolved value (otherwise the object types' <c>IsTypeOf</c> decide).</summary>
    /// <param name="resolveType">The resolver.</param>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolveType)
    {
        Resolver = resolveType;
        return this;
    }

    /// <summary>Adds a field configured by a callback.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">Its type in SDL notation.</param>
    /// <param name="configure">Configures arguments and description.</param>
    public InterfaceTypeBuilder Field(string name, string type, Action<FieldBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Field(name, type));
        return this;
    }
}
