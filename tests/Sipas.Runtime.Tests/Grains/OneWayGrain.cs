namespace Sipas.Runtime.Tests.Grains;

public sealed class OneWayGrain : Grain, IOneWayGrain
{
    private readonly Dictionary<string, List<int>> _received = [];

    public async Task SendMany(string receiver, int count)
    {
        var target = GrainFactory.GetGrain<IOneWayGrain>(receiver);
        for (var i = 0; i < count; i++)
        {
            await target.Receive(this.GetPrimaryKeyString(), i);
            if (i % 100 == 0)
            {
                await Task.Yield();
            }
        }
    }

    public async Task Receive(string sender, int sequence)
    {
        if (sequence % 7 == 0)
        {
            await Task.Yield();
        }

        if (!_received.TryGetValue(sender, out var list))
        {
            _received[sender] = list = [];
        }

        list.Add(sequence);
    }

    public ValueTask Explode() => throw new InvalidOperationException("one-way failure");

    public Task<int[]> Received(string sender) => Task.FromResult(_received.TryGetValue(sender, out var list) ? list.ToArray() : []);
}
