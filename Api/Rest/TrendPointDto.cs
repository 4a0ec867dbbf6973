using Sipas.Grains.Aggregates;
using Sipas.Grains.Contracts;
using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Rest;

/// <summary>One bucket of a trend: [<paramref name="From"/>, <paramref name="To"/>), its responses and SIPAS (null without data).</summary>
public sealed record TrendPointDto(DateTimeOffset From, DateTimeOffset To, long N, MeasureDto? Sipas)
{
    /// <summary>A unit's points over <paramref name="buckets"/> from its pooled history (REST's trend and GraphQL's alike), oldest first.</summary>
    public static IReadOnlyList<TrendPointDto> Series(HistorySnapshot snapshot, Questionnaire questionnaire, IEnumerable<Window> buckets, TimeProvider clock)
    {
        var history = snapshot.Histories.TryGetValue(questionnaire.Key, out var bytes) ? UnitHistory.FromBytes(bytes, questionnaire, clock) : null;
        return [.. buckets.Select(b =>
        {
            var tally = history?.Query(b) ?? Tally.Empty(questionnaire);
            var sipas = IndexCalculator.Compute(tally, questionnaire).Sipas;
            return new TrendPointDto(b.From, b.To, tally.Responses, sipas.HasData ? MeasureDto.From(sipas) : null);
        })];
    }
}
