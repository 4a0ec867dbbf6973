namespace Sipas.GraphQL.Types;

/// <summary>A value cannot be coerced to or from a type; the message reads like graphql-js.</summary>
public sealed class CoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CoercionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, e.g. <c>Int cannot represent non-integer value: "a"</c>.</param>
    public CoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
