using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sipas.Grains.Access;

namespace Sipas.Api.Auth;

/// <summary>
/// Loads the keys before the server takes requests; on the very first start (no key at all) makes a national admin
/// key, writes it to <see cref="ApiKeyOptions.AdminKeyFile"/> readable by the owner only, and prints it once on the
/// console (never through the logger, whose sinks may be shipped elsewhere).
/// </summary>
public sealed partial class ApiKeyBootstrap(ApiKeyService keys, IOptions<ApiKeyOptions> options, ILogger<ApiKeyBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.LoadAsync(cancellationToken);
        if (keys.All.Count > 0)
        {
            return;
        }

        var admin = await keys.CreateAsync(Role.National, unit: null, "admin", createdBy: null, cancellationToken);
        if (options.Value.AdminKeyFile is { } path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var file = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            await using (var stream = new StreamWriter(path, file))
            {
                await stream.WriteLineAsync(admin.Secret.AsMemory(), cancellationToken);
            }

            WroteAdminKey(logger, admin.Key.Id, Path.GetFullPath(path));
        }

        Console.WriteLine($"National admin key (shown once{(options.Value.AdminKeyFile is null ? "" : ", kept in " + options.Value.AdminKeyFile)}): {admin.Secret}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "First start: created national admin key {KeyId}, written to {Path}")]
    private static partial void WroteAdminKey(ILogger logger, string keyId, string path);
}
