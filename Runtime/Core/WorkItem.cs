namespace Sipas.Runtime.Core;

/// <summary>A continuation or lifecycle step queued on an activation.</summary>
internal readonly record struct WorkItem(SendOrPostCallback Callback, object? State)
{
    public void Invoke() => Callback(State);
}
