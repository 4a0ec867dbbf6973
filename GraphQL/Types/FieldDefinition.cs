using Sipas.GraphQL.Execution;

namespace Sipas.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    internal FieldDefinition(string name, string? description, string? deprecationReason, IReadOnlyList<InputValueDefinition> arguments)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        Arguments = arguments;
        Type = ScalarType.String;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, if any.</summary>
    public string? Description { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; }

    /// <summary>The deprecation reason, if deprecated.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether it is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver; null means the default resolver (a property or dictionary entry of the parent).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For subscription root fields: creates the source stream.</summary>
    public SubscribeResolver? Subscriber { get; internal set; }

    /// <summary>The static cost of the field when it is a list (overrides the executor's list multiplier).</summary>
    public int? ListCostMultiplier { get; internal set; }

    /// <summary>Finds an argument by name.</summary>
    /// <param name="name">The argument name.</param>
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
}
