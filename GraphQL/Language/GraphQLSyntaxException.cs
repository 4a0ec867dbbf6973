namespace Sipas.GraphQL.Language;

/// <summary>A syntax error in a GraphQL document; the message reads like graphql-js: <c>Syntax Error: …</c>.</summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates a syntax error at a location.</summary>
    /// <param name="description">What is wrong, without the <c>Syntax Error: </c> prefix.</param>
    /// <param name="location">Where.</param>
    public GraphQLSyntaxException(string description, SourceLocation location)
        : base("Syntax Error: " + description)
    {
        Location = location;
    }

    internal GraphQLSyntaxException(string message, SourceLocation location, string limit)
        : base("Syntax Error: " + message)
    {
        Location = location;
        Limit = limit;
    }

    /// <summary>Creates an error with the default message (for serializers; prefer the other constructor).</summary>
    public GraphQLSyntaxException()
        : base("Syntax Error")
    {
    }

    /// <summary>Creates an error with a message and no location.</summary>
    /// <param name="message">The message.</param>
    public GraphQLSyntaxException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an error with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GraphQLSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether parsing stopped because the document holds more tokens than allowed.</summary>
    public bool IsTokenLimit => Limit == "tokens";

    /// <summary>The limit that stopped parsing (<c>tokens</c> or <c>nesting</c>), or null for a plain syntax error.</summary>
    public string? Limit { get; }

    /// <summary>Where the error is.</summary>
    public SourceLocation Location { get; }
}
