namespace Sipas.Grains.Live;

/// <summary>
/// Changes in the order of siblings: a ranking grain publishes when its children's order for the default window
/// (30 days, SIPAS, the default questionnaire) changes, at most once a second per parent.
/// </summary>
public sealed class RankingFeed : EventFeed<RankingChanged>;
