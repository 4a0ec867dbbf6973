namespace Sipas.Runtime.Tests.Grains;

[KeepAlive]
public sealed class KeepAliveGrain(LifecycleProbe probe) : Grain, IKeepAliveGrain
{
    private int _pings;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public Task<int> Ping() => Task.FromResult(++_pings);
}
