namespace Sipas.Silo.Demo;

/// <summary>The built-in simulated stream of <c>--demo</c>. Bound from the <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Responses per second streamed live. Default 40.</summary>
    public double Rate { get; set; } = 40;

    /// <summary>Responses spread over the last <see cref="BackfillDays"/> days on a first start, so rankings have data at once. Default 60,000.</summary>
    public int Backfill { get; set; } = 60_000;

    /// <summary>Days the backfill covers. Default 30.</summary>
    public int BackfillDays { get; set; } = 30;

    /// <summary>Seed of the simulated stream. Default 2024.</summary>
    public int Seed { get; set; } = 2024;
}
