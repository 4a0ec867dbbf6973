using Sipas.GraphQL.Language;
using Sipas.GraphQL.Language.Ast;

namespace Sipas.GraphQL;

/// <summary>An error in a response (spec 7.1.2): message, locations, path and extensions, serialised in that order.</summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error.</summary>
    /// <param name="message">The message.</param>
    /// <param name="locations">Where in the document, if anywhere.</param>
    /// <param name="path">The response path of the field, for field errors.</param>
    /// <param name="extensions">Extra entries, e.g. <c>code</c>.</param>
    public GraphQLError(string message, IReadOnlyList<SourceLocation>? locations = null, IReadOnlyList<object>? path = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
        Locations = locations is { Count: > 0 } ? locations : null;
        Path = path;
        Extensions = extensions;
    }

    /// <summary>Creates an error located at AST nodes (graphql-js <c>new GraphQLError(message, { nodes })</c>).</summary>
    /// <param name="message">The message.</param>
    /// <param name="nodes">The nodes; their start positions become the locations.</param>
    /// <param name="path">The response path, for field errors.</param>
    /// <param name="extensions">Extra entries.</param>
    public GraphQLError(string message, IEnumerable<AstNode?>? nodes, IReadOnlyList<object>? path = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : this(message, nodes?.Where(n => n is not null).Select(n => n!.Location.StartLocation).ToList(), path, extensions)
    {
    }

    /// <summary>Creates an error located at one AST node.</summary>
    /// <param name="message">The message.</param>
    /// <param name="node">The node.</param>
    public GraphQLError(string message, AstNode node)
        : this(message, node is null ? null : new[] { node.Location.StartLocation })
    {
    }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>Where in the document (1-based line and column), or null.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (strings and ints), or null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Extra entries, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>Creates a copy with extensions.</summary>
    /// <param name="extensions">The extensions.</param>
    public GraphQLError WithExtensions(IReadOnlyDictionary<string, object?> extensions) => new(Message, Locations, Path, extensions);

    /// <inheritdoc/>
    public override string ToString() => Locations is { Count: > 0 } l ? $"{Message} ({l[0].Line}:{l[0].Column})" : Message;
}
