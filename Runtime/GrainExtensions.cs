namespace Sipas.Runtime;

/// <summary>Identity helpers for grains and grain references (Orleans' <c>GrainExtensions</c>).</summary>
public static class GrainExtensions
{
    /// <summary>Returns the string key of a grain or of a grain reference.</summary>
    /// <param name="grain">A grain instance (inside the grain: <c>this.GetPrimaryKeyString()</c>) or a reference.</param>
    /// <returns>The key.</returns>
    public static string GetPrimaryKeyString(this IAddressable grain) => grain.GetGrainId().Key;

    /// <summary>Returns the identity of a grain or of a grain reference.</summary>
    /// <param name="grain">A grain instance or a reference.</param>
    /// <returns>The grain identity.</returns>
    public static GrainId GetGrainId(this IAddressable grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        return grain switch
        {
            Grain g => g.GrainId,
            GrainReference r => r.GrainId,
            _ => throw new ArgumentException($"{grain.GetType()} is neither a grain nor a grain reference.", nameof(grain)),
        };
    }
}
