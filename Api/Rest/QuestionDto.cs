using Sipas.Grains.Questionnaires;

namespace Sipas.Api.Rest;

/// <summary>A question with its Vietnamese and English text.</summary>
public sealed record QuestionDto(string Id, string Vi, string En)
{
    public static QuestionDto From(Question q) => new(q.Id, q.Vi, q.En);
}
