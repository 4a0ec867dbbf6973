namespace Sipas.Runtime.Tests.Grains;

public sealed class PersistentCounterGrain(
    [PersistentState("counter", "store")] IPersistentState<CounterState> counter,
    LifecycleProbe probe) : Grain, IPersistentCounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record($"loaded:{this.GetPrimaryKeyString()}:{counter.State.Value}");
        return Task.CompletedTask;
    }

    private bool _slow;

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_slow)
        {
            await Task.Delay(150, cancellationToken);
        }

        probe.Record($"deactivating:{this.GetPrimaryKeyString()}:{reason.ReasonCode}");
        await counter.WriteStateAsync(cancellationToken);
        probe.Record($"flushed:{this.GetPrimaryKeyString()}:{counter.State.Value}");
    }

    public Task<int> Increment()
    {
        counter.State = counter.State with { Value = counter.State.Value + 1 };
        return Task.FromResult(counter.State.Value);
    }

    public Task Save() => counter.WriteStateAsync();

    public Task<(int Value, string? Etag, bool Exists)> Read() => Task.FromResult((counter.State.Value, counter.Etag, counter.RecordExists));

    public Task Clear() => counter.ClearStateAsync();

    public Task DeactivateSlowly()
    {
        _slow = true;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
