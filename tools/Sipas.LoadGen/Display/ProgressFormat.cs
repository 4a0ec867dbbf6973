using System.Globalization;
using Sipas.LoadGen.Stats;

namespace Sipas.LoadGen.Display;

/// <summary>Shared wording of progress figures.</summary>
internal static class ProgressFormat
{
    public static string Line(ProgressSnapshot s) => string.Create(
        CultureInfo.InvariantCulture,
        $"[{Time(s.Elapsed)}] rate={s.Rate:0}/s sent={s.Sent}/{s.Total} accepted={s.Accepted} duplicate={s.Duplicate} rejected={s.Rejected} errors={s.Errors} retries={s.Retries} p50={s.P50Ms:0}ms p99={s.P99Ms:0}ms remaining={Time(s.Remaining)}");

    public static string Time(TimeSpan span) =>
        span.ToString(span >= TimeSpan.FromHours(1) ? @"h\:mm\:ss" : @"mm\:ss", CultureInfo.InvariantCulture);
}
