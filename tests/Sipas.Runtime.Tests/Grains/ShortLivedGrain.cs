namespace Sipas.Runtime.Tests.Grains;

[CollectionAgeLimit(Minutes = 2)]
public sealed class ShortLivedGrain(LifecycleProbe probe) : Grain, IShortLivedGrain
{
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate:{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        return Task.CompletedTask;
    }

    public Task<int> Ping() => Task.FromResult(1);
}
