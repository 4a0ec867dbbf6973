using Sipas.Runtime.Concurrency;

namespace Sipas.Runtime.Tests.Grains;

public interface IOneWayGrain : IGrainWithStringKey
{
    /// <summary>Sends <paramref name="count"/> numbered one-way messages to the receiver.</summary>
    Task SendMany(string receiver, int count);

    [OneWay]
    Task Receive(string sender, int sequence);

    [OneWay]
    ValueTask Explode();

    Task<int[]> Received(string sender);
}
