namespace Sipas.Runtime.Tests.Grains;

public sealed class LifecycleGrain(LifecycleProbe probe) : Grain, ILifecycleGrain
{
    private int _pings;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record("activate:" + this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public Task<int> Ping() => Task.FromResult(++_pings);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task KeepFor(TimeSpan time)
    {
        DelayDeactivation(time);
        return Task.CompletedTask;
    }

    public Task<int> Fail(string message) => throw new InvalidOperationException(message);
}
