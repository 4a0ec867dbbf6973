namespace Sipas.Api.Live;

/// <summary>Whether the silo has recovered and accepts responses (<c>/healthz</c> and ingestion ask it).</summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public Task WhenReady => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();
}
