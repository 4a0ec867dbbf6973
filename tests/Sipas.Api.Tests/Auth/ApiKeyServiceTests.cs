using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sipas.Api.Auth;
using Sipas.Grains.Access;
using Sipas.Testing;

namespace Sipas.Api.Tests.Auth;

/// <summary>Keys on a real SQLite file; the same store runs on PostgreSQL in <see cref="PostgresApiKeyStoreTests"/>.</summary>
public class ApiKeyServiceTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"sipas-keys-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

    protected virtual DbDataSource CreateDataSource() => SqliteFactory.Instance.CreateDataSource($"Data Source={_file}");

    [Fact]
    public async Task Authenticate_CreatedKey_IsItsCaller()
    {
        var keys = await LoadedAsync();

        var created = await keys.CreateAsync(Role.Leader, "01", "Hà Nội leaders", "admin", CancellationToken.None);

        Assert.Equal(new Caller(created.Key.Id, "Hà Nội leaders", Role.Leader, "01"), keys.Authenticate(created.Secret));
        Assert.DoesNotContain(created.Secret, created.Key.Hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("sipas_")]
    [InlineData("sipas_0000000000000000_AAAA")]
    [InlineData("not-a-key")]
    public async Task Authenticate_MalformedOrUnknown_IsNull(string? token)
    {
        var keys = await LoadedAsync();

        Assert.Null(keys.Authenticate(token));
    }

    [Fact]
    public async Task Authenticate_RightIdWrongSecret_IsNull()
    {
        var keys = await LoadedAsync();
        var created = await keys.CreateAsync(Role.National, null, "ops", null, CancellationToken.None);

        var forged = created.Secret[..^4] + "AAAA";

        Assert.Null(keys.Authenticate(forged));
    }

    [Fact]
    public async Task RevokeAsync_Key_RefusedAtOnceAndAfterReload()
    {
        var keys = await LoadedAsync();
        var created = await keys.CreateAsync(Role.Collector, "01001", "kiosk", "admin", CancellationToken.None);

        Assert.True(await keys.RevokeAsync(created.Key.Id, CancellationToken.None));

        Assert.Null(keys.Authenticate(created.Secret));
        Assert.Null((await LoadedAsync()).Authenticate(created.Secret));
        Assert.False(await keys.RevokeAsync(created.Key.Id, CancellationToken.None));
    }

    [Fact]
    public async Task LoadAsync_AfterRestart_KeysStillWork()
    {
        var created = await (await LoadedAsync()).CreateAsync(Role.Agency, "01.STP", "Sở Tư pháp", "admin", CancellationToken.None);

        var reloaded = await LoadedAsync();

        Assert.Equal(Role.Agency, reloaded.Authenticate(created.Secret)?.Role);
        Assert.Equal(_clock.GetUtcNow(), reloaded.All.Single().CreatedAt);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
        GC.SuppressFinalize(this);
    }

    private async Task<ApiKeyService> LoadedAsync()
    {
        var keys = new ApiKeyService(new ApiKeyStore(CreateDataSource()), _clock);
        await keys.LoadAsync(CancellationToken.None);
        return keys;
    }
}
