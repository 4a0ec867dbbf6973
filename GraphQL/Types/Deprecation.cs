namespace Sipas.GraphQL.Types;

/// <summary>Constants of the <c>@deprecated</c> directive.</summary>
public static class Deprecation
{
    /// <summary>The reason used when <c>@deprecated</c> is given none.</summary>
    public const string DefaultReason = "No longer supported";
}
