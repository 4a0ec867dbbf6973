using Sipas.Runtime.Storage;

namespace Sipas.Runtime.Tests;

public sealed class TestGrainState<T> : IGrainState<T>
    where T : new()
{
    public T State { get; set; } = new();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
