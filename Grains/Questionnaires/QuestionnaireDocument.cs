using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sipas.Grains.Questionnaires;

/// <summary>The JSON shape of a questionnaire file; mapped to <see cref="Questionnaire"/> by <see cref="ToQuestionnaire"/>.</summary>
internal sealed record QuestionnaireDocument(
    string Id,
    int Version,
    QuestionnaireDocument.Text Title,
    string Source,
    string Scale,
    string? FactorIndex,
    IReadOnlyList<QuestionnaireDocument.FactorDocument> Factors,
    Question Overall)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static Questionnaire Parse(string json, string origin)
    {
        try
        {
            var document = JsonSerializer.Deserialize<QuestionnaireDocument>(json, Options)
                ?? throw new InvalidDataException($"{origin}: empty questionnaire file.");
            return document.ToQuestionnaire(origin);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{origin}: {e.Message}", e);
        }
    }

    public Questionnaire ToQuestionnaire(string origin)
    {
        if (!Questionnaires.Scale.TryGet(Scale, out var scale))
        {
            throw new InvalidDataException($"{origin}: unknown scale '{Scale}' (known: likert5, three-point, binary).");
        }

        var method = FactorIndex switch
        {
            null or "mean-of-criteria" => FactorIndexMethod.MeanOfCriteria,
            "factor-question" => FactorIndexMethod.FactorQuestion,
            _ => throw new InvalidDataException($"{origin}: factorIndex must be 'mean-of-criteria' or 'factor-question'."),
        };
        var factors = Factors.Select(f => new Factor(f.Id, f.Name.Vi, f.Name.En, f.Criteria, f.Question)).ToList();
        return new Questionnaire(Id, Version, Title.Vi, Title.En, Source, scale, method, factors, Overall);
    }

    internal sealed record Text(string Vi, string En);

    internal sealed record FactorDocument(string Id, Text Name, IReadOnlyList<Question> Criteria, Question? Question);
}
