using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL.Types;

/// <summary>A directive definition: built-in (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>) or custom.</summary>
public sealed class DirectiveDefinition
{
    /// <summary>Creates a directive definition.</summary>
    /// <param name="name">The name, without <c>@</c>.</param>
    /// <param name="locations">Where it may appear.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="description">The description.</param>
    /// <param name="isRepeatable">Whether it may appear more than once at one location.</param>
    /// <param name="deprecationReason">Deprecates the directive.</param>
    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations, IReadOnlyList<InputValueDefinition>? arguments = null, string? description = null, bool isRepeatable = false, string? deprecationReason = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations;
        Arguments = arguments ?? [];
        Description = description;
        IsRepeatable = isRepeatable;
        DeprecationReason = deprecationReason;
    }

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [Argument("if", ScalarType.Boolean, nonNull: true, "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [Argument("if", ScalarType.Boolean, nonNull: true, "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
        [Argument(
            "reason",
            ScalarType.String,
            nonNull: false,
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            new StringValueNode(Deprecation.DefaultReason, false, default))],
        "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [Argument("url", ScalarType.String, nonNull: true, "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary><c>@oneOf</c> (graphql-js 16.9+ lists it among the specified directives).</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        [],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>The specified directives, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> Specified { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, if any.</summary>
    public string? Description { get; }

    /// <summary>Where it may appear.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>Its arguments.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    /// <summary>Whether it may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The deprecation reason, if deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether it is one of the specified directives.</summary>
    public bool IsSpecified => ReferenceEquals(this, Include) || ReferenceEquals(this, Skip) || ReferenceEquals(this, Deprecated)
        || ReferenceEquals(this, SpecifiedBy) || ReferenceEquals(this, OneOf);

    /// <summary>Finds an argument by name.</summary>
    /// <param name="name">The name.</param>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Creates an argument for a custom directive.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="type">Its input type (nullable).</param>
    /// <param name="nonNull">Whether to wrap it in non-null.</param>
    /// <param name="description">The description.</param>
    /// <param name="defaultValue">The default value literal.</param>
    public static InputValueDefinition Argument(string name, GraphQLType type, bool nonNull = false, string? description = null, ValueNode? defaultValue = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var argument = new InputValueDefinition(name, description, null, defaultValue)
        {
            Type = nonNull ? new NonNullType(type) : type,
        };
        if (defaultValue is not null && type is ScalarType scalar)
        {
            argument.CoercedDefaultValue = scalar.ParseLiteral(defaultValue);
        }

        return argument;
    }
}
