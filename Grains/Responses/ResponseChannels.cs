namespace Sipas.Grains.Responses;

/// <summary>The channels a rating arrives through (lowercase on the wire).</summary>
public static class ResponseChannels
{
    public const string Kiosk = "kiosk";
    public const string Web = "web";
    public const string Portal = "portal";
    public const string Zalo = "zalo";
    public const string Paper = "paper";
    public const string Phone = "phone";

    public static IReadOnlyList<string> All { get; } = [Kiosk, Web, Portal, Zalo, Paper, Phone];

    public static bool IsKnown(string? channel) => channel is not null && All.Contains(channel, StringComparer.Ordinal);
}
