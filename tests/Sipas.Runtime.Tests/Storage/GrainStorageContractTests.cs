using System.Text.Json;
using Sipas.Runtime.Storage;
using Sipas.Runtime.Tests.Grains;

namespace Sipas.Runtime.Tests.Storage;

/// <summary>The behaviour every grain storage provider must share; one subclass per provider.</summary>
public abstract class GrainStorageContractTests : IAsyncLifetime
{
    private const string StateName = "counter";

    private IGrainStorage? _storage;

    protected static IGrainStorageSerializer Serializer { get; } =
        new JsonGrainStorageSerializer(new JsonSerializerOptions { TypeInfoResolver = TestStateJsonContext.Default });

    protected IGrainStorage Storage => _storage ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync() => _storage = await CreateStorageAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadStateAsync_MissingRecord_HasNoEtagAndDoesNotExist()
    {
        var state = new TestGrainState<CounterState> { State = new CounterState { Value = 9 } };

        await Storage.ReadStateAsync(StateName, NewGrain(), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal(0, state.State.Value);
    }

    [Fact]
    public async Task WriteStateAsync_ThenRead_RoundTripsWithANewEtag()
    {
        var grain = NewGrain();
        var written = new TestGrainState<CounterState> { State = new CounterState { Value = 42, Payload = "héllo" } };

        await Storage.WriteStateAsync(StateName, grain, written);
        var firstEtag = written.ETag;
        await Storage.WriteStateAsync(StateName, grain, written);
        var read = new TestGrainState<CounterState>();
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.NotNull(firstEtag);
        Assert.NotEqual(firstEtag, written.ETag);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
        Assert.Equal(written.State, read.State);
    }

    [Fact]
    public async Task WriteStateAsync_StaleEtag_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        var first = new TestGrainState<CounterState>();
        await Storage.WriteStateAsync(StateName, grain, first);
        var stale = new TestGrainState<CounterState> { ETag = first.ETag };
        await Storage.WriteStateAsync(StateName, grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync(StateName, grain, stale));
    }

    [Fact]
    public async Task WriteStateAsync_NoEtagButRecordExists_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        await Storage.WriteStateAsync(StateName, grain, new TestGrainState<CounterState>());

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            Storage.WriteStateAsync(StateName, grain, new TestGrainState<CounterState>()));
    }

    [Fact]
    public async Task WriteStateAsync_ConcurrentWritersWithTheSameEtag_ExactlyOneWins()
    {
        var grain = NewGrain();
        var seed = new TestGrainState<CounterState>();
        await Storage.WriteStateAsync(StateName, grain, seed);
        var writers = Enumerable.Range(1, 8)
            .Select(i => new TestGrainState<CounterState> { ETag = seed.ETag, State = new CounterState { Value = i } })
            .ToArray();

        var outcomes = await Task.WhenAll(writers.Select(async w =>
        {
            try
            {
                await Storage.WriteStateAsync(StateName, grain, w);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));
        var read = new TestGrainState<CounterState>();
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal(1, outcomes.Count(o => o));
        Assert.Equal(writers[Array.IndexOf(outcomes, true)].State.Value, read.State.Value);
    }

    [Fact]
    public async Task ClearStateAsync_ExistingRecord_RemovesPayloadAndKeepsVersioning()
    {
        var grain = NewGrain();
        var state = new TestGrainState<CounterState> { State = new CounterState { Value = 5 } };
        await Storage.WriteStateAsync(StateName, grain, state);
        var beforeClear = state.ETag;

        await Storage.ClearStateAsync(StateName, grain, state);
        var read = new TestGrainState<CounterState>();
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.False(state.RecordExists);
        Assert.False(read.RecordExists);
        Assert.Equal(0, read.State.Value);
        Assert.Equal(state.ETag, read.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            Storage.WriteStateAsync(StateName, grain, new TestGrainState<CounterState> { ETag = beforeClear }));
        await Storage.WriteStateAsync(StateName, grain, state);
        Assert.True(state.RecordExists);
    }

    [Fact]
    public async Task ClearStateAsync_StaleEtag_ThrowsInconsistentState()
    {
        var grain = NewGrain();
        var state = new TestGrainState<CounterState>();
        await Storage.WriteStateAsync(StateName, grain, state);
        var stale = new TestGrainState<CounterState> { ETag = state.ETag };
        await Storage.WriteStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync(StateName, grain, stale));
    }

    [Fact]
    public async Task WriteStateAsync_FiveMegabytePayload_RoundTrips()
    {
        var grain = NewGrain();
        var large = new string('x', 5 * 1024 * 1024);
        var state = new TestGrainState<CounterState> { State = new CounterState { Value = 1, Payload = large } };

        await Storage.WriteStateAsync(StateName, grain, state);
        var read = new TestGrainState<CounterState>();
        await Storage.ReadStateAsync(StateName, grain, read);

        Assert.Equal(large.Length, read.State.Payload.Length);
        Assert.Equal(large, read.State.Payload);
    }

    [Fact]
    public async Task WriteStateAsync_DifferentStateNamesAndGrains_AreIndependent()
    {
        var grain = NewGrain();
        var other = NewGrain();
        await Storage.WriteStateAsync(StateName, grain, new TestGrainState<CounterState> { State = new CounterState { Value = 1 } });

        var sameGrainOtherState = new TestGrainState<CounterState>();
        var otherGrain = new TestGrainState<CounterState>();
        await Storage.ReadStateAsync("other", grain, sameGrainOtherState);
        await Storage.ReadStateAsync(StateName, other, otherGrain);

        Assert.False(sameGrainOtherState.RecordExists);
        Assert.False(otherGrain.RecordExists);
    }

    protected abstract Task<IGrainStorage> CreateStorageAsync();

    private static GrainId NewGrain() => new("contract", Guid.NewGuid().ToString("N"));
}
