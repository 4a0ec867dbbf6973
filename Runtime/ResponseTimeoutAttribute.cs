using System.Globalization;

namespace Sipas.Runtime;

/// <summary>
/// Overrides the response timeout of one grain interface method (Orleans' <c>[ResponseTimeout("00:00:05")]</c>).
/// The generator reads it at compile time.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ResponseTimeoutAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="timeout">A <see cref="TimeSpan"/> in constant format, e.g. <c>"00:00:05"</c>.</param>
    public ResponseTimeoutAttribute(string timeout) => Timeout = TimeSpan.Parse(timeout, CultureInfo.InvariantCulture);

    /// <summary>The timeout.</summary>
    public TimeSpan Timeout { get; }
}
