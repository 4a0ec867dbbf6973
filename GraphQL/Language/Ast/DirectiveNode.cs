namespace Sipas.GraphQL.Language.Ast;

/// <summary>A directive: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode : AstNode
{
    /// <summary>Creates the node.</summary>
    /// <param name="name">The directive name.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="location">Where the node is in its source.</param>
    public DirectiveNode(NameNode name, IReadOnlyList<ArgumentNode> arguments, Location location)
        : base(location)
    {
        Name = name;
        Arguments = arguments;
    }

    /// <summary>The directive name.</summary>
    public NameNode Name { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    /// <inheritdoc/>
    public override NodeKind Kind => NodeKind.Directive;
}
