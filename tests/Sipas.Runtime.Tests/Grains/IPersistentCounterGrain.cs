namespace Sipas.Runtime.Tests.Grains;

public interface IPersistentCounterGrain : IGrainWithStringKey
{
    /// <summary>Increments in memory only; the state is written on deactivation.</summary>
    Task<int> Increment();

    Task Save();

    Task<(int Value, string? Etag, bool Exists)> Read();

    Task Clear();

    /// <summary>Deactivates after this call, taking a while to flush.</summary>
    Task DeactivateSlowly();
}
