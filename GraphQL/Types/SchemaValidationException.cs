namespace Sipas.GraphQL.Types;

/// <summary>The schema being built is invalid; <see cref="Errors"/> lists every problem (graphql-js wording).</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The problems.</param>
    public SchemaValidationException(IReadOnlyList<string> errors)
        : base("Invalid schema:\n" + string.Join('\n', errors ?? []))
    {
        Errors = errors ?? [];
    }

    /// <summary>Creates the exception.</summary>
    public SchemaValidationException()
        : this([])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public SchemaValidationException(string message)
        : base(message)
    {
        Errors = [message];
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SchemaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [message];
    }

    /// <summary>The problems found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
