namespace Sipas.GraphQL.Types;

/// <summary>Configures an object type.</summary>
public sealed class ObjectTypeBuilder : ComplexTypeBuilder
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal Func<object, bool>? IsTypeOfFunc { get; private set; }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    public ObjectTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Declares implemented interfaces.</summary>
    /// <param name="interfaces">Interface names.</param>
    public ObjectTypeBuilder Implements(params string[] interfaces)
    {
        InterfaceNames.AddRange(interfaces);
        return this;
    }

    /// <summary>Tells abstract type resolution which values are of this type.</summary>
    /// <param name="isTypeOf">The predicate.</param>
    public ObjectTypeBuilder IsTypeOf(Func<object, bool> isTypeOf)
    {
        IsTypeOfFunc = isTypeOf;
        return this;
    }

    /// <summary>Values of CLR type <typeparamref name="T"/> are of this type.</summary>
    /// <typeparam name="T">The CLR type.</typeparam>
    public ObjectTypeBuilder IsTypeOf<T>() => IsTypeOf(static value => value is T);

    /// <summary>Adds a field configured by a callback.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">Its type in SDL notation.</param>
    /// <param name="configure">Configures arguments, resolver, description.</param>
    public ObjectTypeBuilder Field(string name, string type, Action<FieldBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Field(name, type));
        return this;
    }
}
