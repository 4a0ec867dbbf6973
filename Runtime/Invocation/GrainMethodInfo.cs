namespace Sipas.Runtime.Invocation;

/// <summary>Static description of one grain interface method, one instance per generated request type.</summary>
/// <param name="interfaceName">The interface's full name.</param>
/// <param name="methodName">The method's name.</param>
/// <param name="options">Scheduling options from the method's attributes.</param>
/// <param name="responseTimeout">The method's <see cref="ResponseTimeoutAttribute"/>, if any.</param>
public sealed class GrainMethodInfo(string interfaceName, string methodName, GrainMethodOptions options, TimeSpan? responseTimeout)
{
    /// <summary>The interface's full name.</summary>
    public string InterfaceName { get; } = interfaceName;

    /// <summary>The method's name.</summary>
    public string MethodName { get; } = methodName;

    /// <summary>Scheduling options.</summary>
    public GrainMethodOptions Options { get; } = options;

    /// <summary>The per-method response timeout, or null for the silo default.</summary>
    public TimeSpan? ResponseTimeout { get; } = responseTimeout;

    /// <summary>Whether the method is read-only.</summary>
    public bool IsReadOnly { get; } = (options & GrainMethodOptions.ReadOnly) != 0;

    /// <summary>Whether the method always interleaves.</summary>
    public bool IsAlwaysInterleave { get; } = (options & GrainMethodOptions.AlwaysInterleave) != 0;

    /// <summary>Whether the method is one-way.</summary>
    public bool IsOneWay { get; } = (options & GrainMethodOptions.OneWay) != 0;

    /// <inheritdoc />
    public override string ToString() => InterfaceName + "." + MethodName;
}
