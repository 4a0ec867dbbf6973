using Sipas.Grains.Aggregates;

namespace Sipas.Api.Rest;

/// <summary>Reads <c>window=&lt;name&gt;</c> or <c>from=&lt;day&gt;&amp;to=&lt;day&gt;</c> (default 30 days).</summary>
internal static class WindowQuery
{
    public const string Default = "30d";

    public static bool TryParse(string? window, string? from, string? to, out WindowSpec spec, out string error)
    {
        string text;
        if (from is not null || to is not null)
        {
            if (window is not null || from is null || to is null)
            {
                spec = null!;
                error = "give either window=<1h|24h|7d|30d|90d|month|quarter|year|all> or both from=<yyyy-MM-dd> and to=<yyyy-MM-dd>";
                return false;
            }

            text = $"{from}..{to}";
        }
        else
        {
            text = window ?? Default;
        }

        var ok = WindowSpec.TryParse(text, out var parsed, out var problem);
        spec = parsed!;
        error = problem ?? "";
        return ok;
    }
}
