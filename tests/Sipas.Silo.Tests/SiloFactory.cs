using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sipas.Silo.Tests;

/// <summary>The real Silo in memory, with its data in a fresh temporary directory.</summary>
public class SiloFactory : WebApplicationFactory<Program>
{
    public string DataDir { get; } = Directory.CreateTempSubdirectory("sipas-silo-").FullName;

    /// <summary>The national admin key the Silo wrote on first start (read once it is ready).</summary>
    public string AdminKey => File.ReadAllText(Path.Combine(DataDir, "admin.key")).Trim();

    /// <summary>A client with the national admin key once the Silo reports ready (recovery done).</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = await AnonymousReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

    /// <summary>A client without a key once the Silo reports ready.</summary>
    public async Task<HttpClient> AnonymousReadyClientAsync()
    {
        var client = CreateClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                return client;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The Silo did not become ready within 30 s.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Silo:DataDir", DataDir);
        builder.UseSetting("Live:FlushInterval", "00:00:00.050");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await DeleteAsync(DataDir);
    }

    /// <summary>
    /// Deletes a data directory, retrying for a while: on a loaded machine the host's stop can time out while a
    /// background write (a checkpoint's WAL, a log file) is still finishing, and a file then appears mid-delete.
    /// </summary>
    public static async Task DeleteAsync(string directory)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Reads JSON, failing with the body when the status is not the expected one.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, System.Net.HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
