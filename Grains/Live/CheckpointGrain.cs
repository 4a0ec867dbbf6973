using Sipas.Grains.Contracts;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>Holds the checkpoint position; it only moves forward.</summary>
public sealed class CheckpointGrain(
    [PersistentState("checkpoint", LiveSiloExtensions.StorageName)] IPersistentState<CheckpointState> state) : Grain, ICheckpointGrain
{
    public Task<long> GetPosition() => Task.FromResult(state.State.Position);

    public async Task SetPosition(long position)
    {
        if (position > state.State.Position)
        {
            state.State.Position = position;
            await state.WriteStateAsync();
        }
    }
}
