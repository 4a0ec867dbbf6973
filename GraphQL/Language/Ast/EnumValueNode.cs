namespace Sipas.GraphQL.Language.Ast;

/// <summary>An enum value literal.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="value">The enum value name.</param>
    /// <param name="location">Where the node is in its source.</param>
    public EnumValueNode(string value, Location location)
        : base(location)
    {
        Value = value;
    }

    /// <summary>The enum value name.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.EnumValue;
}
