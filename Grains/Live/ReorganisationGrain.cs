using Sipas.Grains.Contracts;
using Sipas.Runtime;

namespace Sipas.Grains.Live;

/// <summary>Keeps the applied reorganisations; <see cref="LiveReorganiser"/> writes, recovery reads.</summary>
public sealed class ReorganisationGrain(
    [PersistentState("reorganisations", LiveSiloExtensions.StorageName)] IPersistentState<ReorganisationState> state)
    : Grain, IReorganisationGrain
{
    public Task<IReadOnlyList<ReorganisationRecord>> GetApplied() =>
        Task.FromResult<IReadOnlyList<ReorganisationRecord>>([.. state.State.Applied]);

    public async Task Append(IReadOnlyList<ReorganisationRecord> operations)
    {
        state.State.Applied.AddRange(operations);
        await state.WriteStateAsync();
    }
}
