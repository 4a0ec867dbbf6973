namespace Sipas.Grains.Responses;

/// <summary>Limits applied by <see cref="ResponseValidator"/>.</summary>
public sealed record ResponseValidationOptions
{
    /// <summary>How far in the future <c>servedAt</c> may lie, for client clock skew. Default 5 minutes.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How old <c>servedAt</c> may be: the history retention. Default 2 years (730 days).</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(730);

    /// <summary>Longest comment, in characters. Default 2,000.</summary>
    public int MaxCommentLength { get; init; } = 2_000;

    /// <summary>Longest procedure code and dossier number, in characters (real ones have about 25). Default 100.</summary>
    public int MaxCodeLength { get; init; } = 100;

    public static ResponseValidationOptions Default { get; } = new();
}
