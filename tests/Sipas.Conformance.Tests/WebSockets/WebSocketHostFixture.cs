using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Sipas.Api.GraphQL;
using Sipas.Api.GraphQL.Server;
using Sipas.Conformance.Tests.Infrastructure;
using Sipas.GraphQL.Http;

namespace Sipas.Conformance.Tests.WebSockets;

/// <summary>The Silo's small schema behind an endpoint with a short init timeout and a token check at connection_init.</summary>
public sealed class WebSocketHostFixture : IAsyncLifetime
{
    public const string Token = "let-me-in";
    private KestrelHost? _host;

    public Uri Endpoint => new(_host!.BaseAddress, "/graphql");

    public async Task InitializeAsync()
    {
        _host = await KestrelHost.StartAsync(app => app.MapGraphQL("/graphql", SipasSchema.Build([new ServerInfoPart(TimeProvider.System)]), options =>
        {
            options.WebSockets.ConnectionInitWaitTimeout = TimeSpan.FromSeconds(2);
            options.WebSockets.OnConnect = context =>
            {
                var token = context.Payload is { } payload && payload.TryGetProperty("token", out var value) ? value.GetString() : null;
                ClaimsPrincipal? user = token == Token ? new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "tester")], "token")) : null;
                return ValueTask.FromResult(user);
            };
        }));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
