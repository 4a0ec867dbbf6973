namespace Sipas.Runtime.Tests.Grains;

/// <summary>Fails its first activation.</summary>
public sealed class FragileGrain(LifecycleProbe probe) : Grain, IFragileGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        probe.Record("attempt:" + key);
        return probe.Count("attempt:" + key) == 1
            ? throw new InvalidOperationException("first activation fails")
            : Task.CompletedTask;
    }

    public Task<string> Hello() => Task.FromResult("hello");
}
