namespace Sipas.Grains.Aggregates;

/// <summary>One question's satisfied share (with its Wilson interval and n) and its mean level.</summary>
/// <param name="Id">The question id (<c>TC1</c>, <c>HL</c>).</param>
/// <param name="Index">Percent satisfied among valid answers, with interval and n.</param>
/// <param name="MeanScore">Mean answer level (1–5 on likert5); null without answers.</param>
/// <param name="Satisfied">Answers at a satisfied level.</param>
/// <param name="Dissatisfied">Answers at a dissatisfied level.</param>
public sealed record QuestionScore(string Id, Measure Index, double? MeanScore, long Satisfied, long Dissatisfied);
