namespace Sipas.Runtime.Storage;

/// <summary>
/// A write or clear met a stored version other than the ETag it expected (Orleans' <c>InconsistentStateException</c>):
/// someone else wrote the state. The activation that got it is deactivated, so the next call reads fresh state.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InconsistentStateException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public InconsistentStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InconsistentStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with both versions.</summary>
    /// <param name="message">The message.</param>
    /// <param name="storedEtag">The version in storage, if known.</param>
    /// <param name="currentEtag">The version the writer expected.</param>
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base($"{message} Stored ETag: {storedEtag ?? "none"}; expected ETag: {currentEtag ?? "none"}.")
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>The version in storage, if known.</summary>
    public string? StoredEtag { get; }

    /// <summary>The version the writer expected.</summary>
    public string? CurrentEtag { get; }
}
