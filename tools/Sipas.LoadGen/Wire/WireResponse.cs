using Sipas.Grains.Aggregates;
using Sipas.Grains.Responses;

namespace Sipas.LoadGen.Wire;

/// <summary>One item of <c>POST /api/v1/responses</c>, and one line of a <c>--out</c>/<c>--replay</c> file.</summary>
internal sealed record WireResponse(
    Guid Id,
    string Unit,
    string Questionnaire,
    DateTimeOffset ServedAt,
    string Channel,
    IReadOnlyDictionary<string, int> Answers,
    int? Overall = null,
    string? Procedure = null,
    string? Dossier = null,
    string? Comment = null)
{
    /// <summary>The wire form of a simulated response; <c>servedAt</c> on a Hanoi clock (<c>+07:00</c>).</summary>
    public static WireResponse From(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new(
            response.Id, response.Unit, response.Questionnaire, VietnamTime.ToVietnam(response.ServedAt), response.Channel,
            response.Answers, response.Overall, response.Procedure, response.Dossier, response.Comment);
    }
}
