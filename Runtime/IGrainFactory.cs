namespace Sipas.Runtime;

/// <summary>Creates references to grains (Orleans' <c>IGrainFactory</c>).</summary>
public interface IGrainFactory
{
    /// <summary>
    /// Returns a reference to the grain with the given interface and key. References are cheap: no message is sent
    /// and nothing is activated until a method is called. Two references to the same grain are equal.
    /// </summary>
    /// <typeparam name="TGrainInterface">The grain interface.</typeparam>
    /// <param name="primaryKey">The grain's key.</param>
    /// <param name="grainClassNamePrefix">Selects an implementation when several classes implement the interface.</param>
    /// <returns>A reference to the grain.</returns>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey;
}
