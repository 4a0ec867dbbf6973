using System.Text.Json;
using System.Text.Json.Serialization;
using Sipas.Grains.Responses;

namespace Sipas.Grains.Simulation;

public sealed partial record Scenario
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        // A misspelt key would otherwise be ignored silently and the default used.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>Reads a scenario from JSON (camelCase keys; any key left out keeps its default) and validates it.</summary>
    /// <exception cref="FormatException">The JSON is malformed, has an unknown key, or a value is out of range.</exception>
    public static Scenario Parse(string json)
    {
        Scenario? scenario;
        try
        {
            scenario = JsonSerializer.Deserialize<Scenario>(json, JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Invalid scenario JSON: {exception.Message}", exception);
        }

        if (scenario is null)
        {
            throw new FormatException("Invalid scenario JSON: null.");
        }

        var problems = scenario.Validate();
        return problems.Count == 0
            ? scenario
            : throw new FormatException("Invalid scenario: " + string.Join("; ", problems));
    }

    /// <summary>The scenario as JSON that <see cref="Parse"/> reads back.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Range checks on every value (an empty list means valid). Unit codes are checked by <see cref="ResponseStream"/>.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Share(NationalSatisfaction, "nationalSatisfaction", problems);
        Share(OverallShare, "overallShare", problems);
        Share(DossierShare, "dossierShare", problems);
        Share(CommentShare, "commentShare", problems);
        foreach (var (code, level) in Provinces)
        {
            Share(level, $"provinces.{code}", problems);
        }

        foreach (var (name, spread) in new[] { ("unitSpread", UnitSpread), ("criterionSpread", CriterionSpread), ("answerNoise", AnswerNoise), ("moodSpread", MoodSpread) })
        {
            if (spread < 0 || spread > 1 || double.IsNaN(spread))
            {
                problems.Add($"{name} must lie in 0..1 (got {spread})");
            }
        }

        if (AnswerNoise + MoodSpread <= 0)
        {
            problems.Add("moodSpread and answerNoise cannot both be 0");
        }

        Weights(ChannelShares, "channelShares", ResponseChannels.IsKnown, problems);
        Weights(KindShares, "kindShares", id => Units.UnitKind.TryParse(id, out var kind) && kind.TakesResponses, problems);
        CheckTraffic(problems);
        CheckEvents(problems);
        return problems;
    }

    private void CheckTraffic(List<string> problems)
    {
        var windows = Traffic.Weekdays.Concat(Traffic.Saturday).Concat(Traffic.Sunday);
        if (Traffic.Baseline < 0 || windows.Any(w => w.Level < 0 || w.To <= w.From))
        {
            problems.Add("traffic: levels must be ≥ 0 and every window must end after it starts");
        }
    }

    private void CheckEvents(List<string> problems)
    {
        foreach (var (scripted, i) in Events.Select((e, i) => (e, i)))
        {
            if (scripted.Start < TimeSpan.Zero || scripted.Duration < TimeSpan.Zero)
            {
                problems.Add($"events[{i}]: start and duration must not be negative");
            }

            switch (scripted)
            {
                case AgencyDegradation degradation:
                    Share(degradation.Target, $"events[{i}].target", problems);
                    Share(degradation.Share, $"events[{i}].share", problems);
                    break;
                case ComplaintBurst burst:
                    Share(burst.Share, $"events[{i}].share", problems);
                    break;
            }
        }

        if (Events.OfType<AgencyDegradation>().Sum(e => e.Share) + Events.OfType<ComplaintBurst>().Sum(e => e.Share) > 1)
        {
            problems.Add("events: the shares of the stream steered to events add up to more than 1");
        }
    }

    private static void Share(double value, string name, List<string> problems)
    {
        if (value is < 0 or > 1 || double.IsNaN(value))
        {
            problems.Add($"{name} must lie in 0..1 (got {value})");
        }
    }

    private static void Weights(IReadOnlyDictionary<string, double> weights, string name, Func<string, bool> known, List<string> problems)
    {
        foreach (var (key, weight) in weights)
        {
            if (!known(key))
            {
                problems.Add($"{name}: unknown key '{key}'");
            }

            if (weight < 0 || double.IsNaN(weight))
            {
                problems.Add($"{name}.{key} must not be negative");
            }
        }

        if (weights.Values.Sum() <= 0)
        {
            problems.Add($"{name}: at least one weight must be positive");
        }
    }
}
