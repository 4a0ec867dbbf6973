using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;

namespace Sipas.Grains.Tests;

/// <summary>Builds responses for tests.</summary>
internal static class TestResponses
{
    public static Questionnaire Sipas2017 { get; } = QuestionnaireCatalog.Embedded.Get("sipas-2017");

    public static Questionnaire Sipas2023 { get; } = QuestionnaireCatalog.Embedded.Get("sipas-2023");

    public static SurveyResponse Make(DateTimeOffset servedAt, IReadOnlyDictionary<string, int> answers, int? overall = null, string unit = "01001") =>
        new(Guid.NewGuid(), unit, "sipas-2017", servedAt, ResponseChannels.Kiosk, answers, overall);

    /// <summary>Every criterion of sipas-2017 answered with <paramref name="level"/>.</summary>
    public static SurveyResponse AllCriteria(DateTimeOffset servedAt, int level, int? overall = null) =>
        Make(servedAt, Sipas2017.Criteria.ToDictionary(c => c.Id, _ => level), overall);

    /// <summary>A random sipas-2017 response: each criterion answered with probability 0.9, overall with 0.7.</summary>
    public static SurveyResponse Random(Random random, DateTimeOffset servedAt)
    {
        var answers = Sipas2017.Criteria.Where(_ => random.NextDouble() < 0.9).ToDictionary(c => c.Id, _ => random.Next(1, 6));
        return Make(servedAt, answers, random.NextDouble() < 0.7 ? random.Next(1, 6) : null);
    }
}
