namespace Sipas.GraphQL.Execution;

/// <summary>Internal signal: a non-null list item failed and its error is already recorded.</summary>
internal sealed class NullPropagationException : Exception
{
    public NullPropagationException()
        : base("A non-null list item was null.")
    {
    }

    public NullPropagationException(string message)
        : base(message)
    {
    }

    public NullPropagationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
