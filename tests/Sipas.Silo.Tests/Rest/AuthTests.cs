using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Sipas.Api.Auth;
using Sipas.Api.Rest;
using Sipas.Grains.Access;

namespace Sipas.Silo.Tests.Rest;

/// <summary>REST behind API keys: the admin key on first start, 401 without a key, scope per role.</summary>
public sealed class AuthTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();

    public async Task InitializeAsync() => await _silo.ReadyClientAsync();

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void FirstStart_AdminKeyFile_OwnerOnlyAndNational()
    {
        var path = Path.Combine(_silo.DataDir, "admin.key");

        var mode = File.GetUnixFileMode(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.Equal(Role.National, _silo.Services.GetRequiredService<ApiKeyService>().Authenticate(_silo.AdminKey)?.Role);
    }

    [Theory]
    [InlineData("/api/v1/units")]
    [InlineData("/api/v1/units/01/score?window=all")]
    [InlineData("/api/v1/rankings?parent=VN")]
    [InlineData("/api/v1/questionnaires/sipas-2017")]
    public async Task Get_WithoutKey_401WithWhatToSend(string path)
    {
        using var client = await _silo.AnonymousReadyClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Authorization: Bearer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RevokedKey_401()
    {
        var keys = _silo.Services.GetRequiredService<ApiKeyService>();
        var created = await keys.CreateAsync(Role.National, null, "temp", null, CancellationToken.None);
        await keys.RevokeAsync(created.Key.Id, CancellationToken.None);
        using var client = await ClientAsync(created.Secret);

        using var response = await client.GetAsync(new Uri("/api/v1/units", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(Role.Leader, "01", "/api/v1/units/01001/score?window=all", HttpStatusCode.OK)]
    [InlineData(Role.Leader, "01", "/api/v1/units/79/score?window=all", HttpStatusCode.Forbidden)]
    [InlineData(Role.Leader, "01", "/api/v1/units/VN/score?window=all", HttpStatusCode.Forbidden)]
    [InlineData(Role.Leader, "01", "/api/v1/rankings?parent=01", HttpStatusCode.OK)]
    [InlineData(Role.Leader, "01", "/api/v1/rankings?parent=VN", HttpStatusCode.Forbidden)]
    [InlineData(Role.Agency, "01.STP", "/api/v1/units/01.STP/score?window=all", HttpStatusCode.OK)]
    [InlineData(Role.Agency, "01.STP", "/api/v1/units/01/score?window=all", HttpStatusCode.Forbidden)]
    [InlineData(Role.Collector, "01", "/api/v1/units/01001/score?window=all", HttpStatusCode.Forbidden)]
    [InlineData(Role.Collector, "01", "/api/v1/units?parent=01", HttpStatusCode.OK)]
    public async Task Get_ScopedKey_OnlyItsSubtreesNumbers(Role role, string unit, string path, HttpStatusCode expected)
    {
        using var client = await ClientAsync(role, unit);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.DoesNotContain("\"sipas\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_CollectorOutsideItsSubtree_ThatItemRejectedOthersAccepted()
    {
        using var client = await ClientAsync(Role.Collector, "01");
        var inside = Guid.NewGuid();
        var outside = Guid.NewGuid();
        var body = $"[{TestItems.Response(inside, "01001")},{TestItems.Response(outside, "79001")}]";

        using var response = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), TestItems.Json(body));
        var result = await SiloFactory.ReadAsync<SubmitResult>(response, HttpStatusCode.Accepted);

        Assert.Equal("accepted", result.Results[0].Status);
        Assert.Equal("rejected", result.Results[1].Status);
        Assert.Contains("may not submit responses for unit 79001", result.Results[1].Errors![0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AgencyKey_ReadOnlySoRejected()
    {
        using var client = await ClientAsync(Role.Agency, "01.STP");

        using var response = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), TestItems.Json(TestItems.Response(Guid.NewGuid(), "01.STP")));
        var result = await SiloFactory.ReadAsync<SubmitResult>(response, HttpStatusCode.Accepted);

        Assert.Equal("rejected", result.Results.Single().Status);
    }

    private async Task<HttpClient> ClientAsync(Role role, string unit)
    {
        var created = await _silo.Services.GetRequiredService<ApiKeyService>().CreateAsync(role, unit, $"{role} {unit}", null, CancellationToken.None);
        return await ClientAsync(created.Secret);
    }

    private async Task<HttpClient> ClientAsync(string key)
    {
        var client = await _silo.AnonymousReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
