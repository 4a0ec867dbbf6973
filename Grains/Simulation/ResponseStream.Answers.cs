using System.Globalization;
using Sipas.Grains.Questionnaires;
using Sipas.Grains.Responses;
using Sipas.Grains.Units;

namespace Sipas.Grains.Simulation;

public sealed partial class ResponseStream
{
    // Cut points on the latent scale, in units of its total spread: above 0 is satisfied, above TopCut the top level;
    // between NeutralCut and 0 neutral; below BottomCut the lowest level. At a level of 84% they give about
    // 54% "5", 30% "4", 10% "3", 5% "2", 1% "1", close to published SIPAS answer mixes.
    private const double TopCut = 0.9;
    private const double NeutralCut = -0.6;
    private const double BottomCut = -1.4;

    private static readonly string[] PraiseComments =
        ["Cán bộ nhiệt tình, hướng dẫn rõ ràng.", "Thủ tục nhanh gọn.", "Rất hài lòng.", "Trả kết quả đúng hẹn."];

    private static readonly string[] ComplaintComments =
        ["Chờ đợi quá lâu.", "Hướng dẫn chưa rõ, phải đi lại nhiều lần.", "Trả kết quả trễ hẹn.", "Máy lấy số bị hỏng."];

    private readonly WeightedTable<string> _channels;
    private readonly Dictionary<string, double> _criterionOffsets;
    private readonly AnswerLevels _levels;

    /// <summary>
    /// Factor offsets (centred over the factors, so a unit's index stays at its level) plus a per-criterion offset
    /// drawn from the seed and centred within the factor.
    /// </summary>
    private Dictionary<string, double> BuildCriterionOffsets()
    {
        var factors = _questionnaire.Factors;
        var factorMean = factors.Average(f => Scenario.FactorOffsets.GetValueOrDefault(f.Id));
        var offsets = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var factor in factors)
        {
            var questions = factor.Criteria.Append(factor.Question).OfType<Question>().ToList();
            var noise = questions.Select(_ => Gaussian.Sample(_random) * Scenario.CriterionSpread).ToList();
            var noiseMean = noise.Average();
            for (var i = 0; i < questions.Count; i++)
            {
                offsets[questions[i].Id] = Scenario.FactorOffsets.GetValueOrDefault(factor.Id) - factorMean + noise[i] - noiseMean;
            }
        }

        return offsets;
    }

    /// <summary>
    /// The answer model: one latent mood per respondent shared by all answers, plus independent noise per answer;
    /// each answer's mean is set so that P(satisfied) equals the target level of that criterion.
    /// </summary>
    private SurveyResponse Response(Unit unit, DateTimeOffset at, double level)
    {
        var spread = Math.Sqrt((Scenario.MoodSpread * Scenario.MoodSpread) + (Scenario.AnswerNoise * Scenario.AnswerNoise));
        var mood = Gaussian.Sample(_random) * Scenario.MoodSpread;
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        var meanSum = 0.0;
        foreach (var id in _questionnaire.AnswerIds)
        {
            var mean = spread * Gaussian.InverseCdf(Clamp(level + _criterionOffsets[id]));
            meanSum += mean;
            answers[id] = ToLevel((mean + mood + (Gaussian.Sample(_random) * Scenario.AnswerNoise)) / spread);
        }

        int? overall = _random.NextDouble() < Scenario.OverallShare
            ? ToLevel(((meanSum / answers.Count) + mood + (Gaussian.Sample(_random) * Scenario.AnswerNoise)) / spread)
            : null;
        var satisfied = answers.Values.Count(_questionnaire.Scale.IsSatisfied) * 2 >= answers.Count;
        return Complete(unit, at, _channels.Pick(_random), answers, overall, satisfied);
    }

    /// <summary>A complaint: every answer dissatisfied, through the kiosk.</summary>
    private SurveyResponse Complaint(Unit unit, DateTimeOffset at)
    {
        var scale = _questionnaire.Scale;
        var answers = _questionnaire.AnswerIds.ToDictionary(
            id => id, _ => scale.Dissatisfied[_random.Next(scale.Dissatisfied.Length)], StringComparer.Ordinal);
        var overall = scale.Dissatisfied[_random.Next(scale.Dissatisfied.Length)];
        return Complete(unit, at, ResponseChannels.Kiosk, answers, overall, satisfied: false);
    }

    private SurveyResponse Complete(
        Unit unit, DateTimeOffset at, string channel, Dictionary<string, int> answers, int? overall, bool satisfied)
    {
        var id = NewId();
        string? procedure = null, dossier = null, comment = null;
        if (_random.NextDouble() < Scenario.DossierShare)
        {
            procedure = string.Create(CultureInfo.InvariantCulture, $"1.{_random.Next(0, 14_000):000000}");
            dossier = string.Create(CultureInfo.InvariantCulture, $"H{unit.Code.Replace(".", "", StringComparison.Ordinal)}-{at:yyMMdd}-{_random.Next(0, 1_000_000):000000}");
        }

        if (_random.NextDouble() < Scenario.CommentShare)
        {
            var pool = satisfied ? PraiseComments : ComplaintComments;
            comment = pool[_random.Next(pool.Length)];
        }

        return new SurveyResponse(id, unit.Code, _questionnaire.Id, at, channel, answers, overall, procedure, dossier, comment);
    }

    private int ToLevel(double latent)
    {
        if (latent > 0)
        {
            return latent > TopCut ? _levels.Top : _levels.Satisfied;
        }

        if (latent > NeutralCut && _levels.Neutral is { } neutral)
        {
            return neutral;
        }

        return latent < BottomCut ? _levels.Bottom : _levels.Dissatisfied;
    }

    /// <summary>A version-4 UUID whose 122 random bits come from the seeded generator.</summary>
    private Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
