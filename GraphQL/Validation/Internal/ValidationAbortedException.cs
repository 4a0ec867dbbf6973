namespace Sipas.GraphQL.Validation.Internal;

/// <summary>
/// Thrown when a work budget (fragment analysis, overlapping fields) runs out; validation stops and reports
/// graphql-js's "Validation aborted." error.
/// </summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
