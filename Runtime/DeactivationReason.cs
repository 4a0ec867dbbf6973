namespace Sipas.Runtime;

/// <summary>The reason passed to <see cref="Grain.OnDeactivateAsync"/> (Orleans' <c>DeactivationReason</c>).</summary>
/// <param name="ReasonCode">The reason code.</param>
/// <param name="Description">A human-readable description.</param>
/// <param name="Exception">The failure that caused it, if any.</param>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description, Exception? Exception = null)
{
    /// <inheritdoc />
    public override string ToString() => Exception is null ? $"{ReasonCode}: {Description}" : $"{ReasonCode}: {Description} ({Exception.Message})";
}
