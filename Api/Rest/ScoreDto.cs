using Sipas.Grains.Contracts;

namespace Sipas.Api.Rest;

/// <summary>The figures of one unit over one window (<c>GET /api/v1/units/{code}/score</c>).</summary>
public sealed record ScoreDto(
    string Unit,
    string Window,
    DateTimeOffset From,
    DateTimeOffset To,
    string Questionnaire,
    long N,
    MeasureDto Sipas,
    IReadOnlyList<IndexDto> Factors,
    IReadOnlyList<IndexDto> Criteria,
    MeasureDto Overall,
    double? MeanScore,
    DateTimeOffset UpdatedAt)
{
    public static ScoreDto Of(UnitScore score)
    {
        var s = score.Scores;
        return new ScoreDto(
            score.Unit, score.Window.Spec, score.Window.From, score.Window.To, s.Questionnaire, s.Responses,
            MeasureDto.From(s.Sipas),
            [.. s.Factors.Select(f => new IndexDto(f.Id, null, f.Index.Value, f.Index.Low, f.Index.High, f.Index.N))],
            [.. s.Factors.SelectMany(f => f.Criteria.Select(c => new IndexDto(c.Id, f.Id, c.Index.Value, c.Index.Low, c.Index.High, c.Index.N)))],
            MeasureDto.From(s.Overall.Index),
            s.MeanScore,
            score.UpdatedAt);
    }
}
