namespace Sipas.Runtime.Tests.Grains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="other"/>, which calls back: A → B → A.</summary>
    Task<string> Ping(string other);

    Task<string> PingBack(string origin);

    [ResponseTimeout("00:00:00.300")]
    Task<string> Pong();
}
