namespace Sipas.GraphQL.Language.Ast;

/// <summary>A variable definition: <c>$name: Type = default</c>.</summary>
public sealed class VariableDefinitionNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="variable">The variable.</param>
    /// <param name="type">The declared type.</param>
    /// <param name="defaultValue">The default value, if any.</param>
    /// <param name="directives">The directives.</param>
    /// <param name="location">Where the node is in its source.</param>
    public VariableDefinitionNode(VariableNode variable, TypeNode type, ValueNode? defaultValue, IReadOnlyList<DirectiveNode> directives, Location location)
        : base(location)
    {
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = directives;
    }

    /// <summary>The variable.</summary>
    public VariableNode Variable { get; }

    /// <summary>The declared type.</summary>
    public TypeNode Type { get; }

    /// <summary>The default value, if any.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>The directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The description (graphql-js 16.15 accepts descriptions on executable definitions), if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.VariableDefinition;
}
