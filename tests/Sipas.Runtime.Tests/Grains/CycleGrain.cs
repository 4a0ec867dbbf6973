namespace Sipas.Runtime.Tests.Grains;

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> Ping(string other) => GrainFactory.GetGrain<ICycleGrain>(other).PingBack(this.GetPrimaryKeyString());

    public Task<string> PingBack(string origin) => GrainFactory.GetGrain<ICycleGrain>(origin).Pong();

    public Task<string> Pong() => Task.FromResult("pong");
}
