namespace Sipas.Grains.Alerts;

/// <summary>
/// The burst rule for counters and kiosks (HappyOrNot's default), on every unit citizens rate
/// directly (service points, agencies, communes): at least <see cref="MinRatings"/> ratings in the last
/// 15 minutes and a dissatisfied share (answers at levels 1–2) of <see cref="Threshold"/> percent or more. It fires
/// at once and resolves when the share falls under the threshold or the ratings under the minimum.
/// </summary>
public sealed class BurstRule
{
    /// <summary>Whether the burst rule runs at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Dissatisfied share, percent, that fires. Default 50.</summary>
    public double Threshold { get; set; } = 50;

    /// <summary>Fewest ratings in the window for a burst. Default 4.</summary>
    public int MinRatings { get; set; } = 4;

    /// <summary>How long the share must stay at or above the threshold before firing. Default zero (at once).</summary>
    public TimeSpan Pending { get; set; } = TimeSpan.Zero;
}
