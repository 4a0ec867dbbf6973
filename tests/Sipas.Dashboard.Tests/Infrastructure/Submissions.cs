using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Sipas.Dashboard.Tests.Infrastructure;

/// <summary>Submits responses over REST and reads scores back, as any client would.</summary>
public static class Submissions
{
    private const string Answers = """{"TC1":5,"TC2":4,"TT1":4,"CC1":5,"KQ1":4,"PA1":2}""";

    /// <summary>Posts <paramref name="count"/> responses served by <paramref name="unit"/>; fails unless all are accepted.</summary>
    public static async Task SubmitAsync(HttpClient client, string unit, int count)
    {
        var servedAt = TimeProvider.System.GetUtcNow().AddMinutes(-5).ToString("O", CultureInfo.InvariantCulture);
        var items = Enumerable.Range(0, count).Select(_ =>
            $$"""{"id":"{{Guid.NewGuid()}}","unit":"{{unit}}","questionnaire":"sipas-2017","servedAt":"{{servedAt}}","channel":"kiosk","answers":{{Answers}}}""");
        using var content = new StringContent($"[{string.Join(',', items)}]", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/responses", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {response.StatusCode}: {body}");
        using var result = JsonDocument.Parse(body);
        Assert.All(result.RootElement.GetProperty("results").EnumerateArray(), r => Assert.Equal("accepted", r.GetProperty("status").GetString()));
    }

    /// <summary>REST's score of <paramref name="unit"/> over <paramref name="window"/>.</summary>
    public static async Task<JsonElement> ScoreAsync(HttpClient client, string unit, string window)
    {
        using var score = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/units/{unit}/score?window={window}", UriKind.Relative)));
        return score.RootElement.Clone();
    }

    /// <summary>Polls REST until <paramref name="unit"/>'s n over 30 days is at least <paramref name="atLeast"/>; returns it.</summary>
    public static async Task<long> WaitForCountAsync(HttpClient client, string unit, long atLeast)
    {
        var deadline = TimeProvider.System.GetUtcNow() + RawHubClient.Patience;
        while (true)
        {
            using var score = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/units/{unit}/score?window=30d", UriKind.Relative)));
            var n = score.RootElement.GetProperty("n").GetInt64();
            if (n >= atLeast)
            {
                return n;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                throw new TimeoutException($"Unit {unit} reached n={n}, not {atLeast}, within {RawHubClient.Patience}.");
            }

            await Task.Delay(50);
        }
    }
}
