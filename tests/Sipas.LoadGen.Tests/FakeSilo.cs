using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sipas.LoadGen.Tests;

/// <summary>
/// Imitates the Silo's <c>POST /api/v1/responses</c> contract on a free loopback port: 401 without the right key,
/// 413 above 1,000 items, 202 with accepted / duplicate (an id seen before) per item in order; it can be told to fail.
/// </summary>
public sealed class FakeSilo : IAsyncDisposable
{
    public const string Key = "test-key";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<Guid, byte> _seen = new();
    private int _requests;
    private int _tooManyLeft;

    private FakeSilo(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    public int Stored => _seen.Count;

    /// <summary>The ids stored so far.</summary>
    public IReadOnlySet<Guid> Ids => _seen.Keys.ToHashSet();

    /// <summary>Every request fails with 500.</summary>
    public bool Fail { get; set; }

    /// <summary>Replies omit the last item's result.</summary>
    public bool DropLastResult { get; set; }

    /// <summary>Replies report every item as accepted, even repeated ids.</summary>
    public bool ForgetDuplicates { get; set; }

    /// <summary>The next <paramref name="count"/> requests get 429 with <c>Retry-After: 0</c>.</summary>
    public void Throttle(int count) => Volatile.Write(ref _tooManyLeft, count);

    public static async Task<FakeSilo> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var silo = new FakeSilo(app);
        app.MapPost("/api/v1/responses", (Func<HttpContext, Task<IResult>>)silo.SubmitAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        silo.Url = new Uri(address);
        return silo;
    }

    private async Task<IResult> SubmitAsync(HttpContext http)
    {
        Interlocked.Increment(ref _requests);
        if (http.Request.Headers.Authorization != $"Bearer {Key}")
        {
            return Results.Problem("bad key", statusCode: 401);
        }

        if (Interlocked.Decrement(ref _tooManyLeft) >= 0)
        {
            http.Response.Headers.RetryAfter = "0";
            return Results.Problem("slow down", statusCode: 429);
        }

        if (Fail)
        {
            return Results.Problem("boom", statusCode: 500);
        }

        using var document = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted);
        if (document.RootElement.GetArrayLength() > 1_000)
        {
            return Results.Problem("too many", statusCode: 413);
        }

        var results = document.RootElement.EnumerateArray().Select(Verdict).ToList();
        if (DropLastResult)
        {
            results.RemoveAt(results.Count - 1);
        }

        return Results.Json(new { results }, statusCode: 202);
    }

    private object Verdict(JsonElement item)
    {
        var id = item.GetProperty("id").GetGuid();
        var isNew = _seen.TryAdd(id, 0) || ForgetDuplicates;
        return new { id, status = isNew ? "accepted" : "duplicate" };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
