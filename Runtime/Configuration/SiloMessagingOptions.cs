namespace Sipas.Runtime.Configuration;

/// <summary>Call options (Orleans' <c>SiloMessagingOptions</c> / <c>MessagingOptions</c>).</summary>
public sealed class SiloMessagingOptions
{
    /// <summary>
    /// How long a caller waits for a response before it gets a <see cref="TimeoutException"/>. Default 30 seconds.
    /// A method's <see cref="ResponseTimeoutAttribute"/> overrides it.
    /// </summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often pending calls are checked for their deadline; a timeout fires up to this much late. Default 1 second.
    /// </summary>
    public TimeSpan ResponseTimeoutCheckInterval { get; set; } = TimeSpan.FromSeconds(1);
}
