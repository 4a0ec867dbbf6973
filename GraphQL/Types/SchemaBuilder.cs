namespace Sipas.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> code-first. Types refer to each other by name in SDL notation (<c>"[Unit!]!"</c>),
/// so definitions may come in any order; <see cref="Build"/> resolves the references and validates the type system.
/// </summary>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .Query("Query", q => q
///         .Field("unit", "Unit", f => f.Argument("code", "String!").Resolve(ctx => units.Find(ctx.Argument&lt;string&gt;("code")))))
///     .Object("Unit", t => t.Field("code", "String!").Field("name", "String!"))
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    private readonly List<object> _definitions = [];
    private readonly List<DirectiveDefinition> _directives = [];
    private string? _queryName;
    private string? _mutationName;
    private string? _subscriptionName;
    private string? _description;

    /// <summary>Sets the schema description.</summary>
    /// <param name="description">The description.</param>
    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Defines the query root type.</summary>
    /// <param name="name">Its name (usually <c>Query</c>).</param>
    /// <param name="configure">Adds its fields.</param>
    public SchemaBuilder Query(string name, Action<ObjectTypeBuilder> configure)
    {
        _queryName = name;
        return Object(name, configure);
    }

    /// <summary>Defines the mutation root type; its fields run one after another.</summary>
    /// <param name="name">Its name (usually <c>Mutation</c>).</param>
    /// <param name="configure">Adds its fields.</param>
    public SchemaBuilder Mutation(string name, Action<ObjectTypeBuilder> configure)
    {
        _mutationName = name;
        return Object(name, configure);
    }

    /// <summary>Defines the subscription root type; its fields use <see cref="FieldBuilder.Subscribe{T}"/>.</summary>
    /// <param name="name">Its name (usually <c>Subscription</c>).</param>
    /// <param name="configure">Adds its fields.</param>
    public SchemaBuilder Subscription(string name, Action<ObjectTypeBuilder> configure)
    {
        _subscriptionName = name;
        return Object(name, configure);
    }

    /// <summary>Defines an object type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds fields and interfaces.</param>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new ObjectTypeBuilder(name);
        configure(builder);
        _definitions.Add(builder);
        return this;
    }

    /// <summary>Defines an interface type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds fields and the type resolver.</param>
    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new InterfaceTypeBuilder(name);
        configure(builder);
        _definitions.Add(builder);
        return this;
    }

    /// <summary>Defines a union type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="members">The member object type names.</param>
    /// <param name="resolveType">Names the member type of a value (otherwise the members' <c>IsTypeOf</c> decide).</param>
    /// <param name="description">The description.</param>
    public SchemaBuilder Union(string name, IReadOnlyList<string> members, TypeResolver? resolveType = null, string? description = null)
    {
        _definitions.Add(new UnionDefinition(name, members, resolveType, description));
        return this;
    }

    /// <summary>Defines an enum type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds its values.</param>
    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new EnumTypeBuilder(name);
        configure(builder);
        _definitions.Add(builder);
        return this;
    }

    /// <summary>Defines an enum type from a C# enum: each member becomes a value named in SCREAMING_SNAKE_CASE.</summary>
    /// <typeparam name="TEnum">The C# enum.</typeparam>
    /// <param name="name">The type name (defaults to the C# name).</param>
    /// <param name="description">The description.</param>
    public SchemaBuilder Enum<TEnum>(string? name = null, string? description = null)
        where TEnum : struct, System.Enum
    {
        return Enum(name ?? typeof(TEnum).Name, e =>
        {
            if (description is not null)
            {
                e.Description(description);
            }

            foreach (var value in System.Enum.GetValues<TEnum>())
            {
                e.Value(ToScreamingSnake(value.ToString()), value);
            }
        });
    }

    /// <summary>Defines an input object type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds its fields.</param>
    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new InputObjectTypeBuilder(name);
        configure(builder);
        _definitions.Add(builder);
        return this;
    }

    /// <summary>Adds a custom scalar.</summary>
    /// <param name="scalar">The scalar.</param>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _definitions.Add(scalar);
        return this;
    }

    /// <summary>Adds a custom directive definition.</summary>
    /// <param name="directive">The directive.</param>
    public SchemaBuilder Directive(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _directives.Add(directive);
        return this;
    }

    internal IReadOnlyList<object> Definitions => _definitions;

    internal static string ToScreamingSnake(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    private sealed record UnionDefinition(string Name, IReadOnlyList<string> Members, TypeResolver? ResolveType, string? Description);
}
