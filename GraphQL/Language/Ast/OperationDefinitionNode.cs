namespace Sipas.GraphQL.Language.Ast;

/// <summary>An operation definition.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="operation">query, mutation or subscription.</param>
    /// <param name="name">The operation name, if any.</param>
    /// <param name="variableDefinitions">The variable definitions.</param>
    /// <param name="directives">The directives.</param>
    /// <param name="selectionSet">The selection set.</param>
    /// <param name="location">Where the node is in its source.</param>
    public OperationDefinitionNode(OperationType operation, NameNode? name, IReadOnlyList<VariableDefinitionNode> variableDefinitions, IReadOnlyList<DirectiveNode> directives, SelectionSetNode selectionSet, Location location)
        : base(name, directives, selectionSet, location)
    {
        Operation = operation;
        VariableDefinitions = variableDefinitions;
    }

    /// <summary>query, mutation or subscription.</summary>
    public OperationType Operation { get; }

    /// <summary>The variable definitions.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    /// <summary>The description (graphql-js 16.15 accepts descriptions on executable definitions), if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.OperationDefinition;
}
