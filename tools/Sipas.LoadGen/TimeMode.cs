namespace Sipas.LoadGen;

/// <summary>Where <c>servedAt</c> falls: now (live) or spread over a past period (backfill, for history loading).</summary>
internal enum TimeMode
{
    Live,
    Backfill,
}
