using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;

namespace Sipas.Grains.Aggregates;

/// <summary>
/// A validated response reduced to what the histories count: its questionnaire, when it was served, and the count
/// cells it increments (one per answer, plus the overall question if answered). Made once where a response enters
/// the tree and passed up unchanged, so no level above maps answer ids to cells again.
/// </summary>
/// <param name="Questionnaire">The questionnaire the cells refer to.</param>
/// <param name="ServedAt">When the service took place (picks the buckets).</param>
/// <param name="Cells">Cell indexes in the questionnaire's tally layout.</param>
public readonly record struct CountedResponse(Questionnaire Questionnaire, DateTimeOffset ServedAt, ImmutableArray<int> Cells)
{
    /// <summary>Maps a response's answers to cells; throws when an answer does not fit (validate first).</summary>
    public static CountedResponse Of(Questionnaire questionnaire, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return new(questionnaire, response.ServedAt, ImmutableCollectionsMarshal.AsImmutableArray(TallyBuilder.Cells(questionnaire, response)));
    }
}
