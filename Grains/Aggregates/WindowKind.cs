namespace Sipas.Grains.Aggregates;

/// <summary>The kinds of window <see cref="WindowSpec"/> understands.</summary>
public enum WindowKind
{
    /// <summary><c>15m</c>: the burst window used by alerting.</summary>
    Minutes15,

    /// <summary><c>1h</c>.</summary>
    Hour1,

    /// <summary><c>24h</c>.</summary>
    Hours24,

    /// <summary><c>7d</c>: today and the 6 days before (Hanoi days).</summary>
    Days7,

    /// <summary><c>30d</c>.</summary>
    Days30,

    /// <summary><c>90d</c>.</summary>
    Days90,

    /// <summary><c>month</c>: the current calendar month.</summary>
    Month,

    /// <summary><c>quarter</c>: the current calendar quarter.</summary>
    Quarter,

    /// <summary><c>year</c>: the current calendar year (the SIPAS year).</summary>
    Year,

    /// <summary><c>all</c>: everything ever counted.</summary>
    All,

    /// <summary><c>yyyy-MM-dd..yyyy-MM-dd</c>: whole Hanoi days, both ends included.</summary>
    Range,
}
