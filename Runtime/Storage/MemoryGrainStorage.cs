using System.Globalization;

namespace Sipas.Runtime.Storage;

/// <summary>
/// Grain storage in process memory (Orleans' <c>MemoryGrainStorage</c>), for tests and development. States are
/// stored serialized, so a grain never shares an object with storage; versions behave like the ADO.NET provider's.
/// </summary>
/// <param name="name">The provider's name.</param>
/// <param name="serializer">Serializes states.</param>
public sealed class MemoryGrainStorage(string name, IGrainStorageSerializer serializer) : IGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string State, GrainId Grain), (long Version, byte[]? Payload)> _records = [];

    /// <summary>The provider's name.</summary>
    public string Name { get; } = name;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        (long Version, byte[]? Payload) record;
        bool found;
        lock (_lock)
        {
            found = _records.TryGetValue((stateName, grainId), out record);
        }

        grainState.ETag = found ? Format(record.Version) : null;
        grainState.RecordExists = found && record.Payload is not null;
        grainState.State = grainState.RecordExists ? serializer.Deserialize<T>(record.Payload) : Core.PersistentState<T>.NewState();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = serializer.Serialize(grainState.State);
        var version = Swap(stateName, grainId, grainState.ETag, payload);
        grainState.ETag = Format(version);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (grainState.ETag is null && !Exists(stateName, grainId))
        {
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }

        var version = Swap(stateName, grainId, grainState.ETag, null);
        grainState.ETag = Format(version);
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private bool Exists(string stateName, GrainId grainId)
    {
        lock (_lock)
        {
            return _records.ContainsKey((stateName, grainId));
        }
    }

    private long Swap(string stateName, GrainId grainId, string? expected, byte[]? payload)
    {
        lock (_lock)
        {
            var found = _records.TryGetValue((stateName, grainId), out var record);
            var stored = found ? Format(record.Version) : null;
            if (stored != expected)
            {
                throw new InconsistentStateException($"Version conflict writing state '{stateName}' of {grainId} in '{Name}'.", stored, expected);
            }

            var version = found ? record.Version + 1 : 1;
            _records[(stateName, grainId)] = (version, payload);
            return version;
        }
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);
}
