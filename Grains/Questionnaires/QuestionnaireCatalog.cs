using System.Reflection;

namespace Sipas.Grains.Questionnaires;

/// <summary>
/// The questionnaires in use, looked up by id (latest version) or by <c>id@version</c>. <see cref="Embedded"/>
/// holds every file under <c>Grains/Data/questionnaires/</c>.
/// </summary>
public sealed class QuestionnaireCatalog
{
    private static readonly Lazy<QuestionnaireCatalog> LazyEmbedded = new(LoadEmbedded);
    private readonly Dictionary<string, Questionnaire> _byKey;
    private readonly Dictionary<string, Questionnaire> _latest;

    public QuestionnaireCatalog(IEnumerable<Questionnaire> questionnaires)
    {
        ArgumentNullException.ThrowIfNull(questionnaires);
        _byKey = new Dictionary<string, Questionnaire>(StringComparer.Ordinal);
        foreach (var questionnaire in questionnaires)
        {
            if (!_byKey.TryAdd(questionnaire.Key, questionnaire))
            {
                throw new ArgumentException($"Questionnaire {questionnaire.Key} appears twice.", nameof(questionnaires));
            }
        }

        _latest = _byKey.Values.GroupBy(q => q.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(q => q.Version)!, StringComparer.Ordinal);
    }

    /// <summary>Every questionnaire embedded in this assembly.</summary>
    public static QuestionnaireCatalog Embedded => LazyEmbedded.Value;

    public IEnumerable<Questionnaire> All => _byKey.Values.OrderBy(q => q.Key, StringComparer.Ordinal);

    /// <summary>Ids of every questionnaire, for error messages.</summary>
    public IEnumerable<string> Ids => _latest.Keys.Order(StringComparer.Ordinal);

    /// <summary>The message for a reference that names no questionnaire (REST and GraphQL report it alike).</summary>
    public string Unknown(string reference) => $"'{reference}' is not a questionnaire; use one of {string.Join(", ", Ids)}.";

    /// <summary>Finds <c>id</c> (latest version) or <c>id@version</c>.</summary>
    public bool TryGet(string? reference, out Questionnaire questionnaire)
    {
        questionnaire = null!;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        return reference.Contains('@', StringComparison.Ordinal)
            ? _byKey.TryGetValue(reference, out questionnaire!)
            : _latest.TryGetValue(reference, out questionnaire!);
    }

    public bool TryGet(string id, int version, out Questionnaire questionnaire) =>
        _byKey.TryGetValue($"{id}@{version}", out questionnaire!);

    public Questionnaire Get(string reference) =>
        TryGet(reference, out var questionnaire)
            ? questionnaire
            : throw new KeyNotFoundException($"Unknown questionnaire '{reference}' (known: {string.Join(", ", Ids)}).");

    private static QuestionnaireCatalog LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Sipas.Grains.Data.questionnaires", StringComparison.Ordinal)
                && n.EndsWith(".json", StringComparison.Ordinal));
        return new QuestionnaireCatalog(names.Select(name =>
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return QuestionnaireDocument.Parse(reader.ReadToEnd(), name);
        }));
    }
}
