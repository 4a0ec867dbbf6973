namespace Sipas.GraphQL;

/// <summary>Thrown by a resolver to report a field error with a chosen message and extensions (e.g. <c>code</c>).</summary>
public sealed class GraphQLException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphQLException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message shown to the client.</param>
    public GraphQLException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message shown to the client.</param>
    /// <param name="innerException">The cause (not shown).</param>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a <c>code</c> extension.</summary>
    /// <param name="message">The message shown to the client.</param>
    /// <param name="code">The value of <c>extensions.code</c>.</param>
    public GraphQLException(string message, string code)
        : base(message)
    {
        Extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
    }

    /// <summary>Extensions to add to the error, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
