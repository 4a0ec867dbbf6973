using Sipas.Api.GraphQL;
using Sipas.Api.GraphQL.Server;
using Sipas.GraphQL.Http;

namespace Sipas.Conformance.Tests.Infrastructure;

/// <summary>
/// A minimal host serving the transport-check schema (SIPAS composition with only Api/GraphQL/Server/ServerInfoPart) at /graphql, so that transport tests do
/// not depend on whichever schema the Silo serves.
/// </summary>
public sealed class ServerSchemaHost : IAsyncLifetime
{
    private KestrelHost? _host;

    public Uri GraphQLEndpoint => new(_host!.BaseAddress, "/graphql");

    public async Task InitializeAsync() =>
        _host = await KestrelHost.StartAsync(app => app.MapGraphQL("/graphql", SipasSchema.Build([new ServerInfoPart(TimeProvider.System)])));

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
