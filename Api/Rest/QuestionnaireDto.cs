using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Rest;

/// <summary>A questionnaire as REST clients see it.</summary>
public sealed record QuestionnaireDto(
    string Id,
    int Version,
    string TitleVi,
    string TitleEn,
    string Source,
    ScaleDto Scale,
    IReadOnlyList<FactorDto> Factors,
    QuestionDto Overall)
{
    public static QuestionnaireDto From(Questionnaire q) => new(
        q.Id, q.Version, q.TitleVi, q.TitleEn, q.Source,
        new ScaleDto(q.Scale.Id, [.. q.Scale.Levels.Select(l => new ScaleLevelDto(l.Value, l.Vi, l.En))], [.. q.Scale.Satisfied]),
        [.. q.Factors.Select(f => new FactorDto(f.Id, f.Vi, f.En, [.. f.Criteria.Select(QuestionDto.From)], f.Question is null ? null : QuestionDto.From(f.Question)))],
        QuestionDto.From(q.Overall));
}
