using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Sipas.Grains.Access;
using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Live;
using Sipas.Grains.Questionnaires;
using Sipas.Runtime;

namespace Sipas.Api.Rest;

/// <summary>
/// A unit's SIPAS hour by hour or day by day (<c>/trend</c>) and the distribution of its answers over a window
/// (<c>/distribution</c>), both read from the unit's pooled history and scoped to the key like every score.
/// </summary>
public static class TrendsApi
{
    /// <summary>Most points a trend returns: the hourly ring holds 48 hours, the daily ring two years.</summary>
    public const int MaxHours = 48, MaxDays = 732;

    public static IEndpointRouteBuilder MapTrends(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/v1/units").WithTags("Units").RequireAuthorization();
        units.MapGet("/{code}/trend", GetTrend)
            .WithSummary("A unit's SIPAS per hour (resolution=hour, up to 48 points) or per Hanoi day (resolution=day, up to 732)");
        units.MapGet("/{code}/distribution", GetDistribution)
            .WithSummary("How often each answer level was given, per question and over every criterion, for a window");
        return app;
    }

    private static async Task<Results<Ok<TrendDto>, ProblemHttpResult>> GetTrend(
        string code, string? resolution, int? points, string? questionnaire, ClaimsPrincipal user, UnitDirectory directory,
        QuestionnaireCatalog questionnaires, IGrainFactory grains, TimeProvider clock, IOptions<LiveOptions> options)
    {
        if (ScoreQuery.Check(code, null, null, null, questionnaire, directory, questionnaires, options.Value, out _, out var q) is { } problem)
        {
            return problem;
        }

        if (resolution is not (null or "hour" or "day"))
        {
            return ScoreQuery.BadRequest("Invalid resolution", $"'{resolution}' is not a resolution; use hour or day.");
        }

        var hourly = resolution == "hour";
        var max = hourly ? MaxHours : MaxDays;
        var count = points ?? (hourly ? 24 : 30);
        if (count < 1 || count > max)
        {
            return ScoreQuery.BadRequest("Invalid points", $"points must be between 1 and {max} for resolution {(hourly ? "hour" : "day")}.");
        }

        if (!Caller.From(user)!.CanRead(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"read the trend of unit {code}");
        }

        var windows = hourly ? Hours(clock.GetUtcNow(), count) : Days(clock.GetUtcNow(), count);
        var trend = TrendPointDto.Series(await grains.GetGrain<IUnitGrain>(code).GetHistory(), q, windows, clock);
        return TypedResults.Ok(new TrendDto(code, q.Id, hourly ? "hour" : "day", trend));
    }

    private static async Task<Results<Ok<TrendDistributionDto>, ProblemHttpResult>> GetDistribution(
        string code, string? window, string? from, string? to, string? questionnaire, ClaimsPrincipal user, UnitDirectory directory,
        QuestionnaireCatalog questionnaires, IGrainFactory grains, TimeProvider clock, IOptions<LiveOptions> options)
    {
        if (ScoreQuery.Check(code, window, from, to, questionnaire, directory, questionnaires, options.Value, out var spec, out var q) is { } problem)
        {
            return problem;
        }

        if (!Caller.From(user)!.CanRead(directory.Tree, code))
        {
            return ScoreQuery.Forbidden($"read the answers of unit {code}");
        }

        var resolved = spec.Resolve(clock.GetUtcNow());
        var history = await LoadAsync(grains, code, q, clock);
        var tally = history?.Query(resolved) ?? Tally.Empty(q);
        var criteria = new long[tally.LevelCount];
        foreach (var criterion in q.Criteria)
        {
            var counts = tally.Distribution(criterion.Id);
            for (var i = 0; i < counts.Length; i++)
            {
                criteria[i] += counts[i];
            }
        }

        var questions = tally.Questions.Select(id => new TrendQuestionDto(id, q.FactorOf(id)?.Id, tally.Distribution(id).ToArray()));
        return TypedResults.Ok(new TrendDistributionDto(
            code, resolved.Spec, resolved.From, resolved.To, q.Id, tally.Responses, tally.MinLevel, criteria, [.. questions]));
    }

    private static async Task<UnitHistory?> LoadAsync(IGrainFactory grains, string code, Questionnaire q, TimeProvider clock)
    {
        var snapshot = await grains.GetGrain<IUnitGrain>(code).GetHistory();
        return snapshot.Histories.TryGetValue(q.Key, out var bytes) ? UnitHistory.FromBytes(bytes, q, clock) : null;
    }

    /// <summary>The last <paramref name="count"/> whole hours, the current one included, oldest first.</summary>
    private static IEnumerable<Window> Hours(DateTimeOffset now, int count)
    {
        var hour = TimeSpan.FromHours(1);
        var end = new DateTimeOffset((now.UtcTicks / hour.Ticks * hour.Ticks) + hour.Ticks, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i => end - (hour * (count - i)))
            .Select(start => new Window("hour", start, start + hour, BucketResolution.Hour));
    }

    /// <summary>The last <paramref name="count"/> Hanoi days, today included, oldest first.</summary>
    private static IEnumerable<Window> Days(DateTimeOffset now, int count)
    {
        var today = VietnamTime.Day(now);
        return Enumerable.Range(0, count).Select(i => today.AddDays(i - count + 1))
            .Select(day => new Window("day", VietnamTime.StartOfDay(day), VietnamTime.StartOfDay(day.AddDays(1)), BucketResolution.Day));
    }
}
