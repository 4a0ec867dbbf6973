using Sipas.Runtime.Storage;

namespace Sipas.Runtime.Tests.Storage;

public sealed class MemoryGrainStorageTests : GrainStorageContractTests
{
    protected override Task<IGrainStorage> CreateStorageAsync() =>
        Task.FromResult<IGrainStorage>(new MemoryGrainStorage("memory", Serializer));
}
