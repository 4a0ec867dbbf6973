using Sipas.Grains.Aggregates;
using Sipas.GraphQL;
using Sipas.GraphQL.Execution;
using Sipas.GraphQL.Types;

namespace Sipas.Api.GraphQL;

/// <summary>
/// The <c>Window</c> enum (the REST windows 1h … all under GraphQL names) and the <c>Bucket</c> enum, and how a
/// resolver turns its arguments into the domain's <see cref="WindowSpec"/>. A <c>Window</c> argument's value in a
/// resolver is the REST name (<c>"30d"</c>); <see cref="ToSpec"/> maps it.
/// </summary>
public static class SipasWindows
{
    public const string WindowType = "Window";
    public const string BucketType = "Bucket";

    /// <summary>GraphQL name → REST window name, in the enum's order.</summary>
    public static IReadOnlyList<(string Value, string Spec, string Description)> Values { get; } =
    [
        ("LAST_HOUR", "1h", "The last hour (5-minute buckets, the current one included)."),
        ("LAST_24H", "24h", "The last 24 hours (hourly buckets)."),
        ("LAST_7D", "7d", "Today and the 6 days before (Vietnam days)."),
        ("LAST_30D", "30d", "Today and the 29 days before (the default)."),
        ("LAST_90D", "90d", "Today and the 89 days before."),
        ("MONTH", "month", "The current calendar month."),
        ("QUARTER", "quarter", "The current calendar quarter."),
        ("YEAR", "year", "The current calendar year (the SIPAS year)."),
        ("ALL", "all", "Everything ever counted."),
    ];

    /// <summary>The window used when none is given: 30 days, as REST.</summary>
    public static WindowSpec Default { get; } = WindowSpec.Parse("30d");

    /// <summary>The domain window of a <c>Window</c> argument's value (null: <see cref="Default"/>).</summary>
    public static WindowSpec ToSpec(string? value) => value is null ? Default : WindowSpec.Parse(value);

    /// <summary>The GraphQL name of a REST window name (<c>30d</c> → <c>LAST_30D</c>), or null for a day range.</summary>
    public static string? ToEnumValue(string spec) => Values.FirstOrDefault(v => v.Spec == spec).Value;

    /// <summary>
    /// The window of a field with <c>window: Window</c> and optional <c>from: Date, to: Date</c> arguments: either a
    /// window or both days (a range, both included), never both; default 30 days.
    /// </summary>
    /// <exception cref="GraphQLException"><c>BAD_USER_INPUT</c> with what to send instead.</exception>
    public static WindowSpec FromArguments(ResolveContext context, string window = "window", string from = "from", string to = "to")
    {
        ArgumentNullException.ThrowIfNull(context);
        var named = context.Argument<string?>(window);
        var first = context.Argument<DateOnly?>(from);
        var last = context.Argument<DateOnly?>(to);
        if (first is null && last is null)
        {
            return ToSpec(named);
        }

        if (named is not null || first is null || last is null)
        {
            throw BadInput($"Give either {window} or both {from} and {to} (days, both included); got {Given(named, first, last)}.");
        }

        return last < first
            ? throw BadInput($"The range starts ({first:yyyy-MM-dd}) after it ends ({last:yyyy-MM-dd}); put the earlier day in {from}.")
            : WindowSpec.Range(first.Value, last.Value);
    }

    /// <summary>A <c>BAD_USER_INPUT</c> field error.</summary>
    public static GraphQLException BadInput(string message) => new(message, "BAD_USER_INPUT");

    internal static void AddTypes(SchemaBuilder schema)
    {
        schema.Enum(WindowType, e =>
        {
            e.Description("A window of time, the same windows as REST (1h, 24h, 7d, 30d, 90d, month, quarter, year, all). Calendar boundaries are Vietnam's (UTC+7).");
            foreach (var (value, spec, description) in Values)
            {
                e.Value(value, spec, description);
            }
        });
        schema.Enum(BucketType, e => e
            .Description("The width of one point of a trend.")
            .Value("FIVE_MINUTES", BucketResolution.FiveMinutes, "5 minutes (kept for the last 2 hours).")
            .Value("HOUR", BucketResolution.Hour, "One hour (kept for the last 48 hours).")
            .Value("DAY", BucketResolution.Day, "One Vietnam day (kept for two years)."));
    }

    private static string Given(string? named, DateOnly? first, DateOnly? last)
    {
        List<string> given = [];
        if (named is not null)
        {
            given.Add("window");
        }

        if (first is not null)
        {
            given.Add("from");
        }

        if (last is not null)
        {
            given.Add("to");
        }

        return string.Join(" + ", given);
    }
}
